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
import {report} from '../../messages.js'
import type {Author, Timestamp} from '../../schema/article.js'
import type {TimestampContext} from '../../util/timestamps.js'
import {attribute, foldWhitespace, isElement, mark, textContent} from '../hast.js'
import {field, stringOf, typesOf, type JsonLdNode} from '../json-ld.js'
import {readAuthors, readAuthorUrls} from './authors.js'
import {readDeclaredImages, withoutSiteImages, type DeclaredImage} from './images.js'
import {placeBylinesBelowHeadline} from './below-headline.js'
import {firstMeta, indexMeta, readJsonLd, type MetaIndex, type Sourced} from './meta-index.js'
import {collectSources, type PageSources} from './sources.js'
import {readLiveBlogUpdates, readTimes, type LiveBlogUpdate} from './times.js'
import {chooseTitle} from './title.js'
import {countryOffset, pageCountry} from '../../util/country-zone.js'
import {settingsOf} from '../../file-settings.js'

/** What the markup says about the page. */
export interface PageMetadata {
  title?: Sourced<string>
  siteName?: Sourced<string>
  description?: Sourced<string>
  section?: Sourced<string>
  language?: Sourced<string>
  url?: Sourced<string>
  authors?: Sourced<Author[]>
  /** The organisation credited instead of or beside people (a publisher named as author, an agency). */
  source?: Sourced<string>
  published?: Sourced<Timestamp>
  updated?: Sourced<Timestamp>
  /** The main JSON-LD type: `NewsArticle`, `LiveBlogPosting`, `VideoObject`… */
  type?: Sourced<string>
  liveBlogUpdates: LiveBlogUpdate[]
  /** The pages of the people the bylines name, by name (see `readAuthorUrls`). */
  authorUrls: Map<string, string>
  /** Every summary the metadata gives (meta, OpenGraph and Twitter descriptions, JSON-LD `description`, `alternativeHeadline`, `abstract`), each once. */
  descriptions: string[]
  /** The images the page declares (JSON-LD, `og:image`, `twitter:image`), most trusted first. */
  images: Array<Sourced<DeclaredImage>>
}

declare module 'vfile' {
  interface DataMap {
    /** Metadata read by `readMetadata` (HTML front end). */
    metadata: PageMetadata
  }
}

/** What every reader of one page's metadata shares. */
interface Reading {
  tree: HastRoot
  sources: Element[]
  meta: MetaIndex
  main: JsonLdNode | undefined
  nodes: JsonLdNode[]
  metadata: PageMetadata
  /** The page's address from the options (optional). */
  url?: string | undefined
  /** A site name the chosen title carried as a suffix: the fallback for `siteName`. */
  titleSuffix?: Sourced<string>
}

/**
 * Set a field unless a more trusted source set it already.
 *
 * @param metadata
 *   The metadata, changed in place.
 * @param key
 *   The field.
 * @param value
 *   The value and its source (optional).
 */
function setOnce<K extends Exclude<keyof PageMetadata, 'liveBlogUpdates' | 'authorUrls' | 'descriptions' | 'images'>>(metadata: PageMetadata, key: K, value: PageMetadata[K] | undefined): void {
  if (value && metadata[key] === undefined) metadata[key] = value
}

/**
 * A string field of the page's main JSON-LD node.
 *
 * @param reading
 *   The page's sources.
 * @param key
 *   The field.
 * @returns
 *   Its value, if any.
 */
function fromJson(reading: Reading, key: string): string | undefined {
  return reading.main ? stringOf(field(reading.main, key)) : undefined
}

/** JSON-LD types whose `name` is a video's or a sound's title, not the page's headline. */
const MEDIA_TYPES = new Set(['VideoObject', 'AudioObject', 'PodcastEpisode', 'Clip'])

/**
 * The headline the reader sees (see `chooseTitle`), its heading marked for
 * the later stages, and the site name a title suffix gives (kept for when
 * the page declares none).
 *
 * @param reading
 *   The page's sources.
 * @param file
 *   For the `title-found` message.
 */
function readTitle(reading: Reading, file: VFile): void {
  const headline = fromJson(reading, 'headline')
  const jsonHeadline = headline ?? fromJson(reading, 'name')
  const jsonNamesMedia = headline === undefined && reading.main !== undefined && typesOf(reading.main).some((type) => MEDIA_TYPES.has(type))
  const title = chooseTitle({sources: reading.sources, meta: reading.meta, jsonHeadline, jsonNamesMedia, names: siteNames(reading)})
  if (!title) return
  setOnce(reading.metadata, 'title', {value: title.value, source: title.source})
  if (title.siteName) reading.titleSuffix = {value: title.siteName, source: `${title.source} suffix`}
  if (title.element) mark(title.element, {headline: true})
  report(file, 'title-found', `Headline from ${title.reason}`, title.element, title.value)
}

/**
 * The names a page gives itself and its section, which metadata titles
 * carry at either end: the site name in every form the page declares, its
 * host, and the section.
 *
 * @param reading
 *   The page's sources.
 * @returns
 *   The names.
 */
function siteNames(reading: Reading): string[] {
  const {meta, main, nodes} = reading
  const names: Array<string | undefined> = [meta.get('og:site_name'), meta.get('application-name'), meta.get('twitter:site')?.replace(/^@/, ''), meta.get('article:section'), fromJson(reading, 'articleSection')]
  names.push(stringOf(main ? field(main, 'publisher') : undefined))
  const website = nodes.find((node) => typesOf(node).includes('WebSite'))
  if (website) names.push(stringOf(field(website, 'name')))
  names.push(...hostNames(meta.get('og:url') ?? reading.url))
  return names.filter((name): name is string => Boolean(name?.trim()) && isNameLike(name!))
}

/** A site's or section's name has at most this many words; a CMS that fills `article:section` with the headline writes more. */
const NAME_MAX_WORDS = 8

/**
 * Whether a value given as a name is short enough to be one.
 *
 * @param name
 *   A site or section name.
 * @returns
 *   Whether it is a label, not a sentence.
 */
function isNameLike(name: string): boolean {
  return name.trim().split(/\s+/).length <= NAME_MAX_WORDS
}

/**
 * The names a page gives itself and its owner, which pages also put where
 * an author belongs: the site names of `siteNames`, the publisher's and the
 * copyright holder's (`© 2024 Valley Media` gives `Valley Media`).
 *
 * @param reading
 *   The page's sources.
 * @returns
 *   The names.
 */
function publisherNames(reading: Reading): string[] {
  const {meta} = reading
  const owners = [meta.get('publisher'), meta.get('dc.publisher'), meta.get('copyright'), meta.get('dc.rights')]
    .filter((name): name is string => Boolean(name))
    .map((name) => name.replace(/copyright|\(c\)|©|\d{4}|all rights reserved\.?/giu, ' ').replace(/\s+/g, ' ').trim())
  return [...siteNames(reading), ...owners].filter(Boolean)
}

/**
 * A page's host as sites name themselves in titles: the host without `www.`
 * (`news.example.com`) and its main label (`example`).
 *
 * @param url
 *   The page's address (optional).
 * @returns
 *   The names (none without a valid address).
 */
function hostNames(url: string | undefined): string[] {
  if (!url) return []
  let host: string
  try {
    host = new URL(url).hostname.replace(/^(?:www|m|amp)\./, '')
  } catch {
    return []
  }
  const labels = host.split('.')
  // The label before the public suffix: `example` in example.com and in example.co.uk.
  const short = labels.length >= 3 && labels[labels.length - 2]!.length <= 3 && labels[labels.length - 1]!.length <= 2
  const main = labels[labels.length - (short ? 3 : 2)]
  return main ? [host, main] : [host]
}

/**
 * The site's name, the section, the description and the language.
 *
 * @param reading
 *   The page's sources.
 */
function readSiteAndSection(reading: Reading): void {
  const {meta, main, nodes, metadata, tree} = reading
  const publisher = stringOf(main ? field(main, 'publisher') : undefined)
  setOnce(metadata, 'siteName', firstMeta(meta, ['og:site_name']))
  // An app's name is the site's when it is a label; some sites repeat the page's title there.
  const app = firstMeta(meta, ['application-name', 'twitter:site'])
  if (app && isNameLike(app.value)) setOnce(metadata, 'siteName', app)
  if (publisher) setOnce(metadata, 'siteName', {value: publisher, source: 'json-ld publisher'})
  const website = nodes.find((node) => typesOf(node).includes('WebSite'))
  const websiteName = website ? stringOf(field(website, 'name')) : undefined
  if (websiteName) setOnce(metadata, 'siteName', {value: websiteName, source: 'json-ld WebSite'})
  if (metadata.siteName?.value.startsWith('@')) delete metadata.siteName
  // The name the site declares beats one parsed off a title; the suffix is the fallback.
  setOnce(metadata, 'siteName', reading.titleSuffix)
  const section = fromJson(reading, 'articleSection')
  if (section) setOnce(metadata, 'section', {value: foldWhitespace(section), source: 'json-ld'})
  setOnce(metadata, 'section', firstMeta(meta, ['article:section', 'section', 'parsely-section']))
  setOnce(metadata, 'section', readCategoryLink(reading.sources))
  if (metadata.section && !isNameLike(metadata.section.value)) delete metadata.section
  setOnce(metadata, 'description', firstMeta(meta, ['og:description', 'description', 'twitter:description']))
  const html = tree.children.find((child) => isElement(child, 'html'))
  const lang = html ? attribute(html, 'lang') : undefined
  const language = fromJson(reading, 'inLanguage')
  if (language) setOnce(metadata, 'language', {value: language, source: 'json-ld'})
  if (lang) setOnce(metadata, 'language', {value: lang.trim(), source: 'html[lang]'})
  setOnce(metadata, 'language', firstMeta(meta, ['og:locale', 'content-language', 'dc.language']))
  if (metadata.language) metadata.language.value = metadata.language.value.replace('_', '-')
  if (metadata.language && !/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(metadata.language.value)) delete metadata.language
}

/** A section's name is a few words. */
const SECTION_MAX_WORDS = 4

/**
 * The section a category link names: the first `<a rel="category">` (as
 * blogs mark the post's category, `rel="category tag"`), when its text is
 * a short name.
 *
 * @param sources
 *   The page's metadata elements.
 * @returns
 *   The section, if a category link names one.
 */
function readCategoryLink(sources: Element[]): Sourced<string> | undefined {
  const link = sources.find((element) => element.tagName === 'a' && (attribute(element, 'rel') ?? '').toLowerCase().split(' ').includes('category'))
  // A glyph before the name ("› Recipes") is decoration; a name has letters (not an id).
  const text = link ? foldWhitespace(textContent(link)).replace(/^[^\p{L}\p{N}]+/u, '') : ''
  return /\p{L}/u.test(text) && text.split(' ').length <= SECTION_MAX_WORDS ? {value: text, source: 'a[rel=category]'} : undefined
}

/**
 * The canonical address.
 *
 * @param reading
 *   The page's sources.
 */
function readCanonicalUrl(reading: Reading): void {
  const {sources, meta, metadata} = reading
  const canonical = sources.find((element) => element.tagName === 'link' && (attribute(element, 'rel') ?? '').split(' ').includes('canonical'))
  const canonicalUrl = canonical ? attribute(canonical, 'href') : undefined
  if (canonicalUrl && /^https?:\/\//.test(canonicalUrl)) setOnce(metadata, 'url', {value: canonicalUrl, source: 'link[rel=canonical]'})
  setOnce(metadata, 'url', firstMeta(meta, ['og:url']))
  if (metadata.url && !/^https?:\/\//.test(metadata.url.value)) delete metadata.url
}

/**
 * Read everything the markup says about the page.
 *
 * @param tree
 *   The page (hast).
 * @param pageSources
 *   What `collectSources` found on it.
 * @param file
 *   The file (for messages).
 * @param context
 *   Day and zone from the options.
 * @param base
 *   The address relative links resolve against: the page's `<base>`, else the `url` option (optional).
 * @returns
 *   The metadata.
 */
export function readPageMetadata(tree: HastRoot, pageSources: PageSources, file: VFile, context: TimestampContext, base?: string): PageMetadata {
  const sources = pageSources.elements
  const meta = indexMeta(sources)
  const {main, nodes} = readJsonLd(sources, file)
  const metadata: PageMetadata = {liveBlogUpdates: readLiveBlogUpdates(main, context), authorUrls: new Map(), descriptions: [], images: readDeclaredImages(meta, main, nodes)}
  const reading: Reading = {tree, sources, meta, main, nodes, metadata, url: base}
  if (main) setOnce(metadata, 'type', {value: typesOf(main)[0]!, source: 'json-ld'})
  readTitle(reading, file)
  placeBylinesBelowHeadline(sources, pageSources.bylineLinks)
  readSiteAndSection(reading)
  const credits = readAuthors(pageSources, main, nodes, publisherNames(reading), hostNames(meta.get('og:url') ?? reading.url).at(-1), meta.get('og:site_name'))
  setOnce(metadata, 'authors', credits.authors)
  setOnce(metadata, 'source', credits.source)
  // The country the address or the language names: its clocks judge sources that write one wall clock with two offsets.
  const country = pageCountry(reading.url ?? metadata.url?.value, metadata.language?.value)
  const siteOffset = country ? (date: string) => countryOffset(country.region, date) : undefined
  const {published, updated, reasons} = readTimes(pageSources.times, sources, meta, {main, nodes}, context, {dates: pageSources.shownDates, headingAncestors: pageSources.headingAncestors}, siteOffset)
  setOnce(metadata, 'published', published)
  setOnce(metadata, 'updated', updated)
  for (const reason of reasons) report(file, 'instant-chosen', reason)
  if (published?.value.iso && updated?.value.iso && Date.parse(updated.value.iso) < Date.parse(published.value.iso)) {
    report(file, 'metadata-conflict', `Unexpected update time \`${updated.value.text}\` before the publication time \`${published.value.text}\`, kept as the page says`)
  }
  readCanonicalUrl(reading)
  // Relative links resolve as media sources do: against the base, else the canonical address.
  metadata.authorUrls = readAuthorUrls(pageSources, base ?? metadata.url?.value)
  metadata.descriptions = readDescriptions(reading)
  return metadata
}

/**
 * Every summary the metadata gives, each once: what a visible standfirst
 * is compared with (`extractHeadline`).
 *
 * @param reading
 *   The page's sources.
 * @returns
 *   The summaries, in order of trust.
 */
function readDescriptions(reading: Reading): string[] {
  const found = [reading.meta.get('og:description'), reading.meta.get('description'), reading.meta.get('twitter:description')]
  for (const key of ['description', 'alternativeHeadline', 'abstract']) found.push(fromJson(reading, key))
  return [...new Set(found.filter((text): text is string => Boolean(text?.trim())).map(foldWhitespace))]
}

/**
 * unified transformer plugin: read the page's metadata into `file.data.metadata`.
 *
 * @param attached
 *   Day and zone from the options. Those a file carries come first (`settingsOf`).
 * @returns
 *   Transformer.
 */
export function readMetadata(attached: TimestampContext & {url?: string | undefined}) {
  return function (tree: HastRoot, file: VFile): void {
    const settings = settingsOf(file, attached)
    const context: TimestampContext = {}
    if (settings.date) context.date = settings.date
    if (settings.timeZone) context.timeZone = settings.timeZone
    const base = readBase(tree, settings.url)
    const pageSources = collectSources(tree)
    const metadata = readPageMetadata(tree, pageSources, file, context, base)
    file.data.metadata = metadata
    // A declared image shown only as the site's logo is the site's: judged on the whole page, header included.
    metadata.images = withoutSiteImages(metadata.images, pageSources.images, base)
    if (base) file.data.baseUrl = base
    for (const [key, value] of Object.entries(metadata)) {
      if (value && typeof value === 'object' && 'source' in value) report(file, 'metadata-found', `${key} from \`${(value as Sourced<unknown>).source}\``)
    }
    for (const image of metadata.images) report(file, 'metadata-found', `image from \`${image.source}\``, undefined, image.value.src)
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
