/**
 * The words of a page address's slug (`/politik/harbour-works-to-start-in-may-1234.html`
 * → harbour, works, start, may), and how well a line says them: most news
 * sites write the headline into the address, so the line that says the
 * slug is the headline, wherever the scraper put it among menus and teasers.
 *
 * @module
 */
import {withoutAccents} from './text.js'

/** A slug says a headline when it has this many words at least; fewer is a section or an id ("news", "p=1234"). */
export const SLUG_MIN_WORDS = 3

/** Words of an address that say nothing of the story: file endings, the site's own path words. */
const ADDRESS_WORDS = new Set(['html', 'htm', 'php', 'aspx', 'asp', 'jsp', 'shtml', 'index', 'www', 'amp', 'article', 'articles', 'artikel', 'news', 'story', 'stories', 'blog', 'post', 'posts'])

/** A slug word has this many letters at least: shorter ones ("in", "of", "de") are too common to tell lines apart. */
const WORD_MIN_LETTERS = 3

/**
 * Lower-cased words of a text without accents (`ü` → `u`, `ß` → `ss`), as
 * slugs write them.
 *
 * @param text
 *   A text.
 * @returns
 *   Its words of `WORD_MIN_LETTERS` letters or more, digits alone left out.
 */
export function slugForm(text: string): string[] {
  const plain = withoutAccents(text.toLowerCase()).replace(/ß/g, 'ss')
  return plain.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= WORD_MIN_LETTERS && !/^\d+$/.test(word))
}

/**
 * The words of an address's slug: its path segment with the most words,
 * without the address's own words.
 *
 * @param url
 *   The page's address (optional).
 * @returns
 *   The slug's words, none when the address has no slug of `SLUG_MIN_WORDS`.
 */
export function slugWords(url: string | undefined): string[] {
  if (!url) return []
  let path: string
  try {
    path = decodeURIComponent(new URL(url).pathname)
  } catch {
    return []
  }
  let best: string[] = []
  for (const segment of path.split('/')) {
    const words = slugForm(segment).filter((word) => !ADDRESS_WORDS.has(word))
    if (words.length > best.length) best = words
  }
  return best.length >= SLUG_MIN_WORDS ? best : []
}

/** Weight of the slug's words found in the line, against the line's words found in the slug (a headline may say more than its slug). */
const SLUG_COVERED_WEIGHT = 0.7

/**
 * How well a line says a slug: mostly the share of the slug's words it
 * holds (a slug may cut a word short, "ermoeglich", or the line lengthen
 * one: a prefix matches), then the share of its words the slug holds.
 *
 * @param line
 *   A line's text.
 * @param slug
 *   The slug's words (`slugWords`).
 * @returns
 *   0 to 1.
 */
export function slugAgreement(line: string, slug: string[]): number {
  const words = slugForm(line)
  if (words.length === 0 || slug.length === 0) return 0
  const lineSet = new Set(words)
  const covered = slug.filter((word) => lineSet.has(word) || words.some((each) => each.startsWith(word) || (each.length > WORD_MIN_LETTERS && word.startsWith(each)))).length
  const slugSet = new Set(slug)
  const inSlug = words.filter((word) => slugSet.has(word)).length
  return SLUG_COVERED_WEIGHT * (covered / slug.length) + (1 - SLUG_COVERED_WEIGHT) * (inSlug / words.length)
}
