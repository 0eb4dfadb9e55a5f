/**
 * What a live blog's structured data says of its posts, used to confirm
 * and complete what the markup shows: per-post microdata (`itemprop=
 * "datePublished"` / `"headline"` inside the post) and JSON-LD
 * `LiveBlogPosting.liveBlogUpdate` entries (matched by the id of the post or
 * by its title). They give an exact instant where the markup shows only a
 * clock, a title where it shows none, and correct a feed whose `datetime`s
 * say `Z` but run one hour off every JSON-LD instant (a server that labels
 * local time as UTC). Never the text: updates often cut it short.
 *
 * @module
 */
import type {Element} from 'hast'
import type {Timestamp} from '../schema/article.js'
import type {PostData} from '../tree.js'
import {fold} from '../util/text.js'
import type {TimestampContext} from '../util/timestamps.js'
import {attribute, findElement, foldWhitespace, textContent} from './hast.js'
import type {LiveBlogUpdate} from './metadata/times.js'
import {readMachineTime} from './metadata/times.js'

/** The JSON-LD updates of a page, by the id they give and by their folded headline. */
export interface UpdateIndex {
  byId: Map<string, LiveBlogUpdate>
  byHeadline: Map<string, LiveBlogUpdate>
}

/**
 * Index the JSON-LD updates by the id they give (the `#fragment` of their
 * `@id` or `url`) and by their headline (when it is unique).
 *
 * @param updates
 *   The updates.
 * @returns
 *   The index.
 */
export function indexUpdates(updates: LiveBlogUpdate[]): UpdateIndex {
  const byId = new Map<string, LiveBlogUpdate>()
  const byHeadline = new Map<string, LiveBlogUpdate>()
  const repeated = new Set<string>()
  for (const update of updates) {
    for (const address of [update.id, update.url]) {
      const fragment = address?.includes('#') ? address.slice(address.indexOf('#') + 1) : undefined
      if (fragment) byId.set(fragment, update)
    }
    const key = update.headline ? fold(update.headline) : ''
    if (!key) continue
    if (byHeadline.has(key)) repeated.add(key)
    byHeadline.set(key, update)
  }
  for (const key of repeated) byHeadline.delete(key)
  return {byId, byHeadline}
}

/**
 * The JSON-LD update of a post: by its id, else by its title.
 *
 * @param data
 *   The post's data (`id`, `title`).
 * @param index
 *   The updates.
 * @returns
 *   The update, if one matches.
 */
export function updateOf(data: PostData, index: UpdateIndex): LiveBlogUpdate | undefined {
  return (data.id ? index.byId.get(data.id) : undefined) ?? (data.title ? index.byHeadline.get(fold(data.title)) : undefined)
}

/**
 * Whether an element carries a microdata property.
 *
 * @param element
 *   An element.
 * @param name
 *   The property, e.g. `datePublished`.
 * @returns
 *   Whether `itemprop` names it.
 */
function hasItemProp(element: Element, name: string): boolean {
  const value = element.properties.itemProp
  return Array.isArray(value) ? value.includes(name) : value === name
}

/**
 * A post's own microdata: its `datePublished` and `headline`.
 *
 * @param post
 *   The post container.
 * @param context
 *   Day and zone.
 * @returns
 *   What the microdata says, and the headline's element.
 */
export function readPostMicrodata(post: Element, context: TimestampContext): {published?: Timestamp; headline?: string; headlineElement?: Element} {
  const found: {published?: Timestamp; headline?: string; headlineElement?: Element} = {}
  const date = findElement(post, (element) => hasItemProp(element, 'datePublished'))
  const value = date ? (attribute(date, 'content') ?? attribute(date, 'datetime')) : undefined
  const published = value ? readMachineTime(value, context) : undefined
  if (published) found.published = published
  const headline = findElement(post, (element) => hasItemProp(element, 'headline'))
  const text = headline ? foldWhitespace(attribute(headline, 'content') ?? textContent(headline)) : ''
  if (headline && text) {
    found.headline = text
    found.headlineElement = headline
  }
  return found
}

/**
 * Whether two times may be the same moment written in two zones: the same
 * minute of the hour (zones differ by whole hours, or half and quarter
 * hours that the markup's clock shows too).
 *
 * @param shown
 *   The markup's time.
 * @param exact
 *   A time with an instant.
 * @returns
 *   Whether they agree.
 */
function sameMinute(shown: Timestamp, exact: Timestamp): boolean {
  return shown.time !== undefined && exact.time !== undefined && shown.time.slice(3, 5) === exact.time.slice(3, 5)
}

/**
 * Complete a post's time: a clock without an instant takes the instant of
 * the structured data that agrees with it (same minute of the hour).
 *
 * @param time
 *   The markup's time (optional).
 * @param sources
 *   Instants of the structured data, most trusted first.
 * @returns
 *   The time to keep.
 */
export function completeTime(time: Timestamp | undefined, sources: Array<Timestamp | undefined>): Timestamp | undefined {
  const exact = sources.filter((source): source is Timestamp => Boolean(source?.iso))
  if (!time) return exact[0]
  if (time.iso) return time
  const agreeing = exact.find((source) => sameMinute(time, source))
  return agreeing ? {...agreeing, text: time.text} : time
}

/** The difference, in hours, a server that labels local time as UTC puts between its `Z` stamps and the true instants. */
const MISLABELLED_HOURS = new Set([1, 2, -1, -2])

/**
 * Whether the markup's `Z` stamps are off the JSON-LD instants by one same
 * whole number of hours on every post both date: the markup's label is
 * wrong, the JSON-LD right.
 *
 * @param pairs
 *   The markup's time and the JSON-LD's, per post that has both.
 * @returns
 *   The shift in hours, or `undefined` when the two agree or disagree unevenly.
 */
export function mislabelledShift(pairs: Array<[Timestamp, Timestamp]>): number | undefined {
  // One post proves nothing: a pattern of the feed does.
  if (pairs.length < 2) return undefined
  let shift: number | undefined
  for (const [markup, jsonLd] of pairs) {
    // The markup's instant is labelled UTC (its text may be the clock shown, its machine value said `Z`).
    if (!markup.iso?.endsWith('+00:00') || !jsonLd.iso) return undefined
    const hours = (Date.parse(markup.iso) - Date.parse(jsonLd.iso)) / 3_600_000
    if (!MISLABELLED_HOURS.has(hours) || (shift !== undefined && hours !== shift)) return undefined
    shift = hours
  }
  return shift
}
