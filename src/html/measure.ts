/**
 * Text measures of every element, computed once per tree in one walk: how
 * much text an element holds and how much of it is link text. The content
 * plugins decide with these (link density, share of the page's text).
 *
 * @module
 */
import type {Element, Root as HastRoot} from 'hast'

/** An element's text figures. */
export interface TextMeasure {
  /** Characters of text, each text node's whitespace folded (indentation is not text). */
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
 * Take an element that was just removed from the tree off the figures of
 * its former ancestors: they are then what `measureText` would find in the
 * tree without it, and stay usable without another walk. (An element's
 * figures are the sums of its children's, so the removed element's own
 * figures come off each ancestor whole.)
 *
 * @param measures
 *   The tree's figures, changed in place.
 * @param ancestors
 *   The removed element's former ancestors (its parent among them) that are elements.
 * @param removed
 *   The element no longer in the tree.
 */
export function subtractMeasures(measures: Measures, ancestors: readonly Element[], removed: Element): void {
  shiftAncestors(measures, ancestors, removed, -1)
}

/**
 * Put an element put back into the tree (the summary kept from a dropped
 * region) back on the figures of its new ancestors: the reverse of
 * `subtractMeasures`.
 *
 * @param measures
 *   The tree's figures, changed in place.
 * @param ancestors
 *   The element's ancestors that are elements.
 * @param added
 *   The element now in the tree.
 */
export function addMeasures(measures: Measures, ancestors: readonly Element[], added: Element): void {
  shiftAncestors(measures, ancestors, added, 1)
}

/**
 * Add an element's figures to its ancestors' (`sign` 1) or take them off (`-1`).
 *
 * @param measures
 *   The tree's figures, changed in place.
 * @param ancestors
 *   The element's ancestors that are elements.
 * @param element
 *   The element put in or taken out.
 * @param sign
 *   1 to add, -1 to subtract.
 */
function shiftAncestors(measures: Measures, ancestors: readonly Element[], element: Element, sign: 1 | -1): void {
  const figures = measures.get(element)
  if (!figures) return
  for (const ancestor of ancestors) {
    const total = measures.get(ancestor)
    if (!total) continue
    total.text += sign * figures.text
    total.links += sign * figures.links
  }
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
 * Measure a parent's children into its figures.
 *
 * @param node
 *   A parent (the root or an element).
 * @param inLink
 *   Whether the parent is or is inside a link.
 * @param measures
 *   Where the figures go.
 * @returns
 *   The parent's figures.
 */
function visit(node: HastRoot | Element, inLink: boolean, measures: Measures): TextMeasure {
  const total: TextMeasure = {text: 0, links: 0}
  for (const child of node.children) {
    if (child.type === 'text') {
      // No object per text node: the text adds straight to its parent.
      const text = foldedLength(child.value)
      total.text += text
      if (inLink) total.links += text
    } else if (child.type === 'element') {
      const figures = visit(child, inLink || child.tagName === 'a', measures)
      total.text += figures.text
      total.links += figures.links
    }
  }
  if (node.type === 'element') measures.set(node, total)
  return total
}

/**
 * The length a text has once its whitespace is folded (runs to one space,
 * none at the ends), counted without making the folded copy: this runs on
 * every text node of the page. Folded, so that a page's indentation (a
 * word per line, each line indented) does not weigh as text.
 *
 * @param text
 *   A text.
 * @returns
 *   Its folded length.
 */
function foldedLength(text: string): number {
  // Most text is words between single spaces: then the trimmed text is its folded self, and two native searches
  // (the trim and the pattern) tell so without a loop over its characters (about a quarter faster on the text of
  // the trafilatura pages).
  const trimmed = text.trim()
  return UNFOLDED.test(trimmed) ? countFolded(trimmed) : trimmed.length
}

/** Whitespace that folding changes inside a trimmed text: a run of two, or any but a plain space. */
const UNFOLDED = /\s\s|[^\S ]/

/**
 * `foldedLength`, counted character by character.
 *
 * @param text
 *   A text.
 * @returns
 *   Its folded length.
 */
function countFolded(text: string): number {
  let length = 0
  let gap = false
  for (let index = 0; index < text.length; index++) {
    if (isTrimmed(text.charCodeAt(index))) {
      gap = length > 0
      continue
    }
    if (gap) length++
    gap = false
    length++
  }
  return length
}

/** What `String.prototype.trim` removes: whitespace and line terminators. */
const TRIMMED = /[\s]/

/**
 * Whether `trim` removes a character.
 *
 * @param code
 *   A UTF-16 code unit.
 * @returns
 *   `true` for whitespace.
 */
function isTrimmed(code: number): boolean {
  // The common cases without a regular expression: ASCII (space, tab to return) and the
  // letters of most scripts, below U+1680, where only the no-break space is whitespace.
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13)
  if (code < 0x1680) return code === 0xa0
  return TRIMMED.test(String.fromCharCode(code))
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
