/**
 * Readers of the elements that are not running text: a figure (or a lone
 * image, video, embed), a social-post embed, a block quotation. An embed's
 * attribution line ("— Name (@handle) April 8, 2025") is its chrome: the
 * name becomes the figure's credit, the date goes.
 *
 * @module
 */
import type {Element} from 'hast'
import {report} from '../messages.js'
import type {LineData, LineHint} from '../tree.js'
import {isSponsorLabel} from '../util/captions.js'
import {findTimestamps} from '../util/timestamps.js'
import {EMBED_WORDS} from './class-words.js'
import {hintWords, isElement, mark} from './hast.js'
import {linesOf} from './inline-text.js'
import {readFigureCaption} from './figure-caption.js'
import {findLink, findMedia, linksAway, type Media} from './media.js'
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
  if (element.data?.noscript && mergeNoscriptCopy(media, walk)) return true
  const link = media.link ?? walk.link
  const teaser = link !== undefined && media.media === 'image' && linksAway(link, media, walk.base)
  const parts = readFigureCaption(element, media, !teaser && !walk.teaser)
  // A thumbnail that links to another story, with no caption of its own, is the teaser's, not the article's.
  if (teaser && !parts.caption && !parts.credit) {
    report(walk.file, 'thumbnail-dropped', 'Unexpected image linking to another page, dropped as a teaser’s thumbnail', element, media.src)
    return true
  }
  addFigure(walk, element, media, parts)
  return true
}

/**
 * Give a `<noscript>` copy of a lazy image to the figure just read for it:
 * its source when the figure has none; nothing when it has one (then the
 * copy is a duplicate).
 *
 * @param media
 *   The copy's media.
 * @param walk
 *   The walk.
 * @returns
 *   Whether the copy belonged to the figure before it.
 */
function mergeNoscriptCopy(media: Media, walk: Walk): boolean {
  const last = walk.target.at(-1)
  const line = last?.type === 'block' ? last.children.at(-1) : undefined
  const hint = line?.data?.role === 'caption' ? line.data.hint : undefined
  if (!hint || hint.media !== 'image') return false
  if (!hint.src && media.src) {
    hint.src = media.src
    if (media.width) hint.width = media.width
    if (media.height) hint.height = media.height
  }
  return true
}

/**
 * Add a figure: one caption line with its media in the hint.
 *
 * @param walk
 *   The walk.
 * @param element
 *   The figure's element (for its position).
 * @param media
 *   What it shows.
 * @param parts
 *   Its caption (may be empty) and credit.
 */
export function addFigure(walk: Walk, element: Element, media: Media, parts: {caption: string; credit?: string | undefined}): void {
  // "Powered by" under a logo: the sponsor's figure, no photo.
  if (isSponsorLabel(parts.caption)) return report(walk.file, 'boilerplate-dropped', `Unexpected sponsor's logo \`${parts.caption}\`, dropped`, element, parts.caption)
  const data: LineData = {role: 'caption', media: media.media, caption: parts.caption}
  if (parts.credit) data.credit = parts.credit
  const hint: LineHint = {media: media.media, figcaption: Boolean(parts.caption)}
  if (media.src) hint.src = media.src
  if (media.alt) hint.alt = media.alt
  if (media.width) hint.width = media.width
  if (media.height) hint.height = media.height
  const block = addBlock(walk, [parts.caption], element.position, hint, data)
  // An image without a caption may be captioned by the element after it.
  if (block && !parts.caption && media.media === 'image') walk.uncaptioned = {line: block.children[0]!, media}
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
