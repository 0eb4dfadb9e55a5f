/** The built package, as users import it (`npm test` builds first). */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {describe, expect, it} from 'vitest'

const text = 'Storm closes the harbour\n\nThe harbour was closed on Monday after a storm damaged the main pier.'

describe('package', () => {
  it('should work through `import`', async () => {
    const standfirst = await import('standfirst')
    expect(standfirst.parse(text).title).toBe('Storm closes the harbour')
  })

  it('should work through `require`', () => {
    const require = createRequire(import.meta.url)
    const standfirst = require('standfirst') as typeof import('../src/index.js')
    expect(standfirst.toPlainText(standfirst.parse(text))).toBe('The harbour was closed on Monday after a storm damaged the main pier.')
  })

  it('should ship the JSON Schema of an Article', () => {
    const schema = JSON.parse(readFileSync(new URL('../dist/article.schema.json', import.meta.url), 'utf8'))
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['kind', 'title', 'posts', 'body', 'related']))
  })
})
