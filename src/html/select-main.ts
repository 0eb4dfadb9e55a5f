/**
 * Find the main content: the element that holds the article's text.
 *
 * After the pruning plugins, what is left of a page is mostly the article
 * plus leftovers (a teaser, a footer line, a cookie sentence). The main
 * content is the smallest element that still holds most of the page's prose
 * (text outside links): from `<body>`, step into the child that holds at
 * least `MAIN_SHARE` of its parent's prose, and stop where no child does (the
 * text is spread over several children: that element is the article). This
 * keeps text split over columns or sections together, and keeps lists and
 * tables of prose (recipes, fact boxes) that paragraph scoring misses.
 *
 * Measured on the trafilatura set (snippet F1): 0.909 at a share of 0.8
 * (0.897 at 0.6, 0.905 at 0.7 and 0.9), where Readability.js-style paragraph
 * scoring gave 0.901.
 *
 * The live-blog feed is always inside. The choice is recorded on the element
 * (`data.main`), and the elements around the headline on `data.header`, for
 * `hastToLines` to read.
 *
 * @module
 */
import type {Element, Root as HastRoot} from 'hast'
import type {VFile} from 'vfile'
import {findElement, isElement, mark, type HastParent} from './hast.js'
import {isSummaryElement} from './header-hints.js'
import {measuresOf, type Measures} from './measure.js'

/** The headline's surroundings (kicker, standfirst, byline, dateline) are short. */
const HEADER_MAX_TEXT = 1500

/** Elements that hold one block of text: the main content is never one of them, but what holds them. */
const TEXT_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote', 'li', 'dd', 'dt', 'figcaption', 'address'])

/** A child holding this share of its parent's prose is where the content is. */
const MAIN_SHARE = 0.8

declare module 'hast' {
  interface ElementData {
    /** Set by `selectMainContent`: the element is (part of) the main content. */
    main?: boolean
    /** Set by `selectMainContent`: the element holds the headline, outside the main content. */
    header?: boolean
  }
}

/**
 * Map each element to its parent.
 *
 * @param node
 *   The tree.
 * @param parents
 *   The map, filled in.
 * @returns
 *   The map.
 */
function mapParents(node: HastParent, parents: Map<Element, HastParent> = new Map()): Map<Element, HastParent> {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    parents.set(child, node)
    mapParents(child, parents)
  }
  return parents
}

/**
 * The ancestors of an element, nearest first.
 *
 * @param element
 *   The element.
 * @param parents
 *   The parent map.
 * @returns
 *   Its ancestors.
 */
function ancestorsOf(element: Element, parents: Map<Element, HastParent>): Element[] {
  const list: Element[] = []
  for (let node = parents.get(element); node && node.type === 'element'; node = parents.get(node)) list.push(node)
  return list
}

/**
 * An element's prose: its text outside links.
 *
 * @param measures
 *   Text figures.
 * @param element
 *   The element.
 * @returns
 *   Characters of prose.
 */
function proseOf(measures: Measures, element: Element): number {
  const figures = measures.get(element)
  return figures ? figures.text - figures.links : 0
}

/**
 * Pick the main content of a page.
 *
 * @param tree
 *   The page, pruned.
 * @param measures
 *   Text figures.
 * @param required
 *   Elements the main content must hold (live-blog posts), if any.
 * @param parents
 *   Each element's parent (computed when not given).
 * @returns
 *   The main element, or none when the page has no body.
 */
export function findMainContent(tree: HastRoot, measures: Measures, required: Element[] = [], parents = mapParents(tree)): Element[] {
  const body = findElement(tree, (element) => element.tagName === 'body')
  if (!body) return []
  let chosen = body
  for (;;) {
    const prose = proseOf(measures, chosen)
    // Never into a paragraph: one long paragraph beside short ones is not the whole text.
    const next = chosen.children.find((child): child is Element => isElement(child) && !TEXT_BLOCKS.has(child.tagName) && proseOf(measures, child) >= prose * MAIN_SHARE)
    if (!next || prose === 0) break
    chosen = next
  }
  // The main content must hold the live-blog feed: widen to their common ancestor.
  for (const element of required) {
    if (element === chosen || ancestorsOf(element, parents).includes(chosen)) continue
    const ours = new Set([chosen, ...ancestorsOf(chosen, parents)])
    chosen = ancestorsOf(element, parents).find((ancestor) => ours.has(ancestor)) ?? chosen
  }
  return withSiblings(chosen, parents, measures)
}

/** A sibling of the main element with this much prose (and few links) belongs with it: an intro, a second column. */
const SIBLING_PROSE = 120

/** A sibling with more link text than this share is a link box, not prose. */
const SIBLING_MAX_LINK_SHARE = 0.25

/**
 * The main element with what stands beside it and belongs with it: figures
 * (a lead photo above the text), clean prose (an intro paragraph, a
 * column) and, before it, a summary by its class (a standfirst too short
 * for clean prose), beside it or beside its parent, in page order. Measured (snippet F1): 0.921 with figures only,
 * 0.925 with prose siblings of 120 characters (0.924 at 60 and at 250).
 *
 * @param chosen
 *   The main element.
 * @param parents
 *   The parent map.
 * @param measures
 *   Text figures.
 * @returns
 *   The elements of the main content.
 */
function withSiblings(chosen: Element, parents: Map<Element, HastParent>, measures: Measures): Element[] {
  let kept: Element[] = [chosen]
  let node = chosen
  // Up to `MAX_SIBLING_LEVELS` ancestors: an intro may sit beside the body's wrapper's wrapper.
  for (let level = 0; level < MAX_SIBLING_LEVELS; level++) {
    const parent = parents.get(node)
    if (!parent || parent.type !== 'element' || parent.tagName === 'body') break
    const next: Element[] = []
    let before = true
    for (const child of parent.children) {
      if (child === node) {
        next.push(...kept)
        before = false
      } else if (isElement(child) && ((level === 0 && child.tagName === 'figure') || isCleanProse(measures, child) || (before && isSummary(measures, child)))) next.push(child)
    }
    kept = next
    node = parent
  }
  return kept
}

/** A summary before the body is a sentence or two: longer, it is not one. */
const SUMMARY_MAX_TEXT = 600

/**
 * Whether an element before the main one is its standfirst: short prose
 * whose class, role or `itemprop` says it is a summary (shorter than the
 * clean prose kept beside the body).
 *
 * @param measures
 *   Text figures.
 * @param element
 *   The element.
 * @returns
 *   Whether it is.
 */
function isSummary(measures: Measures, element: Element): boolean {
  const figures = measures.get(element)
  return figures !== undefined && figures.text > 0 && figures.text <= SUMMARY_MAX_TEXT && figures.links < figures.text * SIBLING_MAX_LINK_SHARE && isSummaryElement(element)
}

/** How many levels up siblings are looked for (snippet F1: 0.926 at 1, 0.927 at 2 and 3, 0.926 at 5). */
const MAX_SIBLING_LEVELS = 2

/**
 * Whether an element is prose with few links.
 *
 * @param measures
 *   Text figures.
 * @param element
 *   The element.
 * @returns
 *   Whether it is.
 */
function isCleanProse(measures: Measures, element: Element): boolean {
  const figures = measures.get(element)
  return figures !== undefined && figures.text - figures.links >= SIBLING_PROSE && figures.links < figures.text * SIBLING_MAX_LINK_SHARE
}

/**
 * The element around the headline (the heading `readMetadata` chose, else
 * the first `h1`) when it stands outside the main
 * content: the headline's nearest ancestor that is short, so that the
 * byline, dateline and standfirst next to it are read too.
 *
 * @param tree
 *   The page.
 * @param main
 *   The main elements.
 * @param measures
 *   Text figures.
 * @param parents
 *   The parent map.
 * @returns
 *   The header elements, in page order (none when the headline is inside the main content).
 */
function findHeader(tree: HastRoot, main: Element[], measures: Measures, parents: Map<Element, HastParent>): Element[] {
  // The heading `readMetadata` chose, else the first `<h1>`.
  const h1 = findElement(tree, (element) => element.data?.headline === true) ?? findElement(tree, (element) => element.tagName === 'h1')
  if (!h1) return []
  const ancestors = ancestorsOf(h1, parents)
  if (main.some((element) => element === h1 || ancestors.includes(element))) return []
  let header: Element = h1
  for (const ancestor of ancestors) {
    if (main.some((element) => ancestorsOf(element, parents).includes(ancestor))) {
      // The headline and the main content share this ancestor: the header is
      // what stands between them (headline, standfirst, byline, dateline).
      const between = ancestor.children.slice(ancestor.children.indexOf(header)).filter((child): child is Element => isElement(child))
      const holdsMain = (child: Element) => main.some((element) => element === child || ancestorsOf(element, parents).includes(child))
      const end = between.findIndex(holdsMain)
      if (end === -1) return between.slice(0, 1)
      return [...between.slice(0, Math.max(end, 1)), ...belowSummary(between.slice(end), holdsMain, measures)]
    }
    if ((measures.get(ancestor)?.text ?? 0) > HEADER_MAX_TEXT) break
    header = ancestor
  }
  return [header]
}

/** Tags of media: an element holding one is a photo, an avatar or a player, not a line of the header. */
const MEDIA_TAGS = new Set(['img', 'picture', 'figure', 'video', 'audio', 'iframe', 'svg'])

/** A line of the header below a standfirst (a byline, a dateline) is short. */
const HEADER_LINE_MAX_TEXT = 200

/**
 * The header's short lines below a standfirst that the main content kept by
 * its class (`<p class="subtitle">`), up to the body: a byline or dateline
 * between the two ("Por Jane Doe | 03/05/2022 20:36") is the header's, not
 * lost between two parts of the main content. The run ends at an element
 * with media (an author's avatar, a photo and its credit) or a long one.
 *
 * @param after
 *   The headline's siblings from the first that holds main content.
 * @param holdsMain
 *   Whether an element is or holds main content.
 * @param measures
 *   Text figures.
 * @returns
 *   The short lines between the standfirst and the body.
 */
function belowSummary(after: Element[], holdsMain: (element: Element) => boolean, measures: Measures): Element[] {
  const found: Element[] = []
  if (!after[0] || !isSummary(measures, after[0])) return found
  // The run right below the standfirst: a photo or the body ends it.
  for (const element of after.slice(1)) {
    if (holdsMain(element) || findElement(element, (each) => MEDIA_TAGS.has(each.tagName))) break
    const text = measures.get(element)?.text ?? 0
    if (text > HEADER_LINE_MAX_TEXT) break
    if (text > 0) found.push(element)
  }
  return found
}

/**
 * unified transformer plugin: mark the main content (`data.main`) and the
 * headline's surroundings (`data.header`).
 *
 * @returns
 *   Transformer.
 */
export function selectMainContent() {
  return function (tree: HastRoot, file: VFile): void {
    const measures = measuresOf(tree)
    const required = file.data.livePosts ?? []
    const parents = mapParents(tree)
    const main = findMainContent(tree, measures, required, parents)
    for (const element of main) mark(element, {main: true})
    for (const element of findHeader(tree, main, measures, parents)) mark(element, {header: true})
  }
}
