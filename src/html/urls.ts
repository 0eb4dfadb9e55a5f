/**
 * Links and media sources as the Article may hold them: resolved against the
 * page's address, and never executable (`javascript:`, `vbscript:`) nor an
 * inline document (`data:` other than an image).
 *
 * @module
 */

/** Schemes a link or source may keep. */
const SAFE_SCHEMES = new Set(['http:', 'https:'])

/** An inline image (the only `data:` URL kept, and only for media). */
const DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif);/i

/** A scheme at the start of a URL (after the whitespace and controls browsers skip). */
const SCHEME = /^([a-z][a-z\d+.-]*):/i

/**
 * Resolve a link or source and drop the unsafe ones.
 *
 * @param value
 *   The attribute value.
 * @param base
 *   The page's address (optional).
 * @param image
 *   Whether the URL is an image's (a `data:image/...` URL may stay).
 * @returns
 *   The URL, or `undefined` when it is empty or unsafe.
 */
export function safeUrl(value: string | undefined, base: string | undefined, image = false): string | undefined {
  // Browsers ignore controls and whitespace inside a scheme ("java\tscript:"): so must the check.
  const compact = value?.replace(/[\u0000-\u0020\u007F]+/g, '')
  if (!compact) return undefined
  if (DATA_IMAGE.test(compact)) return image ? compact : undefined
  const scheme = SCHEME.exec(compact)?.[1]?.toLowerCase()
  if (scheme && !SAFE_SCHEMES.has(`${scheme}:`)) return undefined
  // Without the page's address a relative URL stays relative.
  if (!base) return scheme ? compact : value!.trim()
  try {
    const resolved = new URL(value!.trim(), base)
    return SAFE_SCHEMES.has(resolved.protocol) ? resolved.href : undefined
  } catch {
    return undefined
  }
}

/** One rendition a `srcset` offers. */
export interface Rendition {
  url: string
  /** Its `w` descriptor, when it has one. */
  width?: number
  /** How it compares: the `w` or `x` descriptor (0 without one). */
  size: number
}

/**
 * Where a `srcset` splits between candidates: a comma followed by white
 * space, or a comma right after a descriptor (`a.jpg 1x,b.jpg 2x`). A bare
 * comma elsewhere belongs to the URL (`c_crop,x_0`).
 */
const SRCSET_SEPARATOR = /,\s+|(?<=\s\d{1,5}(?:\.\d{1,3})?[wx]),/

/**
 * The renditions of a `srcset` (`a.jpg 480w, b.jpg 1200w`), inline
 * placeholders (`data:`) left out.
 *
 * @param srcset
 *   The attribute value (optional).
 * @returns
 *   The renditions, in the order written.
 */
export function readSrcset(srcset: string | undefined): Rendition[] {
  if (!srcset) return []
  const renditions: Rendition[] = []
  for (const candidate of srcset.split(SRCSET_SEPARATOR)) {
    const [url, descriptor] = candidate.trim().split(/\s+/)
    if (!url || url.startsWith('data:')) continue
    const size = descriptor ? Number.parseFloat(descriptor) || 0 : 0
    renditions.push({url, size, ...(descriptor?.endsWith('w') && size > 0 ? {width: Math.round(size)} : {})})
  }
  return renditions
}

/**
 * The largest of several renditions (by `w`, else `x` descriptor); the
 * first when none says.
 *
 * @param renditions
 *   Renditions of one picture.
 * @returns
 *   The largest, if any.
 */
export function largestRendition(renditions: Rendition[]): Rendition | undefined {
  let best: Rendition | undefined
  for (const rendition of renditions) if (!best || rendition.size > best.size) best = rendition
  return best
}

/**
 * The largest URL of a `srcset` (`a.jpg 1x, b.jpg 2x`).
 *
 * @param srcset
 *   The attribute value.
 * @returns
 *   The chosen URL, if any.
 */
export function pickFromSrcset(srcset: string | undefined): string | undefined {
  return largestRendition(readSrcset(srcset))?.url
}

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
 * (8 or more letters and digits, with a digit, not a size or a date). Two
 * URLs show the same picture when they share one of these.
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
