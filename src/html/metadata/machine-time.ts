/**
 * Machine-readable times as pages write them in `datetime` attributes,
 * `<meta>` contents and JSON-LD: ISO 8601 with a space or fractions of a
 * second, the Unix `date` and `Date#toString` forms, RFC 2822, and slashed
 * days whose order shows.
 *
 * @module
 */
import type {Timestamp} from '../../schema/article.js'
import {parseTimestamp, type TimestampContext} from '../../util/timestamps.js'
import {foldWhitespace} from '../hast.js'

/** Fractions of a second, which the timestamp reader does not take. */
const FRACTION = /(\d{2}:\d{2}:\d{2})[.,]\d{1,9}/

/**
 * The Unix `date` form, with the year last ("Mon Aug 03 12:45:00 EDT 2015"),
 * which some CMSs write into `article:published_time`.
 */
const YEAR_LAST = /^((?:[a-z]{3},?\s)?[a-z]{3,9}\.?\s\d{1,2}),?\s(\d{1,2}:\d{2}(?::\d{2})?(?:\s[a-z]{2,5}|\s?[+-]\d{2}:?\d{2})?)\s(\d{4})$/i

/** The zone's name in brackets that JavaScript's `Date#toString` appends ("GMT+0000 (Coordinated Universal Time)"). */
const ZONE_NAME = /(?<=[+-]\d{4})\s\([^()]{1,64}\)$/

/**
 * A machine value in the forms the timestamp reader takes: fractions of a
 * second dropped, the year of a Unix `date` moved before the time, the zone
 * name of JavaScript's `Date#toString` dropped.
 *
 * @param value
 *   The value, trimmed.
 * @returns
 *   The value to read.
 */
function normaliseMachineTime(value: string): string {
  return value.replace(UNPADDED_DAY, padDay).replace(FRACTION, '$1').replace(ZONE_NAME, '').replace(YEAR_LAST, '$1 $3 $2')
}

/** An ISO day whose month or day lacks its leading zero ("2022-5-3T23:57:00"). */
const UNPADDED_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})(?=[T\s]|$)/

/**
 * Pad an ISO day's month and day to two digits.
 *
 * @param _
 *   The match.
 * @param year
 *   Year.
 * @param month
 *   Month.
 * @param day
 *   Day.
 * @returns
 *   The day, padded.
 */
function padDay(_: string, year: string, month: string, day: string): string {
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
}

/** A day written with slashes and the year last: day or month first, as the writer's country has it. */
const SLASHED_DAY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/

/**
 * A machine value's slashed day in the order the timestamp reader takes
 * (day first), or nothing when the order is unknown: `06/13/2019` is month
 * first, `13/06/2019` day first, and `01/10/2017` either.
 *
 * @param value
 *   The value.
 * @returns
 *   The value, its day first, or `''` when the order cannot be told.
 */
function withoutAmbiguousDay(value: string): string {
  const slashed = SLASHED_DAY.exec(value)
  if (!slashed) return value
  const [, first, second, year] = slashed.map(Number) as [number, number, number, number]
  if (first > 12) return value
  if (second <= 12) return ''
  return `${second}/${first}/${year}` + value.slice(slashed[0].length)
}

/**
 * Read a machine-readable date (`2024-06-19T14:20:00.000Z`, `2024-06-19`),
 * or the text of an element that has no machine value.
 *
 * @param value
 *   The attribute or JSON value.
 * @param context
 *   Day and zone to fall back on.
 * @param written
 *   The text the page shows for it (optional), kept as `text`.
 * @returns
 *   The timestamp, or `undefined` when it is not a date.
 */
export function readMachineTime(value: string | undefined, context: TimestampContext, written?: string): Timestamp | undefined {
  if (!value) return undefined
  const normalised = normaliseMachineTime(value.trim().slice(0, 96))
  // A value that is the shown text itself is read as text is, day first; a machine value's slashed day only when its order shows.
  const trimmed = written !== undefined && foldWhitespace(written) === foldWhitespace(value) ? normalised : withoutAmbiguousDay(normalised)
  const timestamp = parseTimestamp(trimmed, context)
  if (!timestamp || isEpochPlaceholder(timestamp)) return undefined
  const text = written ? foldWhitespace(written) : ''
  const time = timestamp.time && text ? asWritten(timestamp.time, text) : timestamp.time
  return {...timestamp, ...(time ? {time} : {}), text: text || value.trim()}
}

/** Half a day, in milliseconds: the widest offset of a zone from UTC, about. */
const HALF_DAY_MS = 14 * 60 * 60 * 1000

/**
 * Whether a machine time is the start of the Unix epoch in some zone
 * (`1970-01-01T01:00:00+01:00`, `1970-01-01`): what a CMS writes for a date
 * it never set (a zero timestamp), not when anything was published.
 *
 * @param timestamp
 *   The timestamp read.
 * @returns
 *   Whether it is.
 */
function isEpochPlaceholder(timestamp: Timestamp): boolean {
  if (timestamp.iso) return Math.abs(Date.parse(timestamp.iso)) <= HALF_DAY_MS
  return timestamp.date === '1970-01-01'
}

/** A written text this long is no time of day (a whole paragraph in a `<time>`). */
const WRITTEN_MAX_LENGTH = 64

/**
 * The machine time at the precision the page writes it: a `<time
 * datetime="…T14:05:00+01:00">` that shows "14:05" has the time `14:05`.
 * Only zero seconds are dropped, so no information is lost (the `iso` keeps
 * them either way).
 *
 * @param time
 *   The machine time, `HH:MM` or `HH:MM:SS`.
 * @param text
 *   The text the page shows, whitespace folded.
 * @returns
 *   The time to report.
 */
function asWritten(time: string, text: string): string {
  if (!time.endsWith(':00') || time.length !== 8 || text.length > WRITTEN_MAX_LENGTH) return time
  const shown = parseTimestamp(text)?.time
  return shown === time.slice(0, 5) ? shown : time
}
