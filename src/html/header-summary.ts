/**
 * The summary a page prints right under its headline sometimes sits in a
 * region whose class names something else: a list of subheadlines styled as
 * the header's "footer", a `meta` or `info` box. Its words are the page's
 * own description (`og:description`, `meta description`, JSON-LD): that
 * agreement, and its place right after the headline, say it is the
 * standfirst, not furniture, whatever the region is called. The region
 * still goes (its other items link to other stories); the summary stays.
 *
 * @module
 */
import type {Element} from 'hast'
import {agreesWithAny} from '../util/agreement.js'
import {foldWhitespace, textContent} from './hast.js'

/** Elements a summary is written in. */
const SUMMARY_BLOCK_TAGS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'span', 'li'])

/** A summary has at least this many characters: a label or a date agrees with nothing. */
const SUMMARY_MIN_LENGTH = 40

/** Elements searched for the summary inside a region: it is among the first, not deep in a list of teasers. */
const MAX_BLOCKS_SEARCHED = 12

/**
 * The summary in a region the markup names as boilerplate, when the region
 * is the headline's summary box: it follows the headline (its previous
 * element sibling is the heading the metadata chose), and one of its first
 * blocks says what one of the page's descriptions says.
 *
 * @param region
 *   A region about to be dropped.
 * @param previous
 *   Its previous element sibling (optional).
 * @param descriptions
 *   The page's descriptions (meta, OpenGraph, Twitter, JSON-LD).
 * @returns
 *   The element of the summary, if the region holds the summary under the headline.
 */
export function headlineSummaryIn(region: Element, previous: Element | undefined, descriptions: readonly string[]): Element | undefined {
  if (previous?.data?.headline !== true || descriptions.length === 0) return undefined
  let searched = 0
  const search = (node: Element): Element | undefined => {
    for (const child of node.children) {
      if (child.type !== 'element' || searched++ >= MAX_BLOCKS_SEARCHED) continue
      // The innermost block that agrees: the heading inside a list item, not the item.
      if (SUMMARY_BLOCK_TAGS.has(child.tagName) && agrees(child, descriptions)) return innermostAgreeing(child, descriptions)
      const found = search(child)
      if (found) return found
    }
    return undefined
  }
  return search(region)
}

/**
 * Whether an element's text is long enough to be a summary and says what a description says.
 *
 * @param element
 *   The element.
 * @param descriptions
 *   The page's descriptions.
 * @returns
 *   Whether it does.
 */
function agrees(element: Element, descriptions: readonly string[]): boolean {
  const text = foldWhitespace(textContent(element))
  return text.length >= SUMMARY_MIN_LENGTH && agreesWithAny(text, descriptions)
}

/**
 * The innermost block of an agreeing element that agrees too: the `<h2>` of
 * `<li><h2>…</h2></li>`. A list item found alone is read as a paragraph
 * (out of its list, it is no item).
 *
 * @param element
 *   An element that agrees.
 * @param descriptions
 *   The page's descriptions.
 * @returns
 *   The element to keep.
 */
function innermostAgreeing(element: Element, descriptions: readonly string[]): Element {
  const inner = element.children.find((child): child is Element => child.type === 'element' && SUMMARY_BLOCK_TAGS.has(child.tagName) && agrees(child, descriptions))
  if (inner) return innermostAgreeing(inner, descriptions)
  return element.tagName === 'li' ? {...element, tagName: 'p'} : element
}
