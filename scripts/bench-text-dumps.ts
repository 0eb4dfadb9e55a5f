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
 * Usage: `npm run bench:text -- [--limit N] [--filter TEXT] [--worst N] [--failures] [--per-kind N]`
 *
 * `--failures` lists the furniture kept and the content lost, grouped by the
 * kind of region of the page each snippet sits in (see `snippet-kinds.ts`).
 */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {parseArgs} from 'node:util'
import {parse, toPlainText} from '../src/index.js'
import {decode, emptyScore, htmlText, normalise, rates, scoreInto, type Score} from './corpus.js'
import {kindOf, printMisses, readLocatable, type Miss} from './snippet-kinds.js'

const corpus = new URL('../../shared/corpus/trafilatura/', import.meta.url).pathname
const {values} = parseArgs({options: {limit: {type: 'string'}, filter: {type: 'string'}, worst: {type: 'string'}, failures: {type: 'boolean', default: false}, 'per-kind': {type: 'string'}}})
const misses: Miss[] = []

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
