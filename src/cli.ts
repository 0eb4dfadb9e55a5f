/**
 * The `standfirst` command: parse a page (file or stdin) and print the
 * Article as JSON, or its plain text; `standfirst diff` compares the posts
 * of two snapshots of a live blog; `standfirst batch` parses many pages
 * (its code is in `cli/batch.ts`), and `enqueue`, `worker` and `collect`
 * spread them over machines (`cli/queue.ts`).
 *
 * @module
 */
import {readFileSync} from 'node:fs'
import {fail, parseCommandLine} from './cli/fail.js'
import {diffPosts} from './diff-posts.js'
import {StandfirstError} from './errors.js'
import {parse, parseWithMessages} from './parse.js'
import {toPlainText} from './to-plain-text.js'
import type {ParseOptions} from './options.js'
import type {Article} from './schema/article.js'

const USAGE = `Usage: standfirst <file|-> [options]
       standfirst diff <old> <new> [options]
       standfirst batch <input…> --out <file.jsonl|-> [options]  (see batch --help)
       standfirst enqueue|worker|collect --redis <url> --queue <name> …  (see worker --help)

Parse a news page (HTML or scraped text) and print the Article as JSON.
With diff, parse two snapshots of a live blog with the same options and
print its posts that were added, edited (with the changed fields) or
removed, as JSON. With batch, parse many pages (directories, JSON Lines,
WARC) on worker threads into one JSON line per page; with enqueue,
worker and collect, spread them over machines with a queue in Redis.

Options:
  --format <auto|html|text>  how to read the input (default: auto)
  --url <url>                the page's address
  --date <YYYY-MM-DD>        the day of time-only stamps
  --time-zone <zone>         IANA zone of stamps without one
  --site <name>              force a site profile
  --text                     print the readable text instead of JSON (not with diff)
  --messages                 print what was dropped or doubted to stderr
  --pretty                   indent the JSON
  -h, --help                 show this help
  -v, --version              show the version`

/** The package version, read once (the CLI runs from `dist/`). */
function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
  return manifest.version
}

/** The command-line options, as `parseArgs` reads them. */
const OPTIONS = {
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
} as const

type Values = ReturnType<typeof parseCommandLine<typeof OPTIONS>>['values']

/**
 * The parse options the command line gives; `parse` checks them.
 *
 * @param values
 *   The command-line options.
 * @returns
 *   The options.
 */
function parseOptions(values: Values): ParseOptions {
  const options: Record<string, unknown> = {}
  if (values.format !== undefined) options.format = values.format
  if (values.url !== undefined) options.url = values.url
  if (values.date !== undefined) options.date = values.date
  if (values['time-zone'] !== undefined) options.timeZone = values['time-zone']
  if (values.site !== undefined) options.site = values.site
  return options as ParseOptions
}

/**
 * Read and parse one page, printing its messages to stderr when asked to.
 *
 * @param path
 *   A file, or `-` for standard input.
 * @param options
 *   Parse options.
 * @param withMessages
 *   Whether to print messages.
 * @returns
 *   The article.
 */
function parsePage(path: string, options: ParseOptions, withMessages: boolean): Article {
  let input: Uint8Array
  try {
    input = new Uint8Array(readFileSync(path === '-' ? 0 : path))
  } catch (error) {
    fail(`cannot read \`${path}\`: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 1)
  }
  try {
    // Messages need source positions, which cost time: only when asked for.
    if (!withMessages) return parse(input, options)
    const {article, messages} = parseWithMessages(input, options)
    for (const message of messages) {
      const place = message.line ? `${message.line}:${message.column ?? 1}` : '1:1'
      process.stderr.write(`${path}:${place}: ${message.reason} [${message.ruleId ?? 'standfirst'}]\n`)
    }
    return article
  } catch (error) {
    if (error instanceof StandfirstError) fail(error.message, 1)
    fail(`unexpected failure: ${(error as Error).message}`, 1)
  }
}

/**
 * Print JSON to stdout.
 *
 * @param value
 *   What to print.
 * @param pretty
 *   Whether to indent it.
 */
function printJson(value: unknown, pretty: boolean | undefined): void {
  process.stdout.write(JSON.stringify(value, null, pretty ? 2 : undefined) + '\n')
}

/**
 * `standfirst diff <old> <new>`: the posts added, edited or removed between
 * two snapshots of a live blog.
 *
 * @param paths
 *   The files after `diff`.
 * @param values
 *   The command-line options.
 */
function runDiff(paths: string[], values: Values): void {
  if (paths.length !== 2) fail('diff expects two files, the old snapshot and the new (see --help)', 2)
  if (values.text) fail('--text does not apply to diff (see --help)', 2)
  if (paths[0] === '-' && paths[1] === '-') fail('diff can read only one of its files from standard input (see --help)', 2)
  const options = parseOptions(values)
  const [before, after] = paths.map((path) => parsePage(path, options, Boolean(values.messages))) as [Article, Article]
  printJson(diffPosts(before, after), values.pretty)
}

/**
 * Subcommands that run asynchronously, each in its own module, loaded only
 * when called: parsing one page should not load the worker pool, WARC
 * reader or Redis client.
 */
const SUBCOMMANDS: ReadonlyMap<string, (argv: string[]) => Promise<void>> = new Map([
  ['batch', async (argv: string[]) => (await import('./cli/batch.js')).runBatchCommand(argv)],
  ['enqueue', async (argv: string[]) => (await import('./cli/queue.js')).runEnqueueCommand(argv)],
  ['worker', async (argv: string[]) => (await import('./cli/queue.js')).runWorkerCommand(argv)],
  ['collect', async (argv: string[]) => (await import('./cli/queue.js')).runCollectCommand(argv)]
])

/**
 * Run the command.
 *
 * @param argv
 *   Arguments after the program name.
 */
function main(argv: string[]): void {
  // Subcommands with options of their own parse their arguments themselves.
  const subcommand = SUBCOMMANDS.get(argv[0] ?? '')
  if (subcommand) {
    subcommand(argv.slice(1)).catch((error: Error) => fail(`unexpected failure: ${error.message}`, 1))
    return
  }
  const parsed = parseCommandLine(argv, OPTIONS)
  const {values, positionals} = parsed
  if (values.help) return void process.stdout.write(USAGE + '\n')
  if (values.version) return void process.stdout.write(version() + '\n')
  // A file named `diff` is read as `./diff`.
  if (positionals[0] === 'diff') return runDiff(positionals.slice(1), values)
  if (positionals.length !== 1) fail('expected one input file, or - for standard input (see --help)', 2)
  const path = positionals[0]!
  const article = parsePage(path, parseOptions(values), Boolean(values.messages))
  if (values.text) process.stdout.write(toPlainText(article) + '\n')
  else printJson(article, values.pretty)
}

main(process.argv.slice(2))
