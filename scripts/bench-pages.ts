/**
 * Benchmark (not a test): each page's parse time in this checkout against
 * another (a `git worktree` of an older commit, with its own `node_modules`
 * or a link to these), to find the pages a change made slower — issue 13's
 * "no page slower than before by more than 10%".
 *
 * Both checkouts run in one process, interleaved page by page with the
 * order swapped from round to round; a page's time in each checkout is the
 * least of its rounds (the least is the time the work needs; the rest is
 * the machine's noise: other processes, a garbage collection that a page
 * before started). Pages: the trafilatura pages as HTML and as text dumps
 * (rendered as `bench:text` renders them), the fundus pages and the
 * Readability.js pages.
 *
 * Usage: `tsx scripts/bench-pages.ts --base <checkout> [--rounds R] [--limit N] [--only html|text|fundus|readability] [--threshold 1.10] [--floor-ms 1]`
 *
 * Pages whose time in both checkouts is under `--floor-ms` are counted but
 * not listed: at that size a tenth of a millisecond is the timer's noise.
 *
 * @module
 */
import {resolve} from 'node:path'
import {parseArgs} from 'node:util'
import {decode, fundusPages, htmlText, intOption, READABILITY_URL, readabilityPages, trafilaturaBytes, trafilaturaPages} from './corpus.js'

const {values} = parseArgs({
  options: {
    base: {type: 'string'},
    rounds: {type: 'string'},
    limit: {type: 'string'},
    only: {type: 'string'},
    threshold: {type: 'string'},
    'floor-ms': {type: 'string'}
  }
})
if (!values.base) {
  console.error('Usage: tsx scripts/bench-pages.ts --base <checkout> [--rounds R] [--limit N] [--threshold 1.10] [--floor-ms 1]')
  process.exit(1)
}
const rounds = intOption(values.rounds, 'rounds') ?? 5
const limit = intOption(values.limit, 'limit')
const threshold = Number(values.threshold ?? 1.1)
const floorMs = Number(values['floor-ms'] ?? 1)

type Parse = (input: string, options: Record<string, unknown>) => unknown
const parsers: Parse[] = [
  ((await import(resolve('src/index.ts'))) as {parse: Parse}).parse,
  ((await import(resolve(values.base, 'src/index.ts'))) as {parse: Parse}).parse
]

/** A page to time, with the options it is parsed with. */
interface Page {
  /** Which set it is of: `html`, `text` (the trafilatura pages), `fundus`, `readability`. */
  group: string
  name: string
  input: string
  options: Record<string, unknown>
}

const trafilatura = trafilaturaPages({limit}).map((page) => ({page, html: decode(trafilaturaBytes(page))}))
const all: Page[] = [
  ...trafilatura.map(({page, html}) => ({group: 'html', name: page.file, input: html, options: {format: 'html', url: page.url}})),
  ...trafilatura.map(({page, html}) => ({group: 'text', name: page.file, input: htmlText(html), options: {format: 'text'}})),
  ...fundusPages({limit}).map((page) => ({group: 'fundus', name: page.name, input: page.html, options: {format: 'html', url: page.truth.url}})),
  ...readabilityPages({limit}).map((page) => ({group: 'readability', name: page.name, input: page.source, options: {format: 'html', url: READABILITY_URL}}))
]
const pages = values.only ? all.filter((page) => page.group === values.only) : all

/** CPU milliseconds of this process so far (all its threads). */
function cpuMs(): number {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}

/** The CPU time one parse takes. */
function timeParse(parse: Parse, page: Page): number {
  const start = cpuMs()
  parse(page.input, page.options)
  return cpuMs() - start
}

const least = pages.map(() => [Infinity, Infinity])
for (let round = 0; round < rounds; round++) {
  for (const [index, page] of pages.entries()) {
    const order = (index + round) % 2 === 0 ? [0, 1] : [1, 0]
    for (const which of order) least[index][which] = Math.min(least[index][which], timeParse(parsers[which], page))
  }
}

const rows = pages.map((page, index) => ({group: page.group, name: `${page.group} ${page.name}`, now: least[index][0], before: least[index][1]}))
const listed = rows.filter((row) => Math.max(row.now, row.before) >= floorMs)
const slower = listed.filter((row) => row.now > row.before * threshold).sort((a, b) => b.now / b.before - a.now / a.before)
const total = (key: 'now' | 'before', group?: string) => rows.reduce((sum, row) => (group === undefined || row.group === group ? sum + row[key] : sum), 0)
/** The median of a list of numbers. */
const median = (numbers: number[]) => numbers.sort((a, b) => a - b)[Math.floor(numbers.length / 2)] ?? Number.NaN

console.log(`# Per-page CPU time: this checkout against ${values.base}\n`)
console.log(`${rows.length} pages, least of ${rounds} rounds each, interleaved.`)
console.log(`Total: ${total('now').toFixed(0)} ms now, ${total('before').toFixed(0)} ms before (ratio ${(total('now') / total('before')).toFixed(3)}).`)
console.log('\n| pages | n | before (ms) | now (ms) | ratio of totals | median ratio | slower by more than the threshold |\n| --- | --: | --: | --: | --: | --: | --: |')
for (const group of [...new Set(rows.map((row) => row.group))]) {
  const members = rows.filter((row) => row.group === group)
  const ratios = members.filter((row) => Math.max(row.now, row.before) >= floorMs).map((row) => row.now / row.before)
  console.log(`| ${group} | ${members.length} | ${total('before', group).toFixed(0)} | ${total('now', group).toFixed(0)} | ${(total('now', group) / total('before', group)).toFixed(3)} | ${median(ratios).toFixed(3)} | ${slower.filter((row) => row.group === group).length} |`)
}
console.log()
console.log(`${rows.length - listed.length} pages under ${floorMs} ms in both not compared one by one.`)
console.log(`${slower.length} of ${listed.length} compared pages slower by more than ${((threshold - 1) * 100).toFixed(0)}%:\n`)
for (const row of slower) {
  console.log(`- ${row.name}: ${row.before.toFixed(2)} → ${row.now.toFixed(2)} ms (×${(row.now / row.before).toFixed(2)})`)
}
