/**
 * What stands beside a name in a byline and is not the name: job titles
 * ("Political Correspondent", also glued to the name: "Jane DoeStaff
 * Writer"), roles after a bar or slash ("| Correspondent", "/ Journalist"),
 * news agencies ("/dpa", "(AFP)"), initials in parentheses ("(jd)"),
 * `@handles`; and the credits that name someone other than the writer
 * ("Photographs by", "Edited by"). Word lists only, in the languages of
 * news sites; no name of any site or person.
 *
 * @module
 */

/** Job titles in the plural, which a byline of several names prints once after the last. */
const PLURAL_ROLE_HEADS = [
  'correspondents', 'reporters', 'writers', 'editors', 'journalists', 'contributors', 'columnists',
  'korrespondenten', 'redakteure', 'autoren', 'reporterinnen', 'journalistinnen',
  'journalistes', 'correspondants', 'rédacteurs', 'envoyés spéciaux',
  'corrispondenti', 'giornalisti', 'inviati', 'periodistas', 'corresponsales', 'redactores', 'enviados especiales'
]

/**
 * Head nouns of job titles, lower case, in English, German, French, Italian,
 * Spanish, Portuguese, Dutch and the Nordic languages.
 */
const ROLE_HEADS = [
  'correspondent', 'reporter', 'writer', 'editor', 'journalist',
  'columnist', 'contributor', 'producer', 'analyst', 'critic', 'commentator', 'blogger', 'staff', 'desk', 'intern',
  // Titles of the people who write a firm's or an institute's posts ("Growth Marketing Manager", "Managing Director").
  'manager', 'director', 'officer', 'founder', 'consultant', 'specialist', 'coordinator', 'managerin', 'direktor', 'direktorin', 'gründer', 'gründerin', 'berater', 'beraterin', 'directeur', 'directrice',
  'redakteur', 'redakteurin', 'korrespondent', 'korrespondentin', 'autor', 'autorin', 'reporterin', 'journalistin', 'volontär', 'volontärin', 'redaktion',
  'journaliste', 'rédacteur', 'rédactrice', 'correspondant', 'correspondante', 'envoyé spécial', 'envoyée spéciale', 'chroniqueur', 'chroniqueuse',
  'corrispondente', 'inviato', 'inviata', 'giornalista', 'redattore', 'redattrice',
  'periodista', 'redactor', 'redactora', 'corresponsal', 'enviado especial', 'enviada especial', 'columnista',
  'jornalista', 'repórter', 'colunista', 'redator', 'redatora',
  'redacteur', 'verslaggever', 'correspondente', 'medarbeider', 'medarbetare',
  ...PLURAL_ROLE_HEADS
]

/** Whether a job title ends in a plural head ("Staff Writers", "Korrespondenten"): the title of every name before it. */
const PLURAL_ROLE = new RegExp(`(?:^|\\s)(?:${PLURAL_ROLE_HEADS.join('|')})$`, 'iu')

/**
 * Whether a job title is in the plural, so that it is shared by all the
 * names before it ("By Jane Doe and John Roe / Staff Writers"), not only
 * the last one's.
 *
 * @param role
 *   A job title.
 * @returns
 *   Whether it is.
 */
export function isSharedRole(role: string): boolean {
  return PLURAL_ROLE.test(role.trim())
}


/** A whole text that is a job title ("Staff Writer", "Dalla nostra corrispondente"). */
const WHOLE_ROLE = new RegExp(String.raw`^(?:(?:[\p{L}&-]+\s+){0,4}(?:${ROLE_HEADS.join('|')})|(?:${ROLE_HEADS.join('|')})(?:\s+[\p{L}&-]+){0,4})$`, 'iu')

/**
 * Credits naming someone other than the writer: the photographer, the
 * illustrator, the editor, the translator. A byline opened by one of these
 * does not name an author.
 */
export const NOT_WRITER_ROLE = /^(?:(?:additional\s+)?(?:photo(?:graph)?s?|pictures?|images?|illustrations?|graphics?|video|videos|edited|editing|translated|translation|produced|production|design(?:ed)?|fotos?|bilder?|grafik|illustration|bearbeitet|herausgegeben|übersetzt|übersetzung|redigiert|photographies?|traduit|traduction|édité|fotografie|foto|a cura)\s+(?:by|von|par|di|de|por|door|af|av)|(?:fotos?|bilder?|photos?|video|redaktion|editors?|edited)\s*:|(?:übersetzung|translation|traduction|traducción|traduzione|tradução|vertaling)\b)/iu

/**
 * A job title's head anywhere in a text: no part of a text without one is a
 * job title (the same words and flags as `WHOLE_ROLE`).
 */
const ANY_ROLE_HEAD = new RegExp(`(?:${ROLE_HEADS.join('|')})`, 'iu')

/**
 * Whether a text is a job title and nothing else.
 *
 * @param text
 *   The text.
 * @returns
 *   Whether it is.
 */
export function isRole(text: string): boolean {
  return text.length <= 60 && WHOLE_ROLE.test(text.trim())
}

/** An agency after a slash or in parentheses at the end: "/dpa", "(AFP)", "/ Reuters". */
const AGENCY_SUFFIX = /[/(] ?(\p{Lu}{2,6}|\p{Ll}{2,4}|\p{Lu}\p{Ll}{2,9})\)?$/u

/** Initials in parentheses, as some newsrooms sign ("(jd)", "(J.D.)"). */
const INITIALS = /\((?:\p{L}\.?){1,4}\)/gu

/** A social handle ("@janedoe"), which is an address, not a name. */
const HANDLE = /@[\w.]+/gu

/**
 * A Korean byline's title after the name, and its count of co-writers:
 * "홍길동 기자" (reporter), "홍길동 특파원 외 1명" (correspondent, and one more).
 */
const KOREAN_TITLE = /(?<!\s)\s*((?:선임|객원|수석)?기자|특파원|논설위원|편집위원)(?:\s*외\s*\d{1,2}\s*명)?$/u

/** Words longer than this are not searched for a glued title. */
const WORD_MAX_LENGTH = 40

/** A job title has this many words at most. */
const ROLE_MAX_WORDS = 4

/** A lower-case letter right before a capital ("DoeStaff"). */
const GLUED = /\p{Ll}\p{Lu}/u

/** A job title's head at the start of a text, as a whole word. */
const ROLE_HEAD_START = new RegExp(`^(?:${ROLE_HEADS.join('|')})(?!\\p{L})`, 'iu')

/**
 * Where a job title glued to a name starts in a word: at a capital after a
 * lower-case letter, where the rest of the text is a title ("Doe|Staff
 * Writer", "Doe|Senior Correspondent").
 *
 * @param word
 *   A word of a byline.
 * @param rest
 *   The text after the word.
 * @param headOnly
 *   Only a title whose head opens it ("Doe|Staff"), not a brand's inner capital ("Philly|Voice Staff").
 * @returns
 *   The index of the glued title in the word, or -1.
 */
function gluedTitleStart(word: string, rest: string, headOnly: boolean): number {
  // Most words have no lower-case letter before a capital: no glued title to look for.
  if (!GLUED.test(word)) return -1
  for (let index = 1; index < Math.min(word.length, WORD_MAX_LENGTH); index++) {
    if (!/\p{Ll}/u.test(word.charAt(index - 1)) || !/\p{Lu}/u.test(word.charAt(index))) continue
    if (headOnly ? ROLE_HEAD_START.test(word.slice(index)) : isRole(word.slice(index) + rest)) return index
  }
  return -1
}

/**
 * Where a job title closing a name starts: after a space ("Jane Doe
 * Political Correspondent", also with a brand's inner capital: "Jane Doe
 * PhillyVoice Staff") or glued to the name, a capital after a lower-case
 * letter ("Jane DoeStaff Writer").
 *
 * @param text
 *   The name and its title.
 * @param isName
 *   Whether the text before a title is a name: the longest title that leaves one is cut.
 * @returns
 *   The index of the title, or -1.
 */
function trailingRole(text: string, isName: (text: string) => boolean): number {
  // Every title tried below is a part of the text: most names hold no title's head, and need no part tried.
  if (!ANY_ROLE_HEAD.test(text)) return -1
  const words = text.split(' ')
  for (let count = Math.min(ROLE_MAX_WORDS, words.length); count >= 1; count--) {
    const tail = words.slice(words.length - count).join(' ')
    const start = text.length - tail.length
    // A word glued from a name and a title's head ("DoeStaff") is not one of a title's.
    const whole = count < words.length && words.slice(words.length - count).every((word) => gluedTitleStart(word, '', true) === -1)
    if (whole && isRole(tail) && isName(text.slice(0, start).trim())) return start
    const first = words[words.length - count]!
    const glued = gluedTitleStart(first, tail.slice(first.length), false)
    if (glued !== -1 && isName(text.slice(0, start + glued).trim())) return start + glued
  }
  return -1
}

/** A name with its trimmings is this long at most; longer text is no byline's name, and is left as it is. */
const CLEAN_MAX_LENGTH = 160

/**
 * Whether a text has two words or more, as a name does.
 *
 * @param text
 *   The text.
 * @returns
 *   Whether it has.
 */
function hasTwoWords(text: string): boolean {
  return text.includes(' ')
}

/** A name, with what stood beside it set apart. */
export interface CleanName {
  /** The name alone. */
  name: string
  /** The job title beside it, if any. */
  role?: string
  /** The agency after it, if any. */
  agency?: string
}

/**
 * Set a name apart from the role, agency, initials and handle written
 * beside it: "Jane Doe | Correspondent", "Jane Doe / Journalist", "Jane
 * DoeStaff Writer", "Jane Doe/dpa", "Jane Doe (AFP)", "Jane Doe (jd)",
 * "Jane Doe @janedoe".
 *
 * @param text
 *   One name with its trimmings.
 * @param isName
 *   Whether what is left of a job title is a name (default: two words or more).
 * @returns
 *   The name, role and agency.
 */
export function cleanName(text: string, isName: (text: string) => boolean = hasTwoWords): CleanName {
  if (text.length > CLEAN_MAX_LENGTH) return {name: text}
  let name = text.replace(HANDLE, ' ').replace(/\s+/g, ' ').trim()
  let role: string | undefined
  let agency: string | undefined
  const korean = KOREAN_TITLE.exec(name)
  if (korean && korean.index > 0) {
    role = korean[1]
    name = name.slice(0, korean.index).trim()
  }
  // "Name | Role", "Name / Role": a bar or slash before a job title.
  const bar = /[|｜]|\s[/–—-]\s/u.exec(name)
  if (bar && isRole(name.slice(bar.index + bar[0].length).trim())) {
    role = name.slice(bar.index + bar[0].length).trim()
    name = name.slice(0, bar.index).trim()
  }
  const agencyMatch = AGENCY_SUFFIX.exec(name)
  if (agencyMatch && !INITIALS_ONLY.test(agencyMatch[0]) && (agencyMatch.index === 0 || /[\s\p{L}]/u.test(name.charAt(agencyMatch.index - 1)))) {
    agency = agencyMatch[1]
    name = name.slice(0, agencyMatch.index).trim()
  }
  name = onceIfTwice(name.replace(INITIALS, ' ').replace(/\s+/g, ' ').trim())
  // "Rechtsanwalt Jane Doe", "Korrespondentin Maria Lopez": the profession before the name is a role.
  const profession = LEADING_PROFESSION.exec(name)
  if (profession && !role && isName(name.slice(profession[0].length))) {
    role = profession[1]
    name = name.slice(profession[0].length)
  }
  const at = role ? -1 : trailingRole(name, isName)
  if (at > 0) {
    role = name.slice(at).trim()
    name = name.slice(0, at).trim()
  }
  return {name, ...(role ? {role} : {}), ...(agency ? {agency} : {})}
}

/**
 * A name written twice in a row, once ("Jane Doe Jane Doe"): a byline that
 * prints the name for screens and again for screen readers or print.
 *
 * @param name
 *   The name.
 * @returns
 *   The name once.
 */
function onceIfTwice(name: string): string {
  const words = name.split(' ')
  const half = words.length / 2
  if (words.length < 4 || !Number.isInteger(half)) return name
  const first = words.slice(0, half).join(' ')
  return first === words.slice(half).join(' ') ? first : name
}

/**
 * A profession printed before a writer's name ("Rechtsanwalt Jane Doe",
 * "Korrespondentin Maria Lopez", "Avocat Jean Martin"), in the languages of
 * the corpora: a role, not a part of the name. Honorifics ("Dr.", "Prof.")
 * stay: sites print them as part of the name.
 */
const LEADING_PROFESSION = /^((?:Rechtsanw(?:alt|ältin)|Fachanw(?:alt|ältin)|Notar(?:in)?|Steuerberater(?:in)?|Redakteur(?:in)?|Korrespondent(?:in)?|Reporter(?:in)?|Journalist(?:in)?|Lawyer|Correspondent|Avocat(?:e)?|Avvocat[oa]|Abogad[oa]))\s+(?=\p{Lu})/u

/** Initials in parentheses, which are a signature, not an agency: lower case, two or three letters. */
const INITIALS_ONLY = /^\(\p{Ll}{2}\)$/u
