/**
 * Drop the short blocks that follow an article's last paragraph of prose.
 *
 * What a page puts after its text, inside the same container, is short: a
 * share prompt, "Comments closed", a tag line, "5 min read", the heading of a
 * related-links box whose links are gone, a credit line. The article's own
 * text ends with prose. So, after the last block of real prose, blocks under
 * `SHORT_BLOCK` characters are dropped (longer ones, such as an author's
 * note, stay: too much text to drop on length alone), except a writer's
 * sign-off ("Posted by Jane Doe"), left for `extractBylines`.
 *
 * Used for HTML, whose main content is an element that may hold such
 * leftovers; scraped text has `dropBoilerplateRuns` for its own. Below a
 * live feed the front end found, a short block is the blog's sign-off even
 * when it is a sentence (see `dropFeedTail`).
 *
 * Measured on the trafilatura set (snippet F1): 0.912 without, 0.918 with
 * prose at 300 characters and short at 60 (0.917 at 200/60, 0.916 at 200/80).
 * Once a short sentence was kept (see `isSentence`), short at 100 scored
 * best: 0.926 (0.925 at 60, 200 and at 250/120).
 *
 * @module
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Block, Root} from '../tree.js'
import {isUnclaimed, unclaimedText} from '../util/lines.js'
import {readByline} from '../util/bylines.js'
import {wordCount} from '../util/text.js'

/** A block of this many characters (unclaimed text) is real prose. */
const PROSE_BLOCK = 300

/** After the last prose block, a block under this many characters is page chrome. */
const SHORT_BLOCK = 100

/**
 * Whether a short block is a sentence of the text ("Thanks for reading!"),
 * not chrome ("Comments closed", "5 min read"): words ending in a full stop,
 * question or exclamation mark.
 *
 * @param text
 *   The block's text.
 * @returns
 *   Whether it is.
 */
function isSentence(text: string): boolean {
  return wordCount(text) >= SENTENCE_MIN_WORDS && /[.!?…]["”’»)]?$/u.test(text)
}

/** A sentence kept in the tail has at least this many words. */
const SENTENCE_MIN_WORDS = 3

/**
 * Drop the short blocks after a live feed's last post: its sign-off ("Thanks
 * for following our coverage", "This blog is now closed") or a "Load more"
 * button. A post's own text is in the post; what stands below the feed, at
 * the level of the feed, closes the page, sentence or not.
 *
 * @param tree
 *   The tree, with the posts the front end found.
 * @param file
 *   For messages.
 */
function dropFeedTail(tree: Root, file: VFile): void {
  const lastPost = tree.children.findLastIndex((child) => child.type === 'post')
  if (lastPost === -1) return
  for (const block of tree.children.slice(lastPost + 1)) {
    const text = block.type === 'block' ? unclaimedText(block) : ''
    if (block.type !== 'block' || text.length === 0 || text.length >= SHORT_BLOCK) continue
    for (const line of block.children) if (isUnclaimed(line)) line.data = {...line.data, role: 'furniture'}
    report(file, 'boilerplate-dropped', 'Unexpected short block after the live feed’s last post, dropped', block, text)
  }
}

/**
 * unified transformer plugin: drop short blocks after the last prose block.
 *
 * @returns
 *   Transformer.
 */
export function dropTrailingShortBlocks() {
  return function (tree: Root, file: VFile): void {
    dropFeedTail(tree, file)
    const blocks = tree.children.filter((child): child is Block => child.type === 'block')
    let lastProse = -1
    blocks.forEach((block, index) => {
      if (unclaimedText(block).length >= PROSE_BLOCK) lastProse = index
    })
    if (lastProse === -1) return
    for (const block of blocks.slice(lastProse + 1)) {
      const text = unclaimedText(block)
      if (text.length === 0 || text.length >= SHORT_BLOCK || isSentence(text)) continue
      // A writer's sign-off ("Posted by Jane Doe, Head of Outreach") credits the article: `extractBylines` reads it, and keeps it out of the body.
      for (const line of block.children) if (isUnclaimed(line) && !readByline(line.value)?.length) line.data = {...line.data, role: 'furniture'}
      report(file, 'boilerplate-dropped', 'Unexpected short block after the article’s last paragraph, dropped', block, text)
    }
  }
}
