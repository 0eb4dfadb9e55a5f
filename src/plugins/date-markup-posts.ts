/**
 * The days of the posts found in markup that show a time of day alone
 * (`<time>19:30</time>`, "Gestern, 23:10 Uhr", no `datetime`):
 *
 * - a day heading between the posts ("Donnerstag, 18. Juli 2024") gives
 *   the day of the posts below it, and is not text;
 * - a relative day before the clock ("Heute", "Gestern", "yesterday",
 *   "hier", "ayer", "ieri") counts from today, a clock without one is today;
 * - else the feed steps a day back (newest first) or forward (oldest first)
 *   where its clock passes midnight.
 *
 * A note of the feed's zone above it ("(all times CET)") gives the zone of
 * the clocks, as it does for ticker stamps.
 *
 * Without day headings, the days are counted from the page's day; when the
 * page's publication time is known and the oldest post would then stand half
 * a day or more before it, the page's day was the feed's first, not its
 * last: the days move forward until the oldest post no longer precedes the
 * publication. A post that shows its own day keeps it; without a page day
 * (from the options or the page), the posts stay as written.
 *
 * Runs after `extractTickerStamps`, whose page day and zone it reads.
 *
 * @module
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Settings} from '../options.js'
import type {Timestamp} from '../schema/article.js'
import type {Line, PostNode, Root} from '../tree.js'
import {readDayLine} from '../util/day-lines.js'
import {midnightOffsets, minutesOf, readRelativeDay, shiftDay} from '../util/feed-days.js'
import {claim, isUnclaimed} from '../util/lines.js'
import {parseTimestamp, type TimestampContext} from '../util/timestamps.js'
import {stampContext} from './extract-ticker-stamps.js'
import {readTrailingZoneNote, readZoneNote} from '../util/zone-notes.js'
import {settingsOf} from '../file-settings.js'

/** A post before the page's publication by more than this is dated a day too early. */
const BEFORE_PUBLICATION_MS = 12 * 3_600_000

/** Most days the feed's days may move forward to follow the publication. */
const MAX_DAY_SHIFT = 7

/**
 * Read a post's written time on a day.
 *
 * @param text
 *   The written time ("19:30", "Gestern, 23:10 Uhr").
 * @param day
 *   `YYYY-MM-DD`.
 * @param context
 *   Zone.
 * @returns
 *   The timestamp, its text as written.
 */
function readOn(text: string, day: string, context: TimestampContext): Timestamp | undefined {
  const clock = readRelativeDay(text)?.clock ?? text
  const timestamp = parseTimestamp(clock, {...context, date: day})
  return timestamp?.date ? {...timestamp, text} : undefined
}

/**
 * The day lines between the posts, and the day each post stands under.
 * They count only when one stands after the first post: a feed divided by
 * days, not the page's own dateline above it.
 *
 * @param tree
 *   The tree.
 * @param context
 *   The page's day (for a day line without a year).
 * @returns
 *   The lines, and each post's day.
 */
function dayHeadings(tree: Root, context: TimestampContext): {lines: Line[]; days: Map<PostNode, string>} {
  const lines: Line[] = []
  const days = new Map<PostNode, string>()
  let pending: {line: Line; day: string} | undefined
  let day: string | undefined
  let afterFirstPost = false
  let divided = false
  for (const child of tree.children) {
    if (child.type === 'post') {
      if (pending) {
        day = pending.day
        lines.push(pending.line)
        divided ||= afterFirstPost
        pending = undefined
      }
      afterFirstPost = true
      if (day) days.set(child, day)
      continue
    }
    for (const line of child.children) {
      if (!isUnclaimed(line) && line.data?.role !== 'dateline') continue
      const found = readDayLine(line.value, context.date)
      if (found) pending = {line, day: found}
    }
  }
  return divided ? {lines, days} : {lines: [], days: new Map()}
}

/**
 * The days of posts without day headings, as offsets from today: the
 * relative days they write, else the midnights their clocks pass.
 *
 * @param posts
 *   Posts with a time of day and no day.
 * @returns
 *   Each post's offset in days.
 */
function dayOffsets(posts: PostNode[]): number[] {
  const relative = posts.map((post) => readRelativeDay(post.data!.published!.text))
  if (relative.some(Boolean)) return relative.map((each) => each?.offset ?? 0)
  return midnightOffsets(posts.map((post) => minutesOf(post.data!.published!.time!)))
}

/**
 * Days forward from the page's day so that the oldest post does not stand
 * half a day or more before the page's publication.
 *
 * @param posts
 *   The posts.
 * @param offsets
 *   Their offsets from the page's day.
 * @param published
 *   The page's publication (optional).
 * @param context
 *   The page's day and zone.
 * @returns
 *   Days to add.
 */
function shiftAfterPublication(posts: PostNode[], offsets: number[], published: Timestamp | undefined, context: TimestampContext): number {
  const start = published?.iso ? Date.parse(published.iso) : Number.NaN
  if (Number.isNaN(start)) return 0
  let shift = 0
  while (shift < MAX_DAY_SHIFT) {
    const instants = posts.map((post, index) => Date.parse(readOn(post.data!.published!.text, shiftDay(context.date!, offsets[index]! + shift), context)?.iso ?? ''))
    const oldest = Math.min(...instants.filter((instant) => !Number.isNaN(instant)))
    if (!Number.isFinite(oldest) || oldest >= start - BEFORE_PUBLICATION_MS) break
    shift++
  }
  return shift
}

/**
 * A note of the feed's zone ("(all times CET)") above the first post: on
 * its own line, or closing the page's dateline.
 *
 * @param tree
 *   The tree.
 * @returns
 *   The line and the zone, if any.
 */
function zoneNoteAbove(tree: Root): {line: Line; zone: string; inDateline?: boolean} | undefined {
  for (const child of tree.children) {
    if (child.type === 'post') return undefined
    for (const line of child.children) {
      const zone = isUnclaimed(line) ? readZoneNote(line.value) : undefined
      if (zone) return {line, zone}
      // The dateline may close with it: "Published 20 November 2024 (all times CET)".
      const trailing = line.data?.role === 'dateline' ? readTrailingZoneNote(line.value) : undefined
      if (trailing) return {line, zone: trailing.zone, inDateline: true}
    }
  }
  return undefined
}

/**
 * unified transformer plugin: the days of the posts found in markup.
 *
 * @param attached
 *   Validated options (`date`, `timeZone`). Those a file carries come first (`settingsOf`).
 * @returns
 *   Transformer.
 */
export function dateMarkupPosts(attached: Pick<Settings, 'date' | 'timeZone'>) {
  return function (tree: Root, file: VFile): void {
    const settings = settingsOf(file, attached)
    const pageContext = stampContext(settings, tree)
    const posts = tree.children.filter((child): child is PostNode => child.type === 'post' && child.data?.published?.time !== undefined && child.data.published.date === undefined)
    if (posts.length === 0) return
    // "(all times CET)" above the feed says the zone of its clocks, more precisely than a default.
    const note = settings.timeZone ? undefined : zoneNoteAbove(tree)
    const context = note ? {...pageContext, timeZone: note.zone} : pageContext
    if (note) {
      if (!note.inDateline) claim(note.line, {role: 'furniture'})
      report(file, 'furniture-dropped', `Zone note \`${note.line.value}\` gives the zone of the posts below it`, note.line, note.line.value)
    }
    const headings = dayHeadings(tree, context)
    for (const line of headings.lines) {
      claim(line, {role: 'dateline'})
      report(file, 'furniture-dropped', `Day line \`${line.value}\` dates the posts below it`, line, line.value)
    }
    const undated = posts.filter((post) => !headings.days.has(post))
    for (const post of posts) {
      const day = headings.days.get(post)
      const timestamp = day ? readOn(post.data!.published!.text, day, context) : undefined
      if (timestamp) post.data!.published = timestamp
    }
    if (undated.length === 0 || !context.date) return
    const offsets = dayOffsets(undated)
    // The page's own publication, not a day the options give: that one is the feed's.
    const shift = settings.date ? 0 : shiftAfterPublication(undated, offsets, tree.data?.published, context)
    undated.forEach((post, index) => {
      const timestamp = readOn(post.data!.published!.text, shiftDay(context.date!, offsets[index]! + shift), context)
      if (timestamp) post.data!.published = timestamp
    })
    const from = shift === 0 ? `the page's day, ${context.date}` : `${shiftDay(context.date, shift)}, ${shift} day(s) after the page's (no post before its publication)`
    report(file, 'post-times-dated', `${undated.length} posts that show a time of day alone dated from ${from}, in the feed's order`, undated[0])
  }
}
