/**
 * Drop the calls to action that close an article: "Sign up to our
 * newsletter", "Download our app", "Follow us on Instagram", "Support our
 * journalism", "Write a letter to the editor".
 *
 * Sites append them to the text itself, as full paragraphs inside the
 * article's container, so neither the markup nor their length gives them
 * away. What does is their wording, addressed to the reader and naming a
 * subscription, an app, a social account or a donation, and their place:
 * among the last few paragraphs. Mid-article, the same words are more
 * often the story (a report on a newsletter, an app launch), so only the
 * tail is searched.
 *
 * @module
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Line, Root} from '../tree.js'
import {afterNoLetter, joinPatterns} from '../util/join-patterns.js'
import {isUnclaimed, unclaimedText} from '../util/lines.js'
import {groupByFirstCharacter} from '../util/text.js'

/**
 * How many content blocks at the end of the page are searched: a promo box
 * is often followed by what the article's container keeps of the page's end
 * (a note, a credit line, the teasers' excerpts), so the last ten
 * (trafilatura fp 169 -> 165 from the last four; twenty reached into the
 * text of Readability's links-in-tables page).
 */
const TAIL_BLOCKS = 10

/** A call to action is a short paragraph: longer ones are text that happens to mention a newsletter. */
const PROMO_MAX_LENGTH = 400

/**
 * Calls to action, in the languages of the corpora. Each needs the reader
 * addressed and the thing offered, so that a sentence about a newsletter
 * or an app is not one.
 */
const CALLS_TO_ACTION: readonly RegExp[] = [
  /\b(?:sign up|subscribe|register)\b.{0,80}\b(?:newsletters?|inbox|updates|edition|briefing)\b/iu,
  /\bnewsletters?\b.{0,80}\b(?:sign up|subscribe|inbox|delivered)\b/iu,
  /\b(?:receive|get) our .{0,30}\bnewsletters?\b/iu,
  /\b(?:download|get) (?:the|our) .{0,40}\bapps?\b/iu,
  /\b[Ff]ollow (?:us|(?:the )?[\p{Lu}].{0,40}?) on (?:[Tt]witter|[Ff]acebook|[Ii]nstagram|[Tt]elegram|[Ll]inked[Ii]n|[Yy]ou[Tt]ube|[Tt]ik[Tt]ok)\b/u,
  /\b(?:support|supporting) (?:our|independent|local) (?:work|journalism|reporting)\b/iu,
  /\bwould you consider supporting\b/iu,
  /\bletters? to the editor\b/iu,
  /\b(?:abonnieren sie|jetzt abonnieren|newsletter abonnieren|melde dich|melden sie sich)\b/iu,
  /\b(?:in deinen posteingang|in ihr postfach|bezahlschranke|paywall|als e-paper)\b/iu,
  new RegExp(String.raw`${afterNoLetter(String.raw`suscr[ií]bete|suscribirse|únete|abonnez-vous|s'abonner|zapraszamy (?:też |także |również )?do subskrypcji`)}(?!\p{L})`, 'iu'),
  /\bcanal de (?:telegram|whatsapp|youtube)\b/iu,
  // Membership asks: "Become a member", "Hazte miembro", "Werden Sie Mitglied", "Devenez membre".
  new RegExp(String.raw`${afterNoLetter('become a (?:member|subscriber|supporter)|join (?:us|today) as a (?:member|subscriber|supporter)|haz(?:te|se) (?:miembro|socio)|hágase (?:miembro|socio)|werden sie (?:mitglied|abonnent)|werde (?:mitglied|abonnent)|devenez (?:membre|abonné)')}(?!\p{L})`, 'iu'),
  // A promo box's heading: a few words naming a newsletter ("The Morning Newsletter", "Get our weekly newsletter").
  /^(?:[\p{L}\p{N}&'’.:-]+ ){0,5}newsletters?[!.]?$/iu,
  // An offer of one: "Get the best local stories in a weekly newsletter", "Get Morning Report and other email newsletters".
  /^(?:get|receive) (?:[\p{L}\p{N}&'’.:-]+ ){1,10}newsletters?[!.]?$/iu,
  /\b(?:newsletters?|briefing|edition by e-?mail)\b.{0,80}\b(?:sign up|abonnieren|bestellen|s'inscrire|suscr[ií]bete)\b/iu,
  /\b(?:sign up|subscribe) (?:to|for) (?:get|receive|our)\b/iu,
  /\b(?:unser|our|notre|nuestro) (?:kostenlose[rn]? |free |gratuite? |gratuito )?(?:e-mail-|email )?newsletter\b/iu,
  /\b(?:rely|depend) on (?:your|readers'?) support\b/iu,
  /\b(?:please subscribe|subscribe to (?:read|view|continue))\b/iu,
  /\b(?:donate now|jetzt spenden|spenden sie|faire un don|je fais un don|haz una donación)\b/iu
]

/**
 * The calls to action that ignore case, as one pattern: one pass over a
 * line instead of one per pattern (a seventh of the time on the lines of
 * the text corpus that hold a keyword).
 */
const ANY_CALL = joinPatterns(CALLS_TO_ACTION.filter((pattern) => pattern.flags === 'iu'), 'iu')

/** The calls to action whose case matters ("Follow the Post on Twitter"), tested one by one. */
const CASED_CALLS = CALLS_TO_ACTION.filter((pattern) => pattern.flags !== 'iu')

/**
 * A word that every pattern above needs, tested first: one cheap pass
 * rejects most lines, where the patterns would each scan the line (text dumps
 * test every short line, not only the last blocks). Grouped by their first
 * letter (`groupByFirstCharacter`), the pass took a fifth less.
 */
const ANY_KEYWORD = new RegExp(
  groupByFirstCharacter(
    String.raw`sign up|subscri|regist|newsletter|\bapps?\b|twitter|facebook|instagram|telegram|linkedin|youtube|tiktok|support|editor|abonn|meld|posteingang|postfach|bezahlschranke|paywall|e-paper|suscr|únete|zapraszamy|canal|bestell|inscri|donat|spend|un don|donaci|member|miembro|socio|mitglied|membre`.split('|'),
    true
  ),
  'i'
)

/**
 * Whether a paragraph is a call to action.
 *
 * @param text
 *   The paragraph.
 * @returns
 *   `true` when it is.
 */
export function isCallToAction(text: string): boolean {
  return text.length <= PROMO_MAX_LENGTH && ANY_KEYWORD.test(text) && (ANY_CALL.test(text) || CASED_CALLS.some((pattern) => pattern.test(text)))
}

/**
 * unified transformer plugin: drop calls to action among the last blocks.
 *
 * @returns
 *   Transformer.
 */
export function dropTrailingPromos() {
  return function (tree: Root, file: VFile): void {
    let searched = 0
    for (let index = tree.children.length - 1; index >= 0 && searched < TAIL_BLOCKS; index--) {
      const block = tree.children[index]!
      if (block.type !== 'block' || !block.children.some(isUnclaimed)) continue
      const text = unclaimedText(block)
      if (text.length > 0) searched++
      const promos = promoLines(block.children, text)
      for (const line of promos) line.data = {...line.data, role: 'furniture'}
      if (promos.length > 0) report(file, 'boilerplate-dropped', 'Unexpected call to action at the end of the article, dropped', block, text)
    }
  }
}

/**
 * The lines of a block that make a call to action. A list's items are read
 * one by one from its end (the last item of a list of tips can be the
 * site's membership ask, the items above it the story's); the lines of any
 * other block together (a box's paragraph and its button, split by a line
 * break).
 *
 * @param lines
 *   The block's lines.
 * @param text
 *   The block's unclaimed text.
 * @returns
 *   The lines to drop.
 */
function promoLines(lines: Line[], text: string): Line[] {
  const unclaimed = lines.filter(isUnclaimed)
  if (unclaimed.length > 1 && unclaimed.every((line) => line.data?.hint?.listItem)) return trailingPromoItems(unclaimed)
  return isCallToAction(text) ? unclaimed : []
}

/**
 * The items that close a list and are calls to action: an ask appended to
 * a list closes it; an item above others that says "log in to your
 * account" is an instruction of the page.
 *
 * @param items
 *   The list's unclaimed items.
 * @returns
 *   The closing calls.
 */
function trailingPromoItems(items: Line[]): Line[] {
  let first = items.length
  while (first > 0 && isCallToAction(items[first - 1]!.value)) first--
  return items.slice(first)
}
