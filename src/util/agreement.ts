/**
 * Whether two texts say the same: the overlap of their words, as a visible
 * standfirst and the page's meta description do (the description may add or
 * drop a dateline, a word or two, or be cut short).
 *
 * @module
 */

/** A run of letters (with their combining marks) or digits. */
const TOKEN = /[\p{L}\p{M}\p{N}]+/gu

/** Scripts written without spaces: each character is a word of its own. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u

/**
 * Token F1 at or above which two texts agree. Measured on fundus-dev: a
 * visible standfirst and the description it came from score 0.93 to 1.00
 * (one page 0.83); a description that is the first body paragraph scores
 * 0.78 to 1.00 with it, which is why agreement alone never makes a standfirst.
 */
export const AGREEMENT_MIN_F1 = 0.8

/**
 * The words of a text, lower-cased, each Han or Kana character a word.
 *
 * @param text
 *   Any text.
 * @returns
 *   Its words.
 */
export function wordsOf(text: string): string[] {
  const words: string[] = []
  for (const match of text.normalize('NFKC').toLowerCase().matchAll(TOKEN)) {
    const word = match[0]
    if (UNSPACED.test(word)) for (const char of word) words.push(char)
    else words.push(word)
  }
  return words
}

/**
 * The token F1 of two texts: twice the words they share over the words of
 * both (each word counted as often as it occurs).
 *
 * @param a
 *   One text.
 * @param b
 *   The other.
 * @returns
 *   The F1, from 0 to 1.
 */
export function tokenF1(a: string, b: string): number {
  const left = wordsOf(a)
  const right = wordsOf(b)
  if (left.length === 0 || right.length === 0) return 0
  const counts = new Map<string, number>()
  for (const word of left) counts.set(word, (counts.get(word) ?? 0) + 1)
  let common = 0
  for (const word of right) {
    const count = counts.get(word) ?? 0
    if (count > 0) {
      common++
      counts.set(word, count - 1)
    }
  }
  return (2 * common) / (left.length + right.length)
}

/**
 * Whether a text agrees with any of several others (token F1 at least
 * `AGREEMENT_MIN_F1`).
 *
 * @param text
 *   The text.
 * @param others
 *   What it is compared with.
 * @returns
 *   Whether it agrees with one.
 */
export function agreesWithAny(text: string, others: readonly string[]): boolean {
  return others.some((other) => tokenF1(text, other) >= AGREEMENT_MIN_F1)
}
