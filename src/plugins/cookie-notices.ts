/**
 * The text of a cookie consent dialog, as a whole-page dump keeps it: the
 * banner ("Diese Website verwendet Cookies, um …"), the buttons ("Alle
 * Cookies akzeptieren"), the headings of its categories ("Notwendige
 * Cookies", "Cookies de mesures d’audience") and the rows of its table of
 * cookies ("PHPSESSID session This cookie is …"). Read by
 * `markDumpFurniture`, for scraped text only: in HTML the dialog is markup,
 * dropped as such.
 *
 * A line that names cookies is such text when it is a label of a few words
 * that names consent, a setting or a category of cookies, or when it says
 * what only a dialog says (`DIALOG_CUES`): the site as its owner speaks of
 * it, the reader asked for consent, a category of cookies, a row of the
 * table. A recipe's cookies, and a sentence of news that reports how a
 * company used cookies, say none of these; a long paragraph must name
 * cookies twice, as a dialog's paragraphs do and an article's passing
 * mention does not.
 *
 * @module
 */
import {endsWithMark} from '../util/text.js'

/** A cookie named: "cookie", "Cookies", "Cookie-Einwilligung", "Performance-Cookies", "cookielawinfo-…". */
const COOKIE = /(?<!\p{L})(?:\p{L}+-)?cookies?(?:law\p{L}*)?(?:-\p{L}+)*(?!\p{L})/gu

/** Consent and its buttons, the browser, tracking and privacy: the machinery around a dialog's cookies. */
const MACHINERY = String.raw`(?:consent\p{L}*|einwillig\p{L}*|einverstanden|zustimm\p{L}*|akzeptier\p{L}*|accept\p{L}*|ablehn\p{L}*|refus\p{L}*|reject\p{L}*|param[eé]tr\p{L}*|einstellung\p{L}*|settings|preferences|opt-out|aktivier\p{L}*|deaktivier\p{L}*|enable\p{L}*|disable\p{L}*|verwalten|manage|aceptar|rechazar|configurar|browser\p{L}*|navigateur|navegador|tracking|traceurs?|datenschutz\p{L}*|privacy|données personnelles|personenbezogene\p{L}*)`

/** The categories of a dialog, each a kind of cookie: "necessary", "Statistik", "mesure d'audience". */
const CATEGORY = String.raw`(?:notwendig\p{L}*|erforderlich\p{L}*|essen[zt]iell\p{L}*|essential|necessary|strictly|nécessaires?|statisti\p{L}*|marketing|analytics|analyse|performance|funktional\p{L}*|functional|targeting|werbe|dritt\p{L}*|third[- ]party|mesures? d['’]audience)`

/**
 * What only a dialog says of cookies, in the languages of the corpora: the
 * site as its owner speaks of it ("this website", "unsere Webseite", "ce
 * site"); a category of cookies ("Notwendige Cookies", "Cookies de mesure
 * d'audience"); a row of its table of cookies ("This cookie is set by …",
 * "1 year"). A sentence of news about cookies reports them, in none of
 * these ways. Nor does it speak of them as the site's owner does ("we
 * use cookies", "verwenden wir Cookies").
 */
const DIALOG_CUES: readonly RegExp[] = [
  /\b(?:(?:this|our) (?:site|website|domain)|(?:diese|unsere|dieser|unserer) (?:website|webseite|seite|internetseite|homepage|domain)|(?:ce|notre) site|(?:este|nuestro) sitio)\b/u,
  // Starting at a word's start, not at `\b`, which falls inside a word after a letter such as "é" and makes the search quadratic.
  new RegExp(String.raw`(?<!\p{L})${CATEGORY}[\s-]cookies?\b|\bcookies? (?:de |for |für )?${CATEGORY}`, 'u'),
  /\b(?:this cookie|dieses? cookie|ce cookie|is set by|wird (?:von \S+ )?gesetzt|\d+ (?:years?|months?|days?|jahre?|monate?|tage?))\b/u,
  // The site's owner speaking of its cookies: "verwenden wir Cookies", "we use cookies", "nous utilisons des cookies".
  /\b(?:(?:verwenden|nutzen|benutzen|setzen) wir|wir (?:verwenden|nutzen|benutzen|setzen)|we use|nous utilisons(?: des)?|utilizamos|usamos|utilizziamo(?: i)?) cookies?\b/u
]

/**
 * The reader addressed: with the machinery of consent, a dialog's request
 * ("you can change your settings", "wenn Sie zustimmen"). German's polite
 * forms only with their capital ("sie" is "she" or "they"), and no "du",
 * which is French's "of the" too.
 */
const READER = /\b(?:[Yy]ou|[Yy]our|Sie|Ihre[mnrs]?|Ihnen|[Vv]ous|[Vv]otre|[Vv]os|[Dd]ein\p{L}*|[Uu]sted)\b/u

/** The machinery, as a pattern of its own. */
const MACHINERY_WORD = new RegExp(String.raw`\b${MACHINERY}\b`, 'u')

/** A label of a dialog (a button, a heading) is a few words with no sentence's end: "Alle Cookies akzeptieren", "Cookie-Einstellungen". */
const LABEL_MAX_WORDS = 6

/** What a dialog's label says besides "cookies": consent and its buttons, or a category. */
const LABEL_CUE = new RegExp(String.raw`\b(?:${MACHINERY}|${CATEGORY}|informationen|information|policy|richtlinie\p{L}*|erklärung|politique|política|hinweis\p{L}*)`, 'u')

/** A paragraph longer than this names cookies twice or more to be a dialog's. */
const SHORT_NOTICE_LENGTH = 200

/** The longest dialog paragraph read. */
const COOKIE_NOTICE_MAX_LENGTH = 2000

/**
 * Whether a line is the text of a cookie consent dialog.
 *
 * @param text
 *   The line.
 * @param lower
 *   The line in lower case.
 * @returns
 *   `true` when it is.
 */
export function isCookieNotice(text: string, lower: string): boolean {
  // The word every cookie named holds, looked for first: most lines lack it, and `COOKIE`'s lookbehind is slow to fail.
  // (A search of the lower case finds what `/cookie/iu` finds in the line, at a quarter of its cost.)
  if (text.length > COOKIE_NOTICE_MAX_LENGTH || !lower.includes('cookie')) return false
  // The patterns below are written in lower case and read the line in lower case: ignoring case in a Unicode pattern
  // made them four times slower, on the lines of a dialog's table of cookies that a dump holds by the dozen.
  const needed = text.length > SHORT_NOTICE_LENGTH ? 2 : 1
  if (countCookies(lower, needed) < needed) return false
  if (hasAtMostWords(text, LABEL_MAX_WORDS) && !endsWithMark(text, '.!?', '')) return LABEL_CUE.test(lower)
  return DIALOG_CUES.some((cue) => cue.test(lower)) || (READER.test(text) && MACHINERY_WORD.test(lower))
}

/**
 * The cookies a line names, counted up to a number: a dialog's paragraph
 * names them many times, and its end need not be searched once enough are
 * found.
 *
 * @param lower
 *   The line in lower case.
 * @param enough
 *   The count at which to stop.
 * @returns
 *   The count, at most `enough`.
 */
function countCookies(lower: string, enough: number): number {
  let count = 0
  let from = 0
  while (count < enough) {
    const word = lower.indexOf('cookie', from)
    if (word < 0) break
    // Searched from the start of the word that holds the next "cookie", not from the end of the last match: `COOKIE`
    // tries its letters and hyphen before "cookie" at every word's start on its way, which costs more than the rest.
    COOKIE.lastIndex = wordStart(lower, word, from)
    const found = COOKIE.exec(lower)
    if (!found) break
    count++
    from = COOKIE.lastIndex
  }
  COOKIE.lastIndex = 0
  return count
}

/** An ASCII letter in lower case or a hyphen, which `COOKIE` may read before "cookie" ("performance-cookies"). */
const WORD_BEFORE = /[a-z-]/

/**
 * Where a search for `COOKIE` may start and find the match that holds a
 * "cookie" at an index, if there is one, and no later match: every match
 * holds "cookie", and what precedes it in the match is letters and a hyphen
 * (`from` is the end of the last match). Stepped back over ASCII only:
 * before another character, the search starts at `from`.
 *
 * @param lower
 *   The line in lower case.
 * @param word
 *   The index of the first "cookie" at or after `from`.
 * @param from
 *   Where the search would start.
 * @returns
 *   The index to start at.
 */
function wordStart(lower: string, word: number, from: number): number {
  let start = word
  while (start > from && WORD_BEFORE.test(lower[start - 1]!)) start--
  return start > from && lower.charCodeAt(start - 1) > 0x7f ? from : start
}

/** A run of spaces, between two words. */
const SPACES = /\s+/gu

/**
 * Whether a text has at most some number of words, as
 * `text.split(/\s+/u)` counts them (each run of spaces ends one), read no
 * further than the word past that number.
 *
 * @param text
 *   The text.
 * @param max
 *   The number.
 * @returns
 *   `true` when it has at most `max` words.
 */
function hasAtMostWords(text: string, max: number): boolean {
  SPACES.lastIndex = 0
  let words = 1
  while (words <= max && SPACES.exec(text)) words++
  SPACES.lastIndex = 0
  return words <= max
}
