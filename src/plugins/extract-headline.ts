/**
 * Find the headline, and the site name and section around it.
 *
 * The headline is the first content line. A "| Site" (or short, capitalised
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
import {endsLikeSentence, fold, isCapitalised} from '../util/text.js'
import {isPersonName} from '../util/names.js'
import {BY_WORDS, isAgencyDateline, isCreditLine, isWriterOverDateline} from '../util/bylines.js'
import {findTimestamps} from '../util/timestamps.js'
import {splitTitle} from '../util/titles.js'
import {slugAgreement, slugWords} from '../util/url-slug.js'

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
    if (content.length > 1 && isSectionLabel(content[0]!) && lineWords(content[1]!) > SECTION_MAX_WORDS) {
      readLabel(content[0]!, lines, data)
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
    if (headline && bySlug === undefined && data.format !== 'html' && !readsAsHeadline(headline, UNSPACED.test(headline.value) ? 1 : FIRST_LINE_MIN_WORDS)) {
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

/** At most this many byline and date lines stand above a headline. */
const CREDITS_ABOVE_MAX = 2


/**
 * The index of the first content line past the byline and date lines that
 * open it (at most `CREDITS_ABOVE_MAX`), when a line follows them.
 *
 * @param content
 *   The unclaimed lines.
 * @param start
 *   Where to look.
 * @returns
 *   The index of the headline's candidate.
 */
function pastCredits(content: Line[], start: number): number {
  let index = start
  while (index - start < CREDITS_ABOVE_MAX && index + 1 < content.length && isCreditLine(content[index]!)) index++
  return index
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

/**
 * Drop later lines that repeat the headline (copiers and live-blog pages
 * print it twice).
 *
 * @param lines
 *   All lines.
 * @param title
 *   The clean title.
 * @param file
 *   The file.
 */
function dropTitleCopies(lines: Line[], title: string, file: VFile): void {
  const folded = fold(title)
  if (!folded) return
  for (const line of lines) {
    // A copy is the title, perhaps with a site name: lines of another length are not (and are not split).
    const length = line.value.length
    if (!isUnclaimed(line) || length < folded.length / 2 || length > 2 * title.length + COPY_SUFFIX_MAX) continue
    if (foldedTitleOf(line) !== folded) continue
    claim(line, {role: 'spam'})
    report(file, 'duplicate-dropped', 'Unexpected copy of the headline, dropped', line, line.value)
  }
}

/** A story's first paragraph: this many words at least, ending as a sentence does. */
const PARAGRAPH_MIN_WORDS = 10

/** How far ahead the story's first paragraph is looked for. */
const STORY_LOOKAHEAD = 200

/** A first line this many lines above the story or more is not its headline. */
const FAR_ABOVE = 4

/** How many lines above the story the headline is looked for. */
const HEADER_REACH = 4

/** The first line of a scraped text is its headline with this many words at least (a two-word headline opens many pages). */
const FIRST_LINE_MIN_WORDS = 2

/** A script written without spaces. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u

/** A headline has this many words at least, and at most `HEADLINE_MAX_WORDS`. */
const HEADLINE_MIN_WORDS = 3
const HEADLINE_MAX_WORDS = 30

/** A byline's or a blog's meta line opening ("von …", "Posted …"), which is no headline. */
const META_OPENING = new RegExp(`^(?:${BY_WORDS}|posted|published)\\b`, 'iu')

/** A counter or a length ("75,345 shares", "3 Kommentare", "4 min"), which is no headline. */
const COUNTER = /(?<![\d,.])\d[\d,.]{0,12}\s?(?:shares|kommentare|comments|min|minut\p{L}*|minuten)\b/iu

/**
 * Where the headline of a scraped text is: at `start`, unless that line
 * stands far above the story's first paragraph (`FAR_ABOVE`) and does not
 * read as a headline (a menu's item, a label); then the last line that
 * reads as one in the few lines right above the story (`HEADER_REACH`), if
 * one does.
 *
 * @param content
 *   The unclaimed lines.
 * @param start
 *   The first line's index.
 * @returns
 *   The headline's index.
 */
function headlineAboveStory(content: Line[], start: number): number {
  const end = Math.min(content.length, start + STORY_LOOKAHEAD)
  let story = -1
  for (let index = start; index < end; index++) {
    if (lineWords(content[index]!) >= PARAGRAPH_MIN_WORDS && endsLikeSentence(content[index]!.value)) {
      story = index
      break
    }
  }
  // A first line that reads as a headline stays one: the short lines under it may be its key points or a feed's stamps.
  if (story < start + FAR_ABOVE || readsAsHeadline(content[start]!)) return start
  for (let index = story - 1; index >= Math.max(start, story - HEADER_REACH); index--) {
    if (readsAsHeadline(content[index]!)) return index
  }
  return start
}

/** A line says the address's slug when its `slugAgreement` reaches this. */
const SLUG_AGREEMENT_MIN = 0.6

/** How many content lines the slug's line is looked for among (a dump may open with a long menu). */
const SLUG_LOOKAHEAD = 400

/**
 * The index of the line that says the page address's slug best
 * (`slugAgreement`), if one says it well enough: a headline's few words,
 * not a sentence (a standfirst repeats the slug's words too), not a link
 * (a dump may print the address itself).
 *
 * @param content
 *   The unclaimed lines.
 * @param start
 *   The first line that may be the headline.
 * @param url
 *   The page's address (optional).
 * @returns
 *   The line's index, if any.
 */
function headlineBySlug(content: Line[], start: number, url: string | undefined): number | undefined {
  const slug = slugWords(url)
  if (slug.length === 0) return undefined
  const agreements: Array<{index: number; agreement: number}> = []
  const end = Math.min(content.length, start + SLUG_LOOKAHEAD)
  for (let index = start; index < end; index++) {
    const line = content[index]!
    if (!maySayHeadline(line)) continue
    const agreement = slugAgreement(line.value, slug)
    if (agreement >= SLUG_AGREEMENT_MIN) agreements.push({index, agreement})
  }
  if (agreements.length === 0) return undefined
  // The first line that says the slug about as well as the best: subheadings, captions and teasers repeat its words below the headline.
  // A breadcrumb trail that ends in the headline ("Home / Books / Headline") comes first and holds it: the headline itself wins.
  const best = Math.max(...agreements.map(({agreement}) => agreement))
  let chosen: number | undefined
  for (const {index, agreement} of agreements) {
    if (agreement < best - SLUG_AGREEMENT_MARGIN) continue
    if (chosen === undefined || (content[chosen]!.value.length > content[index]!.value.length && content[chosen]!.value.includes(content[index]!.value))) chosen = index
  }
  return chosen
}

/** A line this close to the best agreement with the slug is as good a headline, and an earlier one is preferred. */
const SLUG_AGREEMENT_MARGIN = 0.1

/** A list of tags or ingredients has this many commas at least. */
const LIST_MIN_COMMAS = 3

/**
 * Whether a line may be a headline that says the slug: a headline's few
 * words, not a statement (a standfirst repeats the slug's words too), not
 * a link or a domain (a dump may print the address), not a byline or a
 * date, not a list (tags: "Getaggt mit Harbour, Works, May").
 *
 * @param line
 *   A content line.
 * @returns
 *   Whether it may.
 */
function maySayHeadline(line: Line): boolean {
  const value = line.value
  if (lineWords(line) > HEADLINE_MAX_WORDS || endsAsStatement(value) || isCreditLine(line)) return false
  if (/https?:|www\.|^[\w-]+(?:\.[\w-]+)+$/i.test(value) || /^[[(]/.test(value)) return false
  return value.split(',').length - 1 < LIST_MIN_COMMAS
}

/**
 * Whether a line ends as a statement does (a full stop, a colon, a
 * semicolon), not as a headline may ("…?", "…!", "…").
 *
 * @param text
 *   A line.
 * @returns
 *   Whether it does.
 */
function endsAsStatement(text: string): boolean {
  const last = text.trimEnd().at(-1)
  return (last === '.' && !text.trimEnd().endsWith('...')) || last === ':' || last === ';'
}

/**
 * Whether a line above the story reads as its headline: a few words, no
 * sentence, no date, no byline or counter.
 *
 * @param line
 *   A line.
 * @param minWords
 *   The fewest words it may have (`HEADLINE_MIN_WORDS`: fewer make a label above the story).
 * @returns
 *   Whether it does.
 */
function readsAsHeadline(line: Line, minWords = HEADLINE_MIN_WORDS): boolean {
  const words = lineWords(line)
  if (words < minWords || words > HEADLINE_MAX_WORDS || endsLikeSentence(line.value) || isCreditLine(line)) return false
  return !META_OPENING.test(line.value) && !COUNTER.test(line.value) && findTimestamps(line.value).length === 0
}
