/**
 * Telling people from organisations among the names metadata gives as
 * authors: JSON-LD `author` nodes (a `Person` or an `Organization`, given
 * and family names, references to a node of the graph) and `<meta>` values
 * ("Jane Doe / Journalist", the publisher's own name, an agency, a CMS
 * account). An organisation is the article's `source`, never an author.
 *
 * @module
 */
import type {Author} from '../../schema/article.js'
import {cleanName} from '../../util/author-roles.js'
import {isOrganisation, type Publishers} from '../../util/organisations.js'
import {isPersonName, readNames} from '../../util/names.js'
import {foldWhitespace} from '../hast.js'
import {field, stringOf, typesOf, type JsonLdNode} from '../json-ld.js'

/** People and organisations read from one metadata source. */
export interface Credited {
  people: Author[]
  organisations: string[]
  /** Names of CMS accounts (`/author/admin/`): neither a person nor the source. */
  accounts: string[]
}

/** JSON-LD types of organisations. */
const ORGANISATION_TYPES = new Set(['Organization', 'NewsMediaOrganization', 'Corporation', 'GovernmentOrganization', 'NGO', 'EducationalOrganization', 'LocalBusiness', 'WebSite', 'Brand'])

/** An account name that CMSs give by default, not a person's (`admin`, `editor`). */
export const CMS_ACCOUNT = /\/(?:author|user|users|profile)\/(?:admin|administrator|editor|webmaster|redaktion|staff|wpadmin|root)\/?$/i

/** A name made of letters of a script without case (Han, Kana, Hangul, Thai…): at most this long. */
const CASELESS_NAME_MAX = 12

/**
 * Whether a text is a person's name as metadata writes it: letters (no
 * digits, address or slug), a few words, in capitals or not, or a short
 * name in a script without case.
 *
 * @param name
 *   The name, cleaned.
 * @returns
 *   Whether it may be a person.
 */
function isMetaName(name: string): boolean {
  if (name.length < 2 || name.length > 80 || /[\d@/\\:=?#]/u.test(name) || !/\p{L}/u.test(name)) return false
  // A slug ("jane-doe") is an address's part, not a name.
  if (/^[\p{Ll}\d]+(?:[-_][\p{Ll}\d]+)+$/u.test(name)) return false
  const words = name.split(' ')
  if (words.length > 6) return false
  // A user name ("jdoe", "jane_doe") is an account's, not a person's name.
  if (words.length === 1 && (/_/.test(name) || /^\p{Ll}+$/u.test(name))) return false
  if (!/[\p{Lu}\p{Ll}]/u.test(name)) return name.length <= CASELESS_NAME_MAX
  return true
}

/** What opens a byline, which some pages leave in their metadata ("By Jane Doe", "Posted by", "Veröffentlicht von"). */
const OPENER = /^(?:(?:posted|written|published|veröffentlicht|geschrieben|verfasst|eingestellt|erstellt|gepostet|publié|écrit|pubblicato|scritto|publicado|escrito)\s+)?(?:by|von|par|por|di|da|door|av|af)\s*:?\s+/iu

/** Punctuation left at the end of a name when an address is cut off ("Jane Doe -"). */
const TRAILING = new Set([' ', '|', ',', ';', ':', '–', '—', '-'])

/**
 * A value without the punctuation at its end (a loop: a regular expression
 * anchored at the end would try every start).
 *
 * @param text
 *   The value.
 * @returns
 *   The value, trimmed.
 */
function trimTrailing(text: string): string {
  let end = text.length
  while (end > 0 && TRAILING.has(text.charAt(end - 1))) end--
  return text.slice(0, end)
}

/**
 * Character references left in a value that was escaped twice ("O&#039;Hara").
 *
 * @param text
 *   The value.
 * @returns
 *   The value with numeric references and `&amp;` decoded.
 */
function decodeReferences(text: string): string {
  return text
    .replace(/&#(\d{1,6});/g, (_, code: string) => String.fromCodePoint(Math.min(Number(code), 0x10ffff)))
    .replace(/&#x([\da-f]{1,6});/gi, (_, code: string) => String.fromCodePoint(Math.min(Number.parseInt(code, 16), 0x10ffff)))
    .replace(/&amp;/g, '&')
}

/**
 * Sort names read from metadata into people and organisations.
 *
 * @param names
 *   Raw names (a `<meta>` value may hold several: "Jane Doe, John Roe").
 * @param publishers
 *   The names the page gives itself, and its host.
 * @returns
 *   The people and organisations.
 */
export function sortNames(names: string[], publishers: Publishers): Credited {
  const credited: Credited = {people: [], organisations: [], accounts: []}
  for (const raw of names) {
    // An address beside the name is the person's page ("Jane Doe (https://janedoe.test/)").
    const value = foldWhitespace(decodeReferences(raw).replace(/\(?https?:\/\/[^\s)]*\)?/g, ' ')).replace(OPENER, '')
    const text = trimTrailing(value)
    // An address or a handle names an account, neither a person nor an organisation.
    if (!text || /^https?:|^\/|^@|:\/\//.test(text)) continue
    // "Jane Doe, Valley Post": a person and the organisation she writes for, not one organisation.
    const personThenOrganisation = splitPersonOrganisation(text, publishers)
    if (personThenOrganisation) {
      credited.people.push({name: personThenOrganisation.person})
      credited.organisations.push(personThenOrganisation.organisation)
      continue
    }
    if (isOrganisation(text, publishers)) {
      credited.organisations.push(text)
      continue
    }
    for (const author of splitNames(text)) {
      if (isOrganisation(author.name, publishers)) credited.organisations.push(author.name)
      else if (isMetaName(author.name)) credited.people.push(author)
    }
  }
  return credited
}

/**
 * A value that names a person, then after a comma the organisation she
 * writes for ("Engin Haupt, MDR SACHSEN-ANHALT").
 *
 * @param text
 *   The value.
 * @param publishers
 *   The page's own names.
 * @returns
 *   The person and the organisation, if the value reads so.
 */
function splitPersonOrganisation(text: string, publishers: Publishers): {person: string; organisation: string} | undefined {
  const parts = text.split(',')
  if (parts.length !== 2) return undefined
  const [person, organisation] = parts.map((part) => part.trim()) as [string, string]
  return isPersonName(person) && !isOrganisation(person, publishers) && isOrganisation(organisation, publishers) ? {person, organisation} : undefined
}

/**
 * Cut a metadata value into names: the byline reader when it reads one
 * ("A, B and C", "Surname, Given"), else on separators, each name cleaned
 * of its role ("Jane Doe / Journalist").
 *
 * @param text
 *   The value.
 * @returns
 *   The names.
 */
function splitNames(text: string): Author[] {
  const read = readNames(text)
  if (read && read.every((author) => !author.role || author.role.length <= 40)) return read
  return text
    .split(/[,;|&]|\s(?:and|und|et|y|e|og)\s/u)
    .map((part) => cleanName(part.trim()))
    .map(({name, role}) => (role ? {name, role} : {name}))
    .filter(({name}) => name.length > 0)
}

/**
 * The name of a JSON-LD person: `name`, else given and family names.
 *
 * @param node
 *   The node.
 * @returns
 *   The name, if any.
 */
function personName(node: JsonLdNode): string | undefined {
  const name = stringOf(field(node, 'name'))
  if (name) return name
  const given = stringOf(field(node, 'givenName'))
  const family = stringOf(field(node, 'familyName'))
  return given && family ? `${given} ${family}` : undefined
}

/**
 * JSON-LD authors: strings and `Person` nodes are people (unless they name
 * the publisher or a desk), `Organization` nodes are organisations; a node
 * that only refers to another (`{"@id": …}`) is read from the graph.
 *
 * @param value
 *   The `author` value.
 * @param nodes
 *   The page's JSON-LD nodes, for references.
 * @param publishers
 *   The names the page gives itself, and its host.
 * @returns
 *   The people and organisations.
 */
export function jsonLdCredits(value: unknown, nodes: JsonLdNode[], publishers: Publishers): Credited {
  const list = Array.isArray(value) ? value : [value]
  const credited: Credited = {people: [], organisations: [], accounts: []}
  for (const each of list.slice(0, 20)) {
    if (typeof each === 'string') {
      merge(credited, sortNames([each], publishers))
      continue
    }
    if (typeof each !== 'object' || each === null || Array.isArray(each)) continue
    const node = resolve(each as JsonLdNode, nodes)
    const name = personName(node)
    if (!name) continue
    const url = stringOf(field(node, 'url')) ?? stringOf(field(node, '@id'))
    if (url && CMS_ACCOUNT.test(url)) {
      credited.accounts.push(foldWhitespace(name))
      continue
    }
    if (typesOf(node).some((type) => ORGANISATION_TYPES.has(type))) {
      credited.organisations.push(foldWhitespace(name))
      continue
    }
    const sorted = sortNames([name], publishers)
    const address = stringOf(field(node, 'url'))
    if (address && /^https?:/.test(address) && sorted.people.length === 1) sorted.people[0]!.url = address
    merge(credited, sorted)
  }
  return credited
}

/**
 * A node that only refers to another by `@id`, replaced by the node of the
 * graph with that `@id` (when there is one).
 *
 * @param node
 *   The node.
 * @param nodes
 *   The page's nodes.
 * @returns
 *   The node to read.
 */
function resolve(node: JsonLdNode, nodes: JsonLdNode[]): JsonLdNode {
  const id = field(node, '@id')
  if (typeof id !== 'string' || personName(node)) return node
  return nodes.find((each) => each !== node && field(each, '@id') === id && personName(each)) ?? node
}

/**
 * Add one reading's people and organisations to another's.
 *
 * @param into
 *   The reading, changed in place.
 * @param from
 *   The reading to add.
 */
function merge(into: Credited, from: Credited): void {
  into.people.push(...from.people)
  into.organisations.push(...from.organisations)
  into.accounts.push(...from.accounts)
}
