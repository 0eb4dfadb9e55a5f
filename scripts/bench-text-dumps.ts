/**
 * Benchmark (not a test): the text front end on whole-page text dumps.
 *
 * Each page of the trafilatura evaluation set (`../shared/corpus/trafilatura`)
 * is rendered to text as a scraper would (innerText-like, with
 * `hast-util-to-text`), parsed with `format: 'text'`, and `toPlainText` is
 * scored with that corpus's snippet metric (see its README). The raw dump is
 * scored the same way as the baseline.
 *
 * Usage: `npm run bench:text -- [--limit N] [--filter TEXT] [--worst N]`
 */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {parseArgs} from 'node:util'
import {fromParse5} from 'hast-util-from-parse5'
import {toText} from 'hast-util-to-text'
import {parse as parseHtml} from 'parse5'
import {parse, toPlainText} from '../src/index.js'

const corpus = new URL('../../shared/corpus/trafilatura/', import.meta.url).pathname
const {values} = parseArgs({options: {limit: {type: 'string'}, filter: {type: 'string'}, worst: {type: 'string'}}})

/** Windows-1252 bytes 0x80–0x9F, which Node 20's TextDecoder maps to C1 controls. See: <https://github.com/nodejs/node/issues/56542>. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

/**
 * Decode a page's bytes by BOM, declared charset, else UTF-8.
 *
 * @param bytes
 *   The page.
 * @returns
 *   Its text.
 */
function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes)
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8192))
  const declared = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase()
  if (declared && /^(?:iso-8859-1|latin-?1|windows-1252|cp1252|us-ascii)$/.test(declared)) {
    let text = ''
    for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte)
    return text
  }
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes)
  } catch {
    return new TextDecoder('utf-8').decode(bytes)
  }
}

/** Fold whitespace as the metric does. */
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Counts of the snippet metric. */
interface Score {
  tp: number
  fp: number
  fn: number
  tn: number
}

/**
 * Score one extraction.
 *
 * @param text
 *   Extracted text.
 * @param expected
 *   The page's snippets.
 * @param score
 *   Totals, changed in place.
 * @returns
 *   Misses (fn + fp) on this page.
 */
function scoreInto(text: string, expected: {with: string[]; without: string[]}, score: Score): number {
  const haystack = normalise(text)
  let misses = 0
  for (const snippet of expected.with) {
    if (haystack.includes(normalise(snippet))) score.tp++
    else {
      score.fn++
      misses++
    }
  }
  for (const snippet of expected.without) {
    if (haystack.includes(normalise(snippet))) {
      score.fp++
      misses++
    } else score.tn++
  }
  return misses
}

/** Precision, recall, F1 of totals. */
function summary(name: string, score: Score): string {
  const precision = score.tp / (score.tp + score.fp)
  const recall = score.tp / (score.tp + score.fn)
  const f1 = (2 * precision * recall) / (precision + recall)
  return `| ${name.padEnd(26)} | ${score.tp} | ${score.fp} | ${score.fn} | ${score.tn} | ${precision.toFixed(3)} | ${recall.toFixed(3)} | ${f1.toFixed(3)} |`
}

const evaldata = JSON.parse(readFileSync(join(corpus, 'evaldata.json'), 'utf8')) as Record<string, {file: string; with: string[]; without: string[]}>
let entries = Object.entries(evaldata).filter(([, entry]) => existsSync(join(corpus, 'eval', entry.file)))
if (values.filter) entries = entries.filter(([url]) => url.includes(values.filter!))
if (values.limit) entries = entries.slice(0, Number(values.limit))

const raw: Score = {tp: 0, fp: 0, fn: 0, tn: 0}
const ours: Score = {tp: 0, fp: 0, fn: 0, tn: 0}
const worst: Array<[number, string]> = []
let parseMs = 0
let thrown = 0
for (const [url, entry] of entries) {
  const html = decode(new Uint8Array(readFileSync(join(corpus, 'eval', entry.file))))
  const dump = toText(fromParse5(parseHtml(html)) as never)
  scoreInto(dump, entry, raw)
  let text = ''
  const started = performance.now()
  try {
    text = toPlainText(parse(dump, {format: 'text'}))
  } catch (error) {
    thrown++
    console.error(`throws on ${url}: ${String(error)}`)
  }
  parseMs += performance.now() - started
  worst.push([scoreInto(text, entry, ours), url])
}

console.log(`Whole-page text dumps of ${entries.length} trafilatura pages (snippet metric)\n`)
console.log('| extractor                  | tp | fp | fn | tn | precision | recall | F1 |')
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
console.log(summary('raw dump (baseline)', raw))
console.log(summary('standfirst format: text', ours))
console.log(`\nparse time: ${(parseMs / entries.length).toFixed(1)} ms/page; pages that threw: ${thrown}`)
if (values.worst) {
  console.log('\nworst pages:')
  for (const [misses, url] of worst.sort((a, b) => b[0] - a[0]).slice(0, Number(values.worst))) console.log(`  ${misses}  ${url}`)
}
