/**
 * The article's authors from markup: JSON-LD `author` (people, not
 * organisations), `<meta name=author>` and its kin, `rel=author` links,
 * microdata, and a visible byline element (its text, else its links). Also
 * the authors' pages: a byline's link whose text is a name points at that
 * person's page.
 *
 * @module
 */
import type {Element} from 'hast'
import type {Author} from '../../schema/article.js'
import {isPersonName, readByline} from '../../util/names.js'
import {attribute, foldWhitespace, textContent} from '../hast.js'
import {safeUrl} from '../urls.js'
import {field, stringOf, typesOf, type JsonLdNode} from '../json-ld.js'
import {firstMeta, hasBylineClass, type BylineLinks, type MetaIndex, type PageSources, type Sourced} from './sources.js'

/**
 * A name read from metadata as authors ("Jane Doe, John Roe", "A and B").
 *
 * @param text
 *   The value.
 * @returns
 *   The authors; URLs and over-long values give none.
 */
function namesToAuthors(text: string | undefined): Author[] {
  if (!text || /^https?:|^\/|@/.test(text.trim())) return []
  return text
    .split(/,|;|\||&|\band\b|\bund\b|\bet\b|\by\b/)
    .map((name) => foldWhitespace(name.replace(/^by\s+/i, '')))
    .filter((name) => name.length >= 2 && name.length <= 80 && name.split(' ').length <= 6)
    .map((name) => ({name}))
}

/**
 * JSON-LD authors: strings or `Person` nodes (organisations are not people).
 *
 * @param value
 *   The `author` value.
 * @returns
 *   The authors.
 */
function jsonLdAuthors(value: unknown): Author[] {
  const list = Array.isArray(value) ? value : [value]
  const authors: Author[] = []
  for (const each of list.slice(0, 20)) {
    if (typeof each === 'string') authors.push(...namesToAuthors(each))
    else if (typeof each === 'object' && each !== null && !Array.isArray(each)) {
      const node = each as JsonLdNode
      if (typesOf(node).some((type) => type === 'Organization' || type === 'NewsMediaOrganization')) continue
      const [author] = namesToAuthors(stringOf(field(node, 'name')))
      if (!author) continue
      const url = stringOf(field(node, 'url'))
      if (url && /^https?:/.test(url)) author.url = url
      authors.push(author)
    }
  }
  return authors
}


/** A byline element longer than this is an author box, not a byline. */
const BYLINE_MAX_LENGTH = 120

/**
 * Whether text from markup (a link, a microdata name) is a person's name:
 * a few capitalised words ("JANE DOE" counts), not a prompt or a handle.
 *
 * @param text
 *   The text.
 * @returns
 *   Whether it is.
 */
function looksLikeName(text: string): boolean {
  const titled = text.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
  return text.length >= 3 && text.length <= 60 && isPersonName(titled)
}

/**
 * Authors without repeats, in order.
 *
 * @param authors
 *   Authors.
 * @returns
 *   Each name once.
 */
function dedupe(authors: Author[]): Author[] {
  const seen = new Set<string>()
  return authors.filter((author) => !seen.has(author.name) && seen.add(author.name))
}

/**
 * Whether an element lies inside another.
 *
 * @param element
 *   The inner element.
 * @param container
 *   The outer element.
 * @returns
 *   Whether it does.
 */
function isInside(element: Element, container: Element): boolean {
  return container.children.some((child) => child === element || (child.type === 'element' && isInside(element, child)))
}

/**
 * The people who wrote the article, from the most trusted source that names
 * any: JSON-LD, then `<meta>` names, `rel=author` links, microdata, the
 * first byline element that reads as one, and the first byline whose links
 * are all names.
 *
 * @param sources
 *   The page's metadata elements and byline links.
 * @param meta
 *   The meta index.
 * @param main
 *   The page's main JSON-LD node (optional).
 * @returns
 *   The authors and their source, if any.
 */
export function readAuthors({elements: sources, bylineLinks}: PageSources, meta: MetaIndex, main: JsonLdNode | undefined): Sourced<Author[]> | undefined {
  const jsonAuthors = main ? jsonLdAuthors(field(main, 'author') ?? field(main, 'creator')) : []
  if (jsonAuthors.length > 0) return {value: jsonAuthors, source: 'json-ld'}
  const metaAuthor = firstMeta(meta, ['author', 'article:author', 'dc.creator', 'byl', 'parsely-author', 'sailthru.author'])
  const metaAuthors = namesToAuthors(metaAuthor?.value.replace(/^by\s+/i, ''))
  if (metaAuthor && metaAuthors.length > 0) return {value: metaAuthors, source: metaAuthor.source}
  const fromLinks = peopleAmong(relAuthorLinks(sources).map((element) => textContent(element)))
  if (fromLinks.length > 0) return {value: fromLinks, source: 'a[rel=author]'}
  const propAuthors = sources
    .filter((element) => (attribute(element, 'itemprop') ?? '').split(' ').includes('author') && element.tagName !== 'meta')
    .map((element) => textContent(sources.find((each) => each !== element && isInside(each, element) && (attribute(each, 'itemprop') ?? '').split(' ').includes('name')) ?? element))
  const fromMicrodata = peopleAmong(propAuthors)
  if (fromMicrodata.length > 0) return {value: fromMicrodata, source: 'itemprop=author'}
  // A visible byline ("By Jane Doe") in an element whose class says so: the
  // first that reads as one, as later ones belong to teasers of other articles.
  for (const element of sources) {
    if (element.tagName === 'a' || !hasBylineClass(element)) continue
    const text = foldWhitespace(textContent(element))
    const found = text.length <= BYLINE_MAX_LENGTH ? readByline(text) : undefined
    if (found) return {value: dedupe(found), source: 'byline element'}
  }
  const linked = peopleLinkedFromByline(bylineLinks)
  return linked.length > 0 ? {value: linked, source: 'byline links'} : undefined
}

/**
 * The `<a rel=author>` links among the page's sources.
 *
 * @param sources
 *   The page's metadata elements.
 * @returns
 *   The links.
 */
function relAuthorLinks(sources: Element[]): Element[] {
  return sources.filter((element) => element.tagName === 'a' && (attribute(element, 'rel') ?? '').split(' ').includes('author'))
}

/**
 * The people of the first short byline below the headline whose links are
 * all names, each pointing at that person's page: a byline without "By"
 * (`<div class=byline><a href=/staff/jane-doe>Jane Doe</a> Staff
 * writer</div>`). A link that is not a name ("Follow", "All articles") makes
 * it a box of another kind; above the headline or in a list item, bylines
 * are teasers'.
 *
 * @param bylineLinks
 *   The page's bylines.
 * @returns
 *   The people, if a byline has them.
 */
function peopleLinkedFromByline(bylineLinks: BylineLinks): Author[] {
  for (const [byline, {links, belowHeadline, inList}] of bylineLinks) {
    if (!belowHeadline || inList) continue
    const named = links.map((link) => ({name: foldWhitespace(textContent(link)), href: attribute(link, 'href') ?? ''})).filter(({name}) => name)
    if (named.length === 0 || !named.every(({name, href}) => looksLikeName(name) && isPersonalPage(href, name))) continue
    if (foldWhitespace(textContent(byline)).length <= BYLINE_MAX_LENGTH) return dedupe(named.map(({name}) => ({name})))
  }
  return []
}

/** Path words of a person's page (`/author/jane-doe`, `/staff/`, `/profile/`), in the languages of the corpora. */
const PERSONAL_PATH = /(?:^|[/?&=_.-])(?:authors?|autor(?:en|es)?|auteurs?|autori|profiles?|people|staff|writers?|journalists?|journaliste|reporters?|contributors?|columnists?|user|users|team)(?:$|[/?&=_.-])/i

/**
 * Whether a link points at a person's page: its address names them (a word
 * of the name in it) or says it is a person's (`/author/`, `/profile/`).
 *
 * @param href
 *   The link's address.
 * @param name
 *   The name it shows.
 * @returns
 *   Whether it does.
 */
function isPersonalPage(href: string, name: string): boolean {
  const address = href.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')
  if (PERSONAL_PATH.test(address)) return true
  return name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').split(/[^\p{L}]+/u).some((word) => word.length >= 3 && address.includes(word))
}

/**
 * The pages of the people a byline names: a byline's link (or any
 * `rel=author` link) whose text is a person's name points at that person's
 * page (when its address says so, see `isPersonalPage`), resolved against
 * the page's address.
 *
 * @param sources
 *   The page's metadata elements and byline links.
 * @param base
 *   The address relative links resolve against (optional).
 * @returns
 *   Each name's page, the first link of each name.
 */
export function readAuthorUrls({elements, bylineLinks}: PageSources, base: string | undefined): Map<string, string> {
  const urls = new Map<string, string>()
  const add = (link: Element) => {
    const href = attribute(link, 'href')?.trim()
    const name = foldWhitespace(textContent(link))
    // A fragment is a place in this page; a home page or an imprint is not the author's.
    if (!href || href.startsWith('#') || urls.has(name) || !looksLikeName(name) || !isPersonalPage(href, name)) return
    const url = safeUrl(href, base)
    if (url) urls.set(name, url)
  }
  for (const {links} of bylineLinks.values()) for (const link of links) add(link)
  for (const link of relAuthorLinks(elements)) add(link)
  return urls
}

/**
 * The names among texts read from markup that are people's, each once.
 *
 * @param texts
 *   Link texts or microdata names.
 * @returns
 *   The people.
 */
function peopleAmong(texts: string[]): Author[] {
  return dedupe(texts.map((name) => foldWhitespace(name)).filter(looksLikeName).map((name) => ({name})))
}
