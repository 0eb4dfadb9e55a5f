/**
 * Which picture an image URL shows, whatever rendition (size, crop, format)
 * a CDN serves: the keys two URLs of one picture share. Used to tell the
 * page's declared image (`og:image`) among its figures, and a lightbox link
 * from a link to another page.
 *
 * @module
 */

/**
 * Markers that tell renditions of one picture apart in a file name: sizes
 * (`1200x800`, `w1280`, `w_988`), WordPress's edit stamp
 * (`-e1715708581580`) and a rendition hash at the end.
 */
const SIZE_MARK = /(?:^|[-_.,])(?:\d{2,5}x\d{2,5}|[wh]_?\d{2,5}|e\d{10,13})(?=$|[-_.,])|[-_][0-9a-f]{12,40}$/g

/** One file extension at the end of a name. */
const EXTENSION = /\.[a-z\d]{2,5}$/

/** A file stem this short ("image", "photo1") says nothing about which picture it is. */
const MIN_STEM = 6

/**
 * What identifies the picture behind an image URL, whatever rendition a CDN
 * serves: its host and path (query and fragment dropped), its file name
 * without extensions and size markers, and the id-like tokens of its path
 * (8 or more letters and digits, with a digit, not a size or a date), and
 * those of an image URL its query passes to a proxy. Two URLs show the
 * same picture when they share one of these.
 *
 * @param url
 *   An absolute URL.
 * @returns
 *   Its keys (none when it does not parse).
 */
export function imageKeys(url: string): Set<string> {
  const keys = new Set<string>()
  let path: string
  try {
    const parsed = new URL(url)
    path = parsed.pathname.toLowerCase()
    keys.add(`path:${parsed.host.toLowerCase()}${path}`)
    // An image proxy (`/resize?image=https%3A%2F%2F…`) shows the picture of the URL it is given.
    for (const value of parsed.searchParams.values()) {
      if (/^https?:\/\//i.test(value) && value !== url) for (const key of imageKeys(value)) keys.add(key)
    }
  } catch {
    return keys
  }
  const last = path.slice(path.lastIndexOf('/') + 1)
  // Up to three extensions (`photo.jpg.webp`), one at a time: a repeated group would backtrack.
  let stem = last
  for (let pass = 0; pass < 3; pass++) stem = stem.replace(EXTENSION, '')
  stem = stem.replace(SIZE_MARK, '')
  if (stem.length >= MIN_STEM) keys.add(`stem:${stem}`)
  for (const token of path.split(/[^a-z0-9]+/)) {
    if (token.length >= 8 && /\d/.test(token) && !/^\d{2,5}x\d{2,5}$/.test(token) && !/^(?:19|20)\d{6}$/.test(token)) keys.add(`id:${token}`)
  }
  return keys
}

/**
 * Whether two image URLs show the same picture (see `imageKeys`).
 *
 * @param a
 *   Keys of one URL.
 * @param b
 *   Keys of the other.
 * @returns
 *   Whether they share a key.
 */
export function sameImage(a: Set<string>, b: Set<string>): boolean {
  for (const key of a) if (b.has(key)) return true
  return false
}

/** How strongly a shared key says two URLs are one picture: the same path, the same file name, a shared id. */
const STRENGTH: Record<string, number> = {path: 3, stem: 2, id: 1}

/**
 * How strongly two image URLs are one picture: 3 for the same path, 2 for
 * the same file name, 1 for a shared id, 0 for none.
 *
 * @param a
 *   Keys of one URL.
 * @param b
 *   Keys of the other.
 * @returns
 *   The strength.
 */
export function imageMatch(a: Set<string>, b: Set<string>): number {
  let best = 0
  for (const key of a) if (b.has(key)) best = Math.max(best, STRENGTH[key.slice(0, key.indexOf(':'))] ?? 0)
  return best
}
