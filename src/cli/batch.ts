/**
 * `standfirst batch`: parse files, directories, JSON Lines and WARC files on
 * a pool of worker threads into one JSON line per page.
 *
 * @module
 */
import {once} from 'node:events'
import {createWriteStream} from 'node:fs'
import {stat} from 'node:fs/promises'
import {StandfirstError} from '../errors.js'
import type {BatchOutcome} from '../batch/dispatch.js'
import {batchSettings, runBatch} from '../batch/parse-many.js'
import {diskSize, readInputs} from '../batch/read-inputs.js'
import {resumeOutput} from '../batch/resume.js'
import type {DiskCounter, ParseManyOptions} from '../batch/types.js'
import {fail, parseCommandLine} from './fail.js'
import {NO_PROGRESS, progressBar, summary, type Tally} from './progress.js'

export const BATCH_USAGE = `Usage: standfirst batch <input…> --out <file.jsonl|-> [options]

Parse many pages on worker threads, one JSON line per page, in input order:
{"id","source","url"?,"article"} or {"id","source","url"?,"error":{"code","message"}}.
Inputs: files, directories (recursively: .html, .htm, .txt, .jsonl, .warc,
each also .gz), JSON Lines files ({"id"?,"url"?,"html"?|"text"?} a line)
and WARC files (HTML response records).

Options:
  --out <file|->             where to write the results (- for standard output)
  --jobs <n>                 worker threads (default: the number of cores)
  --resume                   skip the ids already in --out (after a killed run)
  --format <auto|html|text>  how to read pages (default: auto: by the input, else sniffed)
  --date <YYYY-MM-DD>        the day of time-only stamps
  --time-zone <zone>         IANA zone of stamps without one
  --site <name>              force a site profile
  --learn-site               learn each host's repeated lines (menus, footers, labels)
                             from its first pages (up to 16) and drop them from all its pages
  -h, --help                 show this help`

/** The options of `standfirst batch`. */
const OPTIONS = {
  out: {type: 'string'},
  jobs: {type: 'string'},
  resume: {type: 'boolean'},
  format: {type: 'string'},
  date: {type: 'string'},
  'time-zone': {type: 'string'},
  site: {type: 'string'},
  'learn-site': {type: 'boolean'},
  help: {type: 'boolean', short: 'h'}
} as const

/**
 * The options of the batch, as `parseMany` takes them.
 *
 * @param values
 *   The command-line options.
 * @returns
 *   The options.
 */
export function batchOptions(values: {jobs?: string; format?: string; date?: string; 'time-zone'?: string; site?: string; 'learn-site'?: boolean}): ParseManyOptions {
  const options: Record<string, unknown> = {}
  if (values.jobs !== undefined) {
    if (!/^\d+$/.test(values.jobs) || Number(values.jobs) < 1) fail(`--jobs expects a positive integer, not \`${values.jobs}\` (see --help)`, 2)
    options.jobs = Number(values.jobs)
  }
  if (values.format !== undefined) options.format = values.format
  if (values.date !== undefined) options.date = values.date
  if (values['time-zone'] !== undefined) options.timeZone = values['time-zone']
  if (values.site !== undefined) options.site = values.site
  if (values['learn-site']) options.learnSite = true
  return options as ParseManyOptions
}

/**
 * One result as a JSON line: the head's fields first, then the article (as
 * the worker serialised it, not parsed again) or the error.
 *
 * @param outcome
 *   The page's outcome.
 * @returns
 *   The line, with its newline.
 */
export function resultLine(outcome: BatchOutcome): string {
  const {id, source, url} = outcome.head
  const head = `{"id":${JSON.stringify(id)},"source":${JSON.stringify(source)}${url === undefined ? '' : `,"url":${JSON.stringify(url)}`}`
  return outcome.json === undefined ? `${head},"error":${JSON.stringify(outcome.error)}}\n` : `${head},"article":${outcome.json}}\n`
}

/**
 * Stop with a clear line when an input the user named does not exist: a
 * typo should not look like a batch that ran.
 *
 * @param paths
 *   The inputs.
 */
export async function checkInputs(paths: string[]): Promise<void> {
  for (const path of paths) {
    try {
      await stat(path)
    } catch (error) {
      fail(`cannot read \`${path}\`: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 1)
    }
  }
}

/**
 * Write to a stream, waiting when its buffer is full (backpressure).
 *
 * @param stream
 *   The output.
 * @param text
 *   What to write.
 */
export async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain')
}

/**
 * Run `standfirst batch`.
 *
 * @param argv
 *   Arguments after `batch`.
 */
export async function runBatchCommand(argv: string[]): Promise<void> {
  const parsed = parseCommandLine(argv, OPTIONS)
  const {values, positionals: inputs} = parsed
  if (values.help) return void process.stdout.write(BATCH_USAGE + '\n')
  if (inputs.length === 0) fail('batch expects at least one input (see --help)', 2)
  if (values.out === undefined) fail('batch expects --out <file.jsonl|-> (see --help)', 2)
  if (values.resume && values.out === '-') fail('--resume needs --out to be a file (see --help)', 2)
  let settings
  try {
    settings = batchSettings(batchOptions(values))
  } catch (error) {
    fail((error as StandfirstError).message, 1)
  }
  await checkInputs(inputs)

  const tally: Tally = {pages: 0, errors: 0, bytes: 0, skipped: 0}
  if (values.resume) {
    const done = await resumeOutput(values.out)
    settings.skip = {has: (id) => done.has(id) && ++tally.skipped > 0}
  }
  const output = values.out === '-' ? process.stdout : createWriteStream(values.out, {flags: values.resume ? 'a' : 'w'})
  output.on('error', (error: NodeJS.ErrnoException) => {
    // A reader that stopped early (`| head`) ends the batch quietly.
    if (error.code === 'EPIPE') process.exit(0)
    fail(`cannot write \`${values.out}\`: ${error.code ?? error.message}`, 1)
  })

  const started = performance.now()
  const progress = process.stderr.isTTY ? progressBar(await diskSize(inputs), started) : NO_PROGRESS
  const disk: DiskCounter = {read: 0}
  for await (const outcome of runBatch(readInputs(inputs, disk, settings.maxInputBytes), settings)) {
    tally.pages++
    tally.bytes += outcome.bytes
    if (outcome.error) tally.errors++
    await write(output, resultLine(outcome))
    progress.update(tally, outcome.position)
  }
  progress.stop()
  if (output !== process.stdout) {
    output.end()
    await once(output, 'finish')
  }
  process.stderr.write(summary(tally, (performance.now() - started) / 1000) + '\n')
}
