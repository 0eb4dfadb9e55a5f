/**
 * A month's calendar widget, as a blog's sidebar shows it: a grid of the
 * days 1 to 28–31 in order, seven to a row at most, under a row of weekday
 * names, with links to the months before and after. Read as a table, or as
 * the lines of a text dump, it is furniture, never content: its cells count
 * the days in order, which no table of data does.
 *
 * @module
 */

/** A month has at least this many days… */
const MONTH_MIN_DAYS = 28

/** …and at most this many. */
const MONTH_MAX_DAYS = 31

/** A week has seven days; a row may hold one cell more (a week number, a blank). */
const ROW_MAX_CELLS = 8

/** A weekday's name ("Mo", "Tue", "Mié") or a link to the next month ("Sep »", "« Feb") is this short. */
const LABEL_MAX_LENGTH = 12

/** Labels beside the days: a row of seven weekday names, links to two months and a caption or two. */
const MAX_LABELS = 12

/** A day of the month, as a cell of the grid shows it. */
const DAY = /^\d{1,2}$/

/**
 * Whether rows of cells are a month's calendar: every day from 1 to at
 * least 28 in order, no other number, and only short labels beside them.
 *
 * @param rows
 *   The text of each cell, row by row.
 * @returns
 *   Whether they are.
 */
export function isCalendarGrid(rows: string[][]): boolean {
  let next = 1
  let labels = 0
  for (const row of rows) {
    if (row.length > ROW_MAX_CELLS) return false
    for (const raw of row) {
      const cell = raw.trim()
      if (!cell) continue
      if (DAY.test(cell)) {
        // A day out of order, or past the longest month, is a table of numbers, not a calendar.
        if (Number(cell) !== next || next > MONTH_MAX_DAYS) return false
        next++
      } else if (cell.length > LABEL_MAX_LENGTH || ++labels > MAX_LABELS) return false
    }
  }
  return next - 1 >= MONTH_MIN_DAYS
}
