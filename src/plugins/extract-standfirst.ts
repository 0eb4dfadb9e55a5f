/**
 * Find the standfirst: the summary under the headline.
 *
 * The candidate is the first prose under the headline, past what stands
 * between (captions, datelines, bylines, a kicker, a reading time): one line
 * of scraped text, or in HTML the lines of one element (a dek split by
 * `<br>`, bullets), or of consecutive elements that call themselves a
 * summary. It is the standfirst when (see `standfirstReason`):
 *
 * - its element calls itself a summary (class, role or `itemprop`);
 * - it agrees with the page's meta description and stands apart from the
 *   body: bold, a heading, or unlike the paragraphs after it (the first body
 *   paragraph often agrees with the description too, but is one of a run);
 * - it is a long heading right under the headline (a subtitle);
 * - a dateline or a byline follows it;
 * - (scraped text) it is written without a full stop, as standfirsts are.
 *
 * Never the headline, a kicker, a byline or a dateline: those are passed
 * over, and a candidate that repeats the headline is not one. Later copies
 * of the standfirst are dropped, so that it is never in the body twice.
 * What a candidate's text is (prose, header material, furniture, the
 * headline again) is read in `standfirst-text.ts`.
 *
 * @module
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Line, Root, RootData} from '../tree.js'
import {AGREEMENT_MIN_F1, agreesWithAny, tokenF1} from '../util/agreement.js'
import {allBlocks, claim, isUnclaimed} from '../util/lines.js'
import {creditsWriters} from '../util/bylines.js'
import {foldLine} from '../util/line-text.js'
import {endsLikeSentence, fold, wordCount} from '../util/text.js'
import {isHeaderLine, isMetaOrList, isProse, repeatsTitle} from './standfirst-text.js'

/** Without header material after it, a scraped-text standfirst has at most this many words. */
const STANDFIRST_MAX_WORDS = 40

/** A standfirst has at most this many characters (the longest run to a paragraph). */
const STANDFIRST_MAX_LENGTH = 800

/** A heading right under the headline with this many words is its subtitle, not a section heading. */
const SUBTITLE_MIN_WORDS = 12

/** Lines that mark the end of the header: whatever stands before them is header too. */
const HEADER_END_ROLES = new Set(['dateline', 'byline', 'key-points-heading'])

/** Lines that may follow a standfirst, but also a body paragraph. */
const WEAK_HEADER_ROLES = new Set(['caption'])

/** Lines that may stand between the headline and the standfirst. */
const HEADER_ROLES = new Set(['furniture', 'spam', 'caption', 'dateline', 'byline', 'kicker', 'section', 'site-name', 'title'])

/** Short lines (a kicker, a reading time, a stamp the dateline rule missed) passed over on the way to the standfirst. */
const MAX_SHORT_LINES = 4

/** Lines of prose passed over on the way to a unit that calls itself a summary (a caption outside its figure). */
const MAX_PASSED_PROSE = 1

/** Lines looked at under the headline: the standfirst is near it (and the search stays linear). */
const LOOKAHEAD = 24

/** A description cut short by the site's software. */
const CUT_SHORT = /(?:\.\.\.|…)$/

/** Summary elements after the first are joined to it up to this length: more is a lead section of body paragraphs. */
const SUMMARY_RUN_MAX_LENGTH = 400

/** The lines of the page, each with the index of its block. */
interface Indexed {
  lines: Line[]
  blocks: number[]
}

/** A candidate standfirst: its lines, their text, and what follows. */
interface Candidate {
  lines: Line[]
  text: string
  /** The line after it, past furniture (optional). */
  next?: Line | undefined
  /** Whether nothing stands between the headline and it. */
  adjacent: boolean
  /** Whether a short label stands right before it ("In brief"). */
  labelled: boolean
}

/** What the decision needs to know about the page. */
interface Page {
  data: RootData
  html: boolean
  liveBlog: boolean
  /** Whether the headline's line is in the tree (the search starts under it). */
  titled: boolean
}

/**
 * Whether a line may continue a summary: unclaimed, from an element that
 * calls itself one, and not a byline.
 *
 * @param line
 *   The line.
 * @returns
 *   Whether it may.
 */
function isSummaryLine(line: Line): boolean {
  return isUnclaimed(line) && line.data?.hint?.summary === true && !line.data.hint.heading && !isHeaderLine(line)
}

/**
 * Whether a line ends the header: a dateline, a byline, a key-points
 * heading (by its role, or a short "By …" line not claimed yet).
 *
 * @param line
 *   The line after the candidate (optional).
 * @returns
 *   Whether it does.
 */
function endsHeader(line: Line | undefined): boolean {
  if (!line) return false
  const role = line.data?.role
  return role ? HEADER_END_ROLES.has(role) : isHeaderLine(line)
}

/**
 * The page's lines with the index of the block each stands in.
 *
 * @param tree
 *   The page.
 * @returns
 *   The lines.
 */
function indexLines(tree: Root): Indexed {
  const indexed: Indexed = {lines: [], blocks: []}
  let index = 0
  for (const block of allBlocks(tree)) {
    for (const line of block.children) {
      indexed.lines.push(line)
      indexed.blocks.push(index)
    }
    index++
  }
  return indexed
}

/**
 * The candidates under the headline, in order: each prose unit past header
 * lines and a few short ones. In HTML a unit holds the following unclaimed
 * lines of its block (an element's lines) and of the summary elements
 * after it.
 *
 * @param indexed
 *   The page's lines.
 * @param start
 *   Where to start (the line after the headline).
 * @param html
 *   Whether the tree came from HTML (lines of one block are one element's).
 * @returns
 *   The candidates, lazily: the caller stops at the one it takes.
 */
function* candidates(indexed: Indexed, start: number, html: boolean): Generator<Candidate> {
  const {lines, blocks} = indexed
  const end = Math.min(lines.length, start + LOOKAHEAD)
  let short = 0
  let labelled = false
  for (let index = start; index < end; index++) {
    const line = lines[index]!
    const role = line.data?.role
    if (role && !HEADER_ROLES.has(role)) return
    if (role || isHeaderLine(line)) {
      // A short label may have been claimed as a section ("In short").
      labelled = role === 'section'
      continue
    }
    let last = index
    const heading = Boolean(line.data?.hint?.heading)
    if (html) while (last + 1 < end && blocks[last + 1] === blocks[index] && isUnclaimed(lines[last + 1]!) && !isHeaderLine(lines[last + 1]!)) last++
    let text = lines.slice(index, last + 1).map((each) => each.value).join(' ')
    // A summary set as several short paragraphs (or bullets) is one standfirst; a heading stands alone.
    while (html && !heading && line.data?.hint?.summary && endsLikeSentence(lines[last]!.value) && last + 1 < end && isSummaryLine(lines[last + 1]!) && text.length + lines[last + 1]!.value.length < SUMMARY_RUN_MAX_LENGTH) {
      last++
      text += ' ' + lines[last]!.value
    }
    const found = lines.slice(index, last + 1)
    const first = index
    index = last
    if (!isProse(text) && !heading) {
      if (++short > MAX_SHORT_LINES) return
      labelled = true
      continue
    }
    // What follows, past furniture (which may stand anywhere and proves nothing).
    let next: Line | undefined
    for (let after = last + 1; after < end && !next; after++) {
      const role = lines[after]!.data?.role
      if (role !== 'furniture' && role !== 'spam') next = lines[after]
    }
    yield {lines: found, text, next, adjacent: first === start, labelled}
    labelled = false
  }
}

/**
 * The standfirst among the candidates: the first, if it is one. Past it,
 * only a heading that is not one (a related link under the headline) or a
 * single stray line (a caption outside a figure) may be passed over, and
 * only for a unit whose element calls itself a summary.
 *
 * @param indexed
 *   The page's lines.
 * @param start
 *   Where to start.
 * @param page
 *   The page.
 * @returns
 *   The standfirst and why, if any.
 */
function findStandfirst(indexed: Indexed, start: number, page: Page): {candidate: Candidate; reason: string} | undefined {
  let passed = 0
  for (const candidate of candidates(indexed, start, page.html)) {
    const hint = candidate.lines[0]!.data?.hint
    if (passed === 0 || hint?.summary) {
      const reason = standfirstReason(candidate, page)
      if (reason) return {candidate, reason}
    }
    // A heading is passed over freely; prose only once, and only in HTML, where a class may still speak.
    if (!hint?.heading && (++passed > MAX_PASSED_PROSE || !page.html)) return undefined
  }
  return undefined
}

/**
 * Why a candidate is the standfirst, if it is.
 *
 * @param candidate
 *   The candidate.
 * @param page
 *   The page's data, its format, and whether it is a live blog.
 * @returns
 *   The reason, or `undefined` when it is body text.
 */
function standfirstReason(candidate: Candidate, page: Page): string | undefined {
  const {text, next} = candidate
  const hint = candidate.lines[0]!.data?.hint
  const words = wordCount(text)
  if (hint?.opening || text.length > STANDFIRST_MAX_LENGTH || repeatsTitle(text, page.data.title)) return undefined
  // The writers' names and roles without a "By" ("Jane Doe, Staff Attorney & John Roe, Director"): a byline.
  if (creditsWriters(text, page.data.authors)) return undefined
  // A list after a label ("In brief", then bullets) is key points; bullets are a standfirst only as a summary right under the headline.
  if (hint?.listItem && (candidate.labelled || !hint.summary)) return undefined
  // A description cut short ("…") is an excerpt of the body's start, made by the site's software: no evidence.
  const all = page.data.descriptions ?? []
  const descriptions = all.filter((text) => !CUT_SHORT.test(text))
  const described = descriptions.length > 0 && agreesWithAny(text, descriptions)
  // Without the headline in the tree, where the header ends is unknown: a teaser's class is no evidence; the page's own summary is, and a subtitle heading.
  // A heading that calls itself a summary must read as one: a label of a few words ("16.10.2019 Magazine · Channel") is none.
  if (hint?.summary && (page.titled || described || hint.heading) && (described || isProse(text))) return described ? 'its element’s class or role says it is a summary, and it agrees with the meta description' : 'its element’s class or role says it is a summary'
  const apart = hint?.bold ? 'bold' : hint?.heading ? 'a heading' : hint?.apart ? 'unlike the paragraphs after it' : undefined
  if (apart && described) return `it agrees with the meta description and stands apart from the body (${apart})`
  // A description cut short is evidence only for a paragraph set in bold, as ledes are (a class that differs from the
  // next paragraphs' is not enough: many sites class their first paragraph, and their software cuts it for the description).
  if (hint?.bold && all.some((description) => CUT_SHORT.test(description) && opensAlike(text, description))) return 'it opens as the meta description does, which is cut short, and is set in bold'
  if (!page.titled) return undefined
  if (hint?.heading) return candidate.adjacent && words >= SUBTITLE_MIN_WORDS ? 'a heading of sentence length right under the headline' : undefined
  if (endsHeader(next)) return 'a dateline or byline follows it'
  if (page.html) return undefined
  // Standfirsts are written without a full stop; body paragraphs end with one.
  if (endsLikeSentence(text)) return undefined
  // With no full stop, a line of page furniture reads as a standfirst too: a meta line, a link, a photo's credit, a tag list.
  if (isMetaOrList(text)) return undefined
  const role = next?.data?.role
  if (role && WEAK_HEADER_ROLES.has(role)) return 'a caption follows it and it has no full stop'
  return !page.liveBlog && words <= STANDFIRST_MAX_WORDS ? 'it has no full stop, as standfirsts are written' : undefined
}

/** A cut description must keep this many characters to tell anything. */
const CUT_MIN_LENGTH = 60

/**
 * Whether a text and a description cut short ("…") open alike: the same
 * words over the length both have (the description may run on into the
 * body's next paragraph, or stop inside the text).
 *
 * @param text
 *   The candidate.
 * @param cut
 *   The description, with its ellipsis.
 * @returns
 *   Whether they agree over their common length.
 */
function opensAlike(text: string, cut: string): boolean {
  const bare = cut.replace(CUT_SHORT, '').trim()
  const length = Math.min(bare.length, text.length)
  return length >= CUT_MIN_LENGTH && tokenF1(text.slice(0, length), bare.slice(0, length)) >= AGREEMENT_MIN_F1
}

/**
 * Whether the page has live-blog structure already marked (post stamps or
 * footers), in which case a short line after the headline is a post title,
 * not a standfirst.
 *
 * @param lines
 *   All lines.
 * @returns
 *   `true` for a live blog.
 */
function hasPostMarkers(lines: Line[]): boolean {
  let count = 0
  for (const line of lines) if (line.data?.role === 'post-time' || line.data?.role === 'post-footer') count++
  return count >= 2
}

/**
 * unified transformer plugin: the standfirst under the headline.
 *
 * @returns
 *   Transformer.
 */
export function extractStandfirst() {
  return function (tree: Root, file: VFile): void {
    const data = (tree.data ??= {})
    if (data.standfirst) return
    const indexed = indexLines(tree)
    const {lines} = indexed
    const html = data.format === 'html'
    // Under the headline: the heading the metadata chose (HTML), else the headline line.
    const title = lines.find((line) => line.data?.hint?.headline) ?? lines.find((line) => line.data?.role === 'title')
    // Scraped text without a headline line has no header to look in; HTML looks from the top.
    if (!title && !html) return
    const found = findStandfirst(indexed, title ? lines.indexOf(title) + 1 : 0, {data, html, liveBlog: hasPostMarkers(lines), titled: title !== undefined})
    if (!found) return
    const {candidate, reason} = found
    data.standfirst = candidate.text
    for (const line of candidate.lines) claim(line, {role: 'standfirst'})
    report(file, 'standfirst-found', `Standfirst: ${reason}`, candidate.lines[0], candidate.text)
    dropCopies(lines, candidate, file)
  }
}

/** A page prints its standfirst again once or twice (the body's first paragraph, a teaser); a line repeated more often is the page's own text. */
const MAX_COPIES = 2

/**
 * Drop later lines that repeat the standfirst (a page that prints it again
 * as the body's first paragraph): it is never in the body twice. A line
 * repeated more than `MAX_COPIES` times is kept, all its copies: dropping
 * them would lose the page's text.
 *
 * @param lines
 *   All lines.
 * @param standfirst
 *   The standfirst.
 * @param file
 *   The file.
 */
function dropCopies(lines: Line[], standfirst: Candidate, file: VFile): void {
  const folded = fold(standfirst.text)
  const copies: Line[] = []
  for (const line of lines) {
    // Folding keeps the length within a few characters: most lines are passed over without it.
    if (!isUnclaimed(line) || Math.abs(line.value.length - standfirst.text.length) > 4 || foldLine(line) !== folded) continue
    copies.push(line)
    if (copies.length > MAX_COPIES) {
      report(file, 'duplicate-kept', `Unexpected line repeated more than ${MAX_COPIES} times after the standfirst, kept`, line, line.value)
      return
    }
  }
  for (const line of copies) {
    claim(line, {role: 'spam'})
    report(file, 'duplicate-dropped', 'Unexpected copy of the standfirst, dropped', line, line.value)
  }
}
