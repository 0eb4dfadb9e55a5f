/**
 * Drop the calls to action that stand as lines of their own in whole-page
 * text dumps: a newsletter box's heading ("The Morning Newsletter"), a
 * donation or subscription prompt ("We rely on your support…", "To read
 * the full story, please subscribe"), flattened from a sidebar or a box
 * between the paragraphs.
 *
 * `dropTrailingPromos` searches only the last blocks, because in HTML the
 * markup has chosen the article and what remains of such prompts closes it.
 * A dump keeps the whole page, and its boxes land anywhere, each on its own
 * line; such a line is short, and its wording (`isCallToAction`: the reader
 * addressed, a newsletter, a subscription, a donation offered) gives it away.
 * In HTML, the markup has placed such boxes, and a paragraph that names a
 * newsletter may be the story; only the short calls (`SHORT_CALL`: a
 * button's words, "Als PDF herunterladen", "Jetzt spenden") are dropped
 * wherever they stand.
 *
 * @module
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Root} from '../tree.js'
import {joinPatterns} from '../util/join-patterns.js'
import {allLines, claim, isUnclaimed} from '../util/lines.js'
import {isCallToAction} from './drop-trailing-promos.js'

/** A prompt on a line of its own is at most this long: a longer line is a paragraph that mentions a newsletter. */
const PROMO_LINE_MAX_LENGTH = 250

/** A short call is at most this long: a button or a box's one line. */
const SHORT_CALL_MAX_LENGTH = 100

/**
 * Calls too short to name what they offer, which only a box's button or
 * one line says: support and donation asks ("Unterstützen Sie uns", "Jede
 * kleine Spende hilft"), sign-ups ("Jetzt anmelden!"), share prompts
 * ("Artikel gefallen? Vergiss nicht zu teilen!"), a shop's or a book's
 * order button, a download of the page as a PDF or an e-book. Read in
 * short lines only: a paragraph with those words is text.
 */
const SHORT_CALL = /\bunterstütze(?:n sie)? (?:uns\b|unsere arbeit|\S+ (?:bereits )?mit \d)|\bspende hilft\b|\b(?:jetzt|hier) (?:kostenlos )?anmelden\b|\bvergiss nicht,? (?:\S+ )?zu teilen\b|\bdon['’]t forget to share\b|^(?:teile|teilen sie) diesen (?:beitrag|artikel)\b|^share this (?:article|post|story)\b|\bbesuchen sie unseren\b.{0,30}\bshop\b|^(?:buch|heft|ausgabe|e-paper) (?:jetzt )?bestellen\b|\b(?:als pdf herunterladen|download (?:as|als) pdf|télécharger (?:au format|en pdf))\b|^entdecken sie jetzt\b/iu

/** `SHORT_CALL` with its anchored and `\b`-led alternatives grouped: tested in a quarter of the time (see `joinPatterns`). */
const SHORT_CALL_TEST = joinPatterns([SHORT_CALL], 'iu')

/**
 * Whether a line is a short call: a button's or a box's one line.
 *
 * @param text
 *   The line.
 * @returns
 *   `true` when it is.
 */
function isShortCall(text: string): boolean {
  return text.length <= SHORT_CALL_MAX_LENGTH && SHORT_CALL_TEST.test(text)
}

/**
 * Whether a line of a dump is a call to action.
 *
 * @param text
 *   The line.
 * @returns
 *   `true` when it is.
 */
function isPromoLine(text: string): boolean {
  return isShortCall(text) || (text.length <= PROMO_LINE_MAX_LENGTH && isCallToAction(text))
}

/**
 * unified transformer plugin: drop lines that are calls to action (in HTML,
 * the short calls only).
 *
 * @param format
 *   The input's format (default: `'text'`).
 * @returns
 *   Transformer.
 */
export function dropPromoLines(format: 'text' | 'html' = 'text') {
  const isPromo = format === 'text' ? isPromoLine : isShortCall
  return function (tree: Root, file: VFile): void {
    for (const line of allLines(tree)) {
      if (!isUnclaimed(line) || !isPromo(line.value)) continue
      claim(line, {role: 'furniture'})
      report(file, 'furniture-dropped', `Unexpected call to action \`${line.value}\`, dropped`, line, line.value)
    }
  }
}
