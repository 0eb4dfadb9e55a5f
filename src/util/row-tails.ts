/**
 * What closes a header's meta row after its date, in a separated segment of
 * its own: a reading time ("· 5 min read", see `withoutReadingTime`) or a
 * count of the comments ("/ Keine Kommentare", "| 3 Comments"). Neither is
 * a name nor a date, and a row that carries one is a byline and dateline
 * all the same ("Von Jane Doe / 6. November 2023 / Keine Kommentare").
 *
 * @module
 */
import {withoutReadingTime} from './reading-time.js'

/** A count of comments after a separator, closing the row: "/ Keine Kommentare", "| 3 Comments", "· Un commentaire". */
const COMMENT_COUNT =
  /(?:\s?[|·•/–—]\s?|\s-\s)(?:keine|kein|no|ein|one|un|une|\d{1,5}) (?:kommentare?|comments?|commentaires?|comentarios?|responses?|replies|antworten)$/iu

/**
 * A meta row without the reading time or the count of comments that closes it.
 *
 * @param text
 *   A line.
 * @returns
 *   It without them, or as it was.
 */
export function withoutRowTail(text: string): string {
  return withoutReadingTime(text.replace(COMMENT_COUNT, ''))
}
