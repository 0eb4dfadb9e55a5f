/**
 * Drop a box of teasers under its heading in a whole-page text dump: "Weitere
 * interessante Themen", "Related coverage", "Die meistgelesenen Artikel",
 * "Lee también", "Saiba mais", then teasers, each a headline and, often, its
 * blurb ("Diesel-Umtauschprämien" / "Fragen und Antworten zur Umweltprämie.").
 *
 * `markDumpFurniture` drops the heading and `dropCrossLinkHeadlines` the bare
 * headlines that share a block with a "read also" label; a box whose teasers
 * carry blurbs, one block each, stays. A blurb reads as a short paragraph,
 * and a headline and a paragraph under a heading are what an article's own
 * section looks like, so the box is read whole, and only when it runs to
 * the page's end or lists two headlines or more. A heading followed by one
 * headline and the story going on is an article's inline cross-link, left
 * alone. The heading is no phrase of the shared table ("Most viewed"):
 * those stand anywhere, and say nothing of what follows them.
 *
 * @module
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Line, Root} from '../tree.js'
import {allLines, claim, isUnclaimed} from '../util/lines.js'
import {foldLine, lineWords} from '../util/line-text.js'
import {FURNITURE_PHRASES, POST_FOOTER_PHRASES, TEASER_END_PHRASES} from './furniture-phrases.js'

/**
 * Headings of teaser boxes, folded, by their first words: the rest may name
 * the site or the section ("Die meistgelesenen Artikel bei …", "Meist
 * geklickt in Europa").
 */
const TEASER_BOX_HEADING =
  /^(?:weitere (?:interessante )?(?:themen|beiträge|artikel|inhalte|meldungen|nachrichten)|weitere beiträge zu|(?:die )?meist(?:gelesen|geklickt|kommentiert|diskutiert)\p{L}*|am beliebtesten|das könnte sie (?:auch )?interessieren|unsere lesetipps|verwandte (?:beiträge|artikel|themen)|ähnliche (?:beiträge|artikel)|mehr zum thema|lesen sie auch|auch interessant|related(?: coverage| articles| stories| posts)?|more (?:from|stories|articles|on this)|most (?:read|popular|viewed)|you may also like|keep reading|read (?:more|next|also)|en ce moment|à lire aussi|lire aussi|sur le même sujet|lee también|lea también|te puede interesar|le puede interesar|informate más|más noticias|saiba mais|leia também|veja também|leggi anche|czytaj (?:też|także|więcej))(?!\p{L})/u

/** A heading is a few words. */
const HEADING_MAX_LENGTH = 60

/** A teaser's headline has at most this many words. */
const HEADLINE_MAX_WORDS = 20

/** A teaser's blurb is a sentence or two. */
const BLURB_MAX_LENGTH = 300

/** A box lists at most this many teasers. */
const MAX_TEASERS = 8

/** A box the text goes on after has at least this many headlines. */
const MIN_OPEN_HEADLINES = 2

/**
 * Whether a line is a teaser box's heading.
 *
 * @param line
 *   The line, claimed or not.
 * @returns
 *   `true` when it is.
 */
function isTeaserBoxHeading(line: Line): boolean {
  if (line.value.length > HEADING_MAX_LENGTH) return false
  const folded = foldLine(line)
  return !SHARED_PHRASES.has(folded) && TEASER_BOX_HEADING.test(folded)
}

/** The shared table's phrases ("Most viewed", "Related"): chrome wherever they stand, so no sign of a box. */
const SHARED_PHRASES = new Set([...FURNITURE_PHRASES, ...POST_FOOTER_PHRASES, ...TEASER_END_PHRASES])

/** A numbered heading ("3. Die Fähre"): the article's own, a step of its list. */
const NUMBERED = /^\d{1,2}[.)] /u

/**
 * Whether a line reads as a teaser's headline: a few words, no full stop at
 * its end (a question or an ellipsis may end one), not a list's item nor a
 * numbered heading.
 *
 * @param line
 *   The line.
 * @returns
 *   `true` when it does.
 */
function isHeadline(line: Line): boolean {
  return !line.data?.hint?.listItem && !NUMBERED.test(line.value) && lineWords(line) <= HEADLINE_MAX_WORDS && !/\.["'”’»)]*$/u.test(line.value)
}

/**
 * The teasers under the heading at `start`: the headlines and blurbs up to
 * the first unclaimed line that is neither. Claimed lines are passed over:
 * a line of furniture between two teasers, or after the box, changes
 * nothing. A box that runs to the page's end is dropped whole; one that
 * the text goes on after may end in the article's next heading and
 * paragraph, so only two headlines or more are dropped from it, without
 * blurbs. A teaser closed by its "read on" link is a listing's, which
 * `detectListing` reads.
 *
 * @param lines
 *   All lines of the page.
 * @param start
 *   The heading's index.
 * @returns
 *   The unclaimed lines of the box.
 */
function teaserBox(lines: Line[], start: number): Line[] {
  const headlines: Line[] = []
  const blurbs: Line[] = []
  let index = nextUnclaimed(lines, start + 1)
  while (index !== BLOCKED && index < lines.length && headlines.length < MAX_TEASERS) {
    const headline = lines[index]!
    if (!isHeadline(headline)) break
    headlines.push(headline)
    index = nextUnclaimed(lines, index + 1)
    const blurb = index === BLOCKED ? undefined : lines[index]
    if (blurb === undefined || blurb.value.length > BLURB_MAX_LENGTH || isHeadline(blurb)) continue
    blurbs.push(blurb)
    index = nextUnclaimed(lines, index + 1)
  }
  const last = headlines.length > 0 ? lines.indexOf(blurbs.at(-1) ?? headlines.at(-1)!) : start
  // A teaser closed by its "read on" link is a listing's.
  if (lines.slice(start + 1, last + 2).some((line) => line.data?.role === 'teaser-end')) return []
  if (index !== BLOCKED && index >= lines.length) return [...headlines, ...blurbs]
  return headlines.length >= MIN_OPEN_HEADLINES ? headlines : []
}

/** What `nextUnclaimed` returns past a long run of furniture. */
const BLOCKED = -1

/** A box's teasers may stand apart by this many lines of furniture at most (an ad's label, a share button). */
const MAX_SKIPPED_LINES = 2

/**
 * The index of the first unclaimed line at or after `from`, passing over at
 * most `MAX_SKIPPED_LINES` claimed lines: past a longer run of furniture,
 * the box has ended and what follows is the page's next part.
 *
 * @param lines
 *   All lines of the page.
 * @param from
 *   Where to start.
 * @returns
 *   The index, `lines.length` at the page's end, or `BLOCKED`.
 */
function nextUnclaimed(lines: Line[], from: number): number {
  let index = from
  while (index < lines.length && !isUnclaimed(lines[index]!)) index++
  return index < lines.length && index - from > MAX_SKIPPED_LINES ? BLOCKED : index
}

/**
 * unified transformer plugin: drop the teaser boxes of a dump.
 *
 * @param format
 *   The input's format: only scraped text is read (default: `'text'`).
 * @returns
 *   Transformer.
 */
export function dropTeaserBoxes(format: 'text' | 'html' = 'text') {
  return function (tree: Root, file: VFile): void {
    if (format !== 'text') return
    const lines = allLines(tree)
    lines.forEach((line, index) => {
      if (!isTeaserBoxHeading(line)) return
      const box = teaserBox(lines, index)
      if (box.length > 0 && isUnclaimed(line)) box.unshift(line)
      for (const teaserLine of box) {
        claim(teaserLine, {role: 'furniture'})
        report(file, 'furniture-dropped', `Unexpected teaser \`${teaserLine.value}\` under a box's heading, dropped`, teaserLine, teaserLine.value)
      }
    })
  }
}
