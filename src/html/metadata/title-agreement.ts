/**
 * How the metadata titles (JSON-LD `headline`, OpenGraph, Twitter, Dublin
 * Core, `<title>`) confirm a visible heading: the same letters, or the same
 * plus an affix after a separator (a site name, a section, a kicker), each
 * agreement weighed. `chooseTitle` (title.ts) picks among the headings so
 * confirmed.
 *
 * @module
 */
import {letterKey} from '../../util/letter-key.js'
import {affixAround, spelledHead, type Affix} from '../../util/titles.js'
import type {Heading} from './headings.js'
import type {MetaTitle} from './meta-titles.js'

/** A headline has at least this many letters: shorter agreements ("News", "Home") prove nothing. */
export const TITLE_MIN_LETTERS = 8

/**
 * What one metadata title's agreement weighs: the same words most, then the
 * heading with a site name after it, then the heading after a leading affix
 * (a kicker, or the heading is itself the site name at the end of `<title>`).
 */
const WEIGHT = {same: 3, trailing: 2, leading: 1}

/** How metadata confirmed a heading. */
export interface Agreement {
  /** The headline's text. */
  text: string
  /** The metadata sources that agree. */
  sources: string[]
  /** The weight of their agreement (see `WEIGHT`). */
  weight: number
  /** Affixes the metadata titles add (site names, sections, kickers). */
  affixes: Array<Affix & {source: string}>
  /** A kicker split off the heading, if any. */
  kicker?: string
}

/**
 * The metadata titles that agree with one text: the same letters, or the
 * same plus an affix after a separator (a site name, a section, a kicker).
 *
 * @param text
 *   A heading's text.
 * @param titles
 *   The metadata titles.
 * @param parts
 *   Whether the heading is made of several elements, whose joins markup may lose (`Kicker` `Headline` for `Kicker: Headline`).
 * @param leading
 *   Whether an affix may stand before the text (not for a heading whose kicker was split off: that affix is the kicker).
 * @param kicker
 *   The text of the element just before the heading (optional).
 * @param isSiteSuffix
 *   Whether a trailing affix too long for a site name is one all the same (optional).
 * @returns
 *   The agreement, if any title agrees.
 */
function agreeWith(text: string, titles: MetaTitle[], parts: boolean, leading: boolean, kicker?: string, isSiteSuffix?: SiteSuffixTest): Agreement | undefined {
  const key = letterKey(text)
  if (key.length < TITLE_MIN_LETTERS) return undefined
  const agreement: Agreement = {text, sources: [], weight: 0, affixes: []}
  let spelled = false
  for (const title of titles) {
    if (letterKey(title.value) === key) {
      agreement.sources.push(title.source)
      agreement.weight += WEIGHT.same
      // Markup loses what joins two elements (the space in "Headline:Rest", the colon after a kicker); the metadata keeps it.
      if (!spelled && (parts || title.value.replace(/\s/g, '') === text.replace(/\s/g, ''))) {
        agreement.text = title.value
        spelled = true
      }
      continue
    }
    const affix = affixAround(title.value, text) ?? longSiteSuffix(title.value, text, isSiteSuffix)
    if (affix && (leading || affix.at === 'end')) {
      agreement.sources.push(title.source)
      agreement.weight += affix.at === 'end' ? WEIGHT.trailing : WEIGHT.leading
      agreement.affixes.push({...affix, source: title.source})
      // The kicker printed just above the heading, which the metadata joins to it: one headline, spelled as the metadata spells it.
      if (!spelled && affix.at === 'start' && kicker && letterKey(kicker) === letterKey(affix.affix)) {
        agreement.text = title.value
        spelled = true
      }
      // A heading in parts ("Kicker" "Headline"), which a title spells before the site's name ("Kicker - Headline - Site").
      const head = !spelled && parts && affix.at === 'end' ? spelledHead(title.value, text) : undefined
      if (head) {
        agreement.text = head
        spelled = true
      }
    }
  }
  return agreement.sources.length > 0 ? agreement : undefined
}

/**
 * How metadata confirms a heading: its text without a kicker first (the
 * metadata has the rest alone: the kicker is a label above the headline),
 * else its whole text.
 *
 * @param heading
 *   The heading.
 * @param titles
 *   The metadata titles.
 * @param siteKeys
 *   Letter keys of the site's names and its logo headings.
 * @returns
 *   The agreement, if any.
 */
export function confirm(heading: Heading, titles: MetaTitle[], siteKeys: Set<string>): Agreement | undefined {
  const inArticle = heading.element.data?.inArticle === true
  const isSiteSuffix: SiteSuffixTest = (title, affix) => isLongSiteSuffix(title, affix, siteKeys, inArticle)
  if (heading.rest) {
    const agreement = agreeWith(heading.rest, titles, false, false, undefined, isSiteSuffix)
    if (agreement) return {...agreement, kicker: heading.text.slice(0, heading.text.length - heading.rest.length).trim()}
  }
  return agreeWith(heading.text, titles, heading.parts, true, heading.element.data?.kicker, isSiteSuffix)
}

/** Whether an affix after a heading in a title is the site's name, however long (see `isLongSiteSuffix`). */
type SiteSuffixTest = (title: string, affix: string) => boolean

/** Separators that also join a headline's own parts ("Budget: Rates held"), unlike a site name's ("|", "–", "›"). */
const HEADLINE_COLONS = new Set([':', '：'])

/**
 * Whether an affix after the heading, longer than a site name usually is
 * beside a short headline, is the site's name all the same ("Homo
 * Brandenburgensis | Brandenburgische Landeszentrale für politische
 * Bildung"): the page names its site so (a declared name, or the text of its
 * logo's link-only `<h1>`), or the heading stands in an `<article>` and a
 * site name's separator leads to the affix. A colon does not: it also joins
 * a kicker to its headline, and a kicker may be printed as a heading.
 *
 * @param title
 *   The metadata title.
 * @param affix
 *   What follows the heading's text in it.
 * @param siteKeys
 *   Letter keys of the site's names and its logo headings.
 * @param inArticle
 *   Whether the heading stands in an `<article>`.
 * @returns
 *   Whether the affix is the site's name.
 */
function isLongSiteSuffix(title: string, affix: string, siteKeys: Set<string>, inArticle: boolean): boolean {
  if (siteKeys.has(letterKey(affix))) return true
  if (!inArticle) return false
  const separator = title.slice(0, title.lastIndexOf(affix)).trimEnd().at(-1)
  return separator !== undefined && !HEADLINE_COLONS.has(separator)
}

/**
 * A trailing affix too long for `affixAround`'s bound that is the site's
 * name all the same.
 *
 * @param title
 *   The metadata title.
 * @param text
 *   The heading's text.
 * @param isSiteSuffix
 *   The test of the affix (none: no long affix is taken).
 * @returns
 *   The affix, if it is the site's name.
 */
function longSiteSuffix(title: string, text: string, isSiteSuffix: SiteSuffixTest | undefined): Affix | undefined {
  if (!isSiteSuffix) return undefined
  const loose = affixAround(title, text, false)
  return loose?.at === 'end' && isSiteSuffix(title, loose.affix) ? loose : undefined
}

