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
import {parse} from '../parse.js'
import type {BatchError, WorkerOutcome, WorkerTask} from './types.js'

/** `parse`'s own default for `maxInputBytes`. */
const DEFAULT_MAX_INPUT_BYTES = 50 * 1024 * 1024

/** Bytes looked at for signs of a binary file. */
const SNIFF_BYTES = 8192

/**
 * Whether bytes look like a binary file rather than a page: a NUL byte near
 * the start (which no HTML or text in an ASCII-compatible encoding has;
 * UTF-16 pages, which do, start with a byte-order mark), or a PDF header.
 *
 * @param bytes
 *   The page.
 * @returns
 *   Whether to refuse it.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const [first, second] = bytes
  if ((first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff)) return false
  const head = bytes.subarray(0, SNIFF_BYTES)
  if (head.includes(0)) return true
  // `%PDF-`: PDFs often keep their first kilobytes free of NUL bytes.
  return head[0] === 0x25 && head[1] === 0x50 && head[2] === 0x44 && head[3] === 0x46 && head[4] === 0x2d
}

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
export default function parsePage(task: WorkerTask): WorkerOutcome {
  const max = task.options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES
  let data = task.data
  if (task.gzip && typeof data !== 'string') {
    const inflated = inflate(data, max)
    if (!(inflated instanceof Uint8Array)) return {error: inflated, bytes: data.byteLength}
    data = inflated
  }
  const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength
  if (typeof data !== 'string' && looksBinary(data)) {
    return {error: {code: 'binary-input', message: 'Expected HTML or text, not a binary file'}, bytes}
  }
  // A transport charset outranks the markup's, as in browsers; else `parse` sniffs the bytes.
  const input = task.charset && typeof data !== 'string' ? (decodeByTransportCharset(data, task.charset) ?? data) : data
  try {
    const article = parse(input, task.url ? {...task.options, url: task.url} : task.options)
    return {json: JSON.stringify(article), bytes}
  } catch (error) {
    if (error instanceof StandfirstError) return {error: {code: error.code, message: error.message}, bytes}
    // `parse` throws nothing else by contract: if it does, the page is reported, not the batch ended.
    return {error: {code: 'parse-failed', message: (error as Error).message}, bytes}
  }
}
