/**
 * Benchmark (not a test): throughput of the HTML front end against
 * Readability.js on jsdom and on linkedom, with bare `parse5.parse` as the
 * floor, over both corpora in `../shared/corpus` (see its README); and the
 * text front end's throughput in MB/s on the trafilatura pages' text dumps,
 * measured first, after an untimed pass over every dump (printed last).
 *
 * All pages are read and decoded first (trafilatura pages as
 * `bench-text-dumps.ts` decodes them), then, in one process, each page goes
 * through the four extractors in turn — interleaved page by page, the order
 * rotated from page to page — timed with `performance.now()`. A pass over the
 * first 30 pages warms up before measuring. An extractor that throws is
 * counted, and its time until the throw is kept.
 *
 * Usage: `npm run bench:speed -- [--limit N] [--rounds R] [--only text]`
 *
 * `--only text` measures the text front end alone (and reads no HTML page).
 *
 * Between pages the event loop turns (untimed), which jsdom needs to free
 * closed windows. `--limit` applies to each corpus. The npm script runs with `--expose-gc`,
 * so the heap is collected before each round.
 *
 * @module
 */
import {parseArgs} from 'node:util'
import {Readability} from '@mozilla/readability'
import {JSDOM, VirtualConsole} from 'jsdom'
import {parseHTML} from 'linkedom'
import {parse as parse5} from 'parse5'
import {parse} from '../src/index.js'
import {decode, htmlText, intOption, READABILITY_URL, readabilityPages, tick, trafilaturaBytes, trafilaturaPages} from './corpus.js'

const {values} = parseArgs({options: {limit: {type: 'string'}, rounds: {type: 'string'}, only: {type: 'string'}}})
if (values.only !== undefined && values.only !== 'text') {
  console.error('Usage: npm run bench:speed -- [--limit N] [--rounds R] [--only text]')
  process.exit(2)
}
const textOnly = values.only === 'text'
const limit = intOption(values.limit, 'limit')
const rounds = intOption(values.rounds, 'rounds') ?? 1
const WARM_UP = 30

/** A page ready to parse. */
interface Page {
  label: string
  html: string
  url: string | undefined
}

const pages: Page[] = textOnly
  ? []
  : [
      ...trafilaturaPages({limit}).map((page) => ({label: page.key, html: decode(trafilaturaBytes(page)), url: page.url})),
      ...readabilityPages({limit}).map((page) => ({label: `readability/${page.name}`, html: page.source, url: READABILITY_URL}))
    ]

/** jsdom complains about CSS and scripts on stderr; keep it quiet. */
const quiet = new VirtualConsole()

/** Results go here so that no work can be skipped. */
let sink = 0

/** One extractor under measurement. */
interface Extractor {
  name: string
  run: (page: Page) => void
  ms: number[]
  errors: number
  firstError?: string
}

const extractors: Extractor[] = [
  {
    name: 'standfirst (html)',
    run(page) {
      sink += parse(page.html, page.url ? {format: 'html', url: page.url} : {format: 'html'}).body.length
    },
    ms: [],
    errors: 0
  },
  {
    name: 'Readability.js (jsdom)',
    run(page) {
      const dom = new JSDOM(page.html, {url: page.url ?? 'http://fakehost/', virtualConsole: quiet})
      try {
        sink += new Readability(dom.window.document).parse()?.length ?? 0
      } finally {
        dom.window.close()
      }
    },
    ms: [],
    errors: 0
  },
  {
    name: 'Readability.js (linkedom)',
    run(page) {
      const {document} = parseHTML(page.html)
      sink += new Readability(document).parse()?.length ?? 0
    },
    ms: [],
    errors: 0
  },
  {
    name: 'parse5.parse (floor)',
    run(page) {
      sink += parse5(page.html).childNodes.length
    },
    ms: [],
    errors: 0
  }
]

/**
 * Run every extractor on a page, starting with the one at `offset`.
 *
 * @param page
 *   The page.
 * @param offset
 *   Rotation of the order.
 * @param measure
 *   Whether to record times and errors.
 */
function runPage(page: Page, offset: number, measure: boolean): void {
  for (let step = 0; step < extractors.length; step++) {
    const extractor = extractors[(offset + step) % extractors.length]!
    const started = performance.now()
    try {
      extractor.run(page)
    } catch (error) {
      if (measure) {
        extractor.errors++
        extractor.firstError ??= `${page.label}: ${String(error).split('\n')[0]}`
      }
    }
    if (measure) extractor.ms.push(performance.now() - started)
  }
}

const gc = (globalThis as {gc?: () => void}).gc

// Scraped text first, on the heap of the text parses alone, and after an untimed pass over every dump: a warm-up on
// 30 dumps left most rules cold for the timed round (its first parses of a kind of line compile the patterns).
// The trafilatura pages' whole-page text dumps (as `bench:text` makes them), parsed with `format: 'text'`.
const dumps = trafilaturaPages({limit}).map((page) => htmlText(decode(trafilaturaBytes(page))))
const dumpBytes = dumps.reduce((sum, dump) => sum + Buffer.byteLength(dump), 0)
console.error(`scraped text: warming up on ${dumps.length} dumps…`)
for (const dump of dumps) sink += parse(dump, {format: 'text'}).body.length
const textMs: number[] = []
for (let round = 0; round < rounds; round++) {
  gc?.()
  console.error(`scraped text: round ${round + 1}/${rounds}…`)
  for (const dump of dumps) {
    const started = performance.now()
    sink += parse(dump, {format: 'text'}).body.length
    textMs.push(performance.now() - started)
  }
}

// The HTML extractors, unless `--only text`.
if (!textOnly) {
  console.error(`warming up on ${Math.min(WARM_UP, pages.length)} pages…`)
  for (const [index, page] of pages.slice(0, WARM_UP).entries()) {
    runPage(page, index, false)
    await tick()
  }

  for (let round = 0; round < rounds; round++) {
    gc?.()
    console.error(`round ${round + 1}/${rounds}: ${pages.length} pages…`)
    for (const [index, page] of pages.entries()) {
      runPage(page, index + round, true)
      // Outside the timings: lets jsdom free closed windows (see `tick`).
      await tick()
    }
  }
}

/**
 * Nearest-rank percentile.
 *
 * @param sorted
 *   Times, ascending.
 * @param p
 *   Percentile, 0–100.
 * @returns
 *   The time.
 */
function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

const total = (extractor: Extractor) => extractor.ms.reduce((a, b) => a + b, 0)
const throughput = (extractor: Extractor) => extractor.ms.length / (total(extractor) / 1000)
const [ours, jsdom, linkedom, floor] = extractors as [Extractor, Extractor, Extractor, Extractor]

if (!textOnly) {
  console.log(
    `## Speed: ${pages.length} pages × ${rounds} round${rounds === 1 ? '' : 's'}, interleaved, order rotated per page` +
      ` (Node ${process.version}${gc ? ', gc between rounds' : ''})\n`
  )
  console.log('| extractor | pages/s | p50 ms | p95 ms | total s | errors |')
  console.log('| --- | --: | --: | --: | --: | --: |')
  for (const extractor of extractors) {
    const sorted = [...extractor.ms].sort((a, b) => a - b)
    console.log(
      `| ${extractor.name} | ${throughput(extractor).toFixed(1)} | ${percentile(sorted, 50).toFixed(2)} | ${percentile(sorted, 95).toFixed(2)}` +
        ` | ${(total(extractor) / 1000).toFixed(2)} | ${extractor.errors} |`
    )
  }

  const speedUp = throughput(ours) / throughput(linkedom)
  const overFloor = total(ours) / total(floor)
  console.log('\n| ratio | value | goal |')
  console.log('| --- | --: | --- |')
  console.log(`| standfirst throughput ÷ Readability (linkedom) throughput | ${speedUp.toFixed(2)}× | ≥ 2 ${speedUp >= 2 ? '✓' : '✗'} |`)
  console.log(`| standfirst total time ÷ parse5 total time | ${overFloor.toFixed(2)}× | ≤ 1.5 ${overFloor <= 1.5 ? '✓' : '✗'} |`)
  console.log(`| Readability jsdom total time ÷ linkedom total time | ${(total(jsdom) / total(linkedom)).toFixed(2)}× | – |`)
}

const textSeconds = textMs.reduce((a, b) => a + b, 0) / 1000
const textRate = (dumpBytes * rounds) / 1e6 / textSeconds
const textSorted = [...textMs].sort((a, b) => a - b)
console.log(`\n## Scraped text: ${dumps.length} whole-page text dumps × ${rounds} round${rounds === 1 ? '' : 's'} (${(dumpBytes / 1e6).toFixed(1)} MB a round)\n`)
console.log('| measure | value | goal |')
console.log('| --- | --: | --- |')
console.log(`| throughput, MB/s (UTF-8) | ${textRate.toFixed(2)} | ≥ 10 ${textRate >= 10 ? '✓' : '✗'} |`)
console.log(`| pages/s | ${(textMs.length / textSeconds).toFixed(1)} | – |`)
console.log(`| p50 / p95 ms | ${percentile(textSorted, 50).toFixed(2)} / ${percentile(textSorted, 95).toFixed(2)} | – |`)

const failing = extractors.filter((extractor) => extractor.firstError)
if (failing.length) {
  console.log('\nFirst error per extractor:')
  for (const extractor of failing) console.log(`- ${extractor.name}: ${extractor.firstError}`)
}
if (sink < 0) console.log(sink)
