/**
 * Fixture runner: every folder under `fixtures/<site>/<case>/` holds an
 * input (`input.txt` or `input.html`), a `meta.json` (where the page came
 * from, and the options it is parsed with) and the reviewed `expected.json`:
 * the Article the input must give.
 *
 * After an intended change, `npm run fixture -- update [site]` rewrites the
 * expected files and prints what changed, for review; a missing expected
 * file fails (locally too).
 */
import {existsSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ArticleSchema, parse, parseWithMessages} from '../src/index.js'
import {listCases, optionsOf, readExpected, readInput, readMeta, serialise} from '../scripts/fixture-store.js'

const update = 'UPDATE' in process.env

describe('fixtures', () => {
  it('should have at least seventeen cases', () => {
    expect(listCases().length).toBeGreaterThanOrEqual(17)
  })

  for (const item of listCases()) {
    it(`should parse ${item.site}/${item.name} into the reviewed Article`, () => {
      const options = optionsOf(readMeta(item.folder))
      const article = parse(readInput(item), options)
      expect(ArticleSchema.safeParse(article).success).toBe(true)
      const expectedPath = join(item.folder, 'expected.json')
      // UPDATE=1 writes the expected file for review; the checks below still run on it.
      if (update) writeFileSync(expectedPath, serialise(article))
      expect(existsSync(expectedPath), `missing ${expectedPath}: run \`npm run fixture -- update ${item.site}\` and review it`).toBe(true)
      expect(article).toEqual(readExpected(item))
      // With messages, HTML goes through another converter (with positions): the Article must not change.
      expect(parseWithMessages(readInput(item), options).article).toEqual(article)
    })
  }
})
