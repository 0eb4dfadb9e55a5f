/**
 * Publication and update times from markup: JSON-LD `datePublished` /
 * `dateModified`, OpenGraph, Dublin Core and analytics `<meta>` names,
 * microdata and the article's own `<time>`, each chosen among its sources
 * (`chooseInstant`), and the `liveBlogUpdate` entries of a live blog.
 * Published and updated are read separately and never swapped.
 *
 * @module
 */
import type {Element} from 'hast'
import type {Timestamp} from '../../schema/article.js'
import {chooseInstant, withPageZone, type InstantSource, type SiteOffset} from '../../util/choose-instant.js'
import {findTimestamps, type TimestampContext} from '../../util/timestamps.js'
import {attribute, foldWhitespace, textContent} from '../hast.js'
import {field, stringOf, typesOf, type JsonLdNode} from '../json-ld.js'
import {readMachineTime} from './machine-time.js'
import type {MetaIndex, Sourced} from './meta-index.js'
import {headlinePlace, isBesideHeadline, readShownDate, type HeadlinePlace} from './shown-dates.js'
import {isoTitle, machineValue, type ShownDate, type TimeElement} from './time-elements.js'

/** The elements that may show the article's date as text alone, and the elements above each heading (the headline among them, marked). */
export interface ShownDates {
  dates: ShownDate[]
  headingAncestors: Map<Element, Element[]>
}

export {readMachineTime} from './machine-time.js'

/** One entry of a JSON-LD `liveBlogUpdate` list. */
export interface LiveBlogUpdate {
  id?: string
  url?: string
  headline?: string
  published?: Timestamp
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

/** JSON-LD types of a post whose dates are the page's when no article node is there. */
const POSTING_TYPES = new Set(['SocialMediaPosting', 'DiscussionForumPosting'])

/** `<meta>` names of the publication time, in order of trust: OpenGraph, schema.org, Dublin Core, then the names of analytics and recommendation tools. */
const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'article:published', 'og:published_time', 'datepublished', 'uploaddate',
  'date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'pub_date', 'publication_date', 'publisheddate', 'published_time', 'article_published_time',
  'dc.date', 'dc.date.issued', 'dc.date.created', 'dc.created', 'dc:date', 'dcterms.created', 'dcterms:created', 'dcterms.issued', 'dcterms.date', 'dcterms:date', 'prism.publicationdate',
  'sailthru.date', 'parsely-pub-date', 'cxenseparse:recs:publishtime', 'cxenseparse:publishtime', 'shareaholic:article_published_time', 'citation_publication_date', 'citation_date'
]

/** `<meta>` names of the update time, in order of trust. */
const UPDATED_META = [
  'article:modified_time', 'og:article:modified_time', 'article:modified', 'og:updated_time', 'datemodified', 'last-modified', 'last_modified', 'article_modified_time',
  'dcterms.modified', 'dcterms:modified', 'dc.date.modified', 'date.modified', 'cxenseparse:recs:modifiedtime', 'shareaholic:article_modified_time'
]

/** Published and updated, each with its source. */
export interface PageTimes {
  published?: Sourced<Timestamp>
  updated?: Sourced<Timestamp>
  /** Why a source other than the most trusted was kept, one sentence each (for messages). */
  reasons: string[]
}

/**
 * The times a JSON-LD node gives under some keys, in the order of the keys.
 *
 * @param main
 *   The main node (optional).
 * @param keys
 *   The keys.
 * @param context
 *   Day and zone.
 * @returns
 *   The sources.
 */
function jsonSources(main: JsonLdNode | undefined, keys: string[], context: TimestampContext): InstantSource[] {
  const found: InstantSource[] = []
  for (const key of keys) {
    const value = readMachineTime(main ? stringOf(field(main, key)) : undefined, context)
    if (value) found.push({value, source: `json-ld ${key}`})
  }
  return found
}

/**
 * The times `<meta>` names give, in the order of the names, with the
 * `pub_date` of a `parsely-page` JSON value.
 *
 * @param meta
 *   The meta index.
 * @param keys
 *   The names.
 * @param context
 *   Day and zone.
 * @returns
 *   The sources.
 */
function metaSources(meta: MetaIndex, keys: string[], context: TimestampContext): InstantSource[] {
  const found: InstantSource[] = []
  for (const key of keys) {
    const value = readMachineTime(meta.get(key), context)
    if (value) found.push({value, source: `meta[${key}]`})
  }
  return found
}

/**
 * The `pub_date` of a `parsely-page` meta, a JSON object.
 *
 * @param meta
 *   The meta index.
 * @param context
 *   Day and zone.
 * @returns
 *   The source, if any.
 */
function parselyPage(meta: MetaIndex, context: TimestampContext): InstantSource[] {
  const text = meta.get('parsely-page')
  if (!text?.startsWith('{')) return []
  let page: unknown
  try {
    page = JSON.parse(text)
  } catch {
    return []
  }
  const value = typeof page === 'object' && page !== null ? readMachineTime(stringOf((page as JsonLdNode)['pub_date']), context) : undefined
  return value ? [{value, source: 'meta[parsely-page]'}] : []
}

/**
 * The first element whose `itemprop` names the time, read from its
 * `datetime`, `content`, an ISO date in its `title` (`<abbr title>`), or text.
 *
 * @param sources
 *   The page's metadata elements.
 * @param prop
 *   `datePublished` or `dateModified`.
 * @param context
 *   Day and zone.
 * @returns
 *   The source, if any.
 */
function itempropSources(sources: Element[], prop: 'datePublished' | 'dateModified', context: TimestampContext): InstantSource[] {
  const element = sources.find((each) => (attribute(each, 'itemprop') ?? '').split(' ').includes(prop))
  if (!element) return []
  const value = attribute(element, 'datetime') ?? attribute(element, 'content') ?? isoTitle(element) ?? textContent(element)
  const timestamp = readMachineTime(value, context, element.tagName === 'meta' ? undefined : textContent(element))
  return timestamp ? [{value: timestamp, source: `itemprop=${prop}`}] : []
}

/** A `<time>`'s text this long may show its time (and an update time beside it); longer, it is prose. */
const SHOWN_MAX_LENGTH = 160

/** A `<time>` read: its machine value, and the time its text shows (when that has a day). */
interface ReadTime {
  value: Timestamp
  shown?: Timestamp
}

/**
 * Read a `<time datetime>`.
 *
 * @param time
 *   The element.
 * @param context
 *   Day and zone.
 * @returns
 *   The machine value and what the text shows, or `undefined` when the machine value is no date.
 */
function readTimeElement(time: TimeElement, context: TimestampContext): ReadTime | undefined {
  const text = textContent(time.element)
  // Without a `datetime`, the text is the machine value (as the HTML standard has it).
  const value = readMachineTime(machineValue(time.element) ?? foldWhitespace(text), context, text)
  if (!value?.date) return undefined
  // The first stamp of the text, unless an update ("2 May 2024 / Updated 3 May 2024" shows both).
  const [first] = text.length <= SHOWN_MAX_LENGTH ? findTimestamps(foldWhitespace(text), context) : []
  const shown = first?.kind === 'updated' ? undefined : first?.timestamp
  return shown?.date ? {value, shown} : {value}
}

/** A page with more distinct article times than this, none saying what it is, is a feed or a list. */
const LONE_TIMES_MAX = 2

/**
 * The `<time>` that gives the article's time of a kind. The publication: the
 * first that says it is one (`pubdate`, a `published` class), else the first
 * of the article's times when the page has at most two (and, where other
 * sources give the publication, not the update time). The update: an `updated` time first, or right
 * after the publication.
 *
 * @param times
 *   The page's time elements.
 * @param kind
 *   Which time.
 * @param updates
 *   The update times other sources give.
 * @param hasOthers
 *   Whether other sources give a publication time.
 * @param context
 *   Day and zone.
 * @param headline
 *   Where the headline stands (optional): the time beside it is the article's on a page of many.
 * @returns
 *   The time read, if any.
 */
function articleTime(times: TimeElement[], kind: 'published' | 'updated', updates: InstantSource[], hasOthers: boolean, context: TimestampContext, headline?: HeadlinePlace): ReadTime | undefined {
  const own = times.filter((time) => !time.elsewhere)
  const published = own.findIndex((time) => time.kind === 'published')
  if (kind === 'updated') {
    // The update stands first, or right after the publication: a later one is another story's (a card's `time.updated`).
    const next = own[published + 1]
    return next?.kind === 'updated' ? readTimeElement(next, context) : undefined
  }
  if (published >= 0) return readTimeElement(own[published]!, context)
  const first = bylineTime(own, context) ?? loneTime(times, context) ?? (headline && headlineTime(own, headline, context))
  if (!first) return undefined
  // The update time shown (often as an age, "1 day ago") is not the publication, where another source gives that.
  const isUpdate = updates.some((update) => update.value.iso && first.value.iso && Date.parse(update.value.iso) === Date.parse(first.value.iso))
  return isUpdate && hasOthers ? undefined : first
}

/**
 * The unlabelled time in the byline's element: the article's, however many
 * dated teasers the page shows besides.
 *
 * @param own
 *   The page's time elements that stand where the article's does.
 * @param context
 *   Day and zone.
 * @returns
 *   The time read, if any.
 */
function bylineTime(own: TimeElement[], context: TimestampContext): ReadTime | undefined {
  const inByline = own.find((time) => time.inByline && time.kind === undefined && machineValue(time.element) !== undefined)
  return inByline ? readTimeElement(inByline, context) : undefined
}

/**
 * The unlabelled time beside the headline (no heading between them, a
 * common container close above the headline): the article's, on a page
 * whose feeds and rails show many other times that no list or card marks as
 * theirs. Only when those beside the headline agree on one instant.
 *
 * @param own
 *   The page's time elements that stand where the article's does.
 * @param headline
 *   Where the headline stands.
 * @param context
 *   Day and zone.
 * @returns
 *   The time read, if any.
 */
function headlineTime(own: TimeElement[], headline: HeadlinePlace, context: TimestampContext): ReadTime | undefined {
  const beside = own.filter((time) => time.kind === undefined && machineValue(time.element) !== undefined && isBesideHeadline(headline, time))
  const read = beside.map((time) => readTimeElement(time, context)).filter((each) => each !== undefined)
  const distinct = new Set(read.map((each) => each.value.iso ?? each.value.text))
  return distinct.size === 1 ? read[0] : undefined
}

/**
 * The first unlabelled time of a page that shows few: a feed's or a list's
 * are many. A `<time>` without a `datetime` must say what it is: unlabelled,
 * it is as often today's date in the site's header.
 *
 * @param times
 *   The page's time elements.
 * @param context
 *   Day and zone.
 * @returns
 *   The time read, if any.
 */
function loneTime(times: TimeElement[], context: TimestampContext): ReadTime | undefined {
  const dated = times.filter((time) => time.kind === undefined && machineValue(time.element) !== undefined).map((time) => ({time, read: readTimeElement(time, context)}))
  // Times placed in lists, cards or sidebars are others' already: the many that make a feed are the article's own.
  const distinct = new Set(dated.filter(({time}) => !time.elsewhere).map(({read}) => read?.value.iso ?? read?.value.text).filter(Boolean))
  return distinct.size > LONE_TIMES_MAX ? undefined : dated.find(({time, read}) => read && !time.elsewhere)?.read
}

/**
 * The publication and update times, each chosen among its sources (see
 * `chooseInstant`): JSON-LD, `<meta>` names, microdata, then the article's
 * `<time>`, whose text is the visible date that judges sources that disagree.
 *
 * @param elements
 *   The page's `<time>` elements, placed (`collectSources`).
 * @param sources
 *   The page's metadata elements.
 * @param meta
 *   The meta index.
 * @param jsonLd
 *   The page's main JSON-LD node (optional) and all its nodes.
 * @param context
 *   Day and zone to fall back on.
 * @param shown
 *   The elements that may show a date as text, and where the headings stand (optional).
 * @param siteOffset
 *   The offset of the site's country on a day (optional; see `chooseInstant`).
 * @returns
 *   The times found, and why a source was preferred.
 */
export function readTimes(elements: TimeElement[], sources: Element[], meta: MetaIndex, jsonLd: {main?: JsonLdNode | undefined; nodes: JsonLdNode[]}, context: TimestampContext, shown?: ShownDates, siteOffset?: SiteOffset): PageTimes {
  // A post of a social network or a forum is dated like an article (its author is an account, not read as a byline).
  const main = jsonLd.main ?? jsonLd.nodes.find((node) => typesOf(node).some((type) => POSTING_TYPES.has(type)))
  const times: PageTimes = {reasons: []}
  const updatedTime = articleTime(elements, 'updated', [], false, context)
  const updatedSources = [...jsonSources(main, ['dateModified'], context), ...metaSources(meta, UPDATED_META, context), ...itempropSources(sources, 'dateModified', context)]
  if (updatedTime) updatedSources.push({value: updatedTime.value, source: 'time[datetime]'})
  const declared = [...metaSources(meta, PUBLISHED_META, context), ...parselyPage(meta, context), ...itempropSources(sources, 'datePublished', context)]
  const fromJson = jsonSources(main, ['datePublished', 'uploadDate', 'dateCreated'], context)
  // A page whose main node is a video is often an article around an embedded one: the video's upload is not the article's publication.
  const isVideo = main !== undefined && typesOf(main).includes('VideoObject')
  const publishedSources = isVideo ? [...declared, ...fromJson] : [...fromJson, ...declared]
  const headline = shown ? headlinePlace(shown.headingAncestors) : undefined
  const publishedTime = articleTime(elements, 'published', updatedSources, publishedSources.length > 0, context, headline)
  if (publishedTime) publishedSources.push({value: publishedTime.value, source: 'time[datetime]'})
  // No source at all: the date the page shows by its headline, as text alone, is the publication's.
  const shownDate = publishedSources.length === 0 && shown ? readShownDate(shown.dates, shown.headingAncestors, context) : undefined
  if (shownDate) {
    publishedSources.push({value: shownDate.value, source: 'date text'})
    times.reasons.push(`Publication date from \`${shownDate.value.text}\`, the date shown by the headline; no metadata or \`<time>\` gives one`)
  }
  // What the article's time shows is a source too, the last.
  if (publishedTime?.shown) publishedSources.push({value: publishedTime.shown, source: 'time text'})
  // Only the publication is judged by the visible date: an update time's text is often hidden (`time.updated`).
  for (const [key, list, shown] of [['published', publishedSources, publishedTime?.shown], ['updated', updatedSources, undefined]] as const) {
    const choice = chooseInstant(list, shown, siteOffset)
    if (!choice) continue
    times[key] = {value: choice.chosen.value, source: choice.chosen.source}
    if (choice.reason) times.reasons.push(`${key === 'published' ? 'Publication' : 'Update'} time from ${choice.reason}`)
  }
  // A source that puts the publication on another day than the one chosen is wrong, its offset with it.
  const witnesses = publishedSources.filter((each) => each.value.date === times.published?.value.date)
  withZones(times, [...witnesses, ...updatedSources].map((each) => each.value), elements, context)
  return times
}

/**
 * Give the times written without a zone the offset of the page's other
 * instants (see `withPageZone`), and say so.
 *
 * @param times
 *   The times chosen, changed in place.
 * @param values
 *   The values of every source.
 * @param elements
 *   The page's `<time>` elements.
 * @param context
 *   Day and zone.
 */
function withZones(times: PageTimes, values: Timestamp[], elements: TimeElement[], context: TimestampContext): void {
  if (![times.published, times.updated].some((time) => time && !time.value.iso && time.value.time)) return
  const others = [...values, ...elements.map((time) => readTimeElement(time, context)?.value).filter((value) => value !== undefined)]
  for (const key of ['published', 'updated'] as const) {
    const time = times[key]
    const zoned = time ? withPageZone(time.value, others) : undefined
    if (!time || !zoned) continue
    time.value = zoned
    times.reasons.push(`${key === 'published' ? 'Publication' : 'Update'} time \`${zoned.text}\` read in \`${zoned.timeZone}\`, the offset of the page's other times that week`)
  }
}
