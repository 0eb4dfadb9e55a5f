/**
 * A figure's caption and credit, from its markup: the `<figcaption>` (or a
 * caption-classed element beside the image), the credit in its own element
 * (a credit class, a `<cite>`, a `<footer>`, a last short span after the
 * caption's text), or at the caption's end ("… Photo: Jane Doe", "…
 * (Jane Doe/AP)"), and the image's `title` when nothing else captions it.
 *
 * @module
 */
import type {Element, ElementContent} from 'hast'
import {CREDIT_SEPARATORS} from '../util/captions.js'
import {cleanCredit, CREDIT_MAX_WORDS, hasCreditLabel, looksLikeCredit, splitFigureCaption, trimEdges, type FigureCaption} from '../util/credits.js'
import {fold, wordCount} from '../util/text.js'
import {CAPTION_AUTHOR_WORDS, CAPTION_WORDS, CREDIT_WORDS} from './class-words.js'
import {hintWords, isElement, mark} from './hast.js'
import {INLINE_TAGS, linesOf} from './inline-text.js'
import type {Media} from './media.js'

/** A title attribute this short ("Foto", "Zoom") is not a caption. */
const TITLE_MIN_WORDS = 3

/**
 * Whether an element's class names a credit (`credit`, `image-credit`,
 * `copyright`, `photographer`).
 *
 * @param element
 *   The element.
 * @param inCaption
 *   Whether it is inside a caption element, where `author` and `byline`
 *   name the photographer (default: `false`).
 * @returns
 *   Whether it does.
 */
export function isCreditClassed(element: Element, inCaption = false): boolean {
  return hintWords(element).some((word) => CREDIT_WORDS.has(word) || word.includes('credit') || word.includes('copyright') || (inCaption && CAPTION_AUTHOR_WORDS.has(word)))
}

/**
 * Whether an element's class names a caption (`caption`, `figure__legend`,
 * `bu`, `media-block__description`).
 *
 * @param element
 *   The element.
 * @returns
 *   Whether it does.
 */
export function isCaptionClassed(element: Element): boolean {
  return hintWords(element).some((word) => CAPTION_WORDS.has(word) || word.includes('caption'))
}

/** The elements of a figure that carry its caption and credit. */
interface CaptionParts {
  /** `<figcaption>`s, else caption-classed elements, outermost only, in order. */
  captions: Element[]
  /** Credit elements outside any caption: a `<footer>`, a credit class. */
  credits: Element[]
}

/**
 * Find the caption and credit elements of a figure, in one walk.
 *
 * @param figure
 *   The figure (or the container that serves as one).
 * @returns
 *   The parts.
 */
function findParts(figure: Element): CaptionParts {
  const figcaptions: Element[] = []
  const classed: Element[] = []
  const credits: Element[] = []
  const visit = (node: Element) => {
    for (const child of node.children) {
      if (!isElement(child)) continue
      if (child.tagName === 'figcaption') figcaptions.push(child)
      // A credit-classed wrapper of the caption (`<div class="credit-caption"><span class="caption">…`) is looked into.
      else if ((child.tagName === 'footer' || isCreditClassed(child)) && !holdsCaption(child)) credits.push(child)
      else if (isCaptionClassed(child) && !holdsMedia(child)) classed.push(child)
      else visit(child)
    }
  }
  visit(figure)
  return {captions: figcaptions.length > 0 ? figcaptions : classed, credits}
}

/**
 * Whether an element holds a caption element (a `<figcaption>` or a
 * caption-classed element): then it wraps the caption, and is no credit.
 *
 * @param element
 *   The element.
 * @returns
 *   Whether it does.
 */
function holdsCaption(element: Element): boolean {
  return element.children.some((child) => isElement(child) && (child.tagName === 'figcaption' || isCaptionClassed(child) || holdsCaption(child)))
}

/**
 * Whether an element holds an image or player (then it is not a caption).
 *
 * @param element
 *   The element.
 * @returns
 *   Whether it does.
 */
function holdsMedia(element: Element): boolean {
  return element.children.some((child) => isElement(child) && (['img', 'picture', 'video', 'audio', 'iframe'].includes(child.tagName) || holdsMedia(child)))
}

/**
 * The text of an element, some of its descendants left out.
 *
 * @param element
 *   The element.
 * @param without
 *   Descendants whose text is not read.
 * @returns
 *   The text, one line.
 */
function textWithout(element: Element, without: Element[]): string {
  for (const part of without) mark(part, {consumed: true})
  const text = linesOf(element).lines.join(' ')
  for (const part of without) mark(part, {consumed: false})
  return text
}

/**
 * The text of elements, one line.
 *
 * @param elements
 *   The elements.
 * @returns
 *   Their text, joined.
 */
function textOf(elements: Element[]): string {
  return elements.map((element) => linesOf(element).lines.join(' ')).filter(Boolean).join(' / ')
}

/**
 * The caption and credit of a figure (or of a container that serves as one).
 *
 * @param figure
 *   The figure.
 * @param media
 *   Its media (for the image's `title` and alt text).
 * @param useTitle
 *   Whether the image's `title` may caption it (not a teaser's thumbnail,
 *   whose title is the linked story's) (default: `true`).
 * @returns
 *   Caption (may be empty) and credit.
 */
export function readFigureCaption(figure: Element, media: Media | undefined, useTitle = true): FigureCaption {
  const {captions, credits} = findParts(figure)
  let result: FigureCaption = {caption: ''}
  for (const [index, element] of captions.entries()) {
    const read = readCaptionElement(element)
    // A later caption element that only credits ("Image Credits: Strava") gives the credit.
    if (index > 0 && !read.caption && read.credit && !result.credit) result = {...result, credit: read.credit}
    else if (index === 0) result = read
  }
  // No caption element: the figure's own text is its caption (its credit elements split off).
  if (captions.length === 0) {
    // Its credit elements are read below, not as caption text.
    for (const credit of credits) mark(credit, {consumed: true})
    result = looseCaption(figure)
    for (const credit of credits) mark(credit, {consumed: false})
  }
  if (!result.credit && credits.length > 0) {
    const credit = cleanCredit(textOf(credits))
    if (credit) result = {...result, credit}
  }
  // The caption and credit a lightbox reads from the image's data attributes, when the markup shows none.
  if (!result.caption && useTitle && media?.dataCaption) {
    const read = readCaptionText(media.dataCaption)
    result = {caption: read.caption, ...(result.credit ?? read.credit ? {credit: result.credit ?? read.credit} : {})}
  }
  if (!result.credit && useTitle && media?.dataCredit) {
    const credit = cleanCredit(media.dataCredit)
    if (credit) result = {...result, credit}
  }
  if (!result.caption && useTitle && media?.title) {
    const fromTitle = readTitle(media)
    if (fromTitle) result = {caption: fromTitle.caption, ...(result.credit ?? fromTitle.credit ? {credit: result.credit ?? fromTitle.credit} : {})}
  }
  // A caption without a credit: the image's title may hold a labelled one ("Protest in Essen | Bildquelle: WDR / Biernat").
  if (result.caption && !result.credit && useTitle && media?.title) {
    const credit = titleCredit(media.title)
    if (credit) result = {...result, credit}
  }
  // A caption without a letter ("15.05.2023", "2" of a gallery counter) says nothing about the picture.
  if (result.caption && !/\p{L}/u.test(result.caption)) result = {caption: '', ...(result.credit ? {credit: result.credit} : {})}
  // A caption that is only a credit ("© Provided by …"), wherever it was read, is the credit.
  const lone = result.caption ? loneCredit(result.caption) : undefined
  if (lone) result = {caption: '', credit: result.credit ?? lone}
  return result
}

/** Loose text in a figure, outside any caption element, shorter than this is a label ("BBC", "Zoom"), not a caption. */
const LOOSE_CAPTION_MIN_WORDS = 3

/** How deep a figure's text is looked for below single wrappers. */
const HOLDER_DEPTH = 6

/**
 * A figure's text outside any caption element, as its caption: a few words
 * at least, or a credit.
 *
 * @param figure
 *   The figure or container.
 * @returns
 *   Caption and credit (both may be empty).
 */
export function looseCaption(figure: Element): FigureCaption {
  const parts = readCaptionElement(textHolder(figure))
  if (parts.credit || wordCount(parts.caption) >= LOOSE_CAPTION_MIN_WORDS) return parts
  return looksLikeCredit(parts.caption) ? {caption: '', credit: cleanCredit(parts.caption)} : {caption: ''}
}

/**
 * The element that holds all of a figure's text: below the figure, through
 * the one child with text, while that child holds no image.
 *
 * @param figure
 *   The figure.
 * @returns
 *   The innermost element holding its text.
 */
function textHolder(figure: Element): Element {
  let holder = figure
  for (let depth = 0; depth < HOLDER_DEPTH; depth++) {
    if (holder.children.some((child) => child.type === 'text' && child.value.trim())) break
    const withText = holder.children.filter((child): child is Element => isElement(child) && !child.data?.consumed && linesOf(child).lines.length > 0)
    if (withText.length !== 1 || holdsMedia(withText[0]!)) break
    holder = withText[0]!
  }
  return holder
}

/**
 * An image's `title` as its caption, when it is one: a few words that are
 * not the alt text repeated ("caption | credit" splits).
 *
 * @param media
 *   The image.
 * @returns
 *   Caption and credit, or `undefined`.
 */
function readTitle(media: Media): FigureCaption | undefined {
  const title = media.title!
  const lone = loneCredit(title)
  if (lone) return {caption: '', credit: lone}
  if (wordCount(title) < TITLE_MIN_WORDS || (media.alt && fold(media.alt) === fold(title))) return undefined
  return splitFigureCaption(title)
}

/**
 * The labelled credit among the parts of an image's `title` ("Protest in
 * Essen | Bildquelle: WDR / Biernat"): a part that is a credit label and a
 * short credit, nothing else.
 *
 * @param title
 *   The image's title.
 * @returns
 *   The credit, if a part is one.
 */
function titleCredit(title: string): string | undefined {
  for (const part of title.split(/\s[|·•]\s/).reverse()) {
    const credit = loneCredit(part)
    if (credit) return credit
  }
  return undefined
}

/**
 * The caption and credit inside one caption element.
 *
 * @param element
 *   The `<figcaption>` or caption-classed element.
 * @returns
 *   Caption (may be empty) and credit.
 */
export function readCaptionElement(element: Element): FigureCaption {
  const credits = creditElements(element)
  const caption = textWithout(element, credits)
  if (credits.length > 0) {
    const text = textOf(credits)
    // A credit element that holds the caption's sentences before the credit: each part to its field.
    const held = caption.trim() ? undefined : captionInCredit(text)
    if (held) return {caption: held.caption, ...(cleanCredit(held.credit) ? {credit: cleanCredit(held.credit)} : {})}
    const credit = cleanCredit(text)
    const lone = loneCredit(caption)
    if (lone && !credit) return {caption: '', credit: lone}
    return {caption: stripSeparator(caption), ...(credit ? {credit} : {})}
  }
  return readCaptionText(caption)
}

/**
 * A caption's text as caption and credit: a credit alone ("Picture:
 * iStock") is a credit, else the credit is split off its end.
 *
 * @param text
 *   The caption's text (a caption element's, JSON-LD's `caption`).
 * @returns
 *   Caption (may be empty) and credit.
 */
export function readCaptionText(text: string): FigureCaption {
  const lone = loneCredit(text)
  if (lone) return {caption: '', credit: lone}
  return splitFigureCaption(text)
}

/**
 * A caption's text that is only a credit: "Credits: Supplied Image;",
 * "Image Credits: Strava", "© Jane Doe".
 *
 * @param text
 *   The caption's text.
 * @returns
 *   The credit, if the text is nothing else.
 */
function loneCredit(text: string): string | undefined {
  // The labels of `hasCreditLabel`, not those of scraped text's lone credits: "Foto de familia…" is a caption.
  if (!hasCreditLabel(text)) return undefined
  // The text is a label ("Image Credits:", "©") and a short credit.
  const clean = cleanCredit(text)
  return clean && wordCount(clean) <= CREDIT_MAX_WORDS && !/[.!?]\s/.test(clean) ? clean : undefined
}

/**
 * A caption without a separator left at its end once its credit was taken
 * ("… in Palma /", "… gemacht,"; `CREDIT_SEPARATORS`).
 *
 * @param caption
 *   The caption.
 * @returns
 *   The caption.
 */
function stripSeparator(caption: string): string {
  return trimEdges(caption, CREDIT_SEPARATORS, false)
}

/**
 * The credit elements of a caption element: credit-classed descendants and
 * `<cite>`s, else its last short inline element when it reads as a credit.
 *
 * @param caption
 *   The caption element.
 * @returns
 *   The elements (none when the credit, if any, is in the text).
 */
function creditElements(caption: Element): Element[] {
  const found: Element[] = []
  const visit = (node: Element) => {
    for (const child of node.children) {
      if (!isElement(child)) continue
      if (child.tagName === 'cite' || isCreditClassed(child, true)) found.push(child)
      else visit(child)
    }
  }
  visit(caption)
  if (found.length > 0) return found
  const last = trailingElement(caption)
  return last ? [last] : []
}

/**
 * The last inline element of a caption, when it stands apart from the text
 * before it and reads as a credit: "…. <span>IMAGO/Nico Herbertz</span>",
 * "… <span>/ Lorenzo Marina</span>", "… <span>(Edu Luque)</span>", "…
 * <span>© Jane Doe</span>". A caption that only ends in emphasis ("The
 * painting <em>Guernica</em>") keeps it.
 *
 * @param caption
 *   The caption element.
 * @returns
 *   The element, if any.
 */
function trailingElement(caption: Element): Element | undefined {
  let container = caption
  // Descend through wrappers that hold the whole caption (`<span class="title">…</span>`).
  for (let depth = 0; depth < 4; depth++) {
    const meaningful = container.children.filter((child) => child.type !== 'text' || child.value.trim())
    const only = meaningful.length === 1 ? meaningful[0] : undefined
    if (!isElement(only) || only.tagName === 'br') break
    container = only
  }
  const meaningful = container.children.filter((child) => child.type !== 'text' || child.value.trim())
  const last = meaningful.at(-1)
  if (!isElement(last) || meaningful.length < 2 || !isInline(last)) return undefined
  const text = linesOf(last).lines.join(' ')
  const before = textWithout(container, [last])
  if (!text || !before || wordCount(text) > CREDIT_MAX_WORDS) return undefined
  // A separator or a label before it, or a name of two words or more in brackets ("(Edu Luque)", not "(Archivbild)").
  if (/^[/|©]/u.test(text) || /^\(\S+\s[^()]+\)$/u.test(text) || hasCreditLabel(text)) return last
  if (looksLikeCredit(text)) return last
  // A name in a plain span after a finished sentence: "… sammeln. <span>Jane Doe</span>" (emphasis names the subject).
  const plain = last.tagName === 'span' || last.tagName === 'small'
  return plain && /[.!?…]["»”]?$/u.test(before) && wordCount(text) <= 4 && !/[.!?]$/.test(text) && isNameLike(text) ? last : undefined
}

/**
 * Whether a short text reads as a name: each word capitalised.
 *
 * @param text
 *   The text.
 * @returns
 *   Whether it does.
 */
function isNameLike(text: string): boolean {
  return text.split(/\s+/).every((word) => /^[\p{Lu}\p{Lt}]/u.test(word))
}

/**
 * Whether a caption's child is inline (a span, not a paragraph or a list).
 *
 * @param node
 *   The child.
 * @returns
 *   Whether it is.
 */
function isInline(node: ElementContent): boolean {
  return isElement(node) && INLINE_TAGS.has(node.tagName)
}

/** A caption held in a credit element has at least this many words. */
const HELD_CAPTION_MIN_WORDS = 4

/** The credit after it has at most this many. */
const HELD_CREDIT_MAX_WORDS = 8

/** Marks that end a sentence. */
const SENTENCE_ENDS = '.!?…'

/**
 * A caption's sentences and the credit after them, in the text of one
 * credit element ("Le 14 mars … se révèle fausse. Jane Doe / AFP"): some
 * sites put both in the element they name the credit.
 *
 * @param text
 *   The credit element's text.
 * @returns
 *   The caption and the credit, if the text is both.
 */
function captionInCredit(text: string): {caption: string; credit: string} | undefined {
  const trimmed = text.trim()
  // The last sentence end followed by a space: the credit is what follows it, and holds none.
  let end = -1
  for (let index = trimmed.length - 2; index > 0; index--) {
    if (SENTENCE_ENDS.includes(trimmed[index]!) && /\s/.test(trimmed[index + 1]!)) {
      end = index
      break
    }
  }
  if (end === -1) return undefined
  const caption = trimmed.slice(0, end + 1)
  const credit = trimmed.slice(end + 1).trim()
  if (wordCount(caption) < HELD_CAPTION_MIN_WORDS || wordCount(credit) > HELD_CREDIT_MAX_WORDS) return undefined
  return {caption, credit}
}
