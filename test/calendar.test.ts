/**
 * A month's calendar widget (a blog sidebar's, a booking page's) is
 * furniture, as a table in HTML and as lines of a text dump; a table of
 * numbers that do not count the days in order is data, and stays. Every
 * page here is written for the test.
 */
import {describe, expect, it} from 'vitest'
import {parse, parseWithMessages, toPlainText} from '../src/index.js'
import {isCalendarGrid} from '../src/util/calendar-grid.js'

const prose = (topic: string, count = 3) =>
  Array.from({length: count}, (_, index) => `Paragraph ${index + 1} about ${topic}: the harbour board met on Tuesday and agreed that the works would go ahead before the winter storms.`)

/** The rows of a month of 30 days whose first day is a Wednesday, with blanks before it. */
function month(): string[][] {
  const cells = [...Array.from({length: 2}, () => ''), ...Array.from({length: 30}, (_, index) => String(index + 1))]
  return Array.from({length: Math.ceil(cells.length / 7)}, (_, row) => cells.slice(row * 7, row * 7 + 7))
}

const WEEKDAYS = ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']

describe('calendar widgets', () => {
  it('should know a month by its days counted in order', () => {
    expect(isCalendarGrid([WEEKDAYS, ...month(), ['« Mai', '', 'Jul »']])).toBe(true)
    // Days out of order, a number past the month, or a long cell: a table of data.
    expect(isCalendarGrid([WEEKDAYS, ...month().reverse()])).toBe(false)
    expect(isCalendarGrid([...month(), ['31', '32']])).toBe(false)
    expect(isCalendarGrid([['Team', 'Points'], ...month(), ['The table above lists the days of June']])).toBe(false)
    // Half a month is no calendar.
    expect(isCalendarGrid(month().slice(0, 2))).toBe(false)
  })

  it('should drop a calendar table from HTML, and its heading, with a message', () => {
    const rows = month().map((row) => `<tr>${row.map((cell) => `<td>${cell ? `<a href="/2024/06/${cell}/">${cell}</a>` : ''}</td>`).join('')}</tr>`).join('')
    const table = `<h3>Kalender</h3><table id="calendar"><caption>Juni 2024</caption><thead><tr>${WEEKDAYS.map((day) => `<th>${day}</th>`).join('')}</tr></thead><tbody>${rows}</tbody><tfoot><tr><td colspan="3"><a href="/2024/05/">« Mai</a></td></tr></tfoot></table>`
    const html = `<!doctype html><html lang="de"><body><main><h1>Harbour works to start in May</h1>${prose('the harbour').map((text) => `<p>${text}</p>`).join('')}<div class="box">${table}</div></main></body></html>`
    const {article, messages} = parseWithMessages(html, {format: 'html'})
    const text = toPlainText(article)
    expect(text).toContain('Paragraph 3 about the harbour')
    expect(text).not.toMatch(/Kalender|\b15\b|Mo \| Di/)
    expect(messages.some((message) => message.reason === 'Unexpected calendar widget, dropped')).toBe(true)
  })

  it('should keep a table of numbers that do not count the days', () => {
    const rows = [['Round', 'Home', 'Away'], ['1', '2', '1'], ['2', '0', '3'], ['3', '1', '1']].map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('')
    const html = `<!doctype html><html lang="en"><body><main><h1>Harbour works to start in May</h1>${prose('the harbour').map((text) => `<p>${text}</p>`).join('')}<table>${rows}</table></main></body></html>`
    expect(toPlainText(parse(html, {format: 'html'}))).toContain('2 | 0 | 3')
  })

  it('should drop a calendar from a text dump, tabbed or spaced, and keep the lines around it', () => {
    for (const separator of ['\t', ' ']) {
      const grid = [WEEKDAYS.join(separator), ...month().map((row) => row.join(separator))]
      const dump = ['Harbour works to start in May', ...prose('the harbour'), 'Juni 2024', ...grid, '« Mai', 'Neueste Kommentare'].join('\n')
      const text = toPlainText(parse(dump, {format: 'text'}))
      expect(text).toContain('Paragraph 3 about the harbour')
      expect(text).not.toMatch(/\b1[0-9] 1[0-9]|\b22\b|Mo\sDi/)
    }
    // Numbered lines of content are no calendar: their numbers do not run on row after row.
    const steps = ['Harbour works to start in May', ...prose('the harbour'), '1 2 3', 'Count the boats, then count them again.', ...prose('the boats', 1)].join('\n')
    expect(toPlainText(parse(steps, {format: 'text'}))).toContain('Count the boats, then count them again.')
  })
})
