/**
 * Shared helpers of the corpus benchmarks (`bench-accuracy.ts`,
 * `bench-speed.ts`, `bench-fields.ts`): page decoding, the trafilatura
 * snippet metric, the token-overlap metric, a reader of published times, and
 * loaders for the three corpora in `../shared/corpus` (see its README).
 *
 * `decode`, `normalise` and `scoreInto` are copies of those in
 * `bench-text-dumps.ts`.
 *
 * @module
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {gunzipSync} from 'node:zlib'
import {fromParse5} from 'hast-util-from-parse5'
import {toText} from 'hast-util-to-text'
import {parse as parseHtml} from 'parse5'
import {decodeHtml} from '../src/html/decode.js'

/** Root of the trafilatura evaluation set. */
export const TRAFILATURA_ROOT = fileURLToPath(new URL('../../shared/corpus/trafilatura/', import.meta.url))

/** Root of the Readability.js test pages. */
export const READABILITY_ROOT = fileURLToPath(new URL('../../shared/corpus/readability/', import.meta.url))

/** Root of the fundus development set. */
export const FUNDUS_ROOT = fileURLToPath(new URL('../../shared/corpus/fundus-dev/', import.meta.url))

/** The URL Readability.js's own tests give every page. */
export const READABILITY_URL = 'http://fakehost/test/page.html'

/** Published F1 on the full trafilatura set (see the corpus README). */
export const PUBLISHED_F1: ReadonlyArray<[string, number]> = [
  ['trafilatura 2.2.0 (standard)', 0.924],
  ['readability-lxml', 0.826],
  ['raw page text', 0.667]
]

/**
 * Decode a page's bytes as standfirst does (BOM, declared charset, else
 * UTF-8), so that every extractor gets the same text.
 *
 * @param bytes
 *   The page.
 * @returns
 *   Its text.
 */
export function decode(bytes: Uint8Array): string {
  return decodeHtml(bytes).text
}

/** Fold whitespace as the snippet metric does. */
export const normalise = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Counts of the snippet metric. */
export interface Score {
  tp: number
  fp: number
  fn: number
  tn: number
}

/** A zeroed score. */
export const emptyScore = (): Score => ({tp: 0, fp: 0, fn: 0, tn: 0})

/**
 * Score one extraction with the trafilatura snippet metric.
 *
 * @param text
 *   Extracted text.
 * @param expected
 *   The page's snippets.
 * @param score
 *   Totals, changed in place.
 * @returns
 *   Misses (fn + fp) on this page.
 */
export function scoreInto(text: string, expected: {with: string[]; without: string[]}, score: Score): number {
  const haystack = normalise(text)
  let misses = 0
  for (const snippet of expected.with) {
    if (haystack.includes(normalise(snippet))) score.tp++
    else {
      score.fn++
      misses++
    }
  }
  for (const snippet of expected.without) {
    if (haystack.includes(normalise(snippet))) {
      score.fp++
      misses++
    } else score.tn++
  }
  return misses
}

/** Precision, recall and F1 of snippet totals. */
export function rates(score: Score): {precision: number; recall: number; f1: number} {
  const precision = score.tp / (score.tp + score.fp)
  const recall = score.tp / (score.tp + score.fn)
  return {precision, recall, f1: (2 * precision * recall) / (precision + recall)}
}

/**
 * Lowercase word tokens: runs of letters or of digits (Unicode).
 *
 * @param text
 *   Any text.
 * @returns
 *   Its tokens.
 */
export function tokens(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+|\p{N}+/gu) ?? []
}

/** A character of a script written without spaces between words. */
const SPACELESS = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/gu

/**
 * Like {@link tokens}, but fit for every script: combining marks stay in
 * their word (Devanagari vowel signs would otherwise cut words apart), and
 * each Han, Hiragana or Katakana character is a token of its own (those
 * scripts put no spaces between words, so a whole clause would otherwise be
 * one token and any difference in it would cost all of it). On text with
 * neither combining marks nor those scripts it gives the same tokens as
 * `tokens`.
 *
 * @param text
 *   Any text.
 * @returns
 *   Its tokens.
 */
export function scriptTokens(text: string): string[] {
  return text.toLowerCase().replace(SPACELESS, ' $& ').match(/\p{L}[\p{L}\p{M}]*|\p{N}+/gu) ?? []
}

/** Multiset overlap of two token lists. */
export interface Overlap {
  /** Tokens in both (multiset intersection). */
  common: number
  /** Extracted tokens. */
  extracted: number
  /** Expected tokens. */
  expected: number
}

/**
 * Multiset overlap of extracted and expected tokens.
 *
 * @param extracted
 *   Tokens of the extraction.
 * @param expected
 *   Tokens of the reference.
 * @returns
 *   Counts.
 */
export function overlap(extracted: string[], expected: string[]): Overlap {
  const counts = new Map<string, number>()
  for (const token of expected) counts.set(token, (counts.get(token) ?? 0) + 1)
  let common = 0
  for (const token of extracted) {
    const left = counts.get(token)
    if (left) {
      common++
      counts.set(token, left - 1)
    }
  }
  return {common, extracted: extracted.length, expected: expected.length}
}

/**
 * F1 of an overlap; two empty texts agree fully, one empty text scores 0.
 *
 * @param counts
 *   Overlap counts (one page, or summed over pages for the micro-average).
 * @returns
 *   F1 in [0, 1].
 */
export function overlapF1(counts: Overlap): number {
  if (counts.extracted === 0 && counts.expected === 0) return 1
  if (counts.common === 0) return 0
  const precision = counts.common / counts.extracted
  const recall = counts.common / counts.expected
  return (2 * precision * recall) / (precision + recall)
}

/** One page of the trafilatura set. */
export interface TrafilaturaPage {
  /** The key in `evaldata.json` (normally the page URL). */
  key: string
  /** The page URL, when the key is an http(s) URL. */
  url: string | undefined
  file: string
  with: string[]
  without: string[]
}

/**
 * The http(s) URL a key names, if any (a few keys are `hard::…` labels).
 *
 * @param key
 *   An `evaldata.json` key.
 * @returns
 *   The URL, or `undefined`.
 */
function httpUrl(key: string): string | undefined {
  try {
    return /^https?:$/.test(new URL(key).protocol) ? key : undefined
  } catch {
    return undefined
  }
}

/**
 * The trafilatura pages present on disk, in `evaldata.json` order.
 *
 * @param options
 *   `filter` keeps keys containing it; `limit` keeps the first N.
 * @returns
 *   The pages.
 */
export function trafilaturaPages(options: {limit?: number; filter?: string} = {}): TrafilaturaPage[] {
  const evaldata = JSON.parse(readFileSync(join(TRAFILATURA_ROOT, 'evaldata.json'), 'utf8')) as Record<
    string,
    {file: string; with: string[]; without: string[]}
  >
  let pages = Object.entries(evaldata)
    .filter(([, entry]) => existsSync(join(TRAFILATURA_ROOT, 'eval', entry.file)))
    .map(([key, entry]) => ({key, url: httpUrl(key), file: entry.file, with: entry.with, without: entry.without}))
  if (options.filter) pages = pages.filter((page) => page.key.includes(options.filter!))
  if (options.limit !== undefined) pages = pages.slice(0, options.limit)
  return pages
}

/**
 * A trafilatura page's bytes.
 *
 * @param page
 *   The page.
 * @returns
 *   Its bytes as fetched.
 */
export function trafilaturaBytes(page: TrafilaturaPage): Uint8Array {
  return new Uint8Array(readFileSync(join(TRAFILATURA_ROOT, 'eval', page.file)))
}

/** `expected-metadata.json` of a Readability test page. */
export interface ReadabilityMetadata {
  title?: string | null
  byline?: string | null
  excerpt?: string | null
  siteName?: string | null
  publishedTime?: string | null
  lang?: string | null
  dir?: string | null
  readerable?: boolean
}

/** One page of the Readability.js test suite. */
export interface ReadabilityPage {
  /** Folder name. */
  name: string
  /** `source.html`. */
  source: string
  /** `expected.html`. */
  expected: string
  metadata: ReadabilityMetadata
}

/**
 * The Readability.js test pages, by folder name.
 *
 * @param options
 *   `filter` keeps folders whose name contains it; `limit` keeps the first N.
 * @returns
 *   The pages.
 */
export function readabilityPages(options: {limit?: number; filter?: string} = {}): ReadabilityPage[] {
  let names = readdirSync(READABILITY_ROOT, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && existsSync(join(READABILITY_ROOT, entry.name, 'source.html')))
    .map((entry) => entry.name)
    .sort()
  if (options.filter) names = names.filter((name) => name.includes(options.filter!))
  if (options.limit !== undefined) names = names.slice(0, options.limit)
  return names.map((name) => {
    const read = (file: string) => readFileSync(join(READABILITY_ROOT, name, file), 'utf8')
    return {
      name,
      source: read('source.html'),
      expected: read('expected.html'),
      metadata: JSON.parse(read('expected-metadata.json')) as ReadabilityMetadata
    }
  })
}

/**
 * The text of an HTML document or fragment, as a reader would copy it
 * (`hast-util-to-text` on parse5's tree).
 *
 * @param html
 *   The HTML.
 * @returns
 *   Its text.
 */
export function htmlText(html: string): string {
  return toText(fromParse5(parseHtml(html)) as never)
}

/** A picture in a fundus truth file. */
export interface FundusImage {
  url: string
  caption: string | null
  credit: string | null
  /** The alt text. */
  description: string | null
  /** Index of the image's element in document order (the first `<source>` of a `<picture>`, else the `<img>`). */
  position: number
}

/** A fundus truth file (`<country>-<Publisher>.json`). */
export interface FundusTruth {
  url: string
  crawled: string
  title: string
  /** People, one per entry. */
  authors: string[]
  /** `YYYY-MM-DD HH:MM:SS[.ffffff][±HH:MM]`; without an offset when the page gives none. */
  published: string | null
  standfirst: string | null
  body: Array<{headings: string[]; paragraphs: string[]}>
  images: FundusImage[]
  topics: string[]
}

/** One page of the fundus development set. */
export interface FundusPage {
  /** `<country>-<Publisher>`. */
  name: string
  /** The page, gunzipped and decoded as UTF-8. */
  html: string
  truth: FundusTruth
}

/**
 * The fundus development pages, by name.
 *
 * The files are UTF-8 whatever charset the page declares (fundus stores the
 * text it decoded), so they are decoded as UTF-8, not by the declaration: two
 * pages declare `gbk` and `iso-8859-1`, and {@link decode} would garble them.
 *
 * @param options
 *   `filter` keeps names containing it; `limit` keeps the first N.
 * @returns
 *   The pages.
 */
export function fundusPages(options: {limit?: number; filter?: string} = {}): FundusPage[] {
  let names = readdirSync(FUNDUS_ROOT)
    .filter((file) => file.endsWith('.json') && existsSync(join(FUNDUS_ROOT, file.replace(/\.json$/, '.html.gz'))))
    .map((file) => file.replace(/\.json$/, ''))
    .sort()
  if (options.filter) names = names.filter((name) => name.includes(options.filter!))
  if (options.limit !== undefined) names = names.slice(0, options.limit)
  return names.map((name) => ({
    name,
    html: new TextDecoder('utf-8').decode(gunzipSync(readFileSync(join(FUNDUS_ROOT, `${name}.html.gz`)))),
    truth: JSON.parse(readFileSync(join(FUNDUS_ROOT, `${name}.json`), 'utf8')) as FundusTruth
  }))
}

/** A published time, as far as it is known. */
export interface Moment {
  /** Calendar day as written, YYYY-MM-DD. */
  date: string
  /** Wall-clock time as written, HH:MM or HH:MM:SS. */
  clock?: string
  /** The instant, when the time has a zone. */
  instant?: number
}

/**
 * Read a published time: ISO 8601-like (`T` or space, optional seconds,
 * fraction, and `Z` / `±HH:MM` / `±HHMM` zone), else whatever `Date.parse`
 * takes.
 *
 * @param text
 *   The time.
 * @returns
 *   What it says, or `undefined`.
 */
export function moment(text: string): Moment | undefined {
  const value = text.trim()
  if (!value) return undefined
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(value)
  if (match) {
    const [, date, hm, ss, zone] = match
    if (!hm) return {date: date!}
    const clock = ss ? `${hm}:${ss}` : hm!
    if (!zone) return {date: date!, clock}
    const offset = zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2')
    return {date: date!, clock, instant: Date.parse(`${date}T${hm}:${ss ?? '00'}${offset}`)}
  }
  const ms = Date.parse(value)
  if (Number.isNaN(ms)) return undefined
  const when = new Date(ms)
  if (/\d:\d\d/.test(value)) {
    const iso = when.toISOString()
    return {date: iso.slice(0, 10), clock: iso.slice(11, 19), instant: ms}
  }
  const pad = (n: number) => String(n).padStart(2, '0')
  return {date: `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`}
}

/**
 * Let the event loop turn. jsdom frees a closed window only once the loop has
 * run its pending callbacks; a tight synchronous loop over pages keeps every
 * window alive and runs out of heap after a few hundred pages.
 *
 * @returns
 *   A promise resolved on the next turn.
 */
export function tick(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

/**
 * Parse a positive integer option.
 *
 * @param value
 *   The option as given.
 * @param name
 *   Its name, for the error.
 * @returns
 *   The number, or `undefined` when not given.
 */
export function intOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0) {
    console.error(`--${name} takes a non-negative integer, not \`${value}\``)
    process.exit(2)
  }
  return number
}
