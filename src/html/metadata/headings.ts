/**
 * The page's visible headings read as possible headlines: the text a reader
 * sees (no hidden part, no button label, no permalink glyph), a kicker in an
 * element of its own split off, whether it is all link text, and whether its
 * links lead home (the site's logo). Bounded: a heading the size of a
 * paragraph, or holding many elements, is none.
 *
 * @module
 */
import type {Element} from 'hast'
import {attribute, foldWhitespace, hintWords, textContent} from '../hast.js'
import {INLINE_TAGS} from '../inline-text.js'
import {isHidden} from '../prune-hidden.js'

/** A kicker inside a heading (`<h1><span>Premier League</span> Headline</h1>`) has at most this many words. */
const KICKER_MAX_WORDS = 8

/** Past this length a heading is a paragraph styled as one, not a headline. */
const HEADING_MAX_LENGTH = 400

/** A heading holds a few elements (spans, a link, a `<br>`); past this many it is a section set in a heading tag. */
const HEADING_MAX_ELEMENTS = 50

/** A visible heading read as a possible headline. */
export interface Heading {
  element: Element
  level: number
  text: string
  /** The heading without a kicker that opens it in an element of its own (or, named a kicker by its class, closes it). */
  rest?: string
  /** The kicker, when its class names it one (`kicker`, `topline`, `category`): the page says the rest is the headline. */
  classedKicker?: string
  /** Whether all its text is link text (a logo, a teaser), which no metadata confirmed. */
  linkOnly: boolean
  /** Whether its text comes in several elements (a kicker and the headline). */
  parts: boolean
  /** Whether it is all link text and its links lead to the site's home page: the logo, whose text is the site's name. */
  home: boolean
}

/**
 * Read a visible heading: its text, and its text without a kicker when the
 * heading opens with one in an element of its own (a short label without
 * closing punctuation: `<span>Premier League</span>`).
 *
 * @param element
 *   An `<h1>`, `<h2>` or `<h3>`.
 * @returns
 *   The heading, or `undefined` when it is empty or too long.
 */
export function readHeading(element: Element): Heading | undefined {
  const read = readBounded(element)
  if (!read) return undefined
  const text = foldWhitespace(read.text)
  if (!text || text.length > HEADING_MAX_LENGTH) return undefined
  // Parts the eye sees: a screen reader's "Topic:" inside a heading is no kicker, nor a part.
  const parts = element.children.filter((child) => (child.type === 'text' ? child.value.trim() : child.type !== 'element' || !isHidden(child)))
  const heading: Heading = {element, level: Number(element.tagName.slice(1)), text, linkOnly: read.linkOnly, parts: parts.length > 1, home: read.linkOnly && linksHome(element)}
  const first = parts[0]
  if (parts.length > 1 && first?.type === 'element') {
    const kicker = foldWhitespace(visibleText(first))
    const rest = partsText(parts.slice(1))
    // A kicker is a label: no closing punctuation, and nothing joins it to the rest ("Kicker: Rest" is one headline).
    const label = kicker && kicker.split(' ').length <= KICKER_MAX_WORDS && !/\p{P}$/u.test(kicker)
    if (label && /^[\p{L}\p{N}"'“„‘«]/u.test(rest) && rest.includes(' ')) {
      heading.rest = rest
      if (isKickerClassed(first)) heading.classedKicker = kicker
    }
  }
  // A kicker the page's style sheet moves above the headline may close the heading's markup (`<small class="topline">`).
  const last = parts.at(-1)
  if (!heading.rest && parts.length > 1 && last?.type === 'element' && isKickerClassed(last)) {
    const kicker = foldWhitespace(visibleText(last))
    const rest = partsText(parts.slice(0, -1))
    if (kicker && kicker.split(' ').length <= KICKER_MAX_WORDS && rest.includes(' ')) Object.assign(heading, {rest, classedKicker: kicker})
  }
  return heading
}

/** Class words of a headline's own element inside a heading of several parts. */
const HEADLINE_CLASS_WORDS = new Set(['headline', 'title', 'heading', 'titel', 'titre', 'titulo', 'titolo'])

/**
 * Whether a heading's parts say by their classes which is the headline:
 * its last part is classed as one and its first is not (`<h2><span
 * class="subline">Label</span><span class="headline">Headline</span></h2>`).
 * A heading whose first part is the classed headline puts its subtitle
 * after it.
 *
 * @param heading
 *   A heading read with a kicker split off (`rest`).
 * @returns
 *   Whether its classes name the rest the headline.
 */
export function restIsClassedHeadline(heading: Heading): boolean {
  const parts = heading.element.children.filter((child): child is Element => child.type === 'element' && !isHidden(child))
  const first = parts[0]
  const last = parts.at(-1)
  if (!first || !last || first === last) return false
  const isHeadline = (element: Element) => hintWords(element).some((word) => HEADLINE_CLASS_WORDS.has(word))
  return isHeadline(last) && !isHeadline(first)
}

/** Class words of a kicker: the label set above a headline ("Dachzeile", "topline", "eyebrow"). */
const KICKER_CLASS_WORDS = new Set(['kicker', 'topline', 'overline', 'eyebrow', 'dachzeile', 'spitzmarke', 'roofline', 'supertitle', 'pretitle', 'category', 'rubric', 'rubrik', 'label'])

/**
 * Whether a part of a heading is a kicker by its class.
 *
 * @param element
 *   A part of a heading.
 * @returns
 *   Whether it is.
 */
function isKickerClassed(element: Element): boolean {
  return hintWords(element).some((word) => KICKER_CLASS_WORDS.has(word))
}

/**
 * The visible text of some of a heading's parts, joined.
 *
 * @param parts
 *   Parts of a heading (elements and text).
 * @returns
 *   Their text.
 */
function partsText(parts: Element['children']): string {
  return foldWhitespace(parts.map((child) => (child.type === 'element' ? visibleText(child) : child.type === 'text' ? child.value : '')).join(' '))
}

/**
 * A heading's text and whether all of it is link text, read with a bound:
 * a heading longer than `HEADING_MAX_LENGTH` characters, or holding more
 * than `HEADING_MAX_ELEMENTS` elements, is a paragraph styled as one (and a
 * page of nested headings costs no more than one).
 *
 * @param element
 *   The heading.
 * @returns
 *   Its text and whether it is all link text, or `undefined` when it is too big.
 */
function readBounded(element: Element): {text: string; linkOnly: boolean} | undefined {
  let linkOnly = true
  let length = 0
  let budget = HEADING_MAX_ELEMENTS
  const stack: Array<{node: Element; link: boolean}> = [{node: element, link: false}]
  while (stack.length > 0) {
    const {node, link} = stack.pop()!
    for (const child of node.children) {
      if (child.type === 'text') {
        length += child.value.length
        if (!link && child.value.trim()) linkOnly = false
      } else if (child.type === 'element') {
        if (--budget < 0) return undefined
        stack.push({node: child, link: link || child.tagName === 'a'})
      }
    }
    // Raw text counts its spaces: a heading of `HEADING_MAX_LENGTH` letters may hold as many again.
    if (length > HEADING_MAX_LENGTH * 2) return undefined
  }
  const text = visibleText(element)
  return text.length > HEADING_MAX_LENGTH * 2 ? undefined : {text, linkOnly}
}

/** The path of a site's home page, which its logo links to: `/`, `/index.html`. */
const HOME_PATH = /^\/(?:index\.(?:html?|php|aspx?))?$/

/**
 * Whether a heading's links all lead to the site's home page (a logo:
 * `<h1><a href="/">Valley Post</a></h1>`); a headline links to its own page.
 *
 * @param element
 *   The heading (bounded by `readBounded`).
 * @returns
 *   Whether it has links, and all lead home.
 */
function linksHome(element: Element): boolean {
  let found = false
  const stack = [element]
  while (stack.length > 0) {
    for (const child of stack.pop()!.children) {
      if (child.type !== 'element') continue
      if (child.tagName !== 'a') stack.push(child)
      else if (isHomeHref(attribute(child, 'href'))) found = true
      else return false
    }
  }
  return found
}

/**
 * Whether a link leads to a site's home page.
 *
 * @param href
 *   The link's `href`, if any.
 * @returns
 *   Whether its path is the root (a fragment alone is no link home).
 */
function isHomeHref(href: string | undefined): boolean {
  if (!href || href.startsWith('#')) return false
  try {
    const url = new URL(href, 'http://page.invalid/section/page')
    return HOME_PATH.test(url.pathname) && !url.search
  } catch {
    return false
  }
}

/** Elements of a heading whose text is not the headline: a button's label ("Share", "Listen"), code, styles, drawings. */
const NOT_HEADLINE_TAGS = new Set(['button', 'script', 'style', 'noscript', 'template', 'svg', 'math'])

/**
 * The text a reader sees in a heading: hidden parts and buttons left out (the
 * metadata is read before hidden elements are pruned), and a space where a
 * `<br>` or a block breaks it, so its parts do not run together.
 *
 * @param node
 *   The heading, or an element in it.
 * @returns
 *   Its text (whitespace not folded).
 */
function visibleText(node: Element): string {
  let text = ''
  for (const child of node.children) {
    if (child.type === 'text') text += child.value
    else if (child.type !== 'element' || isHidden(child) || NOT_HEADLINE_TAGS.has(child.tagName) || isPermalinkAnchor(child)) continue
    else if (child.tagName === 'br') text += ' '
    else if (INLINE_TAGS.has(child.tagName)) text += visibleText(child)
    else text += ' ' + visibleText(child) + ' '
  }
  return text
}

/**
 * Whether an element is a heading's permalink: a link to a place in the page
 * whose text is one glyph (`<a class="headerlink" href="#evolve">¶</a>`, as
 * documentation generators write).
 *
 * @param element
 *   An element inside a heading.
 * @returns
 *   Whether it is one.
 */
function isPermalinkAnchor(element: Element): boolean {
  return element.tagName === 'a' && (attribute(element, 'href') ?? '').startsWith('#') && /^\s*[¶§#🔗]\s*$/u.test(textContent(element))
}
