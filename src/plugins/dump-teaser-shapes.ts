/**
 * Two shapes of the link lists a whole-page text dump keeps from its
 * sidebars and teasers, read by `markDumpFurniture`:
 *
 * - a teaser of another article that ends in its "read on" link ("Seht
 *   selbst! Weiterlesen", "Lesen Sie diesen Artikel: … weiterlesen",
 *   "Read more …", "weiterlesen 5 Minuten"), or the link alone;
 * - a tag cloud or an archive flattened into one line, each term with its
 *   count: "Politik (182) Kultur (97) Sport (89)", "Mai 2020 (2) April
 *   2020 (1) …", "2020 Election (611 posts) …".
 *
 * @module
 */
import {TEASER_END_PHRASES} from './furniture-phrases.js'
import {trimEndOf} from '../util/text.js'

/** A teaser's reading time after its link: "weiterlesen 5 Minuten". */
const READING_TIME = /\s\d{1,2} ?(?:min|mins|minutes?|minuten|minuty|minut)\.?$/u

/** Marks that may follow the link: an ellipsis, an arrow (trimmed by `trimEndOf`: a pattern `[…]+$` is quadratic). */
const AFTER_LINK = ' \t.…›»→>'

/**
 * A line without what may follow its last link: the marks, then a reading
 * time.
 *
 * @param lower
 *   The line in lower case.
 * @returns
 *   The line up to its last word.
 */
function withoutTail(lower: string): string {
  const text = trimEndOf(lower, AFTER_LINK)
  // Every reading time holds "min": a line without it is not searched (a `replace` calls into the runtime even where it finds nothing).
  return text.includes('min') ? text.replace(READING_TIME, '') : text
}

/** `TEASER_END_PHRASES` by their last character (UTF-16 unit), each list in the table's order. */
const PHRASES_BY_LAST_CHARACTER = new Map<string, string[]>()
for (const phrase of TEASER_END_PHRASES) {
  const last = phrase.charAt(phrase.length - 1)
  PHRASES_BY_LAST_CHARACTER.set(last, [...(PHRASES_BY_LAST_CHARACTER.get(last) ?? []), phrase])
}

/**
 * Whether a line in lower case ends in a link that reads on elsewhere,
 * after a word's end: the text stops short because the rest is on another
 * page, which a paragraph of the article's own never does.
 *
 * @param lower
 *   The line in lower case.
 * @returns
 *   `true` when it does.
 */
export function endsInReadOnLink(lower: string): boolean {
  const text = withoutTail(lower)
  // Only the phrases that end in the line's last character can end it: for most lines, none.
  for (const phrase of PHRASES_BY_LAST_CHARACTER.get(text.charAt(text.length - 1)) ?? []) {
    if (!text.endsWith(phrase)) continue
    const before = text[text.length - phrase.length - 1]
    return before === undefined || !/[\p{L}\p{N}]/u.test(before)
  }
  return false
}

/** A term's count in a tag cloud or an archive: "(182)", "(611 posts)", "(3 Beiträge)". */
const TERM_COUNT = /\(\d{1,6}(?: \p{L}{1,12})?\)/gu

/** A flattened cloud has at least this many counted terms: two may be a sentence's asides. */
const CLOUD_MIN_TERMS = 3

/** A term is a few words, at most this many. */
const TERM_MAX_WORDS = 8

/**
 * Whether a line is a tag cloud or an archive flattened into one line:
 * three or more terms, each a few words with no sentence's punctuation,
 * each followed by its count. Table rows (cells joined by tabs) are data.
 *
 * @param text
 *   The line.
 * @returns
 *   `true` when it is.
 */
export function isCountedTermList(text: string): boolean {
  // Most lines hold no "(digit": the split below runs on the few that do. (Most hold no bracket at all, which a
  // native search finds faster than the pattern.)
  if (!text.includes('(') || !/\(\d/u.test(text) || text.includes('\t')) return false
  const terms = text.split(TERM_COUNT)
  // The split leaves what follows the last count: nothing, or the cloud's cut-off tail.
  const counted = terms.slice(0, -1).map((term) => term.trim())
  return counted.length >= CLOUD_MIN_TERMS && counted.every(isTerm)
}

/**
 * Whether the text before a count is a term: a few words, no sentence.
 *
 * @param term
 *   The trimmed text.
 * @returns
 *   `true` when it is.
 */
function isTerm(term: string): boolean {
  return term.length > 0 && !/[,;!?]|\.\s/u.test(term) && term.split(' ').length <= TERM_MAX_WORDS
}
