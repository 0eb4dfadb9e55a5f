/**
 * Credit the bylines that stand outside any post to the article, and give
 * each author, the posts' too, the page its byline links to.
 *
 * @module
 */
import type {Author} from '../schema/article.js'
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Line, Root} from '../tree.js'
import {isOrganisation, nameKey, type Publishers} from '../util/organisations.js'
import {bylineAgency} from '../util/bylines.js'
import {lineWords} from '../util/line-text.js'
import {endsLikeSentence} from '../util/text.js'

/**
 * Add authors to a list, each name once.
 *
 * @param list
 *   The list, changed in place.
 * @param found
 *   Authors to add (optional).
 */
export function addAuthors(list: Author[], found: Author[] | undefined): void {
  for (const author of found ?? []) {
    // One person once, however the sources write the name ("JANE DOE", "Jane Doe"; "Jane" and "Jane Doe").
    const key = nameKey(author.name)
    const index = list.findIndex((known) => isSameWriter(nameKey(known.name), key))
    if (index === -1) list.push(author)
    else if (key.length > nameKey(list[index]!.name).length) list[index] = {...list[index], ...author}
  }
}

/**
 * Whether two names (as `nameKey`s) are one writer's: the same, or a first
 * name alone and the full name it opens (an account's "Jane" and the
 * byline's "Jane Doe").
 *
 * @param a
 *   One name's key.
 * @param b
 *   The other's.
 * @returns
 *   Whether they are.
 */
function isSameWriter(a: string, b: string): boolean {
  return a === b || (!a.includes(' ') && b.startsWith(`${a} `)) || (!b.includes(' ') && a.startsWith(`${b} `))
}

/**
 * The authors of the article's bylines that are people: not the publisher
 * nor the organisation the metadata credits ("By Valley Post"), nor a desk.
 *
 * @param found
 *   The bylines' authors.
 * @param data
 *   The page's data: its site name, source and address.
 * @returns
 *   The people.
 */
function peopleOf(found: Author[] | undefined, data: Root['data']): Author[] {
  const publishers: Publishers = {keys: [data?.siteName, data?.source].filter((name): name is string => Boolean(name)).map(nameKey), host: hostLabel(data?.url), site: data?.siteName ? nameKey(data.siteName) : undefined}
  return (found ?? []).filter((author) => !isOrganisation(author.name, publishers))
}

/**
 * The story's source: the agency a visible byline credits, unless the
 * organisation the metadata names already credits it ("Valley Post and
 * AFP"); else the metadata's.
 *
 * @param metadata
 *   The organisation the metadata names (optional).
 * @param agency
 *   The agency a byline credits (optional).
 * @returns
 *   The source, if any.
 */
function chooseSource(metadata: string | undefined, agency: string | undefined): string | undefined {
  if (!agency || !metadata) return agency ?? metadata
  return ` ${nameKey(metadata)} `.includes(` ${nameKey(agency)} `) ? metadata : agency
}

/**
 * The main label of an address's host (`example` of news.example.com).
 *
 * @param url
 *   The address (optional).
 * @returns
 *   The label, if the address is valid.
 */
function hostLabel(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    return new URL(url).hostname.split('.').at(-2)
  } catch {
    return undefined
  }
}

/** A paragraph of the story has this many words at least. */
const PROSE_MIN_WORDS = 10

/**
 * Whether a line is a paragraph of prose: a sentence of some length.
 *
 * @param line
 *   The line.
 * @returns
 *   Whether it is.
 */
function isProse(line: Line): boolean {
  return lineWords(line) >= PROSE_MIN_WORDS && endsLikeSentence(line.value)
}

/**
 * Give authors without a url the page a byline links to under their name.
 *
 * @param authors
 *   Authors, changed in place.
 * @param urls
 *   Pages by name.
 */
function addUrls(authors: Author[], urls: Map<string, string>): void {
  for (const author of authors) {
    const url = author.url ? undefined : urls.get(author.name)
    if (url) author.url = url
  }
}

/** The last part of an author page's address that names a site's account, not a person (`/author/admin/`). */
const ACCOUNT_SLUG = /^(?:admin|administrator|webmaster|wpadmin|editor|editors|redaktion|redaccion|staff|team|user\d*)$/i

/**
 * The authors without those whose page is a site account's
 * (`https://example.com/author/admin/`) and whose name is the site's
 * ("Harbourpost D" at `harbourpost.example`): the account's, not a writer's.
 *
 * @param authors
 *   The authors, with their pages.
 * @param file
 *   For messages.
 * @returns
 *   The writers.
 */
function withoutAccounts(authors: Author[], file: VFile): Author[] {
  return authors.filter((author) => {
    if (!author.url || !isSiteAccount(author.name, author.url)) return true
    report(file, 'author-dropped', `Unexpected author \`${author.name}\` whose page \`${author.url}\` is a site account's, not a writer's`)
    return false
  })
}

/** A word of a name that the site's host begins with is this long at least ("Harbourpost" of `harbourpost-news.example`). */
const HOST_WORD_MIN_LENGTH = 4

/**
 * Whether an author's page is a site account's (the last part of its path
 * is `admin`, `staff`…) and the name is the site's: a word the host begins
 * with ("Harbourpost D" at `harbourpost.example`), unlike a blogger who
 * writes as the admin under their own name.
 *
 * @param name
 *   An author's name.
 * @param url
 *   The author's page.
 * @returns
 *   Whether it is.
 */
function isSiteAccount(name: string, url: string): boolean {
  let address: URL
  try {
    address = new URL(url)
  } catch {
    return false
  }
  const slug = address.pathname.split('/').filter(Boolean).at(-1)
  if (!slug || !ACCOUNT_SLUG.test(slug)) return false
  const host = address.hostname.replace(/^www\./, '')
  return name.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((word) => word.length >= HOST_WORD_MIN_LENGTH && host.startsWith(word))
}

/**
 * unified transformer plugin: the article's authors.
 *
 * @returns
 *   Transformer.
 */
export function collectAuthors() {
  return function (tree: Root, file: VFile): void {
    const authors: Author[] = [...(tree.data?.authors ?? [])]
    // Bylines above the story are its own; below its first paragraph, a
    // byline names the writer of a teaser, a quoted piece or another item
    // of the page, and counts only when nothing else names anyone and it
    // does not stand in a link block (a card linking to another story).
    let storyBegun = false
    let agency: string | undefined
    for (const child of tree.children) {
      if (child.type !== 'block') continue
      for (const line of child.children) {
        // A dateline may end with a byline ("03.02.2022 von Jane Doe"): `extractBylines` stored its authors.
        const data = line.data
        const credits = data?.role === 'byline' || (data?.role === 'dateline' && data.authors !== undefined)
        if (data && credits && (!storyBegun || (authors.length === 0 && !data.hint?.inLink))) {
          const people = peopleOf(data.authors, tree.data)
          if (people.length < (data.authors?.length ?? 0)) report(file, 'author-dropped', `Unexpected organisation in byline \`${line.value}\`, not a person`, line)
          addAuthors(authors, people)
          // The agency a byline credits beside its people ("Jane Doe/dpa", "AFP, Manila") is the story's source:
          // a visible credit, more telling than the organisation the metadata names (mostly the publisher).
          agency ??= bylineAgency(line.value)
        }
        else if (line.data?.role === 'byline' && line.data.authors?.length) report(file, 'author-dropped', `Unexpected byline \`${line.value}\` below the story's first paragraph: another item's, not the article's`, line)
        else if (!line.data?.role && isProse(line)) storyBegun = true
      }
    }
    const source = chooseSource(tree.data?.source, agency)
    tree.data = {...tree.data, authors, ...(source ? {source} : {})}
    const urls = tree.data.authorUrls
    if (!urls) return
    // Copies: an author object may be shared with metadata or another post.
    tree.data.authors = authors.map((author) => ({...author}))
    addUrls(tree.data.authors, urls)
    tree.data.authors = withoutAccounts(tree.data.authors, file)
    for (const child of tree.children) {
      if (child.type !== 'post' || !child.data?.authors) continue
      child.data.authors = child.data.authors.map((author) => ({...author}))
      addUrls(child.data.authors, urls)
    }
  }
}
