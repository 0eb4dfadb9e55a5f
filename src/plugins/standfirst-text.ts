/**
 * What the text of a standfirst's candidate is: prose, header material (a
 * byline, a meta line joined by bars), page furniture that reads like a
 * standfirst when it has no full stop (a meta line, a link, a credit, a
 * tag list), or the headline again. `extractStandfirst` decides with these.
 *
 * @module
 */
import type {Line} from '../tree.js'
import {readByline} from '../util/bylines.js'
import {hasCreditLabel} from '../util/credits.js'
import {lineWords} from '../util/line-text.js'
import {letterKey} from '../util/letter-key.js'
import {wordCount} from '../util/text.js'
import {findTimestamps} from '../util/timestamps.js'
import {isAddress} from './headline-lines.js'

/** A standfirst has at least this many words (words with letters: "11:00 AM PDT" is not prose)… */
const STANDFIRST_MIN_WORDS = 6

/** …or, in a script written without spaces, this many characters. */
const STANDFIRST_MIN_UNSPACED = 20

/** A byline is a short line. */
const BYLINE_MAX_WORDS = 12

/** A line of page metadata joins several parts with bars ("News | Published: 5 hours ago | Written by …"). */
const META_LINE_MIN_BARS = 2

/** A line that holds the headline and little else (this share of its letters) is a copy of it. */
const TITLE_COPY_MIN_SHARE = 0.5

/** What joins the parts of a metadata line or a byline and its desk. */
const PART_SEPARATOR = / [|/] /

/** A role in brackets after a name. */
const BRACKETED = /\([^()]*\)/g

/** A word with a letter in it. */
const LETTER_WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*/gu

/** A character of a script written without spaces. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu

/**
 * Whether a text is prose: enough words with letters, or enough characters
 * of a script written without spaces.
 *
 * @param text
 *   The text.
 * @returns
 *   Whether it is.
 */
export function isProse(text: string): boolean {
  return (text.match(LETTER_WORD)?.length ?? 0) >= STANDFIRST_MIN_WORDS || (text.match(UNSPACED)?.length ?? 0) >= STANDFIRST_MIN_UNSPACED
}

/**
 * Whether an unclaimed line is header material that `extractBylines` or
 * the dateline rules have not claimed (yet): a short "By …" line, a line of
 * page metadata joined by bars.
 *
 * @param line
 *   The line.
 * @returns
 *   Whether it is.
 */
export function isHeaderLine(line: Line): boolean {
  const parts = line.value.split(PART_SEPARATOR)
  if (parts.length > META_LINE_MIN_BARS) return true
  // A byline may name the desk after a slash or a bar ("By A and B / Staff Writers"), and roles in brackets ("By A (photography)").
  return lineWords(line) <= BYLINE_MAX_WORDS && readByline(parts[0]!.replace(BRACKETED, ' ').replace(/\s+/g, ' ').trim()) !== undefined
}

/** A list of tags, categories or places: this many separators at least ("amiga, dogs, floppy, Hunde"; "⋅ Email this post ⋅ Print"). */
const LIST_MIN_SEPARATORS = 3

/** A list's items have at most this many words on average. */
const LIST_ITEM_MAX_WORDS = 3

/**
 * Whether a line with no full stop is page furniture that reads like a
 * standfirst: a meta line with a date or a blog's meta words ("Posted on
 * 28. Juli 2019", "Published: 28 Apr, 2020 CET", "Filed under"), a web address
 * ("via Horizont https://…"), a photo's credit ("Urheber: …", "Foto: …"),
 * or a list of short items (tags, categories, a row of links).
 *
 * @param text
 *   The candidate's text.
 * @returns
 *   Whether it is.
 */
export function isMetaOrList(text: string): boolean {
  if (findTimestamps(text).length > 0 || isAddress(text) || hasCreditLabel(text)) return true
  if (POSTED.test(text)) return true
  const separators = text.match(LIST_SEPARATOR)?.length ?? 0
  return separators >= LIST_MIN_SEPARATORS && wordCount(text) / (separators + 1) <= LIST_ITEM_MAX_WORDS
}

/** A blog's meta words inside a line: "Posted in", "Filed under:", "Erstellt von". */
const POSTED = /(?<!\p{L})(?:posted (?:in|on|by)|filed under|veröffentlicht (?:am|von|in)|erstellt (?:am|von)|publié (?:le|par|dans)|publicado (?:el|por|en))(?!\p{L})/iu

/** What separates the items of a list on one line. */
const LIST_SEPARATOR = /,|[•⋅·|]/gu

/**
 * Whether a text is the headline again (a copy of it with a dateline or a
 * "Title:" label): it holds the headline, which is most of it. A standfirst
 * may quote the headline, never repeat it.
 *
 * @param text
 *   The candidate's text.
 * @param title
 *   The headline (optional).
 * @returns
 *   Whether it does.
 */
export function repeatsTitle(text: string, title: string | undefined): boolean {
  const key = title ? letterKey(title) : ''
  const letters = letterKey(text)
  return key.length > 0 && key.length >= letters.length * TITLE_COPY_MIN_SHARE && letters.includes(key)
}
