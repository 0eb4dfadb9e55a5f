/**
 * Figures that are not `<figure>`s: a container that holds one image and
 * its caption (`<div class="article__picture"><img><p>caption <span>credit
 * </span></p></div>`), and a caption that follows an image as the next
 * element (`<div class="img"><img></div><p class="caption">…</p>`, or a
 * line that repeats the image's alt text).
 *
 * Both are judged by a bounded look at the element: a figure is small, so a
 * container that is not is given up on after `SURVEY_BUDGET` elements,
 * which keeps the walk over the page linear.
 *
 * @module
 */
import type {Element} from 'hast'
import type {Line} from '../tree.js'
import type {FigureCaption} from '../util/credits.js'
import {fold} from '../util/text.js'
import {FIGURE_WORDS, STANDFIRST_WORDS} from './class-words.js'
import {isCaptionClassed, isCreditClassed, readCaptionElement, readFigureCaption} from './figure-caption.js'
import {findElement, hintWords} from './hast.js'
import {findMedia, type Media} from './media.js'

/**
 * The most text a figure's container holds: a caption of 70 words and a
 * credit (about 7 characters a word, in the corpora's languages).
 */
const FIGURE_MAX_TEXT = 700

/** Elements looked at before a container is judged too big to be a figure (a `<picture>` with 25 `<source>`s fits). */
const SURVEY_BUDGET = 80

/** A container holding these is more than a figure: an article, a teaser with its headline, a list, an author's box (`<address>`). */
const STRUCTURE_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'blockquote', 'figure', 'form', 'article', 'section', 'main', 'address'])

/** Text outside the caption and credit elements of a figure-like container: a counter ("1/12"), a "Zoom" label. */
const LOOSE_TEXT_MAX = 40

/** Headings, which a figure's caption may hold. */
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/** Share of link text above which a container is a teaser (image and headline link), not a figure. */
const MAX_LINK_SHARE = 0.5

/** What a bounded look at a container found. */
interface Survey {
  /** Images, players and frames. */
  media: number
  /** Characters of text, and of link text. */
  text: number
  links: number
  /** Whether a descendant is caption- or credit-classed. */
  captioned: boolean
  /** Characters of text outside caption- and credit-classed elements. */
  loose: number
}

/**
 * Look at a container, within a budget of elements.
 *
 * @param element
 *   The container.
 * @param headingsInCaption
 *   Whether a heading inside a `<figcaption>` is allowed (a `<figure>`
 *   whose caption sets the headline over its photo) (default: `false`:
 *   beside an image, a heading starts the story).
 * @returns
 *   What it holds, or `undefined` when it is too big or holds structure.
 */
function survey(element: Element, headingsInCaption = false): Survey | undefined {
  const found: Survey = {media: 0, text: 0, links: 0, captioned: false, loose: 0}
  let budget = SURVEY_BUDGET
  // Each entry: an element, whether inside a link, a `<figcaption>`, a caption- or credit-classed element.
  const stack: Array<[Element, boolean, boolean, boolean]> = [[element, element.tagName === 'a', element.tagName === 'figcaption', false]]
  while (stack.length > 0) {
    const [node, inLink, inCaption, inClassed] = stack.pop()!
    for (const child of node.children) {
      if (child.type === 'text') {
        const length = child.value.trim().length
        found.text += length
        if (inLink) found.links += length
        if (!inClassed) found.loose += length
        continue
      }
      if (child.type !== 'element') continue
      // A headline set in a figure's caption (a lead photo under the title) is the caption's, not structure.
      if (--budget < 0 || (STRUCTURE_TAGS.has(child.tagName) && !(headingsInCaption && inCaption && HEADING_TAGS.has(child.tagName)))) return undefined
      // A `<noscript>` copy of a lazy image is the same picture.
      if ((child.tagName === 'img' && !child.data?.noscript) || child.tagName === 'video' || child.tagName === 'iframe' || child.tagName === 'audio') found.media++
      const classed = isCaptionClassed(child) || isCreditClassed(child)
      if (classed) found.captioned = true
      stack.push([child, inLink || child.tagName === 'a', inCaption || child.tagName === 'figcaption', inClassed || classed])
    }
    if (found.text > FIGURE_MAX_TEXT) return undefined
  }
  return found
}

/**
 * What a `<figure>` holds: one picture (or none) and a caption's worth of
 * text, or more (a gallery of pictures, a quotation, a table, a whole
 * story), which is read as a container.
 *
 * @param figure
 *   The `<figure>`.
 * @returns
 *   `figure` when it is one picture's figure, else `container`.
 */
export function figureKind(figure: Element): 'figure' | 'container' {
  const found = survey(figure, true)
  return found && found.media <= 1 ? 'figure' : 'container'
}

/**
 * Whether a figure has a caption element (`<figcaption>`, a caption class).
 *
 * @param figure
 *   The figure.
 * @returns
 *   Whether it does.
 */
export function hasCaption(figure: Element): boolean {
  return findElement(figure, (element) => element.tagName === 'figcaption' || isCaptionClassed(element)) !== undefined
}

/**
 * Read a container as a figure, when it is one: it holds one image and a
 * caption's worth of text (not mostly links), and says it is a figure by a
 * caption or credit class inside or a figure class of its own
 * (`article__picture`, `media-block`).
 *
 * @param element
 *   A block container that is not a `<figure>`.
 * @param base
 *   The page's address.
 * @returns
 *   Its media and caption, or `undefined`.
 */
export function readFigureLike(element: Element, base: string | undefined): {media: Media; parts: FigureCaption} | undefined {
  if (element.tagName === 'figure' || element.tagName === 'picture' || element.tagName === 'img') return undefined
  const found = survey(element)
  // A container of a bare image is read as usual (its caption may follow it).
  if (!found || found.media !== 1 || found.text === 0 || found.links > found.text * MAX_LINK_SHARE) return undefined
  // Named a figure, or holding caption or credit elements and little else: an intro beside a photo is not its caption.
  const named = hintWords(element).some((word) => FIGURE_WORDS.has(word))
  if (!named && !(found.captioned && found.loose <= LOOSE_TEXT_MAX)) return undefined
  const media = findMedia(element, base)
  if (!media || media.media !== 'image') return undefined
  return {media, parts: readFigureCaption(element, media)}
}

/**
 * Read the element after an uncaptioned image as its caption, when it is
 * one: caption-classed (not a standfirst), or a short text that repeats the
 * image's alt text, or a credit on its own.
 *
 * @param element
 *   The element after the image.
 * @param media
 *   The image.
 * @returns
 *   The caption and credit, or `undefined` when the element is no caption.
 */
export function readCaptionBeside(element: Element, media: Media): FigureCaption | undefined {
  const found = survey(element)
  if (!found || found.media > 0 || found.text === 0 || found.links > found.text * MAX_LINK_SHARE) return undefined
  const words = hintWords(element)
  const classed = element.tagName === 'figcaption' || (isCaptionClassed(element) && !words.some((word) => STANDFIRST_WORDS.has(word) && !word.includes('caption')))
  const parts = readCaptionElement(element)
  const alt = media.alt ? fold(media.alt) : undefined
  // A caption of punctuation alone ("|", "---") folds to nothing, which every alt text starts with.
  const folded = fold(parts.caption)
  const repeatsAlt = alt !== undefined && folded !== '' && alt.startsWith(folded)
  const lone = !parts.caption && parts.credit !== undefined
  if (!classed && !(found.captioned && !words.some((word) => STANDFIRST_WORDS.has(word))) && !repeatsAlt && !lone) return undefined
  return parts
}

/**
 * Take the element after an uncaptioned image as its caption, when it is
 * one (`readCaptionBeside`).
 *
 * @param element
 *   The element after the image.
 * @param figure
 *   The image's line and media, changed in place when the element is taken.
 * @returns
 *   Whether the element was taken.
 */
export function captionBeside(element: Element, figure: {line: Line; media: Media}): boolean {
  const parts = readCaptionBeside(element, figure.media)
  if (!parts) return false
  const data = figure.line.data!
  figure.line.value = parts.caption
  data.caption = parts.caption
  if (parts.credit) data.credit = parts.credit
  data.hint = {...data.hint, figcaption: true}
  return true
}
