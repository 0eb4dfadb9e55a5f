/**
 * The HTML front end's parser: markup to a hast tree, with parse5.
 *
 * parse5 parses as browsers do (any input, however broken), building hast
 * directly through a tree adapter (`hast-tree-adapter.ts`). Source
 * positions double parse5's cost, so they are asked for only when the
 * caller wants messages: then parse5 builds its own tree, whose positions
 * `hast-util-from-parse5` maps. Nesting deeper than any real page (a hostile
 * input of 100,000 `<div>`s) is flattened, its text kept, so that no walker
 * overflows the stack.
 *
 * The HTML plugins (`src/html/`) then work on this hast tree until
 * `hastToLines` turns it into the shared tree of blocks and lines.
 *
 * @module
 */
import type {Root as HastRoot} from 'hast'
import {fromParse5} from 'hast-util-from-parse5'
import {defaultTreeAdapter, parse, type DefaultTreeAdapterMap, type TreeAdapter} from 'parse5'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import {growText, parseToHast, settleText} from './hast-tree-adapter.js'

type Parse5Node = DefaultTreeAdapterMap['node']
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

/** parse5's own tree (for positions), with text appended by `growText`. */
const positionedTreeAdapter: TreeAdapter<DefaultTreeAdapterMap> = {
  ...defaultTreeAdapter,
  insertText(parent, text) {
    const last = parent.childNodes.at(-1)
    if (last && defaultTreeAdapter.isTextNode(last)) return growText(last, text)
    const node = defaultTreeAdapter.createTextNode(text)
    defaultTreeAdapter.appendChild(parent, node)
    growText(node)
  },
  insertTextBefore(parent, text, reference) {
    const previous = parent.childNodes[parent.childNodes.indexOf(reference) - 1]
    if (previous && defaultTreeAdapter.isTextNode(previous)) return growText(previous, text)
    const node = defaultTreeAdapter.createTextNode(text)
    defaultTreeAdapter.insertBefore(parent, node, reference)
    growText(node)
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
  let tree: HastRoot
  let flattened: number
  if (options.positions) {
    // parse5's own tree, whose positions `hast-util-from-parse5` maps.
    const document = parse(html, {sourceCodeLocationInfo: true, treeAdapter: positionedTreeAdapter})
    settleText()
    flattened = flattenDeepNesting(document)
    tree = fromParse5(document, {file}) as HastRoot
  } else {
    const parsed = parseToHast(html, MAX_DEPTH)
    tree = parsed.tree
    flattened = parsed.flattened
  }
  if (flattened > 0) report(file, 'nesting-flattened', `Unexpected nesting deeper than ${MAX_DEPTH} elements, flattened to its text`)
  return tree
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
