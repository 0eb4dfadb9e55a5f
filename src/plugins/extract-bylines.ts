/**
 * Mark bylines: "By Name, role", "Live reporting by Name", and a
 * contributor's name alone on its line when the page confirms it is a byline
 * (printed twice, as avatar alt text and caption; followed by a one-line bio
 * "Name reports for … from …"; or standing right before prose). The authors
 * are stored on the line; `detectPosts` credits them to the post they stand
 * in, `collectAuthors` the rest to the article. Spam cards were claimed
 * before this runs, so their names never get here.
 *
 * @module
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Line, Root} from '../tree.js'
import {allLines, claim, isUnclaimed} from '../util/lines.js'
import {isPersonName, readByline} from '../util/names.js'
import {endsLikeSentence, fold, wordCount} from '../util/text.js'

/** A bio line starts with the name and a verb of the trade. */
const BIO_VERBS = /^(?:is|was|reports|writes|covers|has|works|joined|edits|presents)\b/

/** A bio is one short line. */
const BIO_MAX_WORDS = 25

/** Prose that confirms a bare name as a byline: a sentence of at least this many words. */
const PROSE_MIN_WORDS = 10

/**
 * Whether a line is a contributor's one-line bio ("Name reports for the Courier from Lisbon").
 *
 * @param text
 *   The line.
 * @param name
 *   The contributor's name.
 * @returns
 *   `true` when it is.
 */
function isBio(text: string, name: string): boolean {
  return text.startsWith(name + ' ') && BIO_VERBS.test(text.slice(name.length + 1)) && wordCount(text) <= BIO_MAX_WORDS
}

/**
 * Whether a bare name line is confirmed as a byline by what follows it.
 *
 * @param name
 *   The name.
 * @param next
 *   The next content line (optional).
 * @returns
 *   `true` when the name is repeated, followed by a bio, or by prose.
 */
function isConfirmedName(name: string, next: Line | undefined): boolean {
  if (!next) return false
  if (fold(next.value) === fold(name) || isBio(next.value, name)) return true
  return wordCount(next.value) >= PROSE_MIN_WORDS && endsLikeSentence(next.value) && !next.data?.hint?.listItem
}

/**
 * Claim the repeated name and the bio that follow a name line: the run
 * right after it, read in place (no copy of the rest of the page per name).
 *
 * @param lines
 *   The content lines.
 * @param start
 *   Index of the first line after the name.
 * @param name
 *   The name.
 */
function claimEchoes(lines: Line[], start: number, name: string): void {
  for (let index = start; index < lines.length; index++) {
    const line = lines[index]!
    if (fold(line.value) !== fold(name) && !isBio(line.value, name)) return
    claim(line, {role: 'post-byline'})
  }
}

/**
 * unified transformer plugin: mark bylines.
 *
 * @returns
 *   Transformer.
 */
export function extractBylines() {
  return function (tree: Root, file: VFile): void {
    const lines = allLines(tree).filter(isUnclaimed)
    lines.forEach((line, index) => {
      if (!isUnclaimed(line)) return
      const byline = readByline(line.value)
      if (byline) {
        claim(line, {role: 'byline', authors: byline})
        report(file, 'byline-found', `Byline \`${line.value}\``, line)
        return
      }
      // A name alone in a heading titles a part of the text (an interview, a profile), and is not a byline.
      if (line.data?.hint?.listItem || line.data?.hint?.heading || !isPersonName(line.value)) return
      if (!isConfirmedName(line.value, lines[index + 1])) return
      claim(line, {role: 'byline', authors: [{name: line.value}]})
      report(file, 'byline-found', `Byline \`${line.value}\``, line)
      claimEchoes(lines, index + 1, line.value)
    })
  }
}
