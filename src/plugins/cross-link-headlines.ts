/**
 * The headlines under a "read also" label of a whole-page text dump. A
 * cross-link box flattened to text leaves its label on one line ("Read
 * also", "Lesen Sie auch:", "Leggi anche:") and the linked headlines on the
 * lines after it (a blog's "Related posts" box the same way); the label
 * alone is dropped as chrome, and the headlines would stay as short
 * paragraphs of the article.
 *
 * A headline is a line of a few words with no sentence's end; the first
 * may sit in the next block, the others must share its block (a box's
 * links have no blank line between them). A paragraph after the label, a
 * sentence, ends the box.
 *
 * @module
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Block, Line, Root} from '../tree.js'
import {allBlocks, claim, isUnclaimed} from '../util/lines.js'
import {lineWords, lowerLine} from '../util/line-text.js'

/** A "read also" label alone on its line, a colon at most after it, in the languages of the corpora. */
const CROSS_LINK_LABEL =
  /^(?:read (?:more|also|next)|keep reading|see also|related(?: stories| articles| posts| content)?|also read|lesen sie (?:auch|mehr)|auch lesen|mehr zum thema|lire aussi|à lire aussi|voir aussi|lea (?:más|también)|lee (?:más|también)|vea (?:más|también)|ver también|veja (?:também|mais)|leia (?:também|mais)|leggi anche|lue myös|czytaj (?:też|także|więcej)|zobacz (?:też|także|również))\s?:?$/u

/**
 * Whether a text is a "read also" label alone (`CROSS_LINK_LABEL`), which
 * claims the headline-like lines after it.
 *
 * @param text
 *   A line's text.
 * @returns
 *   Whether it is.
 */
export function isCrossLinkLabel(text: string): boolean {
  return text.length <= LABEL_MAX_LENGTH && CROSS_LINK_LABEL.test(text.toLowerCase())
}

/** A label is a few words: longer lines are not read. */
const LABEL_MAX_LENGTH = 40

/** A linked headline has at most this many words. */
const HEADLINE_MAX_WORDS = 20

/** A box lists at most this many headlines under its label. */
const MAX_HEADLINES = 6

/**
 * Whether a line reads as a linked headline: unclaimed, not a list item
 * (bullets are content in scraped text), a few words, no sentence's end
 * and no colon introducing what follows.
 *
 * @param line
 *   The line.
 * @returns
 *   `true` when it does.
 */
function isHeadline(line: Line): boolean {
  // A colon at the end introduces what follows (a quote, a list): the article's own line, no linked headline.
  return isUnclaimed(line) && !line.data?.hint?.listItem && lineWords(line) <= HEADLINE_MAX_WORDS && !/[.!?…:]["'”’»)]*$/u.test(line.value)
}

/**
 * The headlines under a label line: the next line (in its block, or the
 * first of the next block), then the lines that share that line's block.
 *
 * @param blocks
 *   The blocks.
 * @param blockIndex
 *   The label's block.
 * @param lineIndex
 *   The label's line in it.
 * @returns
 *   The headline lines.
 */
function headlinesAfter(blocks: Block[], blockIndex: number, lineIndex: number): Line[] {
  const own = blocks[blockIndex]!.children
  const [block, start] = lineIndex + 1 < own.length ? [own, lineIndex + 1] : [blocks[blockIndex + 1]?.children ?? [], 0]
  const found: Line[] = []
  for (let index = start; index < block.length && found.length < MAX_HEADLINES; index++) {
    if (!isHeadline(block[index]!)) break
    found.push(block[index]!)
  }
  return found
}

/**
 * unified transformer plugin: drop the headlines under each "read also"
 * label of a dump. It runs after `dropBoilerplateRuns`, which reads the
 * shape of every line left: taken out before, the headlines would change
 * where it finds the main text.
 *
 * @param format
 *   The input's format: only scraped text is read (default: `'text'`).
 * @returns
 *   Transformer.
 */
export function dropCrossLinkHeadlines(format: 'text' | 'html' = 'text') {
  return function (tree: Root, file: VFile): void {
    if (format !== 'text') return
    const blocks = allBlocks(tree)
    blocks.forEach((block, blockIndex) => {
      block.children.forEach((line, lineIndex) => {
        if (line.value.length > LABEL_MAX_LENGTH || !CROSS_LINK_LABEL.test(lowerLine(line))) return
        for (const headline of headlinesAfter(blocks, blockIndex, lineIndex)) {
          claim(headline, {role: 'furniture'})
          report(file, 'furniture-dropped', `Unexpected headline \`${headline.value}\` under a cross-link label, dropped`, headline, headline.value)
        }
      })
    })
  }
}
