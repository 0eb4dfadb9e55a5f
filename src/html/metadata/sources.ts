/**
 * Where page metadata comes from in the page's body and head: the elements
 * whose text may be metadata (an `<h1>`, a byline, a `rel=author` link,
 * microdata, `<meta>`, JSON-LD scripts, times), all collected in one walk of
 * the page. The `<meta>` index and the JSON-LD nodes are read from them in
 * `meta-index.ts`.
 *
 * @module
 */
import type {Element, Root as HastRoot} from 'hast'
import {foldWhitespace, mark, textContent} from '../hast.js'
import {isHidden, isHiddenFromEveryone} from '../prune-hidden.js'
import {isAuthorMarkup, type AuthorPlaces} from './author-places.js'
import {hasBylineClass, isBylineElement, isElsewhere, isInCard, isNavigation, LOGO, SHOWN_DATE, wordKinds} from './source-regions.js'
import {addShownDate, addTimeElement, createTimeElements, finishTimeElements, isDateElement, isShownDateElement, type ShownDate, type TimeElement} from './time-elements.js'

/** Elements whose data is for machines, read wherever they stand (hidden or not). */
const DATA_TAGS = new Set(['meta', 'script', 'title', 'time', 'link'])

/** A visible byline element's links (nested ones too), and where it stands. */
export interface Byline {
  links: Element[]
  /** Below the page's first `<h1>`, or above it in the `<article>` that holds it (its own header). */
  belowHeadline: boolean
  /** Inside a list item: a teaser's, in a list of other articles. */
  inList: boolean
}

/** The page's bylines by element, in page order. */
export type BylineLinks = Map<Element, Byline>

/** What one walk of the page collects. */
export interface PageSources {
  /** The elements metadata may come from, in page order. */
  elements: Element[]
  /** The links of the page's bylines: an author's name, pointing at the author's page. */
  bylineLinks: BylineLinks
  /** The page's `<img>` elements (hidden or not), each with whether it stands in a logo, for `withoutSiteImages`. */
  images: PlacedImage[]
  /** The page's `<time>` elements, placed (`time-elements.ts`), in page order. */
  times: TimeElement[]
  /** The elements above each author link and microdata author: one byline, or a rail of teasers' bylines. */
  authorPlaces: AuthorPlaces
  /** The elements that may show the article's date as text alone, placed, in page order. */
  shownDates: ShownDate[]
  /** The elements above each heading collected, from the top: where the headline stands. */
  headingAncestors: Map<Element, Element[]>
}

/** An `<img>` and whether it is a logo's: within `LOGO_DEPTH` levels below a logo-named element (`<a class="logo"><span><img>`). */
export interface PlacedImage {
  image: Element
  inLogo: boolean
}

/** An image this many levels below a logo-named element is that logo. */
const LOGO_DEPTH = 3

/**
 * Headings that may be the visible headline: an `<h2>` too, as some pages
 * keep their `<h1>` for the logo or the breadcrumb trail, and an `<h3>`, as
 * blog themes keep the `<h1>` for the blog's name and the `<h2>` for the
 * date.
 */
const HEADING_TAGS = new Set(['h1', 'h2', 'h3'])

/** The element just before a heading is its kicker when this short ("Analysis", "After the vote"). */
const KICKER_MAX_LENGTH = 80

declare module 'hast' {
  interface ElementData {
    /** Set by `collectSources` on a visible heading: the text of the short element just before it (a kicker, a label), if any. */
    kicker?: string
    /** Set by `collectSources` on a visible heading inside an `<hgroup>`: the heading of a headline group, whatever its level. */
    grouped?: boolean
    /** Set by `collectSources` on a visible heading inside an `<article>`: the article's own heading, not the site's banner. */
    inArticle?: boolean
  }
}

/** Links before a heading that make it the end of a breadcrumb trail ("Home › World › Headline"). */
const TRAIL_MIN_LINKS = 2

/** Where the walk of `collectSources` stands. */
interface Place {
  hidden: boolean
  /** Hidden from every reader (\`isHiddenFromEveryone\`), not only from the eye or the ear: no byline of the article here. */
  concealed: boolean
  /** Inside navigation: its headings are no headline. */
  navigation: boolean
  /** The link lists of the byline elements the walk is inside (a few at most); `null` inside a discussion or a sidebar, whose bylines are not the article's. */
  open: Element[][] | null
  /** Inside a list item. */
  inList: boolean
  /** Inside an `<article>`: one nested in it is another item's (a teaser, a comment), whose bylines are not the page's. */
  inArticle: boolean
}

/**
 * The elements metadata may come from, collected in one walk of the page.
 * What is read as visible text (an `<h1>`) counts only outside hidden
 * elements: a hidden `<h1>` is no headline, and its text may be anything. A
 * byline, a `rel=author` link or a microdata name counts where some reader
 * meets it: hidden from the eye only (a screen-reader line) or from the ear
 * only (`aria-hidden`), it still names the article's author. Headings inside navigation (a
 * breadcrumb trail ending in the page's title) are not collected either.
 *
 * @param tree
 *   The page.
 * @returns
 *   The elements, in page order, and the links of each byline.
 */
export function collectSources(tree: HastRoot): PageSources {
  const found: Element[] = []
  const bylineLinks: BylineLinks = new Map()
  const images: PlacedImage[] = []
  const authorPlaces: AuthorPlaces = new Map()
  const headingAncestors = new Map<Element, Element[]>()
  let belowHeadline = false
  // The outermost `<article>` the walk is in, and the one that holds the page's headline: a byline above the
  // headline in the article's own header ("By Jane Doe" over the `<h1>`) is the article's, as one below it.
  let article: Element | undefined
  let headlineArticle: Element | undefined
  const bylineArticles = new Map<Byline, Element>()
  const addByline = (byline: Byline, element: Element) => {
    bylineLinks.set(element, byline)
    if (article && !belowHeadline) bylineArticles.set(byline, article)
  }
  // `logoDepth` counts the levels below the nearest logo-named ancestor, if any (the images are collected here to spare a walk).
  // `link` is the link the walk is inside, if any: a byline in a link that holds more is a teaser card's. (Passed
  // apart from the place: a place per link, one of several shapes, made this walk a third slower.)
  // One walk of the page for two concerns: the sources, here, and the `<time>` elements, which `addTimeElement`
  // places apart from them (a second walk of the whole page for those made readMetadata about 5% slower).
  const times = createTimeElements()
  // The elements above the walk's place, from the top, for `addTimeElement`.
  const ancestors: Element[] = []
  const walk = (parent: HastRoot | Element, place: Place, logoDepth: number, link: Element | undefined): void => {
    // Links so far among the children: a heading after a row of them, and last, ends a breadcrumb trail.
    let links = 0
    let previous: Element | undefined
    for (const child of parent.children) {
      if (child.type !== 'element') continue
      const before = previous
      previous = child
      const selfHidden = isHidden(child)
      const hidden = place.hidden || selfHidden
      const concealed = place.concealed || (selfHidden && isHiddenFromEveryone(child))
      // The element's class and id words, read once for the tests below (most elements have none).
      const kinds = wordKinds(child)
      const bylineClass = hasBylineClass(child)
      const navigation = place.navigation || isNavigation(child, kinds)
      const inList = place.inList || child.tagName === 'li'
      const inArticle = place.inArticle || child.tagName === 'article'
      // Most elements change nothing of the place: share it, copy only on a change (no object per element).
      let inner: Place = hidden === place.hidden && concealed === place.concealed && navigation === place.navigation && inList === place.inList && inArticle === place.inArticle ? place : {hidden, concealed, navigation, open: place.open, inList, inArticle}
      // A changed place leaves the link behind (as when the link was a field of the place, not copied to a new one).
      let innerLink = inner === place ? link : undefined
      if (child.tagName === 'a') links++
      // A date element that is no `<time>` but keeps a machine value (`<div class="date" data-seconds=…>`) is read as one.
      if (isDateElement(child)) addTimeElement(times, child, ancestors, headingAncestors.size)
      else if (kinds & SHOWN_DATE && isShownDateElement(child)) addShownDate(times, child, ancestors, headingAncestors.size)
      if (DATA_TAGS.has(child.tagName)) {
        found.push(child)
        if (child.tagName === 'time') addTimeElement(times, child, ancestors, headingAncestors.size)
      } else if (HEADING_TAGS.has(child.tagName)) {
        // The last element is looked for only here, at a heading after links (scanning every parent's children for it cost a tenth of this walk).
        const trail = links >= TRAIL_MIN_LINKS && child === lastElement(parent)
        if (!hidden && !inner.navigation && !trail) {
          found.push(child)
          // The page's header is placed by its top headings; an `<h3>` is as often a rail's or a card's.
          if (child.tagName !== 'h3') headingAncestors.set(child, [...ancestors])
          const kicker = before ? foldWhitespace(textContent(before)) : ''
          if (kicker && kicker.length <= KICKER_MAX_LENGTH) mark(child, {kicker})
          if (parent.type === 'element' && parent.tagName === 'hgroup') mark(child, {grouped: true})
          if (inner.inArticle) mark(child, {inArticle: true})
        }
      } else if (!concealed && isVisibleSource(child, bylineClass) && !(place.open === null && child.properties.itemProp === undefined)) {
        // In a region of other items (a sidebar, the comments, a teaser card) a byline or an author link is theirs; microdata is read all the same.
        found.push(child)
        if (isAuthorMarkup(child)) authorPlaces.set(child, [...ancestors])
      }
      if (place.open === null || concealed) {
        // No bylines to collect.
      } else if (isElsewhere(child, kinds, place.inArticle) || (place.inArticle && child.tagName === 'article')) inner = {...inner, open: null}
      else if (child.tagName === 'a' && child.properties.href !== undefined) {
        for (const open of place.open) open.push(child)
        innerLink = child
        // A link classed as the author's (`<a class="article-author" href="/authors/jane-doe">`) is a byline of its own name.
        if (!link && isBylineElement(child, kinds, bylineClass)) addByline({links: [child], belowHeadline, inList: inner.inList}, child)
      } else if (isBylineElement(child, kinds, bylineClass)) {
        // A byline in a teaser card is the card's.
        if (isInCard(child, link)) inner = {...inner, open: null}
        else {
          const bylineLinksOf: Element[] = []
          addByline({links: bylineLinksOf, belowHeadline, inList: inner.inList}, child)
          inner = {...inner, open: [...place.open, bylineLinksOf]}
        }
      }
      if (child.tagName === 'h1' && !hidden && !belowHeadline) {
        belowHeadline = true
        headlineArticle = article
      }
      if (child.tagName === 'img') images.push({image: child, inLogo: logoDepth < LOGO_DEPTH})
      const outermost = child.tagName === 'article' && !place.inArticle
      if (outermost) article = child
      ancestors.push(child)
      walk(child, inner, kinds & LOGO ? 0 : logoDepth + 1, innerLink)
      ancestors.pop()
      if (outermost) article = undefined
    }
  }
  walk(tree, {hidden: false, concealed: false, navigation: false, open: [], inList: false, inArticle: false}, LOGO_DEPTH, undefined)
  for (const [byline, itsArticle] of bylineArticles) if (itsArticle === headlineArticle) byline.belowHeadline = true
  return {elements: found, bylineLinks, images, times: finishTimeElements(times), authorPlaces, shownDates: times.shown, headingAncestors}
}

/**
 * The last element child of a parent.
 *
 * @param parent
 *   The parent.
 * @returns
 *   The element, if any.
 */
function lastElement(parent: HastRoot | Element): Element | undefined {
  for (let index = parent.children.length - 1; index >= 0; index--) {
    const child = parent.children[index]!
    if (child.type === 'element') return child
  }
  return undefined
}

/**
 * Whether an element's text may be metadata: a link with a `rel`
 * (`rel=author`; pages have hundreds of others), a microdata property, a
 * byline-classed element.
 *
 * @param element
 *   The element.
 * @param bylineClass
 *   Its `hasBylineClass`.
 * @returns
 *   `true` when it may.
 */
function isVisibleSource(element: Element, bylineClass: boolean): boolean {
  return (element.tagName === 'a' && element.properties.rel !== undefined) || element.properties.itemProp !== undefined || bylineClass
}
