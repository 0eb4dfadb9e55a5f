/**
 * The small parts of a live-blog post in markup that are not its body: its
 * labels ("Key event", "Pinned", "Essentiel"), a title kept in a
 * title-classed element rather than a heading, and the age shown beside
 * its clock ("21 mins ago", "hace 5 minutos", "5 minuti fa"), which changes
 * by the minute and is never text. Read by `findLivePosts`.
 *
 * @module
 */
import type {Element} from 'hast'
import type {PostData} from '../tree.js'
import {fold} from '../util/text.js'
import {attribute, findAllElements, findElement, foldWhitespace, hintWords, textContent, mark} from './hast.js'
import {KEY_EVENT_WORDS, LABEL_WORDS, PINNED_WORDS} from './class-words.js'

/** A label is a word or three. */
const LABEL_MAX_WORDS = 3

/**
 * What a label's text says, whatever its class: the flags live blogs set in
 * the languages of the corpora. A label classed only `label` or `badge`
 * tells its meaning by its words.
 */
const PINNED_TEXTS = new Set(['pinned', 'pinned post', 'angeheftet', 'angepinnt', 'épinglé', 'fijado', 'fissato', 'in evidenza'])
const KEY_EVENT_TEXTS = new Set(['key event', 'key events', 'key update', 'important', 'wichtig', 'essentiel', 'clave', 'destacado', 'importante'])

/**
 * Read the labels on a post: a pinned or key-event label (by class or by
 * its words) sets that flag, any other becomes the post's label; none stays
 * as body text.
 *
 * @param post
 *   The post container.
 * @param data
 *   The post's data, changed in place.
 */
export function readLabels(post: Element, data: PostData): void {
  for (const element of findAllElements(post, (each) => hintWords(each).some((word) => LABEL_WORDS.has(word)))) {
    const text = foldWhitespace(textContent(element))
    if (!text || text.split(' ').length > LABEL_MAX_WORDS || element.data?.consumed) continue
    mark(element, {consumed: true})
    const words = new Set(hintWords(element))
    const folded = fold(text)
    if ([...words].some((word) => PINNED_WORDS.has(word)) || PINNED_TEXTS.has(folded)) data.pinned = true
    else if ([...words].some((word) => KEY_EVENT_WORDS.has(word)) || KEY_EVENT_TEXTS.has(folded)) data.keyEvent = true
    else data.label ??= text
  }
}

/** Class words of a post's title when it is not a heading (`div.post__title`, `span.entrada-titulo`). */
const TITLE_WORDS = new Set(['title', 'headline', 'titre', 'titulo', 'titular', 'titolo', 'ueberschrift', 'schlagzeile'])

/** A title is a line: at most this many words. */
const TITLE_MAX_WORDS = 30

/**
 * A post's title kept in a title-classed element (no heading): short, not
 * a link (a teaser's), and not the element that holds the post's text.
 *
 * @param post
 *   The post container.
 * @returns
 *   The element, if any.
 */
export function findClassedTitle(post: Element): Element | undefined {
  return findElement(post, (element) => {
    if (element === post || !hintWords(element).some((word) => TITLE_WORDS.has(word))) return false
    if (element.tagName === 'a' || findElement(element, (each) => each.tagName === 'a' || each.tagName === 'p') !== undefined) return false
    const words = foldWhitespace(textContent(element)).split(' ').length
    return words > 0 && words <= TITLE_MAX_WORDS && attribute(element, 'datetime') === undefined
  })
}

/**
 * An age alone ("21 mins ago", "vor 5 Minuten", "il y a 3 h", "hace 5
 * minutos", "5 minuti fa", "just now"). Each alternative starts with a
 * fixed word or a digit, and its parts are separated by one optional
 * space: linear.
 */
const AGE_ONLY = /^(?:\d+\s?(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\.?\s?ago|vor\s\d+\s?(?:sek|sekunden|min|minuten|std|stunden?|tag|tagen)\.?|il y a\s\d+\s?(?:s|sec|min|minutes?|h|heures?|jours?)|hace\s\d+\s?(?:s|seg|segundos?|min|minutos?|h|horas?|días?)|\d+\s?(?:secondi|secondo|min|minuti|minuto|ore|ora|giorni|giorno)\sfa|just now|gerade eben|à l'instant|ahora mismo|adesso)$/iu

/**
 * Whether a text is an age alone.
 *
 * @param text
 *   Folded text.
 * @returns
 *   Whether it is.
 */
export function isAge(text: string): boolean {
  return text.length <= 30 && AGE_ONLY.test(text)
}

/**
 * Mark the ages shown in a post as not text: an element whose whole text is
 * an age.
 *
 * @param post
 *   The post container.
 */
export function consumeAges(post: Element): void {
  for (const element of findAllElements(post, (each) => each.children.some((child) => child.type === 'text') && isAge(foldWhitespace(textContent(each))))) {
    mark(element, {consumed: true})
  }
}
