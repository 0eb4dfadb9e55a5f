/**
 * A programme's times are not a feed's stamps. A live blog's posts are
 * written before the page's last update; the times of a page that lists
 * what is to come (concerts tonight, a conference's sessions, a match's
 * kick-off) all fall after it, in order. Where every time alone on its
 * line, dated to the page's day, falls two hours or more after the page's
 * newest own time (its publication or update), the times run forward, and
 * the headline does not say the page is live, the times open no posts:
 * they stay in the text.
 *
 * Runs before `detectPosts`, which opens a post at each stamp.
 *
 * @module
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Line, Root} from '../tree.js'
import {allLines} from '../util/lines.js'
import {LIVE_HEADLINE} from '../util/live-headline.js'

/** How far after the page's newest time a stamp must fall to be a time to come. */
const AFTER_PAGE_MS = 2 * 3_600_000

/**
 * The page's newest own time, as an instant.
 *
 * @param tree
 *   The tree.
 * @returns
 *   Milliseconds, or `undefined` when no time of the page has an instant.
 */
function newestPageTime(tree: Root): number | undefined {
  const instants = [tree.data?.published?.iso, tree.data?.updated?.iso].map((iso) => Date.parse(iso ?? '')).filter((value) => !Number.isNaN(value))
  return instants.length === 0 ? undefined : Math.max(...instants)
}

/**
 * unified transformer plugin: times to come open no posts.
 *
 * @returns
 *   Transformer.
 */
export function rejectScheduleStamps() {
  return function (tree: Root, file: VFile): void {
    const stamps: Line[] = allLines(tree).filter((line) => line.data?.role === 'post-time')
    if (stamps.length < 2) return
    const title = tree.data?.title
    if (title && LIVE_HEADLINE.test(title)) return
    const newest = newestPageTime(tree)
    if (newest === undefined) return
    const instants = stamps.map((line) => Date.parse(line.data?.timestamp?.iso ?? ''))
    const toCome = instants.every((instant) => !Number.isNaN(instant) && instant >= newest + AFTER_PAGE_MS)
    // A programme runs forward; a feed that runs newest first is posts, however late its page's times.
    const forward = instants.every((instant, index) => index === 0 || instant > instants[index - 1]!)
    if (!toCome || !forward) return
    for (const line of stamps) {
      line.data = {...line.data}
      delete line.data.role
      delete line.data.timestamp
    }
    report(file, 'posts-rejected', `${stamps.length} times alone on their lines all fall after the page's last time: a programme, not posts`, stamps[0], stamps[0]!.value)
  }
}
