/**
 * Benchmark (not a test): the text front end on whole-page text dumps.
 *
 * Each page of the trafilatura evaluation set (`../shared/corpus/trafilatura`)
 * is rendered to text as a scraper would (innerText-like, with
 * `hast-util-to-text`), parsed with `format: 'text'`, and the reader's text
 * (the standfirst, then `toPlainText`, as `bench:accuracy` scores HTML) is
 * scored with that corpus's snippet metric (see its README). The raw dump is
 * scored the same way as the baseline.
 *
 * Usage: `npm run bench:text -- [--corpus trafilatura|fundus] [--limit N] [--filter TEXT] [--worst N] [--failures] [--per-kind N]`
 *
 * `--failures` lists the furniture kept and the content lost, grouped by the
 * kind of region of the page each snippet sits in (see `snippet-kinds.ts`).
 *
 * `--corpus fundus` reads the news pages of `fundus-dev` the same way and
 * scores the reader's text by tokens against the truth's standfirst and
 * body (precision, recall, F1, micro and mean over pages), with the raw
 * dump as the baseline, and the headline against the truth's title; its
 * `--worst N` lists the pages of least precision. News pages are where
 * the held-out measure of issue 13 was taken, and their furniture
 * (consent walls, menus of long items, teaser rails) differs from the
 * trafilatura set's.
 */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {parseArgs} from 'node:util'
import {parse, toPlainText} from '../src/index.js'
import {decode, emptyScore, fundusPages, htmlText, normalise, overlap, overlapF1, rates, scoreInto, scriptTokens, type Overlap, type Score} from './corpus.js'
import {kindOf, printMisses, readLocatable, type Miss} from './snippet-kinds.js'

const corpus = new URL('../../shared/corpus/trafilatura/', import.meta.url).pathname
const {values} = parseArgs({options: {corpus: {type: 'string', default: 'trafilatura'}, limit: {type: 'string'}, filter: {type: 'string'}, worst: {type: 'string'}, failures: {type: 'boolean', default: false}, 'per-kind': {type: 'string'}}})
const misses: Miss[] = []
if (values.corpus !== 'trafilatura' && values.corpus !== 'fundus') {
  console.error('Usage: npm run bench:text -- [--corpus trafilatura|fundus] [--limit N] [--filter TEXT] [--worst N] [--failures] [--per-kind N]')
  process.exit(2)
}
if (values.corpus === 'fundus') {
  benchFundus()
  process.exit(0)
}

/** Precision, recall, F1 of totals. */
function summary(name: string, score: Score): string {
  const {precision, recall, f1} = rates(score)
  return `| ${name.padEnd(26)} | ${score.tp} | ${score.fp} | ${score.fn} | ${score.tn} | ${precision.toFixed(3)} | ${recall.toFixed(3)} | ${f1.toFixed(3)} |`
}

const evaldata = JSON.parse(readFileSync(join(corpus, 'evaldata.json'), 'utf8')) as Record<string, {file: string; with: string[]; without: string[]}>
let entries = Object.entries(evaldata).filter(([, entry]) => existsSync(join(corpus, 'eval', entry.file)))
if (values.filter) entries = entries.filter(([url]) => url.includes(values.filter!))
if (values.limit) entries = entries.slice(0, Number(values.limit))

const raw: Score = emptyScore()
const ours: Score = emptyScore()
const worst: Array<[number, string]> = []
let parseMs = 0
let thrown = 0
for (const [url, entry] of entries) {
  const html = decode(new Uint8Array(readFileSync(join(corpus, 'eval', entry.file))))
  const dump = htmlText(html)
  scoreInto(dump, entry, raw)
  let text = ''
  const started = performance.now()
  try {
    const article = parse(dump, {format: 'text'})
    const body = toPlainText(article)
    // The reader's text starts at the standfirst, as trafilatura's does and as bench:accuracy scores HTML; `toPlainText` leaves it out by contract.
    text = article.standfirst ? `${article.standfirst}\n\n${body}` : body
  } catch (error) {
    thrown++
    console.error(`throws on ${url}: ${String(error)}`)
  }
  parseMs += performance.now() - started
  worst.push([scoreInto(text, entry, ours), url])
  if (values.failures) {
    const haystack = normalise(text)
    const lost = entry.with.filter((snippet) => !haystack.includes(normalise(snippet)))
    const kept = entry.without.filter((snippet) => haystack.includes(normalise(snippet)))
    const locatable = lost.length + kept.length > 0 ? readLocatable(html) : undefined
    for (const snippet of lost) misses.push({page: url, snippet, kind: kindOf(locatable!, snippet), side: 'lost'})
    for (const snippet of kept) misses.push({page: url, snippet, kind: kindOf(locatable!, snippet), side: 'kept'})
  }
}

console.log(`Whole-page text dumps of ${entries.length} trafilatura pages (snippet metric)\n`)
console.log('| extractor                  | tp | fp | fn | tn | precision | recall | F1 |')
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
console.log(summary('raw dump (baseline)', raw))
console.log(summary('standfirst format: text', ours))
console.log(`\nparse time: ${(parseMs / entries.length).toFixed(1)} ms/page; pages that threw: ${thrown}`)
if (values.failures) printMisses(misses, Number(values['per-kind'] ?? 8))
if (values.worst) {
  console.log('\nworst pages:')
  for (const [misses, url] of worst.sort((a, b) => b[0] - a[0]).slice(0, Number(values.worst))) console.log(`  ${misses}  ${url}`)
}

/** Token counts summed over pages. */
interface Totals {
  common: number
  extracted: number
  expected: number
}

/**
 * Precision, recall and F1 of summed token counts.
 *
 * @param totals
 *   The sums.
 * @returns
 *   The three, formatted.
 */
function microRates(totals: Totals): string {
  const precision = totals.common / Math.max(1, totals.extracted)
  const recall = totals.common / Math.max(1, totals.expected)
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0
  return `${precision.toFixed(3)} | ${recall.toFixed(3)} | ${f1.toFixed(3)}`
}

/**
 * Add a page's token counts to the sums.
 *
 * @param totals
 *   The sums.
 * @param counts
 *   The page's counts.
 */
function addTo(totals: Totals, counts: Overlap): void {
  totals.common += counts.common
  totals.extracted += counts.extracted
  totals.expected += counts.expected
}

/** Fold a headline for comparison: NFKC, quotes and whitespace. */
function foldTitle(text: string): string {
  return text.normalize('NFKC').replace(/[“”„‟«»"]/g, '"').replace(/[‘’‚‛']/g, "'").replace(/\s+/g, ' ').trim()
}

/** The fundus-dev news pages as text dumps: body tokens against the truth, and the headline. */
function benchFundus(): void {
  let pages = fundusPages({filter: values.filter})
  if (values.limit) pages = pages.slice(0, Number(values.limit))
  const ours: Totals = {common: 0, extracted: 0, expected: 0}
  const raw: Totals = {common: 0, extracted: 0, expected: 0}
  const rows: Array<{name: string; f1: number; precision: number; recall: number}> = []
  let titles = 0
  let thrown = 0
  for (const page of pages) {
    const dump = htmlText(page.html)
    const truth = scriptTokens([page.truth.standfirst ?? '', ...page.truth.body.flatMap((section) => [...section.headings, ...section.paragraphs])].join('\n'))
    let text = ''
    try {
      const article = parse(dump, {format: 'text'})
      text = [article.standfirst ?? '', toPlainText(article)].join('\n')
      if (foldTitle(article.title ?? '') === foldTitle(page.truth.title)) titles++
    } catch (error) {
      thrown++
      console.error(`throws on ${page.name}: ${String(error)}`)
    }
    const counts = overlap(scriptTokens(text), truth)
    addTo(ours, counts)
    addTo(raw, overlap(scriptTokens(dump), truth))
    rows.push({name: page.name, f1: overlapF1(counts), precision: counts.common / Math.max(1, counts.extracted), recall: counts.common / Math.max(1, counts.expected)})
  }
  const mean = (pick: (row: (typeof rows)[number]) => number) => (rows.reduce((sum, row) => sum + pick(row), 0) / Math.max(1, rows.length)).toFixed(3)
  console.log(`Whole-page text dumps of ${pages.length} fundus-dev news pages (body tokens against the truth's standfirst and body)\n`)
  console.log('| extractor | precision (micro) | recall (micro) | F1 (micro) | F1 (mean) | precision (mean) | recall (mean) |')
  console.log('| --- | --: | --: | --: | --: | --: | --: |')
  console.log(`| raw dump (baseline) | ${microRates(raw)} | – | – | – |`)
  console.log(`| standfirst format: text | ${microRates(ours)} | ${mean((row) => row.f1)} | ${mean((row) => row.precision)} | ${mean((row) => row.recall)} |`)
  console.log(`\nheadline equal to the truth's title (folded): ${titles} of ${pages.length}; pages that threw: ${thrown}`)
  if (values.worst) {
    console.log('\nleast precise pages:')
    for (const row of rows.sort((a, b) => a.precision - b.precision).slice(0, Number(values.worst))) console.log(`  ${row.name.padEnd(28)} P ${row.precision.toFixed(2)} R ${row.recall.toFixed(2)} F1 ${row.f1.toFixed(2)}`)
  }
}
