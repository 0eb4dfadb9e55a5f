/**
 * News tickers: posts opened by a time of day at the start of their line
 * ("12.31 Uhr: …", "9.41am …", "14:20 GMT – …", "14h20 …"), and the days
 * of a feed's stamps.
 *
 * - Where a page has three or more lines that open with a time of day and go
 *   on with text, each is cut in two: the time becomes a post stamp of its
 *   own (as a time alone on its line is), the text stays. One such line is
 *   an article's sentence; a run of them is a ticker.
 * - A line that is only a day ("Donnerstag, 18. 7.", "Tuesday 19 November")
 *   among the stamps gives the day of the stamps below it, and is not text.
 * - Without day lines, a feed that runs newest first steps back a day where
 *   a stamp is half a day later than the one above it (midnight passed);
 *   oldest first, forward. Never simply the day the page gives.
 *
 * - A note of the feed's zone above it ("All times BST", "Alle Zeiten in
 *   MEZ") gives the zone of the stamps that write none.
 *
 * Runs after `extractDatelines`, whose page day and zone it reads.
 *
 * @module
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Settings} from '../options.js'
import type {Line, Root} from '../tree.js'
import {readDayLine} from '../util/day-lines.js'
import {midnightOffsets, minutesOf, shiftDay} from '../util/feed-days.js'
import {readZoneNote} from '../util/zone-notes.js'
import {pageZoneOf} from '../util/page-zone.js'
import {allBlocks, allLines, claim, isUnclaimed} from '../util/lines.js'
import {lineWords} from '../util/line-text.js'
import {endsLikeSentence, wordCount} from '../util/text.js'
import {isTimeOnly, parseTimestamp, type TimestampContext} from '../util/timestamps.js'
import {settingsOf} from '../file-settings.js'

/** Fewest time-prefixed lines that make a ticker. */
const MIN_TICKER_LINES = 3

/** Fewest words after the time: a line that goes on with text. */
const MIN_TEXT_WORDS = 3

/**
 * Most words of prose above a ticker's first line: a headline, a standfirst
 * and an intro paragraph or two. More is an article, and a ticker below it
 * is a rail of the latest news.
 */
const MAX_PROSE_BEFORE = 200

/** Separators between a time and its text: colon, dashes, bullet, the "+++" of German tickers (a bar is a table's). */
const SEPARATORS = /^[\s:–—\-•+]+/u
/** `(?<!…)`: the match starts where the run does, so a long run is tried once (ReDoS-safe). */
const TRAILING_SEPARATORS = /(?<![\s:–—\-•+,])[\s:–—\-•+,]+$/u

/** A word for "at the hour" before a ticker's time ("Ore 14.20", "h. 9.05"): Italian tickers write it. */
const CLOCK_WORD = /^(?:ore|h\.?)\s(?=\d)/iu

/** A line that starts (after spaces) with a digit, as every time of `isTimeOnly` does. */
const DIGIT_FIRST = /^\s*\d/u

/** A line cut into its time and its text. */
interface TickerLine {
  stamp: string
  text: string
}

/**
 * Read a line that opens with a time of day and goes on with text. The
 * longest prefix of up to three words that is a time wins ("14:20 GMT –"
 * over "14:20").
 *
 * @param value
 *   A line.
 * @returns
 *   Its time and text, or `undefined`.
 */
export function readTickerLine(value: string): TickerLine | undefined {
  const unframed = value.replace(/^\+{2,3}\s*/u, '')
  // "+++ 18:30 Uhr +++ Erste Hochrechnung": a stamp set off on both sides is a stamp, however short the title after it.
  const framed = unframed.length < value.length
  // "Ore 9.15 –" (Italian): the word says a clock follows, so a one-digit hour with a dot is a time.
  const clock = CLOCK_WORD.exec(unframed)
  const start = clock ? unframed.slice(clock[0].length).replace(/^(\d)\.(\d{2})(?!\d)/u, '$1:$2') : unframed
  // Each prefix tried below starts as the line does: most lines start with no digit, and so with no time.
  if (!DIGIT_FIRST.test(start)) return undefined
  const words = start.slice(0, 40).split(' ')
  for (let count = Math.min(3, words.length - 1); count >= 1; count--) {
    const prefix = words.slice(0, count).join(' ')
    const stamp = prefix.replace(TRAILING_SEPARATORS, '')
    if (!stamp || !isTimeOnly(stamp)) continue
    const rest = start.slice(prefix.length)
    // "11:00 AM | Leaves home": a row of a table (a schedule), not a post.
    if (rest.trimStart().startsWith('|')) return undefined
    const text = rest.replace(SEPARATORS, '')
    const minWords = framed && /\+\s*$/u.test(prefix) ? 1 : MIN_TEXT_WORDS
    return wordCount(text) >= minWords ? {stamp, text} : undefined
  }
  return undefined
}

/** "+++ 12:31 Uhr +++" alone on its line: a German ticker's stamp over its text. */
const FRAMED_STAMP = /^\+{2,3}([^+]{1,30})\+{2,3}$/u

/**
 * Make the framed stamps alone on their lines ("+++ 12:31 Uhr +++") post
 * stamps, as a time alone on its line is: two or more of them, a feed.
 *
 * @param tree
 *   The tree.
 * @param context
 *   Day and zone.
 * @returns
 *   How many lines became stamps.
 */
function markFramedStamps(tree: Root, context: TimestampContext): number {
  const found: Array<[Line, string]> = []
  for (const line of allLines(tree)) {
    if (!isUnclaimed(line) || line.data?.hint?.tableCell) continue
    const inner = FRAMED_STAMP.exec(line.value.trim())?.[1]?.trim()
    if (inner && isTimeOnly(inner)) found.push([line, inner])
  }
  if (found.length < 2) return 0
  for (const [line, inner] of found) {
    const timestamp = parseTimestamp(inner, context)
    if (!timestamp) continue
    line.value = inner
    claim(line, {role: 'post-time', timestamp})
  }
  return found.length
}

/**
 * The day and zone for the page's time-only stamps: the options', else the
 * page's dateline's.
 *
 * @param settings
 *   Options.
 * @param tree
 *   The tree (its datelines read).
 * @returns
 *   The context.
 */
export function stampContext(settings: Pick<Settings, 'date' | 'timeZone'>, tree: Root): TimestampContext {
  const context: TimestampContext = {}
  const date = settings.date ?? tree.data?.published?.date ?? tree.data?.updated?.date
  const timeZone = settings.timeZone ?? pageZoneOf([tree.data?.published, tree.data?.updated])
  if (date) context.date = date
  if (timeZone) context.timeZone = timeZone
  return context
}

/**
 * Cut every ticker line of the page into a stamp line and a text line.
 *
 * @param tree
 *   The tree.
 * @param context
 *   Day and zone.
 * @returns
 *   How many lines were cut.
 */
function splitTickerLines(tree: Root, context: TimestampContext, file: VFile): number {
  const found = new Map<Line, TickerLine>()
  // Words of prose before the first ticker line: an article's text, when there is much of it.
  let proseBefore = 0
  // Whether a line other than a ticker line stands between two of them (a post's text, a heading).
  let between = false
  let pendingBetween = false
  for (const line of allLines(tree)) {
    // A line in a link or teaser card, a link's text alone, or a list item that opens with a link
    // is another story's teaser: its time is that story's, not a post's.
    const hint = line.data?.hint
    if (!isUnclaimed(line) || hint?.headline || hint?.tableCell || hint?.inLink || hint?.href || hint?.linkFirst) continue
    const ticker = readTickerLine(line.value)
    if (ticker) {
      found.set(line, ticker)
      between ||= pendingBetween
      pendingBetween = false
    } else if (found.size === 0 && !line.data?.hint?.listItem) proseBefore += lineWords(line)
    else if (found.size > 0) pendingBetween = true
  }
  // A ticker below a whole article is a rail of the latest news beside it, not the page's posts.
  if (found.size < MIN_TICKER_LINES || proseBefore > MAX_PROSE_BEFORE) return 0
  // Times one under another, none followed by a sentence: a timetable (a programme, a schedule), not a ticker.
  if (!between && [...found.values()].every((ticker) => !endsLikeSentence(ticker.text))) {
    report(file, 'posts-rejected', `${found.size} lines open with a time of day but read as a timetable: one under another, none a sentence`)
    return 0
  }
  for (const block of allBlocks(tree)) {
    if (!block.children.some((line) => found.has(line))) continue
    block.children = block.children.flatMap((line) => {
      const ticker = found.get(line)
      if (!ticker) return [line]
      const timestamp = parseTimestamp(ticker.stamp, context)
      if (!timestamp) return [line]
      const stamp: Line = {type: 'line', value: ticker.stamp, data: {role: 'post-time', timestamp}}
      if (line.position) stamp.position = line.position
      line.value = ticker.text
      return [stamp, line]
    })
  }
  return found.size
}

/**
 * Give each post stamp its day: the day line above it, else the page's day,
 * stepping over midnight in the feed's order. Day lines are claimed.
 *
 * @param tree
 *   The tree.
 * @param context
 *   Day and zone.
 * @param file
 *   The file.
 */
function dateStamps(tree: Root, context: TimestampContext, file: VFile): void {
  const stamps: Line[] = []
  const days = new Map<Line, string>()
  let note: {line: Line; zone: string} | undefined
  // A day line counts when a stamp follows it before the next day line.
  let pending: {line: Line; day: string} | undefined
  for (const line of allLines(tree)) {
    if (line.data?.role === 'post-time' && line.data.timestamp?.time) {
      stamps.push(line)
      if (pending) days.set(pending.line, pending.day)
      pending = undefined
    } else if (isUnclaimed(line) || line.data?.role === 'dateline') {
      const day = readDayLine(line.value, context.date)
      if (day) pending = {line, day}
      else if (!note && stamps.length === 0 && isUnclaimed(line)) {
        const zone = readZoneNote(line.value)
        if (zone) note = {line, zone}
      }
    }
  }
  if (stamps.length < 2) return
  // "All times BST" above the feed says the zone of its stamps, more precisely than a default.
  const feedContext = note ? {...context, timeZone: note.zone} : context
  if (note) {
    claim(note.line, {role: 'furniture'})
    report(file, 'furniture-dropped', `Zone note \`${note.line.value}\` gives the zone of the stamps below it`, note.line, note.line.value)
    for (const line of stamps) if (!hasOwnZone(line)) redate(line, line.data!.timestamp!.date, feedContext)
  }
  if (days.size > 0) dateByDayLines(tree, days, feedContext)
  else if (context.date) stepOverMidnight(stamps, feedContext)
  for (const line of days.keys()) {
    if (line.data?.role === 'dateline') continue
    claim(line, {role: 'dateline'})
    report(file, 'furniture-dropped', `Day line \`${line.value}\` dates the stamps below it`, line, line.value)
  }
}

/** Whether a stamp writes its own zone ("14:20 GMT"). */
function hasOwnZone(line: Line): boolean {
  return parseTimestamp(line.value)?.timeZone !== undefined
}

/**
 * Date each stamp by the day line above it.
 *
 * @param tree
 *   The tree.
 * @param days
 *   Day lines → their day.
 * @param context
 *   Zone.
 */
function dateByDayLines(tree: Root, days: Map<Line, string>, context: TimestampContext): void {
  let day: string | undefined
  for (const line of allLines(tree)) {
    const next = days.get(line)
    if (next) day = next
    else if (day && line.data?.role === 'post-time') redate(line, day, context)
  }
}

/**
 * Date a feed without day lines from the page's day, a day back (newest
 * first) or forward (oldest first) each time the clock jumps against the
 * feed's order by more than half a day.
 *
 * @param stamps
 *   Post stamps in page order.
 * @param context
 *   The page's day and zone.
 */
function stepOverMidnight(stamps: Line[], context: TimestampContext): void {
  const offsets = midnightOffsets(stamps.map((line) => minutesOf(line.data!.timestamp!.time!)))
  stamps.forEach((line, index) => {
    if (offsets[index] !== 0) redate(line, shiftDay(context.date!, offsets[index]!), context)
  })
}

/**
 * Read a stamp again on another day.
 *
 * @param line
 *   A post stamp line.
 * @param day
 *   `YYYY-MM-DD` (optional: a stamp without a known day keeps none).
 * @param context
 *   Zone.
 */
function redate(line: Line, day: string | undefined, context: TimestampContext): void {
  const timestamp = parseTimestamp(line.value, day ? {...context, date: day} : context)
  if (timestamp) line.data!.timestamp = timestamp
}

/**
 * unified transformer plugin: ticker lines and the days of post stamps.
 *
 * @param attached
 *   Validated options (`date`, `timeZone`). Those a file carries come first (`settingsOf`).
 * @returns
 *   Transformer.
 */
export function extractTickerStamps(attached: Pick<Settings, 'date' | 'timeZone'>) {
  return function (tree: Root, file: VFile): void {
    const context = stampContext(settingsOf(file, attached), tree)
    const framed = markFramedStamps(tree, context)
    if (framed > 0) report(file, 'posts-found', `${framed} lines are a stamp framed by "+++" alone: each opens a post`)
    const cut = splitTickerLines(tree, context, file)
    if (cut > 0) report(file, 'posts-found', `${cut} lines open with a time of day: each time opens a post`)
    dateStamps(tree, context, file)
  }
}
