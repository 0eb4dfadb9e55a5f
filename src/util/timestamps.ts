/**
 * Reading and resolving timestamps. (Interface; implementation in progress.)
 *
 * @module
 */
import type {Timestamp} from '../schema/article.js'

/** What a timestamp can be resolved against when the page does not say. */
export interface TimestampContext {
  /** `YYYY-MM-DD`: the day for time-only stamps. */
  date?: string
  /** IANA zone for stamps with no zone of their own. */
  timeZone?: string
}

/** A timestamp found inside a line. */
export interface FoundTimestamp {
  timestamp: Timestamp
  /** Where the matched text starts in the line. */
  index: number
  /** The matched text's length. */
  length: number
  /** What the words before it say it is ("First published on" → published, "Updated" → updated). */
  kind?: 'published' | 'updated'
}

/**
 * Parse one timestamp written as the whole of `text`.
 *
 * @param text
 *   E.g. `Wed 19 Jun 2024 14.20 BST`, `15:46:35`, `9.41am`, `2024-06-19T14:20:00Z`.
 * @param context
 *   Day and zone to fall back on (optional).
 * @returns
 *   The timestamp, or `undefined` when `text` is not one.
 */
export function parseTimestamp(text: string, context: TimestampContext = {}): Timestamp | undefined {
  void text
  void context
  return undefined
}

/**
 * Find every dateline inside a line, including ones glued to other words.
 *
 * @param line
 *   A line of text.
 * @param context
 *   Day and zone to fall back on (optional).
 * @returns
 *   The timestamps in order of appearance.
 */
export function findTimestamps(line: string, context: TimestampContext = {}): FoundTimestamp[] {
  void line
  void context
  return []
}

/**
 * Whether a line is nothing but a time of day (a live-blog post stamp).
 *
 * @param line
 *   A cleaned line.
 * @returns
 *   `true` for `15:46:35`, `9.41am`, `14.20 BST`, ….
 */
export function isTimeOnly(line: string): boolean {
  void line
  return false
}
