/**
 * `standfirst enqueue`, `worker` and `collect`: a batch spread over
 * several machines on a BullMQ queue in Redis. Pages go on the queue, any
 * number of workers parse them into a Redis hash keyed by page id, and
 * `collect` drains that hash into JSON Lines. At least once: a job whose
 * worker dies is retried by another once its lock expires, and a page
 * parsed twice overwrites its own result.
 *
 * @module
 */
import {once} from 'node:events'
import {createWriteStream} from 'node:fs'
import {Queue, Worker, type Job} from 'bullmq'
import {Redis} from 'ioredis'
import {StandfirstError} from '../errors.js'
import {createPool, dispatch, headOf} from '../batch/dispatch.js'
import {batchSettings} from '../batch/parse-many.js'
import {collectedKey, fromJob, jobIdOf, resultsKey, toJob, type PageJob} from '../batch/queue.js'
import {readInputs} from '../batch/read-inputs.js'
import {batchOptions, checkInputs, resultLine, write} from './batch.js'
import {fail, parseCommandLine} from './fail.js'

export const QUEUE_USAGE = `Usage: standfirst enqueue <input…> --redis <url> --queue <name>
       standfirst worker --redis <url> --queue <name> [--jobs N] [--out file.jsonl] [parse options]
       standfirst collect --redis <url> --queue <name> [--out file.jsonl|-] [--wait]

Spread a batch over several machines with a BullMQ queue in Redis.
enqueue puts the pages of its inputs (as for batch) on the queue; worker
parses them on N threads and stores one result per page id in Redis (and
appends it to --out), until stopped with SIGINT or SIGTERM; collect writes
the results not yet collected as JSON lines and removes them from Redis
(with --wait, until the queue is empty).

Options:
  --redis <url>              Redis, such as redis://127.0.0.1:6379
  --queue <name>             the queue's name
  --jobs <n>                 worker threads (default: the number of cores)
  --out <file|->             worker: also append results here; collect: where to write (default: -)
  --wait                     collect until no job is waiting, delayed or running
  --stalled-ms <ms>          worker: how long a dead worker's job stays locked before it is retried (default: 30000)
  --format, --date, --time-zone, --site   worker: parse options, as for batch`

/** The options of the three commands (each refuses those it does not use). */
const OPTIONS = {
  redis: {type: 'string'},
  queue: {type: 'string'},
  jobs: {type: 'string'},
  out: {type: 'string'},
  wait: {type: 'boolean'},
  'stalled-ms': {type: 'string'},
  format: {type: 'string'},
  date: {type: 'string'},
  'time-zone': {type: 'string'},
  site: {type: 'string'},
  help: {type: 'boolean', short: 'h'}
} as const

/** Options each command takes. */
const ALLOWED: Record<string, ReadonlySet<string>> = {
  enqueue: new Set(['redis', 'queue']),
  worker: new Set(['redis', 'queue', 'jobs', 'out', 'stalled-ms', 'format', 'date', 'time-zone', 'site']),
  collect: new Set(['redis', 'queue', 'out', 'wait'])
}

/** Jobs added to the queue per round trip. */
const ENQUEUE_BATCH = 200

/** Results collected per `HSCAN` step. */
const COLLECT_BATCH = 500

/** How often `collect --wait` looks at the queue, in milliseconds. */
const POLL_MS = 250

/** Job states that mean work is left. */
const PENDING_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children'] as const

type Values = ReturnType<typeof parseCommandLine<typeof OPTIONS>>['values']

/**
 * Read a command's arguments, refusing options it does not take.
 *
 * @param command
 *   `enqueue`, `worker` or `collect`.
 * @param argv
 *   Arguments after the command.
 * @returns
 *   Options and positionals, with `redis` and `queue` present.
 */
function readArguments(command: string, argv: string[]): {values: Values & {redis: string; queue: string}; positionals: string[]} {
  const parsed = parseCommandLine(argv, OPTIONS)
  const {values, positionals} = parsed
  if (values.help) {
    process.stdout.write(QUEUE_USAGE + '\n')
    process.exit(0)
  }
  for (const name of Object.keys(values)) if (!ALLOWED[command]!.has(name)) fail(`${command} does not take --${name} (see --help)`, 2)
  if (values.redis === undefined || values.queue === undefined) fail(`${command} expects --redis <url> and --queue <name> (see --help)`, 2)
  if (command !== 'enqueue' && positionals.length > 0) fail(`${command} takes no inputs (see --help)`, 2)
  if (command === 'enqueue' && positionals.length === 0) fail('enqueue expects at least one input (see --help)', 2)
  return {values: values as Values & {redis: string; queue: string}, positionals}
}

/**
 * A Redis connection as BullMQ wants it (its workers block, so commands
 * must wait for a reconnect rather than fail).
 *
 * @param url
 *   The Redis URL.
 * @returns
 *   The connection.
 */
function connect(url: string): Redis {
  const redis = new Redis(url, {maxRetriesPerRequest: null})
  // ioredis reconnects by itself; without a listener an error would end the process.
  redis.on('error', (error: Error) => process.stderr.write(`standfirst: redis: ${error.message}\n`))
  return redis
}

/**
 * `standfirst enqueue`: put the pages of the inputs on the queue, each as a
 * job whose id derives from the page id.
 *
 * @param argv
 *   Arguments after `enqueue`.
 */
export async function runEnqueueCommand(argv: string[]): Promise<void> {
  const {values, positionals: inputs} = readArguments('enqueue', argv)
  await checkInputs(inputs)
  const connection = connect(values.redis)
  const queue = new Queue<PageJob>(values.queue, {connection})
  let batch: Array<{name: string; data: PageJob; opts: {jobId: string; attempts: number; backoff: {type: 'exponential'; delay: number}; removeOnComplete: boolean}}> = []
  let count = 0
  const flush = async () => {
    if (batch.length > 0) await queue.addBulk(batch)
    batch = []
  }
  for await (const page of readInputs(inputs, {read: 0}, batchSettings({}).maxInputBytes)) {
    // Retried on failure (a lost connection): page errors are results, not failures.
    batch.push({name: 'page', data: toJob(page), opts: {jobId: jobIdOf(page.id), attempts: 3, backoff: {type: 'exponential', delay: 1000}, removeOnComplete: true}})
    count++
    if (batch.length >= ENQUEUE_BATCH) await flush()
  }
  await flush()
  await queue.close()
  connection.disconnect()
  process.stderr.write(`standfirst: ${count} pages enqueued on \`${values.queue}\`\n`)
}

/**
 * `standfirst worker`: parse the queue's pages on a pool of threads until
 * SIGINT or SIGTERM, then finish the jobs in hand and stop.
 *
 * @param argv
 *   Arguments after `worker`.
 */
export async function runWorkerCommand(argv: string[]): Promise<void> {
  const {values} = readArguments('worker', argv)
  let settings
  try {
    settings = batchSettings(batchOptions(values))
  } catch (error) {
    fail((error as StandfirstError).message, 1)
  }
  const stalledMs = values['stalled-ms'] === undefined ? 30_000 : Number(values['stalled-ms'])
  if (!Number.isInteger(stalledMs) || stalledMs < 100) fail(`--stalled-ms expects a number of milliseconds (at least 100), not \`${values['stalled-ms']}\``, 2)
  const pool = createPool(settings.jobs)
  const store = connect(values.redis)
  const out = values.out === undefined ? undefined : values.out === '-' ? process.stdout : createWriteStream(values.out, {flags: 'a'})
  const results = resultsKey(values.queue)
  let pages = 0
  let errors = 0
  const process_ = async (job: Job<PageJob>) => {
    const page = fromJob(job.data)
    const outcome = 'error' in page ? {head: headOf(page), error: page.error, bytes: 0, position: 0} : await dispatch(pool, page, settings.options)
    const line = resultLine(outcome)
    // Stored before the job completes: a job is done only once its result is safe.
    await store.hset(results, outcome.head.id, line)
    if (out) await write(out, line)
    pages++
    if (outcome.error) errors++
  }
  // Two jobs per thread: one parsing while the next is fetched.
  const worker = new Worker<PageJob>(values.queue, process_, {
    connection: connect(values.redis),
    concurrency: settings.jobs * 2,
    lockDuration: stalledMs,
    stalledInterval: stalledMs,
    maxStalledCount: 3
  })
  worker.on('error', (error) => process.stderr.write(`standfirst: worker: ${error.message}\n`))
  // Jobs of a worker that died, found by this one's stalled check and put back on the queue.
  let stalled = 0
  worker.on('stalled', () => stalled++)
  const started = performance.now()
  const stop = async () => {
    await worker.close()
    await pool.destroy()
    if (out && out !== process.stdout) {
      out.end()
      await once(out, 'finish')
    }
    store.disconnect()
    const seconds = (performance.now() - started) / 1000
    process.stderr.write(`standfirst: worker parsed ${pages} pages (${errors} errors) in ${seconds.toFixed(1)} s; ${stalled} stalled jobs put back\n`)
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

/**
 * Write the results not yet collected and remove them from Redis. A result
 * whose id was collected before (a page parsed twice) is removed unwritten;
 * one is written before it is marked collected, so that a crash in between
 * repeats a line rather than loses it.
 *
 * @param redis
 *   The connection.
 * @param queue
 *   The queue's name.
 * @param out
 *   Where to write.
 * @returns
 *   Lines written and, of them, errors.
 */
async function drainResults(redis: Redis, queue: string, out: NodeJS.WritableStream): Promise<{lines: number; errors: number}> {
  const results = resultsKey(queue)
  const collected = collectedKey(queue)
  let lines = 0
  let errors = 0
  let cursor = '0'
  do {
    const [next, flat] = await redis.hscan(results, cursor, 'COUNT', COLLECT_BATCH)
    cursor = next
    for (let index = 0; index < flat.length; index += 2) {
      const id = flat[index]!
      const line = flat[index + 1]!
      if (!(await redis.sismember(collected, id))) {
        await write(out, line)
        lines++
        if (line.includes(',"error":{"code":') && !line.includes(',"article":')) errors++
        await redis.sadd(collected, id)
      }
      await redis.hdel(results, id)
    }
  } while (cursor !== '0')
  return {lines, errors}
}

/**
 * `standfirst collect`: drain the results into JSON Lines; with `--wait`,
 * until no job is left.
 *
 * @param argv
 *   Arguments after `collect`.
 */
export async function runCollectCommand(argv: string[]): Promise<void> {
  const {values} = readArguments('collect', argv)
  const redis = connect(values.redis)
  const queue = new Queue(values.queue, {connection: redis})
  const out = values.out === undefined || values.out === '-' ? process.stdout : createWriteStream(values.out, {flags: 'a'})
  let lines = 0
  let errors = 0
  for (;;) {
    // Counted first: a job is marked done only after its result is stored, so none is missed.
    const counts = values.wait ? await queue.getJobCounts(...PENDING_STATES) : {}
    const drained = await drainResults(redis, values.queue, out)
    lines += drained.lines
    errors += drained.errors
    if (Object.values(counts).every((count) => count === 0)) break
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
  if (out !== process.stdout) {
    out.end()
    await once(out, 'finish')
  }
  await queue.close()
  redis.disconnect()
  process.stderr.write(`standfirst: collected ${lines} results (${errors} errors) from \`${values.queue}\`\n`)
}
