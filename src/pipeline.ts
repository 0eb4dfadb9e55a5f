/**
 * The processor: which plugins run, in which order. Read this file to follow
 * a page from input to `Article`.
 *
 * A front end (`fromText` or `fromHtml`) builds the shared tree; each
 * transformer claims the lines of its one concern (`line.data.role`), so that
 * later ones see only what is left; the compiler turns what no plugin claimed
 * into body blocks and the claimed facts into the Article's fields.
 *
 * @module
 */
import {unified, type Processor} from 'unified'
import {optional} from './budget.js'
import {toArticle} from './compile/to-article.js'
import type {Settings} from './options.js'
import {fromHtml} from './html/from-html.js'
import {fromText} from './text/from-text.js'
import {findLivePosts} from './html/find-live-posts.js'
import {hastToLines} from './html/hast-to-lines.js'
import {readMetadata} from './html/metadata/read-metadata.js'
import {pruneBoilerplate} from './html/prune-boilerplate.js'
import {pruneHidden} from './html/prune-hidden.js'
import {selectMainContent} from './html/select-main.js'
import {classifyKind} from './plugins/classify-kind.js'
import {collectAuthors} from './plugins/collect-authors.js'
import {detectListing} from './plugins/detect-listing.js'
import {detectPosts} from './plugins/detect-posts.js'
import {detectTranscript} from './plugins/detect-transcript.js'
import {dropAuthorBios} from './plugins/drop-author-bios.js'
import {dropBoilerplateRuns} from './plugins/drop-boilerplate-runs.js'
import {dropMasthead} from './plugins/drop-masthead.js'
import {dropMetaLines} from './plugins/drop-meta-lines.js'
import {dropPromoLines} from './plugins/drop-promo-lines.js'
import {dropSignupBoxes} from './plugins/drop-signup-boxes.js'
import {dropCrossLinkHeadlines} from './plugins/cross-link-headlines.js'
import {dropTeaserBoxes} from './plugins/drop-teaser-boxes.js'
import {dropTrailingPromos} from './plugins/drop-trailing-promos.js'
import {dropTrailingShortBlocks} from './plugins/drop-trailing-short-blocks.js'
import {extractBylines} from './plugins/extract-bylines.js'
import {extractCaptions} from './plugins/extract-captions.js'
import {extractDatelines} from './plugins/extract-datelines.js'
import {extractHeadline} from './plugins/extract-headline.js'
import {extractKeyPoints} from './plugins/extract-key-points.js'
import {extractLeadImage} from './plugins/extract-lead-image.js'
import {extractStandfirst} from './plugins/extract-standfirst.js'
import {dateMarkupPosts} from './plugins/date-markup-posts.js'
import {rejectScheduleStamps} from './plugins/reject-schedule-stamps.js'
import {extractTickerStamps} from './plugins/extract-ticker-stamps.js'
import {markDumpFurniture} from './plugins/mark-dump-furniture.js'
import {markCalendarLines} from './plugins/mark-calendar-lines.js'
import {markFurniture} from './plugins/mark-furniture.js'
import {markSpam} from './plugins/mark-spam.js'
import {resolveZonelessTimes} from './plugins/resolve-zoneless-times.js'
import {applyHtmlProfile} from './profiles/apply-html-profile.js'
import {markProfileFurniture} from './profiles/mark-profile-furniture.js'
import type {SiteProfile} from './profiles/schema.js'
import {markLearnedFurniture} from './learn/mark-learned-furniture.js'
import type {LearnedSite} from './learn/schema.js'
import type {Article} from './schema/article.js'
import type {Root} from './tree.js'

/** The processor type: parses to `Root`, compiles to `Article`. */
export type StandfirstProcessor = Processor<Root, Root, Root, Root, Article>

/** How the processor runs, beside the caller's options. */
export interface ProcessorConfig {
  /** Record source positions in HTML (they double parse5's cost; needed only for messages). */
  positions?: boolean
  /** The page's site profile (`chooseProfile`): adds the site's knowledge to the generic rules. */
  profile?: SiteProfile
  /** A learned site profile (`options.learned`): its lines are dropped once the generic rules are done. */
  learned?: LearnedSite
}

/**
 * The HTML front end: markup to the shared tree. It reads the metadata,
 * drops what is never content, finds the live-blog posts and the main
 * content, and turns those into blocks of lines.
 *
 * @param settings
 *   Validated options.
 * @param config
 *   Positions or not.
 * @returns
 *   A processor that parses HTML into the shared tree.
 */
function htmlFrontEnd(settings: Settings, config: ProcessorConfig) {
  const parser = unified().use(fromHtml, {positions: Boolean(config.positions)})
  // The site's knowledge before any rule reads the page: its chrome dropped, its parts marked with the hints the rules read.
  const profiled = config.profile ? parser.use(applyHtmlProfile, config.profile) : parser
  return (
    profiled
      // Metadata first: it lives in the head and in scripts, dropped next.
      .use(optional('readMetadata', readMetadata), settings)
      // Never skipped: hidden elements and scripts must not reach the text.
      .use(pruneHidden)
      .use(optional('pruneBoilerplate', pruneBoilerplate))
      // Posts before the main content: the main content must hold the feed.
      .use(optional('findLivePosts', findLivePosts), settings)
      // Skipped, the whole page is read: best effort, no text lost.
      .use(optional('selectMainContent', selectMainContent))
      .use(hastToLines, settings)
  )
}

/** Frozen processors by format and positions, for parses without a profile. */
const unprofiledProcessors = new Map<string, StandfirstProcessor>()

/** Frozen processors by profile, then by format and positions. */
const profileProcessors = new WeakMap<SiteProfile, Map<string, StandfirstProcessor>>()

/**
 * The processor for one parse, built once and reused: what plugins run
 * depends only on the format, the profile and whether positions are
 * recorded, and the stages read the options of each parse from its file
 * (`settingsOf`; the caller sets `file.data.settings`). Building the
 * processor for each parse (50 attachers, the freeze) cost about 1% of an
 * HTML page's time. A learned site profile is the caller's own object:
 * such a processor is built for its parse alone.
 *
 * @param format
 *   Which front end reads the input.
 * @param settings
 *   Validated options (those of the first parse, attached as a fallback).
 * @param config
 *   How to run (optional).
 * @returns
 *   A frozen processor.
 */
export function sharedProcessor(format: 'text' | 'html', settings: Settings, config: ProcessorConfig = {}): StandfirstProcessor {
  if (config.learned) return createProcessor(format, settings, config).freeze()
  const key = `${format} ${config.positions ? 'positions' : 'none'}`
  const byKey = config.profile ? processorsOf(config.profile) : unprofiledProcessors
  let processor = byKey.get(key)
  if (!processor) {
    processor = createProcessor(format, settings, config).freeze()
    byKey.set(key, processor)
  }
  return processor
}

/**
 * The shared processors of a profile.
 *
 * @param profile
 *   A site profile.
 * @returns
 *   Its processors by format and positions.
 */
function processorsOf(profile: SiteProfile): Map<string, StandfirstProcessor> {
  let byKey = profileProcessors.get(profile)
  if (!byKey) {
    byKey = new Map()
    profileProcessors.set(profile, byKey)
  }
  return byKey
}

/**
 * Build the processor for one format. A stage given `settings` reads them
 * with `settingsOf(file, attached)`, never at attach time: parses share
 * the processor (`sharedProcessor`), and the attached settings are only
 * the first parse's.
 *
 * @param format
 *   Which front end reads the input.
 * @param settings
 *   Validated options.
 * @param config
 *   How to run (optional).
 * @returns
 *   A processor whose `processSync` leaves an `Article` in `file.result`.
 */
export function createProcessor(format: 'text' | 'html', settings: Settings, config: ProcessorConfig = {}): StandfirstProcessor {
  const parsed = format === 'html' ? htmlFrontEnd(settings, config) : unified().use(fromText, {positions: Boolean(config.positions), url: settings.url})
  const frontEnd = parsed as unknown as ReturnType<typeof unified>
  // The site's own chrome first, then the chrome of every site.
  const profiled = config.profile ? frontEnd.use(markProfileFurniture, config.profile) : frontEnd
  const dropped = (
    profiled
      // Drop what is never content.
      .use(optional('markFurniture', markFurniture))
      // A dump's chrome labels ("Read also: …", "Tags: …", "Impressum"); in HTML the markup places labels, and only cross-links and notices are read.
      .use(optional('markDumpFurniture', markDumpFurniture), format)
      // A month's calendar widget drawn as lines (a dump's, or HTML's without a table).
      .use(optional('markCalendarLines', markCalendarLines))
      .use(optional('markSpam', markSpam))
      // Captions first: a run of them looks like a link list to the boilerplate rule.
      .use(optional('extractCaptions', extractCaptions), format)
      // Runs of short lines are the only trace of menus in a text dump; in
      // HTML the markup chose the content, and only its short tail is chrome.
      .use(format === 'text' ? optional('dropBoilerplateRuns', dropBoilerplateRuns) : optional('dropTrailingShortBlocks', dropTrailingShortBlocks))
      // Newsletter, app and donation calls close many articles, as prose.
      .use(optional('dropTrailingPromos', dropTrailingPromos))
      // In a dump, the site's name and tagline above its menu, once the menu is known.
      .use(optional('dropMasthead', dropMasthead), format)
      // In a dump, the same calls stand anywhere, each on a line of its own (a box flattened); in HTML, a button's short call.
      .use(optional('dropPromoLines', dropPromoLines), format)
      // In a dump, a sign-up box's blurb, read by the heading above it and the form's field or button below.
      .use(optional('dropSignupBoxes', dropSignupBoxes), format)
      // In a dump, the headlines listed under a "Read also:" label alone on its line.
      .use(optional('dropCrossLinkHeadlines', dropCrossLinkHeadlines), format)
      // In a dump, the teasers (headline and blurb) under a box's heading ("Weitere interessante Themen", "Related coverage").
      .use(optional('dropTeaserBoxes', dropTeaserBoxes), format)
      // The author's biography closes many articles; in HTML the author box is markup, dropped as such.
      .use(optional('dropAuthorBios', dropAuthorBios), format)
  )
  // The last drop: what a learned profile knows of the site, once the generic rules have dropped what they know
  // of every site, and before the headline and standfirst are chosen (a menu line can pass for either).
  const learned = config.learned ? dropped.use(optional('markLearnedFurniture', markLearnedFurniture), config.learned) : dropped
  const claimed = (
    learned
      // Set aside what is content but not body text.
      .use(optional('detectTranscript', detectTranscript))
      .use(optional('extractDatelines', extractDatelines), settings)
      // Tickers: a time at the start of a line opens a post; day lines date the stamps below them.
      .use(optional('extractTickerStamps', extractTickerStamps), settings)
      .use(optional('dateMarkupPosts', dateMarkupPosts), settings)
      .use(optional('detectListing', detectListing))
      .use(optional('extractHeadline', extractHeadline))
      // Under the headline, past the kicker, byline and dateline around it.
      .use(optional('extractStandfirst', extractStandfirst))
      .use(optional('extractBylines', extractBylines))
      // What the dateline and byline left of a blog engine's meta line ("Friday | 14 June 2019 | 0 comments").
      .use(optional('dropMetaLines', dropMetaLines), format)
      // Structure: posts (with their authors), then the article's authors and summary.
      .use(optional('rejectScheduleStamps', rejectScheduleStamps))
      .use(optional('detectPosts', detectPosts))
      .use(optional('collectAuthors', collectAuthors))
      .use(optional('extractKeyPoints', extractKeyPoints))
      // Last of the claims: "the top of the body" is what is left once the header's lines are claimed.
      .use(optional('extractLeadImage', extractLeadImage))
      // Times that nothing on the page gave a zone: the zone of the page's country, where it has one offset.
      .use(optional('resolveZonelessTimes', resolveZonelessTimes), settings)
  )
  return claimed.use(classifyKind).use(toArticle) as unknown as StandfirstProcessor
}
