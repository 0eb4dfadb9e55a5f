/**
 * What region an element is by its tag and its class and id words, for the
 * walk of `collectSources` (sources.ts): a breadcrumb trail, a logo, a
 * byline, a region of other items (the comments, a rail of related
 * stories, a sidebar), navigation, a teaser card. Bylines in those regions
 * are not the article's.
 *
 * @module
 */
import type {Element} from 'hast'
import {BYLINE_WORDS, CLASS_UNREAD_TAGS, DISCUSSION_WORDS, MODIFIER_WORDS, OTHER_ITEMS_WORDS} from '../class-words.js'
import {attribute, hintWords, textContent} from '../hast.js'
import {LOGO_WORDS} from '../junk-images.js'
import {isBylineBox, SHOWN_DATE_WORDS} from './time-elements.js'

/** Class words of a breadcrumb trail, whose last item repeats the headline (sometimes as an `<h1>`). */
const TRAIL_WORDS = new Set(['breadcrumb', 'breadcrumbs', 'crumb', 'crumbs'])

/** Kinds of class and id words the walk of `collectSources` tests each element for: bits of `wordKinds`. */
const TRAIL = 1
export const LOGO = 2
const BYLINE = 4
/** A region of other items: the readers' comments, a rail of related stories. */
const OTHER_REGION = 8
/** A date's element (`date`, `published`, `fecha`), which may show the article's date as text alone. */
export const SHOWN_DATE = 16

/** The kind of each word the walk tests for. */
const KIND_OF_WORD = new Map<string, number>()
for (const [words, kind] of [[TRAIL_WORDS, TRAIL], [LOGO_WORDS, LOGO], [BYLINE_WORDS, BYLINE], [DISCUSSION_WORDS, OTHER_REGION], [OTHER_ITEMS_WORDS, OTHER_REGION], [SHOWN_DATE_WORDS, SHOWN_DATE]] as const) {
  for (const word of words) KIND_OF_WORD.set(word, (KIND_OF_WORD.get(word) ?? 0) | kind)
}

/**
 * The kinds of words among an element's class and id words, found in one
 * pass over them (a pass per kind, each with its callback, was a tenth of
 * the walk): a breadcrumb trail's, a logo's, a byline's, a region of other
 * items'.
 *
 * @param element
 *   The element.
 * @returns
 *   Bits of `TRAIL`, `LOGO`, `BYLINE`, `OTHER_REGION` and `SHOWN_DATE`.
 */
export function wordKinds(element: Element): number {
  const words = hintWords(element)
  let kinds = 0
  for (let index = 0; index < words.length; index++) {
    const kind = KIND_OF_WORD.get(words[index]!)
    if (kind === undefined) continue
    // A modifier before the word (`has-related`) says the region holds one, not that it is one.
    const modified = index > 0 && MODIFIER_WORDS.has(words[index - 1]!)
    kinds |= modified ? kind & ~OTHER_REGION : kind
  }
  return kinds
}

/** Class words of an aside that is a rail beside the text, even inside the article: its bylines are other stories'. */
const RAIL_WORDS = new Set(['sidebar', 'rail', 'widget', 'widgets', 'ad', 'ads', 'advert', 'advertisement', 'more', 'further', 'read', 'also', 'see', 'box', 'infobox', 'factbox', 'pullquote', 'quote'])

/** Tags of regions beside the article (a sidebar's author list, a menu). */
const ELSEWHERE_TAGS = new Set(['aside', 'nav'])

/**
 * Whether an element is a region whose bylines are not the article's: a
 * sidebar, a menu, the readers' comments (`comment-author`), a rail of
 * related or recommended stories.
 *
 * @param element
 *   The element.
 * @param kinds
 *   Its `wordKinds`.
 * @returns
 *   Whether it is.
 */
export function isElsewhere(element: Element, kinds: number, inArticle: boolean): boolean {
  // An aside in the article may be its meta column (the writer beside the body), unless its class calls it another region or a rail.
  if (element.tagName === 'aside') return !isBylineBox(element) && (!inArticle || (kinds & OTHER_REGION) !== 0 || hintWords(element).some((word) => RAIL_WORDS.has(word)))
  if (ELSEWHERE_TAGS.has(element.tagName)) return true
  return (kinds & OTHER_REGION) !== 0 && !CLASS_UNREAD_TAGS.has(element.tagName)
}

/** A link holds a byline of its own when its text is longer than the byline's by this much: a card's headline with it. */
const CARD_EXTRA_CHARACTERS = 20

/**
 * Whether a byline element stands in a link that holds more than it: a
 * teaser card, whose whole block links to another article.
 *
 * @param byline
 *   The byline element.
 * @param link
 *   The link it stands in, if any.
 * @returns
 *   Whether it does.
 */
export function isInCard(byline: Element, link: Element | undefined): boolean {
  return link !== undefined && textContent(link).length > textContent(byline).length + CARD_EXTRA_CHARACTERS
}

/**
 * Whether an element is a byline by its class: `hasBylineClass`, or a byline
 * word of any language (`writer`, `auteur`, `verfasser`).
 *
 * @param element
 *   The element.
 * @param kinds
 *   Its `wordKinds`.
 * @param bylineClass
 *   Its `hasBylineClass`.
 * @returns
 *   Whether it is.
 */
export function isBylineElement(element: Element, kinds: number, bylineClass: boolean): boolean {
  if (hasTestIdByline(element)) return true
  if (element.properties.className === undefined) return false
  return bylineClass || (kinds & BYLINE) !== 0
}


/**
 * Whether an element's test or component id names a byline
 * (`data-testid="byline"`, `data-ui-testid="header-byline"`), as pages
 * with generated class names mark it.
 *
 * @param element
 *   The element.
 * @returns
 *   Whether it does.
 */
function hasTestIdByline(element: Element): boolean {
  // Read by name, not through a loop over their keys: this runs on every element, and most have none of them.
  const {dataTestid, dataUiTestid, dataComponent} = element.properties
  if (dataTestid === undefined && dataUiTestid === undefined && dataComponent === undefined) return false
  return [dataTestid, dataUiTestid, dataComponent].some((value) => typeof value === 'string' && /byline/i.test(value))
}

/**
 * Whether an element is navigation: `<nav>`, `role=navigation`, or a
 * breadcrumb trail by its class (not the page's body or article, whose
 * classes describe the page).
 *
 * @param element
 *   The element.
 * @param kinds
 *   Its `wordKinds`.
 * @returns
 *   Whether it is.
 */
export function isNavigation(element: Element, kinds: number): boolean {
  // The role is read only when present: this runs on every element.
  if (element.tagName === 'nav' || (element.properties.role !== undefined && attribute(element, 'role') === 'navigation')) return true
  // The page's own classes (`<body class="breadcrumbs-hidden">`) say how the page is laid out, not that it is a trail.
  return (kinds & TRAIL) !== 0 && element.properties.className !== undefined && !CLASS_UNREAD_TAGS.has(element.tagName)
}

/** A class name of a visible byline (`byline`, `author`, `post-author-name`). */
const BYLINE_CLASS = /author|byline/i

/**
 * Whether an element's class names a visible byline (checked on every
 * element: a loop over the class names, without building strings).
 *
 * @param element
 *   The element.
 * @returns
 *   Whether it does.
 */
export function hasBylineClass(element: Element): boolean {
  const classes = element.properties.className
  if (!Array.isArray(classes)) return false
  for (const name of classes) {
    const value = String(name)
    // `includes` before the case-insensitive test: most class names hold neither word.
    if ((value.includes('uthor') || value.includes('yline') || value.includes('UTHOR') || value.includes('YLINE')) && BYLINE_CLASS.test(value)) return true
  }
  return false
}

