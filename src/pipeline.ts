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
import {toArticle} from './compile/to-article.js'
import type {Settings} from './options.js'
import {fromText} from './parse/from-text.js'
import {classifyKind} from './plugins/classify-kind.js'
import {collectAuthors} from './plugins/collect-authors.js'
import {detectListing} from './plugins/detect-listing.js'
import {detectPosts} from './plugins/detect-posts.js'
import {detectTranscript} from './plugins/detect-transcript.js'
import {dropBoilerplateRuns} from './plugins/drop-boilerplate-runs.js'
import {extractBylines} from './plugins/extract-bylines.js'
import {extractCaptions} from './plugins/extract-captions.js'
import {extractDatelines} from './plugins/extract-datelines.js'
import {extractHeadline} from './plugins/extract-headline.js'
import {extractKeyPoints} from './plugins/extract-key-points.js'
import {markFurniture} from './plugins/mark-furniture.js'
import {markSpam} from './plugins/mark-spam.js'
import type {Article} from './schema/article.js'
import type {Root} from './tree.js'

/** The processor type: parses to `Root`, compiles to `Article`. */
export type StandfirstProcessor = Processor<Root, Root, Root, Root, Article>

/**
 * Build the processor for one format.
 *
 * @param format
 *   Which front end reads the input.
 * @param settings
 *   Validated options.
 * @returns
 *   A processor whose `processSync` leaves an `Article` in `file.result`.
 */
export function createProcessor(format: 'text' | 'html', settings: Settings): StandfirstProcessor {
  void format
  return (
    unified()
      .use(fromText)
      // Drop what is never content.
      .use(markFurniture)
      .use(markSpam)
      // Captions first: a run of them looks like a link list to the boilerplate rule.
      .use(extractCaptions)
      .use(dropBoilerplateRuns)
      // Set aside what is content but not body text.
      .use(detectTranscript)
      .use(extractDatelines, settings)
      .use(detectListing)
      .use(extractHeadline)
      .use(extractBylines)
      // Structure: posts (with their authors), then the article's authors and summary.
      .use(detectPosts)
      .use(collectAuthors)
      .use(extractKeyPoints)
      .use(classifyKind)
      .use(toArticle) as unknown as StandfirstProcessor
  )
}
