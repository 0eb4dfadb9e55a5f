/**
 * Cut a transcript (speech, usually auto-generated and nearly unpunctuated)
 * into readable segments of at most `maxWords` words, without changing a
 * word: joining the segments with one space gives back the text with its
 * whitespace folded.
 *
 * Words and sentences come from retext (`retext-english`). Cuts are chosen
 * in this order:
 *
 * 1. hand-overs between speakers ("over to our correspondent", "thank you very
 *    much", "that's <Name> there"): always cut, they are turns of talk;
 * 2. a stretch still longer than `maxWords` is split where it costs least,
 *    all its cuts chosen together: a sentence end or paragraph break costs
 *    nothing, then a discourse marker that opens a new stretch of talk
 *    ("well", "now", "meanwhile", "okay"), then a weaker clause opener
 *    ("but", "so", "and", "I", "we"), and as a last resort any space between
 *    two words, preferably one that splits no phrase ("for | Mr Smith", not
 *    "Mr | Smith"); a part shorter than half of `maxWords` pays for it, so
 *    parts stay even where the cut classes are alike.
 *
 * Segments carry no `speaker`: a hand-over names who is brought in, but the
 * presenter usually goes on (a question) before the guest speaks, and where
 * the guest's turn starts has no marker a rule can trust.
 *
 * @module
 */
import type {Paragraph, Root as NlcstRoot, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {SPEECH_PHRASES} from './speech-phrases.js'

/** Options of `segmentSpeech`. */
export interface SegmentSpeechOptions {
  /** Most words in a segment (default: `60`). */
  maxWords?: number
  /** Language whose phrase table guides the cuts; unknown ones use English (default: `'en'`). */
  language?: string
}

/** One readable segment. */
export interface SpeechSegment {
  /** The segment's words, whitespace folded. */
  text: string
}

/** Fewest words a hand-over cut may leave in a segment: two cuts closer than this keep the first. */
const MIN_WORDS = 5

/**
 * Share of `maxWords` from which a part's length is free (30 of 60): within
 * that band the cut goes to the best class; below it a part pays for being short.
 */
const BAND_SHARE = 0.5

/**
 * What a cut costs, by class (index: `ANYWHERE`, `LOOSE`, `OPENER`,
 * `MARKER`, `SENTENCE`). A marker is worth a part half as long as the band
 * allows, a bare gap never is. Tuned by reading the segments of the video
 * seed and of the tests' own transcripts.
 */
const CUT_COST = [20, 12, 4, 1, 0]

/** Weight of a short part's squared relative shortfall below the band (a part of half the band's floor costs 4). */
const SHORT_COST = 16

/** Cost of each word over `maxWords`, paid only where the text leaves no gap to cut. */
const OVERFLOW_COST = 1e6

/** Cut classes, best first (hand-overs are not classed: they are always cut). */
const SENTENCE = 4
const MARKER = 3
const OPENER = 2
/** A gap that splits no phrase: not after a binder, not inside a name, not before a word that leans back ("of"). */
const LOOSE = 1
const ANYWHERE = 0
/** A gap without whitespace ("end.Start"): no cut can be made there. */
const NONE = -1

/** One step of a compiled phrase. */
interface Step {
  /** Words (lower case), a name, or any word. */
  match: Set<string> | 'name' | 'word'
  optional: boolean
}

/** A compiled hand-over. */
interface CompiledHandOver {
  steps: Step[]
  cut: 'before' | 'after'
}

/** A compiled phrase table. */
interface Compiled {
  handOvers: CompiledHandOver[]
  leads: Set<string>
  markers: Set<string>
  openers: Set<string>
  binders: Set<string>
  leaners: Set<string>
}

/**
 * The words of a transcript, a column per field. A transcript may run to
 * hundreds of thousands of words (a page of many videos): an object per
 * word, each with its own copies of the word, made segmenting the peak of
 * a whole parse (five times the transcript's text).
 */
interface Words {
  /** Each word folded (lower case, typographic apostrophes made plain), one string per distinct word. */
  folded: string[]
  /** Whether each word starts with a capital letter. */
  capital: boolean[]
  /** Where each word starts in the text. */
  starts: number[]
  /** Where each word ends in the text (exclusive). */
  ends: number[]
}

/** The English parser of retext, made once (it is stateless between documents). */
const english = unified().use(retextEnglish)

/** Compiled tables, by language, made once. */
const compiled = new Map<string, Compiled>()

/** Words that start with a capital but are never a name. */
const NOT_NAMES = new Set(['i', "i'm", "i've", "i'd", "i'll", 'the', 'a', 'and', 'so', 'well', 'now', 'okay', 'ok', 'yes', 'no', 'thank', 'thanks'])

/**
 * Cut speech into readable segments.
 *
 * @param text
 *   The transcript; blank lines mark paragraph breaks, which are good cuts.
 * @param options
 *   Configuration (optional).
 * @returns
 *   The segments, in order; `segments.map((s) => s.text).join(' ')` equals
 *   the text with its whitespace folded.
 * @example
 *   segmentSpeech('… thank you very much for joining us now let’s turn to …')
 */
export function segmentSpeech(text: string, options?: Readonly<SegmentSpeechOptions> | null): SpeechSegment[] {
  const maxWords = options?.maxWords ?? 60
  const table = phrasesFor(options?.language)
  const {words, classes} = tokenize(text)
  const count = words.folded.length
  if (count === 0) {
    const folded = foldWhitespace(text)
    return folded ? [{text: folded}] : []
  }
  const forced = forcedCuts(words, classes, table)
  const cuts: number[] = []
  let previous = 0
  for (const cut of [...forced, count]) {
    cuts.push(...splitStretch(previous, cut, words, classes, table, maxWords))
    if (cut < count) cuts.push(cut)
    previous = cut
  }
  const segments: SpeechSegment[] = []
  let from = 0
  for (const cut of cuts) {
    const at = cutOffset(text, words, cut)
    segments.push({text: foldWhitespace(text.slice(from, at))})
    from = at
  }
  segments.push({text: foldWhitespace(text.slice(from))})
  return segments.filter((segment) => segment.text !== '')
}

/**
 * Count words as `segmentSpeech` does (retext's word tokens).
 *
 * @param text
 *   Any text.
 * @returns
 *   The number of words.
 */
export function countSpeechWords(text: string): number {
  return tokenize(text).words.folded.length
}

/**
 * Fold runs of whitespace to one space and trim.
 *
 * @param text
 *   Any text.
 * @returns
 *   The folded text.
 */
function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * The phrase table of a language, compiled once.
 *
 * @param language
 *   BCP 47 tag (optional; default: `'en'`).
 * @returns
 *   The compiled table (English when the language has none).
 */
function phrasesFor(language: string | undefined): Compiled {
  const primary = (language ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en'
  const key = primary in SPEECH_PHRASES ? primary : 'en'
  let table = compiled.get(key)
  if (!table) {
    const source = SPEECH_PHRASES[key]!
    table = {
      handOvers: source.handOvers.map((handOver) => ({steps: compilePhrase(handOver.phrase), cut: handOver.cut})),
      leads: new Set(source.leads.map(foldWord)),
      markers: new Set(source.markers.map(foldWord)),
      openers: new Set(source.openers.map(foldWord)),
      binders: new Set(source.binders.map(foldWord)),
      leaners: new Set(source.leaners.map(foldWord))
    }
    compiled.set(key, table)
  }
  return table
}

/**
 * Compile a phrase of the table into steps.
 *
 * @param phrase
 *   The phrase (see `HandOver.phrase` in `speech-phrases.ts`).
 * @returns
 *   Its steps.
 */
function compilePhrase(phrase: string): Step[] {
  return phrase.split(' ').map((raw) => {
    const optional = raw.endsWith('?')
    const body = optional ? raw.slice(0, -1) : raw
    if (body === '<Name>') return {match: 'name', optional}
    if (body === '<word>') return {match: 'word', optional}
    return {match: new Set(body.split('|').map(foldWord)), optional}
  })
}

/**
 * Fold a word for comparison: lower case, typographic apostrophes made plain.
 *
 * @param word
 *   One word.
 * @returns
 *   The folded word.
 */
function foldWord(word: string): string {
  return word.toLowerCase().replace(/[’‘`´]/g, "'")
}

/** retext reads the text in chunks of about this many characters. */
const CHUNK_LENGTH = 16_384

/**
 * Where the chunk that starts at `start` ends: at the last whitespace before
 * `CHUNK_LENGTH` characters (or at the limit, in text without spaces).
 *
 * @param text
 *   The transcript.
 * @param start
 *   The chunk's start.
 * @returns
 *   The chunk's end (exclusive).
 */
function chunkEnd(text: string, start: number): number {
  const limit = start + CHUNK_LENGTH
  if (limit >= text.length) return text.length
  const space = text.lastIndexOf(' ', limit)
  return space > start ? space + 1 : limit
}

/**
 * Read the words of the text with retext's English parser, and class the
 * gap before each word by how good a cut it makes.
 *
 * @param text
 *   The transcript.
 * @returns
 *   The words, and `classes[i]`: the class of the gap before word `i`
 *   (`SENTENCE` after a sentence end or paragraph break, else `ANYWHERE`, or
 *   `NONE` where no whitespace separates the words).
 */
function tokenize(text: string): {words: Words; classes: number[]} {
  const words: Words = {folded: [], capital: [], starts: [], ends: []}
  const classes: number[] = []
  // Folded words by themselves: each distinct word is kept once, however often it is said.
  const vocabulary = new Map<string, string>()
  // The gap after a sentence end or paragraph break is a good cut: carried to the next word.
  let pending = ANYWHERE
  // retext works on bounded chunks (cut at a space): on one huge unpunctuated
  // sentence its inner-word merging is quadratic and its tree large.
  for (let start = 0; start < text.length; ) {
    const end = chunkEnd(text, start)
    const tree: NlcstRoot = english.parse(text.slice(start, end))
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue
      for (const sentence of (paragraph as Paragraph).children) {
        if (sentence.type !== 'SentenceNode') continue
        for (const child of (sentence as Sentence).children) {
          if (child.type !== 'WordNode' || !child.position) continue
          const value = toString(child)
          const folded = foldWord(value)
          if (!vocabulary.has(folded)) vocabulary.set(folded, folded)
          words.folded.push(vocabulary.get(folded)!)
          words.capital.push(/^\p{Lu}/u.test(value))
          words.starts.push(start + child.position.start.offset!)
          words.ends.push(start + child.position.end.offset!)
          classes.push(words.folded.length === 1 ? NONE : pending)
          pending = ANYWHERE
        }
        // retext ends a sentence only at terminal punctuation, or at the paragraph's end.
        pending = SENTENCE
      }
    }
    // A chunk's end is not a sentence end unless the text says so.
    if (end < text.length && !/[.?!…]["'”’)\]]*\s*$/u.test(text.slice(Math.max(start, end - 8), end))) pending = ANYWHERE
    start = end
  }
  for (let index = 1; index < words.starts.length; index++) {
    const gap = text.slice(words.ends[index - 1]!, words.starts[index]!)
    if (!/\s/.test(gap)) classes[index] = NONE
  }
  return {words, classes}
}

/**
 * Find the hand-overs: cuts that are always made.
 *
 * @param words
 *   The words.
 * @param classes
 *   Gap classes (`NONE` gaps are never cut).
 * @param table
 *   The phrase table.
 * @returns
 *   Sorted word indices to cut before, none closer than `MIN_WORDS` to
 *   another or to either end.
 */
function forcedCuts(words: Words, classes: number[], table: Compiled): number[] {
  const {folded} = words
  const found = new Set<number>()
  for (let index = 0; index < folded.length; index++) {
    for (const handOver of table.handOvers) {
      const end = matchSteps(handOver.steps, 0, words, index)
      if (end === undefined) continue
      let cut = handOver.cut === 'before' ? index : end
      // "well let's take a look": the particle belongs to the new turn.
      if (handOver.cut === 'before' && cut > 0 && table.leads.has(folded[cut - 1]!) && !table.leads.has(folded[index]!)) cut--
      found.add(cut)
      break
    }
  }
  const kept: number[] = []
  let previous = 0
  for (const cut of [...found].sort((a, b) => a - b)) {
    if (cut - previous < MIN_WORDS || folded.length - cut < MIN_WORDS || classes[cut] === NONE) continue
    kept.push(cut)
    previous = cut
  }
  return kept
}

/**
 * Match phrase steps against the words from a position, backtracking over
 * optional steps and name lengths.
 *
 * @param steps
 *   The phrase's steps.
 * @param step
 *   The step to match.
 * @param words
 *   The words.
 * @param index
 *   The word to match it against.
 * @returns
 *   The index after the last matched word, or `undefined`.
 */
function matchSteps(steps: Step[], step: number, words: Words, index: number): number | undefined {
  if (step === steps.length) return index
  const {match, optional} = steps[step]!
  const count = words.folded.length
  let result: number | undefined
  if (index < count) {
    if (match === 'word') result = matchSteps(steps, step + 1, words, index + 1)
    else if (match === 'name') {
      // Longest name first: "that's Ann Lee there" reads "Ann Lee".
      let length = 0
      while (length < 3 && index + length < count && isNameWord(words, index + length)) length++
      for (; length > 0 && result === undefined; length--) result = matchSteps(steps, step + 1, words, index + length)
    } else if (match.has(words.folded[index]!)) result = matchSteps(steps, step + 1, words, index + 1)
  }
  if (result === undefined && optional) result = matchSteps(steps, step + 1, words, index)
  return result
}

/**
 * Whether a word may be part of a name: capitalised, and not a pronoun or particle.
 *
 * @param words
 *   The words.
 * @param index
 *   Which word.
 * @returns
 *   `true` when it may.
 */
function isNameWord(words: Words, index: number): boolean {
  return words.capital[index]! && !NOT_NAMES.has(words.folded[index]!)
}

/**
 * How good a cut the gap before a word is.
 *
 * @param index
 *   The word after the gap.
 * @param words
 *   The words.
 * @param classes
 *   Gap classes from the parser.
 * @param table
 *   The phrase table.
 * @returns
 *   The class (`SENTENCE`, `MARKER`, `OPENER`, `LOOSE`, `ANYWHERE` or `NONE`).
 */
function gapClass(index: number, words: Words, classes: number[], table: Compiled): number {
  const base = classes[index]!
  if (base !== ANYWHERE) return base
  const word = words.folded[index]!
  // "right now", "as well", "and so": the word leans on the one before, so cutting there splits a phrase.
  if (table.binders.has(words.folded[index - 1]!)) return ANYWHERE
  if (table.markers.has(word)) return MARKER
  if (table.openers.has(word)) return OPENER
  if (table.leaners.has(word) || (isNameWord(words, index - 1) && isNameWord(words, index))) return ANYWHERE
  return LOOSE
}

/**
 * Split one stretch between forced cuts into parts of at most `maxWords`
 * words. The cuts are chosen together, as the cheapest way through the
 * stretch (dynamic programming over the gaps): each cut costs by its class
 * (`CUT_COST`), and a part shorter than the band (`BAND_SHARE`) by how
 * short it is, so that a sentence end or marker wins over a bare gap, and no
 * part is cut needlessly small.
 *
 * @param from
 *   First word of the stretch.
 * @param to
 *   Word after the stretch.
 * @param words
 *   The words.
 * @param classes
 *   Gap classes from the parser.
 * @param table
 *   The phrase table.
 * @param maxWords
 *   Most words in a part.
 * @returns
 *   Word indices to cut before, ascending.
 */
function splitStretch(from: number, to: number, words: Words, classes: number[], table: Compiled, maxWords: number): number[] {
  if (to - from <= maxWords) return []
  const floor = Math.max(1, maxWords * BAND_SHARE)
  const cutCost: number[] = []
  for (let index = from + 1; index < to; index++) cutCost[index] = CUT_COST[gapClass(index, words, classes, table)] ?? Infinity
  // Where a part may start: the stretch's start and every word a cut may go before.
  // Only these are tried, so that glued text (no gap for thousands of words) stays linear.
  const starts: number[] = [from]
  for (let index = from + 1; index < to; index++) if (cutCost[index] !== Infinity) starts.push(index)
  // `cost[i]`: cheapest split of the words `from` to `i`, ending with a cut before `i` (or at the stretch's end).
  const cost: number[] = [0]
  const back: number[] = [from]
  let last = 0
  for (let end = from + 1; end <= to; end++) {
    while (last + 1 < starts.length && starts[last + 1]! < end) last++
    let best = Infinity
    let bestStart = from
    // Glued text may leave no gap within reach: then a part may run over, at a price that only such text pays.
    for (let which = last; which >= 0; which--) {
      const start = starts[which]!
      const length = end - start
      if (length > maxWords && best < Infinity) break
      const enter = start === from ? 0 : cutCost[start]!
      const over = length > maxWords ? OVERFLOW_COST * (length - maxWords) : 0
      const short = length < floor ? SHORT_COST * ((floor - length) / floor) ** 2 : 0
      const total = cost[start - from]! + enter + short + over
      if (total < best) {
        best = total
        bestStart = start
      }
    }
    cost[end - from] = best
    back[end - from] = bestStart
  }
  const cuts: number[] = []
  for (let end = to; end > from; end = back[end - from]!) if (back[end - from]! > from) cuts.push(back[end - from]!)
  return cuts.reverse()
}

/**
 * Where in the text a cut before a word falls: at the first whitespace after
 * the previous word, so closing punctuation stays with the words before.
 *
 * @param text
 *   The transcript.
 * @param words
 *   The words.
 * @param index
 *   The word to cut before.
 * @returns
 *   The offset of the cut.
 */
function cutOffset(text: string, words: Words, index: number): number {
  const start = words.ends[index - 1]!
  const gap = text.slice(start, words.starts[index]!)
  const space = gap.search(/\s/)
  return start + (space === -1 ? gap.length : space)
}
