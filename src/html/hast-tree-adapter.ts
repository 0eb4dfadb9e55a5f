/**
 * A parse5 tree adapter that builds hast directly.
 *
 * parse5 builds its own tree unless given an adapter; converting that tree
 * to hast afterwards allocated every node twice, and the garbage collector
 * was an eighth of the HTML front end's time. This adapter makes hast nodes
 * as parse5 goes, leaving out what no plugin reads, as that converter did:
 * the doctype, the content of elements that are never content (`OPAQUE`:
 * styles, SVG, templates, scripts other than JSON-LD) and attributes that no
 * plugin reads (see `toProperties`). Comments are kept, as
 * `hast-util-from-parse5` keeps them, for `pruneHidden` to drop.
 *
 * What parse5 asks of a node beyond hast (its parent, namespace and raw
 * attributes) is kept in fields of the element that hast does not define.
 *
 * @module
 */
import type {Comment, Element, ElementContent, Properties, Root, Text} from 'hast'
import {find, html as htmlSchema, type Info} from 'property-information'
import {Parser, type TreeAdapter, type TreeAdapterTypeMap, type Token, type html} from 'parse5'
import {BoundedCache} from '../util/bounded-cache.js'
import {skimRuns} from './skim-runs.js'

/** What parse5 needs of an element, beside its hast fields. */
export interface BuildElement extends Element {
  /** The element it is attached to (`null` when detached). */
  parent: BuildParent | null
  /** Its namespace. */
  namespace: html.NS
  /** Its attributes as parsed, for the few elements parse5 reads them back from (see `ATTRIBUTES_READ_BACK`). */
  attrs: Token.Attribute[]
  /** Whether its content is left out (see `OPAQUE`). */
  opaque: boolean
  /** Its depth when it was attached (the root's children are at 1). */
  depth: number
}

/** A parent while parsing. */
export type BuildParent = Root | BuildElement

/** A text node while parsing. */
export interface BuildText extends Text {
  parent: BuildParent | null
  /** The value's length when it was last flattened (see `growText`). */
  flatLength: number
}

/** A comment while parsing. */
export interface BuildComment extends Comment {
  parent: BuildParent | null
}

/** A child while parsing. */
type BuildChild = BuildElement | BuildText | BuildComment

/** The doctype: parse5 reports it; nothing reads it. */
interface BuildDoctype {
  type: 'doctype'
  parent: null
}

/** The node types of this adapter. */
export type HastTreeAdapterMap = TreeAdapterTypeMap<
  BuildParent | BuildChild | BuildDoctype,
  BuildParent,
  BuildChild,
  Root,
  Root,
  BuildElement,
  BuildComment,
  BuildText,
  BuildElement,
  BuildDoctype
>

/**
 * Elements whose content is never read (dropped by `pruneHidden`): their
 * children are not kept. A `<noscript>`'s text is kept: it may hold the
 * real `<img>` of a lazy-loaded picture (see `pruneHidden`).
 */
const OPAQUE = new Set(['style', 'svg', 'math', 'template', 'textarea', 'select', 'iframe', 'object'])

/**
 * The attributes the HTML plugins read (and every `data-*`, for lazy
 * sources and post ids): the others (event handlers, `tabindex`, ARIA) are
 * not made properties. This also leaves out names such as `__proto__`.
 */
const READ_ATTRIBUTES = new Set([
  'class', 'id', 'hidden', 'style', 'type', 'role', 'itemprop', 'rel', 'href', 'src', 'srcset', 'alt',
  'datetime', 'content', 'name', 'property', 'http-equiv', 'lang', 'pubdate', 'width', 'height', 'aria-hidden', 'poster',
  // An image's title is its caption on some sites; a picture's `<source media>` says how wide it is shown.
  'title', 'media'
])

/** The properties of an element without attributes. */
const NO_PROPERTIES: Properties = Object.freeze({}) as Properties

/**
 * The property info of each attribute in `READ_ATTRIBUTES` (`class` →
 * `className`, space-separated), found once: one lookup of an attribute's
 * name says both whether it is read and how (a test of the set, then a
 * lookup in a cache, were a fifth of `toProperties`).
 */
const READ_INFO = new Map([...READ_ATTRIBUTES].map((name) => [name, find(htmlSchema, name)]))

/** Property info of `data-*` attributes, looked up once; bounded, as their names are the page's own. */
const infoCache = new BoundedCache<Info>(65_536, 128)

/**
 * The property info of an attribute.
 *
 * @param name
 *   The attribute name.
 * @returns
 *   Its info.
 */
function findInfo(name: string): Info {
  return find(htmlSchema, name)
}

/** The document mode of each document (parse5 reads it back while parsing tables). */
const documentModes = new WeakMap<Root, html.DOCUMENT_MODE>()

/** The content of each template (never content: kept only for parse5). */
const templateContents = new WeakMap<BuildElement, Root>()

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
    const items = splitTokens(input)
    // Only number and boolean lists need each item parsed (`class`, `rel` do not).
    return info.number || info.boolean || info.overloadedBoolean ? (items.map((item) => primitive(info, item)) as Array<string | number>) : items
  }
  if (info.commaSeparated) return value.split(',').map((item) => primitive(info, item.trim())).filter((item) => item !== '') as Array<string | number>
  return primitive(info, value)
}

/**
 * Split a trimmed token list at runs of HTML whitespace, as
 * `input.split(/[ \t\n\r\f]+/g)` does (the ends are trimmed, so no empty
 * item), without a regular expression: this runs on every `class`, and most
 * hold one name, returned as it is.
 *
 * @param input
 *   The trimmed value.
 * @returns
 *   Its tokens.
 */
function splitTokens(input: string): string[] {
  let items: string[] | undefined
  let start = 0
  for (let index = 0; index < input.length; index++) {
    if (!isTokenSeparator(input.charCodeAt(index))) continue
    if (index > start) (items ??= []).push(input.slice(start, index))
    start = index + 1
  }
  if (!items) return [input]
  items.push(input.slice(start))
  return items
}

/**
 * Whether a character separates tokens: space, tab, line feed, form feed, carriage return.
 *
 * @param code
 *   A character code.
 * @returns
 *   Whether it does.
 */
function isTokenSeparator(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13
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
 * Turn attributes into hast properties, for the attributes the plugins read.
 *
 * @param attrs
 *   The attributes.
 * @returns
 *   The properties.
 */
function toProperties(attrs: Token.Attribute[]): Properties {
  // Most elements have no attributes: they share one empty, frozen object (nothing writes properties).
  if (attrs.length === 0) return NO_PROPERTIES
  // Without a prototype, V8 keeps the object as a dictionary from the start: elements' attributes come in
  // thousands of combinations and orders, and as plain objects each made a shape of its own (adding a property
  // looked up a transition, and every plugin's reads of `properties` met so many shapes that they missed V8's
  // caches). Measured: parsing about 3–4% faster, the plugins that read properties no slower; the cost, a
  // parsed tree about 15% larger (a dictionary per element with attributes).
  const properties = Object.create(null) as Properties
  for (const {name, value, prefix} of attrs) {
    if (prefix) continue
    const info = READ_INFO.get(name) ?? (name.startsWith('data-') ? infoCache.get(name, findInfo) : undefined)
    if (info) properties[info.property] = propertyValue(info, value)
  }
  return properties
}

/**
 * Whether an element's content is left out: opaque elements, and scripts
 * other than JSON-LD.
 *
 * @param tagName
 *   The tag name.
 * @param properties
 *   Its properties.
 * @returns
 *   `true` when its children are not kept.
 */
function isOpaque(tagName: string, properties: Properties): boolean {
  if (tagName === 'script') return !/ld\+json/i.test(String(properties.type ?? ''))
  return OPAQUE.has(tagName)
}

/** A text node of either tree (this adapter's, or parse5's own for positions). */
interface GrowingText {
  value: string
  flatLength?: number
}

/**
 * The text node that text was last appended to: the only one whose value
 * may still be a rope (parsing is synchronous, one page at a time).
 */
let growing: GrowingText | undefined

/**
 * Append text to a text node, keeping the tree's values flat.
 *
 * parse5 hands text over token by token (a word, then the space after it)
 * and appending each with `+=` makes V8 keep the value as a rope, a cell per
 * piece: about 16 bytes for each character of a page. So a value is
 * flattened whenever it has doubled since it last was (one extra copy of
 * the text at most), and the node text last grew at is flattened as soon as
 * text goes to another one: then at most one value in the tree is a rope.
 *
 * @param node
 *   The text node.
 * @param text
 *   The text to append (none when the node was just made with its text).
 */
export function growText(node: GrowingText, text?: string): void {
  if (growing !== node) {
    if (growing) flatten(growing)
    growing = node
  }
  if (text === undefined) return
  node.value += text
  if (node.value.length >= 2 * (node.flatLength ?? 0) + 64) flatten(node)
}

/** Flatten the last text node that grew, once the page is parsed. */
export function settleText(): void {
  if (growing) flatten(growing)
  growing = undefined
}

/**
 * Make a text node's value flat: one buffer instead of a rope of pieces.
 *
 * @param node
 *   The text node.
 */
function flatten(node: GrowingText): void {
  // Reading a character flattens a rope in place.
  node.value.charCodeAt(0)
  node.flatLength = node.value.length
}

/**
 * Make a text node.
 *
 * @param value
 *   Its text.
 * @returns
 *   The node.
 */
function createText(value: string): BuildText {
  return {type: 'text', value, parent: null, flatLength: 0}
}

/**
 * Whether a child is a text node.
 *
 * @param node
 *   A child (optional).
 * @returns
 *   `true` for text.
 */
function isText(node: BuildChild | undefined): node is BuildText {
  return node !== undefined && node.type === 'text'
}

/**
 * The children of a parent as this adapter keeps them.
 *
 * @param parent
 *   The parent.
 * @returns
 *   Its children.
 */
function childrenOf(parent: BuildParent): BuildChild[] {
  return parent.children as BuildChild[]
}

/**
 * The index of a child in its parent, looked for from the end (the parser
 * works at the end of a parent: the last child is the usual answer).
 *
 * @param children
 *   The children.
 * @param child
 *   The child.
 * @returns
 *   Its index, or -1.
 */
function indexFromEnd(children: BuildChild[], child: BuildChild): number {
  return children[children.length - 1] === child ? children.length - 1 : children.lastIndexOf(child)
}

/** The deepest an element was attached at while parsing this page. */
let deepest = 0

/**
 * Whether an element was attached with children of its own: parse5 moves
 * subtrees (misnested formatting tags), and then the depths of their
 * descendants are no longer known (one page in forty).
 */
let moved = false

/**
 * Give a child its parent, and an element its depth.
 *
 * @param parent
 *   The parent.
 * @param child
 *   The child.
 */
function attach(parent: BuildParent, child: BuildChild): void {
  child.parent = parent
  if (child.type !== 'element') return
  if (child.children.length > 0) moved = true
  child.depth = parent.type === 'root' ? 1 : parent.depth + 1
  if (child.depth > deepest) deepest = child.depth
}

/**
 * Parse a page into hast with this adapter, and flatten what lies deeper
 * than `maxDepth` (see `flattenDeepHast`). That walk reads the whole tree,
 * so it is skipped when the depths recorded while parsing show no element
 * that deep.
 *
 * @param html
 *   The page.
 * @param maxDepth
 *   The deepest an element may have children.
 * @returns
 *   The tree, and how many subtrees were flattened.
 */
export function parseToHast(html: string, maxDepth: number): {tree: Root; flattened: number} {
  deepest = 0
  moved = false
  // What `parse5.parse` does, with long runs of plain characters read at once (`skimRuns`).
  const parser = new Parser({treeAdapter: hastTreeAdapter})
  skimRuns(parser.tokenizer)
  parser.tokenizer.write(html, true)
  const tree = parser.document
  settleText()
  const flattened = moved || deepest >= maxDepth ? flattenDeepHast(tree, maxDepth) : 0
  return {tree, flattened}
}

/** Elements whose attributes parse5 reads back while parsing. */
const ATTRIBUTES_READ_BACK = new Set(['html', 'body', 'annotation-xml'])

/** The attributes kept for other elements. */
const NO_ATTRIBUTES: Token.Attribute[] = []

/** The adapter. Opaque elements take children (parse5 may move them) but do not keep them. */
export const hastTreeAdapter: TreeAdapter<HastTreeAdapterMap> = {
  createDocument: () => ({type: 'root', children: []}),
  createDocumentFragment: () => ({type: 'root', children: []}),
  createElement(tagName, namespace, attrs) {
    const properties = toProperties(attrs)
    // parse5 reads back the attributes of `<html>` and `<body>` (to merge repeats) and of
    // MathML's `<annotation-xml>` (its encoding) only: other elements let theirs go.
    const kept = ATTRIBUTES_READ_BACK.has(tagName) ? attrs : NO_ATTRIBUTES
    return {type: 'element', tagName, properties, children: [], parent: null, namespace, attrs: kept, opaque: isOpaque(tagName, properties), depth: 0}
  },
  createCommentNode: (value) => ({type: 'comment', value, parent: null}),
  createTextNode: createText,

  appendChild(parent, child) {
    attach(parent, child)
    if (parent.type === 'element' && parent.opaque) return
    const children = childrenOf(parent)
    // A first child goes in an array of one: pushed onto the empty one, it would get room for 17 (V8 grows an
    // array by half plus 16), and most elements keep one child.
    if (children.length === 0) parent.children = [child] as typeof parent.children
    else children.push(child)
  },
  insertBefore(parent, child, reference) {
    attach(parent, child)
    if (parent.type === 'element' && parent.opaque) return
    const children = childrenOf(parent)
    const index = indexFromEnd(children, reference)
    children.splice(index === -1 ? children.length : index, 0, child)
  },
  detachNode(node) {
    const parent = node.parent
    if (!parent) return
    const children = childrenOf(parent)
    const index = indexFromEnd(children, node as BuildChild)
    if (index !== -1) children.splice(index, 1)
    node.parent = null
  },
  insertText(parent, text) {
    if (parent.type === 'element' && parent.opaque) return
    const last = childrenOf(parent).at(-1)
    if (isText(last)) return growText(last, text)
    const node = createText(text)
    hastTreeAdapter.appendChild(parent, node)
    growText(node)
  },
  insertTextBefore(parent, text, reference) {
    if (parent.type === 'element' && parent.opaque) return
    const children = childrenOf(parent)
    const previous = children[indexFromEnd(children, reference) - 1]
    if (isText(previous)) return growText(previous, text)
    const node = createText(text)
    hastTreeAdapter.insertBefore(parent, node, reference)
    growText(node)
  },
  adoptAttributes(recipient, attrs) {
    const names = new Set(recipient.attrs.map((attr) => attr.name))
    const added = attrs.filter((attr) => !names.has(attr.name))
    if (added.length === 0) return
    recipient.attrs = [...recipient.attrs, ...added]
    recipient.properties = toProperties(recipient.attrs)
  },

  setTemplateContent: (template, content) => void templateContents.set(template, content),
  getTemplateContent: (template) => templateContents.get(template) ?? {type: 'root', children: []},
  // Nothing reads the doctype.
  setDocumentType() {},
  setDocumentMode: (document, mode) => void documentModes.set(document, mode),
  getDocumentMode: (document) => documentModes.get(document) ?? ('no-quirks' as html.DOCUMENT_MODE),

  getFirstChild: (node) => childrenOf(node)[0] ?? null,
  getChildNodes: (node) => childrenOf(node),
  getParentNode: (node) => (node.type === 'root' ? null : node.parent),
  getAttrList: (element) => element.attrs,
  getTagName: (element) => element.tagName,
  getNamespaceURI: (element) => element.namespace,
  getTextNodeContent: (node) => node.value,
  getCommentNodeContent: (node) => node.value,
  getDocumentTypeNodeName: () => 'html',
  getDocumentTypeNodePublicId: () => '',
  getDocumentTypeNodeSystemId: () => '',

  isTextNode: (node): node is BuildText => node.type === 'text',
  isCommentNode: (node): node is BuildComment => node.type === 'comment',
  isDocumentTypeNode: (node): node is BuildDoctype => node.type === 'doctype',
  isElementNode: (node): node is BuildElement => node.type === 'element',

  // Positions are asked for only with messages, and then parse5's own tree is used.
  setNodeSourceCodeLocation() {},
  getNodeSourceCodeLocation: () => undefined,
  updateNodeSourceCodeLocation() {}
}

/**
 * Flatten what lies deeper than `maxDepth` into one text node per element
 * at that depth, without recursion: no walker then overflows the stack.
 *
 * @param root
 *   The tree, changed in place.
 * @param maxDepth
 *   The deepest an element may have children.
 * @returns
 *   How many subtrees were flattened.
 */
export function flattenDeepHast(root: Root, maxDepth: number): number {
  let flattened = 0
  // Two stacks in step: no pair to allocate per element (this runs on every page).
  const nodes: Array<Root | Element> = [root]
  const depths: number[] = [0]
  while (nodes.length > 0) {
    const node = nodes.pop()!
    const depth = depths.pop()!
    if (depth >= maxDepth && node.type === 'element') {
      node.children = [{type: 'text', value: flatHastText(node)}]
      flattened++
      continue
    }
    for (const child of node.children) {
      if (child.type !== 'element' || child.children.length === 0) continue
      nodes.push(child)
      depths.push(depth + 1)
    }
  }
  return flattened
}

/**
 * The text below a node, gathered without recursion, a space between
 * elements; scripts and styles left out.
 *
 * @param node
 *   An element.
 * @returns
 *   Its text.
 */
function flatHastText(node: Element): string {
  const parts: string[] = []
  const stack: ElementContent[] = [...node.children].reverse()
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.type === 'text') parts.push(current.value)
    else if (current.type === 'element' && current.tagName !== 'script' && current.tagName !== 'style') {
      parts.push(' ')
      for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index]!)
    }
  }
  return parts.join('')
}
