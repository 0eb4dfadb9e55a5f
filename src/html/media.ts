/**
 * Media in HTML: the image, video, audio or embed a figure holds, its
 * source resolved (lazy-load attributes first, the largest rendition of a
 * `srcset` or `<picture>`), and what is not a photo left out: trackers,
 * spacers, icons, logos and avatars (told apart in `junk-images.ts`).
 *
 * @module
 */
import type {Element} from 'hast'
import type {LineHint} from '../tree.js'
import {cleanLine} from '../util/text.js'
import {attribute, isElement} from './hast.js'
import {declaredSize, hasJunkWord, isJunkImage, isPlaceholderUrl} from './junk-images.js'
import {imageKeys, sameImage} from '../util/image-keys.js'
import {largestRendition, readSrcset, safeUrl, withoutQuery, type Rendition} from './urls.js'

/**
 * Lazy-load attributes hold the real source while `src` holds a
 * placeholder; each script names its own (`data-src`, `data-lazy-src`,
 * `data-original`, `data-hi-res-src`, `data-lazyimage-srcset`). These are
 * their hast property names: `data-*` ending in `src`, `original` or `url`,
 * and in `srcset`.
 */
const LAZY_SOURCE = /^data[A-Z][A-Za-z]*(?:Src|Original|Url)$|^dataSrc$/

/** See `LAZY_SOURCE`: the `srcset`s. */
const LAZY_SRCSET = /^data(?:[A-Z][A-Za-z]*)?Srcset$/

/** A URL-looking value: absolute, protocol-relative or rooted, or a file with an image's extension. */
const URL_LIKE = /^(?:https?:)?\/\/|^\/[^/]|\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i

/** A size written in a file name (`photo-824x412.jpg`): its width. */
const NAMED_SIZE = /[-_](\d{2,4})x\d{2,4}(?=[-_.])/

/** The lower bound of a `<source>`'s viewport (`(min-width: 641px)`): its picture is at least as wide. */
const MIN_WIDTH = /min-width:\s*(\d{2,4})px/

/** The media of a figure. */
export interface Media {
  media: NonNullable<LineHint['media']>
  src?: string
  alt?: string
  /** The image's `title`: on some sites its caption. */
  title?: string
  /** The caption the image carries in a data attribute (`data-caption`), for a lightbox or a gallery. */
  dataCaption?: string
  /** The credit the image carries in a data attribute (`data-credit`, `data-copyright`). */
  dataCredit?: string
  /** Declared or chosen width and height, in pixels. */
  width?: number
  height?: number
  /** The `href` of the link around it, inside the element searched. */
  link?: string
}

/**
 * The renditions an image offers: its lazy-load source, its `src`, its
 * `srcset`, and the `srcset`s of the `<source>`s of its `<picture>`.
 *
 * @param image
 *   The `<img>`.
 * @param sources
 *   The `<source>` elements beside it (optional).
 * @returns
 *   The renditions, placeholders left out.
 */
export function renditionsOf(image: Element, sources: Element[]): Rendition[] {
  const renditions: Rendition[] = []
  // The image's own source counts as wide as the image is declared: a
  // `srcset` entry wins only when it is wider (on a tie, the first wins).
  const declared = declaredSize(image).width
  for (const value of sourceValues(image, LAZY_SOURCE, 'src')) {
    const width = declared ?? namedWidth(value)
    renditions.push({url: value, size: width ?? 0, ...(width ? {width} : {})})
  }
  for (const element of [image, ...sources]) {
    // A `<source>` for wide screens holds a picture at least that wide.
    const floor = Number(MIN_WIDTH.exec(attribute(element, 'media') ?? '')?.[1] ?? 0)
    for (const value of sourceValues(element, LAZY_SRCSET, 'srcset')) {
      for (const rendition of readSrcset(value)) {
        // A density (`2x`) is a multiple of the declared width; no descriptor, the file name's size or the viewport's.
        if (rendition.width !== undefined) renditions.push(rendition)
        else if (rendition.size > 0) renditions.push({...rendition, size: rendition.size * (declared ?? 1)})
        else renditions.push({...rendition, size: Math.max(namedWidth(rendition.url) ?? 0, floor)})
      }
    }
  }
  return renditions
}

/**
 * The values of an element's source attributes: its lazy-load ones, then
 * the plain one; inline `data:` placeholders and values that are no URL
 * left out.
 *
 * @param element
 *   An `<img>` or `<source>`.
 * @param lazy
 *   Which `data-*` properties are lazy sources.
 * @param plain
 *   The plain attribute (`src`, `srcset`).
 * @returns
 *   The values, lazy ones first.
 */
function sourceValues(element: Element, lazy: RegExp, plain: string): string[] {
  const values: string[] = []
  // Keys only, tested by their start before the pattern: this runs on every image, and few properties are `data-*` ones.
  for (const key of Object.keys(element.properties)) {
    if (!key.startsWith('data') || !lazy.test(key)) continue
    const value = element.properties[key]
    if (typeof value !== 'string') continue
    const trimmed = value.trim()
    if (trimmed && !trimmed.startsWith('data:') && URL_LIKE.test(trimmed)) values.push(trimmed)
  }
  const value = attribute(element, plain)?.trim()
  if (value && !value.startsWith('data:')) values.push(value)
  return values
}

/**
 * The width a file name says (`photo-824x412.jpg` → 824).
 *
 * @param url
 *   A URL.
 * @returns
 *   The width, if the name has one.
 */
function namedWidth(url: string): number | undefined {
  const match = NAMED_SIZE.exec(url.slice(url.lastIndexOf('/') + 1))
  return match ? Number(match[1]) : undefined
}

/** Data attributes in which pages keep an image's caption for a lightbox or a gallery. */
const CAPTION_ATTRIBUTES = ['data-caption', 'data-image-caption', 'data-mediaviewer-caption']

/** Data attributes in which pages keep an image's credit. */
const CREDIT_ATTRIBUTES = ['data-credit', 'data-credits', 'data-mediaviewer-credit', 'data-copyright']

/**
 * The text of the first of some attributes an element has, markup and
 * whitespace folded away (a caption attribute may hold HTML).
 *
 * @param element
 *   The element.
 * @param names
 *   Attribute names, in order of preference.
 * @returns
 *   The text, if any.
 */
function firstAttribute(element: Element, names: string[]): string | undefined {
  for (const name of names) {
    const text = cleanLine((attribute(element, name) ?? '').replace(/<[^<>]*>/g, ' '))
    if (text) return text
  }
  return undefined
}

/**
 * The image an `<img>` shows, at its largest rendition.
 *
 * @param image
 *   The `<img>`.
 * @param sources
 *   The `<source>` elements of its `<picture>`.
 * @param base
 *   The page's address.
 * @returns
 *   The media, or `undefined` when the image is junk.
 */
function readImage(image: Element, sources: Element[], base: string | undefined): Media | undefined {
  // Inline `data:` sources are left out: they are placeholders while the real image loads. So is a placeholder's
  // file beside a lazy source (`src="placeholder_1000x750.jpg" data-src="photo.jpg"`), however large its name says it is.
  const renditions = renditionsOf(image, sources)
  const real = renditions.filter((rendition) => !isPlaceholderUrl(rendition.url))
  const chosen = largestRendition(real.length > 0 ? real : renditions)
  const src = safeUrl(chosen?.url, base)
  if (isJunkImage(image, src)) return undefined
  const alt = cleanLine(attribute(image, 'alt') ?? '')
  const title = cleanLine(attribute(image, 'title') ?? '')
  const media: Media = {media: 'image'}
  if (src) media.src = src
  if (alt && !hasJunkWord(alt)) media.alt = alt
  if (title) media.title = title
  const dataCaption = firstAttribute(image, CAPTION_ATTRIBUTES)
  const dataCredit = firstAttribute(image, CREDIT_ATTRIBUTES)
  if (dataCaption) media.dataCaption = dataCaption
  if (dataCredit) media.dataCredit = dataCredit
  const declared = declaredSize(image)
  const width = chosen?.width ?? declared.width
  const height = declared.height
  if (width) media.width = width
  // The declared height belongs to the declared width: scaled when a larger rendition was chosen.
  const declaredWidth = declared.width
  if (height && width) media.height = declaredWidth && declaredWidth !== width ? Math.round((height * width) / declaredWidth) : height
  return media
}

/**
 * A video, audio or frame element as media.
 *
 * @param node
 *   The element.
 * @param base
 *   The page's address.
 * @returns
 *   The media, if it has a source (a frame without one is nothing).
 */
function readPlayer(node: Element, base: string | undefined): Media | undefined {
  if (node.tagName === 'iframe') {
    const src = safeUrl(attribute(node, 'src') ?? attribute(node, 'data-src'), base)
    if (!src) return undefined
    return {media: /youtube|youtu\.be|vimeo|dailymotion|brightcove|jwplayer|player/i.test(src) ? 'video' : 'embed', src}
  }
  const source = attribute(node, 'src') ?? node.children.filter((child) => isElement(child, 'source')).map((child) => attribute(child as Element, 'src'))[0]
  const src = safeUrl(source, base)
  return {media: node.tagName as 'video' | 'audio', ...(src ? {src} : {})}
}

/**
 * The media element inside a figure (or the element itself), in document
 * order: the first photo, video, audio or frame. An image without a usable
 * source (a lazy placeholder) gives way to a later one that has one (the
 * `<noscript>` copy), keeping its alt text.
 *
 * @param element
 *   The figure, picture, image, video, audio or iframe.
 * @param base
 *   The page's address.
 * @returns
 *   The media, if any.
 */
export function findMedia(element: Element, base: string | undefined): Media | undefined {
  let sourceless: Media | undefined
  // Depth first, children pushed in reverse: document order without a queue.
  // Each entry carries the `<source>`s of the `<picture>` it is in, and the link around it.
  const stack: Array<[Element, Element[], string | undefined]> = [[element, [], undefined]]
  while (stack.length > 0) {
    const [node, sources, link] = stack.pop()!
    let found: Media | undefined
    if (node.tagName === 'img') found = readImage(node, sources, base)
    else if (node.tagName === 'video' || node.tagName === 'audio' || node.tagName === 'iframe') found = readPlayer(node, base)
    else {
      const inside = node.tagName === 'picture' ? node.children.filter((child): child is Element => isElement(child, 'source')) : sources
      const around = node.tagName === 'a' ? (attribute(node, 'href') ?? link) : link
      for (let index = node.children.length - 1; index >= 0; index--) {
        const child = node.children[index]
        if (isElement(child)) stack.push([child, inside, around])
      }
    }
    if (!found) continue
    if (link) found.link = link
    if (found.src || found.media !== 'image') return sourceless && found.media === 'image' ? {...found, ...(sourceless.alt ? {alt: sourceless.alt} : {})} : found
    sourceless ??= found
  }
  return sourceless
}

/** File extensions of images: a link to one opens the picture, not another page. */
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)$/i

/**
 * Whether a link around an image leads to another page (a teaser's story,
 * a gallery elsewhere), not to the picture itself (a lightbox, a zoom):
 * not a fragment, not an image file, not the same picture.
 *
 * @param href
 *   The link's `href`.
 * @param media
 *   The image.
 * @param base
 *   The page's address.
 * @returns
 *   Whether it does.
 */
export function linksAway(href: string, media: Media, base: string | undefined): boolean {
  if (href.trim().startsWith('#')) return false
  const url = safeUrl(href, base)
  if (!url) return false
  let path: string
  try {
    path = new URL(url, 'https://invalid.invalid/').pathname
  } catch {
    return false
  }
  if (IMAGE_FILE.test(path) || (base && withoutQuery(url) === withoutQuery(base))) return false
  return !(media.src && sameImage(imageKeys(url), imageKeys(media.src)))
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
