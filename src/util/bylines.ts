/**
 * Reading bylines in a line of text: the opening ("By", "Von", "Posted by"),
 * the names and their roles, a date printed after them, the agency credited
 * beside them, and a wire story's "AGENCY, Place". Shared by the byline
 * plugin, the metadata and post detection (a name alone opens a post's
 * byline).
 *
 * @module
 */
import type {Author} from '../schema/article.js'
import type {Line} from '../tree.js'
import {cleanName, isRole, isSharedRole, NOT_WRITER_ROLE} from './author-roles.js'
import {namesAgency, trimEdges} from './credits.js'
import {isNameWord, isPersonName, isUpperCase} from './names.js'
import {lineWords} from './line-text.js'
import {fold, isCapitalised, trimEndOf} from './text.js'
import {findTimestamps, isDatelineWord, isTimeOnly} from './timestamps.js'

/**
 * The words that may stand before a byline's "by", in the languages of news
 * sites and blogs: "Posted by", "Veröffentlicht von", "Blog Beitrag von",
 * "Publié par", "Article by", "Live reporting by Jane Doe".
 */
const OPENER_WORDS =
  '(?:live )?(?:(?:ein|eine|a|an|un|une) )?(?:reporting|reported|written|words|compiled|interview|analysis|text|story|article|column|report|posted|published|veröffentlicht|geschrieben|verfasst|eingestellt|erstellt|gepostet|(?:blog ?|gast)?beitrag|artikel|kolumne|bericht|analyse|publié|écrit|pubblicato|scritto|publicado|escrito|geschreven|skrevet|napisane|napisał|napisała)'

/** The word that opens a byline: "by", "von", "par", "por", "di", "door", "av", "af", "przez". */
export const BY_WORDS = '(?:by|von|par|por|di|door|av|af|przez)'

/**
 * "By Name", "By: Name", "Live reporting by Name", "Von Name", "Par Name",
 * "Av Name", "Veröffentlicht von Name": a byline's opening and its names.
 */
const BYLINE = new RegExp(`^(?:${OPENER_WORDS} ?)?${BY_WORDS}(?:\\s*:\\s*|\\s+)(\\S.{2,159})$`, 'iu')

/** The labels of a writer's field: "Author", "Autorin", "Auteur", "Autore"…, and German's forms for either sex ("Autor/in", "Autor:innen", "Autor*in"). */
const AUTHOR_LABELS = 'authors?|autor(?:in|en|innen|[/:*_]in(?:nen)?|\\(in\\))?|auteur(?:e|s)?|autore|autori|autora|autores'

/**
 * A labelled field of the writer: "Author: Jane Doe", "Autorin: Maria Lopez", "Auteur : Claire Martin";
 * and the Spanish "Escribe Jane Doe" ("writes"), with or without a colon.
 */
const AUTHOR_FIELD = new RegExp(`^(?:(?:${AUTHOR_LABELS})\\s?:|escriben?\\s?:?)\\s*(\\S.{2,159})$`, 'iu')

/** A byline's opening alone on its line, its names on the next: "Von", "Ein Beitrag von:", "Autorin:". */
const LONE_CUE = new RegExp(`^(?:(?:${OPENER_WORDS} ?)?${BY_WORDS}|${AUTHOR_LABELS})\\s?:?$`, 'iu')

/**
 * Whether a line is a byline's opening alone, whose names stand on the next
 * line ("Ein Beitrag von:" over "Jane Doe").
 *
 * @param text
 *   A line.
 * @returns
 *   Whether it is.
 */
export function isLoneBylineCue(text: string): boolean {
  return text.length <= 40 && LONE_CUE.test(text.trim())
}

/** A byline's opening at the start of a value: "By ", "Posted by: ", "Veröffentlicht von ". */
const OPENING = new RegExp(`^(?:${OPENER_WORDS}\\s+)?(?:${BY_WORDS}|da)\\s*:?\\s+`, 'iu')

/**
 * A value without the opening of a byline that some pages leave in their
 * metadata or links ("Posted by Jane Doe", "von jdoe").
 *
 * @param text
 *   The value.
 * @returns
 *   The value without its opening.
 */
export function withoutOpening(text: string): string {
  return text.replace(OPENING, '')
}

/**
 * Separators between several names of one byline. Written so that no two parts
 * compete for the same spaces (ReDoS-safe): the match starts where the spaces
 * do, and a conjunction needs a space on each side.
 */
const NAME_SEPARATOR = /(?<!\s)\s*(?:,\s*(?:and|und|et|y|e|og|och|en)(?=\s)|(?<=\s)(?:and|und|et|y|e|og|och|en)(?=\s)|&|\/)\s*/u

/** A conjunction opening the last part of a list ("A, B, and C"). */
const LEADING_CONJUNCTION = /^(?:and|und|et|y|e|og|och|en|&) /u

/**
 * Read a byline line into authors.
 *
 * @param text
 *   A cleaned line.
 * @returns
 *   The authors, or `undefined` when the line is not a byline (a
 *   photographer's or editor's credit is not one).
 */
export function readByline(text: string): Author[] | undefined {
  if (NOT_WRITER_ROLE.test(text)) return undefined
  // A separator left from the row the byline stood in ("14:08 Uhr" | "| von Jane Doe") opens no name.
  const match = BYLINE.exec(text.replace(LEADING_SEPARATORS, '')) ?? AUTHOR_FIELD.exec(text)
  if (!match) return undefined
  // A closing full stop, not an initial's ("By Jane Doe.", but "By Joe S."); the writer's email address is no name.
  return readNames(withoutSection(withoutEmail(withoutTrailingStamp(match[1]!))).replace(/[;:]$|(?<!(?:^|\s)\p{Lu})\.$/u, ''))
}

/**
 * The section a byline names after its writers, one word after "in" ("Posted
 * by Jane Doe in News", "Escribe Jane Doe en Política"): where the story
 * is filed, not a name. One word only: "Door Jan Jansen en Piet Pietersen"
 * names two writers (Dutch "en" is "and").
 */
const TRAILING_SECTION = /\s(?:in|en|dans|im|em|nel)\s\p{Lu}\p{L}{2,30}$/u

/**
 * A byline's names without the section that closes them, nor what their
 * row leaves after them (see `ROW_SEPARATORS`).
 *
 * @param text
 *   The names part of a byline.
 * @returns
 *   The names.
 */
function withoutSection(text: string): string {
  return withoutRowEnd(text).replace(TRAILING_SECTION, '')
}

/**
 * A byline without what its row leaves after the names: separators and the
 * cue of a date printed apart ("By jdoe |", "by harbourfan on").
 *
 * @param text
 *   A byline, or its names.
 * @returns
 *   It without them.
 */
export function withoutRowEnd(text: string): string {
  return trimEndOf(trimEndOf(text, ROW_SEPARATORS).replace(DANGLING_CUE, ''), ROW_SEPARATORS)
}

/**
 * What a byline's row leaves after the names when the date stands in an
 * element of its own: a separator ("By Jane Doe |", "von Jane Doe ·", "By
 * Jane Doe -") or the word that led to the date, in lower case ("By Jane
 * Doe on", "Von Jane Doe am").
 */
const ROW_SEPARATORS = ' |·•,/–—-'
const DANGLING_CUE = /\s(?:on|am|um|le|el|il|op|at)$/u

/**
 * An email address after a writer's name, with the bar or bracket around it
 * ("| jane@example.com", "(jane@example.com)"): starting at a word's start,
 * in lower case or a digit, so that an address glued to the name
 * ("Jane Doejane@example.com") is not cut out with the name's end.
 */
const EMAIL = /[|·(]?\s?(?<![\w.+-])[a-z\d][\w.+-]{0,63}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\)?/gu

/**
 * A byline without the email addresses printed beside its names.
 *
 * @param text
 *   The byline's names.
 * @returns
 *   The names alone.
 */
export function withoutEmail(text: string): string {
  return text.includes('@') ? trimEndOf(text.replace(EMAIL, ' ').replace(/\s+/g, ' '), ' |·,').trim() : text
}

/** Separators of a row of metadata at the start of a line. */
const LEADING_SEPARATORS = /^[|•·]\s*/u

/** After a byline's date, a zone or clock word ("Uhr", "CEST") fits in this many characters. */
const TRAILING_REST_MAX_LENGTH = 6

/** Separators between a byline's names and its date, and after its cue: "Jane Doe | 12.05.2024", "Jane Doe, 12 May 2024", "Jane Doe Veröffentlicht: 12.05.2024". */
const STAMP_SEPARATORS = '|•·,;:–—-'

/**
 * A byline's names without the separators and cue words before its date.
 *
 * @param head
 *   The text before the date.
 * @returns
 *   The names part.
 */
function beforeCues(head: string): string {
  const words = head.split(/\s+/)
  while (words.length > 0) {
    const last = words[words.length - 1]!
    const bare = trimEdges(last, STAMP_SEPARATORS, false)
    if (bare === '' || isDatelineWord(bare)) {
      words.pop()
      continue
    }
    words[words.length - 1] = withoutGluedCue(bare)
    break
  }
  return words.join(' ')
}

/**
 * A name's last word without the cue word glued to it where the markup
 * put no space between two elements ("DoePublished", "RoeAktualisiert").
 *
 * @param word
 *   The word.
 * @returns
 *   The word without the cue.
 */
function withoutGluedCue(word: string): string {
  const glued = /^(\p{L}*\p{Ll})(\p{Lu}\p{Ll}+)$/u.exec(word)
  return glued && isDatelineWord(glued[2]!) ? glued[1]! : word
}

/**
 * A byline without the date printed after its names, when the date runs to
 * the end of the line: "Jane Doe March 11, 2015 3:46 PM", "Jane Doe |
 * Updated 12.05.2024, 09:36 Uhr". Many sites print the writer and the date
 * in one element; the date is the dateline's, not part of a name or a role.
 *
 * @param text
 *   A byline's names part.
 * @returns
 *   The names part without the date, or the text itself when no date ends it.
 */
export function withoutTrailingStamp(text: string): string {
  const stamps = findTimestamps(text)
  const first = stamps[0]
  if (!first || first.index === 0) return text
  // The stamps (and what stands between them: "| 09:36 Uhr") must reach the end of the line.
  const last = stamps.at(-1)!
  // What follows the last stamp is its zone or clock word at most ("Uhr", "CET"), or the time of day ("| 09:36 Uhr").
  const rest = text.slice(last.index + last.length).replace(/^[\s|•·,–—-]+/u, '')
  if (rest.length > TRAILING_REST_MAX_LENGTH && !isTimeOnly(rest)) return text
  const names = beforeCues(text.slice(0, first.index))
  return names.length > 0 ? names : text
}

/**
 * Whether a line credits no writer though it reads as a byline: a
 * photographer's, editor's or translator's credit ("Edited by Jane Doe"),
 * or "By" before a title alone ("By Staff Writer"). Such a line is no body
 * text and names no author.
 *
 * @param text
 *   A cleaned line.
 * @returns
 *   Whether it is.
 */
export function isNonWriterCredit(text: string): boolean {
  if (text.length > BYLINE_MAX_LENGTH) return false
  const credit = NOT_WRITER_ROLE.exec(text)
  if (credit) return readNames(text.slice(credit[0].length).trim().replace(/^[:\s]+/, '')) !== undefined
  const match = BYLINE.exec(text)
  return match !== null && isRole(match[1]!.replace(/[.;:]$/, ''))
}

/**
 * Read the names of a byline without its opening word: "A, B and C",
 * "Name, role", "Name | Correspondent", "Surname, Given", "A/B".
 *
 * @param text
 *   The names part.
 * @returns
 *   The authors, or `undefined` when the first part is not a name.
 */
export function readNames(text: string): Author[] | undefined {
  if (!CONTRIBUTION.test(text)) return readPlainNames(text)
  // "Jane Doe (reporting) and John Roe (photography)": each name's part, in brackets after it.
  const parts: Array<{word: string; before: string}> = []
  const plain = text
    .replace(CONTRIBUTION_ALL, (whole: string, word: string, offset: number) => {
      parts.push({word: word.toLowerCase(), before: text.slice(0, offset)})
      return ''
    })
    .replace(/\s+/g, ' ')
    .trim()
  const authors = readPlainNames(plain)
  if (!authors) return undefined
  const others = new Set<Author>()
  for (const {word, before} of parts) {
    // The name the part follows: the one printed last before it.
    const owner = authors.reduce<Author | undefined>((best, author) => (before.lastIndexOf(author.name) > (best ? before.lastIndexOf(best.name) : -1) ? author : best), undefined)
    if (owner && !WRITING_PARTS.has(word)) others.add(owner)
  }
  // A byline of photographers only is still a byline: it credits no writer.
  return authors.filter((author) => !others.has(author))
}

/** A contributor's part in brackets after their name: "(reporting)", "(photography)". */
const CONTRIBUTION_WORDS = 'reporting|reporter|text|words|writing|interview|photography|photographs|photos?|pictures|video|graphics|illustrations?|fotos?|bilder|fotografie|recherche'
const CONTRIBUTION = new RegExp(`\\((?:${CONTRIBUTION_WORDS})\\)`, 'iu')
const CONTRIBUTION_ALL = new RegExp(`\\((${CONTRIBUTION_WORDS})\\)`, 'giu')

/** The parts that make a contributor a writer; the others (photography, video, graphics) do not. */
const WRITING_PARTS = new Set(['reporting', 'reporter', 'text', 'words', 'writing', 'interview', 'recherche'])

/**
 * The names of a byline without contributors' parts in brackets (see `readNames`).
 *
 * @param text
 *   The names part of a byline.
 * @returns
 *   The authors, if the text is names.
 */
function readPlainNames(text: string): Author[] | undefined {
  if (NOT_WRITER_ROLE.test(text)) return undefined
  const segments = text.split(/[,;]/).map((segment) => segment.trim())
  const surnameFirst = readSurnameFirst(segments)
  if (surnameFirst) return [surnameFirst]
  const authors: Author[] = []
  for (const [index, segment] of segments.entries()) {
    // "Jane Doe, Growth Marketing Manager": a title after a name is its role, though its words look like a name.
    if (authors.length > 0 && isRole(segment) && !isSharedRole(segment)) {
      authors[authors.length - 1]!.role ??= segment
      continue
    }
    const names = namesIn(segment.replace(LEADING_CONJUNCTION, ''), index > 0 ? authors[0]?.name : undefined)
    if (names) {
      authors.push(...names)
      continue
    }
    // "Jane Doe, Environment correspondent, and John Roe": a title between names.
    if (authors.length > 0 && isRole(segment) && index < segments.length - 1) {
      authors[authors.length - 1]!.role ??= segment
      continue
    }
    // The first part must be a name; what follows the names is the last one's role or place.
    if (authors.length === 0) return undefined
    // "Jane Doe, London, John Roe": a place between two names is the first one's.
    if (index < segments.length - 1 && !isAgency(segment) && namesIn(segments[index + 1]!.replace(LEADING_CONJUNCTION, ''), authors[0]?.name)) {
      authors[authors.length - 1]!.role ??= segment
      continue
    }
    const role = roleOf(segments.slice(index))
    // An agency after the names is the source (see `bylineAgency`), not a role; a title in the plural is every name's.
    if (role && !isAgency(role)) for (const author of isSharedRole(role) ? authors : authors.slice(-1)) author.role ??= role
    break
  }
  return authors.length > 0 ? authors : undefined
}

/** A field of its own, with its label: "Datum: 03.Mär.19", "Illustrator: John Roe", "Anzahl der Kommentare: 0". */
const LABELLED_FIELD = /^\p{L}[\p{L}\p{M} ]{0,30}:/u

/** A date: a year ("Oktober 2008", "2008"), or day and month in figures ("12.05.2024", "03.Mär.19"). */
const DATE_PART = /(?<!\p{N})(?:1[89]|20)\d\d(?!\p{N})|(?<!\p{N})\d{1,2}\.\s?(?:\d{1,2}|\p{L}{3,9})\.(?:\s?\d{2,4})?(?!\p{N})/u

/**
 * The role or place that closes a byline's names, from its last parts: up
 * to the first part that is a field of its own (a date, a comment count, an
 * illustrator's credit, each after its label) or a date ("Autorin: Jane
 * Doe, IFZ, Oktober 2008" gives "IFZ").
 *
 * @param parts
 *   The comma-separated parts after the names.
 * @returns
 *   The role, or an empty string.
 */
function roleOf(parts: string[]): string {
  const end = parts.findIndex((part) => LABELLED_FIELD.test(part) || DATE_PART.test(part))
  return (end === -1 ? parts : parts.slice(0, end)).join(', ').trim()
}

/**
 * The names of one comma-separated part of a byline, each cleaned of its
 * job title, agency and initials (see `cleanName`).
 *
 * @param segment
 *   The part.
 * @param first
 *   The byline's first name, when this is a later part: a later part in
 *   capitals after a name that is not ("Jane Doe, NEWSROOM NORTH") is an
 *   organisation, not a second person.
 * @returns
 *   The names, or `undefined` when the part is not names.
 */
function namesIn(segment: string, first: string | undefined): Author[] | undefined {
  // The agency or title after the last name is the whole part's ("Jane Doe and John Roe/dpa").
  const whole = cleanName(segment, isPersonName)
  // A title alone ("Staff Writer"), not a name with its title ("Jane Doe Staff Writer").
  if (isRole(segment) && !(whole.role && isPersonName(whole.name))) return undefined
  const parts = whole.name.split(NAME_SEPARATOR).map((part) => cleanName(part, isPersonName))
  // An agency credited beside the people ("Jane Doe and AP") is the source, not a person.
  if (parts.length > 1 && isAgency(parts[parts.length - 1]!.name)) parts.pop()
  if (parts.length === 0 || !parts.every(({name}) => isPersonName(name))) return undefined
  if (first !== undefined && !isUpperCase(first) && parts.some(({name}) => isUpperCase(name))) return undefined
  return parts.map(({name, role}, index) => {
    // A title in the plural after the last name is every name's ("Jane Doe and John Roe / Staff Writers").
    const title = role ?? (index === parts.length - 1 || (whole.role && isSharedRole(whole.role)) ? whole.role : undefined)
    return title ? {name, role: title} : {name}
  })
}

/**
 * Whether a part of a byline is a news agency's name alone ("AP", "dpa",
 * "Reuters"), and not a person's.
 *
 * @param text
 *   The part.
 * @returns
 *   Whether it is.
 */
function isAgency(text: string): boolean {
  const words = text.split(' ')
  // "Reuters files" is a picture's credit, not the agency's name.
  if (words.length > AGENCY_MAX_WORDS || (words.length > 1 && !words.every(isCapitalised))) return false
  return !isPersonName(text) && namesAgency(text)
}

/** A place after an agency's name has this many words at most ("AFP, Rio de Janeiro"). */
const PLACE_MAX_WORDS = 4

/**
 * Whether a line is an agency and the place it reports from, as wire
 * stories are signed: "AFP, MANILA", "Reuters, London", "dpa / Berlin".
 *
 * @param text
 *   A cleaned line.
 * @returns
 *   Whether it is.
 */
export function isAgencyDateline(text: string): boolean {
  if (text.length > BYLINE_MAX_LENGTH) return false
  const parts = text.split(/[,/]/).map((part) => part.trim())
  if (parts.length !== 2 || !isAgency(parts[0]!)) return false
  const words = parts[1]!.split(/\s+/)
  return words.length <= PLACE_MAX_WORDS && isCapitalised(words[0]!) && !/[.!?:]$/.test(parts[1]!)
}

/** An agency's name has this many words at most ("Agence France-Presse"). */
const AGENCY_MAX_WORDS = 3

/**
 * The news agency a byline credits beside or instead of people: after a
 * slash or in parentheses ("Jane Doe/dpa", "(AFP)"), or as a name of the
 * list ("Jane Doe and AP").
 *
 * @param text
 *   The byline, with or without its "By".
 * @returns
 *   The agency, if any.
 */
export function bylineAgency(text: string): string | undefined {
  if (text.length > BYLINE_MAX_LENGTH) return undefined
  const names = BYLINE.exec(text)?.[1] ?? text
  for (const segment of names.split(/[,;]/)) {
    const whole = cleanName(segment.trim(), isPersonName)
    if (whole.agency && namesAgency(whole.agency)) return whole.agency
    const last = whole.name.split(NAME_SEPARATOR).at(-1)?.trim()
    if (last && isAgency(last)) return last
  }
  return undefined
}

/** A byline is this long at most. */
export const BYLINE_MAX_LENGTH = 200

/**
 * "Doe, Jane": a surname and a given name (one word, or initials, and the
 * surname's particles), written surname first, as catalogues and some
 * metadata do.
 *
 * @param segments
 *   The byline's comma-separated parts.
 * @returns
 *   The author, if the byline reads so.
 */
function readSurnameFirst(segments: string[]): Author | undefined {
  if (segments.length !== 2) return undefined
  const [surname, given] = segments.map((segment) => segment.trim())
  if (!surname || !given || /\s/.test(surname) || isRole(given) || !isNameWord(surname)) return undefined
  // The particles of the surname follow the given name: "Jong, Michiel de" is Michiel de Jong.
  const words = given.split(/\s+/)
  let end = words.length
  while (end > 1 && SURNAME_PARTICLE.test(words[end - 1]!)) end--
  const first = words.slice(0, end).join(' ')
  const initials = INITIALS.test(first)
  if (!initials && (/\s/.test(first) || !isNameWord(first) || isUpperCase(first))) return undefined
  const name = `${given} ${surname}`
  return isPersonName(name) ? {name} : undefined
}

/** Initials as a given name: "Kooman, F.", "Tolkien, J. R. R.". */
const INITIALS = /^(?:\p{Lu}\.\s?){1,3}$/u

/** The particles of a surname that a catalogue writes after the given name ("Jong, Michiel de"). */
const SURNAME_PARTICLE = /^(?:de|da|di|du|del|della|van|von|der|den|ter|le|la|dos|das)$/


/**
 * Whether a name over the dateline is the writer's: not an agency's, and
 * not a link to another site (a provider's page: "Associated Press",
 * linked to the agency, over the date of a syndicated story). A writer's
 * name links to their page on the site, or nowhere.
 *
 * @param line
 *   The name's line.
 * @param name
 *   The name.
 * @param url
 *   The page's address (optional).
 * @returns
 *   Whether it is.
 */
export function isWriterOverDateline(line: Line, name: string, url: string | undefined): boolean {
  if (namesAgency(name)) return false
  const href = line.data?.hint?.href
  if (!href) return true
  try {
    return url !== undefined && new URL(href, url).hostname === new URL(url).hostname
  } catch {
    return false
  }
}

/** A line of the writers' names and roles is this short at most. */
const WRITERS_LINE_MAX_LENGTH = 300

/** What follows a writer's name in a line of writers: a role after a comma or a bar, another writer after "&" or "and". */
const WRITER_FOLLOWER = /^\s*(?:[,|/–—&+]|and\s|und\s|et\s|y\s)/u

/**
 * Whether a line credits the article's writers, whom the metadata names,
 * without a "By": it opens with a writer's name (after an "&" that joins it
 * to the line before), then a role or another writer ("Jane Doe, Staff
 * Attorney & John Roe, Director of Education"), or nothing; and is no
 * sentence. It is a byline, never the standfirst or body text.
 *
 * @param text
 *   A line.
 * @param writers
 *   The writers the page's metadata names (optional).
 * @returns
 *   Whether it is.
 */
export function creditsWriters(text: string, writers: Author[] | undefined): boolean {
  if (!writers?.length || text.length > WRITERS_LINE_MAX_LENGTH || /[.!?]$/.test(text.trimEnd())) return false
  const folded = fold(text).replace(/^[&+]\s*/u, '')
  return writers.some((writer) => {
    const name = fold(writer.name)
    return name.length > 0 && folded.startsWith(name) && (folded.length === name.length || WRITER_FOLLOWER.test(folded.slice(name.length)))
  })
}

/** A date line of a header has this many words at most ("6. Oktober 2022", "Updated 14 May 2024"). */
const DATE_LINE_MAX_WORDS = 6

/**
 * Whether a line of a header credits the article: a byline ("By Jane Doe",
 * "von Jane Doe | 20. Mai 2019"), a credit of no writer ("Übersetzt von:
 * John Roe"), or a short line with a date ("6. Oktober 2022", not "Storm
 * hits coast (2023)").
 *
 * @param line
 *   A line.
 * @returns
 *   Whether it is.
 */
export function isCreditLine(line: Line): boolean {
  if (lineWords(line) <= DATE_LINE_MAX_WORDS && findTimestamps(line.value).length > 0) return true
  return isBylineLine(line) || isNonWriterCredit(line.value)
}

/**
 * Whether a line is a byline, a date after the names aside ("By Jane Doe",
 * "von Jane Doe | 20. Mai 2019").
 *
 * @param line
 *   A line.
 * @returns
 *   Whether it reads as one.
 */
export function isBylineLine(line: Line): boolean {
  return readByline(withoutTrailingStamp(line.value)) !== undefined
}

