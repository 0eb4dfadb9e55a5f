/**
 * Benchmark (not a test): standfirst's structured fields against the truth of
 * two corpora in `../shared/corpus` (see its README), printed beside
 * Readability.js on linkedom, run in the same process on the same decoded
 * pages, page by page.
 *
 * Corpora:
 *
 * - `fundus-dev` (86 pages): truth written by fundus's per-publisher parsers
 *   and checked by hand there. Ours: `parse(html, {format: 'html', url})` with
 *   the truth's `url`. The files are UTF-8 whatever the page declares, so
 *   both extractors get the text decoded as UTF-8 (see `fundusPages`).
 * - `readability` (129 pages): the truth is `expected-metadata.json` and
 *   `expected.html`, i.e. Readability.js's own output (on jsdom), so its
 *   figures there measure little more than linkedom against jsdom; ours get
 *   `url` `http://fakehost/test/page.html`, as its tests use. This corpus has
 *   no truth for captions, credits or images.
 *
 * Metrics, each on the pages (or captions) that have a truth for it:
 *
 * - **headline exact**: `fold(article.title) === fold(truth title)`, where
 *   `fold` is NFKC, then invisible format characters (`\p{Cf}`: zero-width
 *   space, soft hyphen…) dropped, then each of “ ” „ ‟ « » ‹ › " ' ‘ ’ ‚ ‛
 *   replaced by `"`, then whitespace runs folded to one space and trimmed.
 *   Case is kept. Readability: `title`.
 * - **authors set F1**: each name NFKC, `\p{Cf}` dropped, whitespace folded,
 *   lower-cased, stripped of surrounding `, ; : | · • – — -` and of a leading
 *   “by”/“von”/“par”/“por”/“door”/“di” (with an optional colon). Per page,
 *   F1 = 2|found ∩ truth| / (|found| + |truth|) over the sets of names;
 *   averaged over pages with at least one truth author. On pages whose truth
 *   has no author, the row “authors on pages with none” counts pages where
 *   any author is returned. Ours: `article.authors[].name`; Readability:
 *   `byline`, split into names on commas and “ and ”, “ und ”, “&”, “ et ”,
 *   “ y ” (the readability corpus's truth `byline` is split the same way).
 *   Some truths name the publisher or an agency as the author, which we
 *   return as `source`, not as a person: the row “the credited organisation
 *   counted” scores `authors` plus `source` against the same truth, and the
 *   row “the people, else the credited organisation” scores `authors`, or
 *   `source` when no person is named (the byline a reader sees).
 * - **published**: the truth read with `moment` (corpus.ts). A zoned truth
 *   (fundus: 80 pages) is hit when the extractor gives an instant within
 *   ±60 s of it (ours: `published.iso`). A truth with a time but no zone
 *   (fundus: 2 pages, where the page gives none) is hit when the extractor's
 *   wall-clock date and time (ours: `published.date` + `published.time`) are
 *   within ±60 s of the truth's. A date-only truth is hit on the same calendar
 *   day; fundus writes a page's bare date as midnight without an offset, so
 *   such a truth counts as date-only (fundus: 4 pages; readability corpus:
 *   2 bare dates). A result with a day but no time is a miss wherever the
 *   truth has a time, and is also counted in its own row (“date only”).
 *   Readability: `publishedTime`.
 * - **updated**: neither corpus has a truth for it (the fundus JSON has no
 *   such key, the readability metadata neither); not scored.
 * - **tokens**, for every text metric below: {@link scriptTokens} (corpus.ts),
 *   i.e. lower-cased runs of letters (with their combining marks) or digits,
 *   each Han or Kana character a token of its own; token F1 is the F1 of the
 *   multiset overlap. (`bench:accuracy` uses `tokens`, which keeps a whole
 *   Japanese or Chinese clause as one token; on fundus's 5 such pages that
 *   would make one changed character cost the clause.)
 * - **standfirst**: token F1 of the returned standfirst with the truth's; a page is a hit at F1 ≥ 0.8; the
 *   mean token F1 counts a missing standfirst as 0. On pages whose truth has
 *   none (fundus `null`), the row “standfirst where truth has none” counts
 *   pages where one is returned. Readability: `excerpt`. On the readability
 *   corpus the truth is its `excerpt`, Readability's own judgement (the meta
 *   description, else its first paragraph).
 * - **body token F1**: token F1 per page (mean), and of the overlap counts
 *   summed over pages (micro). Ours: `toPlainText(article)` (which
 *   leaves out title, standfirst and captions). Truth: fundus — every section's
 *   headings then paragraphs (headings count: a reader reads them, and
 *   `toPlainText` keeps body headings; the standfirst is not part of it);
 *   readability corpus — the text of `expected.html`. Readability:
 *   `textContent` (which may hold the standfirst and captions; that costs it
 *   some precision on fundus). `--failures` lists pages under F1 0.8.
 * - **captions found** (fundus): share of truth captions (images with a
 *   non-empty `caption`) for which some caption of a figure returned anywhere
 *   (the lead image `article.image`, the article body or any post body) has
 *   token F1 ≥ 0.8 with it. The lead image counts as a returned figure
 *   because the library takes it out of the body when it is the first
 *   figure; when the body repeats it (same src, caption and credit) it
 *   counts once. **credits
 *   found**: the same with `credit`; a second row also counts credits that
 *   match once a leading label (“Photo by”, “Foto:”, “(Bild:”, “Image
 *   Credits:”, “©”) is dropped from both sides, since the truth mostly has
 *   none. Pooled over all truth captions (credits), a page with 16 pictures
 *   weighs 16 times a page with one; rows “mean of per-page shares” weigh
 *   pages equally (the issue that asked for this script quoted that kind of
 *   figure). **returned captions matching no truth
 *   caption**: of the figures returned with a caption, those whose caption
 *   has F1 < 0.8 with every truth caption of the page (pages without truth
 *   images included). Readability returns no figures: –.
 * - **lead image** (fundus): the truth lead is the image with the smallest
 *   `position`. `position` is the index of the image's element in document
 *   order (checked on at-DerStandard: 111 is the first `<source>` of the top
 *   `<picture>`), and fundus lists only the article's own images, so this is
 *   the article's first picture. It is not `og:image`: that is mostly the same
 *   picture in another crop or size, but on some pages another picture, a
 *   social card or a sharing service's URL (it matches on 64 of the 79 pages
 *   with images; the output prints this baseline).
 *   Ours: `article.image.src`; a second row scores the `src` of the body's
 *   first figure, the stand-in used before the library had the field (it
 *   falls once the lead image leaves the body). URLs match by
 *   {@link sameImage}.
 *   Readability has no lead image: –.
 *
 * A throw counts as finding nothing, and is listed.
 *
 * Usage: `npm run bench:fields -- [--corpus fundus|readability] [--limit N]
 * [--filter TEXT] [--failures] [--json FILE] [--no-scripts]`
 *
 * `--no-scripts` removes every `<script>` (JSON-LD included) before both
 * extractors read a page: pages saved without their scripts, as in the
 * held-out set of pages the project is judged on, where only meta tags and
 * visible markup are left.
 *
 * `--failures` lists every failed check of standfirst, grouped by field and
 * by kind of failure; `--json` writes every check of both extractors on every
 * page (for diffs between runs).
 *
 * @module
 */
import {execFileSync} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {Readability} from '@mozilla/readability'
import {parseHTML} from 'linkedom'
import {parse, toPlainText, type FigureBlock, type Timestamp} from '../src/index.js'
import {
  fundusPages,
  htmlText,
  intOption,
  moment,
  overlap,
  overlapF1,
  READABILITY_URL,
  readabilityPages,
  scriptTokens,
  type FundusPage,
  type Moment,
  type Overlap,
  type ReadabilityPage
} from './corpus.js'

/* ------------------------------------------------------------------ */
/* Options                                                             */
/* ------------------------------------------------------------------ */

const {values} = parseArgs({
  options: {
    corpus: {type: 'string'},
    limit: {type: 'string'},
    filter: {type: 'string'},
    failures: {type: 'boolean', default: false},
    json: {type: 'string'},
    'no-scripts': {type: 'boolean', default: false}
  }
})
if (values.corpus !== undefined && values.corpus !== 'fundus' && values.corpus !== 'readability') {
  console.error(`--corpus takes \`fundus\` or \`readability\`, not \`${values.corpus}\``)
  process.exit(2)
}
const limit = intOption(values.limit, 'limit')

/** Every `<script>` element, JSON-LD included (`--no-scripts`). */
const SCRIPT_ELEMENT = /<script\b[\s\S]*?<\/script\s*>/gi

/**
 * A page as saved without its scripts.
 *
 * @param html
 *   The page.
 * @returns
 *   The page without `<script>` elements.
 */
function withoutScripts(html: string): string {
  return html.replace(SCRIPT_ELEMENT, '')
}

/** Token F1 at or above which two texts (standfirsts, captions, credits) count as the same. */
const SAME_TEXT = 0.8
/** Allowed distance between a found and a true published time. */
const TOLERANCE_MS = 60_000

/* ------------------------------------------------------------------ */
/* What the extractors found, and the truth                            */
/* ------------------------------------------------------------------ */

/** A figure as the scorers see it. */
interface Figure {
  caption?: string
  credit?: string
  src?: string
}

/** A published time as returned: what the scorer reads, and what to show. */
interface FoundTime {
  /** `undefined` when the time was returned but not resolved to a day. */
  moment: Moment | undefined
  shown: string
}

/** What one extractor returned on one page, reduced to the scored fields. */
interface Found {
  title: string
  authors: string[]
  /** The authors and the organisation credited beside or instead of them (ours: `source`). */
  credited?: string[]
  /** The byline as a reader sees it: the people, else the organisation credited (ours: `authors`, else `source`). */
  byline?: string[]
  published: FoundTime | undefined
  standfirst: string
  body: string
  /**
   * Figures and lead image; absent for an extractor that returns neither.
   * `figures` are the returned figures (the lead image first, unless the
   * body repeats it); `bodyFigures` those of the body only.
   */
  media?: {figures: Figure[]; bodyFigures: Figure[]; image: string | undefined}
  /** The message, when the extractor threw. */
  error?: string
  ms: number
}

/** The truth of one page, in the form the scorers need. */
interface Truth {
  title: string
  /** Folded names; empty when the truth has none. */
  authors: string[]
  published: {moment: Moment; shown: string} | undefined
  /** Empty when the truth has none. */
  standfirst: string
  body: string
  /** Fundus only. */
  images?: {
    captions: string[]
    credits: string[]
    /** Alt texts, to tell a returned alt text from a stray caption. */
    descriptions: string[]
    lead: string | undefined
  }
}

/** One scored check: a page's headline, one truth caption, one returned figure… */
interface Check {
  ok: boolean
  /** `ok`, or what kind of failure this is. */
  kind: string
  found: string
  truth: string
  /** F1 or other score in [0, 1], where the metric has one. */
  score?: number
  /** Token overlap, for the micro-average of the body. */
  counts?: Overlap
}

/** Every field scored, in output order. */
const FIELDS = [
  'parse',
  'headline',
  'authors',
  'authorsWhereNone',
  'authorsWithSource',
  'authorsElseSource',
  'published',
  'standfirst',
  'standfirstWhereNone',
  'body',
  'captions',
  'credits',
  'strayCaptions',
  'lead',
  'leadFirstFigure'
] as const
type Field = (typeof FIELDS)[number]
type Checks = Partial<Record<Field, Check[]>>

/** The results of one page. */
interface PageResult {
  corpus: CorpusName
  page: string
  url: string
  ours: Checks
  readability: Checks
  ms: {ours: number; readability: number}
  /** The page's og:image, for the lead-image baseline (fundus). */
  ogImage?: string
  ogImageMatchesLead?: boolean
}

type CorpusName = 'fundus' | 'readability'

/* ------------------------------------------------------------------ */
/* Normalisation                                                       */
/* ------------------------------------------------------------------ */

/** Every quotation mark the headline metric treats as one. */
const QUOTES = /[“”„‟«»‹›"'‘’‚‛]/g

/** Invisible format characters (zero-width space, soft hyphen…), which NFKC keeps. */
const INVISIBLE = /\p{Cf}/gu

/**
 * Fold a headline for the exact-match metric: NFKC, invisible characters
 * dropped, quotes made one, white space folded. Case is kept.
 */
function foldHeadline(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(QUOTES, '"').replace(/\s+/g, ' ').trim()
}

/** A “By” in the languages of the corpora; only taken off when a name follows it. */
const BY = /^(?:by|von|par|por|door|di)(?:\s*:\s*|\s+)(?=\S)/u
/** Punctuation that bylines put around names. */
const NAME_EDGES = /^[\s,;:|·•–—-]+|[\s,;:|·•–—-]+$/gu

/**
 * Fold an author name: NFKC, invisible characters dropped, whitespace
 * folded, lower-cased, surrounding punctuation and a leading “by” dropped.
 */
function foldName(name: string): string {
  const folded = name.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/g, ' ').toLowerCase().replace(NAME_EDGES, '')
  return folded.replace(BY, '').replace(NAME_EDGES, '')
}

/** Where a byline string is cut into names. */
const BYLINE_SEPARATORS = /,|\s+(?:and|und|et|y)\s+|\s*&\s*/iu

/**
 * Cut a byline string (Readability's, or the readability corpus's truth) into
 * names, so that it can be scored as a set.
 */
function splitByline(byline: string): string[] {
  return byline.split(BYLINE_SEPARATORS).map(foldName).filter(Boolean)
}

/** Cut text for the failure listing. */
function cut(text: string, length = 100): string {
  const flat = [...text.replace(/\s+/g, ' ').trim()]
  return flat.length > length ? `${flat.slice(0, length - 1).join('')}…` : flat.join('')
}

/** Token overlap of two texts, with {@link scriptTokens}. */
const textOverlap = (found: string, truth: string): Overlap => overlap(scriptTokens(found), scriptTokens(truth))

/** Token F1 of two texts; a text without tokens matches nothing (not even another such text). */
function textF1(found: string, truth: string): number {
  const counts = textOverlap(found, truth)
  return counts.extracted && counts.expected ? overlapF1(counts) : 0
}

/** Precision and recall of an overlap (1 when the side is empty). */
function precisionRecall(counts: Overlap): {precision: number; recall: number} {
  return {
    precision: counts.extracted ? counts.common / counts.extracted : 1,
    recall: counts.expected ? counts.common / counts.expected : 1
  }
}

/* ------------------------------------------------------------------ */
/* Image URLs                                                          */
/* ------------------------------------------------------------------ */

/**
 * Markers that tell variants of one picture apart in file names: sizes
 * (`1200x800`, `w1280`, `w_988`), WordPress's edit stamp (`-e1715708581580`)
 * and a trailing hex hash of a rendition (`-a31d858981171363`).
 */
const SIZE_MARK = /(?:^|[-_.,])(?:\d{2,5}x\d{2,5}|[wh]_?\d{2,5}|e\d{10,})(?=$|[-_.,])|[-_][0-9a-f]{12,}$/g

/**
 * Path of an image URL, resolved against the page, without query and
 * fragment, percent-decoded and lower-cased.
 */
function imagePath(src: string, base: string): string | undefined {
  try {
    const url = new URL(src.trim(), base)
    let path = url.pathname
    try {
      path = decodeURIComponent(path)
    } catch {
      // A stray % is kept as is.
    }
    return `${url.host}${path}`.toLowerCase()
  } catch {
    return undefined
  }
}

/**
 * The stem of a path's last segment: extensions and size markers removed.
 * `…/1200x675_cmsv2_5cf0f21b.jpg.webp` → `cmsv2_5cf0f21b`.
 */
function fileStem(path: string): string {
  const last = path.slice(path.lastIndexOf('/') + 1)
  return last.replace(/(?:\.[a-z0-9]{2,5})+$/, '').replace(SIZE_MARK, '')
}

/**
 * Identifier-like tokens of a path (host left out: a CDN host name can look
 * like an id): runs of letters and digits, 8 or more long, with a digit, not
 * a size and not a yyyymmdd date. Image ids, hashes and UUID parts look like
 * this; words, years and sizes do not.
 */
function idTokens(hostAndPath: string): Set<string> {
  const path = hostAndPath.slice(hostAndPath.indexOf('/'))
  const words = path.split(/[^a-z0-9]+/).filter((word) => word.length >= 8 && /\d/.test(word))
  return new Set(words.filter((word) => !/^\d{2,5}x\d{2,5}$/.test(word) && !/^(?:19|20)\d{6}$/.test(word)))
}

/**
 * Whether two image URLs show the same picture, tolerating the size and
 * format variants a CDN serves of it. In this order:
 *
 * 1. the same host and path once query and fragment are dropped;
 * 2. the same last path segment once extensions and variant markers (see
 *    `SIZE_MARK`: sizes, WordPress edit stamps, rendition hashes) are
 *    removed, if at least 6 characters remain (`image.jpg` stems say nothing);
 * 3. a shared identifier-like path token (see {@link idTokens}), which
 *    catches CDNs that put the crop in the file name or the id in a folder.
 *
 * @param a
 *   One URL, as given.
 * @param b
 *   The other.
 * @param base
 *   The page URL, to resolve relative URLs.
 */
function sameImage(a: string, b: string, base: string): boolean {
  const pathA = imagePath(a, base)
  const pathB = imagePath(b, base)
  if (!pathA || !pathB) return false
  if (pathA === pathB) return true
  const stemA = fileStem(pathA)
  if (stemA.length >= 6 && stemA === fileStem(pathB)) return true
  const idsB = idTokens(pathB)
  return [...idTokens(pathA)].some((id) => idsB.has(id))
}

/* ------------------------------------------------------------------ */
/* Extractors                                                          */
/* ------------------------------------------------------------------ */

const NOTHING = {title: '', authors: [], published: undefined, standfirst: '', body: ''}

/** Our Timestamp as the published scorer reads it. */
function timestampTime(timestamp: Timestamp | undefined): FoundTime | undefined {
  if (!timestamp) return undefined
  const shown = `${timestamp.iso ?? [timestamp.date, timestamp.time].filter(Boolean).join(' ')} ← “${timestamp.text}”`
  if (!timestamp.date) return {moment: undefined, shown}
  const instant = timestamp.iso ? Date.parse(timestamp.iso) : undefined
  return {moment: {date: timestamp.date, clock: timestamp.time, instant}, shown}
}

/**
 * Run standfirst on a page.
 *
 * @param html
 *   The decoded page.
 * @param url
 *   Its URL.
 */
function runOurs(html: string, url: string): Found {
  const started = performance.now()
  try {
    const article = parse(html, {format: 'html', url})
    const blocks = [...article.body, ...article.posts.flatMap((post) => post.body)]
    // Photos and videos: an embedded post (a tweet) keeps its quoted text as its caption, which is no photo caption.
    const bodyFigures = blocks.filter((block): block is FigureBlock => block.type === 'figure' && block.media !== 'embed')
    // The lead image is a returned figure too: its caption and credit count (once, when the body repeats it).
    const lead = article.image
    const repeated = lead && bodyFigures.some((figure) => figure.src === lead.src && figure.caption === lead.caption && figure.credit === lead.credit)
    const figures: Figure[] = lead && !repeated ? [lead, ...bodyFigures] : bodyFigures
    return {
      title: article.title,
      authors: article.authors.map((author) => author.name),
      credited: [...article.authors.map((author) => author.name), ...(article.source ? [article.source] : [])],
      byline: article.authors.length > 0 ? article.authors.map((author) => author.name) : article.source ? [article.source] : [],
      published: timestampTime(article.published),
      standfirst: article.standfirst ?? '',
      body: toPlainText(article),
      media: {figures, bodyFigures, image: lead?.src},
      ms: performance.now() - started
    }
  } catch (error) {
    return {...NOTHING, media: {figures: [], bodyFigures: [], image: undefined}, error: String(error), ms: performance.now() - started}
  }
}

/**
 * Run Readability.js on linkedom on a page, and read the page's og:image
 * from the same document (before Readability changes it).
 *
 * @param html
 *   The decoded page.
 */
function runReadability(html: string): {found: Found; ogImage: string | undefined} {
  const started = performance.now()
  let ogImage: string | undefined
  try {
    const {document} = parseHTML(html)
    ogImage = document.querySelector('meta[property="og:image"], meta[name="og:image"]')?.getAttribute('content') ?? undefined
    const result = new Readability(document).parse()
    const published = result?.publishedTime ?? ''
    const found: Found = {
      title: result?.title ?? '',
      // One byline string: scored as the names it lists.
      authors: result?.byline ? splitByline(result.byline) : [],
      published: published ? {moment: moment(published), shown: published} : undefined,
      standfirst: result?.excerpt ?? '',
      body: result?.textContent ?? '',
      ms: performance.now() - started
    }
    return {found, ogImage}
  } catch (error) {
    return {found: {...NOTHING, error: String(error), ms: performance.now() - started}, ogImage}
  }
}

/* ------------------------------------------------------------------ */
/* Scorers: one per field, each giving the checks of one page          */
/* ------------------------------------------------------------------ */

/** A check. */
const check = (ok: boolean, kind: string, found: string, truth: string, extra: Partial<Check> = {}): Check => ({
  ok,
  kind: ok ? 'ok' : kind,
  found: cut(found),
  truth: cut(truth),
  ...extra
})

/** Headline exact match, with the kind of difference. */
function scoreHeadline(found: Found, truth: Truth): Check[] {
  if (!foldHeadline(truth.title)) return []
  const ours = foldHeadline(found.title)
  const want = foldHeadline(truth.title)
  const bare = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
  let kind = 'different text'
  if (!ours) kind = 'none found'
  else if (ours.toLowerCase() === want.toLowerCase()) kind = 'case differs'
  else if (bare(ours) === bare(want)) kind = 'punctuation or spacing differs'
  else if (ours.includes(want)) kind = 'extra text around it (site name, kicker…)'
  else if (want.includes(ours)) kind = 'cut short'
  return [check(ours === want, kind, found.title, truth.title)]
}

/** Author set F1 on pages with truth authors. */
function scoreAuthors(found: Found, truth: Truth): Check[] {
  if (truth.authors.length === 0) return []
  const names = new Set(found.authors.map(foldName).filter(Boolean))
  const want = new Set(truth.authors)
  const common = [...names].filter((name) => want.has(name)).length
  const f1 = names.size ? (2 * common) / (names.size + want.size) : 0
  let kind = 'extra and missed names'
  if (names.size === 0) kind = 'none found'
  else if (common === 0) kind = 'no name right'
  else if (common === want.size) kind = 'extra names'
  else if (common === names.size) kind = 'missed names'
  return [check(f1 === 1, kind, [...names].join('; '), [...want].join('; '), {score: f1})]
}

/** Whether authors are returned where the truth has none. */
function scoreAuthorsWhereNone(found: Found, truth: Truth): Check[] {
  if (truth.authors.length > 0) return []
  const names = found.authors.map(foldName).filter(Boolean)
  return [check(names.length === 0, 'authors where truth has none', names.join('; '), '(none)')]
}

/** Milliseconds of a wall-clock date and time read as UTC. */
const wallClock = (time: Moment) => Date.parse(`${time.date}T${time.clock}${time.clock!.length === 5 ? ':00' : ''}Z`)

/**
 * Name a published time that is off by `diff` ms: whole quarter hours up to
 * 14 h point at a zone error.
 */
function offsetKind(diff: number, sameDay: boolean): string {
  const quarter = 15 * 60_000
  const nearQuarter = Math.abs(diff - Math.round(diff / quarter) * quarter) <= TOLERANCE_MS
  if (nearQuarter && Math.abs(diff) <= 14 * 3_600_000) return 'off by whole quarter hours (zone?)'
  return sameDay ? 'other time, same day (updated? other stamp?)' : 'other day'
}

/** Published within ±60 s of the truth (see the module comment). */
function scorePublished(found: Found, truth: Truth): Check[] {
  if (!truth.published) return []
  const want = truth.published.moment
  const time = found.published?.moment
  const shown = found.published?.shown ?? ''
  const result = (ok: boolean, kind: string) => [check(ok, kind, shown, truth.published!.shown)]
  if (!time) return result(false, found.published ? 'text not resolved to a day' : 'none found')
  if (!want.clock) return result(time.date === want.date, 'other day')
  if (!time.clock) return result(false, 'date only')
  let diff: number
  if (want.instant !== undefined) {
    if (time.instant === undefined) return result(false, 'time without zone')
    diff = time.instant - want.instant
  } else {
    diff = wallClock(time) - wallClock(want)
  }
  return result(Math.abs(diff) <= TOLERANCE_MS, offsetKind(diff, time.date === want.date))
}

/** Standfirst token F1 on pages with a truth standfirst. */
function scoreStandfirst(found: Found, truth: Truth): Check[] {
  if (!truth.standfirst.trim()) return []
  const counts = textOverlap(found.standfirst, truth.standfirst)
  const f1 = found.standfirst.trim() ? overlapF1(counts) : 0
  const {precision, recall} = precisionRecall(counts)
  let kind = 'partial overlap'
  if (!found.standfirst.trim()) kind = 'none found'
  else if (f1 < 0.2) kind = 'different text'
  else if (recall >= SAME_TEXT) kind = 'longer than truth (holds it)'
  else if (precision >= SAME_TEXT) kind = 'shorter than truth (part of it)'
  return [check(f1 >= SAME_TEXT, kind, found.standfirst, truth.standfirst, {score: f1})]
}

/** Whether a standfirst is returned where the truth has none, and where it comes from. */
function scoreStandfirstWhereNone(found: Found, truth: Truth): Check[] {
  if (truth.standfirst.trim()) return []
  if (!found.standfirst.trim()) return [check(true, 'ok', '', '(none)')]
  const {precision} = precisionRecall(textOverlap(found.standfirst, truth.body))
  const kind = precision >= SAME_TEXT ? 'where truth has none: text from the truth body' : 'where truth has none: text not in the truth body'
  return [check(false, kind, found.standfirst, '(none)')]
}

/** Body token F1 (listed as failed under 0.8). */
function scoreBody(found: Found, truth: Truth): Check[] {
  const counts = textOverlap(found.body, truth.body)
  const f1 = overlapF1(counts)
  const {precision, recall} = precisionRecall(counts)
  let kind = 'missing and extra text'
  if (!counts.extracted) kind = 'nothing found'
  else if (precision >= SAME_TEXT) kind = 'missing text (recall < 0.8)'
  else if (recall >= SAME_TEXT) kind = 'extra text (precision < 0.8)'
  const shown = `[P ${precision.toFixed(2)} R ${recall.toFixed(2)}, ${counts.extracted} tokens] ${found.body}`
  return [check(f1 >= SAME_TEXT, kind, shown, `[${counts.expected} tokens] ${truth.body}`, {score: f1, counts})]
}

/** The best match of a text among candidates. */
function best(text: string, candidates: string[]): {f1: number; match: string} {
  let top = {f1: 0, match: ''}
  for (const candidate of candidates) {
    const f1 = textF1(candidate, text)
    if (f1 > top.f1) top = {f1, match: candidate}
  }
  return top
}

/** Non-empty captions (or credits) of the returned figures. */
const figureTexts = (found: Found, which: 'caption' | 'credit') =>
  (found.media?.figures ?? []).map((figure) => figure[which] ?? '').filter((text) => text.trim())

/**
 * A label before a credit — “Photo by”, “Foto:”, “(Bild:”, “Image Credits:”,
 * “©” — which says nothing about who took the picture.
 */
const CREDIT_LABEL = /^[\s([]*(?:(?:image|photo|picture|foto|bild)s?\s*(?:credits?\s*)?(?:by\b|von\b|:)|credits?\s*:|©|\(c\)|copyright\b)\s*:?\s*/iu

/** A credit without its leading label. */
const unlabel = (credit: string) => credit.replace(CREDIT_LABEL, '')

/**
 * Whether each truth caption is among the returned captions, and if not,
 * why: none returned, the credit glued to the caption, a near miss.
 */
function scoreCaptions(found: Found, truth: Truth): Check[] {
  if (!found.media || !truth.images) return []
  const returned = figureTexts(found, 'caption')
  const credits = truth.images.credits
  return truth.images.captions.map((caption) => {
    const top = best(caption, returned)
    let kind = top.f1 >= 0.5 ? 'near miss (F1 0.5–0.8)' : 'not found'
    if (!returned.length) kind = 'page returns no captions'
    else if (returned.some((text) => credits.some((credit) => textF1(text, `${caption} ${credit}`) >= SAME_TEXT))) {
      kind = 'caption holds the credit too'
    }
    return check(top.f1 >= SAME_TEXT, kind, top.match, caption, {score: top.f1})
  })
}

/**
 * Whether each truth credit is among the returned credits, and if not, why:
 * it differs only by a label (“Photo by”), it was left inside a caption, none
 * returned, a near miss.
 */
function scoreCredits(found: Found, truth: Truth): Check[] {
  if (!found.media || !truth.images) return []
  const returned = figureTexts(found, 'credit')
  const captions = figureTexts(found, 'caption')
  return truth.images.credits.map((credit) => {
    const top = best(credit, returned)
    const holder = captions.find((caption) => precisionRecall(textOverlap(caption, credit)).recall >= SAME_TEXT)
    let kind = top.f1 >= 0.5 ? 'near miss (F1 0.5–0.8)' : 'not found'
    if (best(unlabel(credit), returned.map(unlabel)).f1 >= SAME_TEXT) kind = LABEL_ONLY
    else if (holder) kind = 'credit left inside a caption'
    else if (!returned.length) kind = 'page returns no credits'
    const shown = kind === 'credit left inside a caption' ? `(in caption) ${holder}` : top.match
    return check(top.f1 >= SAME_TEXT, kind, shown, credit, {score: top.f1})
  })
}

/** The kind of a credit that matches once leading labels are dropped. */
const LABEL_ONLY = 'only a label differs (Photo by, Foto:, ©…)'

/** Returned captions that match no truth caption (precision-ish), and what they are instead. */
function scoreStrayCaptions(found: Found, truth: Truth): Check[] {
  if (!found.media || !truth.images) return []
  const images = truth.images
  return figureTexts(found, 'caption').map((caption) => {
    const top = best(caption, images.captions)
    let kind = images.captions.length ? 'matches no truth caption' : 'page has no truth captions'
    if (best(caption, images.descriptions).f1 >= SAME_TEXT) kind = 'is the alt text of a truth image'
    if (best(unlabel(caption), images.credits.map(unlabel)).f1 >= SAME_TEXT) kind = 'is a truth credit'
    return check(top.f1 >= SAME_TEXT, kind, caption, top.match || '(none)', {score: top.f1})
  })
}

/** Lead image: the `image` field, or (`firstFigure`) the first returned figure's src. */
function scoreLead(found: Found, truth: Truth, url: string, firstFigure: boolean): Check[] {
  if (!found.media || !truth.images?.lead) return []
  const lead = truth.images.lead
  const src = firstFigure ? found.media.bodyFigures.find((figure) => figure.src)?.src : found.media.image
  if (!src) return [check(false, firstFigure ? 'no figure with a src' : 'no image field', '', lead)]
  return [check(sameImage(src, lead, url), 'different image', src, lead)]
}

/** Whether the extractor threw. */
function scoreParse(found: Found): Check[] {
  return [check(!found.error, 'threw', found.error ?? '', '')]
}

/**
 * Score everything an extractor found on a page.
 *
 * @param found
 *   What it returned.
 * @param truth
 *   The page's truth.
 * @param url
 *   The page URL (to resolve image URLs).
 */
function scorePage(found: Found, truth: Truth, url: string): Checks {
  return {
    parse: scoreParse(found),
    headline: scoreHeadline(found, truth),
    authors: scoreAuthors(found, truth),
    authorsWhereNone: scoreAuthorsWhereNone(found, truth),
    // Truths that name the publisher or an agency as the author: counted against `source` here.
    authorsWithSource: scoreAuthors({...found, authors: found.credited ?? found.authors}, truth),
    authorsElseSource: scoreAuthors({...found, authors: found.byline ?? found.authors}, truth),
    published: scorePublished(found, truth),
    standfirst: scoreStandfirst(found, truth),
    standfirstWhereNone: scoreStandfirstWhereNone(found, truth),
    body: scoreBody(found, truth),
    captions: scoreCaptions(found, truth),
    credits: scoreCredits(found, truth),
    strayCaptions: scoreStrayCaptions(found, truth),
    lead: scoreLead(found, truth, url, false),
    leadFirstFigure: scoreLead(found, truth, url, true)
  }
}

/* ------------------------------------------------------------------ */
/* Corpora                                                             */
/* ------------------------------------------------------------------ */

/** A non-empty trimmed string, else nothing. */
const present = (text: string | null | undefined): text is string => Boolean(text && text.trim())

/**
 * A truth published time, read. Midnight without an offset is read as a bare
 * day: that is how fundus writes the date of a page that gives no time.
 */
function truthTime(text: string | null | undefined): Truth['published'] {
  if (!present(text)) return undefined
  const time = moment(text)
  if (!time) return undefined
  const bareDay = time.instant === undefined && /^00:00(?::00)?$/.test(time.clock ?? '')
  return {moment: bareDay ? {date: time.date} : time, shown: text}
}

/** The truth of a fundus page. */
function fundusTruth(page: FundusPage): Truth {
  const {truth} = page
  const images = truth.images
  const lead = [...images].sort((a, b) => a.position - b.position)[0]?.url
  return {
    title: truth.title,
    authors: truth.authors.map(foldName).filter(Boolean),
    published: truthTime(truth.published),
    standfirst: truth.standfirst ?? '',
    body: truth.body.flatMap((section) => [...section.headings, ...section.paragraphs]).join('\n\n'),
    images: {
      captions: images.map((image) => image.caption).filter(present),
      credits: images.map((image) => image.credit).filter(present),
      descriptions: images.map((image) => image.description).filter(present),
      lead
    }
  }
}

/** The truth of a Readability test page: Readability.js's own output. */
function readabilityTruth(page: ReadabilityPage): Truth {
  const {metadata} = page
  return {
    title: metadata.title ?? '',
    authors: present(metadata.byline) ? splitByline(metadata.byline) : [],
    published: truthTime(metadata.publishedTime),
    standfirst: metadata.excerpt ?? '',
    body: htmlText(page.expected)
  }
}

/** A page ready to run. */
interface Job {
  page: string
  url: string
  html: string
  truth: Truth
}

/** The pages of a corpus, with their truth. */
function jobs(corpus: CorpusName): Job[] {
  const options = {limit, filter: values.filter}
  if (corpus === 'fundus') {
    return fundusPages(options).map((page) => ({page: page.name, url: page.truth.url, html: page.html, truth: fundusTruth(page)}))
  }
  return readabilityPages(options).map((page) => ({
    page: page.name,
    url: READABILITY_URL,
    html: page.source,
    truth: readabilityTruth(page)
  }))
}

/**
 * Run both extractors on one page and score them.
 *
 * @param corpus
 *   The corpus.
 * @param job
 *   The page.
 */
function runPage(corpus: CorpusName, job: Job): PageResult {
  const html = values['no-scripts'] ? withoutScripts(job.html) : job.html
  const ours = runOurs(html, job.url)
  const {found: theirs, ogImage} = runReadability(html)
  const lead = job.truth.images?.lead
  return {
    corpus,
    page: job.page,
    url: job.url,
    ours: scorePage(ours, job.truth, job.url),
    readability: scorePage(theirs, job.truth, job.url),
    ms: {ours: ours.ms, readability: theirs.ms},
    ...(corpus === 'fundus' ? {ogImage, ogImageMatchesLead: Boolean(ogImage && lead && sameImage(ogImage, lead, job.url))} : {})
  }
}

/* ------------------------------------------------------------------ */
/* Output                                                              */
/* ------------------------------------------------------------------ */

/**
 * How a table row sums its checks: share ok (pooled over pages), mean over
 * pages of each page's share ok, mean score, micro-averaged overlap, count
 * not ok, count of one kind of failure, or share ok or of one kind of failure.
 */
type Stat = 'rate' | 'pageMean' | 'mean' | 'micro' | 'misses' | {kind: string; orOk?: boolean}

/** One row of the table. */
interface Row {
  label: string
  field: Field
  stat: Stat
  /** What is counted in the n column, when not pages. */
  unit?: string
}

const ROWS: Row[] = [
  {label: 'headline exact', field: 'headline', stat: 'rate'},
  {label: 'authors set F1 (mean)', field: 'authors', stat: 'mean'},
  {label: 'authors: exact set', field: 'authors', stat: 'rate'},
  {label: 'authors on pages with none in truth', field: 'authorsWhereNone', stat: 'misses'},
  {label: 'authors set F1, the credited organisation (`source`) counted', field: 'authorsWithSource', stat: 'mean'},
  {label: 'authors set F1, the people, else the credited organisation (the byline a reader sees)', field: 'authorsElseSource', stat: 'mean'},
  {label: 'published ±60 s', field: 'published', stat: 'rate'},
  {label: 'published: date only where truth has a time (counted wrong)', field: 'published', stat: {kind: 'date only'}},
  {label: 'standfirst token F1 ≥ 0.8', field: 'standfirst', stat: 'rate'},
  {label: 'standfirst mean token F1', field: 'standfirst', stat: 'mean'},
  {label: 'standfirst where truth has none', field: 'standfirstWhereNone', stat: 'misses'},
  {label: 'body token F1 (mean)', field: 'body', stat: 'mean'},
  {label: 'body token F1 (micro)', field: 'body', stat: 'micro'},
  {label: 'captions found', field: 'captions', stat: 'rate', unit: 'captions'},
  {label: 'captions found, mean of per-page shares', field: 'captions', stat: 'pageMean'},
  {label: 'credits found', field: 'credits', stat: 'rate', unit: 'credits'},
  {label: 'credits found, mean of per-page shares', field: 'credits', stat: 'pageMean'},
  {label: 'credits found, leading labels (Photo by, Foto:, ©…) ignored', field: 'credits', stat: {kind: LABEL_ONLY, orOk: true}, unit: 'credits'},
  {label: 'returned captions matching no truth caption', field: 'strayCaptions', stat: 'misses', unit: 'returned'},
  {label: 'lead image (`image.src`)', field: 'lead', stat: 'rate'},
  {label: 'lead image: first figure src (stand-in)', field: 'leadFirstFigure', stat: 'rate'},
  {label: 'pages that threw', field: 'parse', stat: 'misses'}
]

/** Format a number to three places. */
const f3 = (value: number) => (Number.isFinite(value) ? value.toFixed(3) : '–')

/** The checks of one field of one extractor, per page that has any. */
const gather = (results: PageResult[], who: 'ours' | 'readability', field: Field): Check[][] =>
  results.map((result) => result[who][field] ?? []).filter((checks) => checks.length > 0)

/** Share of checks that are ok. */
const share = (checks: Check[]) => checks.filter((item) => item.ok).length / checks.length

/**
 * One table cell.
 *
 * @param perPage
 *   The checks of the row's field, per page.
 * @param stat
 *   How to sum them.
 */
function cell(perPage: Check[][], stat: Stat): string {
  const checks = perPage.flat()
  if (!checks.length) return '–'
  const hits = checks.filter((item) => item.ok).length
  if (stat === 'rate') return `${f3(hits / checks.length)} (${hits}/${checks.length})`
  if (stat === 'pageMean') return f3(perPage.reduce((sum, page) => sum + share(page), 0) / perPage.length)
  if (stat === 'mean') return f3(checks.reduce((sum, item) => sum + (item.score ?? 0), 0) / checks.length)
  if (stat === 'misses') return `${checks.length - hits} of ${checks.length}`
  if (stat === 'micro') {
    const total: Overlap = {common: 0, extracted: 0, expected: 0}
    for (const item of checks) {
      total.common += item.counts!.common
      total.extracted += item.counts!.extracted
      total.expected += item.counts!.expected
    }
    return f3(overlapF1(total))
  }
  const ofKind = checks.filter((item) => item.kind === stat.kind).length
  if (!stat.orOk) return String(ofKind)
  return `${f3((hits + ofKind) / checks.length)} (${hits + ofKind}/${checks.length})`
}

/** The n column: pages, or counted things on how many pages. */
function countCell(results: PageResult[], row: Row): string {
  const perPage = gather(results, 'ours', row.field)
  if (!row.unit) return String(perPage.length)
  return `${perPage.flat().length} ${row.unit} / ${perPage.length} pages`
}

/**
 * Print a corpus's table, its notes and the pages that threw.
 *
 * @param corpus
 *   Name for the heading.
 * @param results
 *   Its pages.
 */
function printTable(corpus: CorpusName, results: PageResult[]): void {
  const title = corpus === 'fundus' ? 'fundus-dev' : `readability (url ${READABILITY_URL})`
  console.log(`\n## ${title}: ${results.length} pages\n`)
  console.log('| field | standfirst | Readability.js (linkedom) | n |')
  console.log('| --- | --: | --: | --: |')
  const skipped = new Set<string>()
  for (const row of ROWS) {
    const ours = gather(results, 'ours', row.field)
    const theirs = gather(results, 'readability', row.field)
    if (!ours.length && !theirs.length) {
      skipped.add(row.field)
      continue
    }
    console.log(`| ${row.label} | ${cell(ours, row.stat)} | ${cell(theirs, row.stat)} | ${countCell(results, row)} |`)
  }
  const ms = (who: 'ours' | 'readability') => (results.reduce((sum, result) => sum + result.ms[who], 0) / results.length).toFixed(1)
  console.log(`| ms per page | ${ms('ours')} | ${ms('readability')} | ${results.length} |`)
  console.log('\nNot scored: updated (no truth in either corpus).' + (skipped.size ? ` No truth here for: ${[...skipped].join(', ')}.` : ''))
  if (corpus === 'fundus') printOgImage(results)
  else console.log('The truth here is Readability.js\'s own output (on jsdom); its standfirst is Readability\'s `excerpt`.')
  printThrows(results)
}

/** The og:image baseline for the lead image. */
function printOgImage(results: PageResult[]): void {
  const withLead = results.filter((result) => (result.ours.lead ?? []).length > 0)
  const matched = withLead.filter((result) => result.ogImageMatchesLead).length
  const withOg = withLead.filter((result) => result.ogImage).length
  console.log(
    `Baseline: the page's og:image is the truth lead image on ${matched} of ${withLead.length} pages with one (${withOg} have an og:image).`
  )
}

/** List the pages where an extractor threw. */
function printThrows(results: PageResult[]): void {
  for (const who of ['ours', 'readability'] as const) {
    for (const result of results) {
      const failed = (result[who].parse ?? []).find((item) => !item.ok)
      if (failed) console.log(`${who === 'ours' ? 'standfirst' : 'Readability.js'} threw on ${result.page}: ${failed.found}`)
    }
  }
}

/**
 * Print every failed check of standfirst on a corpus, grouped by field and
 * kind, the commonest kind first.
 *
 * @param corpus
 *   Name for the heading.
 * @param results
 *   Its pages.
 */
function printFailures(corpus: CorpusName, results: PageResult[]): void {
  console.log(`\n## Failures of standfirst on ${corpus}, by field and kind\n`)
  for (const field of FIELDS) {
    const failed = results.flatMap((result) =>
      (result.ours[field] ?? []).filter((item) => !item.ok).map((item) => ({...item, page: result.page}))
    )
    if (!failed.length) continue
    console.log(`### ${field}: ${failed.length} failed\n`)
    const kinds = new Map<string, typeof failed>()
    for (const item of failed) kinds.set(item.kind, [...(kinds.get(item.kind) ?? []), item])
    for (const [kind, items] of [...kinds].sort((a, b) => b[1].length - a[1].length)) {
      console.log(`#### ${kind} (${items.length})\n`)
      for (const item of items) {
        const score = item.score === undefined ? '' : ` [${item.score.toFixed(2)}]`
        console.log(`- ${item.page}${score}\n  ours:  ${item.found || '(nothing)'}\n  truth: ${item.truth || '(nothing)'}`)
      }
      console.log('')
    }
  }
}

/** The commit the run measured, if git knows it. */
function commit(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {encoding: 'utf8'}).trim()
  } catch {
    return undefined
  }
}

/* ------------------------------------------------------------------ */
/* Main                                                                */
/* ------------------------------------------------------------------ */

const corpora: CorpusName[] = values.corpus ? [values.corpus as CorpusName] : ['fundus', 'readability']
const run = {date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC', node: process.version, commit: commit()}
console.log(`# Field accuracy: standfirst beside Readability.js (linkedom)\n`)
console.log(`Run ${run.date}, Node ${run.node}${run.commit ? `, commit ${run.commit}` : ''}.`)

const byCorpus = new Map<CorpusName, PageResult[]>()
for (const corpus of corpora) {
  const results = jobs(corpus).map((job) => runPage(corpus, job))
  printTable(corpus, results)
  byCorpus.set(corpus, results)
}
if (values.failures) for (const [corpus, results] of byCorpus) printFailures(corpus, results)
const all = [...byCorpus.values()].flat()
if (values.json) {
  writeFileSync(values.json, `${JSON.stringify({run, pages: all}, null, 1)}\n`)
  console.error(`Wrote ${all.length} pages to ${values.json}`)
}
