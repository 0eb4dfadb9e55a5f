/**
 * Lines of a byte stream, each bounded in size, so that one runaway line
 * cannot take the memory of the process.
 *
 * @module
 */

/** One line: its bytes (without the newline), or only its length when it was over the limit. */
export interface Line {
  /** The line's bytes; absent when the line was longer than allowed (its bytes were dropped). */
  bytes?: Buffer
  /** The line's length in bytes. */
  length: number
}

/**
 * Split a stream of chunks into lines at `\n`. A line over `maxBytes` is
 * given by its length alone: its bytes are dropped as they arrive.
 *
 * @param chunks
 *   The stream.
 * @param maxBytes
 *   The longest line kept.
 * @returns
 *   The lines in order (a last line without a newline included).
 */
export async function* splitLines(chunks: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = []
  let length = 0
  let overflow = false
  for await (const chunk of chunks) {
    let start = 0
    while (start < chunk.length) {
      const newline = chunk.indexOf(10, start)
      const piece = chunk.subarray(start, newline === -1 ? chunk.length : newline)
      length += piece.length
      if (overflow || length > maxBytes) {
        overflow = true
        parts = []
      } else parts.push(piece)
      if (newline === -1) break
      yield overflow ? {length} : {bytes: parts.length === 1 ? parts[0]! : Buffer.concat(parts), length}
      parts = []
      length = 0
      overflow = false
      start = newline + 1
    }
  }
  if (length > 0) yield overflow ? {length} : {bytes: Buffer.concat(parts), length}
}
