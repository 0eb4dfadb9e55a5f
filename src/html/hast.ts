/**
 * Small helpers over hast elements, shared by the HTML plugins.
 *
 * hast stores attributes as properties (`class` → `className: string[]`,
 * `data-src` → `dataSrc`, `itemprop` → `itemProp: string[]`); these helpers
 * read them by their HTML name, whatever shape the value has.
 *
 * @module
 */
import type {Element, ElementContent, Root as HastRoot, RootContent} from 'hast'
import {find, html} from 'property-information'
import {BoundedCache} from '../util/bounded-cache.js'
import {cleanLine} from '../util/text.js'

/** Any hast node that can hold children. */
export type HastParent = HastRoot | Element

/**
 * Whether a node is an element (optionally with one of the given names).
 *
 * @param node
 *   Any node.
 * @param names
 *   Tag names to accept (optional: any).
 * @returns
 *   Whether it is.
 */
export function isElement(node: RootContent | ElementContent | HastRoot | undefined, ...names: string[]): node is Element {
  return node?.type === 'element' && (names.length === 0 || names.includes(node.tagName))
}

/**
 * An attribute's value as a string, by its HTML name (`data-src`, `itemprop`).
 *
 * @param element
 *   The element.
 * @param name
 *   The attribute name, lower case.
 * @returns
 *   The value, or `undefined` when absent.
 */
export function attribute(element: Element, name: string): string | undefined {
  let property = propertyNames.get(name)
  if (property === undefined) {
    property = find(html, name).property
    propertyNames.set(name, property)
  }
  const value = element.properties[property]
  if (value === undefined || value === null || value === false) return undefined
  if (Array.isArray(value)) return value.join(' ')
  return String(value)
}

/** hast property names by attribute name (`data-src` → `dataSrc`), looked up once. */
const propertyNames = new Map<string, string>()

/** Class and id words are split on these: `article__body--wide` → article, body, wide. */
const WORD_SEPARATOR = /[\s_-]+/

/** Any capital: only then are camelCase boundaries looked for and the names lower-cased. */
const HAS_CAPITAL = /\p{Lu}/u

/** A lower-case letter followed by a capital: a word boundary in camelCase. */
const CAMEL_BOUNDARY = /(\p{Ll})(\p{Lu})/gu

/**
 * The lower-case words of an element's class names and id.
 *
 * @param element
 *   The element.
 * @returns
 *   Its words, e.g. `['entry', 'content', 'main']`.
 */
export function hintWords(element: Element): string[] {
  // Most elements have neither class nor id: no words, and no `data` object made for them.
  if (element.properties.className === undefined && element.properties.id === undefined) return NO_WORDS
  // Several plugins ask for the same element's words: kept on the element.
  const data = (element.data ??= {} as NonNullable<Element['data']>)
  return (data.hintWords ??= readHintWords(element))
}

declare module 'hast' {
  interface ElementData {
    /** The element's class and id words, once read (`hintWords`). */
    hintWords?: string[]
  }
}

/** The words of an element without class or id (shared, never changed). */
const NO_WORDS: string[] = []

/**
 * `hintWords` without the cache.
 *
 * @param element
 *   The element.
 * @returns
 *   Its words.
 */
function readHintWords(element: Element): string[] {
  const {className, id} = element.properties
  // Most elements have neither.
  if (className === undefined && id === undefined) return NO_WORDS
  return plainWords(className, id) ?? wordsOfNames.get(joinNames(className, id), splitNames)
}

/**
 * Class names and an id as one space-separated string.
 *
 * @param className
 *   The `className` property.
 * @param id
 *   The `id` property.
 * @returns
 *   The names.
 */
function joinNames(className: unknown, id: unknown): string {
  return (Array.isArray(className) ? className.join(' ') : typeof className === 'string' ? className : '') + ' ' + (typeof id === 'string' ? id : '')
}

/**
 * The words of class names and an id that are plain: lower-case ASCII with
 * no space, split at `-` and `_` only (`article__body--wide`), as most are.
 * Such names are read as they stand, which is cheaper than building the
 * joined string `splitNames` takes and looking it up (a fresh string is
 * copied and hashed for that), and than the Unicode expressions of a split.
 *
 * @param className
 *   The `className` property.
 * @param id
 *   The `id` property.
 * @returns
 *   The words, the same as `splitNames` gives; `undefined` when a name is not plain.
 */
function plainWords(className: unknown, id: unknown): string[] | undefined {
  if (!(className === undefined || Array.isArray(className)) || !(id === undefined || typeof id === 'string')) return undefined
  const words: string[] = []
  if (className) for (const name of className) if (typeof name !== 'string' || !addPlainWords(name, words)) return undefined
  if (id !== undefined && !addPlainWords(id, words)) return undefined
  return words
}

/**
 * Add the words of one plain name (see `plainWords`).
 *
 * @param name
 *   A class name or id.
 * @param words
 *   Where the words go.
 * @returns
 *   Whether the name was plain (else `words` may hold part of it).
 */
function addPlainWords(name: string, words: string[]): boolean {
  let start = 0
  for (let index = 0; index < name.length; index++) {
    const code = name.charCodeAt(index)
    // Capitals (camelCase), spaces and any other script go through `splitNames`.
    if (code >= 0x80 || (code >= 0x41 && code <= 0x5a) || code === 0x20 || (code >= 0x09 && code <= 0x0d)) return false
    if (code === 0x2d || code === 0x5f) {
      if (index > start) words.push(name.slice(start, index))
      start = index + 1
    }
  }
  if (name.length > start) words.push(start === 0 ? name : name.slice(start))
  return true
}

/**
 * Split class names and an id into lower-case words.
 *
 * @param names
 *   Class names and id, space-separated.
 * @returns
 *   The words (shared between elements: read only).
 */
function splitNames(names: string): string[] {
  const words: string[] = []
  // camelCase and PascalCase names split too: `NewsletterBox` → newsletter, box.
  const split = HAS_CAPITAL.test(names) ? names.replace(CAMEL_BOUNDARY, '$1 $2').toLowerCase() : names
  for (const word of split.split(WORD_SEPARATOR)) if (word) words.push(word)
  return words
}

/** Words of recently seen class-and-id strings (keys of at most 256 characters, 256K characters in all: words are slices of their key). */
const wordsOfNames = new BoundedCache<string[]>(262_144, 256)

/** Elements whose text is code or markup, never readable text. */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math'])

/**
 * The readable text of a node and its descendants (never script or style
 * text), whitespace not yet folded. For a `<script>` itself (JSON-LD), its code.
 *
 * @param node
 *   A node.
 * @returns
 *   Its text.
 */
export function textContent(node: RootContent | ElementContent | HastRoot): string {
  if (node.type === 'text') return node.value
  if (node.type !== 'element' && node.type !== 'root') return ''
  if (node.type === 'element' && node.tagName === 'script') return node.children.map((child) => (child.type === 'text' ? child.value : '')).join('')
  let text = ''
  for (const child of node.children) if (child.type !== 'element' || !NOT_TEXT.has(child.tagName)) text += textContent(child)
  return text
}

/**
 * The first descendant element (depth first) that passes a test.
 *
 * @param node
 *   Where to look.
 * @param test
 *   The test.
 * @returns
 *   The element, if any.
 */
export function findElement(node: HastParent, test: (element: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (test(child)) return child
    const found = findElement(child, test)
    if (found) return found
  }
  return undefined
}

/**
 * Every descendant element that passes a test, in document order.
 *
 * @param node
 *   Where to look.
 * @param test
 *   The test.
 * @param found
 *   Where they go (optional).
 * @returns
 *   The elements.
 */
export function findAllElements(node: HastParent, test: (element: Element) => boolean, found: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (test(child)) found.push(child)
    findAllElements(child, test, found)
  }
  return found
}

/** Fold whitespace to single spaces, drop invisible and control characters, and trim. */
export function foldWhitespace(text: string): string {
  // The same cleaning as every line of text: metadata (a title, an author) must not keep what the body drops.
  return cleanLine(text)
}

/**
 * Set marks on an element's `data` (what a plugin found out about it).
 *
 * @param element
 *   The element.
 * @param marks
 *   What to set.
 */
export function mark(element: Element, marks: Partial<NonNullable<Element['data']>>): void {
  element.data = Object.assign(element.data ?? {}, marks) as Element['data']
}
