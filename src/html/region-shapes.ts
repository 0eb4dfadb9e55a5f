/**
 * Shapes of regions that a boilerplate word names, which decide whether they
 * go: a slideshow (its numbered slides are a widget), a form that holds a
 * product's or an article's prose (content), an overlay that is a photo's
 * lightbox (the article's photo).
 *
 * @module
 */
import type {Element} from 'hast'
import {boilerplateWord} from './boilerplate-words.js'
import {findElement, hintWords} from './hast.js'
import type {Measures} from './measure.js'

/** A region named as boilerplate that holds this much prose (text outside links) is content. */
export const PROSE_GUARD = 400

/** Class words of a gallery of photos, in the languages of the corpora. */
const GALLERY_WORDS = new Set(['gallery', 'galleries', 'slideshow', 'carousel', 'slider', 'diaporama', 'galerie', 'bildergalerie', 'fotogalerie', 'galeria', 'galleria', 'fotostrecke'])

/** A slide's counter: "3/50", "3 / 50", "3 of 50", "3 von 50", "3 sur 50", "3 de 50", "3 di 50". */
const SLIDE_COUNTER = /^\d{1,3}\s*(?:\/|of|von|sur|de|di|z)\s*\d{1,3}$/i

/** Counted slides that make a gallery a slideshow: a figure with two photos is no slideshow. */
const MIN_SLIDES = 3

/**
 * Whether an element is a slideshow: named a gallery, and its slides are
 * numbered ("1/50", "2/50", …). Its counters, arrows and the captions of
 * photos shown one at a time are a widget, not the article's text; the
 * article's own photos are `<figure>`s and are read as such.
 *
 * @param element
 *   The element.
 * @returns
 *   Whether it is.
 */
export function isSlideshow(element: Element): boolean {
  if (!hintWords(element).some((word) => GALLERY_WORDS.has(word))) return false
  let counters = 0
  const count = (node: Element): boolean => {
    for (const child of node.children) {
      if (child.type === 'text' && child.value.length <= 16 && SLIDE_COUNTER.test(child.value.trim()) && ++counters >= MIN_SLIDES) return true
      if (child.type === 'element' && count(child)) return true
    }
    return false
  }
  return count(element)
}

/** Paragraphs of prose that make a form the page's content: a shop's product form around its description. */
const FORM_MIN_PARAGRAPHS = 2

/** Characters that make a paragraph prose, not a form's label or notice line. */
const FORM_PARAGRAPH_MIN_TEXT = 80

/**
 * Whether a `<form>` holds prose: a shop wraps a product's description in
 * its order form, a content system the whole article. A search box, a
 * comment form or a sign-up holds labels and one notice, not paragraphs.
 *
 * @param element
 *   The form.
 * @param measures
 *   Text figures.
 * @returns
 *   Whether it is kept.
 */
export function isProseForm(element: Element, measures: Measures): boolean {
  const figures = measures.get(element)
  if (figures === undefined || figures.text - figures.links < PROSE_GUARD || figures.links >= figures.text * 0.3) return false
  let paragraphs = 0
  return (
    findElement(element, (child) => {
      if (child.tagName !== 'p') return false
      const text = measures.get(child)
      return text !== undefined && text.text - text.links >= FORM_PARAGRAPH_MIN_TEXT && ++paragraphs >= FORM_MIN_PARAGRAPHS
    }) !== undefined
  )
}

/** Class words of an overlay that may be a lightbox: the article's photo, shown large on a click. */
const OVERLAY_WORDS = new Set(['modal', 'popup'])

/**
 * Whether a region named as an overlay (`ui-modal`) is a photo's lightbox:
 * it holds a captioned figure, which is the article's.
 *
 * @param element
 *   The region.
 * @returns
 *   Whether it is.
 */
export function isLightbox(element: Element): boolean {
  const word = boilerplateWord(element)
  if (!word || !OVERLAY_WORDS.has(word)) return false
  return findElement(element, (child) => child.tagName === 'figcaption') !== undefined
}

