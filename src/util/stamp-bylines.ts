/**
 * Bylines beside a dateline's date, in one line: the names after the date
 * ("Veröffentlicht am 03.02.2022 von Jane Doe") or before it ("Por Jane Doe
 * | 03/05/2022 20:36"), and a site account after it ("11.09.2011, 16:20 von
 * jdoe"), which names no one.
 *
 * @module
 */
import type {Author} from '../schema/article.js'
import {BY_WORDS, BYLINE_MAX_LENGTH, creditsWriters, readByline, withoutEmail, withoutRowEnd, withoutTrailingStamp} from './bylines.js'
import {isPersonName} from './names.js'
import {withoutRowTail} from './row-tails.js'
import {findTimestamps} from './timestamps.js'

/** What may stand between a dateline's stamp and the byline after it: "03.02.2022 von Jane Doe", "14:08 Uhr | by Jane Doe". */
const STAMP_TO_BYLINE = /^[\s|•·,;–—-]*/u

/**
 * The authors of a byline printed after a dateline's date, in one line
 * ("Veröffentlicht am 03.02.2022 von Jane Doe", "Posted on 3 May 2024 by
 * Jane Doe"): the date is the dateline's, the rest a byline.
 *
 * @param text
 *   A dateline.
 * @returns
 *   The authors of its byline, if one ends it.
 */
export function bylineAfterStamp(text: string): Author[] | undefined {
  if (text.length > BYLINE_MAX_LENGTH) return undefined
  const last = findTimestamps(text).at(-1)
  if (!last) return undefined
  const rest = text.slice(last.index + last.length).replace(STAMP_TO_BYLINE, '')
  return rest ? readByline(rest) : undefined
}

/** A site account: one token of letters, digits and the marks of user names ("jdoe", "admin_2", "J.Doe", "t-online"). */
const ACCOUNT = String.raw`[\p{L}\p{N}._-]{2,40}`

/** What separates the accounts of a list: a comma or a slash. */
const ACCOUNT_SEPARATOR = String.raw`\s?[,/]\s?`

/** `ACCOUNT_SEPARATOR`, to split a list of accounts. */
const ACCOUNT_SPLIT = new RegExp(ACCOUNT_SEPARATOR, 'u')

/**
 * Whether a dateline's date is followed, with no "by", by the writers the
 * metadata names ("28. Jan. 2022 Jane Doe": a date and a name in two
 * elements, the space between them all that is left of the markup). The
 * metadata's names make it a byline: a capitalised pair of words after a
 * date may as well be an event's place ("3 May 2024 Town Hall").
 *
 * @param text
 *   A dateline.
 * @param writers
 *   The writers the page's metadata names (optional).
 * @returns
 *   Whether they follow its last date.
 */
export function writersAfterStamp(text: string, writers: Author[] | undefined): boolean {
  if (!writers?.length || text.length > BYLINE_MAX_LENGTH) return false
  const last = findTimestamps(text).at(-1)
  if (!last) return false
  const rest = text.slice(last.index + last.length).replace(STAMP_TO_BYLINE, '')
  return rest.length > 0 && creditsWriters(rest, writers)
}

/** Site accounts after "by": one, or up to three in a list ("von t-online, jse": the site and an editor's sign). */
const ACCOUNT_BYLINE = new RegExp(`^${BY_WORDS}:?\\s+(${ACCOUNT}(?:${ACCOUNT_SEPARATOR}${ACCOUNT}){0,2})$`, 'iu')

/**
 * Whether a dateline's date is followed by "by" and an account that is no
 * person's name ("11.09.2011, 16:20 von jdoe", "Posted on 3 May 2024 by
 * admin"): the date is the dateline's all the same, and the account names
 * no author.
 *
 * @param text
 *   A dateline.
 * @returns
 *   Whether it is.
 */
export function accountAfterStamp(text: string): boolean {
  if (text.length > BYLINE_MAX_LENGTH) return false
  const last = findTimestamps(text).at(-1)
  if (!last) return false
  return ACCOUNT_BYLINE.test(text.slice(last.index + last.length).replace(STAMP_TO_BYLINE, ''))
}

/**
 * The accounts a byline of site accounts or desks names: one word that is
 * no person's name, or a short list of them ("von jdoe |", "By Newsdesk",
 * "von t-online, jse" → "t-online", "jse"). Such a byline credits no writer,
 * and is no body text either.
 *
 * @param text
 *   A line.
 * @returns
 *   The accounts, if the line is such a byline.
 */
export function accountsOf(text: string): string[] | undefined {
  if (text.length > ACCOUNT_LINE_MAX_LENGTH) return undefined
  return ACCOUNT_BYLINE.exec(withoutRowEnd(text.trim()))?.[1]!.split(ACCOUNT_SPLIT)
}

/**
 * Whether a dateline's date follows "by" and an account that is no
 * person's name ("von jdoe | 6. November 2023", "Von Jane / 6. November
 * 2023 / Keine Kommentare"): the date is the dateline's all the same, and
 * the account names no author.
 *
 * @param text
 *   A dateline.
 * @returns
 *   Whether it does.
 */
export function accountBeforeStamp(text: string): boolean {
  const line = withoutRowTail(text)
  if (line.length > BYLINE_MAX_LENGTH) return false
  const names = withoutTrailingStamp(line)
  return names !== line && accountsOf(names) !== undefined
}

/** A byline of one account is short. */
const ACCOUNT_LINE_MAX_LENGTH = 60

/**
 * The authors of a byline printed before a dateline's date, in one line
 * ("Por Jane Doe | 03/05/2022 20:36", "Jane Doe 3/5/2022 22:41"): a "By"
 * line, or a person's name alone (perhaps with their e-mail address), with
 * the date after it.
 *
 * @param text
 *   A line.
 * @returns
 *   The authors, if a byline opens the line and a date closes it.
 */
export function bylineBeforeStamp(text: string): Author[] | undefined {
  // A reading time or a count of comments may close the line ("By Jane Doe Mar 4, 2024 5 min read").
  const line = withoutRowTail(text)
  if (line.length > BYLINE_MAX_LENGTH) return undefined
  const names = withoutTrailingStamp(line)
  if (names === line) return undefined
  // The writer's e-mail address may stand between the name and the date ("Jane Doe jane.doe@example.com | 22 abril, 2022").
  const name = withoutEmail(names)
  return readByline(line) ?? (isPersonName(name) ? [{name}] : undefined)
}
