/**
 * Benchmark (not a test): extraction accuracy of the HTML front end against
 * Readability.js (on jsdom), on the two corpora in `../shared/corpus` (see its
 * README).
 *
 * - trafilatura set: the page bytes go to `parse(bytes, {format: 'html', url})`
 *   and `toPlainText` is scored with the snippet metric; Readability gets the
 *   page decoded as `bench-text-dumps.ts` does and is scored on `textContent`.
 * - Readability.js test pages (url `http://fakehost/test/page.html`, as its
 *   tests use): token F1 of the body text against the text of
 *   `expected.html`, plus title, byline and published-time agreement with
 *   `expected-metadata.json`.
 *
 * An extractor that throws on a page counts as returning nothing there.
 *
 * Usage: `npm run bench:accuracy -- [--limit N] [--filter TEXT] [--worst N] [--only standfirst|readability] [--failures] [--per-kind N]`

 * `--failures` lists, for the trafilatura set, the furniture kept and the
 * content lost by standfirst (or by Readability with `--only readability`),
 * grouped by the kind of page region each snippet sits in (see
 * `snippet-kinds.ts`), `--per-kind` snippets a group (default 8).
 *
 * `--limit` and `--filter` apply to each corpus (`--filter` matches trafilatura
 * keys and Readability folder names).
 *
 * @module
 */
import {parseArgs} from 'node:util'
import {Readability} from '@mozilla/readability'
import {JSDOM, VirtualConsole} from 'jsdom'
import {parse, toPlainText, type Article} from '../src/index.js'
import {
  decode,
  emptyScore,
  htmlText,
  intOption,
  moment,
  normalise,
  overlap,
  overlapF1,
  PUBLISHED_F1,
  rates,
  READABILITY_URL,
  readabilityPages,
  scoreInto,
  tick,
  tokens,
  trafilaturaBytes,
  trafilaturaPages,
  type Overlap,
  type Score
} from './corpus.js'
import {kindOf, printMisses, readLocatable, type Miss} from './snippet-kinds.js'

const {values} = parseArgs({
  options: {limit: {type: 'string'}, filter: {type: 'string'}, worst: {type: 'string'}, only: {type: 'string'}, failures: {type: 'boolean', default: false}, 'per-kind': {type: 'string'}}
})
const perKind = intOption(values['per-kind'], 'per-kind') ?? 8
const limit = intOption(values.limit, 'limit')
const worstCount = intOption(values.worst, 'worst') ?? 0
if (values.only !== undefined && values.only !== 'standfirst' && values.only !== 'readability') {
  console.error(`--only takes \`standfirst\` or \`readability\`, not \`${values.only}\``)
  process.exit(2)
}
const runOurs = values.only !== 'readability'
const runReadability = values.only !== 'standfirst'
/** The extractor `--worst` lists: standfirst, unless only Readability runs. */
const primary = runOurs ? 'standfirst' : 'Readability.js (jsdom)'

/** What an extractor found on a page. */
interface Extraction {
  /** The main text: for standfirst, the standfirst and `toPlainText` (which leaves the standfirst out). */
  text: string
  /** For standfirst: `toPlainText` alone. */
  body?: string
  title: string
  byline: string
  published: string
  threw: boolean
  ms: number
}

const NOTHING = {text: '', title: '', byline: '', published: ''}

/** jsdom complains about CSS and scripts on stderr; keep it quiet. */
const quiet = new VirtualConsole()

/**
 * Run standfirst on a page.
 *
 * @param input
 *   Bytes or decoded text.
 * @param url
 *   The page URL, if known.
 * @param label
 *   For the error log.
 * @returns
 *   What it found.
 */
function runStandfirst(input: string | Uint8Array, url: string | undefined, label: string): Extraction {
  const started = performance.now()
  try {
    const article: Article = parse(input, url ? {format: 'html', url} : {format: 'html'})
    const body = toPlainText(article)
    // The reader's text starts at the standfirst, as trafilatura's does; `toPlainText` leaves it out by contract.
    const text = article.standfirst ? `${article.standfirst}\n\n${body}` : body
    return {
      text,
      body,
      title: article.title,
      byline: article.authors.map((author) => author.name).join(', '),
      published: article.published?.iso ?? article.published?.date ?? '',
      threw: false,
      ms: performance.now() - started
    }
  } catch (error) {
    console.error(`standfirst throws on ${label}: ${String(error)}`)
    return {...NOTHING, threw: true, ms: performance.now() - started}
  }
}

/**
 * Run Readability.js on jsdom on a page.
 *
 * @param html
 *   Decoded page.
 * @param url
 *   The page URL.
 * @param label
 *   For the error log.
 * @returns
 *   What it found.
 */
function runReadabilityJsdom(html: string, url: string, label: string): Extraction {
  const started = performance.now()
  let dom: JSDOM | undefined
  try {
    dom = new JSDOM(html, {url, virtualConsole: quiet})
    const result = new Readability(dom.window.document).parse()
    return {
      text: result?.textContent ?? '',
      title: result?.title ?? '',
      byline: result?.byline ?? '',
      published: result?.publishedTime ?? '',
      threw: false,
      ms: performance.now() - started
    }
  } catch (error) {
    console.error(`Readability throws on ${label}: ${String(error)}`)
    return {...NOTHING, threw: true, ms: performance.now() - started}
  } finally {
    dom?.window.close()
  }
}

/** Case-insensitive, whitespace-folded. */
const fold = (text: string) => normalise(text).toLowerCase()

/**
 * Whether two bylines agree: one contains the other once folded (an empty
 * extraction never agrees).
 */
function bylineAgrees(found: string, expected: string): boolean {
  const a = fold(found)
  const b = fold(expected)
  return a !== '' && b !== '' && (a.includes(b) || b.includes(a))
}

/**
 * Whether two published times agree: the same instant when both have a zoned
 * time (to the minute if either lacks seconds, else to the second); the same
 * day and wall-clock minute when both have a time but one lacks a zone; else
 * the same day.
 */
function publishedAgrees(found: string, expected: string): boolean {
  const a = moment(found)
  const b = moment(expected)
  if (!a || !b) return false
  if (a.instant !== undefined && b.instant !== undefined) {
    const unit = a.clock!.length === 5 || b.clock!.length === 5 ? 60_000 : 1000
    return Math.floor(a.instant / unit) === Math.floor(b.instant / unit)
  }
  if (a.clock && b.clock) return a.date === b.date && a.clock.slice(0, 5) === b.clock.slice(0, 5)
  return a.date === b.date
}

/** Format a rate. */
const f3 = (value: number) => (Number.isFinite(value) ? value.toFixed(3) : '–')

/** Hits out of n, with the rate. */
const rate = (hits: number, n: number) => (n ? `${(hits / n).toFixed(3)} (${hits}/${n})` : '–')

/* ------------------------------------------------------------------ */
/* trafilatura set                                                     */
/* ------------------------------------------------------------------ */

/** Totals of one extractor on the trafilatura set. */
interface TrafilaturaTotals {
  name: string
  score: Score
  ms: number
  thrown: number
}

const tPages = trafilaturaPages({limit, filter: values.filter})
const tOurs: TrafilaturaTotals = {name: 'standfirst', score: emptyScore(), ms: 0, thrown: 0}
const tOursBody: TrafilaturaTotals = {name: 'standfirst, toPlainText only', score: emptyScore(), ms: 0, thrown: 0}
const tReadability: TrafilaturaTotals = {name: 'Readability.js (jsdom)', score: emptyScore(), ms: 0, thrown: 0}
const tWorst: Array<{misses: number; key: string; missed: string[]}> = []
/** Every snippet the `--failures` extractor got wrong, with its kind. */
const tMisses: Miss[] = []

/**
 * Remember, for `--failures`, the snippets an extraction got wrong and the kind of region each sits in.
 */
function noteKinds(text: string, page: (typeof tPages)[number], bytes: Uint8Array): void {
  const haystack = normalise(text)
  const lost = page.with.filter((snippet) => !haystack.includes(normalise(snippet)))
  const kept = page.without.filter((snippet) => haystack.includes(normalise(snippet)))
  if (lost.length === 0 && kept.length === 0) return
  const locatable = readLocatable(decode(bytes))
  for (const snippet of lost) tMisses.push({page: page.key, snippet, kind: kindOf(locatable, snippet), side: 'lost'})
  for (const snippet of kept) tMisses.push({page: page.key, snippet, kind: kindOf(locatable, snippet), side: 'kept'})
}

/**
 * Remember a page the `--worst` extractor got wrong, with the snippets it missed.
 */
function noteMisses(misses: number, text: string, page: (typeof tPages)[number]): void {
  if (!misses) return
  const haystack = normalise(text)
  const missed = [
    ...page.with.filter((snippet) => !haystack.includes(normalise(snippet))).map((snippet) => `- ${snippet}`),
    ...page.without.filter((snippet) => haystack.includes(normalise(snippet))).map((snippet) => `+ ${snippet}`)
  ]
  tWorst.push({misses, key: page.key, missed})
}

for (const page of tPages) {
  const bytes = trafilaturaBytes(page)
  if (runOurs) {
    const found = runStandfirst(bytes, page.url, page.key)
    tOurs.ms += found.ms
    if (found.threw) tOurs.thrown++
    noteMisses(scoreInto(found.text, page, tOurs.score), found.text, page)
    if (values.failures) noteKinds(found.text, page, bytes)
    scoreInto(found.body ?? '', page, tOursBody.score)
    tOursBody.ms += found.ms
  }
  if (runReadability) {
    const found = runReadabilityJsdom(decode(bytes), page.url ?? 'http://fakehost/', page.key)
    tReadability.ms += found.ms
    if (found.threw) tReadability.thrown++
    const misses = scoreInto(found.text, page, tReadability.score)
    if (!runOurs) noteMisses(misses, found.text, page)
    if (!runOurs && values.failures) noteKinds(found.text, page, bytes)
  }
  await tick()
}

const tRows = [...(runOurs ? [tOurs, tOursBody] : []), ...(runReadability ? [tReadability] : [])]
console.log(`## trafilatura evaluation set: ${tPages.length} pages (snippet metric)\n`)
console.log('| extractor | tp | fp | fn | tn | precision | recall | F1 | ms/page | threw |')
console.log('| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: |')
for (const row of tRows) {
  const {precision, recall, f1} = rates(row.score)
  const {tp, fp, fn, tn} = row.score
  const ms = tPages.length ? (row.ms / tPages.length).toFixed(1) : '–'
  console.log(`| ${row.name} | ${tp} | ${fp} | ${fn} | ${tn} | ${f3(precision)} | ${f3(recall)} | ${f3(f1)} | ${ms} | ${row.thrown} |`)
}
console.log('\nPublished F1 on the full set (990 pages; not measured here):\n')
console.log('| extractor | F1 |')
console.log('| --- | --: |')
for (const [name, f1] of PUBLISHED_F1) console.log(`| ${name} | ${f1.toFixed(3)} |`)

/* ------------------------------------------------------------------ */
/* Readability.js test pages                                           */
/* ------------------------------------------------------------------ */

/** Totals of one extractor on the Readability pages. */
interface ReadabilityTotals {
  name: string
  f1s: number[]
  micro: Overlap
  title: [number, number]
  byline: [number, number]
  published: [number, number]
  ms: number
  thrown: number
}

const newTotals = (name: string): ReadabilityTotals => ({
  name,
  f1s: [],
  micro: {common: 0, extracted: 0, expected: 0},
  title: [0, 0],
  byline: [0, 0],
  published: [0, 0],
  ms: 0,
  thrown: 0
})

const rPages = readabilityPages({limit, filter: values.filter})
const rOurs = newTotals('standfirst')
const rReadability = newTotals('Readability.js (jsdom)')
const rWorst: Array<{name: string; ours: number; readability: number}> = []

/**
 * Add one page to an extractor's totals.
 *
 * @returns
 *   Token F1 on the page.
 */
function tally(totals: ReadabilityTotals, found: Extraction, expectedTokens: string[], page: (typeof rPages)[number]): number {
  totals.ms += found.ms
  if (found.threw) totals.thrown++
  const counts = overlap(tokens(found.text), expectedTokens)
  const f1 = overlapF1(counts)
  totals.f1s.push(f1)
  totals.micro.common += counts.common
  totals.micro.extracted += counts.extracted
  totals.micro.expected += counts.expected
  const {title, byline, publishedTime} = page.metadata
  if (title) {
    totals.title[1]++
    if (normalise(found.title) === normalise(title)) totals.title[0]++
  }
  if (byline && normalise(byline)) {
    totals.byline[1]++
    if (bylineAgrees(found.byline, byline)) totals.byline[0]++
  }
  if (publishedTime && publishedTime.trim()) {
    totals.published[1]++
    if (publishedAgrees(found.published, publishedTime)) totals.published[0]++
  }
  return f1
}

for (const page of rPages) {
  const expectedTokens = tokens(htmlText(page.expected))
  let ours = Number.NaN
  let theirs = Number.NaN
  if (runOurs) ours = tally(rOurs, runStandfirst(page.source, READABILITY_URL, page.name), expectedTokens, page)
  if (runReadability) {
    theirs = tally(rReadability, runReadabilityJsdom(page.source, READABILITY_URL, page.name), expectedTokens, page)
  }
  rWorst.push({name: page.name, ours, readability: theirs})
  await tick()
}

const rRows = [...(runOurs ? [rOurs] : []), ...(runReadability ? [rReadability] : [])]
const mean = (list: number[]) => (list.length ? list.reduce((a, b) => a + b, 0) / list.length : Number.NaN)
const cells = (fn: (row: ReadabilityTotals) => string) => rRows.map(fn).join(' | ')

console.log(`\n## Readability.js test pages: ${rPages.length} pages (url ${READABILITY_URL})\n`)
console.log(`| metric | n | ${rRows.map((row) => row.name).join(' | ')} |`)
console.log(`| --- | --: | ${rRows.map(() => '--:').join(' | ')} |`)
console.log(`| body token F1, mean over pages | ${rPages.length} | ${cells((row) => f3(mean(row.f1s)))} |`)
console.log(`| body token F1, micro-average | ${rPages.length} | ${cells((row) => f3(overlapF1(row.micro)))} |`)
console.log(
  `| body token precision / recall (micro) | ${rPages.length} | ${cells(
    (row) => `${f3(row.micro.common / row.micro.extracted)} / ${f3(row.micro.common / row.micro.expected)}`
  )} |`
)
console.log(`| title exact match | ${rRows[0]?.title[1] ?? 0} | ${cells((row) => rate(...row.title))} |`)
console.log(`| byline agrees | ${rRows[0]?.byline[1] ?? 0} | ${cells((row) => rate(...row.byline))} |`)
console.log(`| published time agrees | ${rRows[0]?.published[1] ?? 0} | ${cells((row) => rate(...row.published))} |`)
console.log(`| ms/page | ${rPages.length} | ${cells((row) => (rPages.length ? (row.ms / rPages.length).toFixed(1) : '–'))} |`)
console.log(`| pages that threw | ${rPages.length} | ${cells((row) => String(row.thrown))} |`)
console.log(
  '\nTitle: exact after whitespace folding, pages with a non-empty expected title. Byline: folded, either contains the other,' +
    ' pages with a non-empty expected byline. Published: same instant when both are zoned times, else same day' +
    ' (and wall-clock minute when both have a time).'
)

if (values.failures) {
  console.log(`\n## Failures of ${primary} on the trafilatura set, by the kind of region each snippet sits in`)
  printMisses(tMisses, perKind)
}

if (worstCount) {
  console.log(`\n### Worst trafilatura pages for ${primary} (misses; - missing \`with\`, + kept \`without\`)\n`)
  for (const {misses, key, missed} of tWorst.sort((a, b) => b.misses - a.misses).slice(0, worstCount)) {
    console.log(`- ${misses}  ${key}`)
    for (const line of missed) console.log(`    ${line.length > 100 ? `${line.slice(0, 100)}…` : line}`)
  }
  const key = (row: (typeof rWorst)[number]) => (runOurs ? row.ours : row.readability)
  console.log(`\n### Worst Readability.js test pages for ${primary} (token F1)\n`)
  console.log(`| page | ${rRows.map((row) => row.name).join(' | ')} |`)
  console.log(`| --- | ${rRows.map(() => '--:').join(' | ')} |`)
  for (const row of rWorst.sort((a, b) => key(a) - key(b)).slice(0, worstCount)) {
    console.log(`| ${row.name} | ${[...(runOurs ? [row.ours] : []), ...(runReadability ? [row.readability] : [])].map(f3).join(' | ')} |`)
  }
}
