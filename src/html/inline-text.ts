/**
 * The inline text of an HTML element, gathered into lines: `<br>` and
 * nested blocks break lines, and an inline element that carries a byline or
 * a date by its class stands on a line of its own. Also counts how much of
 * the text is link text (a block of links is not prose).
 *
 * @module
 */
import type {Element} from 'hast'
import {cleanLine} from '../util/text.js'
import {BYLINE_WORDS, TIME_WORDS} from './class-words.js'
import {hintWords} from './hast.js'

/** Elements whose text flows inside a line. */
export const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'label',
  'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'nobr', 'big', 'strike', 'wbr'
])

/** Text gathered for one text block: its lines and how much of it was link text. */
export interface Gathered {
  lines: string[]
  /** Indices of lines that a date-classed element gave (datelines, not prose). */
  datelines: Set<number>
  /** The `href` of lines that are one link's text and nothing else, by index. */
  hrefs: Map<number, string>
  current: string
  /** The link that the current line opened with, and its text so far, while the line may be that link alone. */
  lineLink?: {href: string; text: string} | undefined
  text: number
  links: number
}

/**
 * Gather the inline text of an element: `<br>` and nested blocks break lines.
 *
 * @param node
 *   The element.
 * @param gathered
 *   The text so far, changed in place.
 * @param inLink
 *   Whether inside a link.
 */
function gather(node: Element, gathered: Gathered, inLink: boolean): void {
  for (const child of node.children) {
    if (child.type === 'text') {
      gathered.current += child.value
      const length = child.value.trim().length
      gathered.text += length
      if (inLink) gathered.links += length
    } else if (child.type === 'element') {
      if (child.data?.consumed) continue
      if (child.tagName === 'br' || child.tagName === 'hr') breakLine(gathered)
      else if (INLINE_TAGS.has(child.tagName) && isOwnLine(child)) {
        // A byline or date in a span beside another ("By A & B" "8 April 2025") is a line of its own.
        breakLine(gathered)
        const before = gathered.lines.length
        gather(child, gathered, inLink)
        breakLine(gathered)
        const line = gathered.lines[before]
        if (gathered.lines.length === before + 1 && isDateClassed(child) && /\d/.test(line!) && line!.split(' ').length <= DATELINE_MAX_WORDS) gathered.datelines.add(before)
      } else if (child.tagName === 'a' && !inLink) gatherLink(child, gathered)
      else if (INLINE_TAGS.has(child.tagName)) gather(child, gathered, inLink || child.tagName === 'a')
      else if (child.tagName !== 'img' && child.tagName !== 'iframe' && child.tagName !== 'video') {
        breakLine(gathered)
        gather(child, gathered, inLink)
        breakLine(gathered)
      }
    }
  }
}

/**
 * Gather a link's text, and note its address when the line holds that
 * link alone (a name linked to the writer's page, a teaser's headline).
 *
 * @param link
 *   The `<a>` element.
 * @param gathered
 *   The text so far, changed in place.
 */
function gatherLink(link: Element, gathered: Gathered): void {
  const href = link.properties.href
  const opens = typeof href === 'string' && gathered.current.trim() === ''
  gather(link, gathered, true)
  gathered.lineLink = opens ? {href: href.trim(), text: gathered.current} : undefined
}

/**
 * Whether an inline element carries a byline or a date (by its class),
 * which stands on a line of its own.
 *
 * @param element
 *   The inline element.
 * @returns
 *   Whether it does.
 */
function isOwnLine(element: Element): boolean {
  if (element.tagName === 'a') return false
  if (isDateClassed(element)) return true
  // A name inside a byline ("By <span class=author>A</span> and …") stays in it; the whole byline stands alone.
  return hintWords(element).some((word) => BYLINE_WORDS.has(word)) && BYLINE_LEAD.test(linesOf(element).lines.join(' '))
}

/** The words a byline starts with, in the languages of the corpora. */
const BYLINE_LEAD = /^(?:by|par|von|por|di|door|posted by|written by)\s/i

/** A dateline is short: "Published 9:00 a.m. CT Feb. 11, 2025". */
export const DATELINE_MAX_WORDS = 16

/**
 * Whether an element's class says it holds a date or time.
 *
 * @param element
 *   The element.
 * @returns
 *   Whether it does.
 */
export function isDateClassed(element: Element): boolean {
  return hintWords(element).some((word) => TIME_WORDS.has(word))
}

/**
 * End the current line of gathered text.
 *
 * @param gathered
 *   The text so far.
 */
function breakLine(gathered: Gathered): void {
  const line = cleanLine(gathered.current)
  // The line is the link's text and nothing after it.
  if (line && gathered.lineLink?.text.trim() === gathered.current.trim()) gathered.hrefs.set(gathered.lines.length, gathered.lineLink.href)
  if (line) gathered.lines.push(line)
  gathered.current = ''
  gathered.lineLink = undefined
}

/**
 * The text lines of an element.
 *
 * @param element
 *   The element.
 * @returns
 *   Lines and link share.
 */
export function linesOf(element: Element): Gathered {
  const gathered: Gathered = {lines: [], datelines: new Set(), hrefs: new Map(), current: '', text: 0, links: 0}
  gather(element, gathered, element.tagName === 'a')
  breakLine(gathered)
  return gathered
}
