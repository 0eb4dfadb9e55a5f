/**
 * Page metadata from markup: JSON-LD, OpenGraph and Twitter tags, `<meta>`
 * names, `itemprop`, `rel=author`, `<time datetime>`, `<title>`, `lang`.
 *
 * Each field records where it came from (`json-ld`, `og:title`,
 * `meta[name=author]`, …). Sources are tried in a fixed order of trust:
 * structured data first, then OpenGraph, then plain meta names, then
 * microdata and visible markup. Published and updated are read separately
 * and never swapped; a page that says it was updated before it was
 * published gets a warning.
 *
 * @module
 */
import type {Element, Root as HastRoot} from 'hast'
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import {splitTitle} from '../util/titles.js'
import {isHidden} from './prune-hidden.js'
import {isPersonName, readByline} from '../util/names.js'
import {fold} from '../util/text.js'
import type {Author, Timestamp} from '../schema/article.js'
import {parseTimestamp, type TimestampContext} from '../util/timestamps.js'
import {attribute, foldWhitespace, isElement, textContent} from './hast.js'
import {field, jsonLdNodes, parseJsonLd, stringOf, typesOf, type JsonLdNode} from './json-ld.js'

/** A metadata value with where it was read. */
export interface Sourced<T> {
  value: T
  source: string
}

/** One entry of a JSON-LD `liveBlogUpdate` list. */
export interface LiveBlogUpdate {
  id?: string
  url?: string
  headline?: string
  published?: Timestamp
}

/** What the markup says about the page. */
export interface PageMetadata {
  title?: Sourced<string>
  siteName?: Sourced<string>
  description?: Sourced<string>
  section?: Sourced<string>
  language?: Sourced<string>
  url?: Sourced<string>
  authors?: Sourced<Author[]>
  published?: Sourced<Timestamp>
  updated?: Sourced<Timestamp>
  /** The main JSON-LD type: `NewsArticle`, `LiveBlogPosting`, `VideoObject`… */
  type?: Sourced<string>
  liveBlogUpdates: LiveBlogUpdate[]
}

declare module 'vfile' {
  interface DataMap {
    /** Metadata read by `readMetadata` (HTML front end). */
    metadata: PageMetadata
  }
}

/** JSON-LD types of the page's main thing, most specific first. */
const MAIN_TYPES = ['LiveBlogPosting', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BlogPosting', 'Article', 'Report', 'VideoObject', 'WebPage']

/** Fractions of a second, which the timestamp reader does not take. */
const FRACTION = /(\d{2}:\d{2}:\d{2})[.,]\d{1,9}/

/**
 * Read a machine-readable date (`2024-06-19T14:20:00.000Z`, `2024-06-19`).
 *
 * @param value
 *   The attribute or JSON value.
 * @param context
 *   Day and zone to fall back on.
 * @param written
 *   The text the page shows for it (optional), kept as `text`.
 * @returns
 *   The timestamp, or `undefined` when it is not a date.
 */
export function readMachineTime(value: string | undefined, context: TimestampContext, written?: string): Timestamp | undefined {
  if (!value) return undefined
  const trimmed = value.trim().replace(FRACTION, '$1').slice(0, 64)
  const timestamp = parseTimestamp(trimmed, context)
  if (!timestamp) return undefined
  const text = written ? foldWhitespace(written) : ''
  return {...timestamp, text: text || value.trim()}
}

/**
 * A name read from metadata as authors ("Jane Doe, John Roe", "A and B").
 *
 * @param text
 *   The value.
 * @returns
 *   The authors; URLs and over-long values give none.
 */
function namesToAuthors(text: string | undefined): Author[] {
  if (!text || /^https?:|^\/|@/.test(text.trim())) return []
  return text
    .split(/,|;|\||&|\band\b|\bund\b|\bet\b|\by\b/)
    .map((name) => foldWhitespace(name.replace(/^by\s+/i, '')))
    .filter((name) => name.length >= 2 && name.length <= 80 && name.split(' ').length <= 6)
    .map((name) => ({name}))
}

/**
 * JSON-LD authors: strings or `Person` nodes (organisations are not people).
 *
 * @param value
 *   The `author` value.
 * @returns
 *   The authors.
 */
function jsonLdAuthors(value: unknown): Author[] {
  const list = Array.isArray(value) ? value : [value]
  const authors: Author[] = []
  for (const each of list.slice(0, 20)) {
    if (typeof each === 'string') authors.push(...namesToAuthors(each))
    else if (typeof each === 'object' && each !== null && !Array.isArray(each)) {
      const node = each as JsonLdNode
      if (typesOf(node).some((type) => type === 'Organization' || type === 'NewsMediaOrganization')) continue
      const [author] = namesToAuthors(stringOf(field(node, 'name')))
      if (!author) continue
      const url = stringOf(field(node, 'url'))
      if (url && /^https?:/.test(url)) author.url = url
      authors.push(author)
    }
  }
  return authors
}

/** The collected `<meta>` values by lower-case `name` / `property` / `itemprop`. */
type MetaIndex = Map<string, string>

/**
 * Index the page's `<meta>` tags; the first value of each key wins.
 *
 * @param sources
 *   The page's metadata elements.
 * @returns
 *   The index.
 */
function indexMeta(sources: Element[]): MetaIndex {
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
function firstMeta(meta: MetaIndex, keys: string[]): Sourced<string> | undefined {
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
function readJsonLd(sources: Element[], file: VFile): {main?: JsonLdNode; nodes: JsonLdNode[]} {
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

/**
 * The `liveBlogUpdate` entries of a `LiveBlogPosting`.
 *
 * @param main
 *   The main node.
 * @param context
 *   Day and zone.
 * @returns
 *   The updates.
 */
function readLiveBlogUpdates(main: JsonLdNode | undefined, context: TimestampContext): LiveBlogUpdate[] {
  const value = main ? field(main, 'liveBlogUpdate') : undefined
  const list = Array.isArray(value) ? value : value ? [value] : []
  const updates: LiveBlogUpdate[] = []
  for (const each of list.slice(0, 5000)) {
    if (typeof each !== 'object' || each === null || Array.isArray(each)) continue
    const node = each as JsonLdNode
    const update: LiveBlogUpdate = {}
    const id = stringOf(field(node, '@id'))
    const url = stringOf(field(node, 'url'))
    const headline = stringOf(field(node, 'headline'))
    const published = readMachineTime(stringOf(field(node, 'datePublished')), context)
    if (id) update.id = id
    if (url) update.url = url
    if (headline) update.headline = foldWhitespace(headline)
    if (published) update.published = published
    updates.push(update)
  }
  return updates
}

/**
 * The first `<time datetime>` (or `itemprop` date) in the page body that says
 * it is the publication or update time.
 *
 * @param tree
 *   The page.
 * @param prop
 *   `datePublished` or `dateModified`.
 * @returns
 *   The element, if any.
 */
function findDatedElement(sources: Element[], prop: 'datePublished' | 'dateModified'): Element | undefined {
  const [element] = sources.filter((each) => (attribute(each, 'itemprop') ?? '').split(' ').includes(prop))
  return element
}

/** Elements whose data is for machines, read wherever they stand (hidden or not). */
const DATA_TAGS = new Set(['meta', 'script', 'title', 'time', 'link'])

/**
 * The elements metadata may come from, collected in one walk of the page.
 * What is read as visible text (an `<h1>`, a byline, a `rel=author` link,
 * a microdata name) counts only outside hidden elements: a hidden `<h1>` is
 * no headline, and its text may be anything.
 *
 * @param tree
 *   The page.
 * @returns
 *   The elements, in page order.
 */
function collectSources(tree: HastRoot): Element[] {
  const found: Element[] = []
  const walk = (parent: HastRoot | Element, hidden: boolean): void => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue
      const childHidden = hidden || isHidden(child)
      if (DATA_TAGS.has(child.tagName) || (!childHidden && isVisibleSource(child))) found.push(child)
      walk(child, childHidden)
    }
  }
  walk(tree, false)
  return found
}

/**
 * Whether an element's text may be metadata: an `<h1>`, a link with a `rel`
 * (`rel=author`; pages have hundreds of others), a microdata property, a
 * byline-classed element.
 *
 * @param element
 *   The element.
 * @returns
 *   `true` when it may.
 */
function isVisibleSource(element: Element): boolean {
  return element.tagName === 'h1' || (element.tagName === 'a' && element.properties.rel !== undefined) || element.properties.itemProp !== undefined || hasBylineClass(element)
}

/** A class name of a visible byline (`byline`, `author`, `post-author-name`). */
const BYLINE_CLASS = /author|byline/i

/**
 * Whether an element's class names a visible byline (checked on every
 * element: a loop over the class names, without building strings).
 *
 * @param element
 *   The element.
 * @returns
 *   Whether it does.
 */
function hasBylineClass(element: Element): boolean {
  const classes = element.properties.className
  if (!Array.isArray(classes)) return false
  for (const name of classes) {
    const value = String(name)
    // `includes` before the case-insensitive test: most class names hold neither word.
    if ((value.includes('uthor') || value.includes('yline') || value.includes('UTHOR') || value.includes('YLINE')) && BYLINE_CLASS.test(value)) return true
  }
  return false
}

/** A byline element longer than this is an author box, not a byline. */
const BYLINE_MAX_LENGTH = 120

/**
 * Whether text from markup (a link, a microdata name) is a person's name:
 * a few capitalised words ("JANE DOE" counts), not a prompt or a handle.
 *
 * @param text
 *   The text.
 * @returns
 *   Whether it is.
 */
function looksLikeName(text: string): boolean {
  const titled = text.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
  return text.length >= 3 && text.length <= 60 && isPersonName(titled)
}

/**
 * Authors without repeats, in order.
 *
 * @param authors
 *   Authors.
 * @returns
 *   Each name once.
 */
function dedupe(authors: Author[]): Author[] {
  const seen = new Set<string>()
  return authors.filter((author) => !seen.has(author.name) && seen.add(author.name))
}

/**
 * Whether an element lies inside another.
 *
 * @param element
 *   The inner element.
 * @param container
 *   The outer element.
 * @returns
 *   Whether it does.
 */
function isInside(element: Element, container: Element): boolean {
  return container.children.some((child) => child === element || (child.type === 'element' && isInside(element, child)))
}

/** A candidate shorter than this is not trusted on being part of `<title>` alone. */
const TITLE_MIN_LENGTH = 10

/**
 * Choose the headline among the page's candidates: JSON-LD `headline`,
 * OpenGraph and Twitter titles, Dublin Core, the `<h1>`s, and `<title>`.
 *
 * `<title>` is the one every page has, but it carries the site's name; the
 * others are cleaner but not always the headline (Wikipedia's JSON-LD
 * "headline" describes the article type, a blog's `<h1>` is its name). So
 * the longest candidate that `<title>` confirms (holds) wins; without one,
 * `<title>` itself (its suffix is split off later); without `<title>`, the
 * first candidate.
 *
 * @param sources
 *   The page's metadata elements.
 * @param meta
 *   The meta index.
 * @param jsonHeadline
 *   The JSON-LD headline (optional).
 * @returns
 *   The title and its source, if any.
 */
function chooseTitle(sources: Element[], meta: MetaIndex, jsonHeadline: string | undefined): Sourced<string> | undefined {
  const candidates: Array<Sourced<string>> = []
  if (jsonHeadline) candidates.push({value: foldWhitespace(jsonHeadline), source: 'json-ld'})
  for (const key of ['og:title', 'twitter:title', 'dc.title', 'headline']) {
    const value = meta.get(key)
    if (value) candidates.push({value: foldWhitespace(value), source: `meta[${key}]`})
  }
  for (const h1 of sources.filter((element) => element.tagName === 'h1')) {
    const value = foldWhitespace(textContent(h1))
    if (value) candidates.push({value, source: 'h1'})
  }
  const titleElement = sources.find((element) => element.tagName === 'title')
  const documentTitle = titleElement ? foldWhitespace(textContent(titleElement)) : ''
  if (!documentTitle) return candidates[0]
  const folded = fold(documentTitle)
  // The longest confirmed one: the site's own name is in `<title>` too, and shorter than the headline.
  let confirmed: Sourced<string> | undefined
  for (const candidate of candidates) {
    if (candidate.value.length < TITLE_MIN_LENGTH || !folded.includes(fold(candidate.value))) continue
    if (!confirmed || candidate.value.length > confirmed.value.length) confirmed = candidate
  }
  return confirmed ?? {value: documentTitle, source: 'title'}
}

/**
 * Read everything the markup says about the page.
 *
 * @param tree
 *   The page (hast).
 * @param file
 *   The file (for messages).
 * @param context
 *   Day and zone from the options.
 * @returns
 *   The metadata.
 */
export function readPageMetadata(tree: HastRoot, file: VFile, context: TimestampContext): PageMetadata {
  const sources = collectSources(tree)
  const meta = indexMeta(sources)
  const {main, nodes} = readJsonLd(sources, file)
  const metadata: PageMetadata = {liveBlogUpdates: readLiveBlogUpdates(main, context)}
  const fromJson = (key: string) => (main ? stringOf(field(main, key)) : undefined)
  const set = <K extends Exclude<keyof PageMetadata, 'liveBlogUpdates'>>(key: K, value: PageMetadata[K] | undefined) => {
    if (value && metadata[key] === undefined) metadata[key] = value
  }
  if (main) set('type', {value: typesOf(main)[0]!, source: 'json-ld'})

  // Title: the headline as the page gives it, site suffixes split off.
  const title = chooseTitle(sources, meta, fromJson('headline') ?? fromJson('name'))
  if (title) {
    const {title: clean, siteName} = splitTitle(title.value)
    set('title', {value: clean, source: title.source})
    if (siteName) set('siteName', {value: siteName, source: `${title.source} suffix`})
  }

  // Site, section, language, description, address.
  const publisherNode = main ? field(main, 'publisher') : undefined
  const publisher = stringOf(publisherNode)
  set('siteName', firstMeta(meta, ['og:site_name', 'application-name', 'twitter:site']))
  if (publisher) set('siteName', {value: publisher, source: 'json-ld publisher'})
  const website = nodes.find((node) => typesOf(node).includes('WebSite'))
  const websiteName = website ? stringOf(field(website, 'name')) : undefined
  if (websiteName) set('siteName', {value: websiteName, source: 'json-ld WebSite'})
  if (metadata.siteName?.value.startsWith('@')) delete metadata.siteName
  const section = fromJson('articleSection')
  if (section) set('section', {value: foldWhitespace(section), source: 'json-ld'})
  set('section', firstMeta(meta, ['article:section', 'section', 'parsely-section']))
  set('description', firstMeta(meta, ['og:description', 'description', 'twitter:description']))
  const html = tree.children.find((child) => isElement(child, 'html'))
  const lang = html ? attribute(html, 'lang') : undefined
  const language = fromJson('inLanguage')
  if (language) set('language', {value: language, source: 'json-ld'})
  if (lang) set('language', {value: lang.trim(), source: 'html[lang]'})
  set('language', firstMeta(meta, ['og:locale', 'content-language', 'dc.language']))
  if (metadata.language) metadata.language.value = metadata.language.value.replace('_', '-')
  if (metadata.language && !/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(metadata.language.value)) delete metadata.language

  // Authors: from structured data, else from markup, names only.
  const setAuthors = (names: string[], source: string) => {
    const people = names.map((name) => foldWhitespace(name)).filter(looksLikeName).map((name) => ({name}))
    if (people.length > 0) set('authors', {value: dedupe(people), source})
  }
  const jsonAuthors = main ? jsonLdAuthors(field(main, 'author') ?? field(main, 'creator')) : []
  if (jsonAuthors.length > 0) set('authors', {value: jsonAuthors, source: 'json-ld'})
  const metaAuthor = firstMeta(meta, ['author', 'article:author', 'dc.creator', 'byl', 'parsely-author', 'sailthru.author'])
  const metaAuthors = namesToAuthors(metaAuthor?.value.replace(/^by\s+/i, ''))
  if (metaAuthor && metaAuthors.length > 0) set('authors', {value: metaAuthors, source: metaAuthor.source})
  const relAuthors = sources.filter((element) => element.tagName === 'a' && (attribute(element, 'rel') ?? '').split(' ').includes('author'))
  setAuthors(relAuthors.map((element) => textContent(element)), 'a[rel=author]')
  const propAuthors = sources
    .filter((element) => (attribute(element, 'itemprop') ?? '').split(' ').includes('author') && element.tagName !== 'meta')
    .map((element) => textContent(sources.find((each) => each !== element && isInside(each, element) && (attribute(each, 'itemprop') ?? '').split(' ').includes('name')) ?? element))
  setAuthors(propAuthors, 'itemprop=author')
  // A visible byline ("By Jane Doe") in an element whose class says so.
  const bylines = sources.filter((element) => element.tagName !== 'a' && hasBylineClass(element))
  // The first that reads as one: later ones belong to teasers of other articles.
  for (const element of bylines) {
    const text = foldWhitespace(textContent(element))
    const found = text.length <= BYLINE_MAX_LENGTH ? readByline(text) : undefined
    if (!found) continue
    set('authors', {value: dedupe(found), source: 'byline element'})
    break
  }

  // Times: published and updated, each from its own sources.
  const readMeta = (keys: string[]) => {
    const found = firstMeta(meta, keys)
    const timestamp = readMachineTime(found?.value, context)
    return found && timestamp ? {value: timestamp, source: found.source} : undefined
  }
  const jsonPublished = readMachineTime(fromJson('datePublished') ?? fromJson('uploadDate') ?? fromJson('dateCreated'), context)
  if (jsonPublished) set('published', {value: jsonPublished, source: 'json-ld'})
  set('published', readMeta(['article:published_time', 'og:article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.date', 'sailthru.date', 'parsely-pub-date', 'citation_publication_date']))
  const jsonUpdated = readMachineTime(fromJson('dateModified'), context)
  if (jsonUpdated) set('updated', {value: jsonUpdated, source: 'json-ld'})
  set('updated', readMeta(['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified', 'dc.date.modified']))
  for (const [key, prop] of [['published', 'datePublished'], ['updated', 'dateModified']] as const) {
    const element = findDatedElement(sources, prop)
    if (!element) continue
    const value = attribute(element, 'datetime') ?? attribute(element, 'content') ?? textContent(element)
    const timestamp = readMachineTime(value, context, element.tagName === 'meta' ? undefined : textContent(element))
    if (timestamp) set(key, {value: timestamp, source: `itemprop=${prop}`})
  }
  const times = sources.filter((element) => element.tagName === 'time' && attribute(element, 'datetime') !== undefined)
  const pubdate = times.find((element) => attribute(element, 'pubdate') !== undefined) ?? (times.length <= 2 ? times[0] : undefined)
  if (pubdate) {
    const timestamp = readMachineTime(attribute(pubdate, 'datetime'), context, textContent(pubdate))
    if (timestamp?.date) set('published', {value: timestamp, source: 'time[datetime]'})
  }
  const {published, updated} = metadata
  if (published?.value.iso && updated?.value.iso && Date.parse(updated.value.iso) < Date.parse(published.value.iso)) {
    report(file, 'metadata-conflict', `Unexpected update time \`${updated.value.text}\` before the publication time \`${published.value.text}\`, kept as the page says`)
  }

  // The canonical address.
  const canonical = sources.filter((element) => element.tagName === 'link' && (attribute(element, 'rel') ?? '').split(' ').includes('canonical'))[0]
  const canonicalUrl = canonical ? attribute(canonical, 'href') : undefined
  if (canonicalUrl && /^https?:\/\//.test(canonicalUrl)) set('url', {value: canonicalUrl, source: 'link[rel=canonical]'})
  set('url', firstMeta(meta, ['og:url']))
  if (metadata.url && !/^https?:\/\//.test(metadata.url.value)) delete metadata.url
  return metadata
}

/**
 * unified transformer plugin: read the page's metadata into `file.data.metadata`.
 *
 * @param settings
 *   Day and zone from the options.
 * @returns
 *   Transformer.
 */
export function readMetadata(settings: TimestampContext & {url?: string | undefined}) {
  const context: TimestampContext = {}
  if (settings.date) context.date = settings.date
  if (settings.timeZone) context.timeZone = settings.timeZone
  return function (tree: HastRoot, file: VFile): void {
    const metadata = readPageMetadata(tree, file, context)
    file.data.metadata = metadata
    const base = readBase(tree, settings.url)
    if (base) file.data.baseUrl = base
    for (const [key, value] of Object.entries(metadata)) {
      if (value && typeof value === 'object' && 'source' in value) report(file, 'metadata-found', `${key} from \`${(value as Sourced<unknown>).source}\``)
    }
  }
}

/**
 * The address relative URLs resolve against: `<base href>` (itself resolved
 * against the `url` option), else the `url` option.
 *
 * @param tree
 *   The page.
 * @param url
 *   The `url` option (optional).
 * @returns
 *   The base, if any.
 */
function readBase(tree: HastRoot, url: string | undefined): string | undefined {
  const base = tree.children.flatMap((child) => (isElement(child, 'html') ? child.children : [])).flatMap((child) => (isElement(child, 'head') ? child.children : [])).find((child): child is Element => isElement(child, 'base'))
  const href = base ? attribute(base, 'href') : undefined
  if (!href) return url
  try {
    const resolved = new URL(href, url)
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : url
  } catch {
    return url
  }
}
