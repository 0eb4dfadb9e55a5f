/**
 * Property-based tests (fast-check), with a fixed seed and few runs so that
 * the file runs in seconds: arbitrary strings, bytes and HTML-ish trees, and
 * mutations of every fixture (truncated, lines shuffled, furniture added,
 * whitespace mangled) each give a valid Article; blocks of pure furniture
 * added between blocks of a text fixture leave its body unchanged.
 *
 * The properties are defined in `scripts/fuzz.ts`, which runs them with many
 * more runs and a random seed (`npm run fuzz`).
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {allProperties, insertBlocks, loadFixtures} from '../scripts/fuzz.js'
import {parse, toPlainText} from '../src/index.js'

/** Fixed, so that CI is repeatable; `npm run fuzz` searches with random seeds. */
const SEED = 20_240_619

describe('properties', () => {
  const fixtures = loadFixtures()

  it('should find fixtures to mutate', () => {
    expect(fixtures.length).toBeGreaterThan(0)
  })

  it('should insert blocks only at blank-line boundaries', () => {
    expect(insertBlocks('a\nb\n\nc\n', [[0, 'X']])).toBe('a\nb\n\nX\n\nc\n')
    expect(insertBlocks('a\nb\n', [[0, 'X']])).toBe('a\nb\n')
  })

  // Found by the fuzzer: furniture after a post title made it the page's standfirst.
  it('should keep a live-blog post title when a furniture block follows it', () => {
    const fixture = fixtures.find((f) => f.name === 'text/2024-06-19-liveblog-footers-copy')
    if (!fixture) return
    const before = toPlainText(parse(fixture.input, fixture.options))
    const after = toPlainText(parse(insertBlocks(fixture.input, [[6, 'Skip to main content']]), fixture.options))
    expect(after).toBe(before)
  })

  for (const named of allProperties(fixtures)) {
    it(named.name, () => {
      fc.assert(named.property as fc.IProperty<unknown[]>, {seed: SEED, numRuns: named.runs})
    }, 60_000)
  }
})
