/**
 * The `standfirst` command: parse a page (file or stdin) and print the
 * Article as JSON, or its plain text.
 *
 * @module
 */
import {readFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {StandfirstError} from './errors.js'
import {parse, parseWithMessages} from './parse.js'
import {toPlainText} from './to-plain-text.js'
import type {ParseOptions} from './options.js'

const USAGE = `Usage: standfirst <file|-> [options]

Parse a news page (HTML or scraped text) and print the Article as JSON.

Options:
  --format <auto|html|text>  how to read the input (default: auto)
  --url <url>                the page's address
  --date <YYYY-MM-DD>        the day of time-only stamps
  --time-zone <zone>         IANA zone of stamps without one
  --site <name>              force a site profile
  --text                     print the readable text instead of JSON
  --messages                 print what was dropped or doubted to stderr
  --pretty                   indent the JSON
  -h, --help                 show this help
  -v, --version              show the version`

/** The package version, read once (the CLI runs from `dist/`). */
function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
  return manifest.version
}

/**
 * Print one line to stderr and exit.
 *
 * @param message
 *   What went wrong.
 * @param code
 *   Exit code: 1 for errors, 2 for usage.
 */
function fail(message: string, code: number): never {
  process.stderr.write(`standfirst: ${message}\n`)
  process.exit(code)
}

/**
 * Run the command.
 *
 * @param argv
 *   Arguments after the program name.
 */
function main(argv: string[]): void {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: {type: 'string'},
        url: {type: 'string'},
        date: {type: 'string'},
        'time-zone': {type: 'string'},
        site: {type: 'string'},
        text: {type: 'boolean'},
        messages: {type: 'boolean'},
        pretty: {type: 'boolean'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'}
      }
    })
  } catch (error) {
    fail(`${(error as Error).message} (see --help)`, 2)
  }
  const {values, positionals} = parsed
  if (values.help) return void process.stdout.write(USAGE + '\n')
  if (values.version) return void process.stdout.write(version() + '\n')
  if (positionals.length !== 1) fail('expected one input file, or - for standard input (see --help)', 2)
  const path = positionals[0]!
  let input: Uint8Array
  try {
    input = new Uint8Array(readFileSync(path === '-' ? 0 : path))
  } catch (error) {
    fail(`cannot read \`${path}\`: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 1)
  }
  const options: Record<string, unknown> = {}
  if (values.format !== undefined) options.format = values.format
  if (values.url !== undefined) options.url = values.url
  if (values.date !== undefined) options.date = values.date
  if (values['time-zone'] !== undefined) options.timeZone = values['time-zone']
  if (values.site !== undefined) options.site = values.site
  try {
    // Messages need source positions, which cost time: only when asked for.
    const {article, messages} = values.messages ? parseWithMessages(input, options as ParseOptions) : {article: parse(input, options as ParseOptions), messages: []}
    if (values.messages) {
      for (const message of messages) {
        const place = message.line ? `${message.line}:${message.column ?? 1}` : '1:1'
        process.stderr.write(`${path}:${place}: ${message.reason} [${message.ruleId ?? 'standfirst'}]\n`)
      }
    }
    process.stdout.write(values.text ? toPlainText(article) + '\n' : JSON.stringify(article, null, values.pretty ? 2 : undefined) + '\n')
  } catch (error) {
    if (error instanceof StandfirstError) fail(error.message, 1)
    fail(`unexpected failure: ${(error as Error).message}`, 1)
  }
}

main(process.argv.slice(2))
