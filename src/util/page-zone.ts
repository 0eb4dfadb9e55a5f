/**
 * The zone a page's time-only stamps are read in when the options give
 * none: the zone of its publication or update time, unless that is the `Z`
 * of a machine timestamp in UTC ("2020-10-06T07:15:59Z"), which is the
 * server's clock and says nothing of the wall clocks the page shows.
 *
 * @module
 */
import type {Timestamp} from '../schema/article.js'

/** A machine timestamp in UTC: its zone is the server's, not the page's. */
const MACHINE_UTC = /\dT\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$/

/**
 * The page's own zone, from its publication or update time.
 *
 * @param times
 *   The publication and update times, most trusted first (each optional).
 * @returns
 *   The zone, if any.
 */
export function pageZoneOf(times: ReadonlyArray<Timestamp | undefined>): string | undefined {
  for (const time of times) {
    if (time?.timeZone && !MACHINE_UTC.test(time.text)) return time.timeZone
  }
  return undefined
}
