/**
 * The date a page shows as text alone, near its headline, in an element
 * whose class names a date (`<div class="date">Donnerstag, 14.03.2024</div>`,
 * `<p class="fecha">martes, 5 de marzo de 2024 · 21:40</p>`): no `<time>`,
 * no machine value. It is the publication when no other source gives one
 * (a page saved without its scripts has no JSON-LD, and many have no
 * `<meta>` time): read before the pruning, which often drops the header's
 * meta line with the share buttons around it.
 *
 * Only where the article's date stands: next to the headline (their nearest
 * common container at most `NEAR_HEADLINE_LEVELS` above the headline, never
 * the page's `<body>`, and no other heading between them), not in a
 * sidebar, a card or the comments, and only when few dates stand there
 * (today's date in the site's header is far from the headline; a teaser's
 * date follows the teaser's heading; a list of dated teasers shows many).
 *
 * @module
 */
import type {Element} from 'hast'
import type {Timestamp} from '../../schema/article.js'
import {withoutReadingTime} from '../../util/reading-time.js'
import {wordCount} from '../../util/text.js'
import {findTimestamps, outsideStamps, type TimestampContext} from '../../util/timestamps.js'
import {foldWhitespace, textContent} from '../hast.js'
import type {ShownDate} from './time-elements.js'

/** A date's element stands near the headline: their nearest common container is at most this many levels above the headline. */
const NEAR_HEADLINE_LEVELS = 3

/** A shown date is short: a cue, a weekday, a date and a time ("Publicado el martes, 5 de marzo de 2024 · 21:40"). */
const SHOWN_DATE_MAX_LENGTH = 80

/** More distinct dates than this near the headline are a list's (related stories), not the article's. */
const SHOWN_DATES_MAX = 2

/** Containers too wide to place anything near the headline. */
const PAGE_TAGS = new Set(['html', 'body'])

/** The date shown near the headline, and the element that shows it. */
export interface ShownDateRead {
  value: Timestamp
  element: Element
}

/**
 * The publication date the page shows near its headline as text alone.
 *
 * @param shown
 *   The page's elements that may show a date (`addShownDate`), in page order.
 * @param headingAncestors
 *   The elements above each visible heading; the chosen headline is marked (`data.headline`).
 * @param context
 *   Day and zone.
 * @returns
 *   The date and its element, if the page shows one there.
 */
export function readShownDate(shown: ShownDate[], headingAncestors: Map<Element, Element[]>, context: TimestampContext): ShownDateRead | undefined {
  if (shown.length === 0) return undefined
  const headline = headlinePlace(headingAncestors)
  if (!headline) return undefined
  const read: ShownDateRead[] = []
  for (const date of shown) {
    if (date.elsewhere || !isBesideHeadline(headline, date)) continue
    const value = readDateText(date.element, context)
    if (value) read.push({value, element: date.element})
  }
  const distinct = new Set(read.map(({value}) => value.date))
  return distinct.size > 0 && distinct.size <= SHOWN_DATES_MAX ? read[0] : undefined
}

/** Where the headline stands: the elements above it, and how many visible headings come before it. */
export interface HeadlinePlace {
  /** The elements above the headline, from the top. */
  above: Element[]
  /** Its index among the page's visible headings. */
  index: number
}

/**
 * Where the chosen headline stands among the page's headings.
 *
 * @param headingAncestors
 *   The elements above each visible heading, in page order; the chosen headline is marked (`data.headline`).
 * @returns
 *   Its place, if the headline is one of them.
 */
export function headlinePlace(headingAncestors: Map<Element, Element[]>): HeadlinePlace | undefined {
  let index = 0
  for (const [heading, above] of headingAncestors) {
    if (heading.data?.headline === true) return {above, index}
    index++
  }
  return undefined
}

/**
 * Whether an element stands beside the headline: no other heading comes
 * between them (a date after another heading is that heading's, a
 * teaser's), and it is near the headline (`isNearHeadline`).
 *
 * @param headline
 *   The headline's place.
 * @param placed
 *   The element's ancestors and the number of headings before it.
 * @returns
 *   Whether it does.
 */
export function isBesideHeadline(headline: HeadlinePlace, placed: {ancestors: Element[]; headingsBefore: number}): boolean {
  const afterHeadline = placed.headingsBefore === headline.index || placed.headingsBefore === headline.index + 1
  return afterHeadline && isNearHeadline(headline.above, placed.ancestors)
}

/**
 * Whether an element stands near the headline: their nearest common
 * container is at most `NEAR_HEADLINE_LEVELS` above the headline, and is
 * not the page itself.
 *
 * @param headline
 *   The elements above the headline, from the top.
 * @param ancestors
 *   The elements above the element, from the top.
 * @returns
 *   Whether it does.
 */
function isNearHeadline(headline: Element[], ancestors: Element[]): boolean {
  let shared = 0
  while (shared < headline.length && shared < ancestors.length && headline[shared] === ancestors[shared]) shared++
  if (shared === 0 || PAGE_TAGS.has(headline[shared - 1]!.tagName)) return false
  return headline.length - shared + 1 <= NEAR_HEADLINE_LEVELS
}

/**
 * The date an element shows, when its text is a date and nothing more than
 * cue words (and a reading time after it): the first that is no update.
 *
 * @param element
 *   The element.
 * @param context
 *   Day and zone.
 * @returns
 *   The date, if its text is one.
 */
function readDateText(element: Element, context: TimestampContext): Timestamp | undefined {
  const text = withoutReadingTime(foldWhitespace(textContent(element)))
  if (!text || text.length > SHOWN_DATE_MAX_LENGTH) return undefined
  const found = findTimestamps(text, context).filter((stamp) => stamp.timestamp.date)
  if (found.length === 0 || wordCount(outsideStamps(text, found)) > 0) return undefined
  return found.find((stamp) => stamp.kind !== 'updated')?.timestamp
}
