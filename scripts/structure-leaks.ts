/**
 * Benchmark (not a test): structure left in the body, over every corpus page
 * read as an article (fundus-dev, the Readability.js pages, the trafilatura
 * pages; see `../shared/corpus`). No truth is needed: a body paragraph that
 * repeats the standfirst, the headline or a figure's caption, or that reads
 * as a byline ("By Jane Doe", "Von …") or a dateline (a date and at most one
 * other word) among the body's first six paragraphs, is a field that leaked
 * into the text. Prints each leak, then the counts by kind.
 *
 * Usage: `npm run bench:leaks -- [--no-scripts] [--limit N]`
 *
 * `--no-scripts` strips `<script>` elements first (pages saved without
 * their scripts have no JSON-LD); `--limit` applies to each corpus.
 *
 * @module
 */
import {parseArgs} from 'node:util'
import {parse} from '../src/index.js'
import {wordCount} from '../src/util/text.js'
import {findTimestamps, outsideStamps} from '../src/util/timestamps.js'
import {decode, fundusPages, intOption, READABILITY_URL, readabilityPages, trafilaturaBytes, trafilaturaPages} from './corpus.js'

const {values} = parseArgs({options: {'no-scripts': {type: 'boolean'}, limit: {type: 'string'}}})
const limit = intOption(values.limit, 'limit')
const withoutScripts = (html: string) => (values['no-scripts'] ? html.replace(/<script\b[\s\S]*?<\/script>/gi, '') : html)

/** How far into the body a byline or a dateline is looked for: the header's lines end up there when they leak. */
const TOP_PARAGRAPHS = 6

/** A byline or a dateline is a short line. */
const BYLINE_MAX_LENGTH = 90
const DATELINE_MAX_LENGTH = 70

/** A paragraph that opens as a byline does. */
const BYLINE_OPENING = /^(?:by|von|par|por|door|av|di)\s+\p{Lu}/iu

const pages = [
  ...fundusPages({limit}).map((page) => ({label: `fundus/${page.name}`, html: page.html, url: page.truth.url as string | undefined})),
  ...readabilityPages({limit}).map((page) => ({label: `readability/${page.name}`, html: page.source, url: READABILITY_URL as string | undefined})),
  ...trafilaturaPages({limit}).map((page) => ({label: `trafilatura/${page.file}`, html: decode(trafilaturaBytes(page)), url: page.url}))
]

/** Text compared loosely. */
const key = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim()

/**
 * The leaks of one article's body.
 *
 * @param article
 *   The article.
 * @returns
 *   Each leak as `kind: text`.
 */
function leaksOf(article: ReturnType<typeof parse>): string[] {
  const captions = new Set(article.body.flatMap((block) => (block.type === 'figure' && block.caption ? [key(block.caption)] : [])))
  if (article.image?.caption) captions.add(key(article.image.caption))
  const paragraphs = article.body.flatMap((block) => (block.type === 'paragraph' ? [block.text] : []))
  const found: string[] = []
  paragraphs.forEach((text, index) => {
    const folded = key(text)
    if (article.standfirst && folded === key(article.standfirst)) found.push(`standfirst repeated: ${text}`)
    if (folded === key(article.title)) found.push(`headline repeated: ${text}`)
    if (captions.has(folded)) found.push(`caption repeated: ${text}`)
    if (index >= TOP_PARAGRAPHS) return
    if (text.length <= BYLINE_MAX_LENGTH && BYLINE_OPENING.test(text)) found.push(`byline-like: ${text}`)
    if (text.length <= DATELINE_MAX_LENGTH) {
      const stamps = findTimestamps(text).filter((stamp) => stamp.timestamp.date)
      if (stamps.length > 0 && wordCount(outsideStamps(text, stamps)) <= 1) found.push(`dateline-like: ${text}`)
    }
  })
  return found
}

const counts = new Map<string, number>()
let articles = 0
for (const page of pages) {
  const article = parse(withoutScripts(page.html), page.url ? {format: 'html', url: page.url} : {format: 'html'})
  if (article.kind !== 'article') continue
  articles++
  for (const leak of leaksOf(article)) {
    const kind = leak.slice(0, leak.indexOf(':'))
    counts.set(kind, (counts.get(kind) ?? 0) + 1)
    console.log(`${page.label.slice(0, 60).padEnd(60)} ${leak.slice(0, 140)}`)
  }
}
console.log(`\n${articles} articles of ${pages.length} pages${values['no-scripts'] ? ', without scripts' : ''}`)
console.log('| leak | paragraphs |\n| --- | --: |')
for (const kind of ['standfirst repeated', 'headline repeated', 'caption repeated', 'byline-like', 'dateline-like']) console.log(`| ${kind} | ${counts.get(kind) ?? 0} |`)
