/**
 * How `dropBoilerplateRuns` reads the lines of a whole-page text dump: which
 * are prose, how many words they hold, and what the others cost the main
 * text they stand in.
 *
 * A line of prose is long, or a sentence of some length. A paragraph broken
 * over several lines is prose, line by line. In scripts written without
 * spaces (Chinese, Japanese), a word is counted for about every two
 * characters, and a full-width full stop ends a sentence. A line of code or
 * data costs less than other short lines: a listing between paragraphs is
 * part of the article.
 *
 * @module
 */
import type {Line, Root} from '../tree.js'
import {allBlocks} from '../util/lines.js'
import {lineWords} from '../util/line-text.js'
import {endsLikeSentence, endsWithMark, wordCount} from '../util/text.js'

/** A line of at least this many words is prose whatever its punctuation. */
const LONG_LINE_WORDS = 25

/** A sentence of at least this many words is prose. */
const SENTENCE_WORDS = 10

/**
 * What a non-prose line costs the segment it stands in: high, so that a share
 * bar between the article and its comments splits them (on the trafilatura
 * dumps, cost 3 gave F1 0.803, 6 gave 0.835, 10 gave 0.851, 16 gave 0.856).
 */
const SHORT_LINE_COST = 16

/**
 * What a line of code or data costs: little, so that a code block or a
 * table between two paragraphs does not split the article in two (on the
 * trafilatura dumps, 4 instead of the short line's 16 found 15 more snippets
 * of content, mostly code listings, and kept 7 more of furniture).
 */
const CODE_LINE_COST = 4

/**
 * Characters of code and data that menus and link lists do not use:
 * assignments, brackets, statement ends, comments, identifiers joined by
 * underscores ("x = f(y);", "# note", "max_size").
 */
const CODE_CHARACTERS = /[=(){};_#\[\]\\]/u

/**
 * What a line that is not prose costs the segment it stands in.
 *
 * @param line
 *   The line.
 * @returns
 *   Its cost.
 */
export function lineCost(line: Line): number {
  return CODE_CHARACTERS.test(line.value) ? CODE_LINE_COST : SHORT_LINE_COST
}

/**
 * Whether a line is prose.
 *
 * @param line
 *   The line.
 * @param words
 *   Its words (`proseWords`).
 * @returns
 *   `true` for prose.
 */
export function isProse(line: Line, words: number): boolean {
  return words >= LONG_LINE_WORDS || (words >= SENTENCE_WORDS && (endsLikeSentence(line.value) || endsWithMark(line.value, FULL_WIDTH_MARKS, FULL_WIDTH_CLOSERS)))
}

/** Characters of scripts written without spaces between words (Chinese, Japanese, Korean syllables when unspaced). */
const UNSPACED = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu

/** `UNSPACED` as a test. */
const HAS_UNSPACED = new RegExp(UNSPACED.source, 'u')

/** A sentence's end in those scripts: full-width full stop, question and exclamation marks. */
const FULL_WIDTH_MARKS = '。！？'

/** The closing quotes and brackets after them. */
const FULL_WIDTH_CLOSERS = '」』”）)'

/** Characters of an unspaced script per word, about (a Chinese word is one to two characters). */
const CHARACTERS_PER_WORD = 2

/**
 * The words of a line, counting the characters of unspaced scripts, which
 * `wordCount` reads as one word per run, as words of about two characters.
 *
 * @param line
 *   The line.
 * @returns
 *   About how many words it holds.
 */
export function proseWords(line: Line): number {
  const text = line.value
  // Most lines hold no such character: one search tells, without the list of matches that `match` builds.
  if (!HAS_UNSPACED.test(text)) return lineWords(line)
  const unspaced = text.match(UNSPACED)!.length
  return wordCount(text.replace(UNSPACED, ' ')) + Math.floor(unspaced / CHARACTERS_PER_WORD)
}

/** A line continued on the next has at least this many words (shorter ones are menu items and labels). */
const WRAPPED_LINE_WORDS = 8

/** The marks that end a sentence or a clause. */
const CLAUSE_MARKS = '.!?:;'

/** Closing quotes and brackets, which may follow them. */
const CLOSERS = '"\'”’»)]'

/** A letter in lower case at the start of a line. */
const LOWER_CASE_START = /^\p{Ll}/u

/**
 * Whether a line starts with a letter in lower case (`LOWER_CASE_START`),
 * told from the first character's code when it is ASCII, as in most lines:
 * the pattern is asked only of the others.
 *
 * @param text
 *   The line.
 * @returns
 *   Whether it does.
 */
function startsInLowerCase(text: string): boolean {
  const code = text.charCodeAt(0)
  if (code < 0x80) return code >= 0x61 && code <= 0x7a
  return LOWER_CASE_START.test(text)
}

/**
 * The lines of paragraphs broken over several lines (hard-wrapped text, a
 * `<br>` in mid-sentence): a line of some length that ends without a
 * sentence's end, and the line after it in its block when that starts in
 * lower case, continuing the sentence. Each is prose though short.
 *
 * @param tree
 *   The tree.
 * @returns
 *   The lines.
 */
export function wrappedLines(tree: Root): Set<Line> {
  const wrapped = new Set<Line>()
  for (const block of allBlocks(tree)) {
    const lines = block.children
    for (let index = 0; index + 1 < lines.length; index++) {
      const line = lines[index]!
      const next = lines[index + 1]!
      // The cheap tests first: most lines are followed by a capital, and the words of a claimed line are not counted.
      if (!startsInLowerCase(next.value) || endsWithMark(line.value, CLAUSE_MARKS, CLOSERS) || lineWords(line) < WRAPPED_LINE_WORDS) continue
      wrapped.add(line)
      wrapped.add(next)
    }
  }
  return wrapped
}
