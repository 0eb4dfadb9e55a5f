/**
 * The short lines of a whole-page text dump that are the article's, not a
 * menu's or a footer's, for `dropBoilerplateRuns`: a short paragraph alone in
 * its block, a list that a sentence of the article announces ("It has three
 * parts:"), a line that opens with a quantity and its unit (an ingredient:
 * "200 g sugar").
 *
 * @module
 */
import type {Line, Root} from '../tree.js'
import {allBlocks, isUnclaimed} from '../util/lines.js'
import {lineWords} from '../util/line-text.js'

/**
 * A quantity and its unit opening a line ("200 g sugar", "1 tbsp oil", "2
 * große Eier", "½ cup milk"): an item of a list of ingredients or
 * materials, which no menu or footer holds.
 */
export const QUANTITY = /^(?:\d+(?:[.,\/]\d+)?|\d*[½¼¾⅓⅔])\s?(?:g|kg|mg|ml|l|cl|dl|el|tl|pck|pkg|prise|prisen|stk|stück|tbsp|tsp|cups?|tablespoons?|teaspoons?|oz|lbs?|pinch|cans?|cloves?|eier?|eggs?|zehen?|bund|dosen?|becher|msp|große?n?|kleine?n?|mittelgroße?n?|large|small|medium)(?![\p{L}])/iu

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
 * a menu's items.
 *
 * @param tree
 *   The tree.
 * @returns
 *   The lines.
 */
export function shortParagraphs(tree: Root): Set<Line> {
  const paragraphs = new Set<Line>()
  for (const block of allBlocks(tree)) {
    const line = block.children[0]
    if (block.children.length !== 1 || !line) continue
    const words = lineWords(line)
    if (words >= SHORT_PARAGRAPH_WORDS || (words >= SHORT_SENTENCE_WORDS && FULL_STOP.test(line.value))) paragraphs.add(line)
  }
  return paragraphs
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
