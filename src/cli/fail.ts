/**
 * How every `standfirst` command stops on an error.
 *
 * @module
 */

/**
 * Print one line to stderr and exit.
 *
 * @param message
 *   What went wrong.
 * @param code
 *   Exit code: 1 for errors, 2 for usage.
 */
export function fail(message: string, code: number): never {
  process.stderr.write(`standfirst: ${message}\n`)
  process.exit(code)
}
