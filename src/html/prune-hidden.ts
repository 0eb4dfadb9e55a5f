/**
 * Drop what is never content: scripts, styles, templates, form controls,
 * the head (its metadata was read before), comments, and everything hidden
 * (`hidden`, `aria-hidden="true"`, `display: none`, `visibility: hidden`,
 * screen-reader-only classes). Nothing of these may reach the Article,
 * with one exception: the rest of an article that the page holds but hides
 * behind a paywall (a hidden block whose class or id says so, holding
 * paragraphs of prose) is the article's text, and is kept, and said.
 *
 * @module
 */
import type {Element, ElementContent, Root as HastRoot, RootContent} from 'hast'
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import {isCreditClassed} from './figure-caption.js'
import {attribute, hintWords, textContent} from './hast.js'

/** Elements whose content is never readable text. */
const NEVER_CONTENT = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'button', 'input', 'select',
  'textarea', 'option', 'optgroup', 'datalist', 'link', 'meta', 'dialog', 'map', 'area', 'object', 'embed',
  'applet', 'frame', 'frameset', 'param', 'track', 'base', 'title'
])

/**
 * Classes that hide from the eye only: a screen reader reads the element out
 * (`aural` is the name of CSS 2's media type for speech, kept by some
 * content systems for their screen-reader text).
 */
const SCREEN_READER_CLASSES = new Set(['sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text', 'screen-reader-only', 'screen-reader', 'screenreader', 'sr-text', 'show-for-sr', 'u-visually-hidden', 'is-visually-hidden', 'a11y-hidden', 'assistive-text', 'aural', 'offscreen', 'off-screen', 'element-invisible'])

/** Class names that hide text from the eye (kept only for screen readers, or hidden by a stylesheet). */
const HIDDEN_CLASSES = new Set(['hidden', 'hide', 'is-hidden', 'u-hidden', 'invisible', ...SCREEN_READER_CLASSES])

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
export function isHidden(element: Element, inCaption = false): boolean {
  const {properties} = element
  // Most elements have none of the attributes that hide: say so without looking each up.
  if (properties.hidden === undefined && properties.ariaHidden === undefined && properties.style === undefined && properties.className === undefined && element.tagName !== 'input') return false
  if (properties.hidden !== undefined && properties.hidden !== false && properties.hidden !== null) return true
  // Each attribute below is read only when present: this runs on every element with a class.
  // `aria-hidden` hides from screen readers, not from the eye: pages set it on a
  // caption that repeats the image's alt text, and on its credit. Elsewhere it
  // marks icons and duplicates, and is taken as hidden.
  if (properties.ariaHidden !== undefined && attribute(element, 'aria-hidden') === 'true' && !inCaption && element.tagName !== 'figcaption') return true
  if (element.tagName === 'input' && attribute(element, 'type') === 'hidden') return true
  const style = properties.style === undefined ? undefined : attribute(element, 'style')
  if (style && HIDING_STYLE.test(style)) return true
  return hasHidingClass(properties.className)
}

/**
 * Whether a class list holds a class that hides (`isHidingClass`).
 *
 * @param classes
 *   The `className` property.
 * @returns
 *   Whether it does.
 */
function hasHidingClass(classes: unknown): boolean {
  if (!Array.isArray(classes)) return false
  // A loop, not `some`: this runs for every element with a class, in two walks of the page.
  for (const name of classes as Array<string | number>) if (isHidingClass(name)) return true
  return false
}


/**
 * Whether a hidden element (`isHidden`) is hidden from every reader, not
 * only from one: `aria-hidden="true"` keeps it from screen readers and
 * shows it on screen, a screen-reader class does the reverse. A byline in
 * either is read by someone ("By Jane Doe" for the eye, "An article by Jane
 * Doe" for the ear) and names the article's author all the same.
 *
 * @param element
 *   An element that `isHidden`.
 * @returns
 *   Whether no reader sees or hears it.
 */
export function isHiddenFromEveryone(element: Element): boolean {
  const {properties} = element
  if (properties.hidden !== undefined && properties.hidden !== false && properties.hidden !== null) return true
  if (element.tagName === 'input') return true
  const style = properties.style === undefined ? undefined : attribute(element, 'style')
  if (style && HIDING_STYLE.test(style)) return true
  const classes = properties.className
  return Array.isArray(classes) && classes.some((name) => isHidingClass(name) && !SCREEN_READER_CLASSES.has(String(name).toLowerCase()))
}

/** Bits of `HIDDEN_CLASS_ENDS`: the ASCII letter opens a name of `HIDDEN_CLASSES`, or ends one. */
const FIRST = 1
const LAST = 2

/**
 * The first and the last letters of `HIDDEN_CLASSES`, by character code
 * (ASCII): a table, read without hashing, where two sets were looked up for
 * every class name of the page.
 */
const HIDDEN_CLASS_ENDS = new Uint8Array(128)
for (const name of HIDDEN_CLASSES) {
  HIDDEN_CLASS_ENDS[name.charCodeAt(0)]! |= FIRST
  HIDDEN_CLASS_ENDS[name.charCodeAt(name.length - 1)]! |= LAST
}

/**
 * Whether a character (lower-cased) may open, and another end, a name of `HIDDEN_CLASSES`.
 *
 * @param first
 *   The first character's code, `| 0x20`.
 * @param last
 *   The last character's code, `| 0x20`.
 * @returns
 *   Whether they may.
 */
function mayBeHidingClass(first: number, last: number): boolean {
  return first < 128 && last < 128 && (HIDDEN_CLASS_ENDS[first]! & FIRST) !== 0 && (HIDDEN_CLASS_ENDS[last]! & LAST) !== 0
}

/**
 * Whether a class name is one of `HIDDEN_CLASSES`, in any case.
 *
 * @param name
 *   A class name.
 * @returns
 *   Whether it hides.
 */
function isHidingClass(name: string | number): boolean {
  const value = String(name)
  // Its ends (ASCII letters, lower-cased with `| 0x20`) rule out most names without hashing or lower-casing them:
  // this runs on every class name of the page. (Only ASCII letters lower-case to ASCII letters of these words.)
  if (!mayBeHidingClass(value.charCodeAt(0) | 0x20, value.charCodeAt(value.length - 1) | 0x20)) return false
  return HIDDEN_CLASSES.has(value) || HIDDEN_CLASSES.has(value.toLowerCase())
}

/**
 * Whether a child stays.
 *
 * @param node
 *   A child node.
 * @returns
 *   Whether it is content (or may hold content).
 */
/** Class and id words of a block that holds an article's locked text. */
const LOCKED_WORDS = new Set(['paywall', 'paywalled', 'premium', 'locked', 'metered', 'subscriber', 'subscribers', 'abo', 'abonnent', 'abonnenten', 'abonne', 'abonnes'])

/** Paragraphs of prose that make a hidden block the article's text, not a prompt. */
const LOCKED_MIN_PARAGRAPHS = 2
const PROSE_MIN_WORDS = 20

/**
 * Whether a hidden element is an article's text locked behind a paywall:
 * its class or id says paywall or premium, and it holds at least two
 * paragraphs of prose (a subscription prompt holds a line or two and a
 * button).
 *
 * @param element
 *   A hidden element.
 * @returns
 *   Whether to keep it.
 */
function isLockedText(element: Element): boolean {
  if (element.tagName === 'aside' || element.tagName === 'dialog' || element.tagName === 'form') return false
  if (!hintWords(element).some((word) => LOCKED_WORDS.has(word))) return false
  let paragraphs = 0
  const count = (node: Element): boolean => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (child.tagName === 'form' || child.tagName === 'button') return false
      if (child.tagName === 'p') {
        if (textContent(child).split(/\s+/).filter(Boolean).length >= PROSE_MIN_WORDS) paragraphs++
      } else if (!count(child)) return false
    }
    return true
  }
  return count(element) && paragraphs >= LOCKED_MIN_PARAGRAPHS
}

/**
 * Unhide a kept block: later stages must not read it as hidden.
 *
 * @param element
 *   The block.
 */
function unhide(element: Element): void {
  const {properties} = element
  delete properties.hidden
  delete properties.ariaHidden
  delete properties.style
  if (Array.isArray(properties.className)) properties.className = properties.className.filter((name) => !HIDDEN_CLASSES.has(String(name).toLowerCase()))
}

/**
 * Whether a node stays: not a comment, not a never-content element, not
 * hidden. In a figure, a credit the eye reads may be `aria-hidden` all the
 * same (`<footer class="credit" aria-hidden="true">`): kept as a caption's.
 *
 * @param node
 *   A child.
 * @param inCaption
 *   Whether it is inside a caption element.
 * @param inFigure
 *   Whether it is inside a figure.
 * @returns
 *   Whether it stays.
 */
function keeps(node: RootContent | ElementContent, inCaption: boolean, inFigure: boolean): boolean {
  if (node.type === 'comment' || node.type === 'doctype') return false
  if (node.type !== 'element') return true
  return !NEVER_CONTENT.has(node.tagName) && !isHidden(node, inCaption || (inFigure && node.properties.ariaHidden !== undefined && isCreditClassed(node)))
}

/**
 * Whether an element keeps all its children (`keeps`).
 *
 * @param children
 *   The children.
 * @param inCaption
 *   Whether they are in a caption.
 * @param inFigure
 *   Whether they are in a figure.
 * @returns
 *   Whether none is dropped.
 */
function keepsAll(children: ReadonlyArray<RootContent | ElementContent>, inCaption: boolean, inFigure: boolean): boolean {
  // A loop, not `every` with a callback: this runs for every element of the page, and the callback was an object made for each.
  for (const child of children) if (!keeps(child, inCaption, inFigure)) return false
  return true
}

/**
 * Remove never-content children, recursively. A `<noscript>` that holds an
 * image becomes that image.
 *
 * @param node
 *   A parent.
 * @param file
 *   The file, for messages.
 * @param inLocked
 *   Whether the parent is a kept block of locked text.
 * @param inCaption
 *   Whether the parent is inside a caption element.
 * @param inFigure
 *   Whether the parent is inside a figure.
 */
function prune(node: HastRoot | Element, file: VFile, inLocked: boolean, inCaption = false, inFigure = false): void {
  const children = node.children as Array<RootContent | ElementContent>
  let locked: Set<Element> | undefined
  // Most elements lose nothing: build a new list only when one does.
  if (!keepsAll(children, inCaption, inFigure)) {
    const kept: Array<RootContent | ElementContent> = []
    for (const child of children) {
      if (keeps(child, inCaption, inFigure)) kept.push(child)
      else if (!inLocked && child.type === 'element' && !NEVER_CONTENT.has(child.tagName) && isLockedText(child)) {
        unhide(child)
        ;(locked ??= new Set()).add(child)
        kept.push(child)
        report(file, 'locked-text-kept', 'Hidden block of prose behind a paywall kept: the page holds the text', child)
      } else if (child.type === 'element' && child.tagName === 'noscript') {
        const image = noscriptImage(child)
        if (image) kept.push(image)
      }
    }
    node.children = kept as typeof node.children
  }
  // Inside a kept block, nothing more is looked at twice: its hidden parts are dropped.
  for (const child of node.children) if (child.type === 'element') prune(child, file, inLocked || locked?.has(child) === true, inCaption || child.tagName === 'figcaption', inFigure || child.tagName === 'figure')
}

/** The part of a `<noscript>`'s text where its image is looked for. */
const NOSCRIPT_HEAD = 4000

/** The first `<img>` tag of a `<noscript>`'s text. */
const IMG_TAG = /<img\s([^<>]{1,3000})>/i


/** The attributes of a `<noscript>` image that are read, by hast property name. */
const NOSCRIPT_ATTRIBUTES = new Map([['src', 'src'], ['srcset', 'srcSet'], ['data-src', 'dataSrc'], ['data-srcset', 'dataSrcset'], ['alt', 'alt'], ['title', 'title'], ['width', 'width'], ['height', 'height'], ['class', 'className']])

/**
 * The image a `<noscript>` shows to readers without scripts: lazy-loading
 * pages put the real `<img>` there and a placeholder outside. Its text (the
 * parser keeps a `<noscript>`'s markup as text) is read for the first
 * `<img>` tag and its source attributes.
 *
 * @param noscript
 *   The `<noscript>` element.
 * @returns
 *   An `<img>` element, if it holds one with a source.
 */
function noscriptImage(noscript: Element): Element | undefined {
  const text = noscript.children.map((child) => (child.type === 'text' ? child.value : '')).join('').slice(0, NOSCRIPT_HEAD)
  const tag = IMG_TAG.exec(text)
  if (!tag) return undefined
  const properties: Element['properties'] = {}
  for (const [name, raw] of tagAttributes(tag[1]!)) {
    const property = NOSCRIPT_ATTRIBUTES.get(name)
    const value = decodeEntities(raw)
    if (property && !(property in properties)) properties[property] = property === 'className' ? value.split(/\s+/).filter(Boolean) : value
  }
  return properties.src || properties.srcSet || properties.dataSrc ? {type: 'element', tagName: 'img', properties, children: [], data: {noscript: true} as Element['data']} : undefined
}

declare module 'hast' {
  interface ElementData {
    /** Set by `pruneHidden`: this `<img>` was a `<noscript>`'s, a copy of the lazy image before it. */
    noscript?: boolean
  }
}

/**
 * The attributes of a tag's inside (`src="a.jpg" alt='A' width=640`), read
 * one character at a time (a regular expression over names and values
 * would backtrack).
 *
 * @param inside
 *   The text between `<img` and `>`.
 * @returns
 *   Lower-case names and raw values, in order.
 */
function tagAttributes(inside: string): Array<[string, string]> {
  const found: Array<[string, string]> = []
  let index = 0
  const skipSpace = () => {
    while (index < inside.length && /\s/.test(inside[index]!)) index++
  }
  while (index < inside.length) {
    skipSpace()
    const start = index
    while (index < inside.length && !/[\s=/]/.test(inside[index]!)) index++
    const name = inside.slice(start, index).toLowerCase()
    skipSpace()
    if (inside[index] !== '=') {
      // A name without a value (`loading`), or a stray character.
      if (index === start) index++
      continue
    }
    index++
    skipSpace()
    const quote = inside[index]
    let value: string
    if (quote === '"' || quote === "'") {
      const end = inside.indexOf(quote, index + 1)
      value = inside.slice(index + 1, end === -1 ? inside.length : end)
      index = end === -1 ? inside.length : end + 1
    } else {
      const valueStart = index
      while (index < inside.length && !/\s/.test(inside[index]!)) index++
      value = inside.slice(valueStart, index)
    }
    if (name) found.push([name, value])
  }
  return found
}

/**
 * Decode the character references a URL or alt text in markup uses.
 *
 * @param value
 *   An attribute value as written.
 * @returns
 *   Its text.
 */
function decodeEntities(value: string): string {
  if (!value.includes('&')) return value
  return value.replace(/&(?:amp|quot|#39|apos|lt|gt|#(\d{1,7})|#x([\da-f]{1,6}));/gi, (entity, decimal: string | undefined, hex: string | undefined) => {
    if (decimal) return String.fromCodePoint(Math.min(Number(decimal), 0x10_ffff))
    if (hex) return String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10_ffff))
    return {'&amp;': '&', '&quot;': '"', '&#39;': "'", '&apos;': "'", '&lt;': '<', '&gt;': '>'}[entity.toLowerCase()] ?? entity
  })
}

/**
 * unified transformer plugin: drop scripts, styles, form controls and hidden elements.
 *
 * @returns
 *   Transformer.
 */
export function pruneHidden() {
  return function (tree: HastRoot, file: VFile): void {
    prune(tree, file, false)
  }
}
