/**
 * Letter keys: the letters and digits of a text, lower-cased, without
 * spaces and punctuation, so that two spellings of one headline ("A: B"
 * and "A B", full-width and plain forms) compare equal. Shared by the
 * title rules (`titles.ts`), the HTML metadata and the standfirst plugin.
 *
 * @module
 */

/** A letter, a combining mark or a digit, in any script: what two spellings of a headline share. */
const LETTER = /[\p{L}\p{M}\p{N}]/u

/**
 * The letters of one character as `letterKey` counts them: NFKC (full-width
 * forms become plain), lower case, punctuation and spaces dropped.
 *
 * @param char
 *   One code point.
 * @returns
 *   Its letters (usually itself or nothing).
 */
export function keyOf(char: string): string {
  if (char.length === 1 && char.charCodeAt(0) < 0x80) return LETTER.test(char) ? char.toLowerCase() : ''
  let key = ''
  for (const part of char.normalize('NFKC').toLowerCase()) if (LETTER.test(part)) key += part
  return key
}

/**
 * The letters and digits of a text, lower-cased, without spaces and
 * punctuation: two spellings of one headline ("A: B" and "A B", full-width
 * and plain forms) have the same key.
 *
 * @param text
 *   Any text.
 * @returns
 *   Its key.
 */
export function letterKey(text: string): string {
  // ASCII characters read by code from a table, with no string made for each (headings and titles are keyed many
  // times a page: iterating the text made a string per character); others by code point, as before.
  let key = ''
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x80) {
      key += ASCII_KEYS[code]!
      continue
    }
    const char = String.fromCodePoint(text.codePointAt(index)!)
    key += keyOf(char)
    index += char.length - 1
  }
  return key
}

/** `keyOf` of each ASCII character, by its code. */
const ASCII_KEYS = Array.from({length: 0x80}, (_, code) => keyOf(String.fromCharCode(code)))
