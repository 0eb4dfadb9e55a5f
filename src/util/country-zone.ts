/**
 * The time zone of the country a page comes from, for the wall-clock times
 * it writes without a zone ("26.04.2024, 20:44 Uhr"). The country is read
 * from the page's address (a country-code domain: `.de`, `.co.jp`) or,
 * failing that, from the region of its language tag (`de-AT`, `ja_JP`). A
 * zone is given only when every zone of that country shows the same offset
 * on that day: Germany or Japan, not Spain (the Canaries) or the United
 * States. Where the runtime cannot list a country's zones
 * (`Intl.Locale#getTimeZones`), nothing is inferred.
 *
 * @module
 */
import {tzOffset} from '@date-fns/tz'
import {BoundedCache} from './bounded-cache.js'
import {formatOffset} from './timestamps.js'

/** Country-code domains sold as generic names: they say nothing of where a site is. */
const GENERIC_COUNTRY_DOMAINS = new Set(['ac', 'ai', 'am', 'cc', 'cx', 'co', 'fm', 'gg', 'io', 'la', 'ly', 'me', 'ms', 'nu', 'sh', 'so', 'st', 'tk', 'to', 'tv', 'vc', 'ws', 'eu', 'su'])

/** Country-code domains that differ from the ISO region code. */
const DOMAIN_REGION = new Map([['uk', 'GB']])

/** Where the country was read. */
export interface PageCountry {
  /** ISO 3166 region code, e.g. `DE`. */
  region: string
  /** What said so: `the address (.de)` or `the language (de-AT)`. */
  source: string
}

/**
 * The country a page comes from.
 *
 * @param url
 *   The page's address (optional).
 * @param language
 *   Its language tag (optional).
 * @returns
 *   The country and what said so, if either does.
 */
export function pageCountry(url: string | undefined, language: string | undefined): PageCountry | undefined {
  const domain = url ? topLevelDomain(url) : undefined
  if (domain && domain.length === 2 && !GENERIC_COUNTRY_DOMAINS.has(domain)) {
    return {region: DOMAIN_REGION.get(domain) ?? domain.toUpperCase(), source: `the address (.${domain})`}
  }
  const region = language ? /^[a-z]{2,3}[-_]([a-z]{2})(?:$|[-_])/i.exec(language.trim())?.[1] : undefined
  return region ? {region: region.toUpperCase(), source: `the language (${language!.trim()})`} : undefined
}

/**
 * The last label of a URL's host.
 *
 * @param url
 *   An absolute URL.
 * @returns
 *   E.g. `de`, `com`; `undefined` for an unreadable URL or an IP address.
 */
function topLevelDomain(url: string): string | undefined {
  let host: string
  try {
    host = new URL(url).hostname.toLowerCase()
  } catch {
    return undefined
  }
  const last = host.replace(/\.$/, '').split('.').pop()
  return last && /^[a-z]+$/.test(last) ? last : undefined
}

/**
 * The zone of a country on a day, when all its zones agree on the offset.
 *
 * @param region
 *   ISO 3166 region code.
 * @param date
 *   The day, `YYYY-MM-DD`.
 * @returns
 *   An IANA zone, or `undefined` for a country of several offsets or one the runtime does not know.
 */
export function countryZone(region: string, date: string): string | undefined {
  // Null for none: the cache keeps no `undefined`.
  return zoneOnDay.get(`${region} ${date}`, () => readCountryZone(region, date) ?? null) ?? undefined
}

/**
 * The zone of each region on each day asked (`countryZone`), or `null`: the
 * offset of each of a country's zones is read through `Intl` (the United
 * States have 29), a third of a percent of an HTML page's time in a profile
 * of the corpus pages; pages ask the same regions on the same few days.
 */
const zoneOnDay = new BoundedCache<string | null>(65_536, 64)

/**
 * `countryZone` without the cache.
 *
 * @param region
 *   ISO 3166 region code.
 * @param date
 *   The day, `YYYY-MM-DD`.
 * @returns
 *   An IANA zone, or `undefined`.
 */
function readCountryZone(region: string, date: string): string | undefined {
  const zones = zonesOf(region)
  if (zones.length === 0) return undefined
  const noon = new Date(`${date}T12:00:00Z`)
  if (Number.isNaN(noon.getTime())) return undefined
  const offsets = new Set(zones.map((zone) => tzOffset(zone, noon)))
  return offsets.size === 1 ? zones[0] : undefined
}

/**
 * The offset of a country's clocks on a day (`+02:00`), when all its zones
 * agree on it (see `countryZone`).
 *
 * @param region
 *   ISO 3166 region code.
 * @param date
 *   The day, `YYYY-MM-DD`.
 * @returns
 *   The offset, or `undefined` for a country of several offsets or one the runtime does not know.
 */
export function countryOffset(region: string, date: string): string | undefined {
  const zone = countryZone(region, date)
  return zone ? formatOffset(tzOffset(zone, new Date(`${date}T12:00:00Z`))) : undefined
}

/** `Intl.Locale` as runtimes expose a region's zones: a method (newer) or a getter (older V8). */
interface LocaleWithZones {
  getTimeZones?: () => string[] | undefined
  timeZones?: string[]
}

/**
 * Each region's zones, as `zonesOf` read them: building an `Intl.Locale` and
 * listing its zones was 1.5% of the HTML pipeline's time, asked again for
 * every date of a page. Its keys are region codes (two letters: at most
 * 676 of them); a caller's other strings are not kept past `MAX_REGIONS`.
 */
const ZONES_BY_REGION = new Map<string, readonly string[]>()

/** Regions `ZONES_BY_REGION` holds at most: every two-letter code. */
const MAX_REGIONS = 26 * 26

/**
 * The IANA zones the runtime lists for a region (remembered: the runtime's
 * list does not change while it runs).
 *
 * @param region
 *   ISO 3166 region code.
 * @returns
 *   The zones, none when the runtime cannot say.
 */
function zonesOf(region: string): readonly string[] {
  let zones = ZONES_BY_REGION.get(region)
  if (!zones) {
    zones = readZones(region)
    if (ZONES_BY_REGION.size >= MAX_REGIONS) ZONES_BY_REGION.clear()
    ZONES_BY_REGION.set(region, zones)
  }
  return zones
}

/**
 * The IANA zones the runtime lists for a region, read from `Intl.Locale`.
 *
 * @param region
 *   ISO 3166 region code.
 * @returns
 *   The zones, none when the runtime cannot say.
 */
function readZones(region: string): string[] {
  try {
    const locale = new Intl.Locale(`und-${region}`) as unknown as LocaleWithZones
    return (typeof locale.getTimeZones === 'function' ? locale.getTimeZones() : locale.timeZones) ?? []
  } catch {
    return []
  }
}
