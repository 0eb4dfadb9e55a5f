/**
 * Read the page's datelines and the time stamps that open live-blog posts.
 *
 * - A line near the top made only of timestamps and their cue words ("First
 *   published on", "Updated") is a dateline: it gives `published` and
 *   `updated` (a lone stamp is `published`; the two are never swapped).
 * - A line anywhere that is only a time of day (`09:12:05`, `9.41am`) is a
 *   post stamp, resolved with the day and zone of the `date` / `timeZone`
 *   options, else of the page's dateline.
 * - A header line that is a cue and a time of day only ("Last updated:
 *   13:20 BST") is the page's update (or publication) time on that same day.
 *
 * @module
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Settings} from '../options.js'
import type {Timestamp} from '../schema/article.js'
import type {Line, Root} from '../tree.js'
import {chooseInstant} from '../util/choose-instant.js'
import {readTrailingZoneNote} from '../util/zone-notes.js'
import {allLines, claim, isUnclaimed} from '../util/lines.js'
import {readCuedTime} from '../util/cued-time.js'
import {findTimestamps, isTimeOnly, outsideStamps, parseTimestamp, type FoundTimestamp, type TimestampContext} from '../util/timestamps.js'
import {pageZoneOf} from '../util/page-zone.js'
import {wordCount} from '../util/text.js'
import {namesAgency} from '../util/credits.js'
import {accountAfterStamp, accountBeforeStamp, bylineAfterStamp, bylineBeforeStamp, writersAfterStamp} from '../util/stamp-bylines.js'
import {withoutRowTail} from '../util/row-tails.js'
import {settingsOf} from '../file-settings.js'

/** Datelines sit in the header: within this many content lines of the top. */
const HEADER_LINES = 16


/**
 * Whether what is left of a line once its stamps are cut out is only cue
 * words and punctuation.
 *
 * @param line
 *   The line.
 * @param found
 *   The stamps in it.
 * @returns
 *   `true` for a dateline.
 */
function isOnlyDatelines(line: string, found: FoundTimestamp[]): boolean {
  return wordCount(outsideStamps(line, found)) === 0
}

/** A place, a desk or an agency before the date ("Kiel, 4. März 2024", "Wien - Mittwoch, …", "dpa am 04.03.2024", "Redaktion 4. März 2024"). */
const PLACE_BEFORE = /^\s*([\p{L}][\p{L}.'-]{1,30})\s*(,|-|–|—|am|le|el)?\s*$/u

/** A section after the date ("Mittwoch, 6. März 2024 - Handel"), or an editor's initials ("04.03.2024 18:36 / ab"). */
const SECTION_AFTER = /^\s*(?:-|–|—|\||\/)\s*(?:\p{Lu}[\p{L}-]{1,30}|\p{Ll}{2,4})\s*$/u

/** A newsroom's desk, which may stand before the date with no separator ("Redaktion 4. März 2024 09:15"). */
const DESK_WORDS = new Set(['redaktion', 'redaction', 'rédaction', 'redacción', 'redazione', 'redactie', 'newsdesk', 'staff'])

/**
 * Whether a line is a dateline with one word more: a place, a desk or an
 * agency before the date (capitalised, or an agency's name: "Kiel, 4.
 * März 2024", "dpa am 04.03.2024"; a desk or an agency needs no separator:
 * "Redaktion 4. März 2024"), or a section or an editor's initials after
 * it ("…, 6. März 2024 - Handel", "… 18:36 / sk"). A label and a colon ("Termin: 28.02.2020") say
 * what the date is of, and are no dateline.
 *
 * @param line
 *   The line (a byline blanked).
 * @param found
 *   Its stamps.
 * @returns
 *   Whether it is.
 */
function isPlacedDateline(line: string, found: FoundTimestamp[]): boolean {
  if (wordCount(outsideStamps(line, found)) !== 1) return false
  const first = found[0]!
  const last = found.at(-1)!
  const before = PLACE_BEFORE.exec(line.slice(0, first.index))
  // Nothing after the last date but a bracket that closes it ("AFP 30 avril 2015 à 07:19 (Mis à jour : … 07:38)").
  if (before && /^[\s)\]]*$/u.test(line.slice(last.index + last.length))) {
    const word = before[1]!
    // Without a separator, only a desk or an agency: "Meeting 31. März" is no dateline.
    if (!before[2]) return DESK_WORDS.has(word.toLowerCase()) || namesAgency(word)
    return /^\p{Lu}/u.test(word) || namesAgency(word)
  }
  // Before the date, nothing but cue words ("Erstellt am:").
  return wordCount(outsideStamps(line.slice(0, first.index), [])) === 0 && SECTION_AFTER.test(line.slice(last.index + last.length))
}

/**
 * Sort the stamps of a dateline into published and updated.
 *
 * @param found
 *   Stamps in order.
 * @returns
 *   Published and updated, each optional.
 */
function sortStamps(found: FoundTimestamp[]): {published?: Timestamp; updated?: Timestamp} {
  const published = found.find((stamp) => stamp.kind === 'published')
  const updated = found.find((stamp) => stamp.kind === 'updated')
  const unlabelled = found.filter((stamp) => stamp.kind === undefined)
  const result: {published?: Timestamp; updated?: Timestamp} = {}
  // Unlabelled stamps: the one beside a labelled "published" is the update; alone, or before a labelled update
  // ("30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)"), it is the publication.
  const first = published ?? unlabelled.find((stamp) => !updated || stamp.index < updated.index)
  if (first) result.published = first.timestamp
  const second = updated ?? unlabelled.find((stamp) => stamp !== first)
  if (second && second.timestamp !== result.published) result.updated = second.timestamp
  return result
}

/**
 * unified transformer plugin: read datelines and post stamps.
 *
 * @param attached
 *   Validated options (`date`, `timeZone`). Those a file carries come first (`settingsOf`).
 * @returns
 *   Transformer.
 */
export function extractDatelines(attached: Pick<Settings, 'date' | 'timeZone'>) {
  return function (tree: Root, file: VFile): void {
    const settings = settingsOf(file, attached)
    const data = (tree.data ??= {})
    const context: TimestampContext = {}
    if (settings.date) context.date = settings.date
    if (settings.timeZone) context.timeZone = settings.timeZone
    // A dateline without a zone is read in the zone of the page's other times (its metadata), if they have one.
    const metadataZone = pageZoneOf([data.published, data.updated])
    if (!context.timeZone && metadataZone) context.timeZone = metadataZone
    const all = allLines(tree)
    // The header's content lines, and the datelines the front end marked (a date-classed element) without reading them.
    all.filter((line) => isUnclaimed(line) || isUnreadDateline(line)).slice(0, HEADER_LINES).forEach((line) => readDateline(line, context, data, file))
    // A date-classed element below the body ("Créé: 12.12.2019, 07h36" closing the article) is the article's when the header gave
    // no date and it is the page's only one: several are the dates of comments or teasers.
    const marked = data.published ? [] : all.filter(isUnreadDateline)
    if (marked.length === 1) readDateline(marked[0]!, context, data, file)
    for (const line of linesOutsidePosts(tree).slice(HEADER_LINES)) readCuedDatelineBelow(line, context, data, file)
    const lines = all.filter(isUnclaimed)
    // Post stamps take the page's day and zone when the options do not give them.
    const pageDay = data.published?.date ?? data.updated?.date
    const pageZone = pageZoneOf([data.published, data.updated])
    const postContext: TimestampContext = {...context}
    if (!postContext.date && pageDay) postContext.date = pageDay
    if (!postContext.timeZone && pageZone) postContext.timeZone = pageZone
    const stamps: Line[] = []
    for (const line of lines) {
      // A time in a table is a schedule's, not a post's.
      if (!isUnclaimed(line) || line.data?.hint?.tableCell || !isTimeOnly(line.value)) continue
      const timestamp = parseTimestamp(line.value, postContext)
      if (!timestamp) continue
      claim(line, {role: 'post-time', timestamp})
      stamps.push(line)
      if (!timestamp.iso) {
        report(file, 'timestamp-ambiguous', `Unexpected \`${line.value}\` without a ${timestamp.date ? 'zone' : 'date'}, expected a full timestamp`, line, line.value)
      }
    }
    if (stamps.length === 1) readLoneStamp(stamps[0]!, lines, data, file)
    // After the post stamps: the header ends at the first.
    for (const line of headerLines(tree)) readCuedDateline(line, postContext, data)
  }
}

/** A line of at least this many words is body prose: a stamp after it is in the body. */
const PROSE_MIN_WORDS = 12

/**
 * Read the only time stamp of a page ("14:05 BST" alone on its line) when
 * it stands in the header, before any prose: one stamp opens no feed, it is
 * the article's dateline. It gives the publication time when the day is
 * known (from the options or the page) and nothing gave one yet; a time
 * without a day is left out, and said.
 *
 * @param stamp
 *   The stamp's line.
 * @param lines
 *   The lines that were content when stamps were read.
 * @param data
 *   Where page facts go.
 * @param file
 *   The file.
 */
function readLoneStamp(stamp: Line, lines: Line[], data: NonNullable<Root['data']>, file: VFile): void {
  for (const line of lines) {
    if (line === stamp) break
    if (isUnclaimed(line) && line.value.split(' ').length >= PROSE_MIN_WORDS) return
  }
  const timestamp = stamp.data!.timestamp!
  claim(stamp, {role: 'dateline', timestamp})
  if (!timestamp.date) {
    report(file, 'timestamp-ambiguous', `Unexpected dateline \`${stamp.value}\` without a day, left out of \`published\``, stamp, stamp.value)
  } else if (!data.published) {
    data.published = timestamp
  }
}

/**
 * Whether a line is a dateline the front end marked by its element's class,
 * whose stamps nobody has read yet.
 *
 * @param line
 *   The line.
 * @returns
 *   Whether it is.
 */
function isUnreadDateline(line: Line): boolean {
  return line.data?.role === 'dateline' && !line.data.timestamp
}

/** Roles that end the header: the feed or the body has begun. */
const HEADER_END_ROLES = new Set(['post-time', 'post-footer', 'post-title'])

/**
 * The header's lines that may be datelines: content, or the datelines the
 * front end marked (a date-classed element), whose stamps it did not read;
 * up to the first post (or post stamp or footer), at most `HEADER_LINES`.
 *
 * @param tree
 *   The tree.
 * @returns
 *   The header lines.
 */
function headerLines(tree: Root): Line[] {
  const header: Line[] = []
  for (const child of tree.children) {
    if (child.type === 'post') break
    for (const line of child.children) {
      const role = line.data?.role
      if (header.length >= HEADER_LINES || (role && HEADER_END_ROLES.has(role))) return header
      if (role === undefined || isUnreadDateline(line)) header.push(line)
    }
  }
  return header
}

/**
 * Read a header line that is a cue and a time of day only ("Last updated:
 * 13:20 BST"): on the page's day, it is the page's update (or publication)
 * time, when nothing gave that yet.
 *
 * @param line
 *   The line.
 * @param context
 *   The page's day and zone.
 * @param data
 *   Where page facts go.
 */
function readCuedDateline(line: Line, context: TimestampContext, data: NonNullable<Root['data']>): void {
  if (line.value.length > CUED_MAX_LENGTH) return
  const found = readCuedTime(line.value, context)
  if (!found?.timestamp.date || data[found.kind]?.time) return
  claim(line, {role: 'dateline', timestamp: found.timestamp})
  data[found.kind] = found.timestamp
}

/** A cue and a time ("Zuletzt aktualisiert am 13:20 Uhr MESZ") fit in this many characters. */
const CUED_MAX_LENGTH = 48

/**
 * The lines outside live-blog posts, in order: a post's "Updated …" is the
 * post's, never the page's.
 *
 * @param tree
 *   The tree.
 * @returns
 *   The lines.
 */
function linesOutsidePosts(tree: Root): Line[] {
  const lines: Line[] = []
  for (const child of tree.children) if (child.type !== 'post') for (const line of child.children) lines.push(line)
  return lines
}

/** A dateline below the header is short: a cue and a date ("Aktualisiert am 17.01.2021."). */
const BELOW_DATELINE_MAX_LENGTH = 80

/**
 * Read a line below the header that is a cue and a date and nothing else
 * ("Aktualisiert am 17.01.2021.", "Published: 3 May 2024"): it is the
 * page's dateline printed at the foot of the article, never body text. It
 * gives what the header did not (the publication, or the update); what the
 * header gave stays.
 *
 * @param line
 *   A line below the header.
 * @param context
 *   Day and zone from the options.
 * @param data
 *   Where page facts go.
 * @param file
 *   The file.
 */
function readCuedDatelineBelow(line: Line, context: TimestampContext, data: NonNullable<Root['data']>, file: VFile): void {
  if (!isUnclaimed(line) || line.value.length > BELOW_DATELINE_MAX_LENGTH) return
  const found = findTimestamps(line.value, context).filter((stamp) => stamp.timestamp.date)
  if (found.length === 0 || !found.every((stamp) => stamp.kind) || !isOnlyDatelines(line.value, found)) return
  const {published, updated} = sortStamps(found)
  claim(line, {role: 'dateline'})
  report(file, 'metadata-found', `Dateline below the article, out of the body`, line, line.value)
  if (published && !data.published) data.published = published
  if (updated && !data.updated) data.updated = updated
}

/** The longest line read as a dateline ("By …, published …, updated …" fits). */
const DATELINE_MAX_LENGTH = 200

/**
 * Read one header line as a dateline, if it is one.
 *
 * @param line
 *   The line.
 * @param context
 *   Day and zone from the options.
 * @param data
 *   Where page facts go.
 */
function readDateline(line: Line, context: TimestampContext, data: NonNullable<Root['data']>, file: VFile): void {
  // A dateline is a few stamps and their labels: a paragraph is not one, whatever dates it holds.
  if (!(isUnclaimed(line) || isUnreadDateline(line)) || line.value.length > DATELINE_MAX_LENGTH || isTimeOnly(line.value)) return
  const found = findTimestamps(line.value, context).filter((stamp) => stamp.timestamp.date)
  if (found.length === 0) return
  // "Veröffentlicht am 03.02.2022 von Jane Doe", "Por Jane Doe | 03/05/2022 20:36": a dateline that a byline closes
  // or opens (`extractBylines` reads its names); or an account ("… von jdoe"), which names no one; or, with no "by", the writers the metadata names. The byline is blanked, not cut, so that the stamps keep their places.
  const last = found.at(-1)!
  const dated = bylineAfterStamp(line.value) || accountAfterStamp(line.value) || writersAfterStamp(line.value, data.authors) ? line.value.slice(0, last.index + last.length) : bylineBeforeStamp(line.value) || accountBeforeStamp(line.value) ? ' '.repeat(found[0]!.index) + line.value.slice(found[0]!.index) : line.value
  // A reading time or a count of comments may close the dateline ("06.01.2026, Lesezeit 5 Min.", "… / 3 Kommentare").
  // And a note of the feed's zone ("20 November 2024 (all times CET)"), which the feed's posts read.
  const bare = withoutZoneNote(withoutRowTail(dated))
  if (!isOnlyDatelines(bare, found) && !isPlacedDateline(bare, found)) return
  const {published, updated} = sortStamps(found)
  claim(line, {role: 'dateline'})
  if (published) data.published = withVisible(data.published, published, line, file)
  if (updated && !data.updated) data.updated = updated
}

/**
 * A line without the note of a feed's zone that closes it, blanked so that
 * its stamps keep their places.
 *
 * @param value
 *   A line.
 * @returns
 *   The line.
 */
function withoutZoneNote(value: string): string {
  const note = readTrailingZoneNote(value)
  return note ? value.slice(0, note.index) + ' '.repeat(value.length - note.index) : value
}

/**
 * The publication time once the visible dateline is read: the first
 * dateline's time when nothing gave one; else the metadata's, unless the
 * dateline says the same day more precisely (see `chooseInstant`), which is
 * said. A dateline that disagrees does not judge the metadata: a date near
 * the top of the text may be an update, a member's, an event's.
 *
 * @param current
 *   The publication time so far (from metadata or an earlier dateline; optional).
 * @param shown
 *   The dateline's publication time.
 * @param line
 *   The dateline.
 * @param file
 *   For the `instant-chosen` message.
 * @returns
 *   The publication time.
 */
function withVisible(current: Timestamp | undefined, shown: Timestamp, line: Line, file: VFile): Timestamp {
  if (!current) return shown
  const choice = chooseInstant([{value: current, source: 'metadata'}, {value: shown, source: 'dateline'}])
  if (choice?.reason) report(file, 'instant-chosen', `Publication time from ${choice.reason}`, line, line.value)
  return choice?.chosen.value ?? current
}
