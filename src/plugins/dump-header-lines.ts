/**
 * The header of a whole-page text dump: where it starts among the lines
 * above the main text (its last few lines, and the byline and date right
 * above them), the headline among them, and the headline over a byline
 * and dateline that stand higher up. `dropBoilerplateRuns` reads these to
 * tell the menu above the article from the article's own header.
 *
 * @module
 */
import type {Line} from '../tree.js'
import {isCreditLine} from '../util/bylines.js'
import {isUnclaimed} from '../util/lines.js'
import {lineWords} from '../util/line-text.js'
import {readsAsHeadline} from './headline-lines.js'
import {isProse, proseWords} from './dump-prose-lines.js'

/** The lines right before the main text are its header (headline, byline, dateline, lead): this many are kept. */
const HEADER_LINES = 3

/** A headline has at least this many words: fewer are a menu's item or a section's name ("Aktuell", "Zum Kreditvergleich"). */
const HEADLINE_MIN_WORDS = 3

/**
 * Where the header starts among the lines before the main text: at the
 * last `HEADER_LINES` lines of content (a label dropped among them does not
 * count), or at the first line when there are no more lines of content
 * than those. Read from the end, where the header is.
 *
 * @param top
 *   The lines before the main text.
 * @returns
 *   The index of the header's first line.
 */
export function headerStartOf(top: Line[]): number {
  let seen = 0
  let start = 0
  for (let index = top.length - 1; index >= 0; index--) {
    if (!isUnclaimed(top[index]!)) continue
    // One more line of content above the header: the header starts where it was found.
    if (seen === HEADER_LINES) return withHeadlineAbove(top, withCreditsAbove(top, start))
    seen++
    start = index
  }
  return 0
}

/**
 * The header's start moved up over the headline right above its
 * standfirst, when the header opens with a paragraph (or has one a few
 * lines above it, past the writer's name, role and dates) and holds the
 * article's byline or dateline under it: its lines are then the
 * standfirst and the credits under the headline ("Streeck lobt …", then
 * "Berlin. Der Bundesdrogenbeauftragte erklärt …", "Von Jane Doe",
 * "06.11.2025, 21:00 Uhr"), and the headline is the article's, not the last
 * item of the menu above it.
 *
 * @param top
 *   The lines before the main text.
 * @param start
 *   Where the header starts.
 * @returns
 *   Where the header starts, the headline included.
 */
function withHeadlineAbove(top: Line[], start: number): number {
  const standfirst = standfirstAt(top, start)
  if (standfirst === -1) return start
  if (!top.slice(standfirst + 1).some((line) => isUnclaimed(line) && isCreditLine(line))) return start
  const above = contentAbove(top, standfirst)
  return above !== -1 && readsAsHeadline(top[above]!) ? above : start
}

/** The standfirst stands at most this many lines of content above the header's last lines (the writer's name, role and bio between). */
const STANDFIRST_REACH = 3

/**
 * The header's standfirst: its first line when that is a paragraph, or the
 * nearest paragraph a few lines of content above it, past the writer's
 * name, role and dates. A date or a menu's item is no standfirst.
 *
 * @param top
 *   The lines before the main text.
 * @param start
 *   Where the header's last lines start.
 * @returns
 *   The standfirst's index, or `-1`.
 */
function standfirstAt(top: Line[], start: number): number {
  let index = start
  for (let passed = 0; index !== -1 && passed <= STANDFIRST_REACH; passed++) {
    const line = top[index]!
    if (isUnclaimed(line) && !isCreditLine(line) && isProse(line, proseWords(line))) return index
    index = contentAbove(top, index)
  }
  return -1
}

/** A header holds at most this many byline and date lines above its last lines. */
const CREDIT_LINES = 3

/**
 * The header's start moved up over the byline and the date right above it
 * ("6. Oktober 2022", "By Jane Doe" over a headline and a like counter):
 * they are the article's, not a menu's last items, however many lines the
 * header has below them.
 *
 * @param top
 *   The lines before the main text.
 * @param start
 *   Where the header's last lines start.
 * @returns
 *   Where the header starts.
 */
function withCreditsAbove(top: Line[], start: number): number {
  let moved = start
  let credits = 0
  for (let index = start - 1; index >= 0 && credits < CREDIT_LINES; index--) {
    const line = top[index]!
    if (!isUnclaimed(line)) continue
    if (!isCreditLine(line)) break
    moved = index
    credits++
  }
  return moved
}

/** How many lines of content above the main text a byline or dateline is looked for, to find the headline over it. */
const CREDITS_REACH = 8

/** Between a headline and the credits under it stand at most this many lines (a standfirst, a name, a role, a label). */
const LINES_UNDER_HEADLINE = 4

/**
 * The headline over the byline and dateline, when those stand a few lines
 * above the main text but above the header's last lines (`HEADER_LINES`),
 * under more lines than those (the writer's role and handle, a bookmark
 * prompt): the line that reads as a headline over the topmost credit line,
 * past a few lines under it, and the line over that when it reads as a
 * headline of some length too, no longer than the line under it (the
 * headline over a standfirst that ends with no full stop; a kicker is
 * shorter, a menu glued into a line longer). Counted as a menu's items, they
 * would be dropped with the menu above them. None when no credit line
 * stands within reach, or when a headline stands right under the credits
 * (a date printed over the headline).
 *
 * @param top
 *   The lines before the main text.
 * @param headerStart
 *   Where the header starts (`headerStartOf`).
 * @returns
 *   Their indices (none, one or two).
 */
export function headlineOverCredits(top: Line[], headerStart: number): number[] {
  const content: number[] = []
  for (let index = top.length - 1; index >= 0 && content.length < CREDITS_REACH; index--) if (isUnclaimed(top[index]!)) content.push(index)
  // The topmost credit line, read from the top of the window down: only one at the header's start or above it counts.
  let credits = -1
  for (let at = content.length - 1; at >= 0 && credits === -1 && content[at]! <= headerStart; at--) if (isCreditLine(top[content[at]!]!)) credits = content[at]!
  if (credits === -1) return []
  // A headline right under the credits is the header's own ("March 29, 2019" over "Community" and the headline).
  if (linesUnder(top, credits, HEADLINE_UNDER_CREDITS).some((line) => readsAsHeadline(line))) return []
  let passed = 0
  for (let index = credits - 1; index >= 0 && passed <= LINES_UNDER_HEADLINE; index--) {
    const line = top[index]!
    if (!isUnclaimed(line) || isCreditLine(line)) continue
    if (readsAsHeadline(line)) {
      const above = contentAbove(top, index)
      const overStandfirst = above !== -1 && readsAsHeadline(top[above]!, HEADLINE_OVER_STANDFIRST_MIN_WORDS) && lineWords(top[above]!) <= lineWords(line)
      return overStandfirst ? [above, index] : [index]
    }
    passed++
  }
  return []
}

/** A line over the headline-like line over the credits is the headline (not a kicker) with this many words at least. */
const HEADLINE_OVER_STANDFIRST_MIN_WORDS = 5

/**
 * The index of the line of content above one.
 *
 * @param top
 *   The lines before the main text.
 * @param index
 *   The line's index.
 * @returns
 *   The index, or `-1`.
 */
function contentAbove(top: Line[], index: number): number {
  for (let above = index - 1; above >= 0; above--) if (isUnclaimed(top[above]!)) return above
  return -1
}

/** A headline this many lines of content under a dateline or byline, or fewer, stands under its credits. */
const HEADLINE_UNDER_CREDITS = 2

/**
 * The lines of content under one (not credit lines), at most `count`.
 *
 * @param top
 *   The lines before the main text.
 * @param index
 *   The line's index.
 * @param count
 *   How many.
 * @returns
 *   The lines.
 */
function linesUnder(top: Line[], index: number, count: number): Line[] {
  const under: Line[] = []
  for (let below = index + 1; below < top.length && under.length < count; below++) {
    const line = top[below]!
    if (isUnclaimed(line) && !isCreditLine(line)) under.push(line)
  }
  return under
}

/**
 * The headline among the header's lines: the first line of content of a
 * few words (`HEADLINE_MIN_WORDS`).
 *
 * @param top
 *   The lines before the main text.
 * @param headerStart
 *   Where the header starts (`headerStartOf`).
 * @returns
 *   Its index, or `-1`.
 */
export function headlineIndex(top: Line[], headerStart: number): number {
  for (let index = headerStart; index < top.length; index++) {
    const line = top[index]!
    if (isUnclaimed(line) && lineWords(line) >= HEADLINE_MIN_WORDS) return index
  }
  return -1
}
