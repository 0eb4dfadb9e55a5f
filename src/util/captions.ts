/**
 * Captions and credits in a line of text: "caption. Photograph: credit",
 * "(Photo: … AP)", "… © Agency", "Figure 3: …", "… – video", and a credit
 * alone on its line ("Photograph by …"). Shared by the caption plugin
 * (scraped text and HTML lines) and the HTML front end (figure captions).
 *
 * @module
 */
import {countWords} from './count-words.js'
import {trimEndOf, wordCount} from './text.js'

/** Labels that introduce a credit, in the languages of the corpora (more, for captions only, in `credits.ts`). */
const CREDIT_LABELS =
  'Photograph|Photographs|Photo|Photos|Photo credit|Picture|Pictures|Image|Images|Credit|Credits|Illustration|Composite|Source|Foto|Fotos|Bild|Bildquelle|Quelle|Crédit|Crédits|Crédit photo|Crédito|Créditos|Imagen|Fotografía|Fot|Fotó|Zdjęcie|Kuva|Фото'

/** A credit at the end of a line: "… Photograph: Northgate Pictures". `(?<!\s)` and a credit that starts at a non-space keep the spaces to one part (ReDoS-safe). */
const TRAILING_CREDIT = new RegExp(`^(.*?)(?<!\\s)\\s*(?:^|(?<=[\\p{P}\\s]))(?:${CREDIT_LABELS})\\s?:\\s*([^:\\s][^:]{1,119})$`, 'u')

/**
 * A photo's credit glued to the caption's last word, as a scraper joins the
 * caption's and the credit's spans ("… Boris NadeschdinBild: Jane Doe/dpa"):
 * the label's capital right after a small letter. Only the labels that
 * name a photo: "Credit" or "Source" glued so end a name ("UniCredit:").
 */
const GLUED_CREDIT = /^(.*?\p{Ll})(?:Foto|Fotos|Bild|Bilder|Photo|Photos|Фото)\s?:\s*([^:\s][^:]{1,119})$/u

/** Photo labels at the end of a text, for `GLUED_CREDIT`'s cheap test. */
const GLUED_LABEL_AT_END = /\p{Ll}(?:Foto|Fotos|Bild|Bilder|Photo|Photos|Фото)\s?$/u

/** A parenthesised credit at the end: "(Photo: Jane Doe/AP)", "(crédito: …)" (in brackets, any case). */
const BRACKETED_CREDIT = new RegExp(`^(.*?)(?<!\\s)\\s*\\((?:${CREDIT_LABELS})\\s?:\\s*([^()\\s][^()]{1,119})\\)\\.?$`, 'iu')

/** A copyright sign before the credit: "… Neusiedler See. © Jane Doe", "… / (C) Jane Doe", "(© AFP/Jane Doe)". */
const COPYRIGHT_CREDIT = /^(.*?)(?<![\s/(])[\s/]*\(?(?:©|\(c\))\s*([^©()\s][^©()]{1,119})\)?$/iu

/** A credit after a comma or slash, its label in lower case: "Roman Prymula, photo: Government archives". */
const LOWER_CASE_CREDIT = new RegExp(`^(.*?[^\\s,/|])\\s*[,/|]\\s*(?:${CREDIT_LABELS.toLowerCase()})\\s?:\\s*([^:\\s][^:]{1,119})$`, 'u')

/** A label that opens a caption: "Figure 3: …", "Abbildung: …", "Beitragsbild: …". */
const CAPTION_LABEL = /^(?:Figure|Fig\.|Abbildung|Abb\.|Beitragsbild|Titelbild|Symbolbild|Bildunterschrift)(?:\s\d{1,3}[a-z]?)?\s?:\s*(\S.*)$/u

/** Media words that take a "by" credit: "Photograph by …", "Bild via …". */
const BY_LABELS = 'Photograph|Photographs|Photo|Photos|Picture|Pictures|Image|Images|Illustration|Video|Foto|Fotos|Bild|Bilder|Grafik'

/**
 * A credit standing alone on its line, with no caption before it:
 * "Photograph by Jane Doe", "Credit: Northgate Pictures", "Foto: dpa", "Bild via X", "Foto © X".
 */
const LONE_CREDIT = new RegExp(`^(?:(?:${CREDIT_LABELS})\\s?:|(?:${BY_LABELS})\\s(?:by|via|von|de|par|courtesy of)|(?:(?:${BY_LABELS})\\s?)?©|\\(c\\))\\s*([^:\\s][^:]{1,119})$`, 'iu')

/** A video caption: "… – video", "… - video". */
const VIDEO_SUFFIX = /^(.{7,}?\S)\s+[–—-]\s*video$/iu

/** A credit names an agency or people: a few words at most. */
const CREDIT_MAX_WORDS = 12

/** A caption is a sentence or two, not a paragraph of prose. */
export const CAPTION_MAX_WORDS = 70

/** What a caption line splits into. */
export interface CaptionParts {
  caption: string
  credit?: string
  media: 'image' | 'video'
}

/** The longest label of `CREDIT_LABELS`, and the space `\s?` allows before its colon. */
const LABEL_MAX_LENGTH = Math.max(...CREDIT_LABELS.split('|').map((label) => label.length)) + 1

/** A label at the end of a text (the text before a colon), as `TRAILING_CREDIT` writes them. */
const LABEL_AT_END = new RegExp(`(?:${CREDIT_LABELS})\\s?$`, 'u')

/** A label at the end of a text in lower case, as `LOWER_CASE_CREDIT` writes them. */
const LOWER_CASE_LABEL_AT_END = new RegExp(`(?:${CREDIT_LABELS.toLowerCase()})\\s?$`, 'u')

/** What `COPYRIGHT_CREDIT` cannot match without. */
const COPYRIGHT_MARK = /©|\(c\)/i

/** What `VIDEO_SUFFIX` cannot match without. */
const VIDEO_END = /video$/i

/**
 * The first credit pattern that matches a line, in order: bracketed,
 * trailing, after a copyright sign, in lower case. Each is tried only when
 * the line has what it cannot match without, found by a cheap test: the
 * patterns try every position of the line, and most lines that reach them
 * have a colon for another reason (a clock time, a label of their own).
 *
 * - `BRACKETED_CREDIT` ends in a closing bracket (and perhaps a full stop);
 * - `TRAILING_CREDIT` and `LOWER_CASE_CREDIT` have a label right before the
 *   line's last colon: no colon may follow theirs;
 * - `COPYRIGHT_CREDIT` has a copyright sign.
 *
 * @param text
 *   A cleaned line.
 * @returns
 *   The match: caption, then credit; or `null`.
 */
function matchCredit(text: string): RegExpExecArray | null {
  const colon = text.lastIndexOf(':')
  const beforeColon = colon < 0 ? undefined : text.slice(Math.max(0, colon - LABEL_MAX_LENGTH), colon)
  return (
    (text.endsWith(')') || text.endsWith(').') ? BRACKETED_CREDIT.exec(text) : null) ??
    (beforeColon !== undefined && LABEL_AT_END.test(beforeColon) ? (TRAILING_CREDIT.exec(text) ?? (GLUED_LABEL_AT_END.test(beforeColon) ? GLUED_CREDIT.exec(text) : null)) : null) ??
    (COPYRIGHT_MARK.test(text) ? COPYRIGHT_CREDIT.exec(text) : null) ??
    (beforeColon !== undefined && LOWER_CASE_LABEL_AT_END.test(beforeColon) ? LOWER_CASE_CREDIT.exec(text) : null)
  )
}

/**
 * Split a line into caption and credit, if it is a caption.
 *
 * @param text
 *   A cleaned line.
 * @param words
 *   Its words, counted when asked (default: `countWords(text)`); a line of the
 *   tree gives the count kept on it (`lineWords`), which later stages read too.
 * @returns
 *   The parts, or `undefined` when the line is not a caption.
 */
export function splitCaption(text: string, words: () => number = () => countWords(text)): CaptionParts | undefined {
  // Every caption form has a labelled credit (a colon) or ends in "video": most lines have neither.
  if (!/[:©]|\(c\)|video$/i.test(text)) return undefined
  if (words() > CAPTION_MAX_WORDS + CREDIT_MAX_WORDS) return undefined
  const match = matchCredit(text)
  if (match) {
    const credit = match[2]!.trim().replace(/\.$/, '')
    const captionWords = wordCount(match[1]!)
    if (wordCount(credit) > CREDIT_MAX_WORDS || captionWords < 2 || captionWords > CAPTION_MAX_WORDS) return undefined
    const parts: CaptionParts = {caption: withoutCreditSeparator(match[1]!), credit, media: 'image'}
    return parts
  }
  const labelled = CAPTION_LABEL.exec(text)
  if (labelled && wordCount(labelled[1]!) <= CAPTION_MAX_WORDS) return {caption: labelled[1]!, media: 'image'}
  const video = VIDEO_END.test(text) ? VIDEO_SUFFIX.exec(text) : null
  if (video && wordCount(video[1]!) <= CAPTION_MAX_WORDS) return {caption: video[1]!.trim(), media: 'video'}
  return undefined
}

/** What separates a caption from the credit after it: a comma, a semicolon, a dash, a bar, a slash ("…, Foto: Jane Doe"). */
export const CREDIT_SEPARATORS = ' ,;|/–—-'

/**
 * A caption without the separator that stood between it and its credit
 * ("Alex Lowes in Barcelona, Foto: Jane Doe" → "Alex Lowes in
 * Barcelona"). A full stop stays: it ends the caption's sentence.
 *
 * @param caption
 *   The text before the credit.
 * @returns
 *   The caption.
 */
function withoutCreditSeparator(caption: string): string {
  return trimEndOf(caption.trim(), CREDIT_SEPARATORS).trim()
}

/** A caption left empty before its credit leaves its full stop or comma: ". Image: Agency". */
const LEADING_STOP = /^[.,;]\s+/u

/**
 * A text without `LEADING_STOP`. Its first character is looked at first:
 * most lines open with a letter, and are returned without a call of the
 * pattern.
 *
 * @param text
 *   A line.
 * @returns
 *   The line without a leading full stop, comma or semicolon and the spaces after it.
 */
function withoutLeadingStop(text: string): string {
  return '.,;'.includes(text.charAt(0)) ? text.replace(LEADING_STOP, '') : text
}

/** The longest line that can be a lone credit (label, brackets and a 120-character credit). */
const LONE_CREDIT_MAX_LENGTH = 160

/** A credit's label alone on its line, its credit on the next: "Foto:" / "Andrew Harnik / AP". */
const CREDIT_LABEL_ALONE = new RegExp(`^(?:${CREDIT_LABELS})\\s?:$`, 'iu')

/**
 * Whether a line is only a credit's label ("Foto:", "Photo:"), the credit
 * on the next line as a scraper split them.
 *
 * @param text
 *   A cleaned line.
 * @returns
 *   `true` when it is.
 */
export function isCreditLabel(text: string): boolean {
  return text.length <= LABEL_MAX_LENGTH + 1 && CREDIT_LABEL_ALONE.test(text)
}

/**
 * Read a line that is only a credit.
 *
 * @param text
 *   A cleaned line.
 * @returns
 *   The credit, or `undefined`.
 */
export function readLoneCredit(text: string): string | undefined {
  // A label and at most 120 characters of credit: longer lines (most of them) are not read.
  if (text.length > LONE_CREDIT_MAX_LENGTH) return undefined
  // "(Credit: Jane Doe / Agency)" reads as the same credit without brackets; ". Image: Agency" as one without the empty caption's full stop.
  const bare = text.startsWith('(') && /^\(.*\)\.?$/.test(text) ? text.replace(/^\(|\)\.?$/g, '') : withoutLeadingStop(text)
  const match = LONE_CREDIT.exec(bare)
  if (!match) return undefined
  const credit = match[1]!.trim().replace(/\.$/, '')
  return wordCount(credit) <= CREDIT_MAX_WORDS ? credit : undefined
}

/**
 * A sponsor's label under its logo ("Powered by", "Presented by", "In
 * partnership with", "Präsentiert von"), which a page marks up as a figure
 * and its caption: no photo's caption, and the figure is the sponsor's.
 */
const SPONSOR_LABEL = /^(?:powered by|presented by|sponsored by|supported by|brought to you by|in (?:partnership|association|collaboration) with|präsentiert von|unterstützt von|gesponsert von|in (?:kooperation|zusammenarbeit) mit|présenté par|sponsorisé par|en partenariat avec|presentado por|patrocinado por|en colaboración con|presentato da|sponsorizzato da|in collaborazione con)$/iu

/**
 * Whether a caption is a sponsor's label, not a photo's caption.
 *
 * @param caption
 *   A caption.
 * @returns
 *   Whether it is.
 */
export function isSponsorLabel(caption: string): boolean {
  return caption.length <= SPONSOR_LABEL_MAX_LENGTH && SPONSOR_LABEL.test(trimEndOf(caption.trim(), ':.…'))
}

/** A sponsor's label is short. */
const SPONSOR_LABEL_MAX_LENGTH = 40
