/**
 * A page's estimate of the time its article takes to read ("5 min read",
 * "Lesezeit: 3 Minuten", "Temps de lecture : 4 min"): furniture on a line of
 * its own, and no part of the dateline it often closes ("06.01.2026,
 * Lesezeit 5 Min.").
 *
 * @module
 */

/** The estimate led by its number: "5 min read", "21 minutes - 4312 words", "4 min de lecture". */
export const COUNTED_READING_TIME = /^\d{1,3} ?(?:min|mins|minutes?|minuten|minuty|minut)\.?(?: read| lesezeit| de lecture| de lectura)?(?: [-–·|] \d{1,6} (?:words|wörter|mots))?$/u

/** The estimate led by its label: "Lesezeit 5 Min.", "Reading time: 3 minutes". */
export const LABELLED_READING_TIME = /^(?:reading time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|czas czytania|ten tekst przeczytasz w)\b.{0,30}$/u

/** A counted estimate that names itself, closing a line after a space: " 5 min read", " 4 min de lecture". */
const NAMED_READING_TIME = /\s\d{1,3} ?(?:min|mins|minutes?|minuten)\.? (?:read|lesezeit|de lecture|de lectura)$/iu

/**
 * A labelled reading time glued to the word before it, its separator lost
 * with the markup ("15:48 UhrLesedauer: 2 Min."): the label's capital
 * after a small letter or a digit marks the join.
 */
const GLUED_READING_TIME = /(?<=[\p{Ll}\d.])(?:Reading time|Lesezeit|Lesedauer|Temps de lecture|Tiempo de lectura|Czas czytania)\b.{0,30}$/u

/** Separators before the estimate that closes a dateline. */
const SEPARATORS = [',', '|', '·', '•', '–', '—', ' - ']

/**
 * A line without the reading time that closes it after a separator
 * ("06.01.2026, Lesezeit 5 Min." → "06.01.2026"), or after a space when it
 * says what it counts ("Mar 4, 2024 5 min read" → "Mar 4, 2024").
 *
 * @param text
 *   A line.
 * @returns
 *   The line without it, or the line.
 */
export function withoutReadingTime(text: string): string {
  // "Mar 4, 2024 5 min read": a counted estimate that says what it counts needs no separator.
  const named = NAMED_READING_TIME.exec(text)
  if (named) return text.slice(0, named.index).trimEnd()
  const glued = GLUED_READING_TIME.exec(text)
  if (glued) return text.slice(0, glued.index).trimEnd()
  const at = Math.max(...SEPARATORS.map((separator) => text.lastIndexOf(separator)))
  if (at <= 0) return text
  const separator = SEPARATORS.find((each) => text.startsWith(each, at))!
  const tail = text.slice(at + separator.length).trim().toLowerCase()
  return COUNTED_READING_TIME.test(tail) || LABELLED_READING_TIME.test(tail) ? text.slice(0, at).trimEnd() : text
}
