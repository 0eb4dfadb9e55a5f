/**
 * The worker thread of batch parsing: inflate, check, decode and parse one
 * page, and return its article as JSON text. Built as its own file
 * (`dist/batch-worker.js`), which the pool loads in each thread.
 *
 * @module
 */
import {gunzipSync} from 'node:zlib'
import {StandfirstError} from '../errors.js'
import {decodeByTransportCharset} from '../html/decode.js'
import {linesOf} from '../learn/learn-site.js'
import {parse} from '../parse.js'
import type {BatchError, WorkerLines, WorkerOutcome, WorkerTask} from './types.js'

/** `parse`'s own default for `maxInputBytes`. */
const DEFAULT_MAX_INPUT_BYTES = 50 * 1024 * 1024

/**
 * Inflate a gzip-compressed page, no further than the size limit.
 *
 * @param bytes
 *   The compressed page.
 * @param max
 *   The largest page allowed, in bytes.
 * @returns
 *   The page, or why it could not be inflated.
 */
function inflate(bytes: Uint8Array, max: number): Uint8Array | BatchError {
  try {
    return gunzipSync(bytes, {maxOutputLength: max + 1})
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ERR_BUFFER_TOO_LARGE') return {code: 'input-too-large', message: `Expected at most ${max} bytes once inflated`}
    return {code: 'gunzip-failed', message: `Cannot inflate: ${(error as Error).message}`}
  }
}

/**
 * Parse one page.
 *
 * @param task
 *   The page and the options.
 * @returns
 *   The article as JSON text, or why there is none; and the page's size.
 */
export default function parsePage(task: WorkerTask): WorkerOutcome | WorkerLines {
  const max = task.options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES
  let data = task.data
  if (task.gzip && typeof data !== 'string') {
    const inflated = inflate(data, max)
    if (!(inflated instanceof Uint8Array)) return {error: inflated, bytes: data.byteLength}
    data = inflated
  }
  const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength
  // A binary file (an image, a PDF, NUL bytes) is refused by `parse` itself, as `not-text`.
  // A transport charset outranks the markup's, as in browsers; else `parse` sniffs the bytes.
  const input = task.charset && typeof data !== 'string' ? (decodeByTransportCharset(data, task.charset) ?? data) : data
  const options = task.url ? {...task.options, url: task.url} : task.options
  if (task.learn) return learnFrom(input, options)
  try {
    const article = parse(input, options)
    return {json: JSON.stringify(article), bytes}
  } catch (error) {
    if (error instanceof StandfirstError) return {error: {code: error.code, message: error.message}, bytes}
    // `parse` throws nothing else by contract: if it does, the page is reported, not the batch ended.
    return {error: {code: 'parse-failed', message: (error as Error).message}, bytes}
  }
}

/**
 * The lines of a page to learn its site from.
 *
 * @param input
 *   The page.
 * @param options
 *   Parse options.
 * @returns
 *   Its lines, or nothing when it cannot be parsed.
 */
function learnFrom(input: string | Uint8Array, options: WorkerTask['options']): WorkerLines {
  try {
    return {lines: linesOf(input, options)}
  } catch {
    // The page's own parse, which follows, reports why.
    return {}
  }
}
