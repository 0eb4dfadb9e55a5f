/**
 * Memory benchmark, run with `--expose-gc` (`npm run bench:memory`):
 *
 * 1. Heap growth parsing one 20 MB page (each format): live heap after the
 *    parse with the Article still held, heap before collecting (the garbage
 *    the parse made), and the peak resident set size.
 * 2. Heap after parsing 10,000 pages in a loop (the fixtures, both formats),
 *    sampled after a full collection every 1,000 pages: it must not grow.
 *
 * 3. With `--min-heap`: the smallest `--max-old-space-size` each format
 *    parses the big page in (bisection, child processes; about 4 minutes).
 *
 *   npm run bench:memory
 *   npm run bench:memory -- --min-heap
 *   npm run bench:memory -- --pages 2000 --size 5m
 *
 * @module
 */
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse, type Article, type ParseOptions} from '../src/index.js'
import {listCases, optionsOf, readMeta} from './fixture-store.js'

const MB = 1024 * 1024

/** The loop's heap may vary by this much (bytes) between the first and last samples without counting as growth. */
const LOOP_TOLERANCE = 8 * MB

const fixturesRoot = fileURLToPath(new URL('../fixtures/', import.meta.url))

const gc = (globalThis as {gc?: () => void}).gc

/** Collect fully (twice: weak references and finalizers need a second pass). */
function collect(): void {
  gc!()
  gc!()
}

/** Heap in use, after a full collection. */
function liveHeap(): number {
  collect()
  return process.memoryUsage().heapUsed
}

/** Format bytes as MB. */
function mb(bytes: number): string {
  return `${(bytes / MB).toFixed(1)} MB`
}

/**
 * Every fixture input with its options.
 *
 * @returns
 *   `[input, options]` pairs.
 */
function fixtures(): Array<[string, ParseOptions]> {
  const found: Array<[string, ParseOptions]> = []
  for (const item of listCases(fixturesRoot)) {
    found.push([readFileSync(join(item.folder, item.inputName), 'utf8'), optionsOf(readMeta(item.folder))])
  }
  return found
}

/**
 * A page of about `size` characters in one format, built from the fixtures.
 *
 * @param format
 *   `text` or `html`.
 * @param size
 *   Target size.
 * @param inputs
 *   The fixtures' inputs.
 * @returns
 *   The page.
 */
function bigPage(format: 'text' | 'html', size: number, inputs: string[]): string {
  const text = inputs.filter((input) => !/^\s*</.test(input)).join('\n\n')
  const unit =
    format === 'text'
      ? text + '\n\n'
      : text
          .split(/\n\s*\n/)
          .map((block) => `<p>${block.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
          .join('\n') + '\n'
  const body = unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
  return format === 'text' ? body : `<!doctype html><html><head><title>Memory benchmark page</title></head><body><article><h1>Memory benchmark page</h1>${body}</article></body></html>`
}

/**
 * Parse one big page and describe its memory as a table row.
 *
 * @param format
 *   `text` or `html`.
 * @param size
 *   Page size.
 * @param inputs
 *   The fixtures' inputs.
 * @returns
 *   The row.
 */
function onePage(format: 'text' | 'html', size: number, inputs: string[]): string {
  const page = bigPage(format, size, inputs)
  const inputBytes = Buffer.byteLength(page)
  const before = liveHeap()
  const rssBefore = process.resourceUsage().maxRSS * 1024
  const start = performance.now()
  const article: Article = parse(page, {format})
  const ms = performance.now() - start
  const unCollected = process.memoryUsage().heapUsed - before
  const rssGrowth = process.resourceUsage().maxRSS * 1024 - rssBefore
  const held = liveHeap() - before
  void article.title
  const times = (bytes: number) => `${mb(bytes)} (${(bytes / inputBytes).toFixed(2)}×)`
  return `| ${format} | ${mb(inputBytes)} | ${times(held)} | ${times(unCollected)} | ${times(rssGrowth)} | ${ms.toFixed(0)} |`
}

/**
 * Whether one page parses in a child process whose heap is limited.
 *
 * @param format
 *   `text` or `html`.
 * @param sizeFlag
 *   The page size as given (`20m`).
 * @param heapMb
 *   The limit (`--max-old-space-size`).
 * @returns
 *   `true` when it does.
 */
function parsesWithin(format: 'text' | 'html', sizeFlag: string, heapMb: number): boolean {
  const execArgv = process.execArgv.filter((arg) => !arg.startsWith('--max-old-space-size'))
  const child = spawnSync(process.execPath, [...execArgv, `--max-old-space-size=${heapMb}`, fileURLToPath(import.meta.url), '--one', format, '--size', sizeFlag], {encoding: 'utf8'})
  return child.status === 0
}

/**
 * The smallest heap limit one page parses in, by bisection.
 *
 * @param format
 *   `text` or `html`.
 * @param sizeFlag
 *   The page size as given.
 * @returns
 *   The limit in MB (to 5 MB).
 */
function smallestHeap(format: 'text' | 'html', sizeFlag: string): number {
  let low = 16
  let high = 2048
  if (!parsesWithin(format, sizeFlag, high)) return Number.POSITIVE_INFINITY
  while (high - low > 5) {
    const middle = Math.round((low + high) / 2)
    if (parsesWithin(format, sizeFlag, middle)) high = middle
    else low = middle
  }
  return high
}

/**
 * Measure and print.
 *
 * @returns
 *   Exit code: 1 when the loop's heap grows.
 */
function main(): number {
  if (!gc) {
    console.error('Run with `node --expose-gc --import tsx scripts/bench-memory.ts` (npm run bench:memory)')
    return 2
  }
  const args = process.argv.slice(2)
  const flag = (name: string): string | undefined => {
    const index = args.indexOf(`--${name}`)
    return index === -1 ? undefined : args[index + 1]
  }
  const pages = Number(flag('pages') ?? 10_000)
  const sizeFlag = flag('size') ?? '20m'
  const size = Number.parseFloat(sizeFlag) * (sizeFlag.toLowerCase().endsWith('k') ? 1024 : MB)
  const inputs = fixtures()
  if (!flag('one')) console.log(`node ${process.version}, ${new Date().toISOString()}`)

  // 1. One big page per format, each in a child process: peak RSS only ever
  // grows, so one process cannot measure two peaks.
  const one = flag('one') as 'text' | 'html' | undefined
  if (one) {
    console.log(onePage(one, size, inputs.map(([input]) => input)))
    return 0
  }
  console.log(`\none ${mb(size)} page\n| format | input | live heap held by Article | heap before GC (parse garbage) | peak RSS growth | ms |\n| --- | ---: | ---: | ---: | ---: | ---: |`)
  for (const format of ['text', 'html'] as const) {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--one', format, '--size', sizeFlag], {encoding: 'utf8'})
    process.stdout.write(child.stdout || `| ${format} | failed: ${child.stderr.slice(0, 300)} |\n`)
  }

  // 1b. The smallest heap each format parses the page in (`--min-heap`):
  // peak RSS depends on when V8 chooses to collect, this does not.
  if (args.includes('--min-heap')) {
    console.log(`\nsmallest heap (--max-old-space-size, found by bisection to 5 MB) that parses one ${mb(size)} page, the page itself and the script included:`)
    for (const format of ['text', 'html'] as const) {
      const heap = smallestHeap(format, sizeFlag)
      console.log(`  ${format}: ${heap} MB (${((heap * MB) / size).toFixed(1)}× the page)`)
    }
  }

  // 2. Many pages in a loop.
  console.log(`\n${pages} pages in a loop (${inputs.length} fixtures × both formats), live heap after a full GC:`)
  const samples: number[] = []
  const start = performance.now()
  for (let i = 0; i < pages; i++) {
    const [input, options] = inputs[i % inputs.length]!
    parse(input, {...options, format: i % 2 === 0 ? 'text' : 'html'})
    if ((i + 1) % 1000 === 0 || i + 1 === pages) {
      samples.push(liveHeap())
      console.log(`  after ${String(i + 1).padStart(6)} pages: ${mb(samples.at(-1)!)} (${((performance.now() - start) / 1000).toFixed(0)} s)`)
    }
  }
  const growth = samples.at(-1)! - samples[0]!
  const grows = growth > LOOP_TOLERANCE
  console.log(`heap change from the first to the last sample: ${mb(growth)}${grows ? ` — GROWS (more than ${mb(LOOP_TOLERANCE)})` : ' — flat'}`)
  return grows ? 1 : 0
}

process.exitCode = main()
