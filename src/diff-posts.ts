/**
 * Compare the posts of two snapshots of a live blog: which are new, edited
 * or removed.
 *
 * @module
 */
import {PostSchema, type Article, type Post, type Timestamp} from './schema/article.js'
import type {PostEdit, PostField, PostsDiff} from './schema/posts-diff.js'

/** The fields of a post in schema order: `changed` lists them in this order. */
const POST_FIELDS = PostSchema.keyof().options as readonly PostField[]

/**
 * Which posts of a live blog are new, edited or removed between two
 * snapshots of the same page.
 *
 * Posts are matched by `id`, which `parse` keeps stable across snapshots (the
 * page's own id, else one made of the post's time and title or first words),
 * not by position. Fields are compared by value: bodies block by block,
 * authors in order, and timestamps by the moment they denote (`iso`, else
 * `date`, `time` and `timeZone`, else `text`), so a stamp written another
 * way is no edit. A field set to `undefined` counts as absent.
 *
 * An id that occurs more than once in a snapshot (a page that gives two
 * posts one id, or a hand-built article) is paired in page order: its first
 * occurrence in `before` with its first in `after`, and so on; the
 * occurrences left over are removed or added.
 *
 * @example
 *   const before = parse(oldHtml, {url})
 *   const after = parse(newHtml, {url})
 *   const {added, edited, removed} = diffPosts(before, after)
 *   for (const {id, changed} of edited) console.log(id, changed.join(', '))
 *
 * @param before
 *   The older snapshot.
 * @param after
 *   The newer snapshot.
 * @returns
 *   Posts only in `after` (`added`) and edited posts (`edited`, with the
 *   fields that changed), both in `after`'s page order; posts only in
 *   `before` (`removed`), in its page order; and how many are `unchanged`.
 */
export function diffPosts(before: Article, after: Article): PostsDiff {
  const older = positionsById(before.posts)
  const added: Post[] = []
  const edited: PostEdit[] = []
  let unchanged = 0
  for (const post of after.posts) {
    const position = older.get(post.id)?.shift()
    if (position === undefined) {
      added.push(post)
      continue
    }
    const match = before.posts[position]!
    const changed = changedFields(match, post)
    if (changed.length === 0) unchanged++
    else edited.push({id: post.id, before: match, after: post, changed})
  }
  // The positions `after` did not claim are the removed posts.
  const removed = [...older.values()]
    .flat()
    .sort((a, b) => a - b)
    .map((position) => before.posts[position]!)
  return {added, removed, edited, unchanged}
}

/**
 * The positions of posts by id, in page order (more than one only for a
 * duplicate id). Positions, not posts, so that one post object given twice
 * is still two posts.
 *
 * @param posts
 *   The posts.
 * @returns
 *   A queue of positions per id.
 */
function positionsById(posts: Post[]): Map<string, number[]> {
  const index = new Map<string, number[]>()
  for (const [position, post] of posts.entries()) {
    const queue = index.get(post.id)
    if (queue) queue.push(position)
    else index.set(post.id, [position])
  }
  return index
}

/**
 * The fields whose values differ between two versions of a post.
 *
 * @param before
 *   The older version.
 * @param after
 *   The newer version.
 * @returns
 *   The fields, in schema order.
 */
function changedFields(before: Post, after: Post): PostField[] {
  return POST_FIELDS.filter((field) => {
    if (field === 'published' || field === 'updated') return !sameMoment(before[field], after[field])
    return !sameValue(before[field], after[field])
  })
}

/**
 * Whether two timestamps denote the same moment: the same instant when both
 * are resolved; else the same day, time and zone; else the same text.
 *
 * @param a
 *   One timestamp (optional).
 * @param b
 *   The other (optional).
 * @returns
 *   Whether they are the same.
 */
function sameMoment(a: Timestamp | undefined, b: Timestamp | undefined): boolean {
  if (!a || !b) return a === b
  // `+01:00` and `Z` spellings of one instant are the same moment.
  if (a.iso && b.iso) return Date.parse(a.iso) === Date.parse(b.iso)
  if (a.iso || b.iso) return false
  if (a.date || a.time || b.date || b.time) return a.date === b.date && a.time === b.time && a.timeZone === b.timeZone
  return a.text === b.text
}

/**
 * Whether two JSON-like values are equal, deeply; a key whose value is
 * `undefined` counts as absent, as it is in JSON.
 *
 * @param a
 *   One value.
 * @param b
 *   The other.
 * @returns
 *   Whether they are equal.
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameValue(item, b[index]))
  }
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  const keys = new Set([...Object.keys(left), ...Object.keys(right)])
  return [...keys].every((key) => sameValue(left[key], right[key]))
}
