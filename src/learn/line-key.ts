/**
 * How lines are compared across the pages of a site: the key two lines
 * share when one page repeats the other's furniture.
 *
 * @module
 */
import type {Line} from '../tree.js'
import {fold} from '../util/text.js'

/** A run of digits: a year, a count, a date changes from page to page in the same furniture (`© 2024`, `12 comments`). */
const DIGITS = /\p{Nd}+/gu

/**
 * The key of a line's text: folded (case, whitespace, typographic marks,
 * punctuation at the ends) and each run of digits read as `0`.
 *
 * @param text
 *   A line's text.
 * @returns
 *   Its key (empty for a line of marks alone).
 */
export function lineKey(text: string): string {
  return fold(text).replace(DIGITS, '0')
}

/**
 * More words than this make a line prose: learned only when nearly every
 * page repeats it (a disclaimer does; a sentence two stories share does
 * not). Menus, labels and footers are shorter: "© 2024 The Courier. All
 * rights reserved." is 6 words, a newsletter prompt 8–12.
 */
export const PROSE_WORDS = 12

/**
 * Whether a line reads as prose rather than a label, a menu or a link: more
 * than `PROSE_WORDS` words, and not the text of a link (a rail's teaser is
 * another page's headline, never this page's content).
 *
 * @param line
 *   The line.
 * @param key
 *   Its key.
 * @returns
 *   Whether it is prose.
 */
export function isProse(line: Line, key: string): boolean {
  if (line.data?.hint?.href || line.data?.hint?.inLink) return false
  let words = 1
  for (let index = 0; index < key.length; index++) if (key.charCodeAt(index) === 32) words++
  return words > PROSE_WORDS
}
