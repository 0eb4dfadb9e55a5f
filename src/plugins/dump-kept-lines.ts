/**
 * The short lines of a whole-page text dump that are the article's, not a
 * menu's or a footer's, for `dropBoilerplateRuns`: a short paragraph alone in
 * its block, a list that a sentence of the article announces ("It has three
 * parts:"), a line that opens with a quantity and its unit (an ingredient:
 * "200 g sugar", or "1" then "cup sugar"), a run of short sentences one a
 * line (the steps of a recipe or a guide: "Preheat the oven to 200
 * degrees."), a fact box's labelled values ("Opened: 1931").
 *
 * @module
 */
import type {Block, Line, Root} from '../tree.js'
import {allBlocks, isUnclaimed} from '../util/lines.js'
import {lineWords} from '../util/line-text.js'
import {isBylineLine} from '../util/bylines.js'
import {isProse, proseWords} from './dump-prose-lines.js'
import {endBefore, wordCount} from '../util/text.js'

/**
 * A quantity and its unit opening a line ("200 g sugar", "1 tbsp oil", "2
 * große Eier", "½ cup milk"): an item of a list of ingredients or
 * materials, which no menu or footer holds.
 */
const QUANTITY = /^(?:\d+(?:[.,\/]\d+)?|\d*[½¼¾⅓⅔])\s?(?:g|kg|mg|ml|l|cl|dl|el|tl|pck|pkg|prise|prisen|stk|stück|tbsp|tsp|cups?|tablespoons?|teaspoons?|oz|lbs?|pinch|cans?|cloves?|eier?|eggs?|zehen?|bund|dosen?|becher|msp|große?n?|kleine?n?|mittelgroße?n?|large|small|medium)(?![\p{L}])/iu

/** A quantity alone on its line ("1", "1/4", "½"): a recipe card that sets the amount apart from the unit and the ingredient. */
const BARE_QUANTITY = /^(?:\d+(?:[.,\/]\d+)?|\d*[½¼¾⅓⅔])$/u

/**
 * The items of lists of ingredients or materials (`QUANTITY`): a line that
 * opens with a quantity and its unit, or a quantity alone on its line and
 * the line after it, when that opens with a unit in lower case ("1", then
 * "cup packed brown sugar"; a recipe card's amount and ingredient in
 * separate boxes). A capital is no unit: "2", then "El Salvador" is a
 * ranking's number and a headline's first words (on the trafilatura dumps,
 * the split items found 1 more snippet of content and changed no other
 * page).
 *
 * @param lines
 *   The page's lines of content, in order.
 * @returns
 *   The lines.
 */
export function quantityLines(lines: readonly Line[]): Line[] {
  const found: Line[] = []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    // Both patterns open with a figure: most lines fail on their first character, without them.
    if (!QUANTITY_START.includes(line.value.charAt(0))) continue
    if (QUANTITY.test(line.value)) found.push(line)
    const next = lines[index + 1]
    if (next && BARE_QUANTITY.test(line.value) && LOWER_CASE_START.test(next.value) && QUANTITY.test(`${line.value} ${next.value}`)) found.push(line, next)
  }
  return found
}

/** The characters a quantity opens with (`QUANTITY`, `BARE_QUANTITY`): a digit or a fraction. */
const QUANTITY_START = '0123456789½¼¾⅓⅔'

/** A letter in lower case at the start of a line. */
const LOWER_CASE_START = /^\p{Ll}/u

/** A short paragraph has at least this many words: fewer are a label or a link, even alone in their block. */
const SHORT_PARAGRAPH_WORDS = 4

/**
 * A short paragraph that ends as a sentence does has at least this many
 * words ("Fuji X-TRA 400.", "Mensch im Mittelpunkt."): a menu's items and
 * labels end without a full stop, so two words are enough.
 */
const SHORT_SENTENCE_WORDS = 2

/** A sentence's full stop, question or exclamation mark at a line's end; not a colon, which ends a label ("Folgen Sie uns:"). */
const FULL_STOP = /[.!?…]["'”’»)\]]*$/u

/**
 * The short paragraphs of the page: lines alone in their block (a scraper
 * leaves a blank line around a paragraph, and none between the items of a
 * menu or a list) of a few words or more ("The bridge reopened at last.",
 * "Three things changed this week"), or of fewer that end as a sentence
 * does. Before the main text, they are its lead, a quote, a subheading, not
 * a menu's items. In a dump that gives every line a block of its own, the
 * blocks say nothing: there a short paragraph is a sentence, a line of a
 * few words over prose (a headline over its standfirst), or a byline.
 *
 * @param tree
 *   The tree.
 * @returns
 *   The lines.
 */
export function shortParagraphs(tree: Root): Set<Line> {
  const paragraphs = new Set<Line>()
  const blocks = allBlocks(tree)
  // A dump with a blank line after every line says nothing by its blocks: there, only a sentence is a paragraph.
  const blockless = isBlankLineEverywhere(blocks)
  for (const [index, block] of blocks.entries()) {
    const line = block.children[0]
    if (block.children.length !== 1 || !line) continue
    const words = lineWords(line)
    const sentence = words >= SHORT_SENTENCE_WORDS && FULL_STOP.test(line.value)
    if (sentence || (words >= SHORT_PARAGRAPH_WORDS && !blockless)) paragraphs.add(line)
    // There, a headline over its text, and a byline, are no menu's items either. (A date line is not read so: a site's
    // date of the day in its top bar would then stay, and pass for the article's.)
    else if (blockless && ((words >= SHORT_PARAGRAPH_WORDS && overProse(blocks[index + 1])) || isBylineLine(line))) paragraphs.add(line)
  }
  return paragraphs
}

/**
 * Whether a block opens with prose: under a line of a few words, in a dump
 * that gives every line a block, it makes that line a headline or a
 * subheading over its text, not a menu's item (which stands over the next).
 *
 * @param block
 *   The next block (optional).
 * @returns
 *   Whether its first line is prose.
 */
function overProse(block: Block | undefined): boolean {
  const line = block?.children[0]
  return line !== undefined && isProse(line, proseWords(line))
}

/** The share of blocks of one line at which a dump is read as giving every line a block of its own. */
const BLOCKLESS_SHARE = 0.9

/** A dump needs this many blocks before their share says anything. */
const BLOCKLESS_MIN_BLOCKS = 40

/**
 * Whether a dump puts a blank line after every line, menus' items included
 * (some scrapers do, and some pages' markup makes every item a block): then
 * a line alone in its block is no evidence of a paragraph.
 *
 * @param blocks
 *   The page's blocks.
 * @returns
 *   Whether nearly all are of one line.
 */
function isBlankLineEverywhere(blocks: Block[]): boolean {
  if (blocks.length < BLOCKLESS_MIN_BLOCKS) return false
  let single = 0
  for (const block of blocks) if (block.children.length === 1) single++
  return single >= blocks.length * BLOCKLESS_SHARE
}

/** A block of at most this many lines after a colon is the list it announces; a longer one is a list of its own. */
const ANNOUNCED_LIST_MAX_LINES = 12

/** A line that announces a list is a sentence of at least this many words ("Here is what you need:"); fewer are a label ("Links:", "Follow us:"). */
const ANNOUNCING_WORDS = 5

/**
 * The lists the article announces: a sentence ending in a colon, and the
 * block after it ("The plan has three parts:", then one line an item).
 * Each line is short, but the list is the article's, not a menu or a
 * footer: the sentence before it says so.
 *
 * @param tree
 *   The tree.
 * @returns
 *   The announcing lines and the lines of their lists.
 */
export function announcedLists(tree: Root): Set<Line> {
  const listed = new Set<Line>()
  let previous: Line | undefined
  for (const block of allBlocks(tree)) {
    if (previous && isAnnouncing(previous) && block.children.length <= ANNOUNCED_LIST_MAX_LINES) {
      listed.add(previous)
      for (const line of block.children) listed.add(line)
    }
    previous = block.children[block.children.length - 1]
  }
  return listed
}

/**
 * Whether a line announces a list: content, a sentence of some length that
 * ends in a colon.
 *
 * @param line
 *   The last line of a block.
 * @returns
 *   `true` when it does.
 */
function isAnnouncing(line: Line): boolean {
  return isUnclaimed(line) && line.value.endsWith(':') && lineWords(line) >= ANNOUNCING_WORDS
}

/** A line of a run of sentences has at least this many words ("Grease the baking tin."); fewer are a label or a button. */
const SENTENCE_LINE_WORDS = 4

/** Sentences one a line make the article's text when at least this many follow each other in one block: one or two may be a footer's notice. */
const SENTENCE_RUN = 3

/**
 * A line that ends with one full stop after a word's end ("Grease the baking
 * tin."): not an ellipsis (a teaser cut short: "Read on..."), not a
 * question or an exclamation (the items of an FAQ's menu, a call to
 * action), not a stop after a capital (an initial, a Roman numeral, an
 * abbreviation: "Teil II.", "A. & H.B.").
 */
const ONE_FULL_STOP = /[^.\p{Lu}]\.$/u

/**
 * Whether a line ends with one full stop (`ONE_FULL_STOP`), quotes and
 * brackets after it aside. Read from the end: a pattern that ends in `$`
 * is still tried at every position of the line, and the lines of prose are
 * long (on the text dumps, this rule took 2% of the front end's time).
 *
 * @param text
 *   A line.
 * @returns
 *   Whether it does.
 */
function endsWithOneFullStop(text: string): boolean {
  const end = endBefore(text)
  // Two code units before the stop hold the character before it, whatever its plane.
  return text[end - 1] === '.' && ONE_FULL_STOP.test(text.slice(Math.max(0, end - 3), end))
}

/**
 * The lines of runs of short sentences, one a line, in one block: the steps
 * of a recipe or a guide ("Preheat the oven to 220 degrees.", "Grease the
 * baking tin."), the notes of a changelog, a forum post's lines. Each is short, but a
 * menu's or a footer's items do not end as sentences do (on the trafilatura
 * dumps, runs of 3 lines of 4 words or more found 4 more snippets of
 * content and kept 1 more of furniture; lines of 3 words, 4 and 2; runs of
 * 2, 5 and 4; runs across blocks, 6 and 5; with question and exclamation
 * marks and ellipses, 5 and 2, but on pages the metric does not score they
 * kept the questions of FAQ menus and teasers cut short).
 *
 * @param tree
 *   The tree.
 * @returns
 *   The lines.
 */
export function sentenceRuns(tree: Root): Set<Line> {
  const found = new Set<Line>()
  for (const block of allBlocks(tree)) {
    let run: Line[] = []
    // One pass more than the block's lines: the last closes the block's last run.
    for (let index = 0; index <= block.children.length; index++) {
      const line = block.children[index]
      if (line && isUnclaimed(line) && endsWithOneFullStop(line.value) && lineWords(line) >= SENTENCE_LINE_WORDS) {
        run.push(line)
        continue
      }
      if (run.length >= SENTENCE_RUN) for (const each of run) found.add(each)
      run = []
    }
  }
  return found
}

/**
 * A label, a colon and a value on one line ("Opened: 1931", "Optik:
 * Teleobjektiv", "Horaires : 17h00"); `labelledValue` reads the words on
 * each side.
 */
const LABELLED_VALUE = /^\p{L}[\p{L}\p{N} .\/-]{0,30}: \S/u

/** A fact box's label has at most this many words ("Art der Aufnahme"); more are a kicker before a headline ("Fragen an das Leben: …"). */
const LABEL_MAX_WORDS = 3

/** A fact box's value has at most this many words; more are a headline after its kicker ("USA: Umfrage offenbart …"). */
const VALUE_MAX_WORDS = 8

/** Labelled values make a fact box when at least this many follow each other: one or two may be a footer's "Tel.: 0123 456". */
const FACT_BOX_LINES = 3

/**
 * A line's label and value, when it is a labelled value of a fact box: a
 * label of a few words, a colon, a short value.
 *
 * @param text
 *   The line.
 * @returns
 *   The label (in lower case) and the value, or `undefined`.
 */
function labelledValue(text: string): {label: string; value: string} | undefined {
  // The colon first: a cheap test that most lines fail.
  if (!text.includes(': ') || !LABELLED_VALUE.test(text)) return undefined
  const colon = text.indexOf(': ')
  const label = text.slice(0, colon).trim()
  const value = text.slice(colon + 2).trim()
  return wordCount(label) <= LABEL_MAX_WORDS && wordCount(value) <= VALUE_MAX_WORDS ? {label: label.toLowerCase(), value} : undefined
}

/**
 * Whether a run of labelled values is a fact box: each label names another
 * attribute (a list of "Kicker: headline" teasers repeats its kickers), and
 * the values mix figures and words, at least half of them each ("Opened:
 * 1931", "Architect: Jane Roe"): teaser lists and menus of "ERP:
 * Enterprise-Resource-Planning" hold no figures, counters and tickers
 * ("Guests: 3", "UF: $32.257,34") no words.
 *
 * @param pairs
 *   The run's labels and values.
 * @returns
 *   `true` when it is.
 */
function isFactBox(pairs: ReadonlyArray<{label: string; value: string}>): boolean {
  const half = pairs.length / 2
  return (
    new Set(pairs.map((pair) => pair.label)).size === pairs.length &&
    pairs.filter((pair) => /\d/u.test(pair.value)).length >= half &&
    pairs.filter((pair) => /\p{L}/u.test(pair.value)).length >= half
  )
}

/**
 * The lines of fact boxes and spec sheets: runs of labelled values that
 * mix figures and words (`isFactBox`: "Opened: 1931", "Architect: Jane
 * Roe", "Seiten: 448", "Verlag: Heyne"). However short, they are the
 * article's data, which no menu or footer lists (on the trafilatura dumps,
 * they found 2 more snippets of content and kept no more furniture, and
 * changed 8 pages, 2 of them for the worse: a cookie table, a sidebar's
 * list of workshops; any run of labelled values, 5 and 0, but teaser lists
 * and menus of acronyms on 20 more pages; values without words allowed, 2
 * and 0, but visitor counters and currency tickers too).
 *
 * @param lines
 *   The page's lines of content, in order.
 * @returns
 *   The lines.
 */
export function factBoxLines(lines: readonly Line[]): Line[] {
  const found: Line[] = []
  let run: Line[] = []
  let pairs: Array<{label: string; value: string}> = []
  const flush = () => {
    if (run.length >= FACT_BOX_LINES && isFactBox(pairs)) found.push(...run)
    run = []
    pairs = []
  }
  for (const line of lines) {
    const pair = labelledValue(line.value)
    if (!pair) {
      flush()
      continue
    }
    run.push(line)
    pairs.push(pair)
  }
  flush()
  return found
}
