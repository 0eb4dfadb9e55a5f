/**
 * Choosing the page's publication (or update) time among the sources that
 * give one: structured data, meta names, microdata, `<time>` elements and
 * the visible dateline, listed in order of trust.
 *
 * The most trusted source wins, except in these cases:
 *
 * - a date, or a time without a zone, yields to a later source that says
 *   the same day (and wall time) more precisely: a date-only meta never
 *   beats a full instant of the same day;
 * - sources that disagree are judged by what the reader sees: a source that
 *   carries a zone and agrees with the visible date beats one that does not
 *   (one written on the visible day first), and, where none does, one with
 *   a time of day that agrees (the visible time itself);
 * - an instant yields to a source that writes its wall clock with another
 *   offset when a third source, with another wall clock, gives that
 *   source's instant (two sources that agree outvote one label);
 * - a UTC instant yields to a source that writes its wall clock with the
 *   offset of the site's country that day (a CMS that labels local time
 *   `Z`);
 * - nothing else: when the visible date cannot judge, the most trusted stays.
 *
 * Each decision is said (`reason`), for a message.
 *
 * @module
 */
import type {Timestamp} from '../schema/article.js'

/** A time and where it was read. */
export interface InstantSource {
  value: Timestamp
  source: string
}

/** The chosen time, and why when it was not simply the most trusted. */
export interface ChosenInstant {
  chosen: InstantSource
  reason?: string
}

/** Two instants this close are the same (seconds are often dropped, a minute rounded). */
const SAME_INSTANT_MS = 60_000

/**
 * How precise a time is: 0 a date, 1 a date and time without a zone, 2 an instant.
 *
 * @param value
 *   The time.
 * @returns
 *   The precision.
 */
export function precisionOf(value: Timestamp): number {
  if (value.iso) return 2
  return value.date && value.time ? 1 : 0
}

/**
 * Whether a more precise time says what a less precise one says: the same
 * day (as written), and the same wall time when the less precise one has a
 * time.
 *
 * @param rough
 *   The less precise time.
 * @param fine
 *   The more precise time.
 * @returns
 *   Whether `fine` refines `rough`.
 */
function refines(rough: Timestamp, fine: Timestamp): boolean {
  if (!rough.date || rough.date !== fine.date) return false
  return !rough.time || rough.time.slice(0, 5) === fine.time?.slice(0, 5)
}

/**
 * Whether a time is midnight to the second: a day that a CMS stored as a time.
 *
 * @param value
 *   The time.
 * @returns
 *   Whether it is.
 */
function isMidnight(value: Timestamp): boolean {
  return value.time === '00:00' || value.time === '00:00:00'
}

/** The widest distance between two zones' clocks, roughly: a day written in one zone is this far from UTC's at most. */
const ZONE_SPREAD_MS = 14 * 3_600_000

/** One day. */
const DAY_MS = 86_400_000

/**
 * Whether a time agrees with the date the page shows: an instant within the
 * shown day in some zone (or within 14 hours of the shown wall time), else
 * the same day as written. Wall times are not compared exactly: a visible
 * zone is often wrong (a site that writes "GMT" all summer), a `datetime`
 * often labels the local time `Z`, and a day in UTC is not the reader's.
 *
 * @param value
 *   A time from metadata.
 * @param visible
 *   The time the page shows.
 * @returns
 *   Whether they agree.
 */
export function agreesWith(value: Timestamp, visible: Timestamp): boolean {
  if (!value.iso || !visible.date) return value.date !== undefined && value.date === visible.date
  const instant = Date.parse(value.iso)
  // The shown wall time read as if it were UTC: within a zone's spread of the instant.
  const wall = Date.parse(`${visible.date}T${visible.time ?? '00:00'}${visible.time?.length === 5 ? ':00' : ''}Z`)
  if (Number.isNaN(instant) || Number.isNaN(wall)) return false
  if (visible.time) return Math.abs(instant - wall) <= ZONE_SPREAD_MS
  return instant >= wall - ZONE_SPREAD_MS && instant < wall + DAY_MS + ZONE_SPREAD_MS
}

/**
 * Whether two times differ: instants more than a minute apart, else different days.
 *
 * @param a
 *   One time.
 * @param b
 *   Another.
 * @returns
 *   Whether they differ.
 */
function differ(a: Timestamp, b: Timestamp): boolean {
  if (a.iso && b.iso) return Math.abs(Date.parse(a.iso) - Date.parse(b.iso)) > SAME_INSTANT_MS
  return a.date !== b.date
}

/**
 * Choose a time among its sources.
 *
 * @param sources
 *   The sources, most trusted first.
 * @param visible
 *   What the page shows for this time (optional): the judge of sources
 *   that disagree.
 * @param siteOffset
 *   The offset of the site's country on a day (optional): the judge of
 *   sources that write one wall clock with UTC's offset and another.
 * @returns
 *   The choice, or `undefined` without sources.
 */
export function chooseInstant(sources: InstantSource[], visible?: Timestamp, siteOffset?: SiteOffset): ChosenInstant | undefined {
  const [first] = sources
  if (!first) return undefined
  let chosen = first
  let reason: string | undefined
  // Disagreement: the instants that agree with the visible date, if the first does not.
  if (visible && !agreesWith(first.value, visible) && sources.some((each) => differ(each.value, first.value))) {
    // An instant that agrees, else a time of day that agrees (the visible one is the last source); a date alone is too little to drop an instant for.
    // An instant written on the visible day first: one within a zone's spread of it may be the day before in another source's zone.
    const instants = sources.filter((each) => each.value.iso && agreesWith(each.value, visible))
    const agreeing = instants.find((each) => each.value.date === visible.date) ?? instants[0] ?? sources.find((each) => each.value.time && agreesWith(each.value, visible))
    if (agreeing) {
      chosen = agreeing
      reason = `\`${agreeing.source}\` agrees with the visible date \`${visible.text}\`; \`${first.source}\` (\`${first.value.text}\`) does not`
    }
  }
  // A wall clock labelled with the wrong offset: two other sources agree on the instant it mislabels.
  const outvoting = reason ? undefined : outvotingLabel(chosen, sources)
  if (outvoting) {
    reason = `\`${outvoting.source}\` writes the wall clock of \`${chosen.source}\` (\`${chosen.value.text}\`) with another offset, and another source gives that instant too`
    chosen = outvoting
  }
  // A local wall clock labelled UTC: another source writes the same clock with the offset of the site's country that day.
  const local = reason || !siteOffset ? undefined : localClockOf(chosen, sources, siteOffset)
  if (local) {
    reason = `\`${local.source}\` writes the wall clock of \`${chosen.source}\` (\`${chosen.value.text}\`) with the offset of the site's country that day`
    chosen = local
  }
  // Precision: a later source that says the same more exactly (midnight says no more than the day).
  for (const each of sources) {
    if (precisionOf(each.value) > precisionOf(chosen.value) && refines(chosen.value, each.value) && !isMidnight(each.value)) {
      reason = `\`${each.source}\` gives the ${chosen.value.time ? 'zone' : 'time of day'} that \`${chosen.source}\` (\`${chosen.value.text}\`) leaves out`
      chosen = each
    }
  }
  return reason ? {chosen, reason} : {chosen}
}

/** The offset of the site's country on a day (`+02:00`), if the page tells its country and the country has one. */
export type SiteOffset = (date: string) => string | undefined

/**
 * The source that writes a UTC-labelled instant's wall clock with the
 * offset of the site's country that day: a CMS that labels the site's
 * local time `Z` (`2014-05-14T15:40:14+00:00` on a German site, beside
 * `2014-05-14T15:40:14+02:00`) is the common mistake. Only that offset
 * judges: a second source that writes the wall clock with another one is
 * as often the mislabelled one. A third source that gives the UTC instant
 * with another wall clock confirms it, and it stays.
 *
 * @param chosen
 *   The source chosen so far.
 * @param sources
 *   All sources.
 * @param siteOffset
 *   The offset of the site's country on a day.
 * @returns
 *   The source with the country's offset, if the chosen one is such a label.
 */
function localClockOf(chosen: InstantSource, sources: InstantSource[], siteOffset: SiteOffset): InstantSource | undefined {
  const value = chosen.value
  if (!value.iso?.endsWith('+00:00') || !value.date || !value.time) return undefined
  const offset = siteOffset(value.date)
  if (!offset || offset === '+00:00') return undefined
  const clock = value.time.slice(0, 5)
  // A third source that gives the UTC instant with another wall clock confirms it: the label is right.
  if (confirms(sources, chosen, clock)) return undefined
  return sources.find((each) => each.value.iso?.endsWith(offset) && each.value.date === value.date && each.value.time?.slice(0, 5) === clock)
}

/**
 * Whether a source other than `label` gives its instant with another wall
 * clock than `clock`: written otherwise, not a copy of the same field.
 *
 * @param sources
 *   All sources.
 * @param label
 *   The source to confirm.
 * @param clock
 *   The wall clock (`HH:MM`) that the disputed labels share.
 * @param besides
 *   A source that does not count (optional: the other label).
 * @returns
 *   Whether one does.
 */
function confirms(sources: InstantSource[], label: InstantSource, clock: string, besides?: InstantSource): boolean {
  return sources.some((each) => each !== label && each !== besides && each.value.iso !== undefined && !differ(each.value, label.value) && each.value.time?.slice(0, 5) !== clock)
}

/**
 * The source that outvotes the chosen one's offset: it writes the chosen
 * instant's wall clock with another offset, and a third source, written
 * otherwise, gives the same instant as it does
 * (`2020-02-02T19:14:27+01:00` in JSON-LD, beside a `<meta>`'s
 * `2020-02-02T19:14:27Z` and a `<time>`'s `2020-02-02T20:14:27+01:00`): one
 * CMS field labelled with the wrong offset, against two that agree.
 *
 * @param chosen
 *   The source chosen so far.
 * @param sources
 *   All sources.
 * @returns
 *   The source whose instant two sources give, if the chosen one mislabels it.
 */
function outvotingLabel(chosen: InstantSource, sources: InstantSource[]): InstantSource | undefined {
  const value = chosen.value
  if (!value.iso || !value.date || !value.time) return undefined
  const clock = value.time.slice(0, 5)
  for (const label of sources) {
    if (label === chosen || !label.value.iso || label.value.date !== value.date || label.value.time?.slice(0, 5) !== clock || !differ(label.value, value)) continue
    if (confirms(sources, label, clock, chosen)) return label
  }
  return undefined
}

/** Other instants this close to a time share its zone's offset, barring a change of summer time between them. */
const ZONE_REACH_MS = 7 * DAY_MS

/**
 * The zone of a time written without one, from the page's other instants:
 * when every instant within a week of it carries the same offset, and that offset is not UTC's (a CMS that writes `Z` may show local
 * times), the time is read in that offset.
 *
 * @param value
 *   A time with a day and a time of day but no zone.
 * @param others
 *   The page's other machine times.
 * @returns
 *   The time with the offset, or `undefined` when the page does not tell.
 */
export function withPageZone(value: Timestamp, others: Timestamp[]): Timestamp | undefined {
  if (value.iso || !value.date || !value.time) return undefined
  const wall = Date.parse(`${value.date}T00:00:00Z`)
  const offsets = new Set<string>()
  for (const other of others) {
    if (!other.iso || !other.date || Math.abs(Date.parse(`${other.date}T00:00:00Z`) - wall) > ZONE_REACH_MS) continue
    offsets.add(other.iso.slice(-6))
  }
  const [offset] = offsets
  if (offsets.size !== 1 || !offset || offset === '+00:00') return undefined
  const seconds = value.time.length === 5 ? ':00' : ''
  return {...value, timeZone: offset, iso: `${value.date}T${value.time}${seconds}${offset}`}
}
