/**
 * Sending pages to the pool of worker threads: the tasks, the pool, and
 * each page's outcome. `runBatch`, the site learner and the queue worker
 * share these.
 *
 * @module
 */
import Tinypool from 'tinypool'
import type {BatchError, PageHead, ParseManyOptions, PendingPage, WorkerOutcome, WorkerTask} from './types.js'

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
  options: Omit<ParseManyOptions, 'jobs' | 'skip' | 'learnSite'>
  /** Learn each host's furniture first (`HostLearner`). */
  learnSite?: boolean
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
 * What a worker is asked to do with a page.
 *
 * @internal
 * @param page
 *   The page.
 * @param options
 *   Parse options.
 * @returns
 *   The task.
 */
export function taskOf(page: PendingPage, options: RunBatchSettings['options']): WorkerTask {
  const format = options.format === undefined || options.format === 'auto' ? (page.format ?? 'auto') : options.format
  const task: WorkerTask = {data: page.data, options: {...options, format}}
  if (page.gzip) task.gzip = true
  if (page.charset) task.charset = page.charset
  // A URL that is not absolute would fail the options: the page is still parsed, without it.
  if (page.url !== undefined && URL.canParse(page.url)) task.url = page.url
  return task
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
  const task = taskOf(page, options)
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

