/**
 * Recognising people's names and bylines in a line of text. Shared by the
 * byline plugin and by post detection (a name alone opens a post's byline).
 *
 * @module
 */
import type {Author} from '../schema/article.js'
import {isCapitalised} from './text.js'

/** Lower-case particles that names may contain ("Anna van der Berg", "Paulo da Costa"). */
const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'do', 'dos', 'du', 'la', 'le', 'del', 'di', 'al', 'bin', 'ibn', 'ter'])

/** A name has two to five words (particles included). */
const NAME_MIN_WORDS = 2
const NAME_MAX_WORDS = 5

/**
 * Words that are capitalised in headlines and labels but are not names; a
 * line containing one is not a name line.
 */
const NOT_NAME_WORDS = new Set([
  'the', 'a', 'an', 'news', 'live', 'latest', 'breaking', 'update', 'updates', 'analysis', 'watch', 'video', 'comment',
  'opinion', 'key', 'events', 'share', 'more', 'read', 'most', 'top', 'world', 'politics', 'business', 'sport', 'home',
  'summary', 'day', 'points', 'photo', 'photos', 'pictures', 'minister', 'president', 'government', 'police', 'north',
  'south', 'east', 'west', 'new', 'city', 'state', 'united', 'national', 'international', 'party', 'war', 'day', 'today'
])

/** One word of a name: capitalised, letters with inner apostrophes, hyphens or a dot (initials). */
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u

/**
 * Whether a text is just a person's name ("Mara Ellison", "Anneke van der Berg").
 *
 * @param text
 *   A cleaned line or part of one.
 * @returns
 *   `true` when it reads as a name.
 */
export function isPersonName(text: string): boolean {
  const words = text.trim().split(/\s+/)
  if (words.length < NAME_MIN_WORDS || words.length > NAME_MAX_WORDS) return false
  if (!isCapitalised(words[0]!) || !isCapitalised(words[words.length - 1]!)) return false
  return words.every((word) => {
    if (NAME_PARTICLES.has(word)) return true
    return NAME_WORD.test(word) && !NOT_NAME_WORDS.has(word.toLowerCase())
  })
}

/** "By Name", "By Name, role", "By Name and Name", "Live reporting by Name", "Von Name", "Par Name". */
const BYLINE = /^(?:(?:live )?(?:reporting|reported|written|words|compiled|edited|interview|analysis)? ?by|von|par|por|di|door)\s+(\S.{2,159})$/iu

/**
 * Separators between several names of one byline. Written so that no two parts
 * compete for the same spaces (ReDoS-safe): the match starts where the spaces
 * do, and a conjunction needs a space on each side.
 */
const NAME_SEPARATOR = /(?<!\s)\s*(?:,\s*and(?=\s)|(?<=\s)(?:and|und|et|y|e)(?=\s)|&)\s*/u

/**
 * Read a byline line into authors.
 *
 * @param text
 *   A cleaned line.
 * @returns
 *   The authors, or `undefined` when the line is not a byline.
 */
export function readByline(text: string): Author[] | undefined {
  const match = BYLINE.exec(text)
  if (!match) return undefined
  const rest = match[1]!.replace(/[.;]$/, '')
  // "Name, role" — the role is everything after the first comma, when the part before is a name.
  const comma = rest.indexOf(',')
  const namesPart = comma === -1 ? rest : rest.slice(0, comma)
  const role = comma === -1 ? undefined : rest.slice(comma + 1).trim()
  const names = namesPart.split(NAME_SEPARATOR).map((name) => name.trim())
  if (names.length === 0 || !names.every(isPersonName)) return undefined
  return names.map((name, index) => {
    const author: Author = {name}
    if (role && index === names.length - 1) author.role = role
    return author
  })
}
