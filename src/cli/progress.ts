/**
 * The progress bar of `standfirst batch` (cli-progress), drawn on stderr
 * only when it is a terminal, and the closing summary.
 *
 * @module
 */
import cliProgress from 'cli-progress'

/** What has been done so far. */
export interface Tally {
  /** Pages with a result. */
  pages: number
  /** Pages whose result is an error. */
  errors: number
  /** Bytes of pages parsed (inflated). */
  bytes: number
  /** Pages skipped because an earlier run did them. */
  skipped: number
}

/** A progress display: told of each result, closed at the end. */
export interface Progress {
  /**
   * Show the tally.
   *
   * @param tally
   *   What has been done.
   * @param position
   *   Bytes of the inputs on disk read through the last page.
   */
  update(tally: Tally, position: number): void
  /** Remove the bar. */
  stop(): void
}

/**
 * A bar on a terminal: percentage and time left by bytes of input read (the
 * one measure known up front for WARC and JSON Lines files as for
 * directories), pages, pages per second and errors.
 *
 * @param total
 *   Bytes of the inputs on disk.
 * @param started
 *   When the batch started (`performance.now()`).
 * @returns
 *   The display.
 */
export function progressBar(total: number, started: number): Progress {
  const bar = new cliProgress.SingleBar(
    {
      format: '{bar} {percentage}% | {pages} pages | {rate} pages/s | {errors} errors | ETA {eta_formatted}',
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50
    },
    cliProgress.Presets.shades_classic
  )
  bar.start(Math.max(total, 1), 0, {pages: 0, rate: 0, errors: 0})
  return {
    update(tally, position) {
      const seconds = (performance.now() - started) / 1000
      bar.update(Math.min(position, total), {pages: tally.pages, errors: tally.errors, rate: Math.round(tally.pages / Math.max(seconds, 0.001))})
    },
    stop() {
      bar.stop()
    }
  }
}

/** A display that shows nothing (stderr is not a terminal). */
export const NO_PROGRESS: Progress = {update() {}, stop() {}}

/**
 * A count and its noun.
 *
 * @param n
 *   The count.
 * @param noun
 *   The noun, singular.
 * @returns
 *   Such as `1 page` or `2 pages`.
 */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

/**
 * The closing line: pages, errors, skipped pages, time, pages/s and MB/s.
 *
 * @param tally
 *   What was done.
 * @param seconds
 *   How long it took.
 * @returns
 *   The line.
 */
export function summary(tally: Tally, seconds: number): string {
  const time = Math.max(seconds, 0.001)
  const skipped = tally.skipped ? `, ${tally.skipped} skipped (already in the output)` : ''
  const rate = `${(tally.pages / time).toFixed(1)} pages/s, ${(tally.bytes / 1e6 / time).toFixed(2)} MB/s`
  return `standfirst: ${count(tally.pages, 'page')}, ${count(tally.errors, 'error')}${skipped} in ${seconds.toFixed(1)} s (${rate})`
}
