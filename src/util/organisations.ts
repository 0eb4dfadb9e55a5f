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
const DESK_WORDS = /(?:^|[\s.-])(?:staff|team|desk|newsroom|news|editorial|editors|\p{L}*redaktion|redaktionen|redacción|rédaction|redazione|redação|redactie|agencies|agency|agences?|agencias?|agenturen|wires?|online|digital|media|presse|zeitung|magazin|magazine|verlag|gmbh|inc|ltd|llc|e\.v|foundation|stiftung|verein|fraktion|developers|community|contributors|radio|tv|television)(?:$|[\s.-])|^(?:our|the|unsere?r?|die|der)\s/iu

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
  if ((site && words === site) || DESK_WORDS.test(name)) return true
  // A person's own site: the domain spells their full name.
  if (host && words.includes(' ') && spellings(words).includes(host.replace(/-/g, ''))) return false
  const key = ` ${words} `
  // The publisher's name in the value, as whole words ("Jane Timeson" is not "Times"); a
  // host's one-word label closing a person's name is their surname ("Jane Doe" on doe.example).
  const person = isPersonName(name)
  if (publishers.some((publisher) => publisher.length >= 2 && key.includes(` ${publisher} `) && (!person || /[\s.]/.test(publisher) || !key.endsWith(` ${publisher} `)))) return true
  // The value in the publisher's name: a part of it, unless a person's ("Jane Doe - Travel Notes" is Jane Doe's blog).
  if (!person && key.length >= 6 && publishers.some((publisher) => ` ${publisher} `.includes(key))) return true
  return !name.includes(' ') && /^\p{Lu}{2,6}$/u.test(name)
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
