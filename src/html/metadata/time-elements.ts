/**
 * The page's `<time datetime>` elements, each with what it is (a
 * publication or update time, by its class or attribute) and whether it
 * stands where the article's own time does not: in a list, a card, a
 * figure, a sidebar, a footer, the comments, a live feed, or a post nested
 * in the article. Gathered in the walk of `collectSources`.
 *
 * @module
 */
import type {Element} from 'hast'
import {AUTHOR_BIO_WORDS, BYLINE_WORDS, CLASS_UNREAD_TAGS, DISCUSSION_WORDS, LIVE_WORDS, MODIFIER_WORDS, OTHER_ITEMS_WORDS, UPDATED_WORDS} from '../class-words.js'
import {attribute, hintWords} from '../hast.js'
import {epochAsIso} from '../../util/epoch.js'

/** One `<time>` element (its `datetime`, else its text, is the machine value). */
export interface TimeElement {
  element: Element
  /** What its class (or its parent's), or a `pubdate` attribute, says it is. */
  kind?: 'published' | 'updated'
  /** It stands where the article's own time does not (see the module). */
  elsewhere: boolean
  /** It stands in a byline's element (`<div class="byline">By … <time>`): the article's, however many other times the page shows. */
  inByline?: boolean
  /** The elements above it, from the top: where it stands against the headline (`isBesideHeadline`). */
  ancestors: Element[]
  /** How many visible headings stand before it in the page. */
  headingsBefore: number
}

/** Tags whose times belong to something else than the article: a figure, navigation, a quote. */
const ELSEWHERE_TAGS = new Set(['figure', 'figcaption', 'nav', 'blockquote'])

/** Tags of lists: a list with several times is a list of dated items (related stories, comments), not the article's meta line. */
const LIST_TAGS = new Set(['ul', 'ol', 'dl'])

/** Class words of a publication time. */
const PUBLISHED_WORDS = new Set(['published', 'publish', 'publishdate', 'publishedat', 'publication', 'publicationdate', 'pubdate', 'posted', 'created', 'veroeffentlicht', 'publie'])

/** How deep times are read: past this, pages are not real (see `nesting-flattened`). */
const MAX_DEPTH = 256

/**
 * What an element's class words say of a time: published, updated, or nothing.
 *
 * @param element
 *   The element.
 * @returns
 *   The kind, if any.
 */
function kindByClass(element: Element): TimeElement['kind'] {
  if (element.properties.className === undefined && element.properties.id === undefined) return undefined
  const words = hintWords(element)
  // A time both published and updated (`entry-date published updated`) is the publication, not yet updated.
  if (words.some((word) => PUBLISHED_WORDS.has(word))) return 'published'
  if (words.some((word) => UPDATED_WORDS.has(word))) return 'updated'
  // The article's own date by its name: `entry-date`, `post-date`, `c-article__time`.
  return words.some((word) => OWN_ITEM_WORDS.has(word)) && words.some((word) => DATE_WORDS.has(word)) ? 'published' : undefined
}

/** Class words naming the page's own item: its date is the publication (`entry-date`, `article__time`). */
const OWN_ITEM_WORDS = new Set(['article', 'entry', 'post', 'story', 'artikel', 'beitrag'])

/** Class words of a date or time, without saying which. */
const DATE_WORDS = new Set(['date', 'time', 'datetime', 'timestamp', 'datum', 'fecha', 'dateline'])

/** Class words of an element that may show the article's date as text alone (`<div class="date">14.03.2024</div>`); not an update's. */
export const SHOWN_DATE_WORDS = new Set([...DATE_WORDS, ...PUBLISHED_WORDS])

/**
 * Attributes (as hast properties) in which a date element that is no
 * `<time>` keeps its machine value: `<div class="date" data-seconds="1586537895">10 April 2020</div>`.
 */
const MACHINE_TIME_PROPERTIES = ['dataSeconds', 'dataTimestamp', 'dataUtime', 'dataDatetime', 'dataPublished']

/** An ISO 8601 date (`2018-06-05`, `2018-06-05T08:00:00-07:00`) at the start of an attribute. */
const ISO_DATE = /^\s*\d{4}-\d{2}-\d{2}(?:$|[T\s])/

/**
 * The ISO date an element keeps in its `title`, as microformats write a
 * machine value: `<abbr class="published" title="2018-06-05T08:00:00-07:00">08:00</abbr>`
 * (hAtom, and Blogger's every post). A `title` that is no ISO date is a
 * tooltip, and says nothing.
 *
 * @param element
 *   An element.
 * @returns
 *   The date, if its `title` is one.
 */
export function isoTitle(element: Element): string | undefined {
  const title = element.properties.title
  return typeof title === 'string' && ISO_DATE.test(title) ? title.trim() : undefined
}

/**
 * Whether an element other than `<time>` is a date with a machine value: a
 * date class and one of `MACHINE_TIME_PROPERTIES`. It is read as a
 * `<time datetime>` is.
 *
 * @param element
 *   An element.
 * @returns
 *   Whether it is.
 */
export function isDateElement(element: Element): boolean {
  if (element.properties.className === undefined || element.tagName === 'time') return false
  if (!hasMachineTime(element)) return false
  return hintWords(element).some((word) => DATE_WORDS.has(word) || PUBLISHED_WORDS.has(word) || UPDATED_WORDS.has(word))
}

/**
 * Whether an element has one of `MACHINE_TIME_PROPERTIES`, or an ISO date as its `title`.
 *
 * @param element
 *   An element.
 * @returns
 *   Whether it has.
 */
function hasMachineTime(element: Element): boolean {
  // A loop, not `some` with a callback: this runs on every element with a class (half of them), from the walk of
  // `collectSources`, and the callback was an object made for each.
  for (const name of MACHINE_TIME_PROPERTIES) if (element.properties[name] !== undefined) return true
  return isoTitle(element) !== undefined
}

/**
 * The machine value of a time element: a `<time>`'s `datetime`, else a date
 * element's attribute, epoch seconds or milliseconds made an ISO instant, or
 * its `title` when that is an ISO date.
 *
 * @param element
 *   A `<time>` or a date element.
 * @returns
 *   The value, if the element has one.
 */
export function machineValue(element: Element): string | undefined {
  const datetime = attribute(element, 'datetime')
  if (datetime !== undefined || element.tagName === 'time') return datetime
  for (const name of MACHINE_TIME_PROPERTIES) {
    const raw = element.properties[name]
    if (raw === undefined || raw === null) continue
    const value = String(raw).trim()
    if (value) return epochAsIso(value) ?? value
  }
  return isoTitle(element)
}

/**
 * What an element's microdata says of a time.
 *
 * @param element
 *   The element.
 * @returns
 *   The kind, if any.
 */
function kindByItemprop(element: Element): TimeElement['kind'] {
  const props = (attribute(element, 'itemprop') ?? '').split(' ')
  if (props.includes('datePublished')) return 'published'
  return props.includes('dateModified') ? 'updated' : undefined
}

/**
 * Whether an element is a region whose times are not the article's.
 *
 * @param element
 *   The element.
 * @param inArticle
 *   Whether it stands inside an `<article>` already (an `<article>` in an
 *   article is a post or a card).
 * @returns
 *   Whether it is.
 */
function isElsewhere(element: Element, inArticle: boolean): boolean {
  if (ELSEWHERE_TAGS.has(element.tagName) || (inArticle && element.tagName === 'article')) return true
  // An aside outside the article is a sidebar, unless it is the byline's box; inside it, it may hold the article's meta line.
  if (element.tagName === 'aside') return !inArticle && !isBylineBox(element)
  // A link is a teaser's, unless it is the post's own permalink (`rel=bookmark`, as blogs wrap their date).
  if (element.tagName === 'a') return !(attribute(element, 'rel') ?? '').toLowerCase().split(' ').includes('bookmark')
  if ((element.properties.className === undefined && element.properties.id === undefined) || CLASS_UNREAD_TAGS.has(element.tagName)) return false
  const words = hintWords(element)
  // A modifier before the word (`has-sidebar`) says the region holds one, not that it is one.
  return words.some((word, index) => (DISCUSSION_WORDS.has(word) || LIVE_WORDS.has(word) || OTHER_ITEMS_WORDS.has(word)) && !MODIFIER_WORDS.has(words[index - 1] ?? ''))
}

/**
 * Whether an element is a byline's box: its class names a byline
 * (`byline`, `author`, `auteur`…), not a biography. An `<aside
 * class="author">` with the writer's name and the date is the article's,
 * not a sidebar.
 *
 * @param element
 *   The element.
 * @returns
 *   Whether it is.
 */
export function isBylineBox(element: Element): boolean {
  if (element.properties.className === undefined) return false
  const words = hintWords(element)
  return words.some((word) => BYLINE_WORDS.has(word)) && !words.some((word) => AUTHOR_BIO_WORDS.has(word))
}

/**
 * Whether an element's class names a byline (`byline`, `author`, `auteur`…)
 * and not a biography: the times inside are the article's.
 *
 * @param element
 *   The element.
 * @returns
 *   Whether it does.
 */
function isBylineRegion(element: Element): boolean {
  if (CLASS_UNREAD_TAGS.has(element.tagName)) return false
  return isBylineBox(element)
}

/**
 * An element whose class names a date and which shows one as text only (no
 * `<time>`, no machine value): the page's visible date when nothing else
 * gives one (see `shown-dates.ts`), judged by where it stands.
 */
export interface ShownDate {
  element: Element
  /** It stands where the article's own time does not (see the module). */
  elsewhere: boolean
  /** The elements above it, from the top. */
  ancestors: Element[]
  /** How many visible headings stand before it in the page: the headline's date follows no other heading. */
  headingsBefore: number
}

/**
 * Whether an element may show a date as text alone: its class or id names a
 * date or a publication, not an update nor another item (a comment, a
 * teaser), and it is no time element already.
 *
 * @param element
 *   An element whose class or id words include one of `SHOWN_DATE_WORDS`.
 * @returns
 *   Whether it may.
 */
export function isShownDateElement(element: Element): boolean {
  if (element.tagName === 'time' || CLASS_UNREAD_TAGS.has(element.tagName) || isDateElement(element)) return false
  // A comment's, a live post's or a teaser's date (`comment-date`) is theirs.
  return !hintWords(element).some((word) => UPDATED_WORDS.has(word) || DISCUSSION_WORDS.has(word) || LIVE_WORDS.has(word) || OTHER_ITEMS_WORDS.has(word))
}

/**
 * Gather an element that may show the article's date as text, met by the
 * walk of the page.
 *
 * @param times
 *   The gathering.
 * @param element
 *   The element (`isShownDateElement`).
 * @param ancestors
 *   The elements above it, from the top.
 * @param headingsBefore
 *   How many visible headings the walk met before it.
 */
export function addShownDate(times: TimeElements, element: Element, ancestors: readonly Element[], headingsBefore: number): void {
  const place = placeOf(times, ancestors, ancestors.length - 1)
  if (!place.skipped) times.shown.push({element, elsewhere: place.elsewhere, ancestors: [...ancestors], headingsBefore})
}

/** What the elements above a place say of the times below it: what `placeOf` finds. */
interface TimePlace {
  /** Below a region whose times are not the article's (`isElsewhere`). */
  elsewhere: boolean
  /** Below an `<article>`. */
  inArticle: boolean
  /** Below a byline's element (`isBylineRegion`). */
  inByline: boolean
  /** The times of the nearest list above, if any. */
  list: TimeElement[] | undefined
  /** Below a `<script>`, a `<style>` or a `<time>`, or too deep: no times read here. */
  skipped: boolean
}

/**
 * The page's `<time>` elements, gathered while `collectSources` walks the
 * page (one walk of the page for both): the walk hands each `<time>` to
 * `addTimeElement` with the elements above it, and what those say is worked
 * out only then, once per element, as most pages have few times.
 */
export interface TimeElements {
  /** The times so far, in page order. */
  found: TimeElement[]
  /** The place below each element above a time, worked out so far. */
  places: Map<Element, TimePlace>
  /** The times of each list, by the list's time entries. */
  lists: TimeElement[][]
  /** The elements that may show a date as text alone, in page order. */
  shown: ShownDate[]
}

/** The place at the top of the page. */
const TOP: TimePlace = {elsewhere: false, inArticle: false, inByline: false, list: undefined, skipped: false}

/**
 * Nothing found yet.
 *
 * @returns
 *   An empty gathering, for one page.
 */
export function createTimeElements(): TimeElements {
  return {found: [], places: new Map(), lists: [], shown: []}
}

/**
 * The place below an element: the place above it, changed by what it is.
 *
 * @param times
 *   The gathering (its places are kept).
 * @param ancestors
 *   The element and the elements above it, from the top.
 * @param index
 *   The element's index in `ancestors`.
 * @returns
 *   The place below it.
 */
function placeOf(times: TimeElements, ancestors: readonly Element[], index: number): TimePlace {
  if (index < 0) return TOP
  const element = ancestors[index]!
  let place = times.places.get(element)
  if (place) return place
  const above = placeOf(times, ancestors, index - 1)
  const skipped = above.skipped || element.tagName === 'script' || element.tagName === 'style' || element.tagName === 'time' || index >= MAX_DEPTH
  if (skipped) place = {...above, skipped}
  else {
    let list = above.list
    if (LIST_TAGS.has(element.tagName)) times.lists.push((list = []))
    place = {elsewhere: above.elsewhere || isElsewhere(element, above.inArticle), inArticle: above.inArticle || element.tagName === 'article', inByline: above.inByline || isBylineRegion(element), list, skipped}
  }
  times.places.set(element, place)
  return place
}

/**
 * Gather a `<time>` met by the walk of the page.
 *
 * @param times
 *   The gathering.
 * @param element
 *   The `<time>`.
 * @param ancestors
 *   The elements above it, from the top.
 * @param headingsBefore
 *   How many visible headings the walk met before it.
 */
export function addTimeElement(times: TimeElements, element: Element, ancestors: readonly Element[], headingsBefore: number): void {
  const place = placeOf(times, ancestors, ancestors.length - 1)
  if (place.skipped) return
  const parent = ancestors.at(-1)
  const own = attribute(element, 'pubdate') === undefined ? (kindByItemprop(element) ?? kindByClass(element)) : 'published'
  const kind = own ?? (parent ? kindByClass(parent) : undefined)
  const time: TimeElement = {element, elsewhere: place.elsewhere, ancestors: [...ancestors], headingsBefore, ...(kind ? {kind} : {}), ...(place.inByline ? {inByline: true} : {})}
  times.found.push(time)
  place.list?.push(time)
}

/**
 * Every `<time>` of the page, in page order, once the walk is done.
 *
 * @param times
 *   The gathering.
 * @returns
 *   The time elements.
 */
export function finishTimeElements(times: TimeElements): TimeElement[] {
  // A list with several times is a list of dated items.
  for (const list of times.lists) if (list.length >= 2) for (const time of list) time.elsewhere = true
  return times.found
}
