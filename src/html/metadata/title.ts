/**
 * The headline among the page's candidates: JSON-LD `headline`, OpenGraph
 * and Twitter titles, Dublin Core, the `<h1>`s and `<title>`.
 *
 * @module
 */
import type {Element} from 'hast'
import {fold} from '../../util/text.js'
import {foldWhitespace, textContent} from '../hast.js'
import type {MetaIndex, Sourced} from './sources.js'

const TITLE_MIN_LENGTH = 10

/**
 * Choose the headline among the page's candidates: JSON-LD `headline`,
 * OpenGraph and Twitter titles, Dublin Core, the `<h1>`s, and `<title>`.
 *
 * `<title>` is the one every page has, but it carries the site's name; the
 * others are cleaner but not always the headline (Wikipedia's JSON-LD
 * "headline" describes the article type, a blog's `<h1>` is its name). So
 * the longest candidate that `<title>` confirms (holds) wins; without one,
 * `<title>` itself (its suffix is split off later); without `<title>`, the
 * first candidate.
 *
 * @param sources
 *   The page's metadata elements.
 * @param meta
 *   The meta index.
 * @param jsonHeadline
 *   The JSON-LD headline (optional).
 * @returns
 *   The title and its source, if any.
 */
export function chooseTitle(sources: Element[], meta: MetaIndex, jsonHeadline: string | undefined): Sourced<string> | undefined {
  const candidates: Array<Sourced<string>> = []
  if (jsonHeadline) candidates.push({value: foldWhitespace(jsonHeadline), source: 'json-ld'})
  for (const key of ['og:title', 'twitter:title', 'dc.title', 'headline']) {
    const value = meta.get(key)
    if (value) candidates.push({value: foldWhitespace(value), source: `meta[${key}]`})
  }
  for (const h1 of sources.filter((element) => element.tagName === 'h1')) {
    const value = foldWhitespace(textContent(h1))
    if (value) candidates.push({value, source: 'h1'})
  }
  const titleElement = sources.find((element) => element.tagName === 'title')
  const documentTitle = titleElement ? foldWhitespace(textContent(titleElement)) : ''
  if (!documentTitle) return candidates[0]
  const folded = fold(documentTitle)
  // The longest confirmed one: the site's own name is in `<title>` too, and shorter than the headline.
  let confirmed: Sourced<string> | undefined
  for (const candidate of candidates) {
    if (candidate.value.length < TITLE_MIN_LENGTH || !folded.includes(fold(candidate.value))) continue
    if (!confirmed || candidate.value.length > confirmed.value.length) confirmed = candidate
  }
  return confirmed ?? {value: documentTitle, source: 'title'}
}

