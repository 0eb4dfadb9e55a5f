/**
 * The page's `<time datetime>` elements, each with what it is (a
 * publication or update time, by its class or attribute) and whether it
 * stands where the article's own time does not: in a list, a card, a
 * figure, a sidebar, a footer, the comments, a live feed, or a post nested
 * in the article. Read in one walk of the page.
 *
 * @module
 */
import type {Element, Root as HastRoot} from 'hast'
import {AUTHOR_BIO_WORDS, BYLINE_WORDS, CLASS_UNREAD_TAGS, DISCUSSION_WORDS, LIVE_WORDS, MODIFIER_WORDS, OTHER_ITEMS_WORDS, UPDATED_WORDS} from '../class-words.js'
import {attribute, hintWords} from '../hast.js'

/** One `<time>` element (its `datetime`, else its text, is the machine value). */
export interface TimeElement {
  element: Element
  /** What its class (or its parent's), or a `pubdate` attribute, says it is. */
  kind?: 'published' | 'updated'
  /** It stands where the article's own time does not (see the module). */
  elsewhere: boolean
  /** It stands in a byline's element (`<div class="byline">By … <time>`): the article's, however many other times the page shows. */
  inByline?: boolean
}

/** Tags whose times belong to something else than the article: a figure, navigation, a quote. */
const ELSEWHERE_TAGS = new Set(['figure', 'figcaption', 'nav', 'blockquote'])

/** Tags of lists: a list with several times is a list of dated items (related stories, comments), not the article's meta line. */
const LIST_TAGS = new Set(['ul', 'ol', 'dl'])

/** Class words of a publication time. */
const PUBLISHED_WORDS = new Set(['published', 'publish', 'publishdate', 'publishedat', 'publication', 'pubdate', 'posted', 'created', 'veroeffentlicht', 'publie'])

/** How deep the walk goes: past this, pages are not real (see `nesting-flattened`). */
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
const DATE_WORDS = new Set(['date', 'time', 'datetime', 'timestamp', 'datum'])

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
 * Every `<time>` of the page, in page order.
 *
 * @param tree
 *   The page.
 * @returns
 *   The time elements.
 */
export function readTimeElements(tree: HastRoot): TimeElement[] {
  const found: TimeElement[] = []
  // The times of each list, by the list's time entries.
  const lists: TimeElement[][] = []
  const walk = (parent: HastRoot | Element, elsewhere: boolean, inArticle: boolean, list: TimeElement[] | undefined, depth: number, inByline: boolean): void => {
    if (depth > MAX_DEPTH) return
    for (const child of parent.children) {
      if (child.type !== 'element' || child.tagName === 'script' || child.tagName === 'style') continue
      if (child.tagName === 'time') {
        const own = attribute(child, 'pubdate') === undefined ? (kindByItemprop(child) ?? kindByClass(child)) : 'published'
        const kind = own ?? (parent.type === 'element' ? kindByClass(parent) : undefined)
        const time: TimeElement = {element: child, elsewhere, ...(kind ? {kind} : {}), ...(inByline ? {inByline} : {})}
        found.push(time)
        list?.push(time)
        continue
      }
      const inner = LIST_TAGS.has(child.tagName) ? [] : list
      if (inner && inner !== list) lists.push(inner)
      walk(child, elsewhere || isElsewhere(child, inArticle), inArticle || child.tagName === 'article', inner, depth + 1, inByline || isBylineRegion(child))
    }
  }
  walk(tree, false, false, undefined, 0, false)
  for (const times of lists) if (times.length >= 2) for (const time of times) time.elsewhere = true
  return found
}
