/**
 * Find the posts of a live blog in markup: a run of sibling containers of
 * the same kind (same tag, same first class) that each carry their own time
 * (read in `post-times.ts`: a `<time>`, a `datetime`, a data attribute, or a
 * time-classed element whose text is a time) and their own prose. A page
 * with a few `<time>` elements is not thereby a live blog: it takes two such
 * siblings where the page says it is live (six elsewhere), prose in each,
 * times that show a clock and lie days apart at most, and titles that are
 * not links (a list of teasers has linked titles).
 *
 * Per-post microdata and JSON-LD `liveBlogUpdate` entries confirm and
 * complete what the markup shows (see `post-confirm.ts`): instants, titles,
 * never the text (often cut short there).
 *
 * Each post container gets `data.livePost` (time, title, authors, flags,
 * id); the elements read for those get `data.consumed`, so that
 * `hastToLines` does not repeat them as body text.
 *
 * @module
 */
import type {Element, Root as HastRoot} from 'hast'
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Author, Timestamp} from '../schema/article.js'
import type {PostData} from '../tree.js'
import {readByline} from '../util/bylines.js'
import {fold} from '../util/text.js'
import type {TimestampContext} from '../util/timestamps.js'
import {attribute, findAllElements, findElement, foldWhitespace, hintWords, textContent, type HastParent, mark} from './hast.js'
import {linkDensity, measuresOf, type Measures} from './measure.js'
import {readMachineTime, type LiveBlogUpdate} from './metadata/times.js'
import {readPostTime, showsClock, spreadOverMonths} from './post-times.js'
import {completeTime, indexUpdates, mislabelledShift, readPostMicrodata, updateOf, type UpdateIndex} from './post-confirm.js'
import {BYLINE_WORDS, KEY_EVENT_WORDS, LIVE_WORDS, PINNED_WORDS, UPDATED_WORDS} from './class-words.js'
import {consumeAges, findClassedTitle, readLabels} from './post-parts.js'
import {announcesLive} from './live-announce.js'
import {pageZoneOf} from '../util/page-zone.js'
import {settingsOf} from '../file-settings.js'

declare module 'hast' {
  interface ElementData {
    /** Set by `findLivePosts`: this element is a live-blog post. */
    livePost?: PostData
    /** Set by `findLivePosts`: read as a post's time, title or byline; not body text. */
    consumed?: boolean
  }
}

declare module 'vfile' {
  interface DataMap {
    /** The live-blog post containers found in markup, in page order. */
    livePosts: Element[]
  }
}

/** Fewest sibling posts that make a live blog, when the page says it is live: two, so that a young feed's posts keep the ids the page gives them as it grows. */
const MIN_POSTS = 2

/** Fewest sibling posts when nothing says "live": dated teasers and event lists come in threes too. */
const MIN_POSTS_UNANNOUNCED = 6

/** Share of the siblings that must carry a time. */
const MIN_TIMED_SHARE = 0.6

/** A post holds prose: at least this much text on average. */
const MIN_MEAN_TEXT = 80

/**
 * The signature by which sibling posts are grouped: tag and first class.
 *
 * @param element
 *   A child element.
 * @returns
 *   The signature.
 */
function signatureOf(element: Element): string {
  const classes = element.properties.className
  return `${element.tagName}.${Array.isArray(classes) && classes.length > 0 ? String(classes[0]) : ''}`
}


/**
 * A group of sibling elements that looks like a feed of posts.
 *
 * @param members
 *   Siblings of one signature.
 * @param measures
 *   Text figures.
 * @param context
 *   Day and zone.
 * @returns
 *   Whether they are posts.
 */
function isFeed(members: Element[], measures: Measures, context: TimestampContext, announced: boolean, updates: UpdateIndex): boolean {
  if (members.length < (announced ? MIN_POSTS : MIN_POSTS_UNANNOUNCED)) return false
  // Cheap tests first: most groups of siblings are menus and lists of links.
  const text = members.reduce((sum, member) => sum + (measures.get(member)?.text ?? 0), 0)
  if (text / members.length < MIN_MEAN_TEXT) return false
  // A live blog's posts show a time of day; a list of dated items (teasers, comments, archives) shows days.
  // A post that shows only an age ("hace 5 minutos") is timed by its JSON-LD update, matched by id or title.
  const times = members.map((member) => readPostTime(member, context)?.timestamp ?? updateByMarkup(member, updates)?.published).filter((time) => time?.time !== undefined && showsClock(time.text))
  if (times.length < MIN_POSTS || times.length < members.length * MIN_TIMED_SHARE) return false
  if (spreadOverMonths(times)) return false
  const linkedTitles = members.filter((member) => {
    const heading = findElement(member, (element) => /^h[1-6]$/.test(element.tagName))
    // A teaser's link holds its title, or its title holds the link.
    const wrapped = findElement(member, (element) => element.tagName === 'a' && findElement(element, (each) => /^h[1-6]$/.test(each.tagName)) !== undefined)
    return wrapped !== undefined || (heading !== undefined && linkDensity(measures, heading) > 0.5)
  }).length
  const meanDensity = members.reduce((sum, member) => sum + linkDensity(measures, member), 0) / members.length
  return linkedTitles < members.length / 2 && meanDensity < 0.5
}


/** The groups of a parent with too few children to hold a feed (shared, never changed). */
const NO_GROUPS: ReadonlyMap<string, Element[]> = new Map()

/**
 * How many element children a parent has.
 *
 * @param node
 *   The parent.
 * @returns
 *   The count.
 */
function elementCount(node: HastParent): number {
  let elements = 0
  for (const child of node.children) if (child.type === 'element') elements++
  return elements
}

/**
 * A parent's element children grouped by their signature (`signatureOf`), in page order.
 *
 * @param node
 *   The parent.
 * @returns
 *   The groups.
 */
function groupBySignature(node: HastParent): Map<string, Element[]> {
  const groups = new Map<string, Element[]>()
  for (const child of node.children) {
    if (child.type !== 'element') continue
    const key = signatureOf(child)
    const group = groups.get(key)
    if (group) group.push(child)
    else groups.set(key, [child])
  }
  return groups
}

/**
 * The best feed in the page: the group of post siblings with the most text.
 *
 * @param tree
 *   The page.
 * @param measures
 *   Text figures.
 * @param context
 *   Day and zone.
 * @returns
 *   The posts, in page order.
 */
function findFeed(tree: HastRoot, measures: Measures, context: TimestampContext, liveType: boolean, updates: UpdateIndex): Element[] {
  let best: Element[] = []
  let bestText = 0
  const visit = (node: HastParent, live: boolean): void => {
    const here = live || (node.type === 'element' && hintWords(node).some((word) => LIVE_WORDS.has(word)))
    // Fewer children than a feed has posts: nothing to group here, and no map made (a map for every element of the
    // page was a tenth of what this plugin allocated).
    const groups = elementCount(node) >= MIN_POSTS ? groupBySignature(node) : NO_GROUPS
    for (const group of groups.values()) {
      const text = group.reduce((sum, member) => sum + (measures.get(member)?.text ?? 0), 0)
      const announced = here || hintWords(group[0]!).some((word) => LIVE_WORDS.has(word))
      if (text > bestText && isFeed(group, measures, context, announced, updates)) {
        best = group
        bestText = text
      }
    }
    for (const child of node.children) if (child.type === 'element') visit(child, here)
  }
  visit(tree, liveType)
  return best
}

/**
 * The JSON-LD update of a candidate post, by its id or its heading, before
 * the post is read.
 *
 * @param member
 *   A candidate post.
 * @param updates
 *   The page's updates.
 * @returns
 *   The update, if one matches.
 */
function updateByMarkup(member: Element, updates: UpdateIndex): LiveBlogUpdate | undefined {
  if (updates.byId.size === 0 && updates.byHeadline.size === 0) return undefined
  const heading = findElement(member, (element) => /^h[2-6]$/.test(element.tagName))
  const data: PostData = {}
  const id = dataId(member) ?? attribute(member, 'id')
  if (id) data.id = id
  if (heading) data.title = foldWhitespace(textContent(heading))
  return updateOf(data, updates)
}

/**
 * Read a post's title, byline, flags and id.
 *
 * @param post
 *   The post container.
 * @param context
 *   Day and zone.
 * @param updates
 *   JSON-LD updates, by id and by headline.
 * @returns
 *   The post's data, the time its markup gives and its JSON-LD update.
 */
function readPost(post: Element, context: TimestampContext, updates: UpdateIndex): ReadPost {
  const data: PostData = {}
  const time = readPostTime(post, context)
  // The shown time is not body text; a time kept in an attribute of a larger element shows nothing.
  if (time && time.shown !== false) mark(time.element, {consumed: true})
  const microdata = readPostMicrodata(post, context)
  // A title in a heading, else in the microdata's headline, else in a title-classed element.
  const heading = findElement(post, (element) => /^h[2-6]$/.test(element.tagName)) ?? microdata.headlineElement ?? findClassedTitle(post)
  const title = heading ? foldWhitespace(textContent(heading)) : ''
  if (heading && title && title.split(' ').length <= 30) {
    data.title = title
    mark(heading, {consumed: true})
  }
  const isUpdate = (element: Element) => element !== time?.element && attribute(element, 'datetime') !== undefined && hintWords(element).some((word) => UPDATED_WORDS.has(word))
  // The stamp may sit in the post's footer, dropped as boilerplate with its share buttons.
  const updated = findElement(post, isUpdate) ?? droppedTimesOf(post).find(isUpdate)
  const updatedTime = updated ? readMachineTime(attribute(updated, 'datetime'), context, textContent(updated)) : undefined
  if (updated && updatedTime) {
    data.updated = updatedTime
    mark(updated, {consumed: true})
  }
  const authors = readPostAuthors(post)
  if (authors.length > 0) data.authors = authors
  readLabels(post, data)
  consumeAges(post)
  const words = new Set([...hintWords(post), ...Object.keys(post.properties).map((key) => key.toLowerCase())])
  if ([...words].some((word) => PINNED_WORDS.has(word) || word === 'datapinned')) data.pinned = true
  if ([...words].some((word) => KEY_EVENT_WORDS.has(word) || word === 'datakeyevent')) data.keyEvent = true
  const id = dataId(post) ?? attribute(post, 'id')
  if (id) data.id = id
  const update = updateOf(data, updates)
  // The structured data completes a clock into an instant, and gives a time where the markup shows none.
  const published = completeTime(time?.timestamp, [microdata.published, update?.published])
  if (published) data.published = published
  // A title the markup does not show at all (not even as a first bold line, which the line rules read).
  if (!data.title && update?.headline && !fold(textContent(post)).includes(fold(update.headline))) data.title = update.headline
  return {data, markupTime: time?.timestamp, update}
}

/** A post as `readPost` read it, with what the feed-wide checks compare. */
interface ReadPost {
  data: PostData
  /** The time as the markup gives it. */
  markupTime: Timestamp | undefined
  /** The JSON-LD update matched to the post, if any. */
  update: LiveBlogUpdate | undefined
}

/**
 * Trust the JSON-LD over a feed whose `Z` stamps run one same number of
 * hours off every JSON-LD instant (a server labelling local time as UTC),
 * and say so.
 *
 * @param posts
 *   The posts read.
 * @param file
 *   The file.
 */
function correctMislabelledTimes(posts: ReadPost[], file: VFile): void {
  const pairs: Array<[Timestamp, Timestamp]> = []
  for (const post of posts) if (post.markupTime && post.update?.published) pairs.push([post.markupTime, post.update.published])
  const shift = mislabelledShift(pairs)
  if (shift === undefined) return
  for (const post of posts) if (post.update?.published) post.data.published = post.update.published
  report(file, 'instant-chosen', `Post times from the JSON-LD updates: the markup's \`Z\` stamps run ${Math.abs(shift)} h ${shift > 0 ? 'ahead of' : 'behind'} every one of them (local time labelled as UTC)`)
}

/**
 * The times of the boilerplate dropped from a post (see `pruneBoilerplate`).
 *
 * @param post
 *   The post container.
 * @returns
 *   The times: the post's own, then its descendants'.
 */
function droppedTimesOf(post: Element): Element[] {
  const times: Element[] = [...(post.data?.droppedTimes ?? [])]
  for (const element of findAllElements(post, (each) => each.data?.droppedTimes !== undefined)) {
    for (const each of element.data!.droppedTimes!) times.push(each)
  }
  return times
}

/**
 * A post's authors, from a byline-classed element or `rel=author`.
 *
 * @param post
 *   The post container.
 * @returns
 *   The authors.
 */
function readPostAuthors(post: Element): Author[] {
  const bylines = findAllElements(post, (element) => hintWords(element).some((word) => BYLINE_WORDS.has(word)) || (attribute(element, 'rel') ?? '').split(' ').includes('author'))
  const byline = bylines[0]
  if (!byline) return []
  const text = foldWhitespace(textContent(byline))
  if (!text || text.length > 120) return []
  mark(byline, {consumed: true})
  // "Name in Place" (where the reporter files from) is not part of the name.
  const withoutLead = text.replace(/^(?:posted|written|updated)\s+by\s+/i, '')
  const place = PLACE_WORD.exec(withoutLead)
  const name = place ? withoutLead.slice(0, place.index) : withoutLead
  const read = readByline(text) ?? readByline(`By ${name}`)
  return read ?? []
}

/** " in Saltport", " at the scene", " aus Berlin": where a reporter files from, after the name. */
const PLACE_WORD = /\s(?:in|at|from|aus|en|à|a)\s/u

/**
 * A post's own id from a `data-*-id` attribute (`data-block-id`, `data-post-id`).
 *
 * @param post
 *   The post container.
 * @returns
 *   The id, if any.
 */
function dataId(post: Element): string | undefined {
  for (const [key, value] of Object.entries(post.properties)) {
    if (/^data(?:\w+)?Id$/.test(key) && (typeof value === 'string' || typeof value === 'number') && String(value).trim()) return String(value).trim()
  }
  return undefined
}

/**
 * Drop the copies of feed posts that stand outside the feed (a pinned post
 * shown again in a slot above it): same kind of element, same text. The
 * post in the feed is kept, marked pinned.
 *
 * @param tree
 *   The page.
 * @param feed
 *   The posts.
 */
function dropPinnedCopies(tree: HastRoot, feed: Element[]): void {
  const signature = signatureOf(feed[0]!)
  const members = new Set(feed)
  const keyOf = (post: Element) => dataId(post) ?? attribute(post, 'id') ?? fold(textContent(post))
  const byKey = new Map(feed.map((post) => [keyOf(post), post]))
  for (const element of findAllElements(tree, (each) => signatureOf(each) === signature && !members.has(each))) {
    const original = byKey.get(keyOf(element))
    if (!original) continue
    mark(element, {consumed: true})
    original.data!.livePost!.pinned = true
  }
}

/**
 * unified transformer plugin: find live-blog posts in markup.
 *
 * @param attached
 *   Day and zone from the options. Those a file carries come first (`settingsOf`).
 * @returns
 *   Transformer.
 */
export function findLivePosts(attached: TimestampContext) {
  return function (tree: HastRoot, file: VFile): void {
    const settings = settingsOf(file, attached)
    const metadata = file.data.metadata
    const context: TimestampContext = {}
    const date = settings.date ?? metadata?.published?.value.date ?? metadata?.updated?.value.date
    const updateTimes = (metadata?.liveBlogUpdates ?? []).map((update) => update.published)
    // The zone of the page's own times, else the one its JSON-LD updates carry.
    const timeZone = settings.timeZone ?? pageZoneOf([metadata?.published?.value, metadata?.updated?.value, ...updateTimes])
    if (date) context.date = date
    if (timeZone) context.timeZone = timeZone
    const measures = measuresOf(tree)
    // The page says it is live by its type, or by its headline ("Liveticker", "en direct", "Live:").
    const announced = metadata?.type?.value === 'LiveBlogPosting' || announcesLive(tree, metadata?.title?.value)
    const updates = indexUpdates(metadata?.liveBlogUpdates ?? [])
    const feed = findFeed(tree, measures, context, announced, updates)
    if (feed.length === 0) return
    const posts = feed.map((post) => readPost(post, context, updates))
    correctMislabelledTimes(posts, file)
    feed.forEach((post, index) => mark(post, {livePost: posts[index]!.data}))
    dropPinnedCopies(tree, feed)
    file.data.livePosts = feed
    report(file, 'posts-found', `${feed.length} live-blog posts found in markup`, feed[0])
  }
}
