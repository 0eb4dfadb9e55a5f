/**
 * The images the page declares (JSON-LD, `og:image`, `twitter:image`) as
 * evidence for the lead image: resolved against the page's address, logos
 * and stock fallbacks left out, and each given the caption and credit of
 * its figure when that picture is shown anywhere in the page (above the
 * headline, outside the main content: the lead photo often is).
 *
 * @module
 */
import type {Element, Root as HastRoot} from 'hast'
import type {Image} from '../schema/article.js'
import {imageKeys, imageMatch} from '../util/image-keys.js'
import type {FigureCaption} from '../util/credits.js'
import {decodeLeftReferences, wordCount} from '../util/text.js'
import type {DeclaredImage} from './metadata/images.js'
import type {Sourced} from './metadata/meta-index.js'
import {readCaptionText, readFigureCaption} from './figure-caption.js'
import {readCaptionBeside, readFigureLike} from './figure-like.js'
import {isElement} from './hast.js'
import {hasJunkWord} from './junk-images.js'
import {findMedia, renditionsOf, type Media} from './media.js'
import {safeUrl} from './urls.js'

/** Words that open the file name of a site's stock picture for sharing ("default-og.png", "fallback.jpg"). */
const STOCK_FIRST_WORDS = new Set(['default', 'fallback', 'generic', 'placeholder', 'dummy'])

/** Words that, beside "default" or "fallback" anywhere in the file name, make it a stock card ("og-default", "share_image_default"). */
const STOCK_PAIRED_WORDS = new Set(['og', 'share', 'social', 'sharing', 'card', 'logo', 'thumbnail', 'cover', 'teaser'])

/** Words that, beside "share", make a file name a platform's sharing card ("fb_landscape_share.png", "og-share"). */
const PLATFORM_WORDS = new Set(['og', 'ogp', 'fb', 'facebook', 'twitter', 'social'])

/** How many ancestors of a matching image are looked at for its figure. */
const FIGURE_DEPTH = 4

/** A declared image, resolved, with its source. */
export type DeclaredCandidate = Image & {source: string}

/**
 * The declared images as candidates: resolved, stock pictures left out, and
 * given their figure's caption and credit when the page shows them.
 *
 * @param declared
 *   The images read from the metadata, most trusted first.
 * @param tree
 *   The page (pruned, not yet read).
 * @param base
 *   The page's address.
 * @returns
 *   The candidates, most trusted first.
 */
export function resolveDeclaredImages(declared: Array<Sourced<DeclaredImage>>, tree: HastRoot, base: string | undefined): DeclaredCandidate[] {
  const candidates: DeclaredCandidate[] = []
  for (const {value, source} of declared) {
    const src = safeUrl(value.src, base)
    if (!src || isStockImage(src)) continue
    const candidate: DeclaredCandidate = {src, source}
    for (const key of ['alt', 'credit', 'width', 'height'] as const) if (value[key] !== undefined) Object.assign(candidate, {[key]: value[key]})
    // A JSON-LD caption is read as a page's: "Picture: iStock" is a credit.
    if (value.caption) {
      const parts = readCaptionText(decodeLeftReferences(value.caption))
      if (parts.caption) candidate.caption = parts.caption
      if (parts.credit && !candidate.credit) candidate.credit = parts.credit
    }
    candidates.push(candidate)
  }
  if (candidates.length > 0) captionFromPage(candidates, tree, base)
  return candidates.filter((candidate) => candidate.src)
}

/**
 * Whether a declared image is a stock picture of the site: a logo, an
 * icon, a default sharing card, an SVG.
 *
 * @param src
 *   Its URL.
 * @returns
 *   Whether it is.
 */
function isStockImage(src: string): boolean {
  const end = src.search(/[?#]/)
  const path = end === -1 ? src : src.slice(0, end)
  if (hasJunkWord(path, true) || /\.svg$/i.test(path)) return true
  // "…_aspect-ratio_default_0.jpg" is a rendition's name, not a stock card: the word alone is not enough.
  const words = path.slice(path.lastIndexOf('/') + 1).toLowerCase().split(/[^a-z\d]+/).filter(Boolean)
  const defaulted = words.includes('default') || words.includes('fallback')
  const shared = words.includes('share') || words.includes('sharing')
  return STOCK_FIRST_WORDS.has(words[0] ?? '') || (defaulted && words.some((word) => STOCK_PAIRED_WORDS.has(word))) || (shared && words.some((word) => PLATFORM_WORDS.has(word)))
}

/**
 * Find each candidate's picture in the page, in one walk, and take its
 * figure's caption and credit (the figure's, when it has them, over the
 * JSON-LD's).
 *
 * @param candidates
 *   The candidates, changed in place.
 * @param tree
 *   The page.
 * @param base
 *   The page's address.
 */
function captionFromPage(candidates: DeclaredCandidate[], tree: HastRoot, base: string | undefined): void {
  const wanted = candidates.map((candidate) => imageKeys(candidate.src))
  const done = new Set<number>()
  // Candidates the page shows only as a logo, an icon or an avatar: the site's picture, not the article's.
  const junk = new Set<number>()
  // Depth first with the ancestors of each element, to find an image's figure.
  const visit = (node: HastRoot | Element, ancestors: Element[]): void => {
    for (const child of node.children) {
      if (done.size === candidates.length) return
      if (!isElement(child)) continue
      if (child.tagName === 'img') {
        const keys = renditionKeys(child, node, base)
        wanted.forEach((want, index) => {
          if (done.has(index) || !matches(want, keys)) return
          // A junk rendition (a thumbnail of the same picture) is passed over for a later, real one.
          if (takeFigureCaption(candidates[index]!, [...ancestors, child], base)) {
            done.add(index)
            junk.delete(index)
          } else junk.add(index)
        })
        continue
      }
      ancestors.push(child)
      visit(child, ancestors)
      ancestors.pop()
    }
  }
  visit(tree, [])
  for (const index of junk) candidates[index]!.src = ''
}

/**
 * Whether a declared picture's keys meet any of an image's renditions.
 *
 * @param want
 *   The declared image's keys.
 * @param keys
 *   The keys of each rendition of an image in the page.
 * @returns
 *   Whether one is the same picture.
 */
function matches(want: Set<string>, keys: Array<Set<string>>): boolean {
  return keys.some((each) => imageMatch(want, each) > 0)
}

/**
 * The keys of every rendition of an `<img>` (its sources, its `srcset`, and
 * those of the `<picture>` it is in).
 *
 * @param image
 *   The `<img>`.
 * @param parent
 *   Its parent (a `<picture>`'s `<source>`s count).
 * @param base
 *   The page's address.
 * @returns
 *   The keys, one set per rendition.
 */
function renditionKeys(image: Element, parent: HastRoot | Element, base: string | undefined): Array<Set<string>> {
  const sources = parent.type === 'element' && parent.tagName === 'picture' ? parent.children.filter((child): child is Element => isElement(child, 'source')) : []
  const keys: Array<Set<string>> = []
  for (const rendition of renditionsOf(image, sources)) {
    const resolved = safeUrl(rendition.url, base)
    if (resolved) keys.push(imageKeys(resolved))
  }
  return keys
}

/** A caption after a picture outside any figure has at least this many words (or a credit). */
const CAPTION_AFTER_MIN_WORDS = 2

/**
 * The caption that stands right after a picture outside any figure: the
 * next element after its `<picture>` (or after the `<img>` itself), when it
 * reads as a caption (`readCaptionBeside`), as the body's figures are read.
 *
 * @param path
 *   The image's ancestors, the image last.
 * @param shown
 *   The image.
 * @returns
 *   The caption and credit, if any.
 */
function captionAfter(path: Element[], shown: Media): FigureCaption | undefined {
  const inPicture = path.at(-2)?.tagName === 'picture'
  const picture = inPicture ? path.at(-2)! : path.at(-1)!
  const container = path.at(inPicture ? -3 : -2)
  if (!container) return undefined
  const siblings = container.children
  for (let index = siblings.indexOf(picture) + 1; index < siblings.length; index++) {
    const next = siblings[index]!
    // Whitespace between them is passed over; anything else ends the search.
    if (next.type === 'text' && next.value.trim() === '') continue
    const parts = isElement(next) ? readCaptionBeside(next, shown) : undefined
    // A single word after a picture in a page's header, the alt text's first ("Pétition" over "Pétition : Non à …"), is a section's label.
    return parts && (parts.credit || wordCount(parts.caption) >= CAPTION_AFTER_MIN_WORDS) ? parts : undefined
  }
  return undefined
}

/**
 * Give a candidate the caption and credit of the figure its picture is in
 * (the nearest `<figure>` above it, else the nearest container that reads
 * as one), and the page's largest rendition of it.
 *
 * @param candidate
 *   The candidate, changed in place.
 * @param path
 *   The image's ancestors, the image last.
 * @param base
 *   The page's address.
 * @returns
 *   Whether the image is a photo (`false` for a logo, an icon, an avatar:
 *   then the candidate is left as it was).
 */
function takeFigureCaption(candidate: DeclaredCandidate, path: Element[], base: string | undefined): boolean {
  const image = path.at(-1)!
  const parent = path.at(-2)
  const shown = findMedia(parent?.tagName === 'picture' ? parent : image, base)
  if (!shown) return false
  const near = path.slice(-1 - FIGURE_DEPTH, -1).reverse()
  const figure = near.find((element) => element.tagName === 'figure')
  let parts: {caption: string; credit?: string | undefined} | undefined
  if (figure) parts = readFigureCaption(figure, findMedia(figure, base))
  else {
    for (const element of near) {
      const read = readFigureLike(element, base)
      if (read) {
        parts = read.parts
        break
      }
    }
  }
  // No figure: a caption may stand right after the picture, as its sibling (`<picture>…</picture><figcaption>`).
  parts ??= captionAfter(path, shown) ?? readFigureCaption(image, shown)
  if (parts.caption) candidate.caption = parts.caption
  if (parts.credit) candidate.credit = parts.credit
  // The page's largest rendition of the picture, over the declared one (a sharing crop, a proxy's URL).
  if (shown.src) {
    candidate.src = shown.src
    if (shown.width) candidate.width = shown.width
    else delete candidate.width
    if (shown.height) candidate.height = shown.height
    else delete candidate.height
  }
  if (shown.alt && !candidate.alt) candidate.alt = shown.alt
  return true
}
