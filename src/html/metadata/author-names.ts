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
import {trimEdges} from '../../util/credits.js'
import {isOrganisation, type Publishers} from '../../util/organisations.js'
import {isNameParticle, isPersonName, PLACEHOLDER_WORDS} from '../../util/names.js'
import {readNames, withoutOpening} from '../../util/bylines.js'
import {decodeLeftReferences} from '../../util/text.js'
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
  // A CMS's stand-in ("Super User", "No Author"), a label ("Gesponserte Inhalte"), an address written out ("jane[at]example.org").
  if (words.some((word) => PLACEHOLDER_WORDS.has(word.toLowerCase())) || /[[(]at[\])]/i.test(name)) return false
  // Words of a phrase ("deinen Hafenbloggern", "Theme designed"): a name's words are all capitalised, or all in lower case.
  if (words.length > 1 && words.some((word) => /^\p{Lu}/u.test(word)) && words.some((word) => /^\p{Ll}/u.test(word) && !isNameParticle(word))) return false
  if (!/[\p{Lu}\p{Ll}]/u.test(name)) return name.length <= CASELESS_NAME_MAX
  return true
}

/** "Organization for Transformative Works", "Friends of the Harbour": a body named for what it does, not a person (whose particles are "von", "de"…). */
const OF_SOMETHING = /^\p{Lu}\S*(?:\s\p{Lu}\S*)*\s(?:of|for|für|pour|per|para)\s\p{Lu}/u

/** One word with dots inside: a domain ("valley-post.test", "www.valley.test") or a user name ("jane.doe"). */
const DOTTED_NAME = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)+$/u

/** A domain's last label: a country's two letters ("de"), or a common generic one ("com", "info"); not a surname ("jane.doe"). */
const TOP_LEVEL = /\.(?:\p{L}{2}|com|net|org|info|biz|edu|gov|int|news|online|media|blog|site|live|today|press|world|app|dev|tech|digital|club|shop|store|eu|asia)$/iu

/** Quotes around a value ("'Jane Doe, John Roe'"). */
const QUOTES = '\'"“”‘’«»„'

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
  return decodeLeftReferences(text)
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
    const value = withoutOpening(foldWhitespace(decodeReferences(raw).replace(/\(?https?:\/\/[^\s)]*\)?/g, ' ')))
    const text = trimTrailing(trimEdges(trimEdges(value, QUOTES, true), QUOTES, false))
    // An address or a handle names an account, neither a person nor an organisation.
    if (!text || /^https?:|^\/|^@|:\/\/|^[\w.-]+\.\p{L}{2,}\//u.test(text)) continue
    // A domain is a site's name ("valley-post.test"); a dotted user name ("jane.doe") an account's.
    if (DOTTED_NAME.test(text)) {
      if (TOP_LEVEL.test(text)) credited.organisations.push(text)
      continue
    }
    // "Jane Doe, Valley Post": a person and the organisation she writes for, not one organisation.
    const personThenOrganisation = splitPersonOrganisation(text, publishers)
    if (personThenOrganisation) {
      credited.people.push(...personThenOrganisation.people)
      credited.organisations.push(personThenOrganisation.organisation)
      continue
    }
    // "Feuerwehr Talstadt, Abteilung Wasserrettung": an institution and its unit are one organisation.
    if (isOrganisation(text, publishers) || OF_SOMETHING.test(text)) {
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

/** A person's role between their name and the organisation has this many parts at most ("professor of law, University of X"). */
const AFFILIATION_MAX_PARTS = 3

/**
 * A value that names people, then after a comma the organisation they
 * write for ("Engin Haupt, MDR SACHSEN-ANHALT", "Jane Doe, John Roe, Valley
 * Post"), or one person with her role before it ("Jane Doe, professor of
 * law, Valley Post").
 *
 * @param text
 *   The value.
 * @param publishers
 *   The page's own names.
 * @returns
 *   The people and the organisation, if the value reads so.
 */
function splitPersonOrganisation(text: string, publishers: Publishers): {people: Author[]; organisation: string} | undefined {
  const parts = text.split(',').map((part) => part.trim())
  if (parts.length < 2 || parts.length > AFFILIATION_MAX_PARTS + 2) return undefined
  const organisation = parts.at(-1)!
  const before = parts.slice(0, -1)
  const isPerson = (part: string) => isPersonName(part) && !isOrganisation(part, publishers)
  if (!isPerson(before[0]!) || !isOrganisation(organisation, publishers)) return undefined
  if (before.every(isPerson)) return {people: before.map((name) => ({name})), organisation}
  // One person and her role: no second person among the parts between.
  const between = before.slice(1)
  if (between.some((part) => isPersonName(part))) return undefined
  return {people: [{name: before[0]!, role: between.join(', ')}], organisation}
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
  // "Jane Doe - John Roe": names joined by a dash, when every part is one ("Jane Doe - Journalist" is a name and a role).
  const dashed = text.split(/\s[-–—]\s/u).map((part) => part.trim())
  if (dashed.length > 1 && dashed.every((part) => isPersonName(part))) return dashed.map((name) => ({name}))
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
 * The names of the organisations the page's JSON-LD describes (the
 * publisher, the newsroom, the copyright's holder), a website aside: a name
 * typed an organisation anywhere in the graph is no person where an author
 * belongs.
 *
 * @param nodes
 *   The page's nodes.
 * @returns
 *   The names.
 */
export function organisationNodeNames(nodes: JsonLdNode[]): string[] {
  return nodes.filter((node) => typesOf(node).some((type) => type !== 'WebSite' && ORGANISATION_TYPES.has(type))).flatMap((node) => {
    const name = stringOf(field(node, 'name'))
    return name ? [foldWhitespace(name)] : []
  })
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
