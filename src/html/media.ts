/**
 * Media in HTML: the image, video, audio or embed a figure holds (its
 * source resolved, lazy-load attributes first, trackers and icons left out),
 * and a figure caption split into caption and credit.
 *
 * @module
 */
import type {Element} from 'hast'
import type {LineHint} from '../tree.js'
import {splitCaption} from '../util/captions.js'
import {cleanLine} from '../util/text.js'
import {CREDIT_WORDS} from './class-words.js'
import {attribute, hintWords, isElement, mark} from './hast.js'
import {linesOf} from './inline-text.js'
import {pickFromSrcset, safeUrl} from './urls.js'

/** Images this small are trackers or icons. */
const MIN_IMAGE_SIZE = 50

/**
 * An image's source: the lazy-load attributes first (the `src` of a lazy
 * image is a placeholder), then `src`, then `srcset`.
 *
 * @param image
 *   The `<img>` or `<source>`.
 * @returns
 *   The raw source, if any.
 */
function imageSource(image: Element): string | undefined {
  for (const name of ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src', 'data-full-src']) {
    const value = attribute(image, name)
    if (value && !value.startsWith('data:')) return value
  }
  const src = attribute(image, 'src')
  if (src && !src.startsWith('data:')) return src
  return pickFromSrcset(attribute(image, 'srcset') ?? attribute(image, 'data-srcset')) ?? src
}

/**
 * Whether an image is a tracker or icon (declared tiny).
 *
 * @param image
 *   The image.
 * @returns
 *   Whether it is.
 */
function isTinyImage(image: Element): boolean {
  const width = Number.parseInt(attribute(image, 'width') ?? '', 10)
  const height = Number.parseInt(attribute(image, 'height') ?? '', 10)
  return (width > 0 && width < MIN_IMAGE_SIZE) || (height > 0 && height < MIN_IMAGE_SIZE)
}

/** The media of a figure. */
export interface Media {
  media: NonNullable<LineHint['media']>
  src?: string
  alt?: string
}

/**
 * The media element inside a figure (or the element itself).
 *
 * @param element
 *   The figure, picture, image, video, audio or iframe.
 * @param base
 *   The page's address.
 * @returns
 *   The media, if any.
 */
export function findMedia(element: Element, base: string | undefined): Media | undefined {
  const stack: Element[] = [element]
  while (stack.length > 0) {
    const node = stack.shift()!
    switch (node.tagName) {
      case 'img': {
        if (isTinyImage(node)) break
        const src = safeUrl(imageSource(node), base, true)
        const alt = cleanLine(attribute(node, 'alt') ?? '')
        return {media: 'image', ...(src ? {src} : {}), ...(alt ? {alt} : {})}
      }
      case 'video':
      case 'audio': {
        const source = attribute(node, 'src') ?? node.children.filter((child) => isElement(child, 'source')).map((child) => attribute(child as Element, 'src'))[0]
        const src = safeUrl(source, base)
        return {media: node.tagName, ...(src ? {src} : {})}
      }
      case 'iframe': {
        const src = safeUrl(attribute(node, 'src') ?? attribute(node, 'data-src'), base)
        if (!src) break
        return {media: /youtube|youtu\.be|vimeo|dailymotion|brightcove|jwplayer|player/i.test(src) ? 'video' : 'embed', src}
      }
      default:
        for (const child of node.children) if (isElement(child)) stack.push(child)
    }
  }
  return undefined
}

/**
 * A caption's text and credit: a credit-classed part, or a "Photograph:" label.
 *
 * @param caption
 *   The `<figcaption>` (or caption-classed element).
 * @returns
 *   Caption and credit.
 */
export function readCaption(caption: Element): {caption: string; credit?: string} {
  const creditElement = findCredit(caption)
  if (creditElement) mark(creditElement, {consumed: true})
  const text = linesOf(caption).lines.join(' ')
  const credit = creditElement ? linesOf(creditElement).lines.join(' ').replace(/^(?:©|\(c\)|photo(?:graph)?:|credit:|foto:|bild:)\s*/i, '') : undefined
  if (creditElement) mark(creditElement, {consumed: false})
  const split = credit ? undefined : splitCaption(text)
  if (split) return {caption: split.caption, ...(split.credit ? {credit: split.credit} : {})}
  return {caption: text, ...(credit ? {credit} : {})}
}

/**
 * A credit-classed element inside a caption.
 *
 * @param caption
 *   The caption.
 * @returns
 *   The credit element, if any.
 */
function findCredit(caption: Element): Element | undefined {
  for (const child of caption.children) {
    if (!isElement(child)) continue
    if (hintWords(child).some((word) => CREDIT_WORDS.has(word))) return child
    const nested = findCredit(child)
    if (nested) return nested
  }
  return undefined
}

/**
 * The last link of an element (an embed's permalink).
 *
 * @param element
 *   The element.
 * @returns
 *   Its `href`, if any.
 */
export function findLink(element: Element): string | undefined {
  let found: string | undefined
  for (const child of element.children) {
    if (!isElement(child)) continue
    if (child.tagName === 'a') found = attribute(child, 'href') ?? found
    else found = findLink(child) ?? found
  }
  return found
}
