/**
 * Benchmark (not a test): what learning a site's furniture (`learnSite`,
 * `options.learned`) gains on the trafilatura evaluation set, scored with
 * its snippet metric (the scoring of `bench-accuracy.ts`, from `corpus.ts`).
 *
 * The pages are grouped by the host of their URL (`www.` aside); for each
 * group of at least 2 pages a profile is learned from the group's pages and
 * each page is parsed with it. Pages alone in their group, and pages
 * without a URL, parse as they always do. Reported: precision, recall and
 * F1 with and without learning, on the grouped pages and on all pages, for
 * the main text (standfirst + `toPlainText`, as `bench:accuracy` scores it)
 * and for the body alone; then every line learned, per group.
 *
 * The trafilatura set holds about one page per site, so a second measure
 * uses the Readability.js test pages that come several from one site
 * (their folders are named `nytimes-1`, `nytimes-2`…; grouped by that name
 * without its number, as their URL is the same placeholder for all): body
 * token F1 against `expected.html`, as `bench:accuracy` scores it.
 *
 * `--format text` reads each page as a whole-page text dump (as `bench:text`
 * makes them: the page's text with every menu and footer) instead of HTML.
 *
 * Usage: `npm run bench:learn-site -- [--group host|domain] [--format html|text] [--min-pages N] [--min-share X] [--limit N] [--quiet]`
 *
 * `--group domain` groups by the last two labels of the host (three under a
 * country's second level such as `co.uk`): the blogs of one platform
 * (`*.wordpress.com`) share its chrome, a looser test than one site.
 *
 * @module
 */
import {parseArgs} from 'node:util'
import {parse, toPlainText, type Article, type LearnedSite, type ParseOptions} from '../src/index.js'
import {hostOf, learnSite, type SitePage} from '../src/learn/learn-site.js'
import {
  decode,
  emptyScore,
  htmlText,
  intOption,
  overlap,
  overlapF1,
  rates,
  READABILITY_URL,
  readabilityPages,
  scoreInto,
  tokens,
  trafilaturaBytes,
  trafilaturaPages,
  type Overlap,
  type ReadabilityPage,
  type Score,
  type TrafilaturaPage
} from './corpus.js'

const {values} = parseArgs({
  options: {group: {type: 'string', default: 'host'}, format: {type: 'string', default: 'html'}, 'min-pages': {type: 'string'}, 'min-share': {type: 'string'}, limit: {type: 'string'}, quiet: {type: 'boolean', default: false}}
})
if (values.group !== 'host' && values.group !== 'domain') {
  console.error(`--group takes \`host\` or \`domain\`, not \`${values.group}\``)
  process.exit(2)
}
if (values.format !== 'html' && values.format !== 'text') {
  console.error(`--format takes \`html\` or \`text\`, not \`${values.format}\``)
  process.exit(2)
}
/** Whether the pages are read as whole-page text dumps, as `bench:text` makes them (`--format text`). */
const asText = values.format === 'text'
const minPages = intOption(values['min-pages'], 'min-pages')
const minShare = values['min-share'] === undefined ? undefined : Number(values['min-share'])

/** A country's second-level labels under which sites register (`co.uk`, `com.br`, `ac.at`): short, under a two-letter top level. */
function registeredDomain(host: string): string {
  const labels = host.split('.')
  const keep = labels.length >= 3 && labels.at(-1)!.length === 2 && labels.at(-2)!.length <= 3 ? 3 : 2
  return labels.slice(-keep).join('.')
}

/** The group a page belongs to, by `--group`. */
function groupOf(page: TrafilaturaPage): string | undefined {
  const host = hostOf(page.url)
  if (host === undefined) return undefined
  return values.group === 'domain' ? registeredDomain(host) : host
}

/** The texts the snippet metric reads: the main text (standfirst and body) and the body alone. */
interface Texts {
  main: string
  body: string
}

/** The page as `--format` reads it: HTML bytes, or its whole text. */
function input(html: Uint8Array | string): Uint8Array | string {
  return asText ? htmlText(typeof html === 'string' ? html : decode(html)) : html
}

/** A page for `learnSite`, as `--format` reads it. */
function sitePage(html: Uint8Array | string, url: string | undefined): SitePage {
  return asText ? {text: input(html) as string, url} : {html, url}
}

/** Parse a page (no text when it throws, as `bench:accuracy` counts it). */
function extract(page: TrafilaturaPage, learned?: LearnedSite): Texts {
  const options: ParseOptions = {format: values.format as 'html' | 'text', ...(page.url ? {url: page.url} : {}), ...(learned ? {learned} : {})}
  try {
    const article: Article = parse(input(trafilaturaBytes(page)), options)
    const body = toPlainText(article)
    return {main: article.standfirst ? `${article.standfirst}\n\n${body}` : body, body}
  } catch (error) {
    console.error(`standfirst throws on ${page.key}: ${String(error)}`)
    return {main: '', body: ''}
  }
}

/** Snippet totals of one setting. */
interface Totals {
  main: Score
  body: Score
}

const totals = (): Totals => ({main: emptyScore(), body: emptyScore()})
const add = (into: Totals, texts: Texts, page: TrafilaturaPage) => {
  scoreInto(texts.main, page, into.main)
  scoreInto(texts.body, page, into.body)
}

const pages = trafilaturaPages({limit: intOption(values.limit, 'limit')})
const groups = new Map<string, TrafilaturaPage[]>()
for (const page of pages) {
  const group = groupOf(page)
  if (group !== undefined) groups.set(group, [...(groups.get(group) ?? []), page])
}
const grouped = [...groups].filter(([, members]) => members.length >= 2)

const before = {grouped: totals(), all: totals()}
const after = {grouped: totals(), all: totals()}
const learnedBy = new Map<string, LearnedSite>()
let learnedLines = 0
let dropped = 0
for (const [group, members] of grouped) {
  const learned = learnSite(
    members.map((page) => sitePage(trafilaturaBytes(page), page.url)),
    {...(minPages === undefined ? {} : {minPages}), ...(minShare === undefined ? {} : {minShare})}
  )
  learnedBy.set(group, learned)
  learnedLines += learned.furniture.length
}
for (const page of pages) {
  const group = groupOf(page)
  const learned = group === undefined ? undefined : learnedBy.get(group)
  const plain = extract(page)
  add(before.all, plain, page)
  const withLearning = learned && learned.furniture.length > 0 ? extract(page, learned) : plain
  add(after.all, withLearning, page)
  if (learned) {
    add(before.grouped, plain, page)
    add(after.grouped, withLearning, page)
    if (withLearning.main !== plain.main) dropped++
  }
}

const f3 = (value: number) => (Number.isFinite(value) ? value.toFixed(3) : '–')
/** One row of the table. */
function row(label: string, score: Score): string {
  const {precision, recall, f1} = rates(score)
  return `| ${label} | ${f3(precision)} | ${f3(recall)} | ${f3(f1)} | ${score.tp} | ${score.fp} | ${score.fn} |`
}

const groupedPages = grouped.reduce((sum, [, members]) => sum + members.length, 0)
console.log(`trafilatura set: ${pages.length} pages; grouped by ${values.group}: ${grouped.length} groups of at least 2 pages (${groupedPages} pages), ${learnedLines} lines learned, ${dropped} pages whose main text changed`)
console.log(`format: ${values.format}; thresholds: min pages ${minPages ?? 'default (3)'}, min share ${minShare ?? 'default (0.5)'}\n`)
console.log('| pages, text | precision | recall | F1 | tp | fp | fn |')
console.log('| --- | --: | --: | --: | --: | --: | --: |')
for (const [label, set] of [['grouped', 'grouped'], ['all', 'all']] as const) {
  for (const kind of ['main', 'body'] as const) {
    const text = kind === 'main' ? 'standfirst + body' : 'body only'
    console.log(row(`${label} (${set === 'grouped' ? groupedPages : pages.length}), ${text}, without learning`, before[set][kind]))
    console.log(row(`${label} (${set === 'grouped' ? groupedPages : pages.length}), ${text}, learned`, after[set][kind]))
  }
}
if (!values.quiet) {
  console.log('\nLines learned, by group:')
  for (const [group, learned] of learnedBy) {
    if (learned.furniture.length === 0) continue
    console.log(`\n${group} (${learned.pages} pages):`)
    for (const line of learned.furniture) console.log(`  ${line.pages}× ${line.text.length > 100 ? line.text.slice(0, 99) + '…' : line.text}`)
  }
}

/* ------------------------------------------------------------------ */
/* Readability.js pages, several from one site                         */
/* ------------------------------------------------------------------ */

/** The site of a Readability.js test page: its folder name without the number (`nytimes-3` → `nytimes`). */
const siteOf = (page: ReadabilityPage) => page.name.replace(/-\d+$/, '')

/** Token overlap of a page's body with its expected text, with or without a learned profile. */
function bodyOverlap(page: ReadabilityPage, learned?: LearnedSite): Overlap {
  let text = ''
  try {
    text = toPlainText(parse(input(page.source), {format: values.format as 'html' | 'text', url: READABILITY_URL, ...(learned ? {learned} : {})}))
  } catch (error) {
    console.error(`standfirst throws on ${page.name}: ${String(error)}`)
  }
  return overlap(tokens(text), tokens(htmlText(page.expected)))
}

/** Sum of overlaps (the micro average's counts). */
const sum = (into: Overlap, counts: Overlap) => {
  into.common += counts.common
  into.extracted += counts.extracted
  into.expected += counts.expected
}

const sites = new Map<string, ReadabilityPage[]>()
for (const page of readabilityPages()) sites.set(siteOf(page), [...(sites.get(siteOf(page)) ?? []), page])
const rSites = [...sites].filter(([, members]) => members.length >= 2)
const rBefore: Overlap = {common: 0, extracted: 0, expected: 0}
const rAfter: Overlap = {common: 0, extracted: 0, expected: 0}
let rPages = 0
let rMeanBefore = 0
let rMeanAfter = 0
const rLearned: Array<[string, LearnedSite]> = []
for (const [site, members] of rSites) {
  const learned = learnSite(
    members.map((page) => sitePage(page.source, READABILITY_URL)),
    {...(minPages === undefined ? {} : {minPages}), ...(minShare === undefined ? {} : {minShare})}
  )
  rLearned.push([site, learned])
  for (const page of members) {
    const plain = bodyOverlap(page)
    const withLearning = learned.furniture.length > 0 ? bodyOverlap(page, learned) : plain
    sum(rBefore, plain)
    sum(rAfter, withLearning)
    rMeanBefore += overlapF1(plain)
    rMeanAfter += overlapF1(withLearning)
    rPages++
  }
}
console.log(`\nReadability.js test pages: ${rSites.length} sites with at least 2 pages (${rPages} pages), ${rLearned.reduce((n, [, learned]) => n + learned.furniture.length, 0)} lines learned\n`)
console.log('| body tokens against expected.html | micro F1 | mean F1 | extracted tokens |')
console.log('| --- | --: | --: | --: |')
console.log(`| without learning | ${f3(overlapF1(rBefore))} | ${f3(rMeanBefore / rPages)} | ${rBefore.extracted} |`)
console.log(`| learned | ${f3(overlapF1(rAfter))} | ${f3(rMeanAfter / rPages)} | ${rAfter.extracted} |`)
if (!values.quiet) {
  for (const [site, learned] of rLearned) {
    if (learned.furniture.length === 0) continue
    console.log(`\n${site} (${learned.pages} pages):`)
    for (const line of learned.furniture) console.log(`  ${line.pages}× ${line.text.length > 100 ? line.text.slice(0, 99) + '…' : line.text}`)
  }
}
