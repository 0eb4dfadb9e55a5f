/**
 * Readers of the elements that are not running text: a figure (or a lone
 * image, video, embed), a social-post embed, a block quotation.
 *
 * @module
 */
import type {Element} from 'hast'
import type {LineData, LineHint} from '../tree.js'
import {EMBED_WORDS} from './class-words.js'
import {hintWords, isElement, mark} from './hast.js'
import {linesOf} from './inline-text.js'
import {findLink, findMedia, readCaption} from './media.js'
import {safeUrl} from './urls.js'
import {addBlock, type Walk} from './walk.js'

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
  const caption = linesOf(element).lines.join(' ')
  const link = element.children.length > 0 ? findLink(element) : undefined
  const hint: LineHint = {media: 'embed'}
  const src = safeUrl(link, walk.base)
  if (src) hint.src = src
  addBlock(walk, [caption], element.position, hint, {role: 'caption', media: 'embed', caption})
  return true
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
  walk.standfirstOpen = false
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
