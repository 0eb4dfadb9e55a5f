/**
 * Mark content-farm spam: the fake "about the author" / "author details"
 * cards that copiers append (runs of `Field: value` lines such as
 * Name, Birthday, Address, Phone, Job, Hobby), fake ratings, view counts and
 * "N% of readers found this page helpful". A card's name is never an author:
 * these lines are claimed here, before bylines are read.
 *
 * @module
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Line, Root} from '../tree.js'
import {joinPatterns} from '../util/join-patterns.js'
import {allLines, claim, isUnclaimed} from '../util/lines.js'
import {foldLine, lowerLine} from '../util/line-text.js'
import {PhraseSet} from '../util/phrase-set.js'
import {fold} from '../util/text.js'

/** Headings that open a spam card. */
const CARD_HEADINGS = new PhraseSet([
  'article information',
  'author information',
  'about the author',
  'author details',
  'author bio',
  'article details',
  'informationen zum autor',
  'informations sur l\'auteur'
])

/**
 * Field names of contact-card spam, folded. Personal data fields (birthday,
 * address, phone, hobby) never appear as labelled lines in news copy; article
 * fields (views, rating, reviews) do on content farms.
 */
const CARD_FIELDS = new Set([
  'name',
  'author',
  'birthday',
  'born',
  'age',
  'address',
  'phone',
  'phone number',
  'mobile',
  'email',
  'e-mail',
  'website',
  'job',
  'occupation',
  'profession',
  'hobby',
  'hobbies',
  'interests',
  'introduction',
  'bio',
  'education',
  'nationality',
  'gender',
  'location',
  'views',
  'rating',
  'ratings',
  'reviews',
  'votes',
  'last updated',
  'published',
  'updated'
])

/** Fields that only a contact card has; one of them in a run makes the run a card. */
const PERSONAL_FIELDS = new Set(['birthday', 'born', 'address', 'phone', 'phone number', 'mobile', 'hobby', 'hobbies', 'job', 'introduction'])

/** Spam lines recognisable on their own. */
const SPAM_PATTERNS: readonly RegExp[] = [
  /^\d{1,3}% of readers found this (?:page|article|post) helpful\.?$/,
  /^rating: [\d.]+ ?\/ ?\d+(?: \(\d+ vot\w*\))?$/,
  /^views: [\d,.]+$/
]

/** `SPAM_PATTERNS` as one pattern: one call of the engine per line, not three (each line fails them on its first characters). */
const ANY_SPAM = joinPatterns(SPAM_PATTERNS, '')

/** A labelled field line: `Name: value` or a bare `Last Updated:`. */
const FIELD_LINE = /^([\p{L} ]{2,24}):(?:\s|$)/u

/**
 * Where `FIELD_LINE`'s colon can stand: it is the line's first colon, after
 * 2 to 24 letters or spaces (48 UTF-16 units when each letter is a pair).
 */
const FIELD_COLON_MIN = 2
const FIELD_COLON_MAX = 48

/**
 * The folded field name of a `Field: value` line, if it is a card field.
 *
 * @param line
 *   The line.
 * @returns
 *   The field name, or `undefined`.
 */
function cardField(line: Line): string | undefined {
  // Most lines have no colon near their start: the pattern is not tried on them.
  const colon = line.value.indexOf(':')
  if (colon < FIELD_COLON_MIN || colon > FIELD_COLON_MAX) return undefined
  const match = FIELD_LINE.exec(line.value)
  if (!match) return undefined
  const field = fold(match[1]!)
  return CARD_FIELDS.has(field) ? field : undefined
}

/**
 * Mark one line as spam and say so.
 *
 * @param file
 *   The file.
 * @param line
 *   The line.
 */
function drop(file: VFile, line: Line): void {
  claim(line, {role: 'spam'})
  report(file, 'spam-dropped', `Unexpected content-farm spam \`${line.value}\`, dropped`, line, line.value)
}

/**
 * unified transformer plugin: mark spam cards and fake ratings.
 *
 * @returns
 *   Transformer.
 */
export function markSpam() {
  return function (tree: Root, file: VFile): void {
    const lines = allLines(tree).filter(isUnclaimed)
    let index = 0
    while (index < lines.length) {
      const line = lines[index]!
      const heading = CARD_HEADINGS.has(foldLine(line))
      // A card: a heading followed by fields, or a run of three fields with a personal one.
      let end = index + (heading ? 1 : 0)
      const fields: string[] = []
      while (end < lines.length) {
        const field = cardField(lines[end]!)
        if (!field) break
        fields.push(field)
        end++
      }
      const isCard = (heading && fields.length > 0) || (fields.length >= 3 && fields.some((field) => PERSONAL_FIELDS.has(field)))
      if (isCard) {
        for (let at = index; at < end; at++) drop(file, lines[at]!)
        index = end
        continue
      }
      const lower = lowerLine(line)
      if (ANY_SPAM.test(lower)) drop(file, line)
      index++
    }
  }
}
