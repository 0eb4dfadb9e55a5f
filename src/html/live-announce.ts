/**
 * Whether a page says in its headline that it is live: "Live: …", "… –
 * live", "Liveticker", "Newsblog", "En direct", "en directo", "in diretta",
 * "Live updates", "as it happened". A page that says so needs fewer timed
 * posts to be read as a live blog (see `findLivePosts`), as one whose
 * feed's class says `live` does; the posts must still show clocks and prose.
 *
 * @module
 */
import type {Root as HastRoot} from 'hast'
import {findElement, foldWhitespace, textContent} from './hast.js'
import {LIVE_HEADLINE} from '../util/live-headline.js'

/** A headline is a line: longer text is not read. */
const MAX_HEADLINE_LENGTH = 300

/**
 * Whether the page's headline (its `<h1>`, else its metadata title) says
 * it is live.
 *
 * @param tree
 *   The page.
 * @param title
 *   The metadata title (optional).
 * @returns
 *   Whether it does.
 */
export function announcesLive(tree: HastRoot, title: string | undefined): boolean {
  const h1 = findElement(tree, (element) => element.tagName === 'h1')
  const headlines = [h1 ? foldWhitespace(textContent(h1)) : '', title ?? '']
  return headlines.some((headline) => headline.length > 0 && headline.length <= MAX_HEADLINE_LENGTH && LIVE_HEADLINE.test(headline))
}
