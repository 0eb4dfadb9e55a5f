/**
 * Readers of the elements that are not running text: a figure (or a lone
 * image, video, embed), a social-post embed, a block quotation. An embed's
 * attribution line ("— Name (@handle) April 8, 2025") is its chrome: the
 * name becomes the figure's credit, the date goes.
 *
 * @module
 */
import type {Element} from 'hast'
import type {LineData, LineHint} from '../tree.js'
import {findTimestamps} from '../util/timestamps.js'
import {EMBED_WORDS} from './class-words.js'
import {hintWords, isElement, mark} from './hast.js'
import {linesOf} from './inline-text.js'
import {findLink, findMedia, readCaption} from './media.js'
import {safeUrl} from './urls.js'
import {addBlock, countProse, type Walk} from './walk.js'

/**
 * Read a figure (or a lone image, video, embed) as one caption line.
 *
 * @param element
 *   The element.
 * @param walk
 *   The walk.
 * @returns
 *   Whether it held media (else it is read as a container).
 */
export function readFigure(element: Element, walk: Walk): boolean {
  const media = findMedia(element, walk.base)
  if (!media) return false
  const captionElement = element.children.find((child): child is Element => isElement(child, 'figcaption'))
  const {caption, credit} = captionElement ? readCaption(captionElement) : {caption: ''}
  const data: LineData = {role: 'caption', media: media.media, caption}
  if (credit) data.credit = credit
  const hint: LineHint = {media: media.media, figcaption: Boolean(captionElement)}
  if (media.src) hint.src = media.src
  if (media.alt) hint.alt = media.alt
  addBlock(walk, [caption], element.position, hint, data)
  return true
}

/**
 * Read a social-post embed (a `<blockquote class="twitter-tweet">`) as a figure.
 *
 * @param element
 *   The block quote.
 * @param walk
 *   The walk.
 * @returns
 *   Whether it was an embed.
 */
function readEmbed(element: Element, walk: Walk): boolean {
  if (!hintWords(element).some((word) => EMBED_WORDS.has(word))) return false
  const {caption, credit} = splitAttribution(linesOf(element).lines)
  const link = element.children.length > 0 ? findLink(element) : undefined
  const hint: LineHint = {media: 'embed'}
  const src = safeUrl(link, walk.base)
  if (src) hint.src = src
  const data: LineData = {role: 'caption', media: 'embed', caption}
  if (credit) data.credit = credit
  addBlock(walk, [caption], element.position, hint, data)
  return true
}

/** An embed's attribution line: a dash, then who posted ("— Name (@handle) April 8, 2025"). */
const ATTRIBUTION = /^[—–―-]\s*(\S.*)$/u

/**
 * Split an embed's text from its attribution, the last line when it starts
 * with a dash (as social networks' embed markup writes it): the post's
 * author is the figure's credit, the date after it is chrome.
 *
 * @param lines
 *   The embed's lines.
 * @returns
 *   The caption and the credit (if any).
 */
function splitAttribution(lines: string[]): {caption: string; credit?: string} {
  const attribution = lines.length > 1 ? ATTRIBUTION.exec(lines[lines.length - 1]!)?.[1] : undefined
  if (!attribution) return {caption: lines.join(' ')}
  const caption = lines.slice(0, -1).join(' ')
  // The date that closes the line (the link to the post) is no part of the name.
  const date = findTimestamps(attribution).at(-1)
  const name = date && date.index + date.length >= attribution.length ? attribution.slice(0, date.index).trim() : attribution
  return name ? {caption, credit: name} : {caption}
}

/**
 * Read a block quotation: each paragraph a quote line.
 *
 * @param element
 *   The `<blockquote>`.
 * @param walk
 *   The walk.
 */
export function readQuote(element: Element, walk: Walk): void {
  if (readEmbed(element, walk)) return
  countProse(walk)
  const sourceElement = element.children.find((child): child is Element => isElement(child, 'footer', 'cite'))
  const hint: LineHint = {quote: true}
  if (sourceElement) {
    const source = linesOf(sourceElement).lines.join(' ').replace(/^[—–-]\s*/, '')
    if (source) hint.quoteSource = source
    mark(sourceElement, {consumed: true})
  }
  addBlock(walk, linesOf(element).lines, element.position, hint)
}

/**
 * A `<div>` that wraps a social post embed (`<div class="tiktok-embed">`).
 *
 * @param element
 *   The element.
 * @param walk
 *   The walk.
 * @returns
 *   Whether it was one.
 */
export function readEmbedContainer(element: Element, walk: Walk): boolean {
  return element.tagName === 'div' && hintWords(element).includes('embed') && element.children.some((child) => isElement(child, 'blockquote')) ? readEmbed(element, walk) : false
}
