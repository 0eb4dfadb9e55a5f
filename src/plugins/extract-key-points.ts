/**
 * Read key points: the bullets under a "Key points" heading (and its
 * equivalents) near the top of the page, or under a "Summary" heading above
 * the body's prose. A summary post's ("The day so far")
 * bullets stay in the post and are also the article's key points when it has
 * none of its own.
 *
 * @module
 */
import type {Line, Root} from '../tree.js'
import {claim, isUnclaimed} from '../util/lines.js'
import {foldLine} from '../util/line-text.js'
import {fold} from '../util/text.js'

/** Headings that introduce the page's key points. */
const KEY_POINTS_HEADINGS = new Set([
  'key points', 'key facts', 'at a glance', 'in brief', 'in short', 'highlights', 'key takeaways', 'what we know',
  'what you need to know', 'the latest', 'das wichtigste in kürze', 'das wichtigste', 'auf einen blick', 'en bref',
  "l'essentiel", 'lo más importante', 'in breve'
])

/**
 * Headings that introduce key points only above the body's prose: there a
 * "Summary" is the story's bullets (a live blog's summary box), further down
 * it closes an explainer and is the text's.
 */
const TOP_KEY_POINTS_HEADINGS = new Set(['summary'])

/** A line of this many characters is body prose (a short line may be a kicker or a label). */
const PROSE_LINE = 80

/** Post titles whose bullets summarise the story. */
const SUMMARY_HEADING = /^(?:summary of the day|the day so far|summary|recap|key events summary)\b/

/**
 * The list items right after a heading (past claimed lines), up to the
 * next line of content.
 *
 * @param lines
 *   The top-level lines.
 * @param index
 *   The heading's index.
 * @returns
 *   The items.
 */
function itemsAfter(lines: Line[], index: number): Line[] {
  const items: Line[] = []
  for (let at = index + 1; at < lines.length; at++) {
    const item = lines[at]!
    if (!item.data?.hint?.listItem) {
      if (isUnclaimed(item)) break
      continue
    }
    if (isUnclaimed(item)) items.push(item)
  }
  return items
}

/**
 * The lines of the page's blocks outside posts, in order. A loop: `flatMap`
 * (a generic path of the engine) took most of the plugin's time on the
 * text corpus.
 *
 * @param tree
 *   The tree.
 * @returns
 *   The lines.
 */
function topLevelLines(tree: Root): Line[] {
  const lines: Line[] = []
  for (const child of tree.children) if (child.type === 'block') for (const line of child.children) lines.push(line)
  return lines
}

/**
 * unified transformer plugin: key points.
 *
 * @returns
 *   Transformer.
 */
export function extractKeyPoints() {
  return function (tree: Root): void {
    const data = (tree.data ??= {})
    const topLines = topLevelLines(tree)
    const points: string[] = []
    let belowProse = false
    topLines.forEach((line, index) => {
      if (!isUnclaimed(line)) return
      const heading = foldLine(line)
      const top = !belowProse && TOP_KEY_POINTS_HEADINGS.has(heading)
      if (!line.data?.hint?.listItem && !line.data?.hint?.heading && line.value.length >= PROSE_LINE) belowProse = true
      if (!KEY_POINTS_HEADINGS.has(heading) && !top) return
      const items = itemsAfter(topLines, index)
      if (top && items.length === 0) return
      claim(line, {role: 'key-points-heading'})
      for (const item of items) {
        claim(item, {role: 'key-point'})
        points.push(item.value)
      }
    })
    if (points.length === 0) {
      for (const post of tree.children) {
        if (post.type !== 'post' || !post.data?.title || !SUMMARY_HEADING.test(fold(post.data.title))) continue
        const items = post.children.flatMap((block) => block.children).filter((line) => isUnclaimed(line) && line.data?.hint?.listItem)
        // A loop, not a spread: a huge list must not overflow the stack.
        for (const line of items) points.push(line.value)
        break
      }
    }
    if (points.length > 0) data.keyPoints = points
  }
}
