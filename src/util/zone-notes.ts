/**
 * Notes of the zone a feed's times are in: "All times BST", "(all times
 * GMT)", "Times are CET", "Alle Zeiten in MEZ", "Uhrzeiten in MESZ" — alone
 * on a line above the feed, or closing the page's dateline ("Published 20
 * November 2024 (all times CET)"). Read by the ticker stamps, the posts
 * found in markup and the datelines.
 *
 * @module
 */
import {parseTimestamp} from './timestamps.js'

/** The words of a note, then its zone (captured). */
const NOTE = String.raw`(?:all times|times|all times shown|alle zeiten|alle uhrzeiten|uhrzeiten|zeiten|toutes les heures)(?: are| sind| sont)?(?: shown)?(?: in| en)? ([a-z]{2,5}|(?:gmt|utc)[+-]\d{1,2})`

/** A note alone on its line. */
const ZONE_NOTE = new RegExp(String.raw`^\(?${NOTE}\)?\.?$`, 'iu')

/** A note in brackets closing a line. */
const TRAILING_ZONE_NOTE = new RegExp(String.raw`\s\(${NOTE}\)\.?$`, 'iu')

/**
 * The zone a note names, as the stamps' reader knows it.
 *
 * @param name
 *   "BST", "MEZ", "GMT+2".
 * @returns
 *   The zone, or `undefined`.
 */
function zoneOf(name: string): string | undefined {
  // Read through the same table as a stamp's zone.
  return parseTimestamp(`12:00 ${name.toUpperCase()}`)?.timeZone
}

/**
 * Read a note of the zone a feed's times are in, alone on its line.
 *
 * @param value
 *   A line.
 * @returns
 *   The zone, or `undefined`.
 */
export function readZoneNote(value: string): string | undefined {
  if (value.length > 40) return undefined
  const match = ZONE_NOTE.exec(value.trim())
  return match ? zoneOf(match[1]!) : undefined
}

/**
 * Read a note in brackets that closes a line ("… (all times CET)").
 *
 * @param value
 *   A line.
 * @returns
 *   The zone and where the note starts, or `undefined`.
 */
export function readTrailingZoneNote(value: string): {zone: string; index: number} | undefined {
  const match = TRAILING_ZONE_NOTE.exec(value)
  const zone = match ? zoneOf(match[1]!) : undefined
  return match && zone ? {zone, index: match.index} : undefined
}
