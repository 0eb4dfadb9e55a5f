/**
 * `joinPatterns` matches where any of its patterns does: anchored and
 * `\b`-led alternatives grouped, others as they are, each pattern's
 * alternatives split at its top level only.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {afterNoLetter, joinPatterns, topLevelAlternatives} from '../src/util/join-patterns.js'

/** The seed of the property checks, fixed as in `properties.test.ts`. */
const SEED = 20_240_619

describe('topLevelAlternatives', () => {
  it('should split at `|` outside groups, classes and escapes', () => {
    expect(topLevelAlternatives(String.raw`^a(?:b|c)|\bd[|]e|f\|g|(?<!\p{L})h`)).toEqual(['^a(?:b|c)', String.raw`\bd[|]e`, String.raw`f\|g`, String.raw`(?<!\p{L})h`])
  })

  it('should keep a pattern without `|` at its top level whole', () => {
    expect(topLevelAlternatives(String.raw`^(?:x|y)[\]|]z$`)).toEqual([String.raw`^(?:x|y)[\]|]z$`])
  })
})

describe('joinPatterns', () => {
  /** Patterns of every kind: anchored, at a word's start, after a lookbehind, and a mix in one pattern. */
  const patterns = [/^ab(?:c|d)/u, /\bcd\b/u, /(?<!\p{L})ef/u, /\bgh|(?<!\p{L})ij$/u, /^k|\bl m/u, /[|]n/u]

  it('should match where any of its patterns matches', () => {
    const joined = joinPatterns(patterns, 'u')
    const texts = fc.string({unit: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', ' ', '|', 'é', '1', '_')})
    fc.assert(
      fc.property(texts, (text) => joined.test(text) === patterns.some((pattern) => pattern.test(text))),
      {seed: SEED, numRuns: 5000}
    )
  })

  it('should not require a word boundary of an alternative that has none', () => {
    // `\bgh|(?<!\p{L})ij`: `ij` after a digit has no word boundary before it, and matches.
    expect(joinPatterns(patterns, 'u').test('1ij')).toBe(true)
  })

  it('should refuse patterns with other flags or with backreferences', () => {
    expect(() => joinPatterns([/a/iu], 'u')).toThrow(TypeError)
    expect(() => joinPatterns([/(a)\1/u], 'u')).toThrow(TypeError)
  })
})

describe('afterNoLetter', () => {
  const words = String.raw`sign up|subscribe|e-?mail|boîte (?:mail|de réception)`
  const before = new RegExp(String.raw`(?<!\p{L})(?:${words})(?!\p{L})`, 'iu')
  const after = new RegExp(String.raw`${afterNoLetter(words)}(?!\p{L})`, 'iu')

  it('should match where the lookbehind before the words does, for words none of which ends another', () => {
    for (const text of ['Subscribe', 'Please subscribe now', 'unsubscribe', 'resubscribe here', 'Your e-mail', 'Your email:', 'Gmail', 'Boîte mail', 'préboîte mail', '1subscribe', 'subscribed', 'ÉSign up']) {
      expect(after.test(text), text).toBe(before.test(text))
    }
    const texts = fc.string({unit: fc.constantFrom('a', 'é', ' ', '1', '-', 's', 'u', 'b', 'c', 'r', 'i', 'e', 'm', 'l', 'g', 'n', 'p', 'S'), maxLength: 24})
    fc.assert(
      fc.property(texts, (text) => after.test(text) === before.test(text)),
      {seed: SEED, numRuns: 5000}
    )
  })
})
