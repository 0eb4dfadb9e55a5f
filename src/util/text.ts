/**
 * Small text measures shared by the plugins.
 *
 * @module
 */
import {countWords} from './count-words.js'
import {afterNoLetter, topLevelAlternatives} from './join-patterns.js'

/** Sentence-ending punctuation (`endsLikeSentence`). */
const SENTENCE_MARKS = '.!?…:;'

/** Closing quotes and brackets, which may follow a sentence's end. */
const CLOSING_MARKS = '"\'”’»)]'

/**
 * Count the words of a text: runs of letters or digits (any script), with
 * inner apostrophes, hyphens and dots (see `countWords`).
 *
 * @param text
 *   Any text.
 * @returns
 *   The number of words.
 */
export function wordCount(text: string): number {
  // Not cached: the lines' own counts are kept on them (`lineWords`); what is counted here is mostly counted once, and a
  // cache cost more (a hash and a copy of each text) than the third of the counts it found (989 dumps: 3,003 of 8,845).
  return countWords(text)
}

/**
 * Whether a line ends as a sentence does (full stop, question or exclamation
 * mark, ellipsis or colon, possibly inside closing quotes).
 *
 * @param text
 *   A cleaned line.
 * @returns
 *   `true` when it does.
 */
export function endsLikeSentence(text: string): boolean {
  return endsWithMark(text, SENTENCE_MARKS, CLOSING_MARKS)
}

/**
 * Whether a text ends with one of some marks, possibly followed by closing
 * ones: what `/[marks][closers]*$/` tells, read from the end. Such a
 * pattern is tried at every position of the text, and lines of prose are
 * long. Every mark is one UTF-16 unit.
 *
 * @param text
 *   Any text.
 * @param marks
 *   The marks that end it.
 * @param closers
 *   The marks that may follow them (none of `marks`).
 * @returns
 *   `true` when it does.
 */
export function endsWithMark(text: string, marks: string, closers: string): boolean {
  const end = endBefore(text, closers)
  return end > 0 && marks.includes(text[end - 1]!)
}

/**
 * Where a text ends once the characters of a set at its end are set aside
 * (by default the closing quotes and brackets after a sentence's last
 * mark, `CLOSING_MARKS`), read from the end: a pattern `[…]+$` is quadratic
 * on a long run of them that something else ends.
 *
 * @param text
 *   Any text.
 * @param characters
 *   The characters (each one UTF-16 unit).
 * @returns
 *   The index after the last character that is not one of them.
 */
export function endBefore(text: string, characters: string = CLOSING_MARKS): number {
  let end = text.length
  while (end > 0 && characters.includes(text[end - 1]!)) end--
  return end
}

/**
 * Fold a line for comparison: lower case, typographic quotes and dashes made
 * plain, punctuation at the ends and repeated spaces removed.
 *
 * @param text
 *   A line.
 * @returns
 *   The folded form.
 */
export function fold(text: string): string {
  // Not cached: the lines' own folded forms are kept on them (`foldLine`); what is folded here is mostly folded once,
  // and a cache cost more than the third it found (989 dumps: 7,284 of 23,806 folds).
  return foldLowerCase(text.toLowerCase())
}

/**
 * `fold` of a text already in lower case (`text.toLowerCase()`), for a
 * caller that has it: the rest of the work.
 *
 * @param lower
 *   A line in lower case.
 * @returns
 *   The folded form.
 */
export function foldLowerCase(lower: string): string {
  // Most lines hold no mark to replace: a test costs a third of a `replace` that finds nothing (which calls into the runtime).
  if (!TYPOGRAPHY_TEST.test(lower)) return trimMarks(lower)
  // One pass for the typographic marks and the spaces.
  return trimMarks(lower.replace(TYPOGRAPHY, (mark) => TYPOGRAPHY_PLAIN[mark] ?? ' '))
}

/** One space, punctuation mark or symbol. */
const MARK = /[\s\p{P}\p{S}]/u

/**
 * Remove spaces, punctuation and symbols at both ends. A loop from each end
 * reads only the marks it removes; a regular expression for the trailing run
 * was tried at every position of the line.
 *
 * @param text
 *   A line.
 * @returns
 *   The line without them.
 */
function trimMarks(text: string): string {
  let start = 0
  let end = text.length
  // Most lines start and end with a letter or digit: no mark to read there.
  while (start < end && !isAsciiLetterOrDigit(text.charCodeAt(start)) && MARK.test(charAt(text, start))) start += charAt(text, start).length
  while (end > start && !isAsciiLetterOrDigit(text.charCodeAt(end - 1)) && MARK.test(charBefore(text, end))) end -= charBefore(text, end).length
  return start === 0 && end === text.length ? text : text.slice(start, end)
}

/**
 * Whether a UTF-16 unit is an ASCII letter or digit, which `MARK` never
 * matches: a test of its code spares the expression and a copy of the
 * character.
 *
 * @param unit
 *   A UTF-16 unit.
 * @returns
 *   `true` when it is one.
 */
function isAsciiLetterOrDigit(unit: number): boolean {
  return (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x30 && unit <= 0x39)
}

/**
 * The character (code point) at an index.
 *
 * @param text
 *   Any text.
 * @param index
 *   A UTF-16 index.
 * @returns
 *   The character: one or two units.
 */
function charAt(text: string, index: number): string {
  return String.fromCodePoint(text.codePointAt(index)!)
}

/**
 * The character (code point) that ends before an index.
 *
 * @param text
 *   Any text.
 * @param index
 *   A UTF-16 index (above 0).
 * @returns
 *   The character: one or two units.
 */
function charBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1)
  const high = index >= 2 ? text.charCodeAt(index - 2) : 0
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff
  return pair ? text.slice(index - 2, index) : text.charAt(index - 1)
}

/**
 * Typographic quotes and dashes, and runs of whitespace other than a single
 * space (one space is left as it is: matching it too would call the
 * replacer once for every word of the line, to put back the same space).
 */
const TYPOGRAPHY = /[‘’`´“”„«»–—‒―]|\s{2,}|[^\S ]/g

/**
 * Whether a text holds a match of `TYPOGRAPHY`, as one character class and
 * a pair of spaces: a run of whitespace holds a character of `[^\S ]` (the
 * whitespace of `\s` but the space, listed) unless it is spaces alone. One
 * class tried at each position, where `TYPOGRAPHY`'s three alternatives
 * took a third longer on the lines of the text corpus (a global expression
 * keeps a position between tests, so `TYPOGRAPHY` is not tested itself).
 */
const TYPOGRAPHY_TEST = /[‘’`´“”„«»–—‒―\t-\r\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]| {2}/

/** What `fold` makes of each typographic mark (whitespace runs become one space). */
const TYPOGRAPHY_PLAIN: Record<string, string> = {
  '‘': "'", '’': "'", '`': "'", '´': "'",
  '“': '"', '”': '"', '„': '"', '«': '"', '»': '"',
  '–': '-', '—': '-', '‒': '-', '―': '-'
}

/**
 * An ASCII slug of the first words of a text, for stable ids.
 *
 * @param text
 *   Any text.
 * @param words
 *   How many words to keep (default: `6`).
 * @returns
 *   The slug (may be empty).
 */
export function slug(text: string, words = 6): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, words)
    .join('-')
}

/**
 * Whether a word starts with a capital letter (any script that has case), or
 * is a number.
 *
 * @param word
 *   One word.
 * @returns
 *   `true` when it does.
 */
export function isCapitalised(word: string): boolean {
  const first = word.charAt(0)
  return /\p{Lu}|\p{Lt}|\p{N}/u.test(first)
}

/** Invisible characters that scrapers leave behind and that never carry meaning: C0 and C1 controls (but tab and line breaks), soft hyphens, zero-width characters, byte-order marks. */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200D\u2060\uFEFF]/g

/**
 * Fold the whitespace of one line and drop invisible characters.
 *
 * @param value
 *   The raw line.
 * @returns
 *   The cleaned line (may be empty).
 */
export function cleanLine(value: string): string {
  // Most lines are clean already: one test says so, where the two below and the trim read each line three times (they
  // took half of the text parser's time).
  if (!NEEDS_CLEANING.test(value) && value.charCodeAt(0) !== SPACE && value.charCodeAt(value.length - 1) !== SPACE) return value
  // Test before replacing, so that a line is copied only for what it holds.
  const visible = INVISIBLE_TEST.test(value) ? value.replace(INVISIBLE, dropInvisible) : value
  return (UNFOLDED_SPACE.test(visible) ? visible.replace(/\s+/g, ' ') : visible).trim()
}

/**
 * What an invisible character becomes: nothing, but a next-line control
 * (U+0085, NEL) is a line break, so a space.
 *
 * @param character
 *   The character.
 * @returns
 *   Its replacement.
 */
function dropInvisible(character: string): string {
  return character === '\u0085' ? ' ' : ''
}

/** `INVISIBLE`, to test for (a global expression keeps a position between tests). */
const INVISIBLE_TEST = new RegExp(INVISIBLE.source)

/** Whitespace other than single spaces: two in a row, or a tab, newline or other space. */
const UNFOLDED_SPACE = /\s\s|[^\S ]/

/**
 * What `cleanLine` changes inside a line: an invisible character
 * (`INVISIBLE`), whitespace other than a space (`[^\S ]`: tabs, breaks, the
 * no-break and other Unicode spaces), two spaces in a row. One character
 * class and a pair, tried at each position, as fast as each of the two
 * tests alone.
 */
const NEEDS_CLEANING = /[\u0000-\u001F\u007F-\u00A0\u00AD\u1680\u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF]| {2}/

/** The code of a space, which `cleanLine` trims at a line's ends. */
const SPACE = 0x20

/**
 * A text without the characters of a set at its end (`endBefore`).
 *
 * @param text
 *   The text.
 * @param characters
 *   The characters to trim.
 * @returns
 *   The text without them at its end.
 */
export function trimEndOf(text: string, characters: string): string {
  return text.slice(0, endBefore(text, characters))
}

/**
 * A text's first two UTF-16 units as one number (`NaN` for a text shorter
 * than two): a key to look up what a text may open with, which costs no
 * copy of the two characters (`text.slice(0, 2)`) nor a hash of it.
 *
 * @param text
 *   Any text.
 * @returns
 *   The key.
 */
export function openingKey(text: string): number {
  return text.charCodeAt(0) * 0x10000 + text.charCodeAt(1)
}

/** The named references a value escaped twice keeps ("Story &amp; more", "mis&nbsp;en garde"), decoded. */
const NAMED_REFERENCES: Record<string, string> = {quot: '"', amp: '&', apos: "'", lt: '<', gt: '>', nbsp: ' '}

/** A character reference: named (`NAMED_REFERENCES`), decimal or hexadecimal. */
const REFERENCE = /&(?:(quot|amp|apos|lt|gt|nbsp)|#(\d{1,7})|#x([\da-f]{1,6}));/gi

/**
 * A metadata value that was escaped twice (its HTML entities left in the
 * text: "O&#039;Hara", "mis&nbsp;en garde"), with its character
 * references decoded. A non-breaking space becomes a space.
 *
 * @param text
 *   The value.
 * @returns
 *   The value with its references decoded.
 */
export function decodeLeftReferences(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(REFERENCE, (whole, name: string | undefined, decimal: string | undefined, hex: string | undefined) => {
    if (name) return NAMED_REFERENCES[name.toLowerCase()] ?? whole
    const code = decimal === undefined ? Number.parseInt(hex!, 16) : Number(decimal)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}


/** An alternative that opens with a letter or digit that no quantifier follows: one that can be grouped by it. */
const LITERAL_OPENING = /^[\p{L}\p{N}](?![?*+{])/u

/**
 * Alternatives of a pattern that is only tested (which alternative matches
 * does not matter), grouped by their first character: "s(?:ign
 * up|ubscri)|r(?:egist)" for "sign up|subscri|regist". A search then reads
 * a position's character once, where forty words in a row were each tried
 * there. Alternatives that open otherwise (a group, `\b`) follow, as they
 * are.
 *
 * @param alternatives
 *   The alternatives, as sources of patterns.
 * @param ignoreCase
 *   Whether the pattern ignores case (its `i` flag): an ASCII letter then
 *   groups the alternatives that open with it in either case.
 * @returns
 *   The source of the alternation.
 */
export function groupByFirstCharacter(alternatives: readonly string[], ignoreCase: boolean): string {
  const groups = new Map<string, string[]>()
  const rest: string[] = []
  for (const alternative of alternatives) {
    const first = String.fromCodePoint(alternative.codePointAt(0) ?? 0)
    if (!LITERAL_OPENING.test(alternative)) {
      rest.push(alternative)
      continue
    }
    const key = ignoreCase && /^[A-Za-z]$/.test(first) ? first.toLowerCase() : first
    const tails = groups.get(key) ?? []
    tails.push(alternative.slice(first.length))
    groups.set(key, tails)
  }
  return [...[...groups].map(([first, tails]) => `${first}(?:${tails.join('|')})`), ...rest].join('|')
}

/**
 * `afterNoLetter`'s words, each with its look back, grouped by their first
 * character (`groupByFirstCharacter`), for a pattern that is only tested.
 *
 * @param alternation
 *   The words, as alternatives of a pattern's source.
 * @returns
 *   The source, one group.
 */
export function groupedAfterNoLetter(alternation: string): string {
  // `afterNoLetter` writes one group, `(?:…|…)`, whose alternatives are regrouped.
  const group = afterNoLetter(alternation)
  return `(?:${groupByFirstCharacter(topLevelAlternatives(group.slice('(?:'.length, -1)), false)})`
}

/** A script written without spaces between words (Chinese, Japanese, Thai): a clause of it counts as one word. */
export const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u

/**
 * A text without its accents (combining marks): "República" and
 * "Republica" are one word, written by two tools of the same page or in an
 * address's slug.
 *
 * @param text
 *   Any text.
 * @returns
 *   The text without combining marks.
 */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '')
}
