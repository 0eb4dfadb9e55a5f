/**
 * The headline: what the reader sees above the article, not the SEO or
 * social title.
 *
 * The visible headings (`<h1>`, and `<h2>` for pages that keep their `<h1>`
 * for a logo or a breadcrumb) are the candidates; the metadata titles
 * (JSON-LD `headline`, OpenGraph, Twitter, Dublin Core, `<title>`) vote for
 * the heading they agree with: the same words, or the same words with a
 * site name, section or kicker added at either end after a separator. A
 * heading that no metadata confirms is still the headline when it is the
 * page's `<h1>`; metadata alone decides only when the page shows no heading.
 * How a title confirms a heading is `title-agreement.ts`'s.
 *
 * @module
 */
import type {Element} from 'hast'
import {letterKey} from '../../util/letter-key.js'
import {UNSPACED_SCRIPT} from '../../util/text.js'
import {affixAround, spacedSeparators, splitTitle, stripSiteNames, titleParts, withoutDanglingSeparator} from '../../util/titles.js'
import {readHeading, restIsClassedHeadline, type Heading} from './headings.js'
import {hintWords} from '../hast.js'
import {metadataTitles, type MetaTitle, type TitleSources} from './meta-titles.js'
import {TITLE_MIN_LETTERS, confirm, type Agreement} from './title-agreement.js'

declare module 'hast' {
  interface ElementData {
    /** Set by `readMetadata`: the heading chosen as the page's headline. */
    headline?: boolean
  }
}

/** Headings looked at, in page order: the headline is among the first (and a page of thousands costs no more). */
const MAX_HEADINGS = 100

/** The chosen headline: its text, where it came from, why, and the heading element when visible. */
export interface TitleChoice {
  value: string
  source: string
  reason: string
  element?: Element
  /** A site name the chosen title carried (a `<title>` suffix), if any. */
  siteName?: string
}

/**
 * Choose the headline among the visible headings and the metadata titles.
 *
 * 1. A heading that metadata confirms: an `<h1>` before an `<h2>`, then the
 *    one whose agreement weighs more (see `WEIGHT` in title-agreement.ts), then the first. The
 *    logo (a heading whose links lead home) is the site's name, not a
 *    candidate; a title may end in the site's name however long it is.
 *    Failing those, an `<h3>` that a title opens with (a blog theme's post
 *    title, under the `<h1>` of the blog's name and an `<h2>` of the date).
 * 2. Else the page's one `<h1>` that is not all link text (a logo), not the
 *    site's name and not a one-word label: the page shows it above the
 *    article, whatever the SEO title says.
 * 3. Else, when no `<h1>` is left, the one heading of an `<hgroup>` (the
 *    page's headline group); else the rest of a heading whose kicker a
 *    metadata title gives; else the one `<h2>` classed `headline`.
 * 4. Else a metadata title that another confirms, else `<title>`, else the
 *    first; each without the site's names (declared, or the logo's text) and
 *    a site-name suffix.
 *
 * @param input
 *   The page's sources.
 * @returns
 *   The choice, if the page has any title.
 */
export function chooseTitle(input: TitleSources): TitleChoice | undefined {
  const titles = metadataTitles(input)
  const headings = readHeadings(input.sources, TOP_HEADINGS)
  // The site's names, and the text of its logo: a title may end in them, however long.
  const siteNames = [...input.names, ...headings.filter((heading) => heading.home).map((heading) => heading.text)]
  const names = new Set(siteNames.map(letterKey))
  const confirmed = bestConfirmed(headings, titles, names) ?? bestConfirmed(readHeadings(input.sources, MINOR_HEADINGS), titles, names, true)
  if (confirmed) return confirmed
  const eligible = headings.filter((heading) => heading.level === 1 && !heading.linkOnly && isHeadlineLike(heading.text) && !names.has(letterKey(heading.text)) && !isNamePart(heading.text, titles, names))
  // One `<h1>` is the page's; several that metadata does not tell apart are labels of its parts ("Partners", "Imprint").
  const h1 = eligible.length === 1 ? eligible[0] : undefined
  if (h1) return headingAlone(h1, titles.length > 0 ? 'the page’s `h1`; no metadata title agrees with a heading' : 'the page’s `h1`')
  // Without an `h1` of its own (it went to a breadcrumb or a logo), the page's headline group still shows the headline.
  const grouped = eligible.length === 0 ? headings.filter((heading) => heading.element.data?.grouped && !heading.linkOnly && isHeadlineLike(heading.text) && !names.has(letterKey(heading.text))) : []
  if (grouped.length === 1) return {value: grouped[0]!.text, source: grouped[0]!.element.tagName, element: grouped[0]!.element, reason: `the heading of the page’s \`hgroup\`; the page has no \`h1\` of its own`}
  const underKicker = headlineUnderKicker(headings, titles)
  if (underKicker) return underKicker
  const classed = eligible.length === 0 ? classedHeadline(headings, names) : undefined
  if (classed) return headingAlone(classed, `the page’s one \`h2\` classed as the headline; the page has no \`h1\` of its own${titles.length > 0 ? ' and no metadata title agrees with a heading' : ''}`)
  return fromMetadata(titles, siteNames)
}

/**
 * The page's one `<h2>` that its class names the headline
 * (`<h2 class="article__header__headline">`), on a page whose `<h1>` went to
 * a breadcrumb or a logo: the reader sees it above the article, whatever
 * the SEO title says. Only "headline": a `title` class is as often a
 * sidebar widget's (`<h2 class="title">Follow by Email</h2>`). Several
 * such headings are a list's teasers, and none is chosen.
 *
 * @param headings
 *   The visible headings, in page order.
 * @param siteNames
 *   Letter keys of the site's names.
 * @returns
 *   The heading, if exactly one is classed so.
 */
function classedHeadline(headings: Heading[], siteNames: Set<string>): Heading | undefined {
  const classed = headings.filter((heading) => heading.level === 2 && !heading.linkOnly && hintWords(heading.element).includes('headline') && isHeadlineLike(heading.text) && !siteNames.has(letterKey(heading.text)))
  return classed.length === 1 ? classed[0] : undefined
}

/**
 * The rest of a visible heading whose kicker is what a metadata title
 * says (`<h2><span>Abnehm-Tricks für Weihnachten</span><span>Weihnachten
 * nicht zunehmen: 10 Tipps</span></h2>` beside a JSON-LD `headline`
 * "Abnehm-Tricks für Weihnachten"): the metadata gives the label above the
 * headline as the story's title; the reader sees the rest as the headline.
 * Only where the heading's classes name the rest the headline: a first
 * part classed as the headline has its subtitle after it.
 *
 * @param headings
 *   The visible headings, in page order.
 * @param titles
 *   The metadata titles.
 * @returns
 *   The choice, if a heading's kicker is a metadata title.
 */
function headlineUnderKicker(headings: Heading[], titles: MetaTitle[]): TitleChoice | undefined {
  for (const heading of headings) {
    if (!heading.rest || heading.linkOnly || heading.home || !restIsClassedHeadline(heading)) continue
    const kicker = letterKey(heading.text.slice(0, heading.text.length - heading.rest.length))
    const title = kicker.length >= TITLE_MIN_LETTERS ? titles.find((each) => letterKey(each.value) === kicker) : undefined
    if (title) return {value: heading.rest, source: heading.element.tagName, element: heading.element, reason: `the page’s \`${heading.element.tagName}\` under its kicker \`${title.value}\`, which \`${title.source}\` gives as the title`}
  }
  return undefined
}

/** The headings a headline is looked for among first. */
const TOP_HEADINGS = new Set(['h1', 'h2'])

/** A blog theme's post title, under the `<h1>` of the blog's name: a headline only when metadata gives it as the story. */
const MINOR_HEADINGS = new Set(['h3'])

/**
 * Read the page's visible headings of some levels, in page order.
 *
 * @param sources
 *   The page's source elements.
 * @param tags
 *   The heading tags to read.
 * @returns
 *   The headings (at most `MAX_HEADINGS`).
 */
function readHeadings(sources: Element[], tags: Set<string>): Heading[] {
  const headings: Heading[] = []
  for (const element of sources) {
    if (!tags.has(element.tagName)) continue
    const heading = readHeading(element)
    if (heading) headings.push(heading)
    if (headings.length === MAX_HEADINGS) break
  }
  return headings
}

/**
 * The choice of a heading no metadata confirms: its text, without the kicker
 * its class names one (`<span class="category">Consumers</span> Headline`).
 *
 * @param heading
 *   The heading.
 * @param reason
 *   Why it was chosen.
 * @returns
 *   The choice.
 */
function headingAlone(heading: Heading, reason: string): TitleChoice {
  if (!heading.rest || !heading.classedKicker) return {value: heading.text, source: heading.element.tagName, element: heading.element, reason}
  return {value: heading.rest, source: heading.element.tagName, element: heading.element, reason: `${reason}; kicker \`${heading.classedKicker}\` split off (its class says so)`}
}

/**
 * Whether a heading's text may be a headline no metadata confirms: enough
 * letters, and more than one word (a script without spaces aside).
 *
 * @param text
 *   The heading's text.
 * @returns
 *   Whether it may.
 */
function isHeadlineLike(text: string): boolean {
  return letterKey(text).length >= TITLE_MIN_LETTERS && (text.includes(' ') || UNSPACED_SCRIPT.test(text))
}

/**
 * Whether a heading is the smaller part of a metadata title: the site's
 * name, printed as the logo's `<h1>` ("Story | Site" and `<h1>Site</h1>`);
 * not when the heading opens the title and the site's name (or host), or a
 * trail of sections, stands in what follows ("Story - Tagline - Site",
 * "Story / Politics / Home - Site", however long).
 *
 * @param text
 *   The heading's text.
 * @param titles
 *   The metadata titles.
 * @param siteKeys
 *   Letter keys of the site's names (its host's too).
 * @returns
 *   Whether it is.
 */
function isNamePart(text: string, titles: MetaTitle[], siteKeys: Set<string>): boolean {
  const key = letterKey(text)
  return titles.some((title) => {
    const affix = affixAround(title.value, text, false)
    if (affix === undefined) return false
    const affixKey = letterKey(affix.affix)
    // The heading first, then the site's name or a trail of sections in what follows ("Story - Tagline - Site",
    // "Story / Politics / Home - Site"): the heading is the story.
    if (affix.at === 'end' && (spacedSeparators(affix.affix) >= TRAIL_MIN_SEPARATORS || namesSite(affix.affix, siteKeys))) return false
    return affixKey.length > key.length
  })
}

/**
 * Whether the tail of a title names the site: it holds the site's name or
 * host label ("Story - Tagline - vinosytapas"), or one of its parts begins
 * the host label ("Story - Point of Sail - Sailmakers in Kiel" on
 * `pointofsail-kiel.example`, whose label adds the town).
 *
 * @param tail
 *   What follows the heading in a title.
 * @param siteKeys
 *   Letter keys of the site's names (its host's too).
 * @returns
 *   Whether it does.
 */
function namesSite(tail: string, siteKeys: Set<string>): boolean {
  const tailKey = letterKey(tail)
  const partKeys = titleParts(tail).map(letterKey).filter((key) => key.length >= SITE_KEY_MIN_LETTERS)
  return [...siteKeys].some((site) => site.length >= SITE_KEY_MIN_LETTERS && (tailKey.includes(site) || partKeys.some((part) => site.startsWith(part))))
}

/** What follows the story in a title is a trail of sections and names when it holds this many spaced separators. */
const TRAIL_MIN_SEPARATORS = 2

/** A site's name (or host label) this long at least is telling inside a title's tail ("vinosytapas"); shorter ones ("ft") match by chance. */
const SITE_KEY_MIN_LETTERS = 5

/**
 * The heading that metadata confirms best, if any.
 *
 * @param headings
 *   The visible headings, in page order.
 * @param titles
 *   The metadata titles.
 * @param siteKeys
 *   Letter keys of the site's names and its logo headings.
 * @param storyFirst
 *   Whether only a title that opens with the heading confirms it (for minor headings).
 * @returns
 *   The choice, if a heading is confirmed.
 */
function bestConfirmed(headings: Heading[], titles: MetaTitle[], siteKeys: Set<string>, storyFirst = false): TitleChoice | undefined {
  let best: {heading: Heading; agreement: Agreement} | undefined
  for (const heading of headings) {
    // The logo agrees with the title's site name; it is no headline.
    if (heading.home) continue
    // A video's name confirms the page's `<h1>`, not a heading in its player or in a teaser of another video.
    const agreement = confirm(heading, heading.level === 1 ? titles : titles.filter((title) => !title.media), siteKeys)
    if (!agreement) continue
    // A minor heading that a title holds after a kicker or a site's name may be any part of the page; the story comes first.
    if (storyFirst && agreement.affixes.some((affix) => affix.at === 'start')) continue
    if (!best || heading.level < best.heading.level || (heading.level === best.heading.level && agreement.weight > best.agreement.weight)) best = {heading, agreement}
  }
  if (!best) return undefined
  const {heading, agreement} = best
  const tag = heading.element.tagName
  let reason = `the page’s \`${tag}\`, confirmed by ${agreement.sources.map((source) => `\`${source}\``).join(', ')}`
  if (agreement.kicker) reason += `; kicker \`${agreement.kicker}\` split off`
  const choice: TitleChoice = {value: agreement.text, source: tag, reason, element: heading.element}
  const siteName = siteNameAfter(agreement, titles)
  if (siteName) choice.siteName = siteName
  return choice
}

/**
 * The site's name that `<title>` adds after the confirmed headline: the
 * affix it agreed with, or, when the name is too long for an affix ("Story
 * | Android Developers Blog"), what splitting `<title>` leaves after the
 * headline's own words.
 *
 * @param agreement
 *   How metadata confirmed the headline.
 * @param titles
 *   The metadata titles.
 * @returns
 *   The site's name, if `<title>` adds one.
 */
function siteNameAfter(agreement: Agreement, titles: MetaTitle[]): string | undefined {
  const title = titles.find((each) => each.source === 'title')
  if (!title) return undefined
  const split = splitTitle(title.value)
  if (!split.siteName) return undefined
  const suffix = agreement.affixes.find((affix) => affix.source === 'title' && affix.at === 'end')
  if (suffix) return letterKey(split.siteName) === letterKey(suffix.affix) ? split.siteName : undefined
  return letterKey(split.title) === letterKey(agreement.text) ? split.siteName : undefined
}

/**
 * The headline from metadata alone: the first title another confirms (the
 * same, or with an affix), else `<title>`, else the first; without the
 * site's names at either end and a site-name suffix.
 *
 * @param titles
 *   The metadata titles.
 * @param names
 *   The site's names and the page's section.
 * @returns
 *   The choice, if any title.
 */
function fromMetadata(titles: MetaTitle[], names: string[]): TitleChoice | undefined {
  let chosen = titles.find((title) => letterKey(title.value).length >= TITLE_MIN_LETTERS && titles.some((other) => other !== title && (letterKey(other.value) === letterKey(title.value) || affixAround(other.value, title.value, false))))
  let reason = chosen ? `\`${chosen.source}\`, confirmed by another metadata title; the page shows no heading that agrees` : ''
  if (!chosen) {
    chosen = titles.find((title) => title.source === 'title') ?? titles[0]
    reason = chosen ? `\`${chosen.source}\` alone; no visible heading or other metadata title agrees` : ''
  }
  if (!chosen) return undefined
  const stripped = stripSiteNames(withoutDanglingSeparator(chosen.value), names)
  let split = splitTitle(stripped.title)
  // "Headline | Site | Tagline": with the tagline gone, the site's declared name ends the title.
  const again = split.siteName ? stripSiteNames(split.title, names) : undefined
  if (again?.removed[0]) split = {title: again.title, siteName: again.removed[0]}
  const choice: TitleChoice = {value: split.title, source: chosen.source, reason}
  if (split.siteName) choice.siteName = split.siteName
  return choice
}
