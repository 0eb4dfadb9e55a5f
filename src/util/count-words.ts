/**
 * Count words, as the expression `[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*`
 * (with the `u` flag) finds them, without running it: a word is a run of
 * letters or digits (any script), joined to the next run by one apostrophe,
 * hyphen or dot between them ("don't", "e-mail", "U.S"). Every plugin counts
 * the words of every line, and the expression, tried at each character,
 * took three times as long as one pass over a table of characters.
 *
 * @module
 */

/** A letter or a digit, of any script. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** What a character is to a word (0: not yet looked up, in `BMP_KINDS`). */
type Kind = 0 | 1 | 2 | 3
const UNKNOWN = 0
const LETTER_OR_DIGIT_KIND = 1
/** `'`, `’`, `.`, `-`: inside a word when letters or digits stand on both sides. */
const JOINER = 2
const OTHER = 3

/** The kind of each character of the Basic Multilingual Plane, looked up once when first met (never for a high surrogate, which may open a pair). */
const BMP_KINDS = new Uint8Array(0x10000)

/**
 * The kind of a code point.
 *
 * @param code
 *   A code point (a lone surrogate is one too, and no letter).
 * @returns
 *   Its kind.
 */
function kindOf(code: number): Kind {
  if (code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2d) return JOINER
  return LETTER_OR_DIGIT.test(String.fromCodePoint(code)) ? LETTER_OR_DIGIT_KIND : OTHER
}

/**
 * Count the words of a text. A word starts at each letter or digit that
 * follows neither a letter or digit nor a joiner after one (every letter
 * is part of some word, so a joiner after one continues that word).
 *
 * @param text
 *   Any text.
 * @returns
 *   The number of words.
 */
export function countWords(text: string): number {
  let count = 0
  let previous: Kind = OTHER
  let beforePrevious: Kind = OTHER
  const length = text.length
  for (let index = 0; index < length; index++) {
    const unit = text.charCodeAt(index)
    // One lookup for most characters: the table holds no kind for a high surrogate, which goes the slow way below.
    let kind = BMP_KINDS[unit] as Kind
    if (kind === UNKNOWN) {
      if (isHighSurrogate(unit) && index + 1 < length) {
        // A surrogate pair (an astral letter, an emoji): one character, looked up each time (rare).
        const code = text.codePointAt(index)!
        if (code > 0xffff) index++
        kind = kindOf(code)
      } else {
        kind = kindOf(unit)
        if (!isHighSurrogate(unit)) BMP_KINDS[unit] = kind
      }
    }
    if (kind === LETTER_OR_DIGIT_KIND && previous !== LETTER_OR_DIGIT_KIND && !(previous === JOINER && beforePrevious === LETTER_OR_DIGIT_KIND)) count++
    beforePrevious = previous
    previous = kind
  }
  return count
}

/**
 * Whether a UTF-16 unit is a high (leading) surrogate.
 *
 * @param unit
 *   A UTF-16 unit.
 * @returns
 *   Whether it is.
 */
function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff
}
