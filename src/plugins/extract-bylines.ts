/**
 * Mark bylines: "By Name, role", "Live reporting by Name", and a
 * contributor's name alone on its line when the page confirms it is a byline
 * (printed twice, as avatar alt text and caption; followed by a one-line bio
 * "Name reports for … from …"; right over the page's dateline; or standing
 * right before prose). A date printed after the names ("Jane Doe 12.05.2024
 * | 09:36 Uhr") is the dateline's, not part of a name. The authors
 * are stored on the line; `detectPosts` credits them to the post they stand
 * in, `collectAuthors` the rest to the article. Spam cards were claimed
 * before this runs, so their names never get here.
 *
 * @module
 */
import type {VFile} from 'vfile'
import {keepsMessages, report} from '../messages.js'
import type {Line, Root} from '../tree.js'
import {claim, isUnclaimed} from '../util/lines.js'
import {isUpperCase} from '../util/names.js'
import {accountsOf, bylineAfterStamp, bylineBeforeStamp} from '../util/stamp-bylines.js'
import {creditsWriters, isAgencyDateline, isLoneBylineCue, isNonWriterCredit, isWriterOverDateline, readByline, readNames, withoutTrailingStamp} from '../util/bylines.js'
import {foldLine, lineWords} from '../util/line-text.js'
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
 * @param line
 *   The line the name is read from.
 * @returns
 *   `true` when the name is repeated, followed by a bio, or by prose.
 */
function isConfirmedName(name: string, next: Line | undefined, line: Line): boolean {
  if (!next) return false
  // The name is most often the whole line, whose folded form the line keeps.
  const folded = name === line.value ? foldLine(line) : fold(name)
  return foldLine(next) === folded || isBio(next.value, name)
}

/**
 * Whether the line right under a line is a paragraph of the story (not a
 * caption, a dateline or a label, which other rules claimed).
 *
 * @param line
 *   A line.
 * @param following
 *   Each content line's next one in the page.
 * @returns
 *   Whether it is.
 */
function standsOverProse(line: Line, following: Map<Line, Line>): boolean {
  const next = following.get(line)
  return next !== undefined && isUnclaimed(next) && isProse(next)
}

/** In scraped text, the standfirst stands at most this many lines below the headline (past a copy of it, a kicker). */
const STANDFIRST_REACH = 1

/** Names alone on a line ("Jane Doe/John Roe") are this short at most. */
const BARE_MAX_LENGTH = 100

/** How many lines after a name its echoes (the name again, a bio) may take: bounded, so that a page of repeated names stays linear. */
const ECHO_LOOKAHEAD = 3

/**
 * Claim the repeated name and the bio that follow a name line: at most
 * `ECHO_LOOKAHEAD` lines right after it.
 *
 * @param lines
 *   The content lines.
 * @param index
 *   The name line's index.
 * @param name
 *   The name.
 * @param starts
 *   Where each post's lines start (an echo does not cross into the next post).
 */
function claimEchoes(lines: Line[], index: number, name: string, starts: Set<number>): void {
  for (let next = index + 1; next < Math.min(lines.length, index + 1 + ECHO_LOOKAHEAD); next++) {
    // The same name in the next post is that post's byline, not an echo of this one.
    if (starts.has(next)) return
    const line = lines[next]!
    if (foldLine(line) !== fold(name) && !isBio(line.value, name)) return
    claim(line, {role: 'post-byline'})
  }
}

/**
 * Whether a line is prose: a sentence of some length, not a list item.
 *
 * @param line
 *   The line.
 * @returns
 *   Whether it is.
 */
function isProse(line: Line): boolean {
  return lineWords(line) >= PROSE_MIN_WORDS && endsLikeSentence(line.value) && !line.data?.hint?.listItem
}

/**
 * Whether a name is the page's section or site name, which the metadata gives
 * (`articleSection`, `og:site_name`).
 *
 * @param name
 *   A bare name.
 * @param data
 *   The page's data (optional).
 * @returns
 *   Whether it is.
 */
function namesPageItself(name: string, data: Root['data']): boolean {
  const key = fold(name)
  return [data?.section, data?.siteName].some((label) => label !== undefined && fold(label) === key)
}

/**
 * Whether a dateline may show a date or a time of day: a field classed as
 * a time may hold a duration or a count instead ("15", "15 mins").
 *
 * @param line
 *   A dateline.
 * @returns
 *   Whether it does.
 */
function showsDateOrTime(line: Line): boolean {
  return !BARE_COUNT.test(line.value)
}

/** A number alone, or with its unit ("15", "15 mins", "3 Min."): a duration or a count, no date nor time. */
const BARE_COUNT = /^\d{1,4}(?:\s?\p{L}{1,10}\.?)?$/u

/**
 * Store on a dateline the authors of the byline printed after its date
 * ("Veröffentlicht am 03.02.2022 von Jane Doe") or before it ("Por Jane
 * Doe | 03/05/2022 20:36"): `collectAuthors` credits them like a byline's.
 *
 * @param line
 *   A dateline outside the posts.
 * @param file
 *   For messages.
 */
function readBylineAfterStamp(line: Line, file: VFile): void {
  const authors = bylineAfterStamp(line.value) ?? bylineBeforeStamp(line.value)
  if (!authors?.length) return
  line.data = {...line.data, authors}
  report(file, 'byline-found', `Byline in dateline \`${line.value}\``, line)
}

/**
 * The short lines that stand more than once before a paragraph among the
 * content lines (their folded forms): a writer's name that opens each of
 * their posts.
 *
 * @param lines
 *   The content lines.
 * @returns
 *   The folded forms seen twice or more.
 */
function recurringOpeners(lines: Line[]): Set<string> {
  const seen = new Set<string>()
  const recurring = new Set<string>()
  lines.forEach((line, index) => {
    const next = lines[index + 1]
    if (line.value.length > BARE_MAX_LENGTH || !next || !isProse(next)) return
    const folded = foldLine(line)
    if (seen.has(folded)) recurring.add(folded)
    else seen.add(folded)
  })
  return recurring
}

/** A post's byline stands among its first lines: this many at most. */
const POST_HEAD_LINES = 2

/**
 * The short lines that open more than one post (their folded forms): the
 * writer's name in each post's head, which no paragraph may follow (a post
 * of an embed or a link alone).
 *
 * @param lines
 *   The content lines.
 * @param posts
 *   Where each post's lines start.
 * @returns
 *   The folded forms seen in the heads of two posts or more.
 */
function recurringPostHeads(lines: Line[], posts: number[]): Set<string> {
  const seen = new Set<string>()
  const recurring = new Set<string>()
  for (const start of posts) {
    for (const line of lines.slice(start, start + POST_HEAD_LINES)) {
      if (line.value.length > BARE_MAX_LENGTH || isProse(line)) continue
      const folded = foldLine(line)
      if (seen.has(folded)) recurring.add(folded)
      else seen.add(folded)
    }
  }
  return recurring
}

/**
 * unified transformer plugin: mark bylines.
 *
 * @returns
 *   Transformer.
 */
export function extractBylines() {
  return function (tree: Root, file: VFile): void {
    const html = tree.data?.format === 'html'
    const lines: Line[] = []
    // Where each post's lines start: the story begins anew in each.
    const starts = new Set<number>()
    const postStarts: number[] = []
    // The lines of the posts: a byline there is the post's, whoever the page's metadata names.
    const inPosts = new Set<Line>()
    // The unclaimed lines that the page's dateline follows or precedes right away ("Jane Doe" over or under "12.05.2024 | 09:36").
    const overDateline = new Set<Line>()
    let previous: Line | undefined
    // Each content line's next one in the page, claimed or not (scraped text): what stands right under a name.
    const following = new Map<Line, Line>()
    let lastDateline: Line | undefined
    for (const child of tree.children) {
      if (child.type === 'post') {
        starts.add(lines.length)
        postStarts.push(lines.length)
      }
      for (const block of child.type === 'post' ? child.children : [child]) {
        for (const line of block.children) {
          // In scraped text the story begins under the headline: what stands above it (a menu's notices, a teaser) is no part of it.
          if (!html && line.data?.role === 'title') starts.add(lines.length)
          if (isUnclaimed(line)) {
            // In scraped text, the name right under the dateline ("22.11.2022" over "Jane Doe") is the writer's as the one over
            // it is (in markup, a byline has its element, and a line under the date is a kicker's or a section's as often).
            if (!html && previous !== undefined && previous === lastDateline) overDateline.add(line)
            lines.push(line)
            if (child.type === 'post') inPosts.add(line)
          }
          else if (line.data?.role === 'dateline') {
            // A dateline by its element's class that shows no date nor time ("15" minutes of a recipe's `time` field) confirms no name.
            if (previous && isUnclaimed(previous) && showsDateOrTime(line)) overDateline.add(previous)
            if (showsDateOrTime(line)) lastDateline = line
            if (child.type !== 'post') readBylineAfterStamp(line, file)
          }
          // Only a scraped text's content lines are asked what stands under them: markup's lines need no map.
          if (!html && previous && isUnclaimed(previous)) following.set(previous, line)
          previous = line
        }
      }
      if (child.type === 'post') starts.add(lines.length)
    }
    // Once the story has begun, a name alone before a paragraph is a
    // subheading or a person of the story, not its writer: in markup, where
    // bylines have their own elements, from the first paragraph on; in
    // scraped text, where the standfirst may stand above the byline, from the
    // first paragraph on too, unless that paragraph stands right under the
    // headline and the name right under it. Each post begins anew. A writer's name that opens paragraphs more
    // than once marks their posts in a scraped live blog whose times were lost.
    const recurring = html ? undefined : recurringOpeners(lines)
    // The name in the head of several posts is their writer's, though a post holds no paragraph after it.
    const postHeads = postStarts.length > 1 ? recurringPostHeads(lines, postStarts) : undefined
    let proseSeen = 0
    // Where the story (or the post) began, and the last paragraph seen.
    let storyStart = 0
    let lastProse = -1
    lines.forEach((line, index) => {
      if (starts.has(index)) {
        proseSeen = 0
        storyStart = index
      }
      if (!isUnclaimed(line)) return
      const begun = proseSeen > 0
      // In scraped text, one paragraph may stand between the headline and the writer's name: the standfirst, with the name
      // right under it, and the standfirst right under the headline (`STANDFIRST_REACH`) or the name over no paragraph (over
      // a caption, a dateline, a label). Any other paragraph before a name makes it a subheading's, which a paragraph follows.
      const underStandfirst = !html && proseSeen === 1 && index === lastProse + 1 && (lastProse - storyStart <= STANDFIRST_REACH || !standsOverProse(line, following))
      const wellBegun = begun && !underStandfirst
      if (isProse(line)) {
        proseSeen++
        lastProse = index
      }
      // "Veröffentlicht am 03.02.2022 von Jane Doe": a dateline the metadata's date left unclaimed, then a byline.
      const byline = readByline(line.value) ?? bylineAfterStamp(line.value)
      if (byline) {
        claim(line, {role: 'byline', authors: byline})
        report(file, 'byline-found', `Byline \`${line.value}\``, line)
        return
      }
      // "von jdoe |", "By Newsdesk": an account or a desk above the story, no writer (the metadata may name one);
      // the site's own name ("von example.com") anywhere, as under a first paragraph (a teaser) that no rule took.
      const accounts = accountsOf(line.value)
      if (accounts && (!begun || accounts.some((account) => namesPageItself(account, tree.data)))) {
        claim(line, {role: 'byline', authors: []})
        report(file, 'byline-found', `Byline \`${line.value}\` names an account or a desk, not a person`, line)
        return
      }
      if (isNonWriterCredit(line.value)) {
        claim(line, {role: 'byline', authors: []})
        report(file, 'byline-found', `Byline \`${line.value}\` names no writer (a photographer, an editor, a title alone)`, line)
        return
      }
      // The writers the metadata names, with their roles and without a "By", above the story: their byline (in a post, the post's).
      if (!begun && creditsWriters(line.value, tree.data?.authors)) {
        claim(line, {role: 'byline', authors: inPosts.has(line) ? (readNames(withoutTrailingStamp(line.value)) ?? []) : []})
        report(file, 'byline-found', `Byline \`${line.value}\` names the writers the metadata names`, line)
        return
      }
      // "AFP, Manila": the agency and the place it reports from, above the story; a credit with no writer.
      if (!begun && isAgencyDateline(line.value)) {
        claim(line, {role: 'byline', authors: []})
        report(file, 'byline-found', `Byline \`${line.value}\` credits an agency, not a writer`, line)
        return
      }
      // A name alone in a heading titles a part of the text (an interview, a profile), and is not a byline.
      if (line.data?.hint?.listItem || line.data?.hint?.heading || line.value.length > BARE_MAX_LENGTH) return
      // A sentence that opens with a name ("Jane Doe, born 1926, is known for her satires.") is about a person, not a byline.
      if (isProse(line)) return
      // "Jane Doe 12.05.2024 | 09:36 Uhr": the writer and the date in one line.
      const named = withoutTrailingStamp(line.value)
      const next = lines[index + 1]
      const cue = index > 0 && isLoneBylineCue(lines[index - 1]!.value) ? lines[index - 1] : undefined
      const confirmed = cue !== undefined || isConfirmedName(named, next, line) || (overDateline.has(line) && isWriterOverDateline(line, named, tree.data?.url)) || (!begun && postHeads?.has(foldLine(line)) === true)
      // Not confirmed, a name is taken only right before a paragraph. (Asked before the names are read: most short lines
      // are no name, and reading one costs more than looking at the next line.)
      if (!confirmed && (!next || !isProse(next))) return
      // The page's own section or site name set under the headline ("Open Future") names no writer: a label, not body text.
      if (namesPageItself(named, tree.data)) {
        report(file, 'author-dropped', `Unexpected name alone \`${line.value}\`: the page’s section or site name, a label, not a byline`, line)
        for (const label of [line, ...lines.slice(index + 1, index + 1 + ECHO_LOOKAHEAD).filter((each) => foldLine(each) === fold(named))]) claim(label, {role: 'section'})
        return
      }
      const marksPosts = recurring?.has(foldLine(line)) ?? false
      if (!confirmed && ((wellBegun && !marksPosts) || (begun && isUpperCase(line.value)))) {
        // Inside the story, the names are read only to say why a name is no byline: most such lines are subheadings, and
        // `parse`, which discards messages, does not read them (reading names cost as much as the rest of this stage).
        if (keepsMessages(file) && readNames(named)) {
          report(file, 'author-dropped', `Unexpected name alone \`${line.value}\` inside the story, read as a subheading or a person of the story, not a byline`, line)
        }
        return
      }
      const names = readNames(named)
      if (!names) return
      claim(line, {role: 'byline', authors: names})
      if (cue) claim(cue, {role: 'byline', authors: []})
      report(file, 'byline-found', `Byline \`${line.value}\``, line)
      claimEchoes(lines, index, named, starts)
    })
  }
}
