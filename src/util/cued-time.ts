/**
 * A header line that is a cue and a time of day only ("Last updated: 13:20
 * BST", "Online seit heute, 7.57 Uhr"): the page's publication or update
 * time on its day.
 *
 * @module
 */
import type {Timestamp} from '../schema/article.js'
import {cueAlternation, PUBLISHED_CUES, UPDATED_CUES} from './date-cues.js'
import {isTimeOnly, parseTimestamp, type TimestampContext} from './timestamps.js'

/**
 * A cue word at the start of a line, then its preposition and a colon:
 * "Last updated: ", "Published at ", "Mis à jour à ", and a "today" before
 * the time ("Online seit heute, 7.57 Uhr": the page's day). Group 1 holds a
 * publication cue, group 2 an update cue.
 */
const LEADING_CUE = new RegExp(
  `^(?:(${cueAlternation(PUBLISHED_CUES)})|(${cueAlternation(UPDATED_CUES)}))(?:\\s(?:on|am|um|le|à|el|a las|il|alle|op|om|at|em|às))?[\\s:]*(?:(?:today|heute|aujourd'hui|hoy|oggi|vandaag)(?:,|\\s(?:at|um|à|a las|alle|om))?\\s+)?`,
  'iu'
)

/**
 * Read a line that is a cue and a time of day only ("Last updated: 13:20
 * BST", "Published 9.41am"): the stamp, resolved with the day and zone given,
 * and what the cue says it is.
 *
 * @param line
 *   A cleaned line.
 * @param context
 *   Day and zone to resolve the time with.
 * @returns
 *   The stamp and its kind, or `undefined` when the line is not one.
 */
export function readCuedTime(line: string, context: TimestampContext): {kind: 'published' | 'updated'; timestamp: Timestamp} | undefined {
  const cue = LEADING_CUE.exec(line)
  const rest = cue ? line.slice(cue[0].length) : ''
  if (!cue || !isTimeOnly(rest)) return undefined
  const timestamp = parseTimestamp(rest, context)
  return timestamp ? {kind: cue[1] ? 'published' : 'updated', timestamp} : undefined
}
