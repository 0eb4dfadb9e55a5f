/**
 * Time-zone abbreviations as news pages write them. Each maps to a fixed UTC
 * offset (minutes), or — for the North American generic names that do not say
 * whether summer time applies — to the IANA zone that decides it by date.
 *
 * @module
 */

/**
 * Whether a string names an IANA time zone this runtime knows (the options'
 * and the site profiles' `timeZone`).
 *
 * @param value
 *   The name.
 * @returns
 *   Whether `Intl` accepts it.
 */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', {timeZone: value})
    return true
  } catch {
    return false
  }
}

/** Abbreviation (upper case) → fixed offset in minutes, or an IANA zone. */
export const ZONE_ABBREVIATIONS: ReadonlyMap<string, number | string> = new Map<string, number | string>([
  ['UTC', 0],
  ['Z', 0],
  ['GMT', 0],
  ['WET', 0],
  ['BST', 60], // British Summer Time
  ['IST', 330], // India (the commonest use in news pages)
  ['WEST', 60],
  ['CET', 60],
  ['MEZ', 60],
  ['CEST', 120],
  ['MESZ', 120],
  ['EET', 120],
  ['EEST', 180],
  ['MSK', 180],
  ['HKT', 480],
  ['SGT', 480],
  ['JST', 540],
  ['KST', 540],
  ['AEST', 600],
  ['AEDT', 660],
  ['EST', -300],
  ['EDT', -240],
  ['CST', -360],
  ['CDT', -300],
  ['MST', -420],
  ['MDT', -360],
  ['PST', -480],
  ['PDT', -420],
  ['ET', 'America/New_York'],
  ['CT', 'America/Chicago'],
  ['MT', 'America/Denver'],
  ['PT', 'America/Los_Angeles']
])

/** The alternation of all abbreviations, longest first, for building patterns. */
export const ZONE_PATTERN = [...ZONE_ABBREVIATIONS.keys()].sort((a, b) => b.length - a.length).join('|')
