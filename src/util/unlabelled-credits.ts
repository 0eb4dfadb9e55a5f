/**
 * Photo credits without a label in lines of scraped text, where nothing but
 * the line says it is a caption: a line that is only a credit naming an
 * agency or stock library ("Jane Doe/Stockhouse", "Shutterstock"), and a
 * short caption that ends in one after a slash ("Harbour / Shutterstock")
 * or in brackets, a person and an agency around a slash ("The quay at dawn.
 * (jdoe / iStock.com)").
 *
 * An agency's name alone is not enough at a line's end: wire copy closes
 * its paragraphs with "(dpa)" or "(AFP/Reuters)". So a bracketed credit
 * must name a person before the slash, and a credit after a bare slash
 * must close a short line.
 *
 * A caption with no credit at all gives itself away when it says where a
 * person stands in the photo: "Anna Weber (l.) and Tom Price".
 *
 * @module
 */
import type {CaptionParts} from './captions.js'
import {isAgencyName, namesAgency} from './credits.js'
import {wordCount} from './text.js'

/** A lone credit has at most this many words ("Jane Doe / Stockhouse Images"). */
const LONE_CREDIT_MAX_WORDS = 6

/** And at most this many characters. */
const LONE_CREDIT_MAX_LENGTH = 60

/** A caption with a credit after a slash has at most this many words: longer lines are prose. */
const SLASH_CAPTION_MAX_WORDS = 25

/** A caption with a bracketed credit has at most this many words. */
const BRACKET_CAPTION_MAX_WORDS = 40

/** The longest line read here. */
const UNLABELLED_CAPTION_MAX_LENGTH = 300

/** What separates the parts of a credit: slashes, bars, commas, the copyright sign, brackets. */
const CREDIT_SEPARATORS = /[\s/|,©()]+/u

/** A credit in brackets at the end of a line: "… at dawn. (jdoe / iStock.com)". */
const BRACKET_TAIL = /^(.*?\S)\s*\(([^()]{3,80})\)$/u

/** A credit after a spaced slash or bar at the end of a line: "Harbour / Shutterstock". */
const SLASH_TAIL = /^(.*?\S)\s[/|]\s?([^/|\s][^/|]{1,59})$/u

/** The spaced slash or bar `SLASH_TAIL` needs, looked for first. */
const SPACED_SLASH = /\s[/|]/u

/**
 * Whether a short text is a credit that names an agency and nothing else:
 * every other word is capitalised, a name ("Judy Roe/Stockhouse.com").
 *
 * @param text
 *   A short text.
 * @returns
 *   Whether it is.
 */
function isAgencyCredit(text: string): boolean {
  if (text.length > LONE_CREDIT_MAX_LENGTH || /[.!?:]$/u.test(text)) return false
  // An agency whose name of several words is written in small letters ("picture alliance").
  if (isAgencyName(text)) return true
  const words = text.split(CREDIT_SEPARATORS).filter(Boolean)
  if (words.length === 0 || words.length > LONE_CREDIT_MAX_WORDS) return false
  // The words first: most lines fail on their first small word, before the whole line is searched for an agency.
  return words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || namesAgency(word)) && namesAgency(text)
}

/**
 * Whether a bracketed credit names a person, then an agency: "jdoe /
 * iStock.com", not "dpa/AFP" (a wire story's sources).
 *
 * @param inner
 *   The text inside the brackets.
 * @returns
 *   Whether it does.
 */
function isPersonAgencyCredit(inner: string): boolean {
  const slash = inner.lastIndexOf('/')
  if (slash < 0) return false
  const person = inner.slice(0, slash).trim()
  const agency = inner.slice(slash + 1).trim()
  if (person.length > 0 && wordCount(person) <= 4 && !namesAgency(person) && namesAgency(agency) && wordCount(agency) <= 3) return true
  // The agency first, as the AP writes it: "(AP Photo/Jane Doe)", "(Getty/Jane Doe)".
  const first = inner.indexOf('/')
  return first === slash && isAgencyWithPhotographer(inner.slice(0, first).trim(), inner.slice(first + 1).trim())
}

/** A photographer's name after an agency: two to four capitalised words (a pollster's name alone is one: "Reuters/Ipsos"). */
const PHOTOGRAPHER = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u

/**
 * Whether an agency (with "Photo" or "Images" after it, or not) is followed
 * by its photographer's name: "AP Photo" and "Jane Doe".
 *
 * @param agency
 *   The part before the slash.
 * @param person
 *   The part after it.
 * @returns
 *   Whether it is.
 */
function isAgencyWithPhotographer(agency: string, person: string): boolean {
  return wordCount(agency) <= 3 && namesAgency(agency) && PHOTOGRAPHER.test(person) && !namesAgency(person)
}

/**
 * Read a line of scraped text that is a caption with an unlabelled credit,
 * or only such a credit.
 *
 * @param text
 *   A cleaned line.
 * @returns
 *   The parts (an empty caption for a lone credit), or `undefined`.
 */
export function readUnlabelledCredit(text: string): CaptionParts | undefined {
  // Captions are short: paragraphs are passed over at once.
  if (text.length > UNLABELLED_CAPTION_MAX_LENGTH) return undefined
  const lone = text.length <= LONE_CREDIT_MAX_LENGTH
  // A lone credit or one in a tail; a short line (most of a dump's) is not searched for a tail, its length settles it.
  const mayHoldCredit = lone || text.endsWith(')') || SPACED_SLASH.test(text)
  // Every credit read here names an agency, in a part of the line whose edges are the line's or separators: a line
  // that names none is passed over with one search (most short lines of a dump are menus and headings).
  if (!mayHoldCredit || !namesAgency(text)) return undefined
  if (lone && isAgencyCredit(text)) return {caption: '', credit: text, media: 'image'}
  // The tails are tried only where the line could end in one: most lines do not, and the patterns would read them whole.
  const bracket = text.endsWith(')') ? BRACKET_TAIL.exec(text) : null
  if (bracket && wordCount(bracket[1]!) <= BRACKET_CAPTION_MAX_WORDS && isPersonAgencyCredit(bracket[2]!)) {
    return {caption: bracket[1]!, credit: bracket[2]!.trim(), media: 'image'}
  }
  const slash = SPACED_SLASH.test(text) ? SLASH_TAIL.exec(text) : null
  if (slash && wordCount(slash[1]!) <= SLASH_CAPTION_MAX_WORDS && isAgencyCredit(slash[2]!.trim())) {
    return {caption: slash[1]!, credit: slash[2]!.trim(), media: 'image'}
  }
  return undefined
}

/** A caption is at most this long: a paragraph that points left or right is the story's. */
const POSITION_CAPTION_MAX_LENGTH = 300

/**
 * Where a person stands in the photo, in brackets after a name: "Anna Weber
 * (l.) and Tom Price", "the minister (right)", "(links)", "(Mitte)",
 * "(izq.)", "(à droite)". Photo captions say so; text about people does not.
 */
const POSITION_IN_PHOTO = /[\p{L}.] \((?:l|r|m|li|re|links|rechts|mitte|left|right|center|centre|izq|der|izda|dcha|à gauche|à droite|au centre)\.?\)/u

/**
 * Read a caption without a credit that says where a person stands in the
 * photo ("Anna Weber (l.) and Tom Price at the harbour."): scraped text
 * only, where no markup marks the caption.
 *
 * @param text
 *   The line.
 * @returns
 *   The caption, or `undefined`.
 */
export function readPositionCaption(text: string): CaptionParts | undefined {
  // The pattern needs a space before a bracket: most lines have none, and `includes` finds that faster than the pattern.
  return text.length <= POSITION_CAPTION_MAX_LENGTH && text.includes(' (') && POSITION_IN_PHOTO.test(text) ? {caption: text, media: 'image'} : undefined
}
