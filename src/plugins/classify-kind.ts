/**
 * Decide what the page is, in one place, from the evidence the other
 * stages recorded: a live blog (two posts or more, wrapped by
 * `detectPosts`), a video (a transcript, from `detectTranscript`), a
 * listing (teasers, from `detectListing`), a video again when the page
 * declares itself one (`VideoObject` in its structured data) and shows no
 * article's body beside the video, else an article. That order is the
 * order of trust: what the page shows beats what it declares.
 *
 * @module
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Root} from '../tree.js'
import {allBlocks, isUnclaimed} from '../util/lines.js'
import {lineWords} from '../util/line-text.js'

/**
 * A page declared a video that shows this many words of body text is an
 * article with a video in it (a video page's description runs to a few
 * hundred words at most; a recap of an interview, to thousands).
 */
const ARTICLE_MIN_WORDS = 600

/**
 * Whether the page's body runs to an article's length.
 *
 * @param tree
 *   The page.
 * @returns
 *   Whether it does.
 */
function showsArticleBody(tree: Root): boolean {
  let words = 0
  for (const block of allBlocks(tree)) {
    for (const line of block.children) if (isUnclaimed(line) && (words += lineWords(line)) >= ARTICLE_MIN_WORDS) return true
  }
  return false
}

/**
 * unified transformer plugin: set `kind`.
 *
 * @returns
 *   Transformer.
 */
export function classifyKind() {
  return function (tree: Root, file: VFile): void {
    const data = (tree.data ??= {})
    let posts = 0
    for (const child of tree.children) if (child.type === 'post') posts++
    if (posts >= 2) data.kind = 'liveblog'
    else if (data.transcript) data.kind = 'video'
    else if (data.listing) data.kind = 'listing'
    else if (data.declaredType === 'VideoObject' && !showsArticleBody(tree)) data.kind = 'video'
    else {
      if (data.declaredType === 'VideoObject') report(file, 'kind-decided', `Expected a video page (the structured data declares a \`VideoObject\`), read as an article: its body runs to ${ARTICLE_MIN_WORDS} words or more`)
      data.kind = 'article'
    }
  }
}
