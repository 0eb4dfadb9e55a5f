/**
 * Drop the boilerplate of whole-page text dumps: navigation menus, footers,
 * link lists and comment threads that scrapers keep when they save a page's
 * entire text.
 *
 * Like jusText on text, it reads only the shape of the lines. A line of
 * prose (long, or a sentence of some length) scores its word count; any
 * other line costs a little. The run of lines with the highest total score
 * is the main text (a maximum-sum segment). Around it:
 *
 * - before it, runs of many short lines (a menu) are dropped, while the
 *   last few lines before it (headline, byline, dateline) stay, and so does
 *   a short paragraph alone in its block, which ends a menu; a menu that
 *   runs right up to the headline loses the short lines above it too;
 * - after it, runs of short lines (footer, related links) are dropped, and so
 *   is everything once the page has turned into such runs; so are the short
 *   lines after its last line of prose (a leftover link or button). But a run
 *   without any of the chrome's labels that substantial prose follows (a
 *   list, subheadings, a fact box) is the article's, which carries on past it.
 *
 * A list that a sentence of the article announces ("It has three parts:")
 * is neither menu nor footer, however short its lines; nor is a line that
 * opens with a quantity and its unit (an ingredient: "200 g sugar"), nor a
 * run of short sentences one a line (a recipe's steps: "Grease the baking
 * tin."), nor a fact box's run of labelled values ("Opened: 1931").
 *
 * A short label the page says again and again between its paragraphs ("Article
 * content" before each, "Advertisement") is no item of any run, and is
 * dropped unless it is a person's name (an interview's speaker).
 *
 * Lines already claimed, list items of scraped text (bullets are content
 * there) and pages with little besides prose are left alone; but the chrome
 * already dropped (a label: "Home", "Impressum") still counts as an item of
 * the menu or footer it stands in, which is no shorter for it.
 *
 * How a line is read (prose, its words, its cost) is in `dump-prose-lines.ts`;
 * the short lines that are the article's (short paragraphs, announced lists,
 * quantities) in `dump-kept-lines.ts`; where the header starts and where its
 * headline is, in `dump-header-lines.ts`.
 *
 * @module
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Line, Root} from '../tree.js'
import {lineWords} from '../util/line-text.js'
import {allLines, claim, isUnclaimed} from '../util/lines.js'
import {isPersonName} from '../util/names.js'
import {endsLikeSentence} from '../util/text.js'
import {announcedLists, factBoxLines, quantityLines, sentenceRuns, shortParagraphs} from './dump-kept-lines.js'
import {isProse, lineCost, proseWords, wrappedLines} from './dump-prose-lines.js'
import {isSectionLabel} from './extract-headline.js'
import {headerStartOf, headlineIndex, headlineOverCredits} from './dump-header-lines.js'

/** Before the main text, a run of this many short lines or more is a menu; fewer are the header. */
const MENU_RUN = 5

/** After the main text, a run of this many short lines or more is footer or link list. */
const FOOTER_RUN = 3

/** Pages with fewer non-prose lines than this are not whole-page dumps. */
const MIN_SHORT_LINES = 12

/**
 * The maximum-sum run of lines: prose counts its words, other lines cost
 * (`lineCost`).
 *
 * @param lines
 *   Candidate lines.
 * @param prose
 *   The prose lines, with their words.
 * @returns
 *   `[start, end]` indices (inclusive) of the main text.
 */
function mainSegment(lines: Line[], prose: ReadonlyMap<Line, number>): [number, number] {
  let bestStart = 0
  let bestEnd = -1
  let bestSum = 0
  let start = 0
  let sum = 0
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    sum += prose.get(line) ?? -lineCost(line)
    if (sum <= 0) {
      sum = 0
      start = index + 1
    } else if (sum > bestSum) {
      bestStart = start
      bestEnd = index
      bestSum = sum
    }
  }
  return [bestStart, bestEnd]
}

/** A date or a clock time ("25.01.2022", "2019", "14:20"): a dateline above the headline, which later stages read. */
const DATE_OR_TIME = /\b(?:1[89]|20)\d\d\b|\b\d{1,2}[:.]\d{2}\b/u

/**
 * The menus above the main text: runs of short lines, which end at a short
 * paragraph or a line of prose (`isBreak`). The last lines before the main
 * text are its header (`headerStartOf`: headline, byline, dateline) and are
 * no part of a run; but when a menu runs right up to them, the short lines
 * above the headline (the first of a few words) are the menu's last items
 * ("Aktuell", "Zum Kreditvergleich"), not the article's. A date among them
 * stays, the dateline, and so does a label right above the headline, the
 * section's name.
 *
 * @param top
 *   The lines before the main text.
 * @param isBreak
 *   Whether a line ends a menu.
 * @returns
 *   The menus' lines, and the menu's tail in the header.
 */
function menuLines(top: Line[], isBreak: (line: Line) => boolean): {menus: Line[]; tail: Line[]} {
  const headerStart = headerStartOf(top)
  const runs = runsOf(top.slice(0, headerStart), MENU_RUN, isBreak)
  // The headline (and standfirst) over the credits are the article's, though they stand among a menu's lines.
  const overCredits = runs.length > 0 ? headlineOverCredits(top, headerStart) : []
  const menus: Line[] = []
  for (const [start, end] of runs) {
    for (let index = start; index < end; index++) if (isUnclaimed(top[index]!) && !overCredits.includes(index)) menus.push(top[index]!)
  }
  const tail: Line[] = []
  // Only a menu that runs right up to the header has its last items there.
  if (runs.length === 0 || runs[runs.length - 1]![1] !== headerStart) return {menus, tail}
  const headline = headlineIndex(top, headerStart)
  for (let index = headerStart; index < headline; index++) {
    const line = top[index]!
    if (!isUnclaimed(line)) continue
    // Right above the headline, a label is the section's name, which `extractHeadline` reads.
    if (index === headline - 1 && isSectionLabel(line)) continue
    if (!isBreak(line) && !DATE_OR_TIME.test(line.value)) tail.push(line)
  }
  return {menus, tail}
}

/**
 * Prose after a run of short lines that carries on the article: at least
 * this many paragraphs of at least `CONTINUED_WORDS` words in all (on the
 * trafilatura dumps, 2 and 100 found 11 more snippets of content and kept 6
 * more of furniture; 80 words found 13 and kept 12, 120 found 5 and kept 2;
 * passing runs that hold a share bar's or footer's label too kept 21).
 */
const CONTINUED_PARAGRAPHS = 2

/** See `CONTINUED_PARAGRAPHS`. */
const CONTINUED_WORDS = 100

/**
 * Runs of at least `size` lines that are not breaks (short lines, not
 * prose), as `[start, end)` index pairs.
 *
 * @param lines
 *   The lines of one side of the main text.
 * @param size
 *   The smallest run that counts.
 * @param isBreak
 *   Whether a line ends a run.
 * @returns
 *   The runs, in order.
 */
function runsOf(lines: Line[], size: number, isBreak: (line: Line) => boolean): Array<[number, number]> {
  const runs: Array<[number, number]> = []
  let start = 0
  for (let index = 0; index < lines.length; index++) {
    if (!isBreak(lines[index]!)) continue
    if (index - start >= size) runs.push([start, index])
    start = index + 1
  }
  if (lines.length - start >= size) runs.push([start, lines.length])
  return runs
}

/**
 * Where the article ends after its main text: at the first run of short
 * lines (`FOOTER_RUN`), unless the article carries on past it. It does when
 * the run holds none of the chrome already dropped (no share bar's or
 * footer's label: a list, subheadings, a fact box of the article's) and
 * substantial prose follows before the next run (`CONTINUED_PARAGRAPHS`):
 * the main text stopped short only because the run's many lines cost more
 * than that prose scored.
 *
 * @param bottom
 *   The lines after the main text, chrome already dropped included.
 * @param isBreak
 *   Whether a line ends a run.
 * @param proseWordsOf
 *   The words of a line of prose, 0 for other lines.
 * @returns
 *   Index into `bottom` of the first line past the article.
 */
function articleEnd(bottom: Line[], isBreak: (line: Line) => boolean, proseWordsOf: (line: Line) => number): number {
  const runs = runsOf(bottom, FOOTER_RUN, isBreak)
  for (const [index, [start, end]] of runs.entries()) {
    if (!bottom.slice(start, end).every(isUnclaimed)) return start
    const next = runs[index + 1]?.[0] ?? bottom.length
    const paragraphs = bottom.slice(end, next).filter((line) => isUnclaimed(line) && proseWordsOf(line) > 0)
    const words = paragraphs.reduce((sum, line) => sum + proseWordsOf(line), 0)
    if (paragraphs.length < CONTINUED_PARAGRAPHS || words < CONTINUED_WORDS) return start
  }
  return bottom.length
}

/**
 * The short lines after the page's last line of prose, up to its footer: a
 * leftover button or link ("Weather", "Markets") that the footer rule, which
 * needs a run of them, lets through. A line that ends as a sentence does
 * is kept: a short closing paragraph ("He was 84.").
 *
 * @param tail
 *   The lines after the main text, up to the first footer run.
 * @param prose
 *   Whether a line is prose.
 * @returns
 *   The lines to drop.
 */
function trailingShortLines(tail: Line[], prose: (line: Line) => boolean): Line[] {
  return tail.slice(tail.findLastIndex(prose) + 1).filter((line) => !endsLikeSentence(line.value))
}

/** A label interleaved with the paragraphs has at most this many words. */
const INTERLEAVED_LABEL_MAX_WORDS = 4

/** A label interleaved with the paragraphs has at most this many characters. */
const INTERLEAVED_LABEL_MAX_LENGTH = 60

/** A label is interleaved when it stands this many times or more in the page. */
const INTERLEAVED_LABEL_MIN_COUNT = 5

/**
 * The short lines that the page repeats between its paragraphs, the same
 * words each time: a screen reader's landmark ("Article content" before
 * every paragraph), an ad's slot ("Advertisement"), a speaker's name in an
 * interview. Two in three of them at least stand beside a line of prose,
 * and one in three between two (a label before every subheading has prose
 * on one side only); a teaser list's date or "Read more" has a title on
 * one side, and is no such label. They say nothing of where the article
 * ends, and the run rules skip them: a subheading between two of them is
 * no run of three short lines.
 *
 * @param lines
 *   All lines, in page order.
 * @returns
 *   The interleaved labels.
 */
function interleavedLabels(lines: Line[]): Set<Line> {
  const byText = new Map<string, number[]>()
  lines.forEach((line, index) => {
    const role = line.data?.role
    // The length first: most lines are longer than any label, and are not cut into words.
    if (line.value.length > INTERLEAVED_LABEL_MAX_LENGTH || (role !== undefined && role !== 'furniture') || line.value.endsWith(':') || lineWords(line) > INTERLEAVED_LABEL_MAX_WORDS) return
    const indices = byText.get(line.value)
    if (indices) indices.push(index)
    else byText.set(line.value, [index])
  })
  const isProseAt = (index: number) => {
    const line = lines[index]
    return line !== undefined && isProse(line, proseWords(line))
  }
  const interleaved = new Set<Line>()
  for (const indices of byText.values()) {
    if (indices.length < INTERLEAVED_LABEL_MIN_COUNT) continue
    const beside = indices.filter((index) => isProseAt(index - 1) || isProseAt(index + 1)).length
    const between = indices.filter((index) => isProseAt(index - 1) && isProseAt(index + 1)).length
    if (beside * 3 >= indices.length * 2 && between * 3 >= indices.length) for (const index of indices) interleaved.add(lines[index]!)
  }
  return interleaved
}

/**
 * Drop the interleaved labels that are no person's name: a landmark or an
 * ad's slot said again before every paragraph is no part of any. A name is
 * an interview's speaker, and stays.
 *
 * @param interleaved
 *   The interleaved labels (`interleavedLabels`).
 * @param file
 *   The file.
 */
function dropInterleavedLabels(interleaved: ReadonlySet<Line>, file: VFile): void {
  for (const line of interleaved) {
    if (!isUnclaimed(line) || isPersonName(line.value)) continue
    claim(line, {role: 'furniture'})
    report(file, 'furniture-dropped', `Unexpected label \`${line.value}\` repeated between the paragraphs, dropped`, line, line.value)
  }
}

/**
 * The lines the rule reads, in one pass over the page's lines: the lines of
 * content, and those with the chrome already dropped among them; not the
 * labels interleaved with the paragraphs. Runs are
 * read among the latter: a menu whose items are partly known labels
 * ("Home", "Impressum") is no shorter for it. List items of scraped text
 * are neither (bullets are content there).
 *
 * @param all
 *   All lines, in page order.
 * @param interleaved
 *   The labels interleaved with the paragraphs (`interleavedLabels`).
 * @returns
 *   Both, in page order.
 */
function candidateLines(all: Line[], interleaved: ReadonlySet<Line>): {lines: Line[]; chrome: Line[]} {
  const lines: Line[] = []
  const chrome: Line[] = []
  for (const line of all) {
    if (line.data?.hint?.listItem || interleaved.has(line)) continue
    if (isUnclaimed(line)) {
      lines.push(line)
      chrome.push(line)
    } else if (line.data?.role === 'furniture') chrome.push(line)
  }
  return {lines, chrome}
}

/**
 * unified transformer plugin: mark dump boilerplate `furniture`.
 *
 * @returns
 *   Transformer.
 */
export function dropBoilerplateRuns() {
  return function (tree: Root, file: VFile): void {
    const all = allLines(tree)
    const interleaved = interleavedLabels(all)
    dropInterleavedLabels(interleaved, file)
    const {lines, chrome} = candidateLines(all, interleaved)
    const wrapped = wrappedLines(tree)
    // Read once: every step below asks again.
    const proseLines = new Map<Line, number>()
    for (const line of lines) {
      const words = proseWords(line)
      if (wrapped.has(line) || isProse(line, words)) proseLines.set(line, words)
    }
    if (lines.length - proseLines.size < MIN_SHORT_LINES) return
    const prose = (line: Line) => proseLines.has(line)
    const [start, end] = mainSegment(lines, proseLines)
    if (end < start) return
    // The lines of content are among the chrome's: where the main text starts and ends there.
    const top = chrome.slice(0, chrome.indexOf(lines[start]!))
    const bottom = chrome.slice(chrome.indexOf(lines[end]!) + 1)
    // A short paragraph ends a menu: the menu is a block of lines, the paragraph a block of its own. A list the
    // article announces, of quantities, of sentences one a line (a recipe's steps) or of a fact box's labelled values is
    // no menu or footer either.
    const paragraphs = shortParagraphs(tree)
    const listed = announcedLists(tree)
    for (const line of quantityLines(lines)) listed.add(line)
    for (const line of sentenceRuns(tree)) listed.add(line)
    for (const line of factBoxLines(lines)) listed.add(line)
    const {menus, tail} = menuLines(top, (line) => isUnclaimed(line) && (prose(line) || paragraphs.has(line) || listed.has(line)))
    const dropped: Line[] = menus
    // Once the page has turned into link lists, what follows is page furniture too (comments, widgets).
    const firstFooter = articleEnd(bottom, (line) => isUnclaimed(line) && (prose(line) || listed.has(line)), (line) => proseLines.get(line) ?? 0)
    dropped.push(...bottom.slice(firstFooter).filter(isUnclaimed))
    for (const line of dropped) claim(line, {role: 'furniture'})
    if (dropped.length > 0) {
      const first = dropped[0]!
      report(file, 'boilerplate-dropped', `Unexpected ${dropped.length} lines of navigation, footer or link lists, dropped`, first, first.value)
    }
    for (const line of tail) {
      claim(line, {role: 'furniture'})
      report(file, 'furniture-dropped', `Unexpected short line \`${line.value}\` between a menu and the headline, the menu's last item or the section's name, dropped`, line, line.value)
    }
    for (const line of trailingShortLines(bottom.slice(0, firstFooter).filter(isUnclaimed), prose)) {
      claim(line, {role: 'furniture'})
      report(file, 'furniture-dropped', `Unexpected short line \`${line.value}\` after the article's last paragraph, dropped`, line, line.value)
    }
  }
}
