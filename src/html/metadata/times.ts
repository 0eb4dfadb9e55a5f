/**
 * Publication and update times from markup: JSON-LD `datePublished` /
 * `dateModified`, OpenGraph and plain `<meta>` names, microdata and
 * `<time datetime>`, and the `liveBlogUpdate` entries of a live blog.
 * Published and updated are read separately and never swapped.
 *
 * @module
 */
import type {Element} from 'hast'
import type {Timestamp} from '../../schema/article.js'
import {parseTimestamp, type TimestampContext} from '../../util/timestamps.js'
import {attribute, foldWhitespace, textContent} from '../hast.js'
import {field, stringOf, type JsonLdNode} from '../json-ld.js'
import {firstMeta, type MetaIndex, type Sourced} from './sources.js'

/** One entry of a JSON-LD `liveBlogUpdate` list. */
export interface LiveBlogUpdate {
  id?: string
  url?: string
  headline?: string
  published?: Timestamp
}


/** Fractions of a second, which the timestamp reader does not take. */
const FRACTION = /(\d{2}:\d{2}:\d{2})[.,]\d{1,9}/

/**
 * The Unix `date` form, with the year last ("Mon Aug 03 12:45:00 EDT 2015"),
 * which some CMSs write into `article:published_time`.
 */
const YEAR_LAST = /^((?:[a-z]{3},?\s)?[a-z]{3,9}\.?\s\d{1,2}),?\s(\d{1,2}:\d{2}(?::\d{2})?(?:\s[a-z]{2,5}|\s?[+-]\d{2}:?\d{2})?)\s(\d{4})$/i

/** The zone's name in brackets that JavaScript's `Date#toString` appends ("GMT+0000 (Coordinated Universal Time)"). */
const ZONE_NAME = /(?<=[+-]\d{4})\s\([^()]{1,64}\)$/

/**
 * A machine value in the forms the timestamp reader takes: fractions of a
 * second dropped, the year of a Unix `date` moved before the time, the zone
 * name of JavaScript's `Date#toString` dropped.
 *
 * @param value
 *   The value, trimmed.
 * @returns
 *   The value to read.
 */
function normaliseMachineTime(value: string): string {
  return value.replace(FRACTION, '$1').replace(ZONE_NAME, '').replace(YEAR_LAST, '$1 $3 $2')
}

/**
 * Read a machine-readable date (`2024-06-19T14:20:00.000Z`, `2024-06-19`).
 *
 * @param value
 *   The attribute or JSON value.
 * @param context
 *   Day and zone to fall back on.
 * @param written
 *   The text the page shows for it (optional), kept as `text`.
 * @returns
 *   The timestamp, or `undefined` when it is not a date.
 */
export function readMachineTime(value: string | undefined, context: TimestampContext, written?: string): Timestamp | undefined {
  if (!value) return undefined
  const trimmed = normaliseMachineTime(value.trim().slice(0, 96))
  const timestamp = parseTimestamp(trimmed, context)
  if (!timestamp) return undefined
  const text = written ? foldWhitespace(written) : ''
  const time = timestamp.time && text ? asWritten(timestamp.time, text) : timestamp.time
  return {...timestamp, ...(time ? {time} : {}), text: text || value.trim()}
}

/** A written text this long is no time of day (a whole paragraph in a `<time>`). */
const WRITTEN_MAX_LENGTH = 64

/**
 * The machine time at the precision the page writes it: a `<time
 * datetime="…T14:05:00+01:00">` that shows "14:05" has the time `14:05`.
 * Only zero seconds are dropped, so no information is lost (the `iso` keeps
 * them either way).
 *
 * @param time
 *   The machine time, `HH:MM` or `HH:MM:SS`.
 * @param text
 *   The text the page shows, whitespace folded.
 * @returns
 *   The time to report.
 */
function asWritten(time: string, text: string): string {
  if (!time.endsWith(':00') || time.length !== 8 || text.length > WRITTEN_MAX_LENGTH) return time
  const shown = parseTimestamp(text)?.time
  return shown === time.slice(0, 5) ? shown : time
}


/**
 * The `liveBlogUpdate` entries of a `LiveBlogPosting`.
 *
 * @param main
 *   The main node.
 * @param context
 *   Day and zone.
 * @returns
 *   The updates.
 */
export function readLiveBlogUpdates(main: JsonLdNode | undefined, context: TimestampContext): LiveBlogUpdate[] {
  const value = main ? field(main, 'liveBlogUpdate') : undefined
  const list = Array.isArray(value) ? value : value ? [value] : []
  const updates: LiveBlogUpdate[] = []
  for (const each of list.slice(0, 5000)) {
    if (typeof each !== 'object' || each === null || Array.isArray(each)) continue
    const node = each as JsonLdNode
    const update: LiveBlogUpdate = {}
    const id = stringOf(field(node, '@id'))
    const url = stringOf(field(node, 'url'))
    const headline = stringOf(field(node, 'headline'))
    const published = readMachineTime(stringOf(field(node, 'datePublished')), context)
    if (id) update.id = id
    if (url) update.url = url
    if (headline) update.headline = foldWhitespace(headline)
    if (published) update.published = published
    updates.push(update)
  }
  return updates
}

/**
 * The first `<time datetime>` (or `itemprop` date) in the page body that says
 * it is the publication or update time.
 *
 * @param tree
 *   The page.
 * @param prop
 *   `datePublished` or `dateModified`.
 * @returns
 *   The element, if any.
 */
function findDatedElement(sources: Element[], prop: 'datePublished' | 'dateModified'): Element | undefined {
  const [element] = sources.filter((each) => (attribute(each, 'itemprop') ?? '').split(' ').includes(prop))
  return element
}


/** `<meta>` names of the publication time, in order of trust. */
const PUBLISHED_META = ['article:published_time', 'og:article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.date', 'sailthru.date', 'parsely-pub-date', 'citation_publication_date']

/** `<meta>` names of the update time, in order of trust. */
const UPDATED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified', 'dc.date.modified']

/** Published and updated, each with its source. */
export interface PageTimes {
  published?: Sourced<Timestamp>
  updated?: Sourced<Timestamp>
}

/**
 * The publication and update times, each from its own sources in order of
 * trust: JSON-LD, `<meta>` names, microdata, then a `<time pubdate>` (or
 * the page's only `<time>`s).
 *
 * @param sources
 *   The page's metadata elements.
 * @param meta
 *   The meta index.
 * @param main
 *   The page's main JSON-LD node (optional).
 * @param context
 *   Day and zone to fall back on.
 * @returns
 *   The times found.
 */
export function readTimes(sources: Element[], meta: MetaIndex, main: JsonLdNode | undefined, context: TimestampContext): PageTimes {
  const times: PageTimes = {}
  const fromJson = (key: string) => (main ? stringOf(field(main, key)) : undefined)
  const fromMeta = (keys: string[]): Sourced<Timestamp> | undefined => {
    const found = firstMeta(meta, keys)
    const timestamp = readMachineTime(found?.value, context)
    return found && timestamp ? {value: timestamp, source: found.source} : undefined
  }
  const jsonPublished = readMachineTime(fromJson('datePublished') ?? fromJson('uploadDate') ?? fromJson('dateCreated'), context)
  times.published = jsonPublished ? {value: jsonPublished, source: 'json-ld'} : fromMeta(PUBLISHED_META)
  const jsonUpdated = readMachineTime(fromJson('dateModified'), context)
  times.updated = jsonUpdated ? {value: jsonUpdated, source: 'json-ld'} : fromMeta(UPDATED_META)
  for (const [key, prop] of [['published', 'datePublished'], ['updated', 'dateModified']] as const) {
    if (times[key]) continue
    const element = findDatedElement(sources, prop)
    if (!element) continue
    const value = attribute(element, 'datetime') ?? attribute(element, 'content') ?? textContent(element)
    const timestamp = readMachineTime(value, context, element.tagName === 'meta' ? undefined : textContent(element))
    if (timestamp) times[key] = {value: timestamp, source: `itemprop=${prop}`}
  }
  if (!times.published) {
    const dated = sources.filter((element) => element.tagName === 'time' && attribute(element, 'datetime') !== undefined)
    const pubdate = dated.find((element) => attribute(element, 'pubdate') !== undefined) ?? (dated.length <= 2 ? dated[0] : undefined)
    const timestamp = pubdate ? readMachineTime(attribute(pubdate, 'datetime'), context, textContent(pubdate)) : undefined
    if (timestamp?.date) times.published = {value: timestamp, source: 'time[datetime]'}
  }
  if (!times.published) delete times.published
  if (!times.updated) delete times.updated
  return times
}
