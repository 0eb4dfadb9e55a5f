/**
 * Recognise a transcript (a long run of unpunctuated speech, as video pages
 * carry under the player) and segment it.
 *
 * Auto-generated captions come with almost no punctuation: thousands of
 * words without a full stop or comma. Written prose, even in long sentences,
 * has a sentence end every 15 to 35 words and a comma every 10 to 20. So a
 * long run of lines whose punctuation is far below prose is speech: its lines
 * are claimed as `transcript` (kept out of the body), the text is cut into
 * readable segments (`segmentSpeech`) and the page becomes a video unless a
 * kind was already set.
 *
 * A run may span several lines of a block (caption cues, one per line) and
 * several blocks (paragraphs of a transcript). A short block at the edge of
 * a run next to a long one (a headline above the transcript) is left out.
 *
 * @module
 */
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import * as z from 'zod'
import {report} from '../messages.js'
import type {Line, Root} from '../tree.js'
import {allBlocks, claim, isUnclaimed} from '../util/lines.js'
import {segmentSpeech} from '../util/segment-speech.js'
import {lineWords} from '../util/line-text.js'

/**
 * Fewest words in a transcript. About a minute of speech (150 words a
 * minute); below that a run of unpunctuated words is as likely a headline,
 * a caption list or a menu, and a prose paragraph this long has four or
 * more sentence ends, so it cannot pass the density tests by chance.
 */
const MIN_WORDS = 120

/**
 * Words per sentence end below which text counts as written: a run is speech
 * only with fewer than one `.?!…` per this many words. News prose has one
 * per 15 to 25 words, long-winded legal or academic prose one per 35 at most;
 * auto-generated captions have none.
 */
const WORDS_PER_END = 40

/**
 * Words per punctuation mark of any kind (`.,;:?!…`, brackets, dashes) below
 * which text counts as written. Prose has one every 8 to 12 words; even a
 * long-sentenced essay paragraph with two full stops, two dashes, a comma
 * and a colon in 128 words (one per 21; a nymag.com page of the trafilatura
 * evaluation set) must stay prose. Auto-captions have
 * none in thousands of words. Guards too against one long sentence (a
 * 150-word legal clause has one full stop but a dozen commas).
 */
const WORDS_PER_MARK = 30

/**
 * Least share of cased words that start in lower case. Speech is mostly
 * lower case even when a recogniser capitalises names; a run of capitalised
 * words without punctuation is a menu, a tag list or a list of names.
 * (Measured: 0.86 on the video seed; a Title Case menu is near 0.)
 */
const MIN_LOWER_SHARE = 0.5

/**
 * Fewest words per line, on average. Caption cues hold 6 to 12 words; a
 * column of short unpunctuated lines (ingredients, links, names) holds fewer.
 */
const MIN_WORDS_PER_LINE = 6

/**
 * Words below which a block at the edge of a run is left out when the block
 * next to it is longer: a headline or label next to a transcript paragraph.
 */
const EDGE_MAX_WORDS = 30

/**
 * Share of the lines after the first that must start in lower case in a run
 * of `MIN_LINES_FOR_STARTS` lines or more: unpunctuated speech is cut into
 * lines and paragraphs mid-sentence, while list items, headlines, menus and
 * headings start with a capital.
 */
const MIN_LOWER_STARTS = 0.5

/** Fewest lines in a run for the line starts to be telling (two paragraphs may both start with a name). */
const MIN_LINES_FOR_STARTS = 3

/**
 * Most characters per word, on average. Scripts written without spaces
 * (Chinese, Japanese, Thai) give a "word" per clause, so the word measures
 * above mean nothing there; such text is never taken.
 */
const MAX_CHARS_PER_WORD = 15

/**
 * Least share of the words that the ten most frequent words make up. Any
 * running language repeats its function words (Zipf): in speech "the",
 * "and", "to", "that" make a quarter of the words (0.24 on the video
 * seed, at least 0.21 on any 120-word stretch of it). A tag cloud or keyword
 * list without punctuation repeats little (0.11 on a German forum's tag
 * cloud of 421 words, from the trafilatura evaluation pages).
 */
const MIN_TOP_WORDS_SHARE = 0.15

/** How many of the most frequent words `MIN_TOP_WORDS_SHARE` counts. */
const TOP_WORDS = 10

/** A word, for the frequency count (as `wordCount` reads words). */
const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu

/** Sentence ends: `.?!…` followed by a space, a closing quote or bracket, or the end; CJK full stops anywhere. */
// The lookbehind starts a match only at the start of a run of marks, which keeps long runs ("!!!!…x") linear.
const SENTENCE_END = /(?<![.?!…])[.?!…]+(?=["'”’»)\]]*(?:\s|$))|[。！？]+/gu

/** Any punctuation mark written prose uses between clauses (Latin or CJK), brackets, and dashes set off by spaces. */
const CLAUSE_MARK = /[.,;:?!…()[\]。！？，、；：（）]|\s[-–—]\s|—/gu

/** Options of `detectTranscript`. */
export const DetectTranscriptOptionsSchema = z.object({
  minWords: z.number().int().positive().default(MIN_WORDS).describe('Fewest words in a transcript.'),
  wordsPerEnd: z.number().positive().default(WORDS_PER_END).describe('A transcript has fewer than one sentence end per this many words.'),
  maxSegmentWords: z.number().int().positive().default(60).describe('Most words in a segment.')
})

/** Options of `detectTranscript`. */
export type DetectTranscriptOptions = z.input<typeof DetectTranscriptOptionsSchema>

/** A run of lines taken together, with its measures. */
interface Unit {
  lines: Line[]
  words: number
}

/**
 * unified transformer plugin: claim transcript lines and set `root.data.transcript`.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transformer.
 * @example
 *   unified().use(fromText).use(detectTranscript, {minWords: 200})
 */
export function detectTranscript(options?: Readonly<DetectTranscriptOptions> | null) {
  const settings = readOptions(options)
  return function (tree: Root, file: VFile): void {
    const data = (tree.data ??= {})
    const runs = findRuns(tree, settings.wordsPerEnd).filter((run) => isSpeech(run, settings.minWords, settings.wordsPerEnd))
    if (runs.length === 0) return
    for (const run of runs) {
      const first = run[0]!.lines[0]!
      const last = run[run.length - 1]!.lines.at(-1)!
      const words = run.reduce((sum, unit) => sum + unit.words, 0)
      // The message spans the whole run, from its first line to its last.
      const span: Node = {type: 'transcript', position: first.position && last.position ? {start: first.position.start, end: last.position.end} : undefined}
      report(file, 'transcript-found', `Unexpected ${words} words with almost no punctuation, taken as a transcript`, span, first.value)
      for (const unit of run) for (const line of unit.lines) claim(line, {role: 'transcript'})
    }
    const source = transcriptSource(runs)
    data.transcript = {
      text: source.replace(/\s+/g, ' ').trim(),
      segments: segmentSpeech(source, {maxWords: settings.maxSegmentWords, language: data.language})
    }
  }
}

/**
 * The text of the runs: a unit's lines joined by spaces, units as
 * paragraphs, which `segmentSpeech` takes as good cuts. Its own function, so
 * that the paragraphs are let go before the text is segmented.
 *
 * @param runs
 *   The runs taken as speech.
 * @returns
 *   The transcript's text.
 */
function transcriptSource(runs: Unit[][]): string {
  const paragraphs: string[] = []
  for (const run of runs) for (const unit of run) paragraphs.push(unit.lines.map((line) => line.value).join(' '))
  return paragraphs.join('\n\n')
}

/**
 * Validate options, throwing a `TypeError` worded like unified's.
 *
 * @param options
 *   Options as given (optional).
 * @returns
 *   Settings with defaults.
 */
function readOptions(options: Readonly<DetectTranscriptOptions> | null | undefined): z.output<typeof DetectTranscriptOptionsSchema> {
  const result = DetectTranscriptOptionsSchema.safeParse(options ?? {})
  if (result.success) return result.data
  const issue = result.error.issues[0]!
  const key = String(issue.path[0] ?? '')
  const actual = key && options ? (options as Record<string, unknown>)[key] : options
  throw new TypeError(`Expected \`options${key ? '.' + key : ''}\` to be valid (${issue.message}), not \`${String(actual)}\``)
}

/**
 * Count sentence ends and clause marks.
 *
 * @param text
 *   A line.
 * @returns
 *   Sentence ends, and punctuation marks of any kind.
 */
function punctuation(text: string): {ends: number; marks: number} {
  return {ends: text.match(SENTENCE_END)?.length ?? 0, marks: text.match(CLAUSE_MARK)?.length ?? 0}
}

/**
 * Whether a line may be part of speech: plain, unclaimed content whose
 * punctuation is sparse on its own, by the same measures as the whole run
 * (a line under `WORDS_PER_MARK` words has none). Lines are judged one by one, so that hard-wrapped prose, whose
 * lines often hold no full stop, never forms a long enough run between the
 * lines that do.
 *
 * @param line
 *   The line.
 * @param wordsPerEnd
 *   Words per sentence end below which text is written.
 * @returns
 *   `true` when it may.
 */
function isSpeechLine(line: Line, wordsPerEnd: number): boolean {
  const hint = line.data?.hint
  if (!isUnclaimed(line) || hint?.listItem || hint?.heading || hint?.quote || hint?.media || hint?.figcaption) return false
  const words = lineWords(line)
  if (words === 0) return false
  // The marks first: most lines of prose hold too many, found before the line is read to its end.
  return isSparse(CLAUSE_MARK, line.value, words, WORDS_PER_MARK) && isSparse(SENTENCE_END, line.value, words, wordsPerEnd)
}

/**
 * Whether a text holds fewer matches of a global pattern than one per
 * `wordsPer` of its words (as `punctuation` counts them): the matches are
 * counted until they are enough to say no, so a paragraph of prose is not
 * read to its end.
 *
 * @param pattern
 *   A global pattern (`SENTENCE_END`, `CLAUSE_MARK`).
 * @param text
 *   The text.
 * @param words
 *   Its words.
 * @param wordsPer
 *   Words per match below which the text is too punctuated.
 * @returns
 *   `true` when `matches * wordsPer < words`.
 */
function isSparse(pattern: RegExp, text: string, words: number, wordsPer: number): boolean {
  pattern.lastIndex = 0
  for (let count = 1; pattern.exec(text); count++) {
    if (count * wordsPer >= words) {
      pattern.lastIndex = 0
      return false
    }
  }
  return true
}

/**
 * Find runs of speech-like lines: consecutive such lines of a block make a
 * unit, consecutive units (no other line between) make a run.
 *
 * @param tree
 *   The tree.
 * @param wordsPerEnd
 *   Words per sentence end below which text is written.
 * @returns
 *   The runs, each a list of units, with short edge units left out.
 */
function findRuns(tree: Root, wordsPerEnd: number): Unit[][] {
  const runs: Unit[][] = []
  let run: Unit[] = []
  let unit: Unit | undefined
  const close = () => {
    if (run.length > 0) runs.push(trimEdges(run))
    run = []
  }
  for (const block of allBlocks(tree)) {
    unit = undefined
    for (const line of block.children) {
      if (!isSpeechLine(line, wordsPerEnd)) {
        unit = undefined
        close()
        continue
      }
      if (!unit) {
        // A new block, or a line after a non-speech line that already closed the run.
        unit = {lines: [], words: 0}
        run.push(unit)
      }
      unit.lines.push(line)
      unit.words += lineWords(line)
    }
  }
  close()
  return runs.filter((units) => units.length > 0)
}

/**
 * Leave out short units at the edges of a run when the unit next to them is
 * long: a headline or a label beside a transcript paragraph. Runs of short
 * units (one caption cue per block) are kept whole.
 *
 * @param run
 *   The units of a run.
 * @returns
 *   The units kept.
 */
function trimEdges(run: Unit[]): Unit[] {
  const units = [...run]
  while (units.length > 1 && units[0]!.words < EDGE_MAX_WORDS && units[1]!.words >= EDGE_MAX_WORDS) units.shift()
  while (units.length > 1 && units.at(-1)!.words < EDGE_MAX_WORDS && units.at(-2)!.words >= EDGE_MAX_WORDS) units.pop()
  return units
}

/**
 * The lines of a run's units, in order. A loop: `flatMap` runs on a generic
 * path of the engine, for every run of every page.
 *
 * @param run
 *   The units of a run.
 * @returns
 *   Their lines.
 */
function linesOf(run: Unit[]): Line[] {
  const lines: Line[] = []
  for (const unit of run) for (const line of unit.lines) lines.push(line)
  return lines
}

/**
 * Whether a run reads as speech rather than writing.
 *
 * @param run
 *   The units of a run.
 * @param minWords
 *   Fewest words.
 * @param wordsPerEnd
 *   Words per sentence end below which text is written.
 * @returns
 *   `true` for a transcript.
 */
function isSpeech(run: Unit[], minWords: number, wordsPerEnd: number): boolean {
  const lines = linesOf(run)
  // The lines' counts add up to the joined text's: a word never spans the space between two lines.
  const words = run.reduce((sum, unit) => sum + unit.words, 0)
  if (words < minWords || words / lines.length < MIN_WORDS_PER_LINE) return false
  if (lines.length >= MIN_LINES_FOR_STARTS && lowerStarts(lines) < (lines.length - 1) * MIN_LOWER_STARTS) return false
  const text = lines.map((line) => line.value).join(' ')
  if (text.length / words > MAX_CHARS_PER_WORD) return false
  const {ends, marks} = punctuation(text)
  if (ends * wordsPerEnd >= words || marks * WORDS_PER_MARK >= words) return false
  if (topWordsShare(text) < MIN_TOP_WORDS_SHARE) return false
  return lowerShare(text) >= MIN_LOWER_SHARE
}

/**
 * How many lines after the first start in lower case. A line that starts
 * with a number ("14 May to 20 May") counts as a capital: tables and
 * timelines do.
 *
 * @param lines
 *   The lines of a run.
 * @returns
 *   The count.
 */
function lowerStarts(lines: Line[]): number {
  let lower = 0
  for (let index = 1; index < lines.length; index++) {
    if (/\p{Ll}/u.test(/[\p{L}\p{N}]/u.exec(lines[index]!.value)?.[0] ?? '')) lower++
  }
  return lower
}

/** The first letter of a word, cased or not. */
const WORD_START = /(?<![\p{L}\p{N}'’])[\p{Lu}\p{Ll}]/gu

/**
 * The share of a text's cased words that start in lower case, counted
 * without a list of them (a transcript may run to millions of words).
 *
 * @param text
 *   Any text.
 * @returns
 *   A share between 0 and 1 (1 when no word is cased).
 */
function lowerShare(text: string): number {
  let cased = 0
  let lower = 0
  for (const [letter] of text.matchAll(WORD_START)) {
    cased++
    if (/\p{Ll}/u.test(letter)) lower++
  }
  return cased === 0 ? 1 : lower / cased
}

/**
 * The share of a text's words that its most frequent words make up.
 *
 * @param text
 *   Any text.
 * @returns
 *   A share between 0 and 1 (0 for no words).
 */
function topWordsShare(text: string): number {
  // Counted as they are matched: a list of every word would be many times the text.
  const counts = new Map<string, number>()
  let words = 0
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    counts.set(word, (counts.get(word) ?? 0) + 1)
    words++
  }
  const top = [...counts.values()].sort((a, b) => b - a).slice(0, TOP_WORDS)
  return words === 0 ? 0 : top.reduce((sum, count) => sum + count, 0) / words
}
