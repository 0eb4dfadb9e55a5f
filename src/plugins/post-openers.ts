/**
 * Where a live blog's posts open, read from its lines: a time stamp line,
 * the first content after a post footer ("Share" / "Updated at"), a post
 * label alone on its line ("Analysis"), a contributor's name alone when the
 * current post already has text, or — on a page that shows live-blog
 * structure — a title line (a short line without a full stop, followed by
 * prose). Where posts carry no stamps, a digest post ("Recap of the morning")
 * ends with its bullets: the prose after them opens the next post.
 *
 * @module
 */
import type {Line} from '../tree.js'
import {isUnclaimed} from '../util/lines.js'
import {foldLine, lineWords} from '../util/line-text.js'
import {PhraseSet} from '../util/phrase-set.js'
import {endsLikeSentence} from '../util/text.js'

/** Labels that live blogs put on posts, folded. */
export const POST_LABELS = new PhraseSet([
  'analysis', 'watch', 'video', 'in pictures', 'pictures', 'picture', 'photos', 'explainer', 'breaking', 'opinion',
  'comment', 'listen', 'audio', 'update', 'latest', 'recap', 'fact check', 'reality check', 'exclusive', 'in depth',
  'context', 'for context', 'key event', 'pinned', 'summary', 'what we know', 'eilmeldung', 'analyse', 'kommentar',
  'décryptage', 'vidéo', 'en direct'
])

/**
 * Titles of posts that are a list of bullets and nothing after it: on a
 * page whose posts carry no stamps, the prose after their list is the next
 * post's.
 */
const DIGEST_TITLE = /^(?:summary|recap|the day so far|at a glance)\b/i

/** Chrome that only live blogs show (already marked furniture). */
const LIVE_BLOG_CHROME = new PhraseSet(['key events', 'live feed', 'show key events only', 'newest first', 'oldest first', 'load more updates', 'auto update'])

/** A numbered heading ("2. …", "3) …"). */
const NUMBERED = /^\d{1,3}[.)]\s/

/** A post title is a short line. */
const TITLE_MAX_WORDS = 25
const TITLE_MIN_WORDS = 3

/** Under a post's stamp, a title may be shorter ("Talks resume"): the stamp, not the title, opened the post. */
export const STAMPED_TITLE_MIN_WORDS = 2

/** Prose that confirms a title line: a sentence of at least this many words. */
const PROSE_MIN_WORDS = 10

/** A lead-in to a quote ("The minister added") is not a title. */
const SPEECH_LEAD_IN = /\b(?:said|says|told|added|adds|wrote|writes|reports|reported|tweeted|posted|explained|stated)$/i

/**
 * An ellipsis after a space ends some titles ("The day so far …"); it is not a sentence end.
 * `(?<!\s)`: the match starts where the spaces do, so a long run of spaces is
 * tried once, not from each of its positions (ReDoS-safe).
 */
const TRAILING_ELLIPSIS = /(?<!\s)\s+(?:…|\.\.\.)$/u

/**
 * A line without `TRAILING_ELLIPSIS`. Its end is looked at first: the
 * pattern tries each run of spaces in the line, and can match only a line
 * that ends in an ellipsis, which few do.
 *
 * @param text
 *   A line.
 * @returns
 *   The line without a trailing ellipsis and the spaces before it.
 */
function withoutTrailingEllipsis(text: string): string {
  return text.endsWith('…') || text.endsWith('...') ? text.replace(TRAILING_ELLIPSIS, '') : text
}

/**
 * Whether a line could be a post title.
 *
 * @param line
 *   The line.
 * @param minWords
 *   Fewest words (three where a title alone opens a post; two under a stamp that opened one).
 * @returns
 *   `true` when it is short, not a list item, and does not end as a sentence.
 */
export function isTitleLike(line: Line, minWords = TITLE_MIN_WORDS): boolean {
  if (!isUnclaimed(line) || line.data?.hint?.listItem || line.data?.hint?.quote) return false
  // "2. The second pick": a listicle's numbered section, not a post.
  if (NUMBERED.test(line.value)) return false
  const words = lineWords(line)
  if (words < minWords || words > TITLE_MAX_WORDS) return false
  const text = withoutTrailingEllipsis(line.value)
  return !endsLikeSentence(text) && !SPEECH_LEAD_IN.test(text)
}

/**
 * Whether a line is prose or a list item: what follows a title.
 *
 * @param line
 *   The line (optional).
 * @returns
 *   `true` when it is.
 */
function isBodyLine(line: Line | undefined): boolean {
  if (!line || !isUnclaimed(line)) return false
  if (line.data?.hint?.listItem) return true
  return lineWords(line) >= PROSE_MIN_WORDS && endsLikeSentence(line.value)
}

/**
 * Whether a line is a post label alone ("Analysis").
 *
 * @param line
 *   The line.
 * @returns
 *   `true` when it is.
 */
export function isLabelLine(line: Line): boolean {
  return isUnclaimed(line) && POST_LABELS.has(foldLine(line))
}

/**
 * Whether the page shows live-blog structure, which licenses weak openers.
 *
 * @param lines
 *   All lines.
 * @returns
 *   `true` when it does.
 */
export function showsLiveBlogStructure(lines: Line[]): boolean {
  const times = lines.filter((line) => line.data?.role === 'post-time').length
  const footers = lines.filter((line) => line.data?.role === 'post-footer').length
  // One "Share" line closes many an article: it takes two footers to show posts.
  if (times >= 2 || footers >= 2) return true
  // Else the chrome of a live blog: the furniture lines folded only now (a dump has hundreds).
  return lines.some((line) => line.data?.role === 'furniture' && LIVE_BLOG_CHROME.has(foldLine(line)))
}

/** Why a line opens a post. */
export type Opener = 'time' | 'footer' | 'label' | 'name' | 'title' | 'digest-end'

/**
 * Find the lines that open posts.
 *
 * @param lines
 *   All lines.
 * @param weakOpeners
 *   Whether title lines and names may open posts.
 * @returns
 *   Index of each opening line → why.
 */
export function findOpeners(lines: Line[], weakOpeners: boolean): Map<number, Opener> {
  const openers = new Map<number, Opener>()
  let afterFooter = false
  let hasText = false
  // The first post cannot start before the headline and standfirst.
  const headerEnd = lines.findLastIndex((line) => line.data?.role === 'title' || line.data?.role === 'standfirst' || line.data?.role === 'dateline')
  // On a page whose posts end in footers, the header's end is the first boundary;
  // unless a time stamp comes before the first footer: then stamps open the posts, and
  // what stands between the header and the first stamp is the page's (a note, an update line).
  // One footer ("Share" under an article) closes a page, not a post: footers open posts from two on.
  const footerFeed = lines.filter((line) => line.data?.role === 'post-footer').length >= 2
  let afterHeader = footerFeed && footersOpenFirstPost(lines, headerEnd)
  // A digest post ("Recap of the morning") ends with its list where posts have no stamps to say so.
  const untimed = !lines.some((line) => line.data?.role === 'post-time')
  let digest: 'titled' | 'listed' | undefined
  const following = nextContentLines(lines)
  lines.forEach((line, index) => {
    const role = line.data?.role
    if (role === 'post-footer') {
      afterFooter = footerFeed && (hasText || afterFooter)
      return
    }
    if (role === 'post-time') {
      openers.set(index, 'time')
      afterFooter = false
      hasText = false
      return
    }
    if (role !== undefined && role !== 'caption' && role !== 'byline') return
    if (index <= headerEnd) return
    const next = following[index]
    let opener: Opener | undefined
    if (afterFooter || (afterHeader && role === undefined)) opener = 'footer'
    else if (digest === 'listed' && !line.data?.hint?.listItem && isBodyLine(line)) opener = 'digest-end'
    else if (weakOpeners && isLabelLine(line) && next !== undefined) opener = 'label'
    else if (weakOpeners && hasText && role === 'byline' && next !== undefined) opener = 'name'
    else if (weakOpeners && isTitleLike(line) && isBodyLine(next)) opener = 'title'
    // A weak opener right after another one (a label, then a title) belongs to the post just opened.
    const joinsCurrentPost = opener !== 'footer' && openers.size > 0 && !hasText
    if (opener && !joinsCurrentPost) {
      openers.set(index, opener)
      hasText = false
      digest = untimed && DIGEST_TITLE.test(line.value) && isTitleLike(line) ? 'titled' : undefined
    }
    if (digest === 'titled' && role === undefined && line.data?.hint?.listItem) digest = 'listed'
    afterFooter = false
    if (role === undefined) afterHeader = false
    // A post "has text" once it has more than a label or title line: then a byline opens the next post.
    if (role === undefined && !isLabelLine(line) && !isTitleLike(line)) hasText = true
  })
  return openers
}

/**
 * Whether the first post opens at the end of the header: the page's posts
 * end in footers, and no time stamp stands between the header and the
 * first footer (which would open the first post itself).
 *
 * @param lines
 *   All lines.
 * @param headerEnd
 *   Index of the header's last line (-1 when there is none).
 * @returns
 *   Whether it does.
 */
function footersOpenFirstPost(lines: Line[], headerEnd: number): boolean {
  for (let index = headerEnd + 1; index < lines.length; index++) {
    const role = lines[index]!.data?.role
    if (role === 'post-footer') return true
    if (role === 'post-time') return false
  }
  return false
}

/**
 * For each line, the next content line after it, unless a post footer or
 * time stamp comes first: read in one pass from the end, so that a run of
 * claimed lines (captions) is crossed once, not once per line.
 *
 * @param lines
 *   All lines.
 * @returns
 *   The next content line of each index (`undefined` when none).
 */
function nextContentLines(lines: Line[]): Array<Line | undefined> {
  // Every index is set below, from the end; `Array.from({length})` read the array-like object's length items one by one.
  const following = new Array<Line | undefined>(lines.length)
  let next: Line | undefined
  for (let at = lines.length - 1; at >= 0; at--) {
    following[at] = next
    const line = lines[at]!
    if (isUnclaimed(line)) next = line
    else if (line.data?.role === 'post-footer' || line.data?.role === 'post-time') next = undefined
  }
  return following
}
