/**
 * Telling an organisation's name from a person's: the publisher (a name the
 * page gives itself, or its host), a desk or newsroom ("Our Foreign
 * Staff", "Redaktion"), an agency's short capitals ("AFP"). A name the
 * page's own domain spells ("janedoe.com" for "Jane Doe") is a person's:
 * their own site.
 *
 * @module
 */

/**
 * Words of a newsroom's or desk's name, in the languages of news sites: a
 * name holding one ("Our Foreign Staff", "Redaktion Nord", "Newsroom") is
 * an organisation, not a person.
 */
const DESK_WORDS = /(?:^|[\s.-])(?:staff|\p{L}*team|desk|red\.|newsroom|news|editorial|editors|\p{L}*redaktion|redaktionen|redacción|rédaction|redazione|redação|redactie|agencies|agency|agences?|agencias?|agenturen|wires?|online|digital|media|médias?|presse|\p{L}*zeitung|\p{L}+blatt|\p{L}*anzeiger|\p{L}*rundschau|nachrichten|magazin|magazine|verlag|gmbh|inc|ltd|llc|e\.v|foundation|stiftung|verein|fraktion|developers|community|contributors|radio|tv|television|broadcasting|rundfunk|\p{L}*blog|group|gruppe|groupe|kitchens)(?:$|[\s.,-])|^(?:our|the|unsere?r?|die|der)\s/iu

/**
 * Words of an institution's name, in the languages of the corpora: a
 * university, a ministry or a department, a fire brigade, a council, an
 * association ("University of Talstadt", "Feuerwehr Talstadt").
 */
const INSTITUTION_WORDS = /(?:^|[\s.-])(?:organi[sz]ation|organisme|organización|university|universität|université|universidad|università|universiteit|college|school|schule|hochschule|institute?|instituto|istituto|department|departement|département|departamento|ministry|ministerium|ministère|ministerio|abteilung|amt|feuerwehr|polizei|police|council|association|\p{L}*verband|club)(?:$|[\s.,-])/iu

/** A firm's legal form, as firms write it ("Harbour Works AG", "Valley S.A."); in capitals, so that no name's word matches. */
const LEGAL_FORM = /(?:^|\s)(?:AG|eG|SE|SA|S\.A\.|plc|PLC|KG|KGaA|UG|SAS|SARL|S\.p\.A\.|SpA|BV|B\.V\.|NV|N\.V\.|AB|Oy|Pty|LLP|Corp\.?|Co\.)(?=$|[\s,])/u

/**
 * Whether a name holds a word of a desk's, an institution's or a firm's
 * name: an organisation whatever the page calls itself.
 *
 * @param name
 *   The name.
 * @returns
 *   Whether it does.
 */
export function hasOrganisationWord(name: string): boolean {
  return DESK_WORDS.test(name) || INSTITUTION_WORDS.test(name) || LEGAL_FORM.test(name)
}

import {isPersonName} from './names.js'

/**
 * A name compared as words: lower case, letters, digits and dots, single spaces.
 *
 * @param name
 *   The name.
 * @returns
 *   The key.
 */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{M}\p{N}.]+/gu, ' ').trim()
}

/** The names a page gives itself, as `nameKey`s, and the main label of its host (`janedoe` of janedoe.com). */
export interface Publishers {
  keys: string[]
  host?: string | undefined
  /** The site's declared name (`og:site_name`), as a `nameKey`. */
  site?: string | undefined
}

/**
 * Whether a name is an organisation's: the publisher (a name the page gives
 * itself, in any case, or its host), a desk or newsroom, or an agency's
 * short capitals ("AFP").
 *
 * @param name
 *   The name.
 * @param publishers
 *   The names the page gives itself, and its host.
 * @returns
 *   Whether it is.
 */
export function isOrganisation(name: string, {keys: publishers, host, site}: Publishers): boolean {
  const words = nameKey(name)
  if (hasOrganisationWord(name)) return true
  const person = isPersonName(name)
  const bareHost = host?.replace(/-/g, '')
  // A person's foundation or studio, named after them though the site's name is theirs ("janedoefoundation.org").
  if (bareHost && person && beginsWithName(words, bareHost)) return false
  // The site's declared name, with or without its domain's ending ("Le Monde" of "Le Monde.fr"); a name
  // of several words however spaced ("Deutsche Wirtschaftsnachrichten" of "Deutsche Wirtschafts Nachrichten"),
  // but not a domain alone, which a person's own site may be (a person's name of "janedoe.com").
  if (site && (words === site || words === site.replace(DOMAIN_ENDING, '') || (site.includes(' ') && spellings(words).includes(spellings(site)[0]!)))) return true
  // The domain spells the name: a person's own site, else the site's own name ("El Espectador" on elespectador.com).
  if (bareHost && words.includes(' ') && spellings(words).includes(bareHost)) return !person
  const key = ` ${words} `
  // The publisher's name in the value, as whole words ("Jane Timeson" is not "Times"); a
  // host's one-word label closing a person's name is their surname ("Jane Doe" on doe.example).
  if (publishers.some((publisher) => publisher.length >= 2 && key.includes(` ${publisher} `) && (!person || /[\s.]/.test(publisher) || !key.endsWith(` ${publisher} `)))) return true
  // The value in the publisher's name: a part of it, unless a person's ("Jane Doe - Travel Notes" is Jane Doe's blog).
  if (!person && key.length >= 6 && publishers.some((publisher) => ` ${publisher} `.includes(key))) return true
  return !name.includes(' ') && /^\p{Lu}{2,6}$/u.test(name)
}

/** The ending of a domain that a site's name may carry ("Le Monde.fr", "Example.com"). */
const DOMAIN_ENDING = /\.[a-z]{2,6}$/

/** A full name that a host begins with is this long at least: "janedoe" of janedoefoundation.org. */
const OWN_SITE_MIN_LENGTH = 7

/**
 * Whether a host begins with a full name and goes on ("janedoefoundation"
 * for "Jane Doe"): a site named after the person.
 *
 * @param words
 *   The name's key.
 * @param host
 *   The host's main label, without hyphens.
 * @returns
 *   Whether it does.
 */
function beginsWithName(words: string, host: string): boolean {
  return spellings(words).some((spelling) => spelling.length >= OWN_SITE_MIN_LENGTH && host.length > spelling.length && host.startsWith(spelling))
}

/** A place of a publisher's address has this many words at most ("Frankfurt a. M."). */
const PLACE_MAX_WORDS = 3

/** An address after a name has two places at least (a town and its country) and three at most. */
const ADDRESS_MIN_PARTS = 2
const ADDRESS_MAX_PARTS = 3

/**
 * An organisation's name without the address some pages write after it
 * ("Valley Post, Talstadt, Germany", "Valley GmbH, Frankfurt a. M.,
 * Germany"): two or three trailing parts that read as places (a few
 * capitalised words, no organisation's word). One part alone is left: it
 * may be a part of the name.
 *
 * @param name
 *   The organisation's name as the page gives it.
 * @returns
 *   The name alone.
 */
export function withoutAddress(name: string): string {
  const parts = name.split(',').map((part) => part.trim())
  let end = parts.length
  while (end > 1 && parts.length - end < ADDRESS_MAX_PARTS && isPlace(parts[end - 1]!)) end--
  return parts.length - end >= ADDRESS_MIN_PARTS ? parts.slice(0, end).join(', ') : name
}

/**
 * Whether a part of an address is a place's name: a few capitalised words.
 *
 * @param part
 *   The part.
 * @returns
 *   Whether it is.
 */
function isPlace(part: string): boolean {
  const words = part.split(/\s+/)
  // Short connectors may be in lower case ("Frankfurt a. M.", "Stratford upon Avon" is not, "Sur" is).
  return words.length <= PLACE_MAX_WORDS && /^\p{Lu}/u.test(part) && words.every((word) => /^\p{Lu}/u.test(word) || word.length <= 3) && !hasOrganisationWord(part)
}

/**
 * A name as domains spell it: without spaces and dots, its accents dropped
 * or written out as German does ("günter pilger": `gunterpilger`,
 * `guenterpilger`).
 *
 * @param words
 *   The name's key.
 * @returns
 *   The spellings.
 */
function spellings(words: string): string[] {
  const bare = words.replace(/[\s.-]/g, '')
  const written = bare.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
  return [bare, written.normalize('NFD').replace(/\p{M}/gu, ''), bare.normalize('NFD').replace(/\p{M}/gu, '')]
}
