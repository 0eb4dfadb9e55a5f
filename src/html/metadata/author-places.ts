/**
 * Where the page's author markup stands: the elements above each author
 * link (`<a rel=author>`) and microdata author (`itemprop=author`), so that
 * several of them can be told apart as one byline ("By Jane Doe and John
 * Roe") or as the bylines of a rail of teaser cards, each naming its own
 * writer.
 *
 * @module
 */
import type {Element, Text} from 'hast'
import {textContent} from '../hast.js'

/** The elements above each author link or microdata author, from the top of the page. */
export type AuthorPlaces = Map<Element, Element[]>

/**
 * Whether an element is author markup whose place is kept: a `rel=author`
 * link or an `itemprop=author` element.
 *
 * @param element
 *   The element.
 * @returns
 *   Whether it is.
 */
export function isAuthorMarkup(element: Element): boolean {
  const {rel, itemProp} = element.properties
  return (element.tagName === 'a' && Array.isArray(rel) && rel.includes('author')) || (Array.isArray(itemProp) && itemProp.includes('author'))
}

/**
 * One byline that names several people, with their roles and the date
 * between the names, holds at most this many characters from the first name
 * to the last; between the bylines of a rail of teasers stand their
 * headlines, and more.
 */
const BYLINE_GROUP_MAX_LENGTH = 400

/**
 * Whether author elements stand together, in one byline: from the first to
 * the last of them, the page holds little text and no headline. Elements of
 * unknown place do not.
 *
 * @param elements
 *   The author elements.
 * @param places
 *   Where each stands.
 * @returns
 *   Whether they stand together.
 */
export function standTogether(elements: Element[], places: AuthorPlaces): boolean {
  if (elements.length < 2) return true
  const chains = elements.map((element) => places.get(element))
  if (chains.some((chain) => chain === undefined)) return false
  const holder = lowestCommon(chains as Element[][])
  return holder !== undefined && textSpan(holder, new Set(elements)) <= BYLINE_GROUP_MAX_LENGTH
}

/**
 * The length of the text from the start of the first of some elements to
 * the end of the last, in page order within an element that holds them all.
 * Counting stops once past the limit, or at a headline between them.
 *
 * @param holder
 *   The element that holds them.
 * @param elements
 *   The elements.
 * @returns
 *   The length, or infinity once past the limit or at a headline.
 */
function textSpan(holder: Element, elements: Set<Element>): number {
  let left = elements.size
  // Text after the last element seen, not yet known to lie before another.
  let pending = 0
  let length = 0
  const visit = (node: Element | Text, counted: boolean): boolean => {
    if (node.type === 'text') {
      if (counted) length += node.value.length
      else if (left < elements.size) pending += node.value.length
      return length + pending <= BYLINE_GROUP_MAX_LENGTH || left === 0
    }
    const inside = counted || elements.has(node)
    // A headline between two names: the second is another card's writer.
    if (!inside && left > 0 && left < elements.size && isHeadline(node)) return false
    if (elements.has(node)) {
      left--
      length += pending
      pending = 0
    }
    for (const child of node.children) {
      if ((child.type === 'element' || child.type === 'text') && !visit(child, inside)) return false
      if (left === 0 && !inside) return true
    }
    return true
  }
  return visit(holder, false) ? length : Number.POSITIVE_INFINITY
}
/** Tags of headings, which a teaser card gives its headline in. */
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/** A link with this much text is a headline, not a writer's profile or a "Follow" button. */
const HEADLINE_LINK_MIN_LENGTH = 30

/**
 * Whether an element is a headline: a heading, or a link with the text of
 * one (a card's headline, whatever its markup).
 *
 * @param element
 *   The element.
 * @returns
 *   Whether it is.
 */
function isHeadline(element: Element): boolean {
  return HEADING_TAGS.has(element.tagName) || (element.tagName === 'a' && textContent(element).length >= HEADLINE_LINK_MIN_LENGTH)
}

/**
 * The deepest element that every chain of ancestors passes through.
 *
 * @param chains
 *   Ancestors of each element, from the top.
 * @returns
 *   The element, if the chains share one.
 */
function lowestCommon(chains: Element[][]): Element | undefined {
  const [first, ...rest] = chains
  let depth = 0
  while (depth < first!.length && rest.every((chain) => chain[depth] === first![depth])) depth++
  return depth === 0 ? undefined : first![depth - 1]
}
