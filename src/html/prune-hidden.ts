/**
 * Drop what is never content: scripts, styles, templates, form controls,
 * the head (its metadata was read before), comments, and everything hidden
 * (`hidden`, `aria-hidden="true"`, `display: none`, `visibility: hidden`,
 * screen-reader-only classes). Nothing of these may reach the Article.
 *
 * @module
 */
import type {Element, ElementContent, Root as HastRoot, RootContent} from 'hast'
import {attribute} from './hast.js'

/** Elements whose content is never readable text. */
const NEVER_CONTENT = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'button', 'input', 'select',
  'textarea', 'option', 'optgroup', 'datalist', 'link', 'meta', 'dialog', 'map', 'area', 'object', 'embed',
  'applet', 'frame', 'frameset', 'param', 'track', 'base', 'title'
])

/** Class names that hide text from the eye (kept only for screen readers, or hidden by a stylesheet). */
const HIDDEN_CLASSES = new Set(['hidden', 'hide', 'sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text', 'screen-reader-only', 'is-hidden', 'u-hidden', 'invisible', 'offscreen'])

/** An inline style that hides the element. */
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i

/**
 * Whether an element is hidden from readers.
 *
 * @param element
 *   The element.
 * @returns
 *   Whether it is.
 */
export function isHidden(element: Element): boolean {
  const {properties} = element
  // Most elements have none of the attributes that hide: say so without looking each up.
  if (properties.hidden === undefined && properties.ariaHidden === undefined && properties.style === undefined && properties.className === undefined && element.tagName !== 'input') return false
  if (properties.hidden !== undefined && properties.hidden !== false && properties.hidden !== null) return true
  if (attribute(element, 'aria-hidden') === 'true') return true
  if (element.tagName === 'input' && attribute(element, 'type') === 'hidden') return true
  const style = attribute(element, 'style')
  if (style && HIDING_STYLE.test(style)) return true
  const classes = properties.className
  return Array.isArray(classes) && classes.some((name) => HIDDEN_CLASSES.has(String(name).toLowerCase()))
}

/**
 * Whether a child stays.
 *
 * @param node
 *   A child node.
 * @returns
 *   Whether it is content (or may hold content).
 */
function keeps(node: RootContent | ElementContent): boolean {
  if (node.type === 'comment' || node.type === 'doctype') return false
  if (node.type !== 'element') return true
  return !NEVER_CONTENT.has(node.tagName) && !isHidden(node)
}

/**
 * Remove never-content children, recursively.
 *
 * @param node
 *   A parent.
 */
function prune(node: HastRoot | Element): void {
  const children = node.children as Array<RootContent | ElementContent>
  // Most elements lose nothing: build a new list only when one does.
  if (!children.every(keeps)) node.children = children.filter(keeps) as typeof node.children
  for (const child of node.children) if (child.type === 'element') prune(child)
}

/**
 * unified transformer plugin: drop scripts, styles, form controls and hidden elements.
 *
 * @returns
 *   Transformer.
 */
export function pruneHidden() {
  return function (tree: HastRoot): void {
    prune(tree)
  }
}
