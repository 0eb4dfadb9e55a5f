/**
 * Text measures of every element, computed once per tree in one walk: how
 * much text an element holds and how much of it is link text. The content
 * plugins decide with these (link density, share of the page's text).
 *
 * @module
 */
import type {Element, Root as HastRoot, RootContent} from 'hast'

/** An element's text figures. */
export interface TextMeasure {
  /** Characters of text, each text node trimmed (indentation between tags is not text). */
  text: number
  /** Characters of text inside links. */
  links: number
}

/** Measures by element. */
export type Measures = Map<Element, TextMeasure>

/** Figures per tree, shared by the plugins that run between two changes of the tree. */
const cache = new WeakMap<HastRoot | Element, Measures>()

/**
 * The figures of a tree, measured once and reused until `forgetMeasures`.
 *
 * @param tree
 *   The tree.
 * @returns
 *   The figures.
 */
export function measuresOf(tree: HastRoot): Measures {
  let measures = cache.get(tree)
  if (!measures) {
    measures = measureText(tree)
    cache.set(tree, measures)
  }
  return measures
}

/**
 * Drop a tree's cached figures: call after changing it.
 *
 * @param tree
 *   The tree.
 */
export function forgetMeasures(tree: HastRoot): void {
  cache.delete(tree)
}

/**
 * Measure every element below a node.
 *
 * @param node
 *   The tree or an element.
 * @param measures
 *   Where the figures go (optional).
 * @returns
 *   The figures, by element.
 */
export function measureText(node: HastRoot | Element, measures: Measures = new Map()): Measures {
  visit(node, false, measures)
  return measures
}

/**
 * Measure one node and its descendants.
 *
 * @param node
 *   A node.
 * @param inLink
 *   Whether an ancestor is a link.
 * @param measures
 *   Where the figures go.
 * @returns
 *   The node's figures.
 */
function visit(node: HastRoot | RootContent, inLink: boolean, measures: Measures): TextMeasure {
  if (node.type === 'text') {
    const text = node.value.trim().length
    return {text, links: inLink ? text : 0}
  }
  if (node.type !== 'element' && node.type !== 'root') return {text: 0, links: 0}
  const link = inLink || (node.type === 'element' && node.tagName === 'a')
  const total: TextMeasure = {text: 0, links: 0}
  for (const child of node.children) {
    const figures = visit(child, link, measures)
    total.text += figures.text
    total.links += figures.links
  }
  if (node.type === 'element') measures.set(node, total)
  return total
}

/**
 * The share of an element's text that is link text.
 *
 * @param measures
 *   The figures.
 * @param element
 *   The element.
 * @returns
 *   0 to 1.
 */
export function linkDensity(measures: Measures, element: Element): number {
  const figures = measures.get(element)
  return figures && figures.text > 0 ? figures.links / figures.text : 0
}
