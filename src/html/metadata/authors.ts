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
import {cleanName, NOT_WRITER_ROLE} from '../../util/author-roles.js'
import {isPersonName} from '../../util/names.js'
import {withoutOpening} from '../../util/bylines.js'
import {withoutAccents} from '../../util/text.js'
import {attribute, foldWhitespace, textContent} from '../hast.js'
import {safeUrl} from '../urls.js'
import {field, stringOf, typesOf, type JsonLdNode} from '../json-ld.js'
import {isOrganisation, nameKey, withoutAddress, type Publishers} from '../../util/organisations.js'
import {CMS_ACCOUNT, jsonLdCredits, organisationNodeNames, sortNames, type Credited} from './author-names.js'
import {BYLINE_MAX_LENGTH, bylineElementAuthors, dedupe, microdataNames} from './byline-elements.js'
import type {Sourced} from './meta-index.js'
import {type BylineLinks, type PageSources} from './sources.js'
import {standTogether} from './author-places.js'

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
  // "by Jane Doe", "von jdoe": a byline's text, not a name (a list of them is a rail of teasers).
  if (withoutOpening(text) !== text) return false
  const titled = text.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
  return text.length >= 3 && text.length <= 60 && isPersonName(titled)
}

/** Where the page's authors come from: the people, and the organisation credited instead of or beside them. */
export interface AuthorReading {
  authors?: Sourced<Author[]>
  source?: Sourced<string>
}

/**
 * `<meta>` keys that hold authors, most trusted first; after them, any key
 * that ends in `author` or `authors` (`cxenseparse:author`, `x_authors`), or
 * `author_name`.
 */
const AUTHOR_META_KEYS = ['author', 'article:author', 'og:article:author', 'dc.creator', 'dcterms.creator', 'dc:creator', 'citation_author', 'byl', 'parsely-author', 'sailthru.author', 'itemprop:author']

/** Any other key of authors, or of their names (`article:author_name`). */
const AUTHOR_META_KEY = /^(?!twitter:)\S*(?:^|[:._-])(?:authors?(?:[._-]?name)?|creator)$/

/**
 * The values of the page's author `<meta>` tags by key, every value of a
 * repeated key (`article:author` once per author), trusted keys first.
 *
 * @param sources
 *   The page's metadata elements.
 * @returns
 *   Key and values, in order of trust.
 */
function authorMetas(sources: Element[]): Array<[string, string[]]> {
  const byKey = new Map<string, string[]>()
  const labelled = new Map<string, {label?: string; data?: string}>()
  for (const element of sources) {
    if (element.tagName !== 'meta') continue
    const content = attribute(element, 'content')?.trim()
    const keys = metaKeys(element)
    if (!content || !keys) continue
    // One tag may hold several properties ("dc:creator og:author").
    for (const key of keys.split(/\s+/).slice(0, MAX_KEYS)) {
      const pair = LABELLED_KEY.exec(key)
      if (pair && labelled.size < MAX_META_VALUES) labelled.set(pair[2]!, {...labelled.get(pair[2]!), [pair[1]!]: content})
      if (!(AUTHOR_META_KEYS.includes(key) || AUTHOR_META_KEY.test(key))) continue
      const values = byKey.get(key) ?? []
      if (values.length < MAX_META_VALUES) values.push(content)
      byKey.set(key, values)
    }
  }
  // "Written by" / "Jane Doe" in a label and data pair (`twitter:label1`, `twitter:data1`): the writer's name.
  for (const [number, {label, data}] of labelled) {
    if (label && data && withoutOpening(`${label} x`) === 'x') byKey.set(`twitter:data${number}`, [data])
  }
  const rank = (key: string) => (AUTHOR_META_KEYS.includes(key) ? AUTHOR_META_KEYS.indexOf(key) : AUTHOR_META_KEYS.length)
  return [...byKey].sort(([a], [b]) => rank(a) - rank(b))
}

/**
 * The keys a `<meta>` tag names, lower case. A microdata property
 * (`<meta itemprop="author">`) is any item's, not the page's: a paper's
 * reference list gives each cited work's authors so. It is kept apart
 * (`itemprop:author`), after the keys of the page's own tags.
 *
 * @param element
 *   A `<meta>` element.
 * @returns
 *   Its keys, space-separated, or `undefined`.
 */
function metaKeys(element: Element): string | undefined {
  const named = attribute(element, 'name') ?? attribute(element, 'property')
  if (named !== undefined) return named.toLowerCase().trim()
  const itemprop = attribute(element, 'itemprop')?.toLowerCase().trim()
  return itemprop ? itemprop.split(/\s+/).map((key) => `itemprop:${key}`).join(' ') : undefined
}

/**
 * A key of a label and data pair, which a card shows as "Written by: Jane
 * Doe" (`twitter:label1` and `twitter:data1`, as blog engines write them).
 */
const LABELLED_KEY = /^twitter:(label|data)(\d{1,2})$/

/** A `<meta>` tag names a few properties at most. */
const MAX_KEYS = 8

/** A page lists its authors in a few `<meta>` tags of a key at most. */
const MAX_META_VALUES = 20

/**
 * The people who wrote the article, from the most trusted source that names
 * any: JSON-LD, then `<meta>` names, `rel=author` links, microdata, the
 * first byline element that reads as one, and the first byline whose links
 * are all names. A visible source that names every one of them and more
 * (the `<meta>` names the first author, the byline all) wins. Names of
 * organisations (the publisher, a desk, an agency) become the source.
 *
 * @param sources
 *   The page's metadata elements and byline links.
 * @param main
 *   The page's main JSON-LD node (optional).
 * @param nodes
 *   The page's JSON-LD nodes.
 * @param names
 *   The names the page gives itself (site name, publisher, host).
 * @param host
 *   The main label of the page's host (optional).
 * @param site
 *   The site's declared name (optional).
 * @returns
 *   The authors and the source, each with where it was read.
 */
export function readAuthors(sources: PageSources, main: JsonLdNode | undefined, nodes: JsonLdNode[], names: string[], host?: string, site?: string): AuthorReading {
  // A person who publishes their own site is no organisation.
  const owner = main ? personPublisher(field(main, 'publisher'), nodes) : undefined
  const keys: Publishers = {keys: names.map(nameKey).filter((key) => key && key !== owner), host, site: site ? nameKey(site) : undefined}
  const organisations: Array<Sourced<string>> = []
  const readings: AuthorsReading[] = []
  const accounts = new Set<string>()
  const consider = (credited: Credited, source: string) => {
    for (const organisation of credited.organisations) organisations.push({value: withoutAddress(organisation), source})
    for (const account of credited.accounts) accounts.add(nameKey(account))
    if (credited.people.length > 0) readings.push({value: dedupe(credited.people), source})
  }
  if (main) consider(jsonLdCredits(field(main, 'author') ?? field(main, 'creator'), nodes, keys), 'json-ld')
  for (const [key, values] of authorMetas(sources.elements)) {
    const credited = sortNames(values, keys)
    // A vendor's key holds anything (an app banner's "author"): people only, and no source.
    if (!AUTHOR_META_KEYS.includes(key)) consider({people: credited.people.filter((author) => isPersonName(author.name) || !/[\p{Lu}\p{Ll}]/u.test(author.name)), organisations: [], accounts: []}, `meta[${key}]`)
    else consider(credited, `meta[${key}]`)
  }
  // Metadata readings, which a later reading may widen.
  const trusted = readings.length
  readings.push(...visibleAuthors(sources))
  // Author links or microdata spread over the page are the bylines of a rail of teaser cards, each naming its own writer.
  const spread = ({elements}: AuthorsReading) => elements !== undefined && !standTogether(elements, sources.authorPlaces)
  // A name that one source gives as an organisation (a CMS account, the publisher) is no person in another.
  // So is a name that the JSON-LD types an organisation anywhere, with or without its accents ("La Republica").
  const named = new Set([...accounts, ...organisations.map(({value}) => nameKey(value)), ...organisationNodeNames(nodes).map(nameKey)].map(withoutAccents))
  const people = readings.map((reading) => ({...reading, value: spread(reading) ? [] : reading.value.filter((author) => !named.has(withoutAccents(nameKey(author.name))) && !isOrganisation(author.name, keys))}))
  const index = people.findIndex(({value}) => value.length > 0)
  let chosen = index === -1 ? undefined : people[index]
  if (chosen && index < trusted) {
    const names = new Set(chosen.value.map((author) => nameKey(author.name)))
    // Byline links are not wider: their text has no roles, which the byline's own line gives. Nor
    // is a byline element after the page's first: metadata that names the article's author is
    // more likely right than a teaser's byline that happens to name the same person and more.
    const wider = people.slice(index + 1).find(({value, source, elements}) => source !== 'byline links' && source !== LATER_BYLINE && value.length > names.size && [...names].every((name) => value.some((author) => nameKey(author.name) === name)))
    if (wider) chosen = {value: wider.value.map((author) => chosen!.value.find((known) => nameKey(known.name) === nameKey(author.name)) ?? author), source: `${wider.source}, wider than ${chosen.source}`}
  }
  const chosenNames = new Set(chosen?.value.map((author) => nameKey(author.name)))
  const source = organisations.find(({value}) => !chosenNames.has(nameKey(value)))
  return {...(chosen ? {authors: chosen} : {}), ...(source ? {source} : {})}
}

/**
 * The name of a JSON-LD publisher that is a person (a personal site), as a `nameKey`.
 *
 * @param value
 *   The `publisher` value.
 * @param nodes
 *   The page's nodes, for a reference.
 * @returns
 *   The key, if the publisher is a person.
 */
function personPublisher(value: unknown, nodes: JsonLdNode[]): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const id = field(value as JsonLdNode, '@id')
  const node = typeof id === 'string' ? (nodes.find((each) => field(each, '@id') === id && field(each, 'name') !== undefined) ?? (value as JsonLdNode)) : (value as JsonLdNode)
  const name = stringOf(field(node, 'name'))
  return name && typesOf(node).includes('Person') ? nameKey(name) : undefined
}

/** A reading of authors, and the author elements it was read from (links, microdata), if any. */
interface AuthorsReading extends Sourced<Author[]> {
  elements?: Element[]
}

/** The source of a byline element's reading when an earlier byline element named no person. */
const LATER_BYLINE = 'byline element, after the first'

/**
 * The authors that visible markup names, one reading per kind of source in
 * order of trust: `rel=author` links, microdata, the first byline element
 * that reads as one, the first byline whose links are all names.
 *
 * @param sources
 *   The page's metadata elements and byline links.
 * @returns
 *   The readings that name anyone.
 */
function visibleAuthors({elements: sources, bylineLinks}: PageSources): AuthorsReading[] {
  const found: AuthorsReading[] = []
  const links = relAuthorLinks(sources).filter((link) => looksLikeName(foldWhitespace(textContent(link))))
  const fromLinks = peopleAmong(links.map((element) => textContent(element)))
  if (fromLinks.length > 0) found.push({value: fromLinks, source: 'a[rel=author]', elements: links})
  const microdata = microdataNames(sources).filter(({text}) => looksLikeName(foldWhitespace(text)))
  const fromMicrodata = peopleAmong(microdata.map(({text}) => text))
  if (fromMicrodata.length > 0) found.push({value: fromMicrodata, source: 'itemprop=author', elements: microdata.map(({author}) => author)})
  const fromElement = bylineElementAuthors(sources, bylineLinks, false)
  if (fromElement) found.push({value: fromElement.authors, source: fromElement.first ? 'byline element' : LATER_BYLINE})
  const linked = peopleLinkedFromByline(bylineLinks)
  if (linked.length > 0) found.push({value: linked, source: 'byline links'})
  // A name alone is weaker evidence than a "By" or a link to a person's page.
  const bare = bylineElementAuthors(sources, bylineLinks, true)
  if (bare) found.push({value: bare.authors, source: 'byline element, name alone'})
  return found
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
  return sources.filter((element) => element.tagName === 'a' && (attribute(element, 'rel') ?? '').split(' ').includes('author') && !CMS_ACCOUNT.test(attribute(element, 'href') ?? ''))
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
    // A link to the writer's profile on a social network ("Follow Jane Doe on Twitter") is no second writer.
    const named = links.map((link) => ({name: foldWhitespace(textContent(link)), href: attribute(link, 'href') ?? ''})).filter(({name, href}) => name && !isContactLink(name, href))
    if (named.length === 0 || !named.every(({name, href}) => looksLikeName(name) && isPersonalPage(href, name) && !CMS_ACCOUNT.test(href))) continue
    // A translator's or photographer's credit ("Übersetzung Jane Doe") names no writer.
    if (NOT_WRITER_ROLE.test(foldWhitespace(textContent(byline)))) continue
    // Each writer may bring a role ("Jane Doe, Staff Attorney, Harbour Rights Project"): the bound grows with the names.
    if (foldWhitespace(textContent(byline)).length <= BYLINE_MAX_LENGTH * named.length) return dedupe(named.map(({name}) => ({name})))
  }
  return []
}

/** The name of a social network in a link's text: a link to a profile there ("Folge Jane Doe auf Facebook"). */
const SOCIAL_NETWORK = /(?:^|\s)(?:facebook|twitter|instagram|linkedin|youtube|tiktok|mastodon|bluesky|threads|xing)(?:$|\s)/i

/** The host of a social network in a link's address (`https://twitter.com/@jdoe`, `x.com/jdoe`). */
const SOCIAL_HOST = /^(?:https?:)?\/\/(?:[\w-]+\.)*(?:facebook\.com|twitter\.com|x\.com|instagram\.com|linkedin\.com|youtube\.com|tiktok\.com|bsky\.app|threads\.net|xing\.com)(?:[/:?#]|$)/i

/**
 * Whether a link beside the writer's name is a way to reach them, not a
 * second writer: a link to their profile on a social network (by its text,
 * "Folge Jane Doe auf Facebook", or by its address, "Seguir" to
 * `twitter.com`), or their e-mail address (`mailto:`, or the address a CDN
 * hides behind `/cdn-cgi/l/email-protection`).
 *
 * @param name
 *   The link's text, whitespace folded.
 * @param href
 *   Its address.
 * @returns
 *   Whether it is a contact link.
 */
function isContactLink(name: string, href: string): boolean {
  return SOCIAL_NETWORK.test(name) || SOCIAL_HOST.test(href) || /^mailto:/i.test(href) || href.includes('/email-protection')
}

/** Path words of a person's page (`/author/jane-doe`, `/staff/`, `/profile/`), in the languages of the corpora. */
const PERSONAL_PATH = /(?:^|[/?&=_.-])(?:authors?|autor(?:en|es)?|auteurs?|autori|profiles?|people|staff|writers?|journalists?|journaliste|reporters?|contributors?|columnists?|user|users|u|team)(?:$|[/?&=_.-])/i

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
    if (!url) return
    urls.set(name, url)
    // The name as the byline reads it, without the profession printed before it ("Rechtsanwalt Jane Doe").
    const {name: cleaned} = cleanName(name)
    if (cleaned !== name && !urls.has(cleaned)) urls.set(cleaned, url)
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
