/**
 * Decide what the page is, in one place, from the evidence the other
 * stages recorded: a live blog (two posts or more, wrapped by
 * `detectPosts`), a video (a transcript, from `detectTranscript`), a
 * listing (teasers, from `detectListing`), a video again when the page
 * declares itself one (`VideoObject` in its structured data), else an
 * article. That order is the order of trust: what the page shows beats
 * what it declares.
 *
 * @module
 */
import type {Root} from '../tree.js'

/**
 * unified transformer plugin: set `kind`.
 *
 * @returns
 *   Transformer.
 */
export function classifyKind() {
  return function (tree: Root): void {
    const data = (tree.data ??= {})
    let posts = 0
    for (const child of tree.children) if (child.type === 'post') posts++
    if (posts >= 2) data.kind = 'liveblog'
    else if (data.transcript) data.kind = 'video'
    else if (data.listing) data.kind = 'listing'
    else if (data.declaredType === 'VideoObject') data.kind = 'video'
    else data.kind = 'article'
  }
}
