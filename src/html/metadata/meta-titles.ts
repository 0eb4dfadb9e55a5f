/**
 * The page's metadata titles (JSON-LD `headline`, OpenGraph, Twitter, Dublin
 * Core, `<title>`), read as plain text: the candidates' voters in
 * `chooseTitle`.
 *
 * @module
 */
import type {Element} from 'hast'
import {foldWhitespace, textContent} from '../hast.js'
import {decodeLeftReferences} from '../../util/text.js'
import type {MetaIndex} from './meta-index.js'

/** A metadata title and where it was read. */
export interface MetaTitle {
  value: string
  source: string
  /** The title names a video or a sound (the JSON-LD `name` of a `VideoObject`), not the page: it confirms an `<h1>` alone. */
  media?: boolean
}

/** What the page says about its title and itself. */
export interface TitleSources {
  /** The page's metadata elements (`<title>`, visible `<h1>` and `<h2>`). */
  sources: Element[]
  meta: MetaIndex
  /** JSON-LD `headline` (or `name`) of the main node. */
  jsonHeadline?: string | undefined
  /** Whether `jsonHeadline` is the `name` of a video or a sound (the main node is a `VideoObject` or `AudioObject`). */
  jsonNamesMedia?: boolean
  /** The site's names and the page's section: cut from metadata titles. */
  names: string[]
}

/** A metadata title longer than this is no headline (and is not compared). */
const TITLE_MAX_LENGTH = 1000

/**
 * A metadata value as plain text: entities escaped twice decoded, spaces folded.
 *
 * @param value
 *   The raw value.
 * @returns
 *   The text.
 */
function plain(value: string): string {
  const decoded = decodeLeftReferences(value)
  // A bar drawn with a box-drawing or broken bar ("Story│Site") separates as `|` does, glued or spaced (the fold joins the spaces).
  return foldWhitespace(DRAWN_BAR.test(decoded) ? decoded.replace(DRAWN_BARS, ' | ') : decoded)
}

/** Bars some sites draw their title separator with: box-drawing verticals, the broken bar. */
const DRAWN_BAR = /[│┃¦]/
const DRAWN_BARS = /[│┃¦]/g

/**
 * The page's metadata titles, most trusted first.
 *
 * @param input
 *   The page's sources.
 * @returns
 *   The titles.
 */
export function metadataTitles(input: TitleSources): MetaTitle[] {
  const titles: MetaTitle[] = []
  if (input.jsonHeadline) titles.push({value: plain(input.jsonHeadline), source: 'json-ld', ...(input.jsonNamesMedia ? {media: true} : {})})
  for (const key of ['og:title', 'twitter:title', 'dc.title', 'headline']) {
    const value = input.meta.get(key)
    if (value) titles.push({value: plain(value), source: `meta[${key}]`})
  }
  const titleElement = input.sources.find((element) => element.tagName === 'title')
  const documentTitle = titleElement ? plain(textContent(titleElement)) : ''
  if (documentTitle) titles.push({value: documentTitle, source: 'title'})
  return titles.filter((title) => title.value && title.value.length <= TITLE_MAX_LENGTH)
}

