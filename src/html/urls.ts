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
 * A URL without its query and fragment.
 *
 * @param url
 *   A URL.
 * @returns
 *   The rest.
 */
export function withoutQuery(url: string): string {
  const end = url.search(/[?#]/)
  return end === -1 ? url : url.slice(0, end)
}
