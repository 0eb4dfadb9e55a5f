/**
 * How a whole-page text dump shows a photo, read by `extractCaptions` for
 * scraped text: the caption on the line under the photo's enlarge button
 * ("Bild vergrößern", "사진 확대"), a credit's label alone on its line with
 * the credit under it ("Foto:" / "Andrew Harnik / AP"), and a gallery's
 * copy of a caption right under the figure. In HTML the markup says all
 * of this.
 *
 * @module
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Line, Root} from '../tree.js'
import {isCreditLabel, type CaptionParts} from '../util/captions.js'
import {CREDIT_MAX_WORDS, splitFigureCaption} from '../util/credits.js'
import {foldLine, lineWords} from '../util/line-text.js'
import {allLines, claim, isUnclaimed} from '../util/lines.js'
import {fold} from '../util/text.js'
import {isEnlargeLabel} from './photo-controls.js'

/**
 * The lines right under a photo's enlarge button ("Bild vergrößern",
 * "사진 확대"), which `markFurniture` dropped: where the photo's caption
 * stands in a dump.
 *
 * @param tree
 *   The tree.
 * @returns
 *   The lines under an enlarge button.
 */
export function linesUnderEnlargeButtons(tree: Root): Set<Line> {
  const under = new Set<Line>()
  let previous: Line | undefined
  for (const line of allLines(tree)) {
    if (previous?.data?.role === 'furniture' && isEnlargeLabel(foldLine(previous))) under.add(line)
    previous = line
  }
  return under
}

/** A caption under an enlarge button has at most this many words: a longer line is the text after a photo without caption. */
const CAPTION_UNDER_BUTTON_MAX_WORDS = 40

/** Without a credit, a caption under an enlarge button has at least this many words: a shorter line is a label ("KEYWORDS"). */
const CAPTION_UNDER_BUTTON_MIN_WORDS = 3

/** A sentence's end inside a line: a second sentence follows. */
const INNER_SENTENCE_END = /[^\s.][.!?。]\s+\S/u

/**
 * The caption under a photo's enlarge button: a line of one sentence (a
 * paragraph of several is the text under a photo that has no caption),
 * perhaps followed by its credit ("… on Monday. Reuters"), and of a few
 * words at least when it has none (a single word is a label).
 *
 * @param line
 *   The line under the button.
 * @returns
 *   The caption, or `undefined` when the line is no caption.
 */
export function captionUnderButton(line: Line): CaptionParts | undefined {
  const hint = line.data?.hint
  if (hint?.heading || hint?.listItem || lineWords(line) > CAPTION_UNDER_BUTTON_MAX_WORDS || !/\p{L}/u.test(line.value)) return undefined
  // Known to be a caption, the line may carry a credit without a label ("… [사진 = 연합뉴스]", "…있다. 뉴스1").
  const {caption, credit} = splitFigureCaption(line.value)
  if (INNER_SENTENCE_END.test(caption) || (!credit && lineWords(line) < CAPTION_UNDER_BUTTON_MIN_WORDS)) return undefined
  return {caption, media: 'image', ...(credit ? {credit} : {})}
}

/**
 * Drop a dump's copy of a caption right under its figure (a gallery
 * prints the caption under the photo and again under its credit). Only
 * the next line: further down, a line equal to a caption may be a heading.
 *
 * @param lines
 *   All lines, in page order.
 * @param file
 *   The file.
 */
export function dropCaptionCopiesBelow(lines: Line[], file: VFile): void {
  lines.forEach((line, index) => {
    const next = lines[index + 1]
    if (line.data?.role !== 'caption' || !line.data.caption || !next || !isUnclaimed(next) || foldLine(next) !== fold(line.data.caption)) return
    claim(next, {role: 'furniture'})
    report(file, 'duplicate-dropped', `Unexpected repeated caption \`${next.value}\`, kept once (with its figure)`, next, next.value)
    // The copy's credit under it, a figure of its own by now.
    const credit = lines[index + 2]
    if (credit?.data?.role !== 'caption' || credit.data.caption || !credit.data.credit || credit.data.credit !== line.data.credit) return
    claim(credit, {role: 'furniture'})
    report(file, 'duplicate-dropped', `Unexpected repeated credit \`${credit.value}\`, kept once (with its figure)`, credit, credit.value)
  })
}

/**
 * Join a credit's label alone on its line to the credit on the next line
 * ("Foto:" / "Andrew Harnik / AP"), as a scraper splits a caption's spans,
 * and give the credit to the figure right above the label. With no figure
 * there, only a credit already read as one (an agency's) tells that the
 * label is a credit's; a plain line under it may be anything.
 *
 * @param lines
 *   All lines, in page order.
 * @param file
 *   The file.
 */
export function joinSplitCredits(lines: Line[], file: VFile): void {
  lines.forEach((label, index) => {
    if (!isUnclaimed(label) || !isCreditLabel(label.value)) return
    const next = lines[index + 1]
    const credit = creditBelowLabel(next)
    if (!next || !credit) return
    const figure = uncreditedFigure(lines[index - 1])
    if (figure) {
      figure.data!.credit = credit
      claim(label, {role: 'furniture'})
      claim(next, {role: 'furniture'})
      report(file, 'caption-split', `Credit \`${credit}\` under its label given to the figure before it`, next, next.value)
    } else if (next.data?.role === 'caption') {
      claim(label, {role: 'furniture'})
      report(file, 'furniture-dropped', `Unexpected label \`${label.value}\` of the credit below it, dropped`, label, label.value)
    }
  })
}

/**
 * The credit on the line under a credit's label: a figure's credit read
 * there already ("Andrew Harnik / AP", an agency's), or a short plain line.
 *
 * @param line
 *   The line under the label (optional).
 * @returns
 *   The credit, or `undefined`.
 */
function creditBelowLabel(line: Line | undefined): string | undefined {
  if (!line) return undefined
  if (line.data?.role === 'caption' && !line.data.caption && line.data.credit) return line.data.credit
  return isUnclaimed(line) && !line.data?.hint?.heading && lineWords(line) <= CREDIT_MAX_WORDS ? line.value : undefined
}

/**
 * The line, when it is a figure without a credit.
 *
 * @param line
 *   A line (optional).
 * @returns
 *   The line, or `undefined`.
 */
export function uncreditedFigure(line: Line | undefined): Line | undefined {
  return line?.data?.role === 'caption' && !line.data.credit ? line : undefined
}
