/**
 * Decide what the page is from what was found: a live blog (two posts or
 * more), a video (a transcript), a listing (two teasers or more), else an
 * article.
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
    const posts = tree.children.filter((child) => child.type === 'post').length
    if (posts >= 2) data.kind = 'liveblog'
    else if (data.transcript) data.kind = 'video'
    // A listing (set by `detectListing`) or a video (set by a front end from metadata) stays so.
    else if (data.kind !== 'listing' && data.kind !== 'video') data.kind = 'article'
  }
}
