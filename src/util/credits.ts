/**
 * Photo credits inside text that is known to be a caption (a figure's
 * caption element, an image's `title`): which text is a credit, how to split
 * one off a caption that carries it without a label ("… (Jane Doe/AP)",
 * "… | Jane Doe/Getty Images", "…. Supplied", "…＝ＡＰ", "… [사진 = 연합뉴스]"),
 * and how to take the label off a credit ("Photo by", "Foto:", "©").
 *
 * These patterns are never applied to body lines: "… said on Tuesday
 * (Reuters)" in a paragraph is prose. Lines of scraped text go through
 * `splitCaption` (`captions.ts`), which needs a label.
 *
 * @module
 */
import {CREDIT_SEPARATORS, splitCaption} from './captions.js'
import {groupByFirstCharacter, wordCount} from './text.js'

/**
 * Wire services, picture agencies and stock libraries that credit photos in
 * news pages worldwide, as captions write them. Short acronyms are matched
 * in capitals only ("AP", not "ap"); names of four letters or more in any
 * case. Full-width forms ("ＡＰ") are folded first (NFKC).
 */
const AGENCIES = [
  // International wires and picture agencies.
  'AP', 'AP Photo', 'Associated Press', 'AFP', 'Agence France-Presse', 'Reuters', 'EPA', 'EPA-EFE', 'Getty', 'Getty Images',
  'Bloomberg', 'Sipa', 'Abaca', 'ZUMA', 'Zuma Press', 'NurPhoto', 'Anadolu', 'WENN', 'Xinhua', 'Sputnik', 'TASS',
  // National wires, in the languages standfirst reads.
  'dpa', 'DPA', 'ddp', 'epd', 'KNA', 'APA', 'Keystone', 'SDA', 'EFE', 'Europa Press', 'ANSA', 'Belga', 'BELGA', 'ANP',
  'NTB', 'TT', 'Ritzau', 'Scanpix', 'Lehtikuva', 'PAP', 'CTK', 'ČTK', 'MTI', 'Ukrinform', 'PA', 'PA Images', 'PA Wire',
  'AAP', 'Canadian Press', 'PTI', 'IANS', 'ANI', 'Kyodo', 'Jiji', 'Yonhap', '연합뉴스', '뉴시스', '뉴스1', '共同', '時事',
  'ロイター', '新华社', 'Imago', 'IMAGO', 'picture alliance', 'picture-alliance', 'Bildbyrån',
  // Stock libraries.
  'iStock', 'iStockphoto', 'Shutterstock', 'Alamy', 'Unsplash', 'Pexels', 'Pixabay', 'Adobe Stock', 'Fotolia', 'Depositphotos',
  'Dreamstime', 'Clipdealer', '123RF',
  // What a caption says when the picture was handed out, not taken by the paper.
  'Handout', 'HANDOUT', 'Supplied', 'Pool'
]

/** Escape a name for a regular expression. */
const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** What may not touch an agency's name: a letter or a digit (the name is not inside a word). */
const AGENCY_EDGE = String.raw`[\p{L}\p{N}]`

/**
 * Names of agencies that no letter or digit touches (each looks back after
 * it matched, as `notAfter` writes them), grouped by their first character
 * (`groupByFirstCharacter`: on the lines of the text dumps, the search
 * took a third less).
 *
 * @param names
 *   The names.
 * @param ignoreCase
 *   Whether the pattern ignores case (its `i` flag).
 * @returns
 *   The source of the pattern.
 */
function agencyNames(names: string[], ignoreCase: boolean): string {
  const alternatives = names.map((name) => `${escape(name)}(?<!${AGENCY_EDGE}(?:${escape(name)}))`)
  return `(?:${groupByFirstCharacter(alternatives, ignoreCase)})(?!${AGENCY_EDGE})`
}

/** Short capitals ("AP", "TT") only as written. */
const AGENCY_ACRONYM = new RegExp(agencyNames(AGENCIES.filter((name) => name.length < 4), false), 'u')

/** Longer names in any case ("REUTERS", "Getty images"). */
const AGENCY_NAME = new RegExp(agencyNames(AGENCIES.filter((name) => name.length >= 4), true), 'iu')

/**
 * Which characters of Latin-1 NFKC changes (the no-break space, superscripts,
 * fractions, ordinals, spacing accents), by code.
 */
const LATIN1_CHANGED_BY_NFKC = Array.from({length: 256}, (_, code) => String.fromCharCode(code).normalize('NFKC') !== String.fromCharCode(code))

/** The characters of `LATIN1_CHANGED_BY_NFKC`, escaped for a character class. */
const LATIN1_CHANGED_ESCAPES = LATIN1_CHANGED_BY_NFKC.flatMap((changed, code) => (changed ? [`\\u${code.toString(16).padStart(4, '0')}`] : [])).join('')

/** A UTF-16 unit past Latin-1, or a character of Latin-1 that NFKC changes. */
const MAY_CHANGE_BY_NFKC = new RegExp(`[^\\u0000-\\u00ff]|[${LATIN1_CHANGED_ESCAPES}]`)

/**
 * Whether NFKC leaves a text as it is because it holds only characters of
 * Latin-1 that NFKC keeps: no combining mark follows them to compose with
 * (those are past Latin-1). Most lines of the corpora are such text, and a
 * search of the pattern costs a fraction of `normalize`, which copies the
 * text (and less than half of a loop over its characters).
 *
 * @param text
 *   Any text.
 * @returns
 *   Whether it does.
 */
function isKeptByNfkc(text: string): boolean {
  return !MAY_CHANGE_BY_NFKC.test(text)
}

/**
 * Whether a text names an agency (full-width forms folded first).
 *
 * @param text
 *   Any short text.
 * @returns
 *   Whether it does.
 */
export function namesAgency(text: string): boolean {
  const folded = isKeptByNfkc(text) ? text : text.normalize('NFKC')
  return AGENCY_ACRONYM.test(folded) || AGENCY_NAME.test(folded)
}

/** The agencies' names of several words, in lower case ("picture alliance", "getty images"). */
const AGENCY_PHRASES = new Set(AGENCIES.filter((name) => name.includes(' ')).map((name) => name.toLowerCase()))

/**
 * Whether a text is an agency's name of several words and nothing more, in
 * any case ("picture alliance", "Getty Images"). A single word is left to
 * `namesAgency`'s cases: "pool" or "supplied" in small letters is a word.
 *
 * @param text
 *   A short text.
 * @returns
 *   Whether it is.
 */
export function isAgencyName(text: string): boolean {
  if (!text.includes(' ')) return false
  const folded = (isKeptByNfkc(text) ? text : text.normalize('NFKC')).trim().toLowerCase()
  return AGENCY_PHRASES.has(folded)
}

/** A credit names an agency or people: a few words at most. */
export const CREDIT_MAX_WORDS = 12

/** Two capitalised parts around a slash: "Jane Doe/Reuters", "IMAGO/Nico Herbertz", "EFE/ J.J. Guillén". */
const NAME_SLASH = /(?:^|\s)[\p{Lu}\p{Lo}][^/\s]*(?:\s[^/\s]+){0,4}\s?\/\s?[\p{Lu}\p{Lo}]/u

/** "X via Y": "Niall Carson/PA Images via Getty Images", "Stefan Rousseau/via Reuters". */
const VIA = /(?:^|[\s/])via\s[\p{Lu}\p{Lo}]/u

/**
 * Whether a short text reads as a photo credit without a label: it names an
 * agency, or a person and an agency around a slash, or "via" one.
 *
 * @param text
 *   A short text (a caption's tail, a separate span).
 * @returns
 *   Whether it does.
 */
export function looksLikeCredit(text: string): boolean {
  const folded = text.normalize('NFKC').trim()
  if (!folded || wordCount(folded) > CREDIT_MAX_WORDS || folded.length > 120) return false
  return namesAgency(folded) || NAME_SLASH.test(folded) || VIA.test(folded)
}

/**
 * Labels before a credit ("Photo by", "Foto:", "©", "Image Credits:", "Bild
 * ©"), in the languages of the corpora. "Foto de …" and "Bild von …" are
 * left out: they as often say what the picture shows ("Foto de familia").
 */
const CREDIT_LABEL =
  /^(?:(?:photo(?:graph)?s?|pictures?|images?|fotos?|fotó|bild(?:er)?|foto(?:grafía|grafia)?|illustration|video|kuva|zdjęcie|фото|isithombe|ljósmynd|billede|bilde)(?:\s+credits?)?\s*(?:by\b|par\b|:|©)|(?:photo\s+)?credits?\s*:|crédits?(?:\s+photo)?\s*:|quelle\s*:|bildquelle\s*:|source\s*:|©|\(c\)|copyright\b)\s*:?\s*/iu

/**
 * Whether a text starts with a credit label ("Photo by", "Foto:", "©",
 * "(Bild:").
 *
 * @param text
 *   A short text.
 * @returns
 *   Whether it does.
 */
export function hasCreditLabel(text: string): boolean {
  return CREDIT_LABEL.test(text.trim().replace(/^[([（［]/u, ''))
}

/**
 * A credit without its label, brackets or closing punctuation: "Photo by
 * Jane Doe" → "Jane Doe", "(Bild: dpa)" → "dpa", "Credits: Supplied Image;"
 * → "Supplied Image".
 *
 * @param credit
 *   The credit as the page writes it.
 * @returns
 *   The credit (may be empty).
 */
export function cleanCredit(credit: string): string {
  let text = credit.trim()
  // Brackets around the whole credit: "(Edu Luque)", "[AP]".
  if (/^[([（［][^()[\]（）［］]*[)\]）］][.;,]?$/u.test(text)) text = text.slice(1).replace(/[)\]）］][.;,]?$/u, '')
  // A label, possibly twice ("Bild: ©"): bounded, each pass shortens the text.
  for (let pass = 0; pass < 2; pass++) text = text.replace(CREDIT_LABEL, '')
  return trimEdges(trimEdges(withoutCopyrightNotice(text), ' /|–—-', true), ' ;,.|/–—-', false)
}

/** Words that open a copyright notice. */
const COPYRIGHT_WORDS = ['copyright', '©', '(c)']

/** What may stand between a name and its copyright notice. */
const NOTICE_SEPARATORS = new Set([' ', '/', '|', ',', ';'])

/**
 * A credit without the copyright notice that follows the photographer's
 * name: the notice is the agency's boilerplate, the name is the credit.
 *
 * @param text
 *   The credit, without its label.
 * @returns
 *   The name before the notice, or the text itself.
 */
function withoutCopyrightNotice(text: string): string {
  const lower = text.toLowerCase()
  for (const word of COPYRIGHT_WORDS) {
    const at = lower.indexOf(word)
    if (at <= 0 || !NOTICE_SEPARATORS.has(text.charAt(at - 1))) continue
    // A notice gives a year or reserves the rights; "Copyright Harbour Trust" may be the credit itself.
    const rest = lower.slice(at + word.length).trim()
    if (!/^\d{4}(?!\d)/.test(rest) && !rest.includes('all rights reserved')) continue
    const name = text.slice(0, at).trim()
    if (/\p{L}/u.test(name)) return name
  }
  return text
}

/**
 * Trim characters of a set (and white space) from one end of a text,
 * without a regular expression (a run of them would backtrack).
 *
 * @param text
 *   The text.
 * @param set
 *   The characters to trim besides white space.
 * @param start
 *   Trim the start (`true`) or the end (`false`).
 * @returns
 *   The trimmed text.
 */
export function trimEdges(text: string, set: string, start: boolean): string {
  const trimmable = (character: string) => set.includes(character) || character.trim() === ''
  let from = 0
  let to = text.length
  if (start) while (from < to && trimmable(text[from]!)) from++
  else while (to > from && trimmable(text[to - 1]!)) to--
  return text.slice(from, to).trim()
}

/** A caption and its credit. */
export interface FigureCaption {
  caption: string
  credit?: string
}

/** A bracketed tail: "… (Adel Hana/Associated Press)", "… [사진 = 연합뉴스]". */
const BRACKETED_TAIL = /^(.*?\S)\s*[([（［]([^()[\]（）［］]{2,100})[)\]）］][.。]?$/u

/** A label inside brackets that says what follows is the credit (Korean "사진", "사진 출처"; Japanese "写真"). */
const BRACKET_LABEL = /^(?:사진 ?출처|사진|写真|出典|图片来源|图|photo|foto|bild) ?[=:：＝]\s*(\S.*)$/iu

/** A Japanese credit at the end: "（潟沼義樹撮影）". */
const TAKEN_BY = /^(.*?\S)\s*[（(]([^（）()]{1,30}?)撮影[）)]$/u

/** A Japanese caption's credit after a full-width equals sign ("…＝ＡＰ", "…＝共同") is at most this long. */
const EQUALS_TAIL_MAX = 30

/** Separators between a caption and its credit: "… | Jane Doe/Getty Images", "… / J. Doe / LRT nuotr.". */
const SEPARATORS = [' | ', ' / ']

/**
 * Labels that introduce a credit in captions, besides those of
 * `splitCaption`: Hungarian, Polish, Finnish, Norwegian, Danish,
 * Icelandic, Russian, Zulu, Portuguese and Italian.
 */
const MORE_LABELS = /(?<![\p{L}\p{N}])(?:Fotó|Zdjęcie|Kuva|Bilde|Billede|Ljósmynd|Фото|Isithombe|Fotografia) ?[:：]/gu

/** The last sentence of a caption, when it may be a credit alone ("…. Supplied", "…있다. 뉴시스"). */
const LAST_SENTENCE = /^(.*?[.!?。])\s+(\S[^.!?。]{0,60})$/u

/** An abbreviated "photo" after the credit, in Lithuanian ("LRT nuotr."). */
const NUOTR = /\bnuotr\.?$/iu

/**
 * Split a caption's credit off its end, when the caption carries one: a
 * label ("Photo: …", see `splitCaption`), or, since the text is known to be
 * a caption, an unlabelled credit that names an agency or a "Name/Agency"
 * pair in brackets, after a bar or slash, or as the last sentence; and the
 * Japanese and Korean forms ("＝ＡＰ", "（…撮影）", "[사진 = …]").
 *
 * @param text
 *   A cleaned caption.
 * @returns
 *   The caption and, when found, the credit.
 */
export function splitFigureCaption(text: string): FigureCaption {
  const labelled = splitCaption(text)
  // "… um ein Auto | Bildquelle: WDR": the bar before the label goes with it.
  if (labelled?.credit && labelled.media === 'image') return {caption: trimEdges(labelled.caption, ' |/–—-', false), credit: cleanCredit(labelled.credit)}
  return splitUnlabelled(text) ?? {caption: text}
}

/**
 * `splitFigureCaption` for the forms without a Latin label.
 *
 * @param text
 *   A cleaned caption.
 * @returns
 *   The parts, or `undefined`.
 */
function splitUnlabelled(text: string): FigureCaption | undefined {
  const bracketed = BRACKETED_TAIL.exec(text)
  if (bracketed) {
    const inner = bracketed[2]!.trim()
    const labelled = BRACKET_LABEL.exec(inner)
    if (labelled) return parts(bracketed[1]!, labelled[1]!)
    if (looksLikeCredit(inner)) return parts(bracketed[1]!, inner)
  }
  const taken = TAKEN_BY.exec(text)
  if (taken) return parts(taken[1]!, taken[2]!)
  const equals = text.lastIndexOf('＝')
  if (equals > 0 && text.length - equals - 1 <= EQUALS_TAIL_MAX && namesAgency(text.slice(equals + 1))) return parts(text.slice(0, equals), text.slice(equals + 1))
  const separated = splitAtSeparator(text)
  if (separated) return separated
  const labelled = splitAtLabel(text)
  if (labelled) return labelled
  const last = LAST_SENTENCE.exec(text)
  if (last && wordCount(last[2]!) <= 4 && namesAgency(last[2]!) && isOnlyCredit(last[2]!)) return parts(last[1]!, last[2]!)
  return undefined
}

/**
 * Split at the first bar or slash whose tail reads as a credit ("… | Jane
 * Doe/Getty Images", "Name / J. Doe / LRT nuotr.").
 *
 * @param text
 *   A cleaned caption.
 * @returns
 *   The parts, or `undefined`.
 */
function splitAtSeparator(text: string): FigureCaption | undefined {
  // Only tails as long as a credit can be are looked at; the earliest that
  // reads as one wins, so that "Name / J. Doe / LRT nuotr." keeps both
  // parts of its credit.
  let at = Math.max(0, text.length - 120) - 1
  for (;;) {
    at = nextSeparator(text, at + 1)
    if (at === -1) return undefined
    const tail = text.slice(at + 3)
    if (at > 0 && (looksLikeCredit(tail) || NUOTR.test(tail))) return parts(text.slice(0, at), tail)
  }
}

/**
 * The index of the next separator at or after an index.
 *
 * @param text
 *   The text.
 * @param from
 *   Where to look from.
 * @returns
 *   The index, or -1.
 */
function nextSeparator(text: string, from: number): number {
  let found = -1
  for (const separator of SEPARATORS) {
    const index = text.indexOf(separator, from)
    if (index !== -1 && (found === -1 || index < found)) found = index
  }
  return found
}

/**
 * Split at the last credit label of the languages `splitCaption` does not
 * know ("… Isithombe: Jane Doe").
 *
 * @param text
 *   A cleaned caption.
 * @returns
 *   The parts, or `undefined`.
 */
function splitAtLabel(text: string): FigureCaption | undefined {
  let last: RegExpMatchArray | undefined
  for (const match of text.matchAll(MORE_LABELS)) last = match
  if (!last || last.index === 0) return undefined
  const credit = text.slice(last.index! + last[0].length)
  return wordCount(credit) <= CREDIT_MAX_WORDS ? parts(text.slice(0, last.index), credit) : undefined
}

/**
 * Whether a short tail is nothing but a credit: every word capitalised, or
 * an agency name (not "… said AP" in a sentence).
 *
 * @param text
 *   The tail.
 * @returns
 *   Whether it is.
 */
function isOnlyCredit(text: string): boolean {
  return text.split(/[\s/,]+/).filter(Boolean).every((word) => /^[\p{Lu}\p{Lo}\p{N}]/u.test(word.normalize('NFKC')))
}

/**
 * Caption and credit, both trimmed; the credit cleaned of its label.
 *
 * @param caption
 *   The caption part.
 * @param credit
 *   The credit part.
 * @returns
 *   The parts (no credit when nothing is left of it).
 */
function parts(caption: string, credit: string): FigureCaption {
  const clean = cleanCredit(credit)
  const rest = trimEdges(caption, CREDIT_SEPARATORS, false)
  return clean ? {caption: rest, credit: clean} : {caption: rest}
}
