/**
 * The shapes that batch parsing reads and writes.
 *
 * @module
 */
import type {ParseOptions} from '../options.js'
import type {PageLines} from '../learn/learn-site.js'
import type {Article} from '../schema/article.js'

/**
 * One page handed to `parseMany` by a library user.
 *
 * @example
 *   ```ts
 *   const page: BatchPage = {id: 'p1', url: 'https://example.com/news/1', html: '<html>…</html>'}
 *   for await (const result of parseMany([page])) console.log(result.id)
 *   ```
 */
export interface BatchPage {
  /** A unique, stable id: results carry it, and `resume` skips by it. */
  id: string
  /** Where the page came from, for people reading the results (default: the id). */
  source?: string
  /** The page's address: resolves links and picks a site profile (optional). */
  url?: string
  /** Raw HTML, as text or bytes (bytes are decoded as `parse` decodes them). */
  html?: string | Uint8Array
  /** Scraped plain text. */
  text?: string
}

/**
 * Why a page has no article.
 *
 * @example
 *   ```ts
 *   for await (const result of parseMany('pages/')) {
 *     if ('error' in result) console.error(`${result.source}: ${result.error.code}: ${result.error.message}`)
 *   }
 *   ```
 */
export interface BatchError {
  /**
   * A stable code: a `StandfirstError` code (`input-too-large`,
   * `invalid-input`, …) or one of the batch's own: `read-failed`,
   * `gunzip-failed`, `bad-record`, `parse-failed`,
   * `worker-failed`.
   */
  code: string
  /** A human-readable reason. */
  message: string
}

/**
 * What is known of a page before it is parsed: the fields every result has.
 *
 * @example
 *   ```ts
 *   for await (const {id, source, url} of parseMany('crawl.warc.gz')) console.log(id, source, url)
 *   ```
 */
export interface PageHead {
  /** The page's id. */
  id: string
  /** Where it came from: a path, `path:line` for JSON Lines, `path@offset` for WARC. */
  source: string
  /** Its address, when the input gave one. */
  url?: string
}

/**
 * A parsed page: its article, or why there is none.
 *
 * @example
 *   ```ts
 *   for await (const result of parseMany('pages/')) {
 *     if ('article' in result) console.log(result.id, result.article.title)
 *     else console.error(result.id, result.error.code)
 *   }
 *   ```
 */
export type BatchResult =
  | (PageHead & {
      /** The page's Article, as `parse` returns it. */
      article: Article
    })
  | (PageHead & {
      /** Why the page has no Article. */
      error: BatchError
    })

/**
 * Options of `parseMany`: `parse`'s options (the URL comes with each page), the
 * number of worker threads, and ids to skip.
 *
 * @example
 *   ```ts
 *   const options: ParseManyOptions = {jobs: 4, timeZone: 'Europe/Berlin', skip: new Set(['p1'])}
 *   for await (const result of parseMany('pages.jsonl', options)) console.log(result.id)
 *   ```
 */
export interface ParseManyOptions extends Omit<ParseOptions, 'url'> {
  /** Worker threads (default: the number of cores). */
  jobs?: number
  /**
   * Ids to skip, such as those already written by an earlier run (optional).
   */
  skip?: ReadonlySet<string>
  /**
   * Learn each host's furniture from its first pages (at most 16, those
   * in flight together) and parse every page of the host with what was
   * learned, as `learnSite` and `options.learned` do (default: `false`).
   * Pages without a URL parse as usual.
   */
  learnSite?: boolean
}

/**
 * A page read from an input, on its way to a worker.
 *
 * @internal
 */
export interface PendingPage extends PageHead {
  /** Its content, as the input holds it. */
  data: Uint8Array | string
  /** Whether `data` is gzip-compressed (a `.gz` file, left for the worker to inflate). */
  gzip?: boolean
  /** The charset the transport declared (a WARC record's HTTP header). */
  charset?: string
  /** What the container says the page is (a `.txt` file, a JSON Lines `text` field). */
  format?: 'html' | 'text'
  /** Bytes of the inputs on disk read through this page: progress. */
  position: number
}

/**
 * A page that could not be read, reported without a worker.
 *
 * @internal
 */
export interface UnreadPage extends PageHead {
  /** Why it could not be read. */
  error: BatchError
  /** Bytes of the inputs on disk read through this page. */
  position: number
}

/**
 * What a worker returns: the article as JSON text (so that the CLI writes it
 * without parsing it again), or an error; and the page's size in bytes.
 *
 * @internal
 */
export type WorkerOutcome = {json: string; bytes: number} | {error: BatchError; bytes: number}

/**
 * What a worker returns for a page it was asked to learn from (`learn`):
 * its lines, or nothing when it cannot be parsed (its own parse reports why).
 *
 * @internal
 */
export type WorkerLines = {lines: PageLines} | {lines?: undefined}

/**
 * What a worker is asked to do.
 *
 * @internal
 */
export interface WorkerTask {
  /** The page. */
  data: Uint8Array | string
  /** Whether `data` is gzip-compressed. */
  gzip?: boolean
  /** The transport's charset. */
  charset?: string
  /** The page's address, when it is an absolute URL. */
  url?: string
  /** Parse options, the URL aside. */
  options: Omit<ParseOptions, 'url'>
  /** Return the page's lines for learning (`WorkerLines`), not its article. */
  learn?: boolean
}

/**
 * Bytes read from the inputs on disk so far, shared by the readers: the
 * progress display's measure.
 *
 * @internal
 */
export interface DiskCounter {
  /** Bytes read. */
  read: number
}
