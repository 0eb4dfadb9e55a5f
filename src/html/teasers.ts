/**
 * Teasers of other stories: a card named so, or a list or a grid of cards
 * (blocks holding a heading that links to another page). `pruneBoilerplate`
 * drops them beside an article, and keeps them on a page made of them.
 *
 * @module
 */
import type {Element} from 'hast'
import {attribute, findElement, hintWords, type HastParent} from './hast.js'
import type {Measures} from './measure.js'

/**
 * What the teaser tests found of each element, within one run of
 * `pruneBoilerplate` (made afresh for each page, never shared): the walk
 * that weighs the page's teasers and the pruning walk ask the same
 * elements, and each list item's linked heading is looked for again from
 * every block around it. Valid while the elements' subtrees stay as they
 * were, as they do until each is judged (the pruning drops below an element
 * only after judging it).
 */
export interface TeaserMemo {
  /** Whether an element is a teaser (`isTeaser`). */
  teaser: Map<Element, boolean>
  /** Whether an element holds a heading that links away (`holdsLinkedHeading` outside a link). */
  linkedHeading: Map<Element, boolean>
  /** Whether an element holds a card heading at all (`holdsLinkedHeading` inside a link). */
  anyHeading: Map<Element, boolean>
}

/**
 * A memo for one page. Its maps are plain maps, not weak ones: the memo
 * goes with the run that made it, and a `WeakMap`, whose entries the
 * garbage collector must trace apart, cost more to fill and to read.
 *
 * @returns
 *   An empty memo.
 */
export function createTeaserMemo(): TeaserMemo {
  return {teaser: new Map(), linkedHeading: new Map(), anyHeading: new Map()}
}

/**
 * Whether an element is a teaser of another story: a card named so, or a
 * list or a grid of cards.
 *
 * @param element
 *   The element.
 * @param measures
 *   Text figures.
 * @param memo
 *   What was found of the page's elements so far.
 * @returns
 *   Whether it is.
 */
export function isTeaser(element: Element, measures: Measures, memo: TeaserMemo): boolean {
  // Most elements (links, spans, paragraphs…) are of no tag a card or a list comes in: say so before the memo's
  // lookup and entry (a `WeakMap` get and set for every element of the page, asked by two walks).
  if (!TEASER_TAGS.has(element.tagName)) return false
  // Nor is a block of fewer children than a list of teasers has items and of no teaser class (most blocks): said
  // without the memo, whose entry cost more than the answer.
  if (element.children.length < TEASER_LIST_MIN_ITEMS && !hasTeaserWord(element)) return false
  let teaser = memo.teaser.get(element)
  if (teaser === undefined) {
    teaser = isTeaserCard(element, memo) || isTeaserList(element, measures, memo)
    memo.teaser.set(element, teaser)
  }
  return teaser
}

/**
 * The text of the page's teasers (the outermost ones): on a page made of
 * them, a listing, they are the content.
 *
 * @param node
 *   A parent.
 * @param measures
 *   Text figures.
 * @param memo
 *   What was found of the page's elements so far.
 * @returns
 *   Characters of text in teasers.
 */
export function teaserText(node: HastParent, measures: Measures, memo: TeaserMemo): number {
  let total = 0
  for (const child of node.children) {
    if (child.type !== 'element') continue
    total += isTeaser(child, measures, memo) ? (measures.get(child)?.text ?? 0) : teaserText(child, measures, memo)
  }
  return total
}

/** Block containers a teaser card comes in. */
const CARD_TAGS = new Set(['div', 'section', 'article', 'li'])

/** Headings below the article's headline: a card's title. */
const CARD_HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6'])

/**
 * Whether an element is a teaser card of another story: a container named
 * `teaser` (`teaser`, `teaser__wrapper`, `teaserBox`) that holds a heading
 * linking to another page. `teaser` alone also names an article's own
 * standfirst, which holds no such heading, and stays.
 *
 * @param element
 *   The element.
 * @param memo
 *   What was found of the page's elements so far.
 * @returns
 *   Whether it is.
 */
function isTeaserCard(element: Element, memo: TeaserMemo): boolean {
  return CARD_TAGS.has(element.tagName) && hasTeaserWord(element) && holdsLinkedHeading(element, false, memo)
}

/**
 * Whether an element's class or id words name a teaser (`teaser`, `teaserBox`).
 *
 * @param element
 *   The element.
 * @returns
 *   Whether they do.
 */
function hasTeaserWord(element: Element): boolean {
  for (const word of hintWords(element)) if (word.startsWith('teaser')) return true
  return false
}

/** Items that make a list a list of teasers, and the share of its items that must be cards. */
const TEASER_LIST_MIN_ITEMS = 3
const TEASER_LIST_SHARE = 0.6

/** Block containers that lay teaser cards out as a grid of sibling blocks rather than list items. */
const CARD_GRID_TAGS = new Set(['div', 'section'])

/** The tags of a teaser: a card's (`CARD_TAGS`), a list's, a grid's (`CARD_GRID_TAGS`); no other element is one. */
const TEASER_TAGS = new Set([...CARD_TAGS, 'ul', 'ol', ...CARD_GRID_TAGS])

/**
 * Text above which a block of a grid is no card: a card is a title and a
 * line or two of excerpt; a blog's front page stacks whole posts, each
 * under a linked title, and they are its content.
 */
const CARD_MAX_TEXT = 600

/**
 * Whether a list or a grid is a stream of teaser cards, whatever its class:
 * three or more items, most of them holding a heading that links to another
 * page (a story's title over its excerpt). A list of the article's own
 * points has no linked headings. A grid's items are its child blocks
 * (`div.grid > div.grid-item`), each short, as a card is.
 *
 * @param element
 *   The element.
 * @param measures
 *   Text figures.
 * @param memo
 *   What was found of the page's elements so far.
 * @returns
 *   Whether it is.
 */
function isTeaserList(element: Element, measures: Measures, memo: TeaserMemo): boolean {
  const list = element.tagName === 'ul' || element.tagName === 'ol'
  if (!list && !CARD_GRID_TAGS.has(element.tagName)) return false
  // Fewer children than a list's least items hold too few cards: spare the look into each (most blocks hold one or two).
  if (element.children.length < TEASER_LIST_MIN_ITEMS) return false
  let items = 0
  let cards = 0
  for (const child of element.children) {
    if (child.type !== 'element' || (list && child.tagName !== 'li')) continue
    items++
    if (holdsLinkedHeading(child, false, memo) && (list || (measures.get(child)?.text ?? 0) <= CARD_MAX_TEXT)) cards++
  }
  return cards >= TEASER_LIST_MIN_ITEMS && cards >= items * TEASER_LIST_SHARE
}

/**
 * Whether a link leads to another page (not a fragment, a script or a mail).
 *
 * @param element
 *   An element.
 * @returns
 *   Whether it is such a link.
 */
function linksAway(element: Element): boolean {
  return element.tagName === 'a' && /^(?!javascript:|mailto:|#)\S/i.test(attribute(element, 'href')?.trim() ?? '')
}

/**
 * Whether an element holds a heading that links away: inside a link, or
 * holding one (one walk, each heading looked into once).
 *
 * @param node
 *   The element.
 * @param inLink
 *   Whether `node` stands inside a link away.
 * @param memo
 *   What was found of the page's elements so far.
 * @returns
 *   Whether it does.
 */
function holdsLinkedHeading(node: Element, inLink: boolean, memo: TeaserMemo): boolean {
  // Each block of a nested grid asks again of the blocks below it: each element is looked into once per page.
  const known = inLink ? memo.anyHeading : memo.linkedHeading
  let holds = known.get(node)
  if (holds === undefined) {
    holds = false
    let elements = 0
    for (const child of node.children) {
      if (child.type !== 'element') continue
      elements++
      const linked = inLink || linksAway(child)
      if (CARD_HEADINGS.has(child.tagName)) {
        if (linked || findElement(child, linksAway) !== undefined) holds = true
      } else if (holdsLinkedHeading(child, linked, memo)) holds = true
      if (holds) break
    }
    // An element without element children (a link's text, an image: most of a card) is answered at once: no entry.
    if (elements > 0) known.set(node, holds)
  }
  return holds
}
