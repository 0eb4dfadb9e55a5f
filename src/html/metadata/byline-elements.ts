/**
 * Authors from visible byline elements: microdata names, a byline element's
 * "By" line, a name alone in one, names in parts; each person once.
 *
 * @module
 */
import type {Element} from 'hast'
import type {Author} from '../../schema/article.js'
import {isRole} from '../../util/author-roles.js'
import {isPersonName} from '../../util/names.js'
import {readByline, readNames, withoutOpening} from '../../util/bylines.js'
import {nameKey} from '../../util/organisations.js'
import {attribute, foldWhitespace, textContent} from '../hast.js'
import {hasBylineClass} from './source-regions.js'
import type {Byline, BylineLinks} from './sources.js'

/** A byline element longer than this is an author box, not a byline. */
export const BYLINE_MAX_LENGTH = 120

/**
 * Authors without repeats, in order.
 *
 * @param authors
 *   Authors.
 * @returns
 *   Each name once.
 */
export function dedupe(authors: Author[]): Author[] {
  const seen = new Set<string>()
  return authors.filter((author) => !seen.has(nameKey(author.name)) && seen.add(nameKey(author.name)))
}

/**
 * Whether an element lies inside another.
 *
 * @param element
 *   The inner element.
 * @param container
 *   The outer element.
 * @returns
 *   Whether it does.
 */
function isInside(element: Element, container: Element): boolean {
  return container.children.some((child) => child === element || (child.type === 'element' && isInside(element, child)))
}

/** A page names a few microdata authors at most: reading stops there. */
const MICRODATA_MAX = 20

/**
 * The names of microdata authors: each `itemprop=author` element's
 * `itemprop=name` inside it, else its text. One pass: the sources are in
 * page order, so a name follows its author element.
 *
 * @param sources
 *   The page's metadata elements.
 * @returns
 *   The names, each with its author element.
 */
export function microdataNames(sources: Element[]): MicrodataName[] {
  const names: MicrodataName[] = []
  let open: Element | undefined
  let named = true
  const close = () => {
    if (open && !named) names.push({text: textContent(open), author: open})
  }
  for (const element of sources) {
    if (element.tagName === 'meta') continue
    const props = (attribute(element, 'itemprop') ?? '').split(' ')
    if (props.includes('author')) {
      close()
      open = element
      named = false
    } else if (open && !named && props.includes('name') && isInside(element, open)) {
      names.push({text: withoutListSeparator(textContent(element)), author: open})
      named = true
    }
    if (names.length >= MICRODATA_MAX) break
  }
  close()
  return names
}

/** Separators (and spaces) that a list of authors leaves at the end of a name's element (`<span itemprop=name>Jane Doe, </span>`). */
const LIST_SEPARATORS = new Set([',', ';', '·', '•', '|', ' ', '\t', '\n', '\r', '\u00a0'])

/**
 * A microdata name without the list separator its element ends with: the
 * page joins its authors with ", " and puts the comma in each name.
 *
 * @param text
 *   The name element's text.
 * @returns
 *   The name.
 */
function withoutListSeparator(text: string): string {
  // A loop, not a pattern anchored at the end: that one would retry every run of spaces inside a long text.
  let end = text.length
  while (end > 0 && LIST_SEPARATORS.has(text[end - 1]!)) end--
  return text.slice(0, end)
}

/** A microdata author's name, and its `itemprop=author` element. */
export interface MicrodataName {
  text: string
  author: Element
}

/**
 * The authors of the first byline element (by its class) that reads as
 * one: "By Jane Doe"; or, asked for names alone, below the headline and
 * outside a list (where bylines are teasers'), a name ("Jane Doe") or
 * names in parts.
 *
 * @param sources
 *   The page's metadata elements.
 * @param bylineLinks
 *   Where each byline element stands.
 * @param alone
 *   Read names alone, not "By" lines.
 * @returns
 *   The authors, if any.
 */
export function bylineElementAuthors(sources: Element[], bylineLinks: BylineLinks, alone: boolean): BylineElementReading | undefined {
  let first = true
  for (const element of sources) {
    if (element.tagName === 'a' || !hasBylineClass(element)) continue
    const text = foldWhitespace(textContent(element))
    if (text.length > BYLINE_MAX_LENGTH && (alone || !bylineLinks.get(element)?.belowHeadline)) continue
    const place = bylineLinks.get(element)
    // No place: the byline stands in a sidebar, the comments or an item nested in the article (`collectSources`).
    if (!place) continue
    const found = alone ? namesAlone(element, text, place) : text.length > BYLINE_MAX_LENGTH ? shortLineByline(element) : readByline(text)
    if (found && found.length > 0) return {authors: dedupe(found), first}
    if (text) first = false
  }
  return undefined
}

/** A long byline element is searched this many elements deep for its "By" line, no further. */
const SHORT_LINE_SEARCH_MAX = 24

/**
 * The authors of the "By" line inside a byline element that holds more
 * than its byline: the header's author block that wraps the standfirst too
 * (`<div class=author><div>By <a>Jane Doe</a> · 3 May</div><p>The
 * summary…</p></div>`). The line is a short element of it whose text opens
 * with "By" ("Par", "Von"…): an author box's bio below the article names its
 * writer without one, and is not read.
 *
 * @param element
 *   The long byline element.
 * @returns
 *   The authors of its first "By" line, if any.
 */
function shortLineByline(element: Element): Author[] | undefined {
  const queue: Element[] = [element]
  for (let index = 0; index < queue.length && index < SHORT_LINE_SEARCH_MAX; index++) {
    for (const child of queue[index]!.children) {
      if (child.type !== 'element') continue
      const text = foldWhitespace(textContent(child))
      if (text.length > BYLINE_MAX_LENGTH) queue.push(child)
      else if (withoutOpening(text) !== text) return readByline(text)
    }
  }
  return undefined
}

/** The authors of a byline element, and whether it was the page's first byline element with any text. */
export interface BylineElementReading {
  authors: Author[]
  /**
   * No byline element with text came before it. A later one, after the first
   * gave no person ("By Valley Post, jd"), is more often a teaser's below
   * the article than the article's own.
   */
  first: boolean
}

/**
 * The names of a byline element that holds names alone: below the headline
 * and outside a list (where bylines are teasers'), a name ("Jane Doe") or
 * names in parts.
 *
 * @param element
 *   The byline element.
 * @param text
 *   Its text, whitespace folded.
 * @param place
 *   Where it stands.
 * @returns
 *   The names, if any.
 */
function namesAlone(element: Element, text: string, place: Byline | undefined): Author[] | undefined {
  if (!place?.belowHeadline || place.inList) return undefined
  return (isPlainRun(element) ? readNames(text)?.filter((author) => !author.role || isRole(author.role)) : undefined) ?? namesInParts(element)
}

/** Elements that a name alone may be wrapped in: inline ones, which do not part their text. */
const INLINE_TAGS = new Set(['span', 'strong', 'b', 'em', 'i', 'small', 'font'])

/**
 * Whether an element holds one run of text: no link (a linked name is a
 * byline link's, checked for a person's page), no block that would part
 * its text ("Jane Doe" and "Valley Post" in two divs).
 *
 * @param element
 *   The element.
 * @returns
 *   Whether it does.
 */
function isPlainRun(element: Element): boolean {
  return element.children.every((child) => child.type !== 'element' || (INLINE_TAGS.has(child.tagName) && isPlainRun(child)))
}

/** A byline of names in parts has this many elements at most. */
const PARTS_MAX = 12

/**
 * The names of a byline made of parts, one name to each innermost element
 * (`<div class=byline><span>Jane Doe</span><span>John Roe</span></div>`, or
 * a list of one writer, `<ul class=author><li>Jane Doe</li></ul>`), without
 * links; every part must be a name.
 *
 * @param element
 *   The byline element.
 * @returns
 *   The people, if every part is one.
 */
function namesInParts(element: Element): Author[] | undefined {
  const parts: string[] = []
  const stack: Element[] = [element]
  let seen = 0
  while (stack.length > 0) {
    const each = stack.pop()!
    if (++seen > PARTS_MAX || each.tagName === 'a') return undefined
    const children = each.children.filter((child): child is Element => child.type === 'element')
    if (children.length === 0) parts.push(foldWhitespace(textContent(each)))
    else for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!)
  }
  const texts = parts.filter(Boolean)
  if (texts.length === 0 || !texts.every((text) => isPersonName(text))) return undefined
  return dedupe(texts.map((name) => ({name})))
}
