/**
 * Where the headline of a scraped text is among its first content lines:
 * past a byline and a date above it; the line that says the words of the
 * page's address, when one does; else the first line, unless it stands far
 * above the story, where the headline-like line right above the story is;
 * and whether a line reads as a headline at all. `extractHeadline` takes
 * the line these name.
 *
 * @module
 */
import type {Line} from '../tree.js'
import {lineWords} from '../util/line-text.js'
import {endsLikeSentence, wordCount} from '../util/text.js'
import {BY_WORDS, isCreditLine, readNames} from '../util/bylines.js'
import {isRole} from '../util/author-roles.js'
import {findTimestamps} from '../util/timestamps.js'
import {slugAgreement, slugWords} from '../util/url-slug.js'

/** At most this many byline and date lines stand above a headline. */
const CREDITS_ABOVE_MAX = 2


/**
 * The index of the first content line past the byline and date lines that
 * open it (at most `CREDITS_ABOVE_MAX`), when a line follows them.
 *
 * @param content
 *   The unclaimed lines.
 * @param start
 *   Where to look.
 * @returns
 *   The index of the headline's candidate.
 */
export function pastCredits(content: Line[], start: number): number {
  let index = start
  while (index - start < CREDITS_ABOVE_MAX && index + 1 < content.length && isCreditLine(content[index]!)) index++
  return index
}

/** A story's first paragraph: this many words at least, ending as a sentence does. */
const PARAGRAPH_MIN_WORDS = 10

/** How far ahead the story's first paragraph is looked for. */
const STORY_LOOKAHEAD = 200

/** A first line this many lines above the story or more is not its headline. */
const FAR_ABOVE = 4

/** How many lines above the story the headline is looked for. */
const HEADER_REACH = 4

/** The first line of a scraped text is its headline with this many words at least (a two-word headline opens many pages). */
export const FIRST_LINE_MIN_WORDS = 2

/** A headline has this many words at least, and at most `HEADLINE_MAX_WORDS`. */
const HEADLINE_MIN_WORDS = 3
const HEADLINE_MAX_WORDS = 30

/** A byline's or a blog's meta line opening ("von …", "Posted …", "Veröffentlicht von …", "Publicerad 22:31"), which is no headline. */
const META_OPENING = new RegExp(`^(?:${BY_WORDS}|posted|published|veröffentlicht|publié|publicado|pubblicato|publicerad|publisert|publiceret|julkaistu|gepubliceerd|opublikowano)\\b`, 'iu')

/** A counter or a length ("75,345 shares", "3 Kommentare", "4 min"), which is no headline. */
const COUNTER = /(?<![\d,.])\d[\d,.]{0,12}\s?(?:shares|kommentare|comments|min|minut\p{L}*|minuten)\b/iu

/**
 * Where the headline of a scraped text is: at `start`, unless that line
 * stands far above the story's first paragraph (`FAR_ABOVE`) and does not
 * read as a headline (a menu's item, a label); then the last line that
 * reads as one in the few lines right above the story (`HEADER_REACH`), if
 * one does.
 *
 * @param content
 *   The unclaimed lines.
 * @param start
 *   The first line's index.
 * @returns
 *   The headline's index.
 */
export function headlineAboveStory(content: Line[], start: number): number {
  const end = Math.min(content.length, start + STORY_LOOKAHEAD)
  let story = -1
  for (let index = start; index < end; index++) {
    if (lineWords(content[index]!) >= PARAGRAPH_MIN_WORDS && endsLikeSentence(content[index]!.value)) {
      story = index
      break
    }
  }
  // A first line that reads as a headline stays one: the short lines under it may be its key points or a feed's stamps.
  if (story < start + FAR_ABOVE || readsAsHeadline(content[start]!)) return start
  for (let index = story - 1; index >= Math.max(start, story - HEADER_REACH); index--) {
    if (readsAsHeadline(content[index]!)) return index
  }
  return start
}

/** A line says the address's slug when its `slugAgreement` reaches this. */
const SLUG_AGREEMENT_MIN = 0.6

/** How many content lines the slug's line is looked for among (a dump may open with a long menu). */
const SLUG_LOOKAHEAD = 400

/**
 * The index of the line that says the page address's slug best
 * (`slugAgreement`), if one says it well enough: a headline's few words,
 * not a sentence (a standfirst repeats the slug's words too), not a link
 * (a dump may print the address itself).
 *
 * @param content
 *   The unclaimed lines.
 * @param start
 *   The first line that may be the headline.
 * @param url
 *   The page's address (optional).
 * @returns
 *   The line's index, if any.
 */
export function headlineBySlug(content: Line[], start: number, url: string | undefined): number | undefined {
  const slug = slugWords(url)
  if (slug.length === 0) return undefined
  const agreements: Array<{index: number; agreement: number}> = []
  const end = Math.min(content.length, start + SLUG_LOOKAHEAD)
  for (let index = start; index < end; index++) {
    const line = content[index]!
    if (!maySayHeadline(line)) continue
    const agreement = slugAgreement(line.value, slug)
    if (agreement >= SLUG_AGREEMENT_MIN) agreements.push({index, agreement})
  }
  if (agreements.length === 0) return undefined
  // The first line that says the slug about as well as the best: subheadings, captions and teasers repeat its words below the headline.
  // A breadcrumb trail that ends in the headline ("Home / Books / Headline") comes first and holds it: the headline itself wins.
  const best = Math.max(...agreements.map(({agreement}) => agreement))
  let chosen: number | undefined
  for (const {index, agreement} of agreements) {
    if (agreement < best - SLUG_AGREEMENT_MARGIN) continue
    if (chosen === undefined || (content[chosen]!.value.length > content[index]!.value.length && content[chosen]!.value.includes(content[index]!.value))) chosen = index
  }
  return chosen
}

/** A line this close to the best agreement with the slug is as good a headline, and an earlier one is preferred. */
const SLUG_AGREEMENT_MARGIN = 0.1

/** A list of tags or ingredients has this many commas at least. */
const LIST_MIN_COMMAS = 3

/**
 * Whether a line may be a headline that says the slug: a headline's few
 * words, not a statement (a standfirst repeats the slug's words too), not
 * a link or a domain (a dump may print the address), not a byline or a
 * date, not a list (tags: "Getaggt mit Harbour, Works, May").
 *
 * @param line
 *   A content line.
 * @returns
 *   Whether it may.
 */
function maySayHeadline(line: Line): boolean {
  const value = line.value
  if (lineWords(line) > HEADLINE_MAX_WORDS || endsAsStatement(value) || isCreditLine(line)) return false
  if (isAddress(value) || /^[[(]/.test(value)) return false
  return value.split(',').length - 1 < LIST_MIN_COMMAS
}

/**
 * Whether a line ends as a statement does (a full stop, a colon, a
 * semicolon), not as a headline may ("…?", "…!", "…").
 *
 * @param text
 *   A line.
 * @returns
 *   Whether it does.
 */
function endsAsStatement(text: string): boolean {
  const last = text.trimEnd().at(-1)
  return (last === '.' && !text.trimEnd().endsWith('...')) || last === ':' || last === ';'
}

/**
 * Whether a line above the story reads as its headline: a few words, no
 * sentence, no date, no byline or counter.
 *
 * @param line
 *   A line.
 * @param minWords
 *   The fewest words it may have (`HEADLINE_MIN_WORDS`: fewer make a label above the story).
 * @returns
 *   Whether it does.
 */
export function readsAsHeadline(line: Line, minWords = HEADLINE_MIN_WORDS): boolean {
  const words = lineWords(line)
  if (words < minWords || words > HEADLINE_MAX_WORDS || endsLikeSentence(line.value) || isCreditLine(line)) return false
  if (isAddress(line.value) || !moreLettersThanDigits(line.value) || isLowerCaseOnly(line.value)) return false
  return !META_OPENING.test(line.value) && !COUNTER.test(line.value) && findTimestamps(line.value).length === 0 && !isWriterWithRole(line.value)
}

/**
 * Whether a line is writers' names with a job title or a handle, a byline
 * without "By" ("Daniel Gross Redakteur", "Jane Doe, Staff Writer", "Greg
 * Smith@GregSmith"): no headline.
 *
 * @param text
 *   A line.
 * @returns
 *   Whether it is.
 */
function isWriterWithRole(text: string): boolean {
  if (HANDLE_AFTER_NAME.test(text)) return true
  // Names are read only in a short line: reading them is slow, and a byline without "By" is short.
  return wordCount(text) <= WRITER_LINE_MAX_WORDS && (readNames(text)?.some((author) => author.role !== undefined && isRole(author.role)) ?? false)
}

/** A byline without "By" (names and their job titles) has at most this many words. */
const WRITER_LINE_MAX_WORDS = 8

/** A name and the writer's handle glued or beside it, the line's end ("Greg Smith@GregSmith", "Jane Doe @janedoe"). */
const HANDLE_AFTER_NAME = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2} ?@\w{2,30}$/u

/**
 * Whether a line of a script with capitals has none: no headline is
 * written so, but the names of a sprite's icons are ("search chevron-down
 * check plus clock close"), a file's name, a list's item, a rating ("5
 * from 7 votes").
 *
 * @param text
 *   A line.
 * @returns
 *   Whether it is all in lower case.
 */
function isLowerCaseOnly(text: string): boolean {
  return text === text.toLowerCase() && text !== text.toUpperCase()
}

/**
 * Whether a line holds a web address or is a domain, which a dump may
 * print (the page's own, a link's): no headline, and no standfirst.
 *
 * @param text
 *   A line.
 * @returns
 *   Whether it does.
 */
export function isAddress(text: string): boolean {
  return /https?:|www\./i.test(text) || /^[\w-]+(?:\.[\w-]+)+$/.test(text)
}

/**
 * Whether a line has more letters than digits, as every headline has: a
 * line of mostly digits is a phone number, a date the reader does not know
 * ("01. 11. 2023"), a weather strip ("31° 26° 17°") or a score.
 *
 * @param text
 *   A line.
 * @returns
 *   Whether it has.
 */
function moreLettersThanDigits(text: string): boolean {
  let balance = 0
  for (const char of text) {
    const code = char.charCodeAt(0)
    // ASCII read by its code; other characters by their Unicode class.
    if (code < 0x80) balance += (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ? 1 : code >= 0x30 && code <= 0x39 ? -1 : 0
    else if (LETTER.test(char)) balance++
    else if (DIGIT.test(char)) balance--
  }
  return balance > 0
}

/** A letter of any script. */
const LETTER = /\p{L}/u

/** A decimal digit of any script. */
const DIGIT = /\p{Nd}/u
