/**
 * The images a page declares for itself: the `image` of its main JSON-LD
 * node (a URL, an `ImageObject` with its caption and credit, or a list of
 * crops), `og:image` and `twitter:image`, in that order of trust. They are
 * candidates for the lead image; `extractLeadImage` decides.
 *
 * @module
 */
import {imageKeys, imageMatch} from '../../util/image-keys.js'
import {field, isNode, stringOf, type JsonLdNode} from '../json-ld.js'
import {isJunkImage} from '../junk-images.js'
import {renditionsOf} from '../media.js'
import {safeUrl} from '../urls.js'
import type {MetaIndex, Sourced} from './meta-index.js'
import type {PlacedImage} from './sources.js'

/** An image the page declares, as read (URLs not yet resolved). */
export interface DeclaredImage {
  src: string
  alt?: string
  caption?: string
  credit?: string
  width?: number
  height?: number
}

/** JSON-LD lists of crops are read up to this many entries. */
const MAX_LISTED = 20

/**
 * A positive whole number from a JSON-LD or meta value (`1200`, `"1200"`, `"1200px"`).
 *
 * @param value
 *   Any value.
 * @returns
 *   The number, if any.
 */
function size(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10)
  return Number.isInteger(number) && number > 0 ? number : undefined
}

/**
 * One JSON-LD image value: a URL, or an `ImageObject` with `url` or
 * `contentUrl`, its size, caption and credit.
 *
 * @param value
 *   The value.
 * @param byId
 *   The page's JSON-LD nodes by `@id`.
 * @returns
 *   The image, if it has a URL.
 */
function readImageValue(value: unknown, byId: Map<string, JsonLdNode>): DeclaredImage | undefined {
  if (typeof value === 'string') return value.trim() ? {src: value.trim()} : undefined
  if (!isNode(value)) return undefined
  // A reference (`{"@id": "…#primaryimage"}`) to an ImageObject elsewhere in the graph.
  const id = stringOf(field(value, '@id'))
  const node = field(value, 'url') === undefined && field(value, 'contentUrl') === undefined && id ? byId.get(id) : value
  if (!node) return undefined
  const src = stringOf(field(node, 'url')) ?? stringOf(field(node, 'contentUrl'))
  if (!src || !/^(?:https?:)?\/\/|^\//i.test(src)) return undefined
  const image: DeclaredImage = {src}
  const width = size(field(node, 'width'))
  const height = size(field(node, 'height'))
  if (width) image.width = width
  if (height) image.height = height
  const caption = stringOf(field(node, 'caption'))
  if (caption) image.caption = caption
  const credit = stringOf(field(node, 'creditText')) ?? stringOf(field(node, 'copyrightHolder')) ?? stringOf(field(node, 'author'))
  if (credit) image.credit = credit
  return image
}

/**
 * The main JSON-LD node's image: the widest of a list of crops (the first
 * when none says its width).
 *
 * @param main
 *   The page's main JSON-LD node (optional).
 * @param nodes
 *   All its JSON-LD nodes, where references point.
 * @returns
 *   The image, if any.
 */
function readJsonLdImage(main: JsonLdNode | undefined, nodes: JsonLdNode[]): DeclaredImage | undefined {
  if (!main) return undefined
  const value = field(main, 'image') ?? field(main, 'thumbnailUrl')
  const byId = new Map<string, JsonLdNode>()
  for (const node of nodes) {
    const id = stringOf(field(node, '@id'))
    if (id && !byId.has(id)) byId.set(id, node)
  }
  const list = (Array.isArray(value) ? value.slice(0, MAX_LISTED) : [value]).map((each) => readImageValue(each, byId)).filter((image) => image !== undefined)
  let best: DeclaredImage | undefined
  for (const image of list) if (!best || (image.width ?? 0) > (best.width ?? 0)) best = image
  return best
}

/**
 * An image from `<meta>` tags: its URL under the first key that has one,
 * its size and alt text under the given keys.
 *
 * @param meta
 *   The page's meta index.
 * @param urls
 *   Keys of the URL, in order.
 * @param prefix
 *   The prefix of its size and alt keys (`og:image`, `twitter:image`).
 * @returns
 *   The image and the key it came from, if any.
 */
function readMetaImage(meta: MetaIndex, urls: string[], prefix: string): Sourced<DeclaredImage> | undefined {
  const key = urls.find((name) => meta.get(name)?.trim())
  if (!key) return undefined
  const image: DeclaredImage = {src: meta.get(key)!.trim()}
  const width = size(meta.get(`${prefix}:width`))
  const height = size(meta.get(`${prefix}:height`))
  const alt = meta.get(`${prefix}:alt`)?.trim()
  if (width) image.width = width
  if (height) image.height = height
  if (alt) image.alt = alt
  return {value: image, source: `meta[${key}]`}
}

/**
 * The images the page declares, most trusted first.
 *
 * @param meta
 *   The page's meta index.
 * @param main
 *   The page's main JSON-LD node (optional).
 * @param nodes
 *   All its JSON-LD nodes (an image may be a reference to one).
 * @returns
 *   The images, each with where it was read.
 */
export function readDeclaredImages(meta: MetaIndex, main: JsonLdNode | undefined, nodes: JsonLdNode[]): Array<Sourced<DeclaredImage>> {
  const found: Array<Sourced<DeclaredImage>> = []
  const jsonLd = readJsonLdImage(main, nodes)
  if (jsonLd) found.push({value: jsonLd, source: 'json-ld image'})
  const og = readMetaImage(meta, ['og:image', 'og:image:url', 'og:image:secure_url'], 'og:image')
  if (og) found.push(og)
  const twitter = readMetaImage(meta, ['twitter:image', 'twitter:image:src'], 'twitter:image')
  if (twitter) found.push(twitter)
  return found
}

/**
 * The declared images without those the page shows only as its logo, an
 * icon or an avatar (in its header, often): the site's picture, declared
 * for sharing, not the article's. Read on the whole page, before anything
 * is pruned (its images are collected by `collectSources`).
 *
 * @param images
 *   The declared images.
 * @param placed
 *   The page's `<img>` elements, each with whether it stands in a logo.
 * @param base
 *   The page's address (optional).
 * @returns
 *   The images kept.
 */
export function withoutSiteImages(images: Array<Sourced<DeclaredImage>>, placed: PlacedImage[], base: string | undefined): Array<Sourced<DeclaredImage>> {
  if (images.length === 0) return images
  // Pages repeat an image's URLs (its `src` in its `srcset`, a logo in header and footer): each is read once.
  const keysByUrl = new Map<string, Set<string>>()
  const keysOf = (url: string): Set<string> => {
    let keys = keysByUrl.get(url)
    if (keys === undefined) {
      keys = imageKeys(safeUrl(url, base) ?? url)
      keysByUrl.set(url, keys)
    }
    return keys
  }
  const wanted = images.map((image) => keysOf(image.value.src))
  const junk = new Set<number>()
  const real = new Set<number>()
  for (const {image, inLogo} of placed) {
    // Once every declared image is shown as a real picture, the rest of the page can drop none.
    if (real.size === wanted.length) break
    for (const rendition of renditionsOf(image, [])) {
      const keys = keysOf(rendition.url)
      wanted.forEach((want, index) => {
        if (imageMatch(want, keys) > 0) (inLogo || isJunkImage(image, rendition.url) ? junk : real).add(index)
      })
    }
  }
  return images.filter((_, index) => !junk.has(index) || real.has(index))
}
