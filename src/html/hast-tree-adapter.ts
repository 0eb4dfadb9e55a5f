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
import {Parser, type TreeAdapter, type TreeAdapterTypeMap, type Token, type html} from 'parse5'
import {toProperties} from './hast-properties.js'
import {reuseEndTagToken} from './end-tag-token.js'
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

/** The document mode of each document (parse5 reads it back while parsing tables). */
const documentModes = new WeakMap<Root, html.DOCUMENT_MODE>()

/** The content of each template (never content: kept only for parse5). */
const templateContents = new WeakMap<BuildElement, Root>()

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
  reuseEndTagToken(parser.tokenizer)
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
    // `data` is declared, unset, from the start: the plugins give half the elements one (their class words, their
    // marks), and a field added later made each of those elements change shape and grow a store for it.
    return {type: 'element', tagName, properties, children: [], data: undefined, parent: null, namespace, attrs: kept, opaque: isOpaque(tagName, properties), depth: 0}
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
