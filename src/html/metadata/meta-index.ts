/**
 * The page's `<meta>` tags indexed by name, and its JSON-LD nodes (and its
 * main one), read from the source elements `collectSources` gathered.
 *
 * @module
 */
import type {Element} from 'hast'
import type {VFile} from 'vfile'
import {report} from '../../messages.js'
import {attribute, foldWhitespace, textContent} from '../hast.js'
import {jsonLdNodes, parseJsonLd, typesOf, type JsonLdNode} from '../json-ld.js'

/** A metadata value with where it was read. */
export interface Sourced<T> {
  value: T
  source: string
}


/** JSON-LD types of the page's main thing, most specific first. */
export const MAIN_TYPES = ['LiveBlogPosting', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BlogPosting', 'Article', 'Report', 'VideoObject', 'WebPage']

/** The collected `<meta>` values by lower-case `name` / `property` / `itemprop`. */
export type MetaIndex = Map<string, string>

/**
 * Index the page's `<meta>` tags; the first value of each key wins.
 *
 * @param sources
 *   The page's metadata elements.
 * @returns
 *   The index.
 */
export function indexMeta(sources: Element[]): MetaIndex {
  const index: MetaIndex = new Map()
  for (const meta of sources.filter((element) => element.tagName === 'meta')) {
    const content = attribute(meta, 'content')
    if (content === undefined || !content.trim()) continue
    for (const key of ['name', 'property', 'itemprop']) {
      const name = attribute(meta, key)?.toLowerCase().trim()
      if (name && !index.has(name)) index.set(name, content.trim())
    }
  }
  return index
}

/**
 * The first of several keys that the index has, with its key as the source.
 *
 * @param meta
 *   The index.
 * @param keys
 *   Keys in order of trust.
 * @returns
 *   The value and source, if any.
 */
export function firstMeta(meta: MetaIndex, keys: string[]): Sourced<string> | undefined {
  for (const key of keys) {
    const value = meta.get(key)
    if (value) return {value: foldWhitespace(value), source: `meta[${key}]`}
  }
  return undefined
}

/**
 * The page's main JSON-LD node and the live-blog updates it lists.
 *
 * @param tree
 *   The page.
 * @param file
 *   For messages on broken JSON.
 * @returns
 *   The main node (if any) and all nodes.
 */
export function readJsonLd(sources: Element[], file: VFile): {main?: JsonLdNode; nodes: JsonLdNode[]} {
  const nodes: JsonLdNode[] = []
  const scripts = sources.filter((element) => element.tagName === 'script' && /ld\+json/i.test(attribute(element, 'type') ?? ''))
  for (const script of scripts) {
    const value = parseJsonLd(textContent(script))
    if (value === undefined) {
      report(file, 'metadata-unreadable', 'Unexpected JSON-LD that does not parse, ignored', script)
      continue
    }
    nodes.push(...jsonLdNodes(value))
  }
  for (const type of MAIN_TYPES) {
    const main = nodes.find((node) => typesOf(node).includes(type))
    if (main) return {main, nodes}
  }
  return {nodes}
}
