/**
 * Check (not a test): hashes of everything standfirst outputs, to show that
 * a change meant for speed alone changes no output. Every fixture (with its
 * options) and every page of the three corpora in `../shared/corpus` is
 * parsed with `parse` and with `parseWithMessages`, and the trafilatura
 * pages' text dumps (as `bench:text` makes them) with `format: 'text'`; each
 * Article, and each Article with its messages, is hashed.
 *
 * Usage: `tsx scripts/output-hashes.ts OUT.json`, before and after the
 * change, then `cmp` (or diff) the two files: each line names one output.
 *
 * @module
 */
import {createHash} from 'node:crypto'
import {writeFileSync} from 'node:fs'
import {parse, parseWithMessages, type ParseMessage, type ParseOptions} from '../src/index.js'
import {decode, fundusPages, htmlText, READABILITY_URL, readabilityPages, trafilaturaBytes, trafilaturaPages} from './corpus.js'
import {listCases, optionsOf, readInput, readMeta} from './fixture-store.js'

const out = process.argv[2]
if (!out) throw new Error('Usage: tsx scripts/output-hashes.ts OUT.json')

/** Hash of each output, by what it is the output of. */
const hashes: Record<string, string> = {}

/**
 * A short hash of a value's JSON.
 *
 * @param value
 *   Any JSON value.
 * @returns
 *   16 hex digits.
 */
function hash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16)
}

/**
 * What a message says and where, without the tree nodes it may hold.
 *
 * @param message
 *   A message.
 * @returns
 *   Its fields.
 */
function messageFields(message: ParseMessage) {
  const {reason, ruleId, source, place, fatal, actual, url} = message
  return {reason, ruleId, source, place, fatal, actual, url, text: String(message)}
}

/**
 * Parse an input with and without messages, and record both outputs.
 *
 * @param label
 *   What the input is.
 * @param input
 *   The input.
 * @param options
 *   Its options.
 */
function record(label: string, input: string | Uint8Array, options: ParseOptions): void {
  hashes[`${label} parse`] = hash(parse(input, options))
  const {article, messages} = parseWithMessages(input, options)
  hashes[`${label} article+messages`] = hash([article, messages.map(messageFields)])
}

for (const item of listCases()) record(`fixture/${item.site}/${item.name}`, readInput(item), optionsOf(readMeta(item.folder)))
for (const page of readabilityPages()) record(`readability/${page.name}`, page.source, {format: 'html', url: READABILITY_URL})
for (const page of fundusPages()) record(`fundus/${page.name}`, page.html, {format: 'html', url: page.truth.url})
for (const page of trafilaturaPages()) {
  const html = decode(trafilaturaBytes(page))
  record(`trafilatura/${page.file}`, html, page.url ? {format: 'html', url: page.url} : {format: 'html'})
  record(`trafilatura-text/${page.file}`, htmlText(html), {format: 'text'})
}
writeFileSync(out, `${JSON.stringify(hashes, null, 1)}\n`)
console.log(`${Object.keys(hashes).length} outputs, overall ${hash(hashes)}`)
