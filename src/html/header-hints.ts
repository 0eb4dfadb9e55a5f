/**
 * What the markup says about the lines around the headline, recorded as
 * hints for `extractHeadline`, which decides the standfirst: whether an
 * element calls itself a summary (class, role, `itemprop`), whether it is
 * wholly bold, and whether it stands apart from its siblings (a lone
 * paragraph under the headline, unlike the run of body paragraphs after it).
 *
 * @module
 */
import type {Element, ElementContent, Root as HastRoot} from 'hast'
import {AUTHOR_BIO_WORDS, AUTHOR_WORDS, OPENING_WORDS, STANDFIRST_WORDS} from './class-words.js'
import {attribute, hintWords} from './hast.js'

/** ARIA roles of a summary under a heading. */
const SUMMARY_ROLES = new Set(['doc-subtitle', 'doc-abstract'])

/** `itemprop` values of a summary. */
const SUMMARY_PROPS = ['description', 'abstract', 'alternativeHeadline']


/** A summary is a paragraph or a few: more elements than this, and it is a section. */
const SUMMARY_MAX_ELEMENTS = 60

/** Elements that set their text in bold. */
const BOLD_TAGS = new Set(['strong', 'b'])

/** A block is bold when this share of its text is inside `<strong>` or `<b>` (a bold standfirst with a plain link or dateline in it). */
const BOLD_MIN_SHARE = 0.8

/**
 * Whether an element says it is a summary: a standfirst class word (`dek`,
 * `standfirst`, `lead`, `teaser`…), `role=doc-subtitle`, or an `itemprop`
 * of a description.
 *
 * @param element
 *   The element.
 * @returns
 *   Whether it does.
 */
export function isSummaryElement(element: Element): boolean {
  return callsItselfSummary(element) && isSmall(element)
}

/**
 * Whether an element is a person's microdata (`itemprop=author`, or
 * `itemtype` of a `Person`): a description inside it is the person's
 * biography, not the article's summary.
 *
 * @param element
 *   The element.
 * @returns
 *   Whether it is.
 */
export function isPersonScope(element: Element): boolean {
  const {properties} = element
  if (properties.itemProp === undefined && properties.itemType === undefined) return false
  const prop = attribute(element, 'itemprop')
  return (prop !== undefined && prop.split(' ').includes('author')) || /\/Person$/.test(attribute(element, 'itemtype') ?? '')
}

/**
 * Whether an element's class, role or `itemprop` says it is a summary.
 *
 * @param element
 *   The element.
 * @returns
 *   Whether it does.
 */
function callsItselfSummary(element: Element): boolean {
  const {properties} = element
  if (properties.className !== undefined || properties.id !== undefined) {
    const words = hintWords(element)
    // "author-description", "bio-summary": the writer's biography, which an author box marks as its description.
    if (words.some((word) => AUTHOR_WORDS.has(word) || AUTHOR_BIO_WORDS.has(word))) return false
    if (words.some((word) => STANDFIRST_WORDS.has(word))) return true
  }
  const role = properties.role === undefined ? undefined : attribute(element, 'role')
  if (role && role.split(' ').some((each) => SUMMARY_ROLES.has(each))) return true
  const prop = properties.itemProp === undefined ? undefined : attribute(element, 'itemprop')
  return prop !== undefined && SUMMARY_PROPS.some((name) => prop.split(' ').includes(name))
}

/**
 * Whether an element is small enough to be a summary: not the headline's
 * box (an "intro" or "teaser" box that holds the `<h1>` or the headline is
 * the whole header), and at most `SUMMARY_MAX_ELEMENTS` elements, which
 * also bounds the look.
 *
 * @param element
 *   The element.
 * @returns
 *   Whether it is.
 */
function isSmall(element: Element): boolean {
  let budget = SUMMARY_MAX_ELEMENTS
  const stack: Element[] = [element]
  while (stack.length > 0) {
    const current = stack.pop()!
    for (const child of current.children) {
      if (child.type !== 'element') continue
      if (--budget < 0 || child.tagName === 'h1' || child.data?.headline) return false
      stack.push(child)
    }
  }
  return true
}

/**
 * Whether an element's class marks it as the body's first paragraph
 * (`first-paragraph`, `dropcap`): body text, however it stands apart.
 *
 * @param element
 *   The element.
 * @returns
 *   Whether it does.
 */
export function isOpening(element: Element): boolean {
  return element.properties.className !== undefined && hintWords(element).some((word) => OPENING_WORDS.has(word))
}

/**
 * Whether an element's text is wholly bold (at least `BOLD_MIN_SHARE` of it
 * inside `<strong>` or `<b>`, or the element's class says bold: `font-bold`,
 * `fw-bold`), as many pages set their standfirst.
 *
 * @param element
 *   A text block.
 * @returns
 *   Whether it is.
 */
export function isBold(element: Element): boolean {
  const counts = {bold: 0, all: 0}
  countBold(element.children, isBoldClassed(element), counts)
  return counts.all > 0 && counts.bold >= counts.all * BOLD_MIN_SHARE
}

/** Class words that set an element's text bold (utility classes: `font-bold`, `fw-bold`, `font-semibold`). */
const BOLD_CLASS_WORDS = new Set(['bold', 'semibold', 'bolder'])

/**
 * Whether an element's class sets its text bold.
 *
 * @param element
 *   The element.
 * @returns
 *   Whether it does.
 */
function isBoldClassed(element: Element): boolean {
  return element.properties.className !== undefined && hintWords(element).some((word) => BOLD_CLASS_WORDS.has(word))
}

/**
 * Count the characters of text, and those inside bold elements.
 *
 * @param children
 *   Nodes to read.
 * @param bold
 *   Whether they are inside a bold element.
 * @param counts
 *   The counts, changed in place.
 */
function countBold(children: ElementContent[], bold: boolean, counts: {bold: number; all: number}): void {
  for (const child of children) {
    if (child.type === 'text') {
      const length = child.value.trim().length
      counts.all += length
      if (bold) counts.bold += length
    } else if (child.type === 'element') countBold(child.children, bold || BOLD_TAGS.has(child.tagName) || isBoldClassed(child), counts)
  }
}

/**
 * An element's kind among its siblings: its tag and class names.
 *
 * @param element
 *   The element.
 * @returns
 *   The signature.
 */
function signature(element: Element): string {
  const {className} = element.properties
  return Array.isArray(className) ? `${element.tagName} ${className.join(' ')}` : element.tagName
}

/**
 * Which element children of a container stand apart: those of a kind (tag
 * and classes) that no sibling shares. A lone child inherits its parent's
 * standing (a paragraph wrapped in its own `<div>`). One pass over the
 * children.
 *
 * @param container
 *   The container.
 * @param apart
 *   Whether the container itself stands apart.
 * @returns
 *   The children that stand apart.
 */
export function childrenApart(container: Element | HastRoot, apart: boolean): Set<Element> {
  const counts = new Map<string, number>()
  const elements: Element[] = []
  for (const child of container.children) {
    if (child.type !== 'element') continue
    elements.push(child)
    const key = signature(child)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const found = new Set<Element>()
  for (const element of elements) {
    if (elements.length === 1 ? apart : counts.get(signature(element)) === 1) found.add(element)
  }
  return found
}
