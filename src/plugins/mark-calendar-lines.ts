/**
 * Mark a month's calendar widget `furniture` where it arrives as lines: in
 * a text dump ("M T W T F S S", "1 2 3 4 5 6", "7 8 9 10 11 12 13", …) or
 * from HTML that draws it without a table. (A `<table>` calendar is dropped
 * as the page is read, see `hast-to-lines.ts`.) The rows of days, the row of
 * weekday names and the month's caption above them, and the links to the
 * months around them below, go together.
 *
 * @module
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Line, Root} from '../tree.js'
import {allLines, claim, isUnclaimed} from '../util/lines.js'
import {isCalendarGrid} from '../util/calendar-grid.js'

/** A row of the grid is short: seven cells of a few characters. */
const ROW_MAX_LENGTH = 80

/** Cells of a row: split at tabs, table bars or spaces. */
const CELL_SEPARATOR = /[\s|]+/u

/** A day of the month. */
const DAY = /^\d{1,2}$/

/** Above the first row of days: the weekday names and the month's caption. */
const LINES_ABOVE = 2

/** Below the last row of days: the links to the months before and after. */
const LINES_BELOW = 1

/**
 * The cells of a line, if it is short enough to be a row of the grid.
 *
 * @param line
 *   The line.
 * @returns
 *   Its cells, or `undefined`.
 */
function cellsOf(line: Line): string[] | undefined {
  const text = line.value.trim()
  return text.length > 0 && text.length <= ROW_MAX_LENGTH ? text.split(CELL_SEPARATOR) : undefined
}

/**
 * Whether a line is a row of days: every cell a day's number.
 *
 * @param line
 *   The line.
 * @returns
 *   Whether it is.
 */
function isDayRow(line: Line): boolean {
  // Most lines do not start with a digit: the split runs on the few that do.
  const first = line.value.trimStart().charCodeAt(0)
  if (!(first >= 48 && first <= 57)) return false
  return cellsOf(line)?.every((cell) => DAY.test(cell)) ?? false
}

/**
 * unified transformer plugin: mark the lines of a calendar widget
 * `furniture`, with a message.
 *
 * @returns
 *   Transformer.
 */
export function markCalendarLines() {
  return function (tree: Root, file: VFile): void {
    const lines = allLines(tree)
    let index = 0
    while (index < lines.length) {
      if (!isDayRow(lines[index]!)) {
        index++
        continue
      }
      let end = index
      while (end < lines.length && isDayRow(lines[end]!)) end++
      const start = Math.max(0, index - LINES_ABOVE)
      markGrid(lines.slice(start, Math.min(lines.length, end + LINES_BELOW)), file)
      index = end
    }
  }
}

/**
 * Mark the lines of a run around rows of days when they are a calendar:
 * trimmed to the grid, the lines around the days that are no cells of it
 * (a long line above or below) left out.
 *
 * @param run
 *   The lines.
 * @param file
 *   For messages.
 */
function markGrid(run: Line[], file: VFile): void {
  const rows = run.map(cellsOf)
  // A line around the days that cannot be a row ends the grid there.
  let first = 0
  while (first < rows.length && rows[first] === undefined) first++
  let last = rows.length
  while (last > first && rows[last - 1] === undefined) last--
  const grid = rows.slice(first, last)
  if (grid.some((row) => row === undefined) || !isCalendarGrid(grid as string[][])) return
  for (const line of run.slice(first, last)) {
    if (!isUnclaimed(line)) continue
    claim(line, {role: 'furniture'})
    report(file, 'furniture-dropped', `Unexpected calendar widget \`${line.value}\`, dropped`, line, line.value)
  }
}
