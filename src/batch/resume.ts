/**
 * Resuming a batch: the ids an earlier run already wrote to its output.
 *
 * @module
 */
import {createReadStream} from 'node:fs'
import {stat, truncate} from 'node:fs/promises'
import {splitLines} from './split-lines.js'

/** The id at the start of a result line, as the batch writes it (`{"id":"…",`). */
const LEADING_ID = /^\{"id":("(?:[^"\\]|\\.)*")/

/**
 * The ids of the complete lines of an earlier run's output, and the file cut
 * back to its last complete line: a run killed mid-write leaves a partial
 * line, whose page is then parsed again.
 *
 * @param path
 *   The output file (missing is fine: nothing was done).
 * @returns
 *   The ids found.
 */
export async function resumeOutput(path: string): Promise<Set<string>> {
  const done = new Set<string>()
  let size
  try {
    size = (await stat(path)).size
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return done
    throw error
  }
  let complete = 0
  for await (const line of splitLines(createReadStream(path), Number.MAX_SAFE_INTEGER)) {
    // A line without its newline is the one a killed run was writing.
    if (complete + line.length + 1 > size) break
    complete += line.length + 1
    const match = LEADING_ID.exec(line.bytes!.subarray(0, 65536).toString('utf8'))
    if (match) done.add(JSON.parse(match[1]!) as string)
  }
  if (complete < size) await truncate(path, complete)
  return done
}
