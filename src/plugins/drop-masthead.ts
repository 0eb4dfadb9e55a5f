/**
 * Drop the masthead of a whole-page text dump: the short lines above the
 * site's menu at the very top of the page, its name and its tagline
 * ("Harbour Notes", "Thoughts on boats and bridges"), an account's or a
 * weather widget's words ("Subscribe now", "38°F").
 *
 * A page's text opens with its header: the logo's text, a tagline, then the
 * menu, which the earlier rules drop as a run of furniture lines. What
 * stands above that menu is the site's, not the article's, which opens
 * below the menu. The menu must open within the first lines of the page
 * and run to five lines or more (a share bar under a headline is shorter),
 * and the lines above it must be short: a page that opens with its
 * headline and standfirst above a longer row of buttons keeps its
 * standfirst, which is longer.
 *
 * @module
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Block, Root} from '../tree.js'
import {allBlocks, allLines, claim, isUnclaimed} from '../util/lines.js'
import {wordCount} from '../util/text.js'

/** The menu opens within this many lines of the page's start. */
const MENU_WITHIN_LINES = 8

/** A menu is a run of at least this many furniture lines: a share bar under a headline ("Share", "Print", "E-Mail") has fewer. */
const MENU_MIN_LINES = 5

/** A masthead's line has at most this many words: a standfirst has more. */
const MASTHEAD_MAX_WORDS = 12

/**
 * Where the page's first menu opens: the index of the first line of the
 * first block that holds `MENU_MIN_LINES` lines or more, all of them
 * furniture, and opens within the first `MENU_WITHIN_LINES` lines; or -1.
 * A menu is one block of links: single lines of furniture apart, in blocks
 * of their own, are no menu.
 *
 * @param blocks
 *   The blocks of the page, in order.
 * @returns
 *   The index among all lines.
 */
function firstMenu(blocks: Block[]): number {
  let index = 0
  for (const block of blocks) {
    if (index >= MENU_WITHIN_LINES) return -1
    const lines = block.children
    if (lines.length >= MENU_MIN_LINES && lines.every((line) => line.data?.role === 'furniture')) return index
    index += lines.length
  }
  return -1
}

/**
 * unified transformer plugin: drop the short lines above a dump's first
 * menu.
 *
 * @param format
 *   The input's format: only scraped text is read (default: `'text'`).
 * @returns
 *   Transformer.
 */
export function dropMasthead(format: 'text' | 'html' = 'text') {
  return function (tree: Root, file: VFile): void {
    if (format !== 'text') return
    const lines = allLines(tree)
    const menu = firstMenu(allBlocks(tree))
    for (const line of lines.slice(0, Math.max(menu, 0))) {
      if (!isUnclaimed(line) || wordCount(line.value) > MASTHEAD_MAX_WORDS) continue
      claim(line, {role: 'furniture'})
      report(file, 'furniture-dropped', `Unexpected line \`${line.value}\` of the site's masthead, above its menu, dropped`, line, line.value)
    }
  }
}
