/**
 * Pages from a WARC file (`.warc`, `.warc.gz`), read with warcio: the
 * `response` records with an HTML content type and a 2xx status.
 *
 * @module
 */
import {createReadStream} from 'node:fs'
import {WARCParser} from 'warcio'
import type {DiskCounter, PendingPage, UnreadPage} from './types.js'

/** Content types read as pages. */
const HTML_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i

/** The charset parameter of a content type. */
const CHARSET = /;\s*charset\s*=\s*["']?([^"';\s]+)/i

/**
 * Whether an HTTP status is a success: redirects and error pages carry HTML
 * too, but not the page that was asked for.
 *
 * @param status
 *   The status code, as warcio reads it.
 * @returns
 *   Whether the record is the page.
 */
function isSuccess(status: string | number | undefined): boolean {
  const code = Number(status)
  return code >= 200 && code < 300
}

/**
 * The pages of a WARC file: `id` from `WARC-Record-ID`, `url` from
 * `WARC-Target-URI`, the charset from the HTTP `Content-Type`; the bytes go
 * to the worker undecoded, so that `parse` can still sniff a `<meta charset>`.
 * A record over the size limit is an error result and is skipped unread; a
 * file that cannot be read (or is corrupt) ends with an error result.
 *
 * @param path
 *   The file.
 * @param disk
 *   Bytes read from disk so far.
 * @param maxInputBytes
 *   The largest page allowed.
 * @returns
 *   The pages.
 */
export async function* readWarc(path: string, disk: DiskCounter, maxInputBytes: number): AsyncGenerator<PendingPage | UnreadPage> {
  const file = createReadStream(path)
  file.on('data', (chunk) => (disk.read += chunk.length))
  const parser = new WARCParser(file)
  try {
    for await (const record of parser) {
      // warcio reads any text as headers: a record that is not WARC means a file that is not, or is corrupt.
      if (!record.warcHeaders.statusline.startsWith('WARC/')) throw new Error(`no WARC record at offset ${parser.offset}`)
      if (record.warcType !== 'response' || !record.httpHeaders) continue
      const type = record.httpHeaders.headers.get('content-type') ?? ''
      if (!HTML_TYPE.test(type) || !isSuccess(record.httpHeaders.statusCode)) continue
      const source = `${path}@${parser.offset}`
      const url = record.warcTargetURI ?? undefined
      const head = {id: record.warcHeader('WARC-Record-ID') ?? source, source, ...(url ? {url} : {})}
      if (Number(record.warcHeader('Content-Length')) > maxInputBytes) {
        yield {...head, position: disk.read, error: {code: 'input-too-large', message: `Expected a record of at most ${maxInputBytes} bytes`}}
        continue
      }
      const data = await record.readFully(true)
      const charset = CHARSET.exec(type)?.[1]
      yield {...head, data, format: 'html', ...(charset ? {charset} : {}), position: disk.read}
    }
  } catch (error) {
    const source = `${path}@${parser.offset}`
    yield {id: source, source, position: disk.read, error: {code: 'read-failed', message: `Cannot read \`${path}\` as WARC: ${(error as Error).message}`}}
  } finally {
    file.destroy()
  }
}
