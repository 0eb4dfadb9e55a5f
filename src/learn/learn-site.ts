/**
 * `learnSite`: from several pages of one site, learn the lines that recur on
 * many of them (its menus, footers, labels and prompts) as a learned site
 * profile, which `parse` then drops (`options.learned`).
 *
 * Learning reads what the generic rules leave: each page is parsed as
 * usual, and only the lines still in its text, or taken for its headline
 * or standfirst, are counted (a line that heads or sums up most of a
 * site's pages heads none: it is a menu or a tagline). A line taken as a
 * byline, dateline, caption or section label is never counted. The stage
 * that applies the profile drops those lines before the headline and
 * standfirst are chosen.
 *
 * @module
 */
import {StandfirstError} from '../errors.js'
import type {ParseOptions} from '../options.js'
import {parseToTree} from '../parse.js'
import type {Line} from '../tree.js'
import {allLines} from '../util/lines.js'
import {isProse, lineKey} from './line-key.js'
import type {LearnedLine, LearnedSite} from './schema.js'

/**
 * Least pages a line must be on. Two pages of a live story share quotes
 * and sentences; three pages sharing a line, at the share below, is a
 * pattern of the site.
 */
export const MIN_PAGES = 3

/**
 * Least share of the pages a short line must be on. Below half, a line is
 * more often a series' own words (a recurring heading, a name) than chrome;
 * a site's chrome is on nearly every page (see the README's measure).
 */
export const MIN_SHARE = 0.5

/**
 * Share of a page's text that furniture may be. Past it, on half the pages
 * or more, the pages are versions of one story (snapshots of a live blog,
 * an article and its update) rather than stories of one site, and what they
 * share is the story: nothing is learned.
 */
export const MAX_FURNITURE_SHARE = 0.5

/** Least share of the pages a line of prose must be on (see `PROSE_WORDS`): a disclaimer is on every page. */
export const PROSE_SHARE = 0.8

/**
 * A page of a site, for `learnSite`: a string (HTML or scraped text, as
 * `format` says or sniffs), or an object with its address.
 *
 * @example
 *   ```ts
 *   const page: SitePage = {html: '<html>…</html>', url: 'https://example.com/news/1'}
 *   ```
 */
export type SitePage =
  | string
  | {
      /** Raw HTML, as text or bytes. */
      html: string | Uint8Array
      /** The page's address: resolves links, picks a site profile, names the host learned. */
      url?: string
    }
  | {
      /** Scraped plain text. */
      text: string
      /** The page's address: resolves links, picks a site profile, names the host learned. */
      url?: string
    }

/**
 * Options of `learnSite`: `parse`'s options for reading the pages (each
 * page's `url` aside), and how often a line must recur.
 *
 * @example
 *   ```ts
 *   const learned = learnSite(pages, {minPages: 4, minShare: 0.6})
 *   ```
 */
export interface LearnSiteOptions extends Omit<ParseOptions, 'url' | 'learned'> {
  /** Least pages a line must be on (default: 3, at least 2). */
  minPages?: number
  /** Least share of the pages a line must be on, above 0 and at most 1 (default: 0.5); prose (more than 12 words) needs 0.8 or this, the higher. */
  minShare?: number
}

/** A line of one page, as learning counts it. */
export interface PageLine {
  /** Its key (`lineKey`). */
  key: string
  /** Its text as written. */
  text: string
  /** Whether it reads as prose (`isProse`). */
  prose: boolean
}

/** What learning reads of one page. */
export interface PageLines {
  /**
   * What tells the page from another: its headline and its longest
   * line, folded (the headline alone could be a menu line the rules took
   * for one). Copies of one page (the same story fetched twice, its print
   * version) share every line, the story's included: they count as one
   * page, or the story would be learned as furniture.
   */
  identity: string
  /** Its distinct lines. */
  lines: PageLine[]
}

/** How often lines must recur, validated. */
export interface Thresholds {
  minPages: number
  minShare: number
}

/**
 * The distinct lines one page leaves in its text once the generic rules
 * have run (media lines and lines of marks alone aside), and its identity.
 *
 * @param page
 *   The page.
 * @param options
 *   Parse options (optional).
 * @returns
 *   Its identity, and its lines, each key once, in page order.
 */
export function pageLines(page: SitePage, options: Omit<ParseOptions, 'url'> = {}): PageLines {
  const {input, url, format} = readPage(page)
  return linesOf(input, {...options, ...(format ? {format} : {}), ...(url ? {url} : {})})
}

/**
 * The lines and identity of a page given as `parse` takes it (the batch's
 * workers call this).
 *
 * @param input
 *   Raw HTML or scraped text.
 * @param options
 *   Parse options, the page's `url` among them; `learned` is ignored.
 * @returns
 *   Its identity and lines.
 */
export function linesOf(input: string | Uint8Array, options: ParseOptions): PageLines {
  const {learned, ...generic} = options
  const tree = parseToTree(input, generic)
  const seen = new Set<string>()
  const lines: PageLine[] = []
  let longest = ''
  for (const line of allLines(tree)) {
    if (line.value.length > longest.length) longest = line.value
    if (!isLearnable(line)) continue
    const key = lineKey(line.value)
    if (key === '' || seen.has(key)) continue
    seen.add(key)
    lines.push({key, text: line.value.trim(), prose: isProse(line, key)})
  }
  return {identity: `${lineKey(tree.data?.title ?? '')}\n${lineKey(longest)}`, lines}
}

/** What a line may have been taken for and still be learned (see the module comment). */
const LEARNABLE_ROLES = new Set<string | undefined>([undefined, 'title', 'standfirst'])

/**
 * Whether learning counts a line.
 *
 * @param line
 *   A line of the parsed page.
 * @returns
 *   Whether it is text left in the page, its headline or its standfirst.
 */
function isLearnable(line: Line): boolean {
  return LEARNABLE_ROLES.has(line.data?.role) && !line.data?.hint?.media
}

/**
 * A page's input, address and format.
 *
 * @param page
 *   The page.
 * @returns
 *   What `parse` takes.
 */
function readPage(page: SitePage): {input: string | Uint8Array; url?: string; format?: 'html' | 'text'} {
  if (typeof page === 'string') return {input: page}
  if ('html' in page) return {input: page.html, url: page.url, format: 'html'}
  return {input: page.text, url: page.url, format: 'text'}
}

/**
 * The learned profile of some pages' lines: each line on at least
 * `minPages` pages and at least the share of them its kind needs, copies
 * of one page counted once. Linear in the number of lines.
 *
 * @param pages
 *   Each page's lines and identity (`pageLines`).
 * @param thresholds
 *   How often a line must recur.
 * @param host
 *   The host the pages share (optional).
 * @returns
 *   The learned profile.
 */
export function learnFromLines(pages: readonly PageLines[], thresholds: Thresholds, host?: string): LearnedSite {
  const counts = new Map<string, {line: PageLine; pages: number}>()
  // The keys already counted for each distinct page: a copy adds nothing.
  const counted = new Map<string, Set<string>>()
  for (const {identity, lines} of pages) {
    const keys = counted.get(identity) ?? new Set<string>()
    counted.set(identity, keys)
    for (const line of lines) {
      if (keys.has(line.key)) continue
      keys.add(line.key)
      const count = counts.get(line.key)
      if (count) count.pages++
      else counts.set(line.key, {line, pages: 1})
    }
  }
  const distinct = counted.size
  const furniture: LearnedLine[] = []
  for (const {line, pages: seen} of counts.values()) {
    const share = line.prose ? Math.max(PROSE_SHARE, thresholds.minShare) : thresholds.minShare
    if (seen >= thresholds.minPages && seen >= share * distinct) furniture.push({text: line.text, pages: seen})
  }
  furniture.sort((a, b) => b.pages - a.pages)
  if (mostlyShared(pages, new Set(furniture.map((line) => lineKey(line.text))))) furniture.length = 0
  return host === undefined ? {pages: distinct, furniture} : {host, pages: distinct, furniture}
}

/**
 * Whether the lines learned would be most of the text of half the pages or
 * more (see `MAX_FURNITURE_SHARE`). Linear in the number of lines.
 *
 * @param pages
 *   Each page's lines.
 * @param learned
 *   The keys learned.
 * @returns
 *   Whether the pages are mostly one text.
 */
function mostlyShared(pages: readonly PageLines[], learned: Set<string>): boolean {
  if (learned.size === 0) return false
  // Characters of each distinct page: all its lines, and those learned.
  const sizes = new Map<string, {all: number; learned: number}>()
  for (const {identity, lines} of pages) {
    if (sizes.has(identity)) continue
    const size = {all: 0, learned: 0}
    for (const line of lines) {
      size.all += line.text.length
      if (learned.has(line.key)) size.learned += line.text.length
    }
    sizes.set(identity, size)
  }
  let mostly = 0
  for (const size of sizes.values()) if (size.learned > MAX_FURNITURE_SHARE * size.all) mostly++
  return mostly >= sizes.size / 2
}

/**
 * Check the thresholds of `learnSite`.
 *
 * @param options
 *   The options (optional).
 * @returns
 *   The thresholds, defaults filled in.
 * @throws {StandfirstError}
 *   For a threshold out of range.
 */
export function thresholdsOf(options: {minPages?: number; minShare?: number} = {}): Thresholds {
  const {minPages = MIN_PAGES, minShare = MIN_SHARE} = options
  if (!Number.isInteger(minPages) || minPages < 2) throw new StandfirstError('invalid-option', `Expected \`options.minPages\` to be an integer of at least 2, not \`${String(minPages)}\``, 'minPages')
  if (typeof minShare !== 'number' || !(minShare > 0 && minShare <= 1)) throw new StandfirstError('invalid-option', `Expected \`options.minShare\` to be a number above 0 and at most 1, not \`${String(minShare)}\``, 'minShare')
  return {minPages, minShare}
}

/**
 * The host all pages share, when each gives a URL and they agree.
 *
 * @param pages
 *   The pages.
 * @returns
 *   The host, or `undefined`.
 */
function sharedHost(pages: readonly SitePage[]): string | undefined {
  let host: string | undefined
  for (const page of pages) {
    const own = typeof page === 'string' ? undefined : hostOf(page.url)
    if (own === undefined || (host !== undefined && own !== host)) return undefined
    host = own
  }
  return host
}

/**
 * The host name of an address, lower case, without `www.`.
 *
 * @param url
 *   An address (optional).
 * @returns
 *   Its host, or `undefined` when there is none.
 */
export function hostOf(url: string | undefined): string | undefined {
  if (url === undefined || !URL.canParse(url)) return undefined
  const host = new URL(url).hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '')
  return host === '' ? undefined : host
}

/**
 * Learn a site's furniture from several of its pages: the lines (menus,
 * footers, labels, prompts) that the generic rules leave in the text of at
 * least 3 pages and half of them (prose, more than 12 words: 80% of them).
 * Give `parse` the result as `options.learned` to drop those lines, each
 * with a `learned-furniture-dropped` message.
 *
 * Time and memory are linear in the pages' total size; each page is parsed
 * once. Fewer pages than `minPages` learn nothing.
 *
 * @example
 *   ```ts
 *   import {learnSite, parse} from 'standfirst'
 *   const learned = learnSite(pages.map((page) => ({html: page.html, url: page.url})))
 *   const article = parse(pages[0].html, {url: pages[0].url, learned})
 *   ```
 *
 * @param pages
 *   Pages of one site: strings, or `{html | text, url?}`.
 * @param options
 *   Parse options for reading the pages, `minPages` and `minShare` (optional).
 * @returns
 *   The learned site profile (valid by `LearnedSiteSchema`).
 * @throws {StandfirstError}
 *   For invalid options, or a page `parse` refuses (not text, too large).
 */
export function learnSite(pages: readonly SitePage[], options: LearnSiteOptions = {}): LearnedSite {
  if (!Array.isArray(pages)) throw new StandfirstError('invalid-input', 'Expected `pages` to be an array of pages')
  const {minPages, minShare, ...parseOptions} = options
  const thresholds = thresholdsOf({minPages, minShare})
  return learnFromLines(pages.map((page) => pageLines(page, parseOptions)), thresholds, sharedHost(pages))
}
