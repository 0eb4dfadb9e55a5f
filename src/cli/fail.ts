/**
 * How every `standfirst` command reads its arguments and stops on an error.
 *
 * @module
 */
import {parseArgs, type ParseArgsConfig} from 'node:util'

/**
 * Read a command's arguments (positionals allowed, unknown options
 * refused); a usage error is one line and exit code 2.
 *
 * @param argv
 *   The arguments.
 * @param options
 *   The command's options, as `parseArgs` takes them.
 * @returns
 *   The options' values and the positionals.
 */
export function parseCommandLine<const Options extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: Options) {
  try {
    return parseArgs({args: argv, allowPositionals: true, strict: true, options})
  } catch (error) {
    fail(`${(error as Error).message} (see --help)`, 2)
  }
}

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
