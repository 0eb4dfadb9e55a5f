/**
 * Pages from a JSON Lines file (`.jsonl`, `.jsonl.gz`): one
 * `{"id"?, "url"?, "html"? | "text"?}` a line.
 *
 * @module
 */
import {createReadStream} from 'node:fs'
import {pipeline} from 'node:stream'
import {createGunzip} from 'node:zlib'
import {splitLines} from './split-lines.js'
import type {BatchError, DiskCounter, PendingPage, UnreadPage} from './types.js'

/**
 * A file's bytes as a stream, counted as they come off the disk and
 * inflated when the name ends in `.gz`.
 *
 * @param path
 *   The file.
 * @param disk
 *   The counter to add to.
 * @returns
 *   The (inflated) stream.
 */
export function openCounted(path: string, disk: DiskCounter): AsyncIterable<Buffer> {
  const file = createReadStream(path)
  // Only observes: `pipeline` (or the caller's iteration) sets the pace.
  file.on('data', (chunk) => (disk.read += chunk.length))
  if (!path.endsWith('.gz')) return file
  return pipeline(file, createGunzip(), () => {})
}

/** The fields of a JSON Lines record, or why it is not a page (with its id, when it has one). */
type JsonRecord = {id?: string; url?: string; html?: string; text?: string} | {id?: string; url?: string; error: BatchError}

/**
 * A JSON Lines record as a page, or why it is not one.
 *
 * @param line
 *   The line.
 * @returns
 *   The record's fields, or an error.
 */
function readRecord(line: string): JsonRecord {
  let record: unknown
  try {
    record = JSON.parse(line)
  } catch (error) {
    return {error: {code: 'bad-record', message: `Expected a JSON object: ${(error as Error).message}`}}
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return {error: {code: 'bad-record', message: 'Expected a JSON object'}}
  const {id, url, html, text} = record as Record<string, unknown>
  const fields = {
    ...(typeof id === 'string' || typeof id === 'number' ? {id: String(id)} : {}),
    ...(typeof url === 'string' ? {url} : {})
  }
  if (typeof html === 'string') return {...fields, html}
  if (typeof text === 'string') return {...fields, text}
  return {...fields, error: {code: 'bad-record', message: 'Expected an `html` or `text` string'}}
}

/**
 * The pages of a JSON Lines file. A line without `id` gets `path:line`;
 * blank lines are skipped; a bad line (not JSON, no `html` or `text`, too
 * long) is an error result; a file that cannot be read ends with one.
 *
 * @param path
 *   The file.
 * @param disk
 *   Bytes read from disk so far.
 * @param maxInputBytes
 *   The largest page allowed: lines may be twice as long, for JSON escapes.
 * @returns
 *   The pages.
 */
export async function* readJsonLines(path: string, disk: DiskCounter, maxInputBytes: number): AsyncGenerator<PendingPage | UnreadPage> {
  let number = 0
  try {
    for await (const line of splitLines(openCounted(path, disk), maxInputBytes * 2)) {
      number++
      const source = `${path}:${number}`
      if (!line.bytes) {
        yield {id: source, source, position: disk.read, error: {code: 'input-too-large', message: `Line of ${line.length} bytes is over the limit`}}
        continue
      }
      const text = line.bytes.toString('utf8')
      if (text.trim() === '') continue
      const record = readRecord(text)
      const head = {id: record.id ?? source, source, ...(record.url === undefined ? {} : {url: record.url})}
      if ('error' in record) yield {...head, position: disk.read, error: record.error}
      else if (record.html === undefined) yield {...head, data: record.text!, format: 'text', position: disk.read}
      else yield {...head, data: record.html, format: 'html', position: disk.read}
    }
  } catch (error) {
    const source = `${path}:${number + 1}`
    yield {id: source, source, position: disk.read, error: {code: 'read-failed', message: `Cannot read \`${path}\`: ${(error as Error).message}`}}
  }
}
