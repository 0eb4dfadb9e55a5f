/**
 * The days of a feed's posts when each shows only a time of day: a day back
 * (newest first) or forward (oldest first) where the clock passes midnight
 * in the feed's order, and the relative days some feeds write before the
 * clock ("Heute, 00:40 Uhr", "Gestern, 23:10", "Yesterday at 11.05pm",
 * "hier à 23h10", "ayer, 23:10", "ieri alle 23:10"). Shared by the ticker
 * stamps (`extractTickerStamps`) and the posts found in markup
 * (`dateMarkupPosts`).
 *
 * @module
 */

/** A gap of more than this between a stamp and the one above it, against the feed's order, is a midnight passed. */
export const MIDNIGHT_GAP_MINUTES = 12 * 60

/**
 * Minutes since midnight of a stamp's wall time.
 *
 * @param time
 *   `HH:MM` (seconds ignored).
 * @returns
 *   The minutes.
 */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number]
  return hours * 60 + minutes
}

/**
 * The day of each stamp of a feed, in days from the first one's: a day back
 * (newest first) or forward (oldest first) each time the clock jumps
 * against the feed's order by more than half a day.
 *
 * @param minutes
 *   Each stamp's minutes since midnight, in page order.
 * @returns
 *   Each stamp's offset in days.
 */
export function midnightOffsets(minutes: number[]): number[] {
  let falling = 0
  let rising = 0
  for (let index = 1; index < minutes.length; index++) {
    if (minutes[index]! < minutes[index - 1]!) falling++
    else if (minutes[index]! > minutes[index - 1]!) rising++
  }
  const step = falling >= rising ? -1 : 1
  const offsets = [0]
  for (let index = 1; index < minutes.length; index++) {
    // Newest first, the clock should fall: a rise of half a day is the evening before.
    const delta = minutes[index]! - minutes[index - 1]!
    offsets.push(offsets[index - 1]! + ((step === -1 ? delta : -delta) > MIDNIGHT_GAP_MINUTES ? step : 0))
  }
  return offsets
}

/**
 * A day moved by some days.
 *
 * @param day
 *   `YYYY-MM-DD`.
 * @param days
 *   Days to add (negative: back).
 * @returns
 *   The day.
 */
export function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

/** Relative day words, folded, and their offset from today. */
const RELATIVE_DAYS = new Map<string, number>([
  ['heute', 0], ['today', 0], ["aujourd'hui", 0], ['hoy', 0], ['oggi', 0], ['vandaag', 0],
  ['gestern', -1], ['yesterday', -1], ['hier', -1], ['ayer', -1], ['ieri', -1], ['gisteren', -1],
  ['vorgestern', -2]
])

/**
 * A relative day, then a comma or a word for "at", then the rest. The day
 * word is letters and an apostrophe; each part is separated once: linear.
 */
const RELATIVE_DAY = /^([\p{L}']+),?\s(?:(?:um|at|à|a las|alle|om)\s)?(\S.*)$/u

/**
 * Read a relative day before a clock ("Gestern, 23:10 Uhr").
 *
 * @param text
 *   The written time.
 * @returns
 *   The day's offset from today and the clock's text, or `undefined`.
 */
export function readRelativeDay(text: string): {offset: number; clock: string} | undefined {
  const match = RELATIVE_DAY.exec(text.trim())
  const offset = match ? RELATIVE_DAYS.get(match[1]!.toLowerCase().replace('’', "'")) : undefined
  return offset === undefined ? undefined : {offset, clock: match![2]!}
}
