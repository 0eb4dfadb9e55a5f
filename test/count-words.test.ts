/**
 * `countWords` reads words as the expression it replaced finds them: checked
 * on chosen lines and on random strings of the characters that matter
 * (letters of several scripts, astral letters, joiners, lone surrogates).
 */
import {describe, expect, it} from 'vitest'
import {countWords} from '../src/util/count-words.js'

/** The expression `countWords` stands for. */
const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu

/**
 * The words the expression finds.
 *
 * @param text
 *   Any text.
 * @returns
 *   How many matches.
 */
function byExpression(text: string): number {
  return text.match(WORD)?.length ?? 0
}

/** Characters to build random strings from. */
const ALPHABET = ['a', 'Z', '7', 'é', 'ß', 'д', '中', '٣', '𝐀', '😀', "'", '’', '.', '-', '--', ' ', ',', '\u00AD', '\uD800', '\uDC00', '_', '·']

describe('countWords', () => {
  it('should count words as the expression does', () => {
    for (const text of ['', 'Hello world', "don't stop", 'e-mail U.S. a--b', '...a', 'a.', "'quoted'", '中文 字', 'x’y’z', '3.5 million', 'Ünïcödé wörds']) {
      expect(countWords(text), text).toBe(byExpression(text))
    }
  })

  it('should agree with the expression on random strings', () => {
    let seed = 1
    const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647
    for (let round = 0; round < 5000; round++) {
      let text = ''
      const length = Math.floor(random() * 12)
      for (let index = 0; index < length; index++) text += ALPHABET[Math.floor(random() * ALPHABET.length)]
      expect(countWords(text), JSON.stringify(text)).toBe(byExpression(text))
    }
  })
})
