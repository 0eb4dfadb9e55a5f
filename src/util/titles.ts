/**
 * Headlines as pages print them: the site name after a separator ("Headline
 * | Site", "Headline - The Times") split off, and a copier's year suffix
 * ("(2024)") removed. Shared by the headline plugin and the HTML metadata.
 *
 * @module
 */
import {isCapitalised} from './text.js'

/** A year in brackets that content farms append to copied titles. `(?<!\s)` here and below: a run of spaces is tried from its start only (ReDoS-safe). */
const YEAR_SUFFIX = /(?<!\s)\s*[([]\s*(?:19|20)\d{2}\s*[)\]]$/

/** A site name after a bar: "Headline | Valley News". */
const BAR_SUFFIX = /(?<!\s)\s+[|•·]\s+([^|•·\s][^|•·]{1,59})$/

/** A site name after a dash: "Headline - The Times"; checked by `looksLikeSiteName`. */
const DASH_SUFFIX = /(?<!\s)\s+[-–—]\s+([^-–—\s][^-–—]{1,39})$/

/** A site name is a few words. */
const SITE_NAME_MAX_WORDS = 4

/**
 * Whether a title suffix after a dash is a site name: a few words, each
 * capitalised (or a short joining word such as "of", "the").
 *
 * @param text
 *   The suffix.
 * @returns
 *   `true` when it looks like a name.
 */
function looksLikeSiteName(text: string): boolean {
  const words = text.split(/\s+/)
  if (words.length > SITE_NAME_MAX_WORDS || !isCapitalised(words[0]!)) return false
  return words.every((word) => isCapitalised(word) || /^(?:of|the|and|de|la|le|der|die|das)$/.test(word)) && !/[.!?:;,]$/.test(text)
}

/**
 * Split a raw headline into title and site name.
 *
 * @param raw
 *   The headline line.
 * @returns
 *   The clean title and the site name, if any.
 */
export function splitTitle(raw: string): {title: string; siteName?: string} {
  let title = raw.replace(YEAR_SUFFIX, '')
  const bar = BAR_SUFFIX.exec(title)
  if (bar) return {title: title.slice(0, bar.index).replace(YEAR_SUFFIX, ''), siteName: bar[1]!.trim()}
  const dash = DASH_SUFFIX.exec(title)
  if (dash && looksLikeSiteName(dash[1]!.trim())) {
    title = title.slice(0, dash.index)
    return {title, siteName: dash[1]!.trim()}
  }
  return {title}
}
