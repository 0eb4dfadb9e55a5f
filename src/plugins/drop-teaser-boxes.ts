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
 * section looks like, so the box is read whole, and only when it is closed
 * as a box is: by the page's furniture (the next box, the footer), by the
 * page's end, or after two teasers or more. A heading followed by a
 * headline and the story going on is an article's inline cross-link: only
 * its headline is dropped, as a label's.
 *
 * @module
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Line, Root} from '../tree.js'
import {allLines, claim, isUnclaimed} from '../util/lines.js'
import {fold, wordCount} from '../util/text.js'

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
  return line.value.length <= HEADING_MAX_LENGTH && TEASER_BOX_HEADING.test(fold(line.value))
}

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
  return !line.data?.hint?.listItem && !NUMBERED.test(line.value) && wordCount(line.value) <= HEADLINE_MAX_WORDS && !/\.["'”’»)]*$/u.test(line.value)
}

/**
 * The teasers under the heading at `start`: the headlines and blurbs up to
 * the first line that is neither, or claimed. A box closed by the page's
 * furniture or its end is dropped whole; one that the text goes on after
 * may end in the article's next heading and paragraph, so only two
 * headlines or more are dropped from it, without blurbs. A teaser closed by
 * its "read on" link is a listing's, which `detectListing` reads.
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
  let index = start + 1
  while (index < lines.length && headlines.length < MAX_TEASERS) {
    const headline = lines[index]!
    if (!isUnclaimed(headline) || !isHeadline(headline)) break
    headlines.push(headline)
    index++
    const blurb = lines[index]
    if (blurb === undefined || !isUnclaimed(blurb) || blurb.value.length > BLURB_MAX_LENGTH || isHeadline(blurb)) continue
    blurbs.push(blurb)
    index++
  }
  const next = lines[index]
  if (next?.data?.role === 'teaser-end') return []
  if (next === undefined || !isUnclaimed(next)) return [...headlines, ...blurbs]
  return headlines.length >= MIN_OPEN_HEADLINES ? headlines : []
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
