/**
 * Fixture runner: every folder under `fixtures/<front end>/<case>/` holds an
 * input (`input.txt` or `input.html`), a `config.json` (`{"options": {...}}`)
 * and the reviewed `expected.json`: the Article the input must give.
 *
 * `UPDATE=1 npx vitest run test/fixtures.test.ts` rewrites the expected files
 * for review; without it, a missing expected file fails (locally too).
 */
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ArticleSchema, parse, parseWithMessages} from '../src/index.js'

const root = new URL('../fixtures/', import.meta.url).pathname
const update = 'UPDATE' in process.env

/** Every case folder, as `[front end, case name, folder]`. */
function cases(): Array<[string, string, string]> {
  const found: Array<[string, string, string]> = []
  for (const group of readdirSync(root, {withFileTypes: true})) {
    if (!group.isDirectory()) continue
    for (const entry of readdirSync(join(root, group.name), {withFileTypes: true})) {
      if (entry.isDirectory()) found.push([group.name, entry.name, join(root, group.name, entry.name)])
    }
  }
  return found.sort((a, b) => (a[0] + a[1]).localeCompare(b[0] + b[1]))
}

describe('fixtures', () => {
  it('should have at least seventeen cases', () => {
    expect(cases().length).toBeGreaterThanOrEqual(17)
  })

  for (const [group, name, folder] of cases()) {
    it(`should parse ${group}/${name} into the reviewed Article`, () => {
      const config = JSON.parse(readFileSync(join(folder, 'config.json'), 'utf8')) as {options?: Record<string, unknown>}
      const inputName = existsSync(join(folder, 'input.html')) ? 'input.html' : 'input.txt'
      const input = readFileSync(join(folder, inputName))
      const article = parse(inputName.endsWith('.html') ? new Uint8Array(input) : input.toString('utf8'), config.options)
      expect(ArticleSchema.safeParse(article).success).toBe(true)
      const expectedPath = join(folder, 'expected.json')
      // UPDATE=1 writes the expected file for review; the checks below still run on it.
      if (update) writeFileSync(expectedPath, JSON.stringify(article, null, 2) + '\n')
      expect(existsSync(expectedPath), `missing ${expectedPath}: run with UPDATE=1 and review it`).toBe(true)
      expect(article).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')))
      // With messages, HTML goes through another converter (with positions): the Article must not change.
      expect(parseWithMessages(inputName.endsWith('.html') ? new Uint8Array(input) : input.toString('utf8'), config.options).article).toEqual(article)
    })
  }
})
