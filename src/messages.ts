/**
 * Every message standfirst reports, by `ruleId`, with the reason's wording.
 * The README's "Messages" section documents the same list.
 *
 * @module
 */
import type {Node} from 'unist'
import type {VFile} from 'vfile'

/** Where the README documents the messages. */
const DOCS = 'https://github.com/standfirst/standfirst#messages'

/**
 * Every rule id, each with its `severity` (`info` for drops, `warning` for
 * guesses) and `about`, what a message with that `ruleId` means.
 *
 * @example
 *   ```ts
 *   RULES['furniture-dropped']
 *   // {severity: 'info', about: 'A line of page furniture (share bar, skip link, menu, prompt) was dropped.'}
 *   ```
 */
export const RULES = {
  'furniture-dropped': {severity: 'info', about: 'A line of page furniture (share bar, skip link, menu, prompt) was dropped.'},
  'boilerplate-dropped': {severity: 'info', about: 'A run of lines that looks like navigation, footer or related links was dropped.'},
  'summary-kept': {severity: 'info', about: 'A region whose class names it boilerplate was dropped but for its summary: the block that follows the headline and repeats the page\'s description.'},
  'locked-text-kept': {severity: 'info', about: 'A hidden block of prose behind a paywall (its class says so) was kept: the page holds the article\'s text.'},
  'spam-dropped': {severity: 'info', about: 'Content-farm spam (fake author card, rating, repeated title) was dropped.'},
  'duplicate-dropped': {severity: 'info', about: 'A repeated copy of a line, caption or pinned post was dropped.'},
  'duplicate-kept': {severity: 'info', about: 'A line repeated too often to be a copy of the standfirst was kept, every copy of it.'},
  'title-found': {severity: 'info', about: 'The headline taken, with the source that won and why (a visible heading and the metadata titles that agree with it).'},
  'title-missing': {severity: 'warning', about: 'No headline was found.'},
  'standfirst-found': {severity: 'info', about: 'The line taken as the standfirst, and why (its class, agreement with the meta description, the byline after it).'},
  'zone-inferred': {severity: 'warning', about: 'A time written without a zone, on a page that gives none, was read in the zone of the page’s country (from its address or language tag), where that country has one offset.'},
  'timestamp-ambiguous': {severity: 'warning', about: 'A timestamp lacked a date or zone and could not be resolved to an instant.'},
  'caption-split': {severity: 'info', about: 'A caption line was turned into a figure, its credit split off.'},
  'thumbnail-dropped': {severity: 'info', about: 'An image inside a link to another page, without a caption, was dropped as a teaser’s thumbnail.'},
  'lead-image-found': {severity: 'info', about: 'The lead image was chosen, with the source it came from (a figure at the top, the page’s metadata, or both).'},
  'transcript-found': {severity: 'info', about: 'A long unpunctuated run of speech was taken as a transcript.'},
  'post-boundary-weak': {severity: 'warning', about: 'A live-blog post was opened by a title line alone, without a time or footer.'},
  'byline-found': {severity: 'info', about: 'A line was read as a byline.'},
  'author-dropped': {severity: 'info', about: 'A name was not taken as an author: an organisation (made the source), a CMS account, a subheading or a person of the story, a byline below the story.'},
  'kind-decided': {severity: 'info', about: 'The page declares one kind (a `VideoObject`) but shows another (an article\'s body beside the video), and was read as what it shows.'},
  'teaser-found': {severity: 'info', about: 'A teaser of a listing page was recognised.'},
  'nesting-flattened': {severity: 'warning', about: 'HTML nested deeper than any real page was flattened to its text.'},
  'metadata-found': {severity: 'info', about: 'A metadata field (title, authors, times…) was read, with the source it came from.'},
  'metadata-unreadable': {severity: 'warning', about: 'A JSON-LD block did not parse, even after repairs, and was ignored.'},
  'instant-chosen': {severity: 'info', about: 'The publication or update time came from a source other than the most trusted: one that says the same more precisely, or that agrees with the visible date where sources disagree.'},
  'metadata-conflict': {severity: 'warning', about: 'The page says it was updated before it was published; both kept as given.'},
  'post-times-dated': {severity: 'info', about: 'Live-blog posts found in markup that show a time of day alone were given the page’s day, a day back (or forward) where the clock passes midnight in the feed’s order.'},
  'posts-found': {severity: 'info', about: 'Live-blog posts were found in the markup (repeated containers, each with its own time).'},
  'posts-rejected': {severity: 'info', about: 'Lines that open with a time of day were not read as a live blog\'s posts: one under another with no sentence among them, they are a timetable; or times alone on their lines all fall after the page\'s last time, a programme.'},
  'article-empty': {severity: 'warning', about: 'No article text was found: the input is empty, or everything in it was page furniture or boilerplate, or the page holds no article. The Article has no body, posts, key points, transcript or teasers; its title and metadata are kept when the page had them.'},
  'learned-site-applied': {severity: 'info', about: 'A learned site profile (`options.learned`, from `learnSite`) was applied: the lines it learned as the site’s furniture are dropped.'},
  'learned-furniture-dropped': {severity: 'info', about: 'A line that a learned site profile found repeated across the site’s pages (a menu, footer, label or prompt) was dropped.'},
  'profile-applied': {severity: 'info', about: 'A site profile was applied (picked by the host of `options.url`, or forced by `options.site`): its selectors, furniture phrases, time zone and language add to the generic rules.'},
  'not-text': {severity: 'warning', about: 'The input string is not text (mostly NULs, other control characters or replacement characters, or the bytes of an image, a PDF or an archive read as a string): it was read as empty, and the Article is empty. Bytes that are not text throw a `StandfirstError` with the code `not-text` instead.'},
  'input-decoded': {severity: 'info', about: 'Bytes were decoded with the named encoding.'},
  'schema-invalid': {severity: 'warning', about: 'The compiled Article failed its schema (a bug in standfirst: please report it).'},
  'time-budget-spent': {severity: 'warning', about: 'The parse ran past `options.timeBudgetMs`: an optional stage was skipped, the page compiled from what was done.'}
} as const

declare module 'vfile' {
  interface DataMap {
    /** Set when the caller does not want messages (`parse`): `report` does nothing. */
    quiet: boolean
  }
}

/**
 * A rule id: a key of `RULES`, and the `ruleId` of each message
 * `parseWithMessages` returns.
 *
 * @example
 *   ```ts
 *   const warnings = messages.filter((message) => RULES[message.ruleId as RuleId]?.severity === 'warning')
 *   ```
 */
export type RuleId = keyof typeof RULES

/**
 * A place in the input: line and column (both 1-indexed), and the offset when known.
 *
 * @example
 *   ```ts
 *   const {messages} = parseWithMessages(html)
 *   const place = messages[0]?.place
 *   const start: MessagePoint | undefined = place && 'start' in place ? place.start : place
 *   ```
 */
export interface MessagePoint {
  /** Line, from 1. */
  line: number
  /** Column, from 1. */
  column: number
  /** Offset in the input, from 0. */
  offset?: number | undefined
}

/**
 * A stretch of the input: where a message's place starts and ends.
 *
 * @example
 *   ```ts
 *   const span = messages.map((message) => message.place).find((place): place is MessageSpan => Boolean(place && 'start' in place))
 *   ```
 */
export interface MessageSpan {
  /** The first point of the stretch. */
  start: MessagePoint
  /** The point just after the stretch. */
  end: MessagePoint
}

/**
 * A message of `parseWithMessages`: a [vfile message](https://github.com/vfile/vfile-message)
 * (an `Error`), typed here with the fields standfirst sets. Declared here
 * rather than imported from vfile-message, an ESM-only package, so that the
 * CommonJS types (`.d.cts`) need no ESM import (TypeScript rejects one under
 * `moduleResolution` node16).
 *
 * @example
 *   ```ts
 *   const {messages} = parseWithMessages(html)
 *   for (const message of messages) console.log(`${message.line}:${message.column}`, message.reason, message.ruleId)
 *   ```
 */
export interface ParseMessage extends Error {
  /** What was dropped or doubted, and why, as a sentence. */
  reason: string
  /** The rule that reported it (see `RULES` and the README's "Messages"). */
  ruleId: RuleId
  /** Always `'standfirst'`. */
  source: string
  /** `undefined` for information (a drop), `false` for a warning (a guess). */
  fatal?: boolean | null | undefined
  /** Line of the place in the input, when known (only HTML and text lines have places). */
  line?: number | undefined
  /** Column of the place in the input, when known. */
  column?: number | undefined
  /** The place in the input: a point, or a start and an end. */
  place?: MessagePoint | MessageSpan | undefined
  /** The text concerned, cut to 80 characters. */
  actual?: string | undefined
  /** Where the README documents the rule. */
  url?: string | undefined
}

/** How long `actual` may be before it is cut. */
const ACTUAL_MAX = 80

/**
 * Whether a parse keeps its messages (`parseWithMessages`): a rule that
 * does work only to word a message may skip it when they are discarded.
 *
 * @param file
 *   The file being processed.
 * @returns
 *   `false` for `parse`, which discards them.
 */
export function keepsMessages(file: VFile): boolean {
  return !file.data.quiet
}

/**
 * Report a message on a node.
 *
 * @param file
 *   The file being processed.
 * @param ruleId
 *   Which rule (see `RULES`).
 * @param reason
 *   The reason, worded as retext does ("Unexpected …, expected …").
 * @param node
 *   The node the message is about; its position becomes the message's place (optional).
 * @param actual
 *   The text concerned, cut short (optional).
 */
export function report(file: VFile, ruleId: RuleId, reason: string, node?: Node, actual?: string): void {
  // `parse` discards messages: building thousands of them on a huge page is wasted work.
  if (!keepsMessages(file)) return
  const message = file.message(reason, {place: node?.position, ruleId, source: 'standfirst'})
  message.fatal = RULES[ruleId].severity === 'info' ? undefined : false
  message.url = `${DOCS}-${ruleId}`
  if (actual !== undefined) message.actual = actual.length > ACTUAL_MAX ? actual.slice(0, ACTUAL_MAX - 1) + '…' : actual
}
