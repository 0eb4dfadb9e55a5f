/**
 * The time of a live-blog post in markup: where it is shown (a `<time>`, a
 * `datetime`, a data attribute, a time-classed element), and what a group's
 * times say of it (a clock shown, not only a day; posts days apart, not
 * years). Read by `findLivePosts`.
 *
 * @module
 */
import type {Element} from 'hast'
import type {PostData} from '../tree.js'
import {isTimeOnly, parseTimestamp, type TimestampContext} from '../util/timestamps.js'
import {attribute, findElement, foldWhitespace, hintWords, textContent} from './hast.js'
import {readMachineTime} from './metadata/times.js'
import {readRelativeDay} from '../util/feed-days.js'
import {readCuedTime} from '../util/cued-time.js'
import {TIME_WORDS} from './class-words.js'
import {epochAsIso} from '../util/epoch.js'

/**
 * The element that gives a post's time, and the time read from it.
 *
 * @param post
 *   The post container.
 * @param context
 *   Day and zone of the page.
 * @returns
 *   The element and timestamp, if any.
 */
export function readPostTime(post: Element, pageContext: TimestampContext): {element: Element; timestamp: NonNullable<PostData['published']>; shown?: boolean} | undefined {
  // A time of day written alone (or after its cue: "Publié à 14h20", "Updated 9:41am") takes no day here: the feed's order gives it one (`dateMarkupPosts`),
  // stepping over midnight and day headings, which the page's day alone would not.
  const zoneOnly: TimestampContext = pageContext.timeZone ? {timeZone: pageContext.timeZone} : {}
  const context = pageContext
  const readWritten = (written: string) => parseTimestamp(written, isTimeOnly(written) ? zoneOnly : context)
  const time = findElement(post, (element) => element.tagName === 'time' || attribute(element, 'datetime') !== undefined)
  if (time) {
    const written = withoutAge(foldWhitespace(textContent(time)))
    const timestamp = readMachineTime(attribute(time, 'datetime'), context, written) ?? (written ? readWritten(written) : undefined)
    if (timestamp) return {element: time, timestamp}
  }
  const attributed = attributeTime(post) ? post : findElement(post, (element) => attributeTime(element) !== undefined)
  if (attributed) {
    const timestamp = readMachineTime(attributeTime(attributed), context)
    // The element is the time shown only when it holds no more than a time's text.
    const shown = attributed !== post && foldWhitespace(textContent(attributed)).length <= 40
    if (timestamp) return {element: attributed, timestamp, shown}
  }
  const classed = findElement(post, (element) => hintWords(element).some((word) => TIME_WORDS.has(word)) && foldWhitespace(textContent(element)).length <= 40)
  const written = classed ? withoutAge(foldWhitespace(textContent(classed))) : ''
  const timestamp = classed && (isTimeOnly(written) || /\d/.test(written)) ? (readWritten(written) ?? relativeTime(written, context) ?? readCuedTime(written, zoneOnly)?.timestamp) : undefined
  if (classed && timestamp) return {element: classed, timestamp}
  // Else an element that holds a time of day and nothing else ("<a href=#post-3>9.41am</a>", a permalink):
  // the stamp, whatever its class. Prose never stands alone as a clock.
  // Not a table's cell: a timetable's rows ("8:10 AM | Leaves home") are no posts.
  const bare = TABLE_TAGS.has(post.tagName) ? undefined : findElement(post, (element) => BARE_STAMP_TAGS.has(element.tagName) && element.children.length === 1 && element.children[0]!.type === 'text' && isTimeOnly(foldWhitespace(textContent(element))))
  const bareTime = bare ? readWritten(foldWhitespace(textContent(bare))) : undefined
  return bare && bareTime ? {element: bare, timestamp: bareTime} : undefined
}

/** Elements a stamp without a class stands in: a permalink, a span, a line or a heading of its own. */
const BARE_STAMP_TAGS = new Set(['a', 'span', 'p', 'div', 'strong', 'b', 'em', 'small', 'h2', 'h3', 'h4', 'h5', 'h6'])

/** The parts of a table, whose rows are a schedule's, not a feed's. */
const TABLE_TAGS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th'])

/**
 * A clock after a relative day ("Gestern, 23:10 Uhr"): the time of day
 * only, its text as written; the day is the feed's to give (`dateMarkupPosts`).
 *
 * @param written
 *   The written time.
 * @param context
 *   Zone (the page's day is not the post's).
 * @returns
 *   The timestamp, or `undefined`.
 */
function relativeTime(written: string, context: TimestampContext): NonNullable<PostData['published']> | undefined {
  const relative = readRelativeDay(written)
  if (!relative || !isTimeOnly(relative.clock)) return undefined
  const zone: TimestampContext = context.timeZone ? {timeZone: context.timeZone} : {}
  const timestamp = parseTimestamp(relative.clock, zone)
  return timestamp ? {...timestamp, text: written} : undefined
}

/** Attributes in which feeds keep a post's time (`data-post-time`…, as hast properties): an ISO instant, or epoch seconds or milliseconds. */
const TIME_PROPERTIES = ['dataPostTime', 'dataTime', 'dataTimestamp', 'dataPublished', 'dataPublishTime', 'dataDatetime', 'dataDate', 'dataUtime']

/**
 * The machine time a post keeps in a data attribute, as an ISO instant.
 *
 * @param element
 *   An element of the post (or the post).
 * @returns
 *   The instant, or `undefined`.
 */
function attributeTime(element: Element): string | undefined {
  for (const name of TIME_PROPERTIES) {
    const raw = element.properties[name]
    // Most elements have none of them: one property read each, no lookup.
    if (raw === undefined || raw === null) continue
    const value = String(raw).trim()
    if (!value) continue
    const epoch = epochAsIso(value)
    if (epoch) return epoch
    if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(value)) return value
  }
  return undefined
}

/**
 * An age glued before the clock ("21 mins ago11:48", "vor 5 Min. 11:48",
 * "il y a 5 min 11:48"): the clock is the time; the age changes by the minute.
 */
const RELATIVE_AGE = /^(?:\d+\s?(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\.?\s?ago|vor\s\d+\s?(?:sek|sekunden|min|minuten|std|stunden?|tagen?)\.?|il y a\s\d+\s?(?:s|sec|min|minutes?|h|heures?|jours?))\s*/iu

/** A post's written time without an age before it. */
function withoutAge(written: string): string {
  return written.replace(RELATIVE_AGE, '')
}

/** An age the page shows instead of a clock ("5 mins ago", "vor 2 Std.", "il y a 3 h"). */
const SHOWN_AGE = /\b(?:ago|vor|il y a|hace|fa)\b|\d\s?(?:min|mins|minutes?|h|hrs?|hours?|std|stunden?)\b/iu

/**
 * Whether a post's time, as the page shows it, tells the time of day (or
 * an age): a feed whose items show only their day ("10/18/2020") is a list
 * of dated teasers, whatever time their `datetime` keeps.
 *
 * @param shown
 *   The written time (or the machine value when nothing is written).
 * @returns
 *   Whether it shows a clock.
 */
export function showsClock(shown: string): boolean {
  return parseTimestamp(shown)?.time !== undefined || SHOWN_AGE.test(shown) || readRelativeDay(shown) !== undefined
}

/** Mean days between posts above which a group is answers or comments collected over months, not a live feed. */
const MAX_MEAN_GAP_DAYS = 7

/**
 * Whether posts lie far apart in time: the answers of a Q&A page or the
 * comments of years, not a live feed (a feed running for weeks shows its
 * latest days).
 *
 * @param times
 *   The posts' times.
 * @returns
 *   Whether their mean gap exceeds a week.
 */
export function spreadOverMonths(times: Array<NonNullable<PostData['published']> | undefined>): boolean {
  // The day is enough to tell weeks apart: a time without a zone counts by its day.
  const instants = times.map((time) => Date.parse(time?.iso ?? time?.date ?? '')).filter((value) => !Number.isNaN(value))
  if (instants.length < 2) return false
  let earliest = instants[0]!
  let latest = instants[0]!
  // A loop, not Math.max(...): a feed of 100,000 posts would overflow the stack as arguments.
  for (const instant of instants) {
    earliest = Math.min(earliest, instant)
    latest = Math.max(latest, instant)
  }
  const span = latest - earliest
  return span / (instants.length - 1) > MAX_MEAN_GAP_DAYS * 86_400_000
}
