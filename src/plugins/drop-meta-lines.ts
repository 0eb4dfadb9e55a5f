/**
 * Drop the meta line of an article's header: a short line near the top
 * that holds a date and is cut by bars into short fields, as blog engines
 * and magazines print it ("January 13, 2020 at 08:45 AM | categories:
 * Python | View Comments", "Friday | 14 June 2019 | by Name in Fashion | 0
 * comments"). In a text dump, a stamp line too, wherever it stands: a
 * date that opens a short line (after a cue of publication, if any), with
 * a few words of chrome after it ("19.6.2007 9:40 Uhr Anna Weber 71
 * Kommentare", "Publiziert: 03.04.2020, 12:35", "21.01.2022
 * Pressemitteilung"), the article's meta line or a teaser's. A line of
 * stamps and cue words only is a dateline, read
 * first (`extractDatelines`), and one that opens with a cue ("Published:")
 * is left to it; a byline is claimed first too
 * (`extractBylines`). What is left of such a line is the engine's chrome:
 * the weekday, the category, a comment counter; its date dates the page
 * when nothing else did.
 *
 * @module
 */
import type {VFile} from 'vfile'
import {cueAlternation, PUBLISHED_CUES, UPDATED_CUES} from '../util/date-cues.js'
import {report} from '../messages.js'
import type {Line, Root} from '../tree.js'
import {allLines, claim, isUnclaimed} from '../util/lines.js'
import {endsLikeSentence, wordCount} from '../util/text.js'
import {DATELINE_WORDS, findTimestamps, outsideStamps} from '../util/timestamps.js'

/** Meta lines sit in the header: within this many lines of the top. */
const HEADER_LINES = 16

/** A meta line is short. */
const META_MAX_LENGTH = 160

/** Each of its fields is a label, a name or a stamp: at most this many words (runs of non-spaces: "08:45", "AM"). */
const FIELD_MAX_WORDS = 6

/** A line that opens with a cue of publication is a dateline ("Published: Tuesday | April 26, 2022 | 9:52 PM"): the dateline rules' to read. */
const DATELINE_CUE = new RegExp(`^(?:${cueAlternation([...PUBLISHED_CUES, ...UPDATED_CUES, 'zuletzt'])})(?![\\p{L}\\p{N}])`, 'iu')

/** What cuts a meta line into fields. */
const FIELD_SEPARATOR = /\s[|·•]\s|^[|·•]\s|\s[|·•]$/u

/**
 * The lines of the page's header: the first lines of the page, before any
 * live-blog post.
 *
 * @param tree
 *   The tree.
 * @returns
 *   The header lines, claimed or not.
 */
function headerLines(tree: Root): Line[] {
  const header: Line[] = []
  for (const child of tree.children) {
    if (child.type === 'post') break
    for (const line of child.children) {
      if (header.length >= HEADER_LINES) return header
      header.push(line)
    }
  }
  return header
}

/**
 * Whether a line is a meta line: two or more short fields cut by bars, one
 * of them holding a date.
 *
 * @param line
 *   The line.
 * @returns
 *   `true` when it is.
 */
export function isMetaLine(line: Line): boolean {
  const text = line.value
  if (text.length > META_MAX_LENGTH || !FIELD_SEPARATOR.test(text) || line.data?.hint?.heading || line.data?.hint?.tableCell || DATELINE_CUE.test(text)) return false
  const fields = text.split(/[|·•]/u).map((field) => field.trim()).filter(Boolean)
  if (fields.length < 2 || !fields.every(isShortField)) return false
  return findTimestamps(text).some((found) => found.timestamp.date !== undefined)
}

/**
 * Whether a meta line's field is short: a label, a name or a stamp, or a
 * list of them ("in News, Travel, Business": each item short).
 *
 * @param field
 *   The field.
 * @returns
 *   Whether it is.
 */
function isShortField(field: string): boolean {
  return field.split(',').every((item) => item.trim().split(/\s+/u).length <= FIELD_MAX_WORDS)
}

/** A stamp line is short: a stamp and a few words. */
const STAMP_LINE_MAX_LENGTH = 100

/** Besides its stamps and cue words, a stamp line holds at most this many words (a name and a counter: "Anna Weber 71 Kommentare"). */
const STAMP_LINE_MAX_WORDS = 4

/** What may stand before a stamp line's date once its cue words are cut ("Publiziert:", "Stand:"): punctuation only, no label of another kind ("Termin:"). */
const STAMP_LABEL = /^[\s\p{P}]*$/u

/**
 * Whether a line of a dump is a stamp line: a date (after cue words, if
 * any) that opens a short line, and a few words of chrome; not a
 * sentence, nor an entry of a timeline (a date, a colon, an event).
 *
 * @param line
 *   The line.
 * @returns
 *   `true` when it is.
 */
export function isStampLine(line: Line): boolean {
  const text = line.value
  if (text.length > STAMP_LINE_MAX_LENGTH || line.data?.hint?.listItem || endsLikeSentence(text)) return false
  const found = findTimestamps(text).filter((stamp) => stamp.timestamp.date !== undefined)
  const first = found[0]
  if (!first || !STAMP_LABEL.test(text.slice(0, first.index).replace(DATELINE_WORDS, ''))) return false
  if (/^\s*:/u.test(text.slice(first.index + first.length))) return false
  return wordCount(outsideStamps(text, found)) <= STAMP_LINE_MAX_WORDS
}

/**
 * The date a meta line gives the page when nothing dated it yet (the
 * metadata, a dateline): the header's meta line is the page's own.
 *
 * @param line
 *   The meta line.
 * @param data
 *   Where page facts go.
 */
function dateFromMetaLine(line: Line, data: NonNullable<Root['data']>): void {
  if (data.published) return
  const found = findTimestamps(line.value).find((stamp) => stamp.timestamp.date !== undefined)
  if (found) data.published = found.timestamp
}

/**
 * unified transformer plugin: drop the meta lines of the header, and in a
 * text dump the stamp lines of the whole page (in HTML, the markup placed
 * them: a date in a paragraph there is the text's).
 *
 * @param format
 *   The input's format (default: `'html'`).
 * @returns
 *   Transformer.
 */
export function dropMetaLines(format: 'text' | 'html' = 'html') {
  return function (tree: Root, file: VFile): void {
    for (const line of headerLines(tree)) {
      if (!isUnclaimed(line) || !isMetaLine(line)) continue
      claim(line, {role: 'furniture'})
      dateFromMetaLine(line, (tree.data ??= {}))
      report(file, 'furniture-dropped', `Unexpected meta line \`${line.value}\`, dropped`, line, line.value)
    }
    if (format !== 'text') return
    for (const line of allLines(tree)) {
      if (!isUnclaimed(line) || !isStampLine(line)) continue
      claim(line, {role: 'furniture'})
      report(file, 'furniture-dropped', `Unexpected stamp line \`${line.value}\`, dropped`, line, line.value)
    }
  }
}
