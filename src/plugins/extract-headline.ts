/**
 * Find the headline, and the site name and section around it.
 *
 * The headline is the first content line; in scraped text, the line
 * `headline-lines.ts` names (the one that says the address's slug, or the
 * one right above the story), and none when the first line reads as no
 * headline. A "| Site" (or short, capitalised
 * " - Site") suffix becomes `siteName`; a copier's year suffix ("(2024)") is
 * removed; a one- or two-word label right above it is the `section`; later
 * copies of the headline are dropped. The standfirst under it is
 * `extractStandfirst`'s. A line that is only the site's name is the
 * site's, not text.
 *
 * A tree whose front end already set `title` (HTML metadata) keeps it. An
 * HTML page whose only line would be its headline has none: that line is
 * its text.
 *
 * @module
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Line, Root} from '../tree.js'
import {allLines, claim, isUnclaimed} from '../util/lines.js'
import {foldLine, lineWords} from '../util/line-text.js'
import {endsLikeSentence, fold, isCapitalised, UNSPACED_SCRIPT} from '../util/text.js'
import {isPersonName} from '../util/names.js'
import {isAgencyDateline, isLoneBylineCue, isWriterOverDateline} from '../util/bylines.js'
import {splitTitle} from '../util/titles.js'
import {FIRST_LINE_MIN_WORDS, headlineAboveStory, headlineBySlug, pastCredits, readsAsHeadline} from './headline-lines.js'

/** A section label is one or two words. */
const SECTION_MAX_WORDS = 2

/**
 * Whether a line is a section label ("World", "UK politics").
 *
 * @param line
 *   The line.
 * @returns
 *   `true` when it is.
 */
export function isSectionLabel(line: Line): boolean {
  const words = line.value.split(/\s+/)
  return words.length <= SECTION_MAX_WORDS && isCapitalised(line.value) && !/[\p{P}]$/u.test(line.value) && !line.data?.hint?.listItem
}

/**
 * Read the short line that opens the content. Above the headline it is the
 * section label ("World"). Below the headline the front end found, it is
 * header furniture (a share count, a name, "Bild vergrößern"), never the
 * section; and a heading there ("Summary"), or a label over a list ("In
 * short"), is the text's, left alone, as is a person's name over the
 * dateline: the byline.
 *
 * @param label
 *   The line.
 * @param lines
 *   All lines.
 * @param data
 *   Where the section goes.
 */
function readLabel(label: Line, lines: Line[], data: NonNullable<Root['data']>): void {
  const titleAt = lines.findIndex((line) => line.data?.role === 'title')
  if (titleAt === -1 || lines.indexOf(label) < titleAt) {
    data.section ??= label.value
    claim(label, {role: 'section'})
  } else {
    const at = lines.indexOf(label)
    const next = lines[at + 1]
    // Under a live blog's first stamp, a short line is the first post's title ("1:05 Uhr" / "Sitzung vertagt"), not the header's.
    if (lines[at - 1]?.data?.role === 'post-time') return
    // A name over the dateline is the byline's, which `extractBylines` reads; so is an agency with its place ("AFP, Manila").
    if (label.data?.hint?.heading || next?.data?.hint?.listItem || isAgencyDateline(label.value)) return
    if (next?.data?.role === 'dateline' && isPersonName(label.value) && isWriterOverDateline(label, label.value, data.url)) return
    claim(label, {role: 'furniture'})
  }
}

/**
 * Whether a short line is the writer's name: a person's name right beside
 * the page's dateline (above or below it) or right under a byline's lone
 * opening ("Article by"), whatever rule claimed those.
 *
 * @param label
 *   The short line.
 * @param lines
 *   All lines.
 * @returns
 *   Whether it is.
 */
function isWriterBesideCredits(label: Line, lines: Line[]): boolean {
  if (!isPersonName(label.value)) return false
  const at = lines.indexOf(label)
  const before = lines[at - 1]
  const after = lines[at + 1]
  return before?.data?.role === 'dateline' || after?.data?.role === 'dateline' || (before !== undefined && isLoneBylineCue(before.value))
}

/**
 * Whether a line stands in a post of the page's feed.
 *
 * @param tree
 *   The tree.
 * @param line
 *   A line.
 * @returns
 *   Whether it does.
 */
function standsInPost(tree: Root, line: Line): boolean {
  return tree.children.some((child) => child.type === 'post' && child.children.some((block) => block.children.includes(line)))
}

/** A full-width full stop, exclamation or question mark ending a line, perhaps before a closing quote or bracket. */
const FULL_WIDTH_END = /[。！？][」』”）)]?$/u

/**
 * unified transformer plugin: headline, site name, section.
 *
 * @returns
 *   Transformer.
 */
export function extractHeadline() {
  return function (tree: Root, file: VFile): void {
    const data = (tree.data ??= {})
    const lines = allLines(tree)
    const content = lines.filter(isUnclaimed)
    let index = 0
    // A short line that opens a post (its writer's name) is the post's, neither the page's section nor its header's furniture.
    if (content.length > 1 && isSectionLabel(content[0]!) && lineWords(content[1]!) > SECTION_MAX_WORDS && !standsInPost(tree, content[0]!)) {
      // In scraped text, a person's name beside the date or under "By" is the writer's, which `extractBylines` reads: no section,
      // no headline. (In markup, bylines have their elements; a short line beside the date is a section's.)
      if (data.format === 'html' || !isWriterBesideCredits(content[0]!, lines)) readLabel(content[0]!, lines, data)
      index = 1
    }
    // In scraped text, the byline and the date may stand above the headline ("6. Oktober 2022", "By Jane Doe"): passed over.
    if (data.format !== 'html') index = pastCredits(content, index)
    // In scraped text, the line that says the address's slug is the headline, wherever the scraper put it; failing that,
    // a first line far above the story is a menu's or a box's: the headline stands right above the story.
    const bySlug = data.format === 'html' || data.title ? undefined : headlineBySlug(content, index, data.url)
    if (bySlug !== undefined) index = bySlug
    else if (data.format !== 'html') index = headlineAboveStory(content, index)
    // A first line that ends as a sentence does is body text: the page has no headline line.
    // A sentence of a script written without spaces (Chinese, Japanese) ends with a full-width stop: in scraped text, no headline either.
    const sentence = (text: string) => endsLikeSentence(text) || (data.format !== 'html' && FULL_WIDTH_END.test(text))
    let headline = bySlug !== undefined ? content[bySlug] : content[index] && !sentence(content[index]!.value) ? content[index] : undefined
    // In scraped text, a first line that does not read as a headline (a label, a counter, a byline) is none: better no headline than a wrong one.
    let rejected: Line | undefined
    // A script written without spaces (Chinese, Japanese, Thai) counts a clause as one word.
    if (headline && bySlug === undefined && data.format !== 'html' && !readsAsHeadline(headline, UNSPACED_SCRIPT.test(headline.value) ? 1 : FIRST_LINE_MIN_WORDS)) {
      rejected = headline
      headline = undefined
    }
    if (!data.title) {
      // An HTML page whose only line is left, with no title in its markup, is its text: taken as the headline, it would
      // leave the Article without a body. Scraped text has no markup to say so: its lone line stays the headline.
      if (!headline || (data.format === 'html' && headline === content.at(-1))) {
        if (rejected) report(file, 'title-missing', 'Unexpected first line that reads as no headline (a label, a counter, a byline or a date): better none than a wrong one', rejected, rejected.value)
        else report(file, 'title-missing', 'Unexpected page without a headline')
        return
      }
      const {title, siteName} = splitTitle(headline.value)
      data.title = title
      if (siteName && !data.siteName) data.siteName = siteName
      claim(headline, {role: 'title'})
      report(file, 'title-found', `Headline \`${title}\`${bySlug === undefined ? '' : ', the line that says the words of the page’s address'}`, headline)
    }
    dropTitleCopies(lines, data.title, file)
    if (data.siteName) dropSiteNames(lines, data.siteName, file)
    claimKicker(lines)
  }
}

/**
 * Claim the lines that are only the site's name (a logo's text, the
 * publisher under a byline): the site is no paragraph, nor a person.
 *
 * @param lines
 *   All lines.
 * @param siteName
 *   The site's name.
 * @param file
 *   The file.
 */
function dropSiteNames(lines: Line[], siteName: string, file: VFile): void {
  const folded = fold(siteName)
  for (const line of lines) {
    if (!isUnclaimed(line) || line.value.length !== siteName.length || foldLine(line) !== folded) continue
    claim(line, {role: 'site-name'})
    report(file, 'furniture-dropped', 'Unexpected line that is only the site’s name, dropped', line, line.value)
  }
}

/** A kicker is a short label: at most this many words. */
const KICKER_MAX_WORDS = 6

/**
 * Claim the kicker: the short label right above the heading the HTML
 * metadata chose ("Analysis", "After the vote"). It is neither body text
 * nor a byline, though a two-word label reads like a name.
 *
 * @param lines
 *   All lines.
 */
function claimKicker(lines: Line[]): void {
  const heading = lines.findIndex((line) => line.data?.hint?.headline)
  const above = heading > 0 ? lines[heading - 1]! : undefined
  if (!above || !isUnclaimed(above) || above.data?.hint?.listItem || above.data?.hint?.heading) return
  if (lineWords(above) > KICKER_MAX_WORDS || endsLikeSentence(above.value)) return
  claim(above, {role: 'kicker'})
}

/** The longest site-name suffix a copy of the title may carry. */
const COPY_SUFFIX_MAX = 120

/**
 * A line's title part (`splitTitle`), folded: a line without a site name
 * is its own title, whose folded form the line keeps (`foldLine`).
 *
 * @param line
 *   The line.
 * @returns
 *   The folded title.
 */
function foldedTitleOf(line: Line): string {
  const {title} = splitTitle(line.value)
  return title === line.value ? foldLine(line) : fold(title)
}

/** A space before a colon or another closing mark, which a copy may print where the headline has none ("Kicker : Headline", from two elements). Folded text has single spaces: one is matched, with no run to backtrack over. */
const SPACE_BEFORE_MARK = / (?=[:;,.!?])/gu

/**
 * A folded text without the spaces before its colons and other closing
 * marks.
 *
 * @param folded
 *   A folded text.
 * @returns
 *   The text without them.
 */
function withoutSpaceBeforeMarks(folded: string): string {
  return folded.includes(' ') ? folded.replace(SPACE_BEFORE_MARK, '') : folded
}

/**
 * Drop later lines that repeat the headline (copiers and live-blog pages
 * print it twice), also with a space before its colon ("Kicker : Headline").
 *
 * @param lines
 *   All lines.
 * @param title
 *   The clean title.
 * @param file
 *   The file.
 */
function dropTitleCopies(lines: Line[], title: string, file: VFile): void {
  const folded = withoutSpaceBeforeMarks(fold(title))
  if (!folded) return
  for (const line of lines) {
    // A copy is the title, perhaps with a site name: lines of another length are not (and are not split).
    const length = line.value.length
    if (!isUnclaimed(line) || length < folded.length / 2 || length > 2 * title.length + COPY_SUFFIX_MAX) continue
    if (withoutSpaceBeforeMarks(foldedTitleOf(line)) !== folded) continue
    claim(line, {role: 'spam'})
    report(file, 'duplicate-dropped', 'Unexpected copy of the headline, dropped', line, line.value)
  }
}
