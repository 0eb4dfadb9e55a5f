/**
 * Drop what a sign-up box leaves in a whole-page text dump: its heading
 * ("Get our politics newsletter", "Aktuelle Recherchen per Mail"), the
 * blurb under it ("The latest news and analysis from our bureau, every
 * morning."), the form's field or button ("E-Mail-Adresse", "Sign me up",
 * "Envoyer") and the consent note under the button ("Your address is only
 * used to send you our newsletter; unsubscribe at any time").
 *
 * The blurb is what `dropPromoLines` cannot read: it praises what the box
 * offers without naming a newsletter or asking for a sign-up, in words a
 * paragraph could use. What gives it away is where it stands, between a
 * heading that names a subscription by mail and, at most two lines below,
 * the form's field or button, which no paragraph is. Both ends are needed:
 * a heading alone may be followed by the story, and a line reading "Email"
 * by a contact address.
 *
 * @module
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Line, Root} from '../tree.js'
import {afterNoLetter} from '../util/join-patterns.js'
import {allLines, claim, isUnclaimed} from '../util/lines.js'
import {foldLine, lowerLine} from '../util/line-text.js'
import {groupedAfterNoLetter} from '../util/text.js'
import {FURNITURE_PHRASES, POST_FOOTER_PHRASES, TEASER_END_PHRASES} from './furniture-phrases.js'

/** A heading is short: a box's title or one-line offer. */
const HEADING_MAX_LENGTH = 120

/** A blurb is a sentence or two. */
const BLURB_MAX_LENGTH = 300

/** Lines between the heading and the form, at most. */
const BLURB_MAX_LINES = 2

/** A consent note is a sentence or two. */
const NOTE_MAX_LENGTH = 400

/**
 * A heading that offers a subscription by mail, in the languages of the
 * corpora; in lower case, for the line's (a case-blind pattern costs four
 * times as much). The words are grouped by their first letter: tested on
 * every short line, the pattern took a fifth less.
 */
const SIGNUP_HEADING = new RegExp(
  String.raw`${groupedAfterNoLetter(String.raw`newsletters?|mailing list|(?:per|by|via) e-?mail|per mail|inbox|posteingang|postfach|boîte (?:mail|de réception)|lettres? d['’]information|infolettre|boletín|sign up|subscribe|abonnieren|abonnez-vous|inscrivez-vous|suscr[ií]bete|iscriviti|zapisz się`)}(?!\p{L})`,
  'u'
)

/**
 * A form's field or button, folded: the whole line is the label ("E-Mail-Adresse*",
 * "Sign me up", "Jetzt abonnieren!", "Envoyer").
 */
const FORM_CONTROL =
  /^(?:(?:your |ihre |deine |votre |tu |su )?(?:e-?mail|e-mail-adresse|email address|e-mail address|adresse (?:e-?mail|électronique)|correo(?: electrónico)?|indirizzo e-?mail|adres e-?mail)|sign (?:me )?up(?: now| today)?|subscribe(?: now| today)?|join(?: now)?|submit|send|(?:jetzt )?(?:abonnieren|anmelden|registrieren)|absenden|senden|envoyer|valider|s['’]inscrire|je m['’]inscris|je m['’]abonne|suscribirse|suscríbete|enviar|iscriviti|invia|zapisz się|wyślij)$/u

/** A consent note under a sign-up form names the address or the mails (in lower case, for the line's)… */
const NOTE_MAIL = new RegExp(String.raw`${afterNoLetter(String.raw`e-?mail|adresse|address|messagerie|correo|newsletter|lettres? d['’]information`)}(?!\p{L})`, 'u')

/** …and how they are used or stopped, in either order. */
const NOTE_CONSENT =
  /(?<!\p{L})(?:unsubscribe|abbestellen|abmelden|désinscri\p{L}*|désabonne\p{L}*|darse de baja|at any time|jederzeit|à tout moment|en cualquier momento|promotional|werbliche?|privacy|datenschutz\p{L}*|données personnelles|consent)(?!\p{L})/iu

/**
 * Whether a line is the consent note under a sign-up form.
 *
 * @param line
 *   The line.
 * @returns
 *   `true` when it is.
 */
function isConsentNote(line: Line): boolean {
  return line.value.length <= NOTE_MAX_LENGTH && NOTE_MAIL.test(lowerLine(line)) && NOTE_CONSENT.test(line.value)
}

/**
 * Whether a line, folded, is a form's field or button ("E-Mail*", "Sign Me Up!").
 *
 * @param line
 *   The line.
 * @returns
 *   `true` when it is.
 */
function isFormControl(line: Line): boolean {
  if (line.value.length > 40) return false
  const folded = foldLine(line)
  return !SHARED_PHRASES.has(folded) && FORM_CONTROL.test(folded)
}

/**
 * The shared table's phrases ("Subscribe", "Email", "Sign up"): chrome
 * wherever they stand, so no sign of a form, nor a box's heading alone.
 */
const SHARED_PHRASES = new Set([...FURNITURE_PHRASES, ...POST_FOOTER_PHRASES, ...TEASER_END_PHRASES])

/**
 * Whether a line is a sign-up box's heading.
 *
 * @param line
 *   The line.
 * @returns
 *   `true` when it is.
 */
function isSignupHeading(line: Line): boolean {
  // The pattern first: few lines hold its words, and folding every line costs more (the lower case is shared with other rules).
  return line.value.length <= HEADING_MAX_LENGTH && SIGNUP_HEADING.test(lowerLine(line)) && !SHARED_PHRASES.has(foldLine(line))
}

/**
 * The lines of the sign-up box whose heading is at `start`: the heading,
 * the blurb, the form's control and the consent note under it; none when no
 * form closes the box.
 *
 * @param lines
 *   All lines of the page.
 * @param start
 *   The heading's index.
 * @returns
 *   The box's lines.
 */
function signupBox(lines: Line[], start: number): Line[] {
  for (let end = start + 1; end <= start + BLURB_MAX_LINES + 1 && end < lines.length; end++) {
    const line = lines[end]!
    if (isFormControl(line)) {
      const note = lines[end + 1]
      const box = lines.slice(start, end + 1)
      return note && isConsentNote(note) ? [...box, note] : box
    }
    if (line.value.length > BLURB_MAX_LENGTH) return []
  }
  return []
}

/**
 * unified transformer plugin: drop the sign-up boxes of a text dump.
 *
 * @param format
 *   The input's format: only scraped text is read (default: `'text'`).
 * @returns
 *   Transformer.
 */
export function dropSignupBoxes(format: 'text' | 'html' = 'text') {
  return function (tree: Root, file: VFile): void {
    if (format !== 'text') return
    const lines = allLines(tree)
    lines.forEach((line, index) => {
      if (!isSignupHeading(line)) return
      for (const boxLine of signupBox(lines, index)) {
        if (!isUnclaimed(boxLine)) continue
        claim(boxLine, {role: 'furniture'})
        report(file, 'furniture-dropped', `Unexpected line of a sign-up box \`${boxLine.value}\`, dropped`, boxLine, boxLine.value)
      }
    })
  }
}
