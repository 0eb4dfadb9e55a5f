/**
 * Reading text blocks into lines: a paragraph or heading (its dates and
 * links marked, a heading's date set on a line of its own), and a list (a
 * line per item, a list of links dropped with the heading that introduced
 * it).
 *
 * @module
 */
import type {Element} from 'hast'
import {report} from '../messages.js'
import type {Line, LineHint} from '../tree.js'
import {isBold, isOpening} from './header-hints.js'
import {DATELINE_MAX_WORDS, isDateClassed, linesOf} from './inline-text.js'
import {readFigure} from './read-media.js'
import {isElement, textContent} from './hast.js'
import {safeUrl} from './urls.js'
import {readByline} from '../util/bylines.js'
import {bylineBeforeStamp} from '../util/stamp-bylines.js'
import {addBlock, countProse, inHeader, type Walk} from './walk.js'

/** A paragraph this long is body prose. */
const PROSE_MIN_TEXT = 80

/** Share of link text above which a block is a link list, not prose. */
const MAX_LINK_SHARE = 0.5

/** Characters outside links that make a list item a sentence about its links, not a link. */
const ITEM_PROSE = 40

/** Share of a list's items that must be such sentences for the list to be prose. */
const ITEM_PROSE_SHARE = 0.6

/** A heading over a link list ("Related stories", "Auch interessant") has at most this many words. */
const LIST_HEADING_MAX_WORDS = 8

/**
 * Drop the block just read when it is a short heading: it introduced the
 * link list (or the calendar widget) that was just dropped, and is
 * boilerplate with it.
 *
 * @param walk
 *   The walk.
 */
export function dropListHeading(walk: Walk): void {
  const previous = walk.target[walk.target.length - 1]
  if (!previous || previous.type !== 'block' || previous.children.length !== 1) return
  const line = previous.children[0]!
  const words = line.value.split(' ').length
  const introduces = Boolean(line.data?.hint?.heading) || line.value.endsWith(':') || (words <= 5 && !/[.!?]$/.test(line.value))
  // A byline before the list ("By Jane Doe.") introduces the article, not the list.
  if (line.data?.role || line.data?.hint?.listItem || !introduces || words > LIST_HEADING_MAX_WORDS || readByline(line.value)) return
  walk.target.pop()
  report(walk.file, 'boilerplate-dropped', 'Unexpected heading of a link list, dropped', line, line.value)
}

/**
 * Whether a block of link text is a byline of linked names in the page's
 * header ("Von <a>Jane Doe</a>", "By <a>Jane Doe</a> and <a>John Roe</a>",
 * "<a>Jane Doe</a> 3/5/2022 22:41": the name and the date, no "By"), which
 * `extractBylines` and `extractDatelines` read: not a link list, though its
 * text is mostly links. (A teaser's byline in a link block stays link text.)
 *
 * @param lines
 *   The block's lines.
 * @param walk
 *   The walk.
 * @returns
 *   Whether it is.
 */
function isLinkedByline(lines: string[], walk: Walk): boolean {
  return !walk.linkBlock && lines.length === 1 && inHeader(walk) && (readByline(lines[0]!) ?? bylineBeforeStamp(lines[0]!)) !== undefined
}

/**
 * Read a block of text (a paragraph, a heading): dropped when it is mostly links.
 *
 * @param element
 *   The element.
 * @param walk
 *   The walk.
 */
export function readTextBlock(element: Element, walk: Walk): void {
  const gathered = linesOf(element)
  // A paragraph or link that only wraps an image (`<p><img></p>`, `<a><img></a>`) is a figure.
  if (gathered.lines.length === 0) return void readFigure(element, walk)
  const level = /^h([1-6])$/.exec(element.tagName)?.[1]
  const headline = element.data?.headline === true
  // A byline is mostly its linked name ("Von <a>Jane Doe</a>"): no link text to drop.
  if (level !== '1' && !headline && (walk.linkBlock || gathered.links > gathered.text * MAX_LINK_SHARE) && gathered.text > 0 && !isLinkedByline(gathered.lines, walk)) {
    report(walk.file, 'boilerplate-dropped', 'Unexpected block of link text, dropped', element, gathered.lines.join(' '))
    dropListHeading(walk)
    return
  }
  if (headline || (level === '1' && walk.data.title !== undefined)) {
    addBlock(walk, [gathered.lines.join(' ')], element.position, {heading: Number(level ?? 1), ...(headline ? {headline} : {})}, {role: 'title'})
    if (headline) walk.headlineRead = true
    return
  }
  let hint: LineHint | undefined = level ? {heading: Number(level)} : element.tagName === 'figcaption' ? {figcaption: true} : undefined
  if (inHeader(walk) && isBold(element)) hint = {...hint, bold: true}
  if (inHeader(walk) && isOpening(element)) hint = {...hint, opening: true}
  if (!level && isDateClassed(element) && gathered.lines.length === 1 && /\d/.test(gathered.lines[0]!) && gathered.lines[0]!.split(' ').length <= DATELINE_MAX_WORDS) gathered.datelines.add(0)
  const {texts, datelines} = element.tagName === 'pre' ? {texts: [gathered.lines.join(' ')], datelines: []} : level ? headingLines(gathered) : {texts: gathered.lines, datelines: [...gathered.datelines]}
  const block = addBlock(walk, texts, element.position, hint)
  // Body prose closes the header (a "LIVE" flag or a kicker does not count).
  if (!level && gathered.text >= PROSE_MIN_TEXT) countProse(walk)
  if (!block) return
  for (const index of datelines) block.children[index]!.data = {...block.children[index]!.data, role: 'dateline'}
  if (!level && element.tagName !== 'pre') for (const [index, href] of gathered.hrefs) markLink(block.children[index], href, walk.base)
}

/**
 * A heading's lines: its text as one line, and the date a date-classed span
 * inside it prints as a line of its own after it ("Summary of the
 * story<span class=date>6 January 2020</span>").
 *
 * @param gathered
 *   The heading's gathered text.
 * @returns
 *   The lines, and the indexes of the dates among them.
 */
function headingLines(gathered: ReturnType<typeof linesOf>): {texts: string[]; datelines: number[]} {
  const words = gathered.lines.filter((_, index) => !gathered.datelines.has(index))
  if (words.length === 0 || gathered.datelines.size === 0) return {texts: [gathered.lines.join(' ')], datelines: []}
  const dates = gathered.lines.filter((_, index) => gathered.datelines.has(index))
  return {texts: [words.join(' '), ...dates], datelines: dates.map((_, index) => index + 1)}
}

/**
 * Note the address of a line that is one link's text alone, resolved
 * against the page's address: whose page a linked name is, where a
 * teaser's headline leads.
 *
 * @param line
 *   The line (optional: a block may have fewer lines than gathered).
 * @param href
 *   The link's `href`.
 * @param base
 *   The page's address (optional).
 */
function markLink(line: Line | undefined, href: string, base: string | undefined): void {
  const url = safeUrl(href, base)
  if (line && url) line.data = {...line.data, hint: {...line.data?.hint, href: url}}
}

/**
 * Read a list: one block, a line per item; a list of links is dropped.
 *
 * @param element
 *   The `<ul>` or `<ol>`.
 * @param walk
 *   The walk.
 */
export function readList(element: Element, walk: Walk): void {
  const items: string[] = []
  const linkFirst: boolean[] = []
  let text = 0
  let links = 0
  let sentences = 0
  for (const item of element.children) {
    if (!isElement(item)) continue
    const gathered = linesOf(item)
    text += gathered.text
    links += gathered.links
    if (gathered.text - gathered.links >= ITEM_PROSE) sentences++
    if (gathered.lines.length > 0) {
      items.push(gathered.lines.join(' '))
      linkFirst.push(opensWithPageLink(item))
    }
  }
  if (items.length === 0) return
  // Items that say something around their links ("X fixed an issue with <bug>") are prose, not a menu.
  const prose = sentences >= items.length * ITEM_PROSE_SHARE
  if (walk.linkBlock || (links > text * MAX_LINK_SHARE && !prose)) {
    report(walk.file, 'boilerplate-dropped', 'Unexpected list of links, dropped', element, items.join(' | '))
    dropListHeading(walk)
    return
  }
  const block = addBlock(walk, items, element.position, {listItem: true, ordered: element.tagName === 'ol'})
  // An item that opens with a link to another page is a teaser: the time and title it starts with are that story's.
  block?.children.forEach((line, index) => {
    if (linkFirst[index]) line.data = {...line.data, hint: {...line.data?.hint, linkFirst: true}}
  })
  countProse(walk)
}

/**
 * Whether an element's first text lies in a link to another page (not a
 * permalink to a fragment of this one, as a live post's stamp may be).
 *
 * @param element
 *   A list item.
 * @returns
 *   Whether it does.
 */
function opensWithPageLink(element: Element): boolean {
  return firstTextLinked(element, false) ?? false
}

/**
 * Whether the first text inside a node, in document order, is in a page
 * link (the page's nesting is bounded: deeper markup was flattened).
 *
 * @param node
 *   An element.
 * @param linked
 *   Whether a page link holds the node.
 * @returns
 *   Whether it is, or `undefined` when the node holds no text.
 */
function firstTextLinked(node: Element, linked: boolean): boolean | undefined {
  for (const child of node.children) {
    if (child.type === 'text' && child.value.trim() !== '') return linked
    if (child.type !== 'element') continue
    const href = child.tagName === 'a' ? child.properties.href : undefined
    const found = firstTextLinked(child, linked || (typeof href === 'string' && href.trim() !== '' && !href.includes('#')))
    if (found !== undefined) return found
  }
  return undefined
}

/** Elements that no list item of a real list holds: the page's headline, its main content. (Teaser cards hold `h2`, `h3` and `article`.) */
const LAYOUT_TAGS = new Set(['h1', 'main'])

/** Blocks of running text: an item holding several, long, is a whole post, not a point of a list. */
const PROSE_TAGS = new Set(['p', 'pre', 'blockquote'])

/** A list item holding this many prose blocks… */
const POST_PROSE_BLOCKS = 3

/** …with this many characters in them is a post (a teaser's excerpt is one short paragraph). */
const POST_PROSE_LENGTH = 400

/**
 * Whether a list is used for layout: an item holds the page's headline or
 * its main content (a `<li>` around the whole article, its headline,
 * standfirst and byline), or a whole post of several long paragraphs (a
 * blog engine's `<ul><li class="post">`), or the only item holds
 * paragraphs, so its items are containers, read
 * block by block, not items to join into a line each.
 *
 * @param list
 *   The `<ul>` or `<ol>`.
 * @returns
 *   Whether it is.
 */
export function isLayoutList(list: Element): boolean {
  const items = list.children.filter((child): child is Element => isElement(child))
  for (const item of items) {
    let blocks = 0
    let length = 0
    const stack = [...item.children]
    while (stack.length > 0) {
      const node = stack.pop()!
      if (!isElement(node)) continue
      if (LAYOUT_TAGS.has(node.tagName)) return true
      if (PROSE_TAGS.has(node.tagName)) {
        blocks++
        length += textContent(node).length
      } else stack.push(...node.children)
    }
    // A list of one item is no list: its paragraphs are the page's.
    if (items.length === 1 ? blocks >= 2 : blocks >= POST_PROSE_BLOCKS && length >= POST_PROSE_LENGTH) return true
  }
  return false
}
