/**
 * A byline stands below the headline. The walk that collects the page's
 * sources knows a headline only by its tag (the first `<h1>`); a page whose
 * headline is an `<h2>` or `<h3>` (the `<h1>` is absent, or went to
 * the logo's) has its byline placed once the headline is chosen.
 *
 * @module
 */
import type {Element} from 'hast'
import type {BylineLinks} from './sources.js'

/**
 * Place the bylines that follow the chosen headline below it, when the
 * headline is not an `<h1>` (the walk placed those already).
 *
 * @param sources
 *   The page's source elements, in page order (headings and byline-classed elements among them).
 * @param bylineLinks
 *   The page's bylines, changed in place.
 */
export function placeBylinesBelowHeadline(sources: Element[], bylineLinks: BylineLinks): void {
  const start = sources.findIndex((element) => element.data?.headline === true)
  if (start < 0 || sources[start]!.tagName === 'h1') return
  let pending = 0
  for (const byline of bylineLinks.values()) if (!byline.belowHeadline) pending++
  if (pending === 0) return
  const after = new Set(sources.slice(start + 1))
  for (const [element, byline] of bylineLinks) if (!byline.belowHeadline && after.has(element)) byline.belowHeadline = true
}
