/**
 * Read key points: the bullets under a "Key points" heading (and its
 * equivalents) near the top of the page. A summary post's ("The day so far")
 * bullets stay in the post and are also the article's key points when it has
 * none of its own.
 *
 * @module
 */
import type {Root} from '../tree.js'
import {claim, isUnclaimed} from '../util/lines.js'
import {fold} from '../util/text.js'

/** Headings that introduce the page's key points. */
const KEY_POINTS_HEADINGS = new Set([
  'key points', 'key facts', 'at a glance', 'in brief', 'in short', 'highlights', 'key takeaways', 'what we know',
  'what you need to know', 'the latest', 'das wichtigste in kürze', 'das wichtigste', 'auf einen blick', 'en bref',
  "l'essentiel", 'lo más importante', 'in breve'
])

/** Post titles whose bullets summarise the story. */
const SUMMARY_HEADING = /^(?:summary of the day|the day so far|summary|recap|key events summary)\b/

/**
 * unified transformer plugin: key points.
 *
 * @returns
 *   Transformer.
 */
export function extractKeyPoints() {
  return function (tree: Root): void {
    const data = (tree.data ??= {})
    const topLines = tree.children.flatMap((child) => (child.type === 'block' ? child.children : []))
    const points: string[] = []
    topLines.forEach((line, index) => {
      if (!isUnclaimed(line) || !KEY_POINTS_HEADINGS.has(fold(line.value))) return
      claim(line, {role: 'key-points-heading'})
      for (const item of topLines.slice(index + 1)) {
        if (!item.data?.hint?.listItem) {
          if (isUnclaimed(item)) break
          continue
        }
        if (!isUnclaimed(item)) continue
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
