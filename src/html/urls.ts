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

/**
 * The first URL of a `srcset` (`a.jpg 1x, b.jpg 2x`): the widest one.
 *
 * @param srcset
 *   The attribute value.
 * @returns
 *   The chosen URL, if any.
 */
export function pickFromSrcset(srcset: string | undefined): string | undefined {
  if (!srcset) return undefined
  let best: string | undefined
  let bestWidth = -1
  for (const candidate of srcset.split(/,\s+/)) {
    const [url, descriptor] = candidate.trim().split(/\s+/)
    if (!url) continue
    const width = descriptor ? Number.parseFloat(descriptor) || 0 : 0
    if (width > bestWidth) {
      best = url
      bestWidth = width
    }
  }
  return best
}
