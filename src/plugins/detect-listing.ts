/**
 * Recognise a listing page: a run of teasers, each a title line, a
 * standfirst line and lede paragraphs, closed by "Continue reading…".
 * Two teasers or more make the page a listing; each becomes a `Teaser` in
 * `related`. A teaser opens with its headline: the paragraphs before it
 * (an article above a box of teasers, or above an inline "Read more")
 * are left to the body.
 *
 * @module
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Teaser} from '../schema/article.js'
import type {Line, Root} from '../tree.js'
import {allLines, claim, isUnclaimed} from '../util/lines.js'
import {endsLikeSentence} from '../util/text.js'

/** A listing has at least this many teasers. */
const MIN_TEASERS = 2

/**
 * Split the page's content lines into the segments that teaser ends ("Read more…")
 * lines close.
 *
 * @param lines
 *   All lines of the page.
 * @returns
 *   The segments (content lines only), each closed by a teaser end.
 */
function segments(lines: Line[]): Line[][] {
  const found: Line[][] = []
  let current: Line[] = []
  for (const line of lines) {
    if (line.data?.role === 'teaser-end') {
      if (current.length > 0) found.push(current)
      current = []
    } else if (isUnclaimed(line)) {
      current.push(line)
    }
  }
  return found
}

/**
 * How many lines open a segment before its first sentence-like line (title,
 * standfirst: headlines end without a full stop).
 *
 * @param segment
 *   A segment.
 * @returns
 *   The count.
 */
function leadingHeadlines(segment: Line[]): number {
  const index = segment.findIndex((line) => endsLikeSentence(line.value))
  return index === -1 ? segment.length : index
}

/**
 * The teaser a segment ends with: from the last run of headline lines (a
 * title, a standfirst: lines that do not end as sentences do) to the
 * teaser's end. What comes before that run is no teaser's: in an article,
 * the paragraphs above an inline "Read more" link, or the article above
 * the first teaser of a box of related stories; they stay content. A
 * segment of sentences only has no title: it is no teaser either.
 *
 * @param segment
 *   A segment, closed by a teaser end.
 * @returns
 *   Its teaser's lines (none when it has no headline line).
 */
function teaserTail(segment: Line[]): Line[] {
  const last = segment.findLastIndex((line) => !endsLikeSentence(line.value))
  if (last === -1) return []
  let start = last
  while (start > 0 && !endsLikeSentence(segment[start - 1]!.value)) start--
  return segment.slice(start)
}

/**
 * Turn one segment into a teaser, claiming its lines.
 *
 * @param segment
 *   The segment's lines, title first.
 * @returns
 *   The teaser.
 */
function toTeaser(segment: Line[]): Teaser {
  const [title, standfirst, ...summary] = segment
  claim(title!, {role: 'teaser-title'})
  const teaser: Teaser = {title: title!.value}
  if (standfirst && !endsLikeSentence(title!.value)) {
    claim(standfirst, {role: 'teaser-standfirst'})
    teaser.standfirst = standfirst.value
  } else if (standfirst) {
    summary.unshift(standfirst)
  }
  if (summary.length > 0) {
    for (const line of summary) claim(line, {role: 'teaser-summary'})
    teaser.summary = summary.map((line) => line.value).join('\n\n')
  }
  if (title!.data?.hint?.href) teaser.url = title!.data.hint.href
  return teaser
}

/**
 * unified transformer plugin: find teasers and mark the page a listing.
 *
 * @returns
 *   Transformer.
 */
export function detectListing() {
  return function (tree: Root, file: VFile): void {
    const found = segments(allLines(tree))
      .map(teaserTail)
      .filter((segment) => segment.length >= 2)
    if (found.length < MIN_TEASERS) return
    // The usual number of headline lines a teaser opens with; one more in the
    // first segment is the page's own title above the list.
    const usual = leadingHeadlines(found[1]!)
    const first = found[0]!
    if (usual >= 1 && leadingHeadlines(first) === usual + 1) found[0] = first.slice(1)
    const data = (tree.data ??= {})
    data.related = found.map((segment) => {
      const teaser = toTeaser(segment)
      report(file, 'teaser-found', `Teaser \`${teaser.title}\``, segment[0])
      return teaser
    })
    data.listing = true
  }
}
