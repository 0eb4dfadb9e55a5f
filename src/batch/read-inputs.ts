/**
 * Pages from the paths a user names: files, directories (walked in name
 * order), JSON Lines and WARC files.
 *
 * @module
 */
import {readFile, readdir, stat} from 'node:fs/promises'
import {join} from 'node:path'
import {readJsonLines} from './read-jsonl.js'
import {readWarc} from './read-warc.js'
import type {DiskCounter, PendingPage, UnreadPage} from './types.js'

/** What a file holds, by its name. */
type Container = 'page' | 'jsonl' | 'warc'

/** File names a directory walk takes, and what each holds. */
const EXTENSIONS: ReadonlyMap<string, {container: Container; format?: 'html' | 'text'}> = new Map([
  ['.html', {container: 'page', format: 'html'}],
  ['.htm', {container: 'page', format: 'html'}],
  ['.txt', {container: 'page', format: 'text'}],
  ['.jsonl', {container: 'jsonl'}],
  ['.warc', {container: 'warc'}]
])

/**
 * What a file holds, by its extension (a `.gz` suffix aside).
 *
 * @param path
 *   The file.
 * @returns
 *   Its container and format, or `undefined` for other names.
 */
function kindOf(path: string): {container: Container; format?: 'html' | 'text'} | undefined {
  const name = (path.endsWith('.gz') ? path.slice(0, -3) : path).toLowerCase()
  const dot = name.lastIndexOf('.')
  return dot === -1 ? undefined : EXTENSIONS.get(name.slice(dot))
}

/**
 * Why a file could not be read, as a result.
 *
 * @param path
 *   The file.
 * @param error
 *   What the file system said.
 * @param disk
 *   Bytes read so far.
 * @returns
 *   The error result.
 */
function unread(path: string, error: unknown, disk: DiskCounter): UnreadPage {
  const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
  return {id: path, source: path, position: disk.read, error: {code: 'read-failed', message: `Cannot read \`${path}\`: ${reason}`}}
}

/**
 * The pages of one file.
 *
 * @param path
 *   The file.
 * @param size
 *   Its size on disk.
 * @param disk
 *   Bytes read so far.
 * @param maxInputBytes
 *   The largest page allowed.
 * @returns
 *   The pages.
 */
async function* readFileInput(path: string, size: number, disk: DiskCounter, maxInputBytes: number): AsyncGenerator<PendingPage | UnreadPage> {
  const kind = kindOf(path)
  if (kind?.container === 'jsonl') return yield* readJsonLines(path, disk, maxInputBytes)
  if (kind?.container === 'warc') return yield* readWarc(path, disk, maxInputBytes)
  if (size > maxInputBytes) {
    disk.read += size
    return yield {id: path, source: path, position: disk.read, error: {code: 'input-too-large', message: `Expected at most ${maxInputBytes} bytes, got ${size}`}}
  }
  let data: Uint8Array
  try {
    data = await readFile(path)
  } catch (error) {
    disk.read += size
    return yield unread(path, error, disk)
  }
  disk.read += size
  yield {id: path, source: path, data, ...(path.endsWith('.gz') ? {gzip: true} : {}), ...(kind?.format ? {format: kind.format} : {}), position: disk.read}
}

/**
 * The pages under a directory, depth first in name order (stable across
 * runs): files with a known extension, subdirectories; symbolic links to
 * directories are not followed, so that a loop cannot trap the walk.
 *
 * @param directory
 *   The directory.
 * @param disk
 *   Bytes read so far.
 * @param maxInputBytes
 *   The largest page allowed.
 * @returns
 *   The pages.
 */
async function* walkDirectory(directory: string, disk: DiskCounter, maxInputBytes: number): AsyncGenerator<PendingPage | UnreadPage> {
  let entries
  try {
    entries = await readdir(directory, {withFileTypes: true})
  } catch (error) {
    return yield unread(directory, error, disk)
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    const path = join(directory, entry.name)
    if (entry.isDirectory()) yield* walkDirectory(path, disk, maxInputBytes)
    else if ((entry.isFile() || entry.isSymbolicLink()) && kindOf(path)) yield* readPath(path, disk, maxInputBytes, false)
  }
}

/**
 * The pages of a path: a directory is walked, a file read by its extension
 * (one page unless it is JSON Lines or WARC).
 *
 * @param path
 *   The path.
 * @param disk
 *   Bytes read so far.
 * @param maxInputBytes
 *   The largest page allowed.
 * @param named
 *   Whether the user named the path (then directories, even symbolic links to them, are walked).
 * @returns
 *   The pages.
 */
async function* readPath(path: string, disk: DiskCounter, maxInputBytes: number, named: boolean): AsyncGenerator<PendingPage | UnreadPage> {
  let info
  try {
    info = await stat(path)
  } catch (error) {
    return yield unread(path, error, disk)
  }
  if (info.isDirectory()) {
    if (named) yield* walkDirectory(path, disk, maxInputBytes)
    return
  }
  yield* readFileInput(path, info.size, disk, maxInputBytes)
}

/**
 * The pages of the paths a user names, in order.
 *
 * @param paths
 *   Files and directories.
 * @param disk
 *   Bytes read from disk so far, updated as the pages are read (progress).
 * @param maxInputBytes
 *   The largest page allowed.
 * @returns
 *   The pages, and an error result for each that could not be read.
 */
export async function* readInputs(paths: Iterable<string>, disk: DiskCounter, maxInputBytes: number): AsyncGenerator<PendingPage | UnreadPage> {
  for (const path of paths) yield* readPath(path, disk, maxInputBytes, true)
}

/**
 * The bytes on disk under the paths a user names, for an estimate of the
 * time left. Walks directories once more; unreadable entries count nothing.
 *
 * @param paths
 *   Files and directories.
 * @returns
 *   Their total size.
 */
export async function diskSize(paths: Iterable<string>): Promise<number> {
  let total = 0
  for (const path of paths) {
    try {
      const info = await stat(path)
      if (!info.isDirectory()) total += info.size
      else for (const entry of await readdir(path, {withFileTypes: true})) if (entry.isDirectory() || kindOf(entry.name)) total += await diskSize([join(path, entry.name)])
    } catch {
      // Counted as nothing: the walk that reads the pages reports it.
    }
  }
  return total
}
