/**
 * Pages on a BullMQ queue and their results in Redis: the shapes and keys
 * that `standfirst enqueue`, `worker` and `collect` share.
 *
 * @module
 */
import {createHash} from 'node:crypto'
import type {BatchError, PendingPage, UnreadPage} from './types.js'

/** A page as a job's data (JSON: bytes travel as base64). */
export interface PageJob {
  /** The page's id. */
  id: string
  /** Where it came from. */
  source: string
  /** Its address. */
  url?: string
  /** Its content as text. */
  text?: string
  /** Its content as bytes, base64-encoded. */
  base64?: string
  /** Whether the bytes are gzip-compressed. */
  gzip?: boolean
  /** The transport's charset. */
  charset?: string
  /** What the container says the page is. */
  format?: 'html' | 'text'
  /** Why the page could not be read (the worker records it as the result). */
  error?: BatchError
}

/**
 * A page as a job.
 *
 * @param page
 *   The page, as a reader gave it.
 * @returns
 *   The job's data.
 */
export function toJob(page: PendingPage | UnreadPage): PageJob {
  const job: PageJob = {id: page.id, source: page.source}
  if (page.url !== undefined) job.url = page.url
  if ('error' in page) return {...job, error: page.error}
  if (typeof page.data === 'string') job.text = page.data
  else job.base64 = Buffer.from(page.data.buffer, page.data.byteOffset, page.data.byteLength).toString('base64')
  if (page.gzip) job.gzip = true
  if (page.charset) job.charset = page.charset
  if (page.format) job.format = page.format
  return job
}

/**
 * A job as a page, ready for a worker thread.
 *
 * @param job
 *   The job's data.
 * @returns
 *   The page.
 */
export function fromJob(job: PageJob): PendingPage | UnreadPage {
  const head = {id: job.id, source: job.source, ...(job.url === undefined ? {} : {url: job.url}), position: 0}
  if (job.error) return {...head, error: job.error}
  const data = job.base64 === undefined ? (job.text ?? '') : new Uint8Array(Buffer.from(job.base64, 'base64'))
  return {...head, data, ...(job.gzip ? {gzip: true} : {}), ...(job.charset ? {charset: job.charset} : {}), ...(job.format ? {format: job.format} : {})}
}

/**
 * The BullMQ job id of a page: a hash of its id, since BullMQ refuses ids
 * with a `:` (as in WARC record ids and many paths) and ids that look like
 * integers. Adding a job whose id is queued already does nothing, so
 * enqueuing the same input twice queues each page once.
 *
 * @param id
 *   The page's id.
 * @returns
 *   The job id.
 */
export function jobIdOf(id: string): string {
  return `page-${createHash('sha1').update(id).digest('hex')}`
}

/**
 * The Redis hash of a queue's results, field: page id, value: the JSON line.
 * A page parsed twice (a job retried after its worker died) writes the same
 * field twice: harmless.
 *
 * @param queue
 *   The queue's name.
 * @returns
 *   The key.
 */
export function resultsKey(queue: string): string {
  return `standfirst:${queue}:results`
}

/**
 * The Redis set of the page ids `collect` has written out, so that a result
 * written again after it was collected is not collected twice.
 *
 * @param queue
 *   The queue's name.
 * @returns
 *   The key.
 */
export function collectedKey(queue: string): string {
  return `standfirst:${queue}:collected`
}
