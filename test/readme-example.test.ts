// The examples of README.md ("Use") and docs/getting-started.md show real
// output: run each first `js` block and compare what it logs with the `json`
// block after it. A change of output must update the docs with it.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'

/**
 * The first `js` code block after a heading, and the first `json` block after that.
 *
 * @param file
 *   Markdown file, relative to the repository.
 * @param heading
 *   The heading the example follows.
 * @returns
 *   The code and the output it documents.
 */
function exampleAfter(file: string, heading: string): {code: string; output: string} {
  const text = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')
  const start = text.indexOf(heading)
  expect(start, `${heading} in ${file}`).toBeGreaterThanOrEqual(0)
  const code = /```js\n([\s\S]*?)```/.exec(text.slice(start))
  expect(code, `js block after ${heading}`).not.toBeNull()
  const rest = text.slice(start + code!.index + code![0].length)
  const output = /```json\n([\s\S]*?)```/.exec(rest)
  expect(output, `json block after the js block`).not.toBeNull()
  return {code: code![1]!, output: output![1]!.trim()}
}

/**
 * Run an example with `parse` in scope, and collect what it logs.
 *
 * @param code
 *   The example, starting with `import {parse} from 'standfirst'`.
 * @returns
 *   The logged lines.
 */
function run(code: string): string {
  expect(code).toMatch(/^import \{parse\} from 'standfirst'\n/)
  const logged: string[] = []
  const body = code.replace(/^import .*\n/, '')
  new Function('parse', 'console', body)(parse, {log: (value: unknown) => logged.push(String(value))})
  return logged.join('\n')
}

describe('documented examples', () => {
  for (const [file, heading] of [
    ['README.md', '## Use'],
    ['docs/getting-started.md', '## Parse a page of HTML']
  ] as const) {
    it(`${file}: the output shown is the real output`, () => {
      const {code, output} = exampleAfter(file, heading)
      expect(run(code)).toBe(output)
    })
  }
})
