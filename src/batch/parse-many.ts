/**
 * `parseMany`: parse many pages on a pool of worker threads, streaming in
 * and out, results in input order.
 *
 * @module
 */
import {availableParallelism} from 'node:os'
import {StandfirstError} from '../errors.js'
import {validateOptions} from '../options.js'
import {createPool, dispatch, headOf, type BatchOutcome, type RunBatchSettings} from './dispatch.js'
import {HostLearner, LEARN_SAMPLE, type LearningEntry} from './learn-hosts.js'
import {readInputs} from './read-inputs.js'
import type {BatchPage, DiskCounter, BatchResult, ParseManyOptions, PendingPage, UnreadPage} from './types.js'

/**
 * Pages in flight per worker: enough that a slow page rarely leaves a
 * worker idle while the results before it wait, few enough that memory
 * stays flat (each holds one page and its article).
 */
const IN_FLIGHT_PER_JOB = 8

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
  const learner = settings.learnSite ? new HostLearner(pool, settings.options) : undefined
  // A host's sample waits in the window while it learns.
  const limit = settings.jobs * IN_FLIGHT_PER_JOB + (learner ? LEARN_SAMPLE : 0)
  // A FIFO of pages in flight; `head` moves forward instead of `shift()`ing.
  let window: LearningEntry[] = []
  let head = 0
  /** The oldest page's outcome, once its host (if it waits on one) has learned from what it has. */
  const next = () => {
    const entry = window[head++]!
    learner?.settle(entry.host)
    return entry.outcome
  }
  try {
    for await (const page of pages) {
      if (settings.skip?.has(page.id)) continue
      if ('error' in page) window.push({outcome: Promise.resolve({head: headOf(page), error: page.error, bytes: 0, position: page.position})})
      else window.push(learner ? learner.submit(page) : {outcome: dispatch(pool, page, settings.options)})
      if (window.length - head < limit) continue
      yield await next()
      if (head >= limit) {
        window = window.slice(head)
        head = 0
      }
    }
    while (head < window.length) yield await next()
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
  const {jobs = availableParallelism(), skip, learnSite = false, ...parseOptions} = options ?? {}
  if (typeof learnSite !== 'boolean') throw new StandfirstError('invalid-option', `Expected \`options.learnSite\` to be a boolean, not \`${String(learnSite)}\``, 'learnSite')
  if (!Number.isInteger(jobs) || jobs < 1) throw new StandfirstError('invalid-option', `Expected \`options.jobs\` to be a positive integer, not \`${String(jobs)}\``, 'jobs')
  // Checked once here, so that a bad option fails the batch, not every page.
  const settings = validateOptions(parseOptions)
  return {jobs, options: parseOptions, maxInputBytes: settings.maxInputBytes, ...(skip ? {skip} : {}), ...(learnSite ? {learnSite} : {})}
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
