/**
 * The HTML front end's parser: markup to a hast tree, with parse5.
 *
 * parse5 parses as browsers do (any input, however broken). Its tree is
 * turned into hast by `hast-util-from-parse5`. Source positions double
 * parse5's cost, so they are asked for only when the caller wants messages.
 * Nesting deeper than any real page (a hostile input of 100,000 `<div>`s)
 * is flattened first, its text kept, so that no walker overflows the stack.
 *
 * The HTML plugins (`src/html/`) then work on this hast tree until
 * `hastToLines` turns it into the shared tree of blocks and lines.
 *
 * @module
 */
import type {Element, ElementContent, Properties, Root as HastRoot, RootContent} from 'hast'
import {fromParse5} from 'hast-util-from-parse5'
import {find, html as htmlSchema, type Info} from 'property-information'
import {defaultTreeAdapter, parse, type DefaultTreeAdapterMap, type TreeAdapter} from 'parse5'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {report} from '../messages.js'

type Parse5Node = DefaultTreeAdapterMap['node']
type Parse5Text = DefaultTreeAdapterMap['textNode'] & {flatLength?: number}
type Parse5Parent = DefaultTreeAdapterMap['parentNode']

/** Deeper than real pages go (they stay under 100), shallow enough for recursive walkers. */
const MAX_DEPTH = 400

/** Options of the HTML parser. */
export interface FromHtmlOptions {
  /** Record source positions (costly; needed only for messages). */
  positions?: boolean
}

/**
 * The text below a node, gathered without recursion.
 *
 * @param node
 *   A parse5 node.
 * @returns
 *   Its text, a space between elements.
 */
function flatText(node: Parse5Parent): string {
  const parts: string[] = []
  const stack: Parse5Node[] = [...node.childNodes].reverse()
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.nodeName === '#text') parts.push((current as DefaultTreeAdapterMap['textNode']).value)
    else if ('childNodes' in current && current.nodeName !== 'script' && current.nodeName !== 'style') {
      parts.push(' ')
      for (let index = current.childNodes.length - 1; index >= 0; index--) stack.push(current.childNodes[index]!)
    }
  }
  return parts.join('')
}

/**
 * Flatten whatever lies deeper than `MAX_DEPTH` into one text node.
 *
 * @param document
 *   The parse5 document, changed in place.
 * @returns
 *   How many subtrees were flattened.
 */
function flattenDeepNesting(document: Parse5Parent): number {
  let flattened = 0
  const stack: Array<[Parse5Parent, number]> = [[document, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (depth >= MAX_DEPTH) {
      const value = flatText(node)
      const text = {nodeName: '#text', value, parentNode: node} as DefaultTreeAdapterMap['textNode']
      node.childNodes = [text]
      flattened++
      continue
    }
    for (const child of node.childNodes) if ('childNodes' in child) stack.push([child, depth + 1])
    // `<template>` keeps its children in `content`: never content, emptied.
    if (node.nodeName === 'template') node.childNodes = []
  }
  return flattened
}

/**
 * Append text to a text node, keeping its value mostly flat.
 *
 * parse5 hands text over token by token (a word, then the space after it)
 * and appends each with `+=`: V8 keeps such a value as a rope, a cell per
 * piece, about 16 bytes for each character of a page (a 20 MB page made a
 * 325 MB tree). Flattening whenever the value has doubled since the last
 * flattening keeps the rope short and costs one extra copy of the text.
 *
 * @param node
 *   The text node.
 * @param text
 *   The text to append.
 */
function appendText(node: Parse5Text, text: string): void {
  node.value += text
  const flatLength = node.flatLength ?? 0
  if (node.value.length >= 2 * flatLength + 64) {
    // Reading a character flattens a rope in place.
    node.value.charCodeAt(0)
    node.flatLength = node.value.length
  }
}

/** parse5's default tree, with text appended by `appendText`. */
const treeAdapter: TreeAdapter<DefaultTreeAdapterMap> = {
  ...defaultTreeAdapter,
  insertText(parent, text) {
    const last = parent.childNodes.at(-1)
    if (last && defaultTreeAdapter.isTextNode(last)) appendText(last, text)
    else defaultTreeAdapter.appendChild(parent, defaultTreeAdapter.createTextNode(text))
  },
  insertTextBefore(parent, text, reference) {
    const previous = parent.childNodes[parent.childNodes.indexOf(reference) - 1]
    if (previous && defaultTreeAdapter.isTextNode(previous)) appendText(previous, text)
    else defaultTreeAdapter.insertBefore(parent, defaultTreeAdapter.createTextNode(text), reference)
  }
}

/**
 * Parse HTML into hast.
 *
 * @param html
 *   The document.
 * @param file
 *   The file (for messages).
 * @param options
 *   Whether to record positions.
 * @returns
 *   The hast root.
 */
export function htmlToHast(html: string, file: VFile, options: FromHtmlOptions = {}): HastRoot {
  const document = parse(html, {sourceCodeLocationInfo: Boolean(options.positions), treeAdapter})
  // With positions, `hast-util-from-parse5` maps them; without, a leaner converter does (and flattens as it goes).
  const state: Conversion = {flattened: 0}
  let tree: HastRoot
  if (options.positions) {
    state.flattened = flattenDeepNesting(document)
    tree = fromParse5(document, {file}) as HastRoot
  } else {
    tree = toHast(document, state)
  }
  if (state.flattened > 0) report(file, 'nesting-flattened', `Unexpected nesting deeper than ${MAX_DEPTH} elements, flattened to its text`)
  return tree
}

/** What the lean converter counts. */
interface Conversion {
  /** Subtrees deeper than `MAX_DEPTH`, flattened to their text. */
  flattened: number
}

/** Elements whose content is never read (dropped by `pruneHidden`): their children are not converted. */
const OPAQUE = new Set(['style', 'svg', 'math', 'noscript', 'template', 'textarea', 'select', 'iframe', 'object'])

/** Property info by attribute name, looked up once (`class` → `className`, space-separated). */
const infoCache = new Map<string, Info>()

/**
 * The hast value of an attribute, as `hastscript` computes it: token lists
 * split, booleans and numbers parsed.
 *
 * @param info
 *   The attribute's property info.
 * @param value
 *   The attribute's value.
 * @returns
 *   The property value.
 */
function propertyValue(info: Info, value: string): Properties[string] {
  if (info.spaceSeparated || info.commaOrSpaceSeparated) {
    const input = (info.commaOrSpaceSeparated ? value.split(',').join(' ') : value).trim()
    if (!input) return []
    const items = input.split(/[ \t\n\r\f]+/g)
    // Only number and boolean lists need each item parsed (`class`, `rel` do not).
    return info.number || info.boolean || info.overloadedBoolean ? (items.map((item) => primitive(info, item)) as Array<string | number>) : items
  }
  if (info.commaSeparated) return value.split(',').map((item) => primitive(info, item.trim())).filter((item) => item !== '') as Array<string | number>
  return primitive(info, value)
}

/**
 * A single attribute value as `hastscript` reads it.
 *
 * @param info
 *   The property info.
 * @param value
 *   The value.
 * @returns
 *   A number, `true`, or the string.
 */
function primitive(info: Info, value: string): string | number | boolean {
  if (info.number && value && !Number.isNaN(Number(value))) return Number(value)
  if ((info.boolean || info.overloadedBoolean) && (value === '' || value.toLowerCase() === info.attribute.toLowerCase())) return true
  return value
}

/**
 * The attributes the HTML plugins read (and every `data-*`, for lazy
 * sources and post ids): the others (event handlers, `tabindex`, ARIA) are
 * not converted. This also leaves out names such as `__proto__`.
 */
const READ_ATTRIBUTES = new Set([
  'class', 'id', 'hidden', 'style', 'type', 'role', 'itemprop', 'rel', 'href', 'src', 'srcset', 'alt',
  'datetime', 'content', 'name', 'property', 'http-equiv', 'lang', 'pubdate', 'width', 'height', 'aria-hidden', 'poster'
])

/** The properties of an element without attributes. */
const NO_PROPERTIES: Properties = Object.freeze({}) as Properties

/**
 * Turn a parse5 element's attributes into hast properties, for the
 * attributes the plugins read.
 *
 * @param attrs
 *   The attributes.
 * @returns
 *   The properties.
 */
function toProperties(attrs: DefaultTreeAdapterMap['element']['attrs']): Properties {
  // Most elements have no attributes: they share one empty, frozen object (nothing writes properties).
  if (attrs.length === 0) return NO_PROPERTIES
  const properties: Properties = {}
  for (const {name, value, prefix} of attrs) {
    if (prefix || !(READ_ATTRIBUTES.has(name) || name.startsWith('data-'))) continue
    let info = infoCache.get(name)
    if (!info) {
      info = find(htmlSchema, name)
      infoCache.set(name, info)
    }
    properties[info.property] = propertyValue(info, value)
  }
  return properties
}

/**
 * Convert a parse5 node to hast (HTML namespace; opaque elements empty).
 *
 * @param node
 *   A parse5 child node.
 * @param depth
 *   Its depth in the document.
 * @param state
 *   Counts.
 * @returns
 *   The hast node, or `undefined` for what hast has no node for.
 */
function toHastNode(node: Parse5Node, depth: number, state: Conversion): RootContent | undefined {
  switch (node.nodeName) {
    case '#text': {
      const {value} = node as Parse5Text
      // Flatten what `appendText` left as a short rope.
      value.charCodeAt(0)
      return {type: 'text', value}
    }
    // Comments and the doctype are never content (`pruneHidden` drops them): not converted.
    case '#comment':
    case '#documentType':
      return undefined
    default: {
      const reference = node as DefaultTreeAdapterMap['element']
      const element: Element = {type: 'element', tagName: reference.tagName, properties: toProperties(reference.attrs), children: []}
      const readable = !OPAQUE.has(reference.tagName) && (reference.tagName !== 'script' || /ld\+json/i.test(String(element.properties.type ?? '')))
      if (depth >= MAX_DEPTH) {
        state.flattened++
        element.children = [{type: 'text', value: flatText(reference)}]
      } else if (readable) {
        element.children = toHastChildren(reference.childNodes, depth + 1, state) as ElementContent[]
      }
      return element
    }
  }
}

/**
 * Convert parse5 children to hast.
 *
 * @param nodes
 *   The children.
 * @param depth
 *   Their depth.
 * @param state
 *   Counts.
 * @returns
 *   The hast children.
 */
function toHastChildren(nodes: Parse5Node[], depth: number, state: Conversion): RootContent[] {
  const children: RootContent[] = []
  for (const node of nodes) {
    const converted = toHastNode(node, depth, state)
    if (converted) children.push(converted)
  }
  return children
}

/**
 * Convert a parse5 document to hast, without positions. Same shape as
 * `hast-util-from-parse5` gives, but what is never read is not converted:
 * comments, the doctype, the content of styles, SVG, templates and scripts
 * other than JSON-LD, and attributes no plugin reads. That is about half the
 * conversion's cost on news pages.
 *
 * @param document
 *   The parse5 document.
 * @param state
 *   Counts.
 * @returns
 *   The hast root.
 */
function toHast(document: DefaultTreeAdapterMap['document'], state: Conversion): HastRoot {
  return {type: 'root', children: toHastChildren(document.childNodes, 1, state)}
}

/**
 * unified parser plugin for HTML: the document as a hast tree.
 *
 * @param options
 *   Parser options.
 */
export const fromHtml: Plugin<[FromHtmlOptions?], string, HastRoot> = function (options) {
  this.parser = (document, file) => htmlToHast(String(document), file, options ?? {})
}
