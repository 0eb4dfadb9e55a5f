/**
 * Lines of furniture told by their shape rather than by one phrase: skip
 * links and navigation toggles, one or several on a line, in many
 * languages; a server's error message printed into the page; a consent
 * dialog's buttons flattened into one line. `furniture-phrases.ts` lists
 * them among its patterns.
 *
 * @module
 */
import {openingKey} from '../util/text.js'

/**
 * One skip link or navigation toggle, as screen-reader links and menu
 * buttons print in scraped text, in the corpora's languages: "Skip to the
 * content", "Jump to navigation", "Zum Inhalt springen", "Springe zur
 * Suche", "Aller au contenu principal", "Omitir para ir al contenido
 * principal", "Vai al contenuto", "Przejdź do treści", "Hoppa till
 * huvudinnehållet", "Hopp til hovedinnhold", "Spring til indhold",
 * "Siirry sisältöön", "Pular para o conteúdo", "Přejít na obsah",
 * "Accessibility help", "Toggle navigation", "Hauptnavigation", "Menü
 * schließen".
 */
const SKIP_LINK =
  '(?:skip|jump) (?:to |over )?(?:the )?(?:main |primary )?(?:content|navigation|menu|search|footer|sidebar|main)(?: content| navigation)?' +
  '|(?:toggle |main |primary |mobile )?navigation|hauptnavigation|(?:mobiles? )?(?:menü|menu)(?: (?:schließen|öffnen|close|open))?|(?:close|open) menu' +
  '|(?:direkt )?(?:zur|zum) (?:haupt)?(?:navigation|inhalt|inhalten|suche|menü|fußzeile|footer)(?: springen)?' +
  '|springe? (?:zur|zum) (?:haupt)?(?:navigation|inhalt|suche|menü|fußzeile)' +
  '|(?:aller|passer) (?:au|à la|directement au) (?:contenu|navigation|menu|recherche)(?: principal)?' +
  '|(?:saltar|ir|omitir(?: para ir)?) (?:al|a la) (?:contenido|navegación|búsqueda)(?: principal)?' +
  '|(?:vai|salta|passa) (?:al|alla) (?:contenuto|navigazione|ricerca)(?: principale)?' +
  '|przejdź do (?:treści|nawigacji|menu|wyszukiwarki)(?: głównej)?' +
  '|(?:ga|spring) naar (?:de )?(?:inhoud|hoofdinhoud|navigatie|zoeken)' +
  '|(?:hoppa|hopp|gå|spring) til(?:l)? (?:huvudinnehållet|innehåll(?:et)?|hovedinnhold(?:et)?|innhold(?:et)?|hovedindhold(?:et)?|indhold(?:et)?|navigering(?:en)?|navigasjon(?:en)?|navigation(?:en)?)' +
  '|siirry (?:pääsisältöön|sisältöön|navigaatioon)' +
  '|(?:pular|ir|saltar) para (?:o )?(?:conteúdo|navegação|menu)(?: principal)?' +
  '|přejít (?:na|k) (?:obsah|navigaci|hlavní obsah)' +
  '|accessibility help'

/** A line of skip links and navigation toggles only, one or several, perhaps glued ("Zur Navigation springen Zum Inhalt springen") or parted by a bar ("skip to main | skip to sidebar"). */
const SKIP_LINKS = new RegExp(`^(?:${SKIP_LINK})(?: ?[|·•]? ?(?:${SKIP_LINK})){0,5}$`, 'u')

/** The words a skip link or a navigation toggle opens with (`SKIP_LINK`). */
const SKIP_LINK_OPENERS = [
  'skip', 'jump', 'toggle', 'main', 'primary', 'mobile', 'mobiles', 'navigation', 'hauptnavigation', 'menü', 'menu', 'close', 'open',
  'direkt', 'zur', 'zum', 'springe', 'spring', 'aller', 'passer', 'saltar', 'ir', 'omitir', 'vai', 'salta', 'passa', 'przejdź', 'ga',
  'hoppa', 'hopp', 'gå', 'siirry', 'pular', 'přejít', 'accessibility'
]

/** Their first two letters (`openingKey`): a line that opens otherwise is no skip link, however its words are glued ("MENUMENU"). */
const SKIP_LINK_STARTS = new Set(SKIP_LINK_OPENERS.map(openingKey))

/**
 * Whether a folded line is skip links and navigation toggles only: its
 * first two letters are looked up first, which most lines fail at once.
 *
 * @param text
 *   A folded line.
 * @returns
 *   Whether it is.
 */
export function isSkipLinks(text: string): boolean {
  return SKIP_LINK_STARTS.has(openingKey(text)) && SKIP_LINKS.test(text)
}

/** A server's error message printed into the page: "Warning: mysql_connect(): … in /www/site/db.php on line 12". */
const SERVER_ERROR_LABEL = /^(?:deprecated|warning|notice|strict standards|fatal error|parse error|catchable fatal error): /u

/** The end of a server's error message: "… on line 12". */
const SERVER_ERROR_END = / on line \d{1,7}$/u

/**
 * Whether a folded line is a server's error message (PHP's notices and
 * warnings: a label, a path, "on line 12"): never the page's text.
 *
 * @param text
 *   A folded line.
 * @returns
 *   Whether it is.
 */
export function isServerError(text: string): boolean {
  // The last character first: a digit ends few lines.
  const last = text.charCodeAt(text.length - 1)
  return last >= 0x30 && last <= 0x39 && text.includes(' in /') && SERVER_ERROR_LABEL.test(text) && SERVER_ERROR_END.test(text)
}

/** The verbs of a consent dialog's buttons, which a line of its buttons holds one of at least. */
const CONSENT_VERBS = new Set([
  'akzeptieren', 'zustimmen', 'ablehnen', 'accept', 'reject', 'decline', 'agree', 'accepter', 'refuser', 'aceptar', 'rechazar',
  'accetta', 'accettare', 'rifiuta', 'rifiutare', 'aceitar', 'rejeitar', 'akzeptiere', 'zaakceptuj', 'odrzuć', 'accepteren', 'weigeren',
  'acceptera', 'avvisa', 'godta', 'hyväksy'
])

/** The other words of a consent dialog's buttons: "Alle", "Auswahl speichern", "Save & accept", "Manage preferences". */
const CONSENT_BUTTON_WORDS = new Set([
  'alle', 'all', 'tout', 'todo', 'todos', 'tutti', 'auswahl', 'speichern', 'save', 'einstellungen', 'settings', 'preferences', 'customise',
  'customize', 'anpassen', 'weiter', 'continue', '&', 'und', 'and', 'et', 'y', 'e', 'schließen', 'close', 'manage', 'verwalten', 'optionen',
  'options', 'nur', 'only', 'necessary', 'notwendige', 'essenzielle', 'essential', 'meine', 'my', 'choices', 'selection', 'cookies', 'cookie'
])

/** What parts the buttons of a line: spaces, bars, dots. */
const CONSENT_SEPARATOR = /[\s|·•]+/u

/** A line of consent buttons has at most this many words, and this many characters. */
const CONSENT_BUTTONS_MAX_WORDS = 12
const CONSENT_BUTTONS_MAX_LENGTH = 120

/**
 * Whether a folded line's first word is a consent button's.
 *
 * @param text
 *   A folded line.
 * @returns
 *   Whether it is.
 */
function opensWithConsentWord(text: string): boolean {
  const end = text.search(CONSENT_SEPARATOR)
  const first = end === -1 ? text : text.slice(0, end)
  return CONSENT_VERBS.has(first) || CONSENT_BUTTON_WORDS.has(first)
}

/**
 * Whether a folded line is a consent dialog's buttons flattened into one
 * line ("Alle akzeptieren Auswahl speichern & schließen", "Accept all
 * Reject all", "Zustimmen Ablehnen"): two words or more, each a button's,
 * one of them a verb of consent. Its own words are no sentence of the page.
 *
 * @param text
 *   A folded line.
 * @returns
 *   Whether it is.
 */
export function isConsentButtons(text: string): boolean {
  // Most lines are longer, or open with another word: told before the line is cut into words (this runs on every line).
  if (text.length > CONSENT_BUTTONS_MAX_LENGTH || !opensWithConsentWord(text)) return false
  const words = text.split(CONSENT_SEPARATOR).filter(Boolean)
  if (words.length < 2 || words.length > CONSENT_BUTTONS_MAX_WORDS) return false
  return words.some((word) => CONSENT_VERBS.has(word)) && words.every((word) => CONSENT_VERBS.has(word) || CONSENT_BUTTON_WORDS.has(word))
}
