/**
 * Epoch times that pages keep in data attributes (`data-seconds`,
 * `data-timestamp`, `data-post-time`), read as ISO instants.
 *
 * @module
 */

/**
 * An epoch time as an ISO instant: ten digits are seconds, thirteen are
 * milliseconds (the years 2001 to 2286 either way).
 *
 * @param value
 *   An attribute's value, trimmed.
 * @returns
 *   The instant, or `undefined` when the value is no epoch time.
 */
export function epochAsIso(value: string): string | undefined {
  if (/^\d{13}$/.test(value)) return new Date(Number(value)).toISOString()
  if (/^\d{10}$/.test(value)) return new Date(Number(value) * 1000).toISOString()
  return undefined
}
