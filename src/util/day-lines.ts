/**
 * Day lines: a line that is only a day ("Donnerstag, 18. 7.", "Tuesday 19
 * November", "July 18, 2024"), as news tickers put between the stamps of
 * their posts. The year, when the line leaves it out, is the one that puts
 * the day nearest before the page's own day.
 *
 * @module
 */
import {MONTH, MONTH_NUMBER, WEEKDAYS} from './timestamps.js'

/** An optional weekday, then a space or a comma. */
const WEEKDAY = `(?:(${WEEKDAYS})\\.?,?\\s+)?`

/** The forms of a day line; each reads [day, month, year?] from its match. */
const DAY_FORMS: ReadonlyArray<{pattern: RegExp; read: (match: RegExpExecArray) => [number, number, string | undefined]}> = [
  // "18. 7.", "Donnerstag, 18.7.2024"
  {pattern: new RegExp(`^${WEEKDAY}(\\d{1,2})\\.\\s?(\\d{1,2})\\.(?:\\s?(\\d{4}))?$`, 'iu'), read: (match) => [Number(match[2]), Number(match[3]), match[4]]},
  // "Tuesday 19 November", "18. Juli 2024", "19 de noviembre"
  {
    pattern: new RegExp(`^${WEEKDAY}(\\d{1,2})(?:\\.|st|nd|rd|th|er)?\\s(?:de\\s)?(${MONTH})\\.?(?:,?\\s(?:de\\s)?(\\d{4}))?$`, 'iu'),
    read: (match) => [Number(match[2]), MONTH_NUMBER.get(match[3]!.toLowerCase())!, match[4]]
  },
  // "Tuesday, November 19", "July 18, 2024"
  {
    pattern: new RegExp(`^${WEEKDAY}(${MONTH})\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s(\\d{4}))?$`, 'iu'),
    read: (match) => [Number(match[3]), MONTH_NUMBER.get(match[2]!.toLowerCase())!, match[4]]
  }
]

/** A day line is short. */
const MAX_LENGTH = 40

/** Days after the page's day that a day line without a year may still fall on (a page dated a little early). */
const AHEAD_DAYS = 31

const pad = (value: number) => String(value).padStart(2, '0')

/**
 * Read a line that is only a day.
 *
 * A numeric day ("18. 7.") counts only beside a weekday or a year: alone,
 * two numbers with dots are as likely a score or a chapter.
 *
 * @param line
 *   A cleaned line.
 * @param pageDay
 *   The page's day (`YYYY-MM-DD`), for a line without a year (optional).
 * @returns
 *   The day as `YYYY-MM-DD`, or `undefined`.
 */
export function readDayLine(line: string, pageDay?: string): string | undefined {
  // A colon at the end is cut as `/:$/` would, without the pattern's search for one through each line of the page.
  const trimmed = line.trim()
  const text = trimmed.endsWith(':') ? trimmed.slice(0, -1) : trimmed
  if (text.length > MAX_LENGTH || !/\d/.test(text)) return undefined
  for (const [index, form] of DAY_FORMS.entries()) {
    const match = form.pattern.exec(text)
    if (!match) continue
    const [day, month, year] = form.read(match)
    if (index === 0 && !match[1] && !year) return undefined
    if (month < 1 || month > 12 || day < 1 || day > 31) return undefined
    return withYear(day, month, year, pageDay)
  }
  return undefined
}

/**
 * Give a day its year: its own, else the page's (the year before when that
 * would put the day well after the page's day).
 *
 * @param day
 *   Day of the month.
 * @param month
 *   Month number.
 * @param year
 *   The line's own year (optional).
 * @param pageDay
 *   The page's day (optional).
 * @returns
 *   `YYYY-MM-DD`, or `undefined` when no year is known or the day does not exist.
 */
function withYear(day: number, month: number, year: string | undefined, pageDay: string | undefined): string | undefined {
  let full = year ? Number(year) : pageDay ? Number(pageDay.slice(0, 4)) : undefined
  if (full === undefined) return undefined
  if (!year && pageDay && Date.UTC(full, month - 1, day) - Date.parse(`${pageDay}T00:00:00Z`) > AHEAD_DAYS * 86_400_000) full--
  const date = new Date(Date.UTC(full, month - 1, day))
  // 31 June rolls over to 1 July: not a day.
  if (date.getUTCMonth() !== month - 1) return undefined
  return `${full}-${pad(month)}-${pad(day)}`
}
