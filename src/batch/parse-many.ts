/**
 * `parseMany`: parse many pages on a pool of worker threads, streaming in
 * and out, results in input order.
 *
 * @module
 */
import {availableParallelism} from 'node:os'
import Tinypool from 'tinypool'
import {StandfirstError} from '../errors.js'
import {validateOptions} from '../options.js'
import {readInputs} from './read-inputs.js'
import type {BatchError, BatchPage, DiskCounter, BatchResult, PageHead, ParseManyOptions, PendingPage, UnreadPage, WorkerOutcome, WorkerTask} from './types.js'

/**
 * Pages in flight per worker: enough that a slow page rarely leaves a
 * worker idle while the results before it wait, few enough that memory
 * stays flat (each holds one page and its article).
 */
const IN_FLIGHT_PER_JOB = 8

/**
 * The worker file. The CLI (through a chunk it loads on demand) and the
 * `standfirst/batch` entry (`dist/batch.js`) both bundle this module, and
 * every file tsup writes sits beside the worker at the top of `dist/`.
 */
const WORKER = new URL('./batch-worker.js', import.meta.url)

/**
 * One page's outcome, before the article is parsed back from JSON text.
 *
 * @internal
 */
export interface BatchOutcome {
  /** The page. */
  head: PageHead
  /** The article as JSON text, when there is one. */
  json?: string
  /** Why there is no article. */
  error?: BatchError
  /** The page's size in bytes (inflated), 0 when it was not read. */
  bytes: number
  /** Bytes of the inputs on disk read through this page. */
  position: number
}

/**
 * Settings of `runBatch`.
 *
 * @internal
 */
export interface RunBatchSettings {
  /** Worker threads. */
  jobs: number
  /** Parse options (the URL aside), already validated. */
  options: Omit<ParseManyOptions, 'jobs' | 'skip'>
  /** Ids to skip. */
  skip?: Pick<ReadonlySet<string>, 'has'>
}

/**
 * Whether a byte array owns its whole buffer, so that handing the buffer to
 * a worker (without a copy) takes nothing from anyone else.
 *
 * @param data
 *   The bytes.
 * @returns
 *   Whether the buffer can be transferred.
 */
function ownsBuffer(data: Uint8Array | string): data is Uint8Array<ArrayBuffer> {
  return typeof data !== 'string' && data.byteOffset === 0 && data.byteLength === data.buffer.byteLength && data.buffer instanceof ArrayBuffer
}

/**
 * The head of a page: its id, source and URL.
 *
 * @internal
 * @param page
 *   The page.
 * @returns
 *   Its head.
 */
export function headOf(page: PageHead): PageHead {
  return page.url === undefined ? {id: page.id, source: page.source} : {id: page.id, source: page.source, url: page.url}
}

/**
 * Send a page to the pool.
 *
 * @internal
 * @param pool
 *   The pool.
 * @param page
 *   The page.
 * @param options
 *   Parse options.
 * @returns
 *   Its outcome; never rejects (a worker that dies is the page's error).
 */
export async function dispatch(pool: Tinypool, page: PendingPage, options: RunBatchSettings['options']): Promise<BatchOutcome> {
  const format = options.format === undefined || options.format === 'auto' ? (page.format ?? 'auto') : options.format
  const task: WorkerTask = {data: page.data, options: {...options, format}}
  if (page.gzip) task.gzip = true
  if (page.charset) task.charset = page.charset
  // A URL that is not absolute would fail the options: the page is still parsed, without it.
  if (page.url !== undefined && URL.canParse(page.url)) task.url = page.url
  const head = headOf(page)
  try {
    const outcome = (await pool.run(task, ownsBuffer(page.data) ? {transferList: [page.data.buffer]} : {})) as WorkerOutcome
    return {head, ...outcome, position: page.position}
  } catch (error) {
    return {head, error: {code: 'worker-failed', message: `The worker failed: ${(error as Error).message}`}, bytes: 0, position: page.position}
  }
}

/**
 * A pool of worker threads that parse pages.
 *
 * @internal
 * @param jobs
 *   Threads.
 * @returns
 *   The pool (destroy it when done).
 */
export function createPool(jobs: number): Tinypool {
  return new Tinypool({filename: WORKER.href, minThreads: jobs, maxThreads: jobs})
}

/**
 * Parse pages on a pool of worker threads. At most `jobs × 8` pages are in
 * flight: the next page is read only when a result has been taken, so a
 * slow consumer slows the reading (backpressure) and memory stays flat.
 * Results come in input order.
 *
 * @internal
 * @param pages
 *   Pages, and pages that could not be read.
 * @param settings
 *   Jobs, parse options and ids to skip.
 * @returns
 *   One outcome per page not skipped.
 */
export async function* runBatch(pages: AsyncIterable<PendingPage | UnreadPage>, settings: RunBatchSettings): AsyncGenerator<BatchOutcome> {
  const pool = createPool(settings.jobs)
  const limit = settings.jobs * IN_FLIGHT_PER_JOB
  // A FIFO of promises; `head` moves forward instead of `shift()`ing.
  let window: Array<Promise<BatchOutcome>> = []
  let head = 0
  try {
    for await (const page of pages) {
      if (settings.skip?.has(page.id)) continue
      window.push('error' in page ? Promise.resolve({head: headOf(page), error: page.error, bytes: 0, position: page.position}) : dispatch(pool, page, settings.options))
      if (window.length - head < limit) continue
      yield await window[head++]!
      if (head >= limit) {
        window = window.slice(head)
        head = 0
      }
    }
    while (head < window.length) yield await window[head++]!
  } finally {
    await pool.destroy()
  }
}

/**
 * A page a library user handed over, ready for a worker.
 *
 * @param page
 *   The page.
 * @param disk
 *   Bytes read so far.
 * @returns
 *   The page, or why it cannot be parsed.
 */
function fromBatchPage(page: BatchPage, disk: DiskCounter): PendingPage | UnreadPage {
  const id = String(page.id)
  const head = {id, source: page.source ?? id, ...(page.url === undefined ? {} : {url: page.url})}
  if (page.html !== undefined) return {...head, data: page.html, format: 'html', position: disk.read}
  if (typeof page.text === 'string') return {...head, data: page.text, format: 'text', position: disk.read}
  return {...head, position: disk.read, error: {code: 'invalid-input', message: 'Expected `html` (a string or bytes) or `text` (a string)'}}
}

/**
 * Pages from paths and page objects, in order.
 *
 * @param source
 *   Paths (files, directories, `.jsonl`, `.warc`, each optionally `.gz`) and pages.
 * @param disk
 *   Bytes read from disk so far.
 * @param maxInputBytes
 *   The largest page allowed.
 * @returns
 *   The pages.
 */
async function* readSource(source: BatchSource, disk: DiskCounter, maxInputBytes: number): AsyncGenerator<PendingPage | UnreadPage> {
  if (typeof source === 'string') return yield* readInputs([source], disk, maxInputBytes)
  for await (const item of source) {
    if (typeof item === 'string') yield* readInputs([item], disk, maxInputBytes)
    else yield fromBatchPage(item, disk)
  }
}

/**
 * What `parseMany` reads: a path, or paths and pages, synchronously or not.
 *
 * @example
 *   ```ts
 *   const source: BatchSource = ['crawl.warc.gz', 'pages/', {id: 'extra', text: 'Headline\n\nBody.'}]
 *   for await (const result of parseMany(source)) console.log(result.id)
 *   ```
 */
export type BatchSource = string | Iterable<string | BatchPage> | AsyncIterable<string | BatchPage>

/**
 * Check the options of a batch and split them.
 *
 * @internal
 * @param options
 *   The options (optional).
 * @returns
 *   The settings.
 * @throws {StandfirstError}
 *   For an invalid option.
 */
export function batchSettings(options: ParseManyOptions | undefined): RunBatchSettings & {maxInputBytes: number} {
  const {jobs = availableParallelism(), skip, ...parseOptions} = options ?? {}
  if (!Number.isInteger(jobs) || jobs < 1) throw new StandfirstError('invalid-option', `Expected \`options.jobs\` to be a positive integer, not \`${String(jobs)}\``, 'jobs')
  // Checked once here, so that a bad option fails the batch, not every page.
  const settings = validateOptions(parseOptions)
  return {jobs, options: parseOptions, maxInputBytes: settings.maxInputBytes, ...(skip ? {skip} : {})}
}

/**
 * Parse many pages on a pool of worker threads (Node only).
 *
 * A page that cannot be read or parsed (missing, binary, oversized, a bad
 * JSON line) is a result with an `error`, never the end of the batch.
 *
 * @example
 *   ```ts
 *   import {parseMany} from 'standfirst/batch'
 *   for await (const result of parseMany(['crawl.warc.gz', 'pages/'], {jobs: 2})) {
 *     if ('article' in result) console.log(result.id, result.article.title)
 *     else console.error(result.id, result.error.code)
 *   }
 *   ```
 *
 * @param source
 *   A path, or paths and pages: files, directories (`.html`, `.htm`, `.txt`,
 *   `.jsonl`, `.warc`, each optionally `.gz`, read recursively), JSON Lines
 *   files (`{"id"?, "url"?, "html"? | "text"?}` a line), WARC files; or
 *   `BatchPage` objects.
 * @param options
 *   Parse options, `jobs` (default: the number of cores) and ids to `skip`
 *   (optional).
 * @returns
 *   One result per page, in input order.
 * @throws {StandfirstError}
 *   For an invalid option, when iteration starts.
 */
export async function* parseMany(source: BatchSource, options?: ParseManyOptions): AsyncGenerator<BatchResult> {
  const settings = batchSettings(options)
  const disk: DiskCounter = {read: 0}
  for await (const outcome of runBatch(readSource(source, disk, settings.maxInputBytes), settings)) {
    if (outcome.json === undefined) yield {...outcome.head, error: outcome.error!}
    else yield {...outcome.head, article: JSON.parse(outcome.json)}
  }
}
