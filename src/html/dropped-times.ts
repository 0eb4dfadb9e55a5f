/**
 * Times in regions that `pruneBoilerplate` drops: a time is data wherever it
 * stands. A live-blog post's stamp may sit in an `<aside>` of its own (kept),
 * or in its footer among the share buttons (the footer goes, its
 * `<time datetime>` stays on the parent as data for `findLivePosts`).
 *
 * @module
 */
import type {Element} from 'hast'
import {attribute, findElement, foldWhitespace, mark, textContent, type HastParent} from './hast.js'

declare module 'hast' {
  interface ElementData {
    /**
     * Set by `pruneBoilerplate`: the `<time datetime>` elements of the
     * regions dropped from this element. A time is data wherever it stands: a
     * post's "Updated at" stamp sits in its footer, among the share buttons,
     * and the footer goes while `findLivePosts` still reads the stamp.
     */
    droppedTimes?: Element[]
  }
}

/** An aside that shows a post's time holds this many characters at most ("19:30", "Heute, 14:05 Uhr"). */
const TIME_ASIDE_MAX_LENGTH = 40

/**
 * Whether an element is an `<aside>` that holds a time and nothing more: a
 * live-blog post's stamp beside its text (`<aside><time>19:30</time></aside>`),
 * not a sidebar. `findLivePosts`, which runs after this, reads it.
 *
 * @param element
 *   The element.
 * @returns
 *   Whether it is.
 */
export function isTimeAside(element: Element): boolean {
  if (element.tagName !== 'aside') return false
  // The cheap test first: most asides are sidebars without a time, whose text (often long) need not be joined and cleaned.
  if (findElement(element, (each) => each.tagName === 'time') === undefined) return false
  const text = foldWhitespace(textContent(element))
  return text.length > 0 && text.length <= TIME_ASIDE_MAX_LENGTH
}

/**
 * Keep the machine-readable times of a region dropped from a parent on the
 * parent (never as text).
 *
 * @param parent
 *   The parent, marked.
 * @param region
 *   The dropped region.
 */
export function keepTimes(parent: HastParent, region: Element): void {
  if (parent.type !== 'element') return
  const times: Element[] = parent.data?.droppedTimes ?? []
  const collect = (node: Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (child.tagName === 'time' && attribute(child, 'datetime') !== undefined) times.push(child)
      else collect(child)
    }
  }
  collect(region)
  if (times.length > 0) mark(parent, {droppedTimes: times})
}

