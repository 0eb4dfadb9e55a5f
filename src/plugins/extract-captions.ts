/**
 * Recognise photo and video captions and split caption from credit:
 * "caption. Photograph: credit", "Credit: …", "(Photo: … AP)", "Image: …",
 * "Picture: …", and video captions ending "– video"; in scraped text also
 * credits without a label that name an agency ("Jane Doe/Stockhouse",
 * "Harbour / Shutterstock", see `unlabelled-credits.ts`). Caption lines become
 * figures, never paragraph text. The same caption repeated (alt text, then
 * figcaption) is kept once.
 *
 * @module
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Line, Root} from '../tree.js'
import {allLines, claim, isUnclaimed} from '../util/lines.js'
import {CAPTION_MAX_WORDS, readLoneCredit, splitCaption, type CaptionParts} from '../util/captions.js'
import {fold, wordCount} from '../util/text.js'
import {readUnlabelledCredit} from '../util/unlabelled-credits.js'

/**
 * unified transformer plugin: turn caption lines into figures.
 *
 * @returns
 *   Transformer.
 */
export function extractCaptions(format: 'text' | 'html' = 'text') {
  // Only scraped text reads credits without a label: in HTML the markup says where a caption is.
  const read = format === 'text' ? (text: string) => splitCaption(text) ?? readUnlabelledCredit(text) : splitCaption
  return function (tree: Root, file: VFile): void {
    const lines = allLines(tree).filter(isUnclaimed)
    let previous: {line: Line; parts: CaptionParts} | undefined
    lines.forEach((line, index) => {
      const parts = read(line.value)
      if (!parts) {
        previous = undefined
        return
      }
      if (previous && fold(previous.parts.caption) === fold(parts.caption) && previous.parts.credit === parts.credit) {
        claim(line, {role: 'furniture'})
        report(file, 'duplicate-dropped', `Unexpected repeated caption \`${parts.caption}\`, kept once`, line, line.value)
        return
      }
      claim(line, {role: 'caption', caption: parts.caption, media: parts.media, ...(parts.credit ? {credit: parts.credit} : {})})
      report(file, 'caption-split', `Caption \`${parts.caption}\` made a figure`, line, line.value)
      dropAltText(lines[index - 1], parts, file)
      previous = {line, parts}
    })
    joinLoneCredits(allLines(tree), file)
  }
}

/**
 * Give each credit that stands on its own line to the figure it belongs to:
 * the figure right before it, or the figure before a short caption line
 * ("[image] / The island from the sea. / Photograph by Jane Doe"). A credit
 * with no figure before it becomes a figure of its own (the image was not
 * in the page). Either way it is not body text.
 *
 * @param lines
 *   All lines, in order.
 * @param file
 *   The file.
 */
function joinLoneCredits(lines: Line[], file: VFile): void {
  lines.forEach((line, index) => {
    if (!isUnclaimed(line) || line.data?.hint?.heading) return
    const credit = readLoneCredit(line.value)
    if (!credit) return
    const before = lines[index - 1]
    const figure = uncreditedFigure(before) ?? (isCaptionText(before) ? uncreditedFigure(lines[index - 2]) : undefined)
    if (!figure) {
      claim(line, {role: 'caption', caption: '', media: 'image', credit})
      report(file, 'caption-split', `Credit \`${credit}\` made a figure`, line, line.value)
      return
    }
    if (figure !== before && !figure.data!.caption) {
      // The short line between figure and credit is the figure's caption.
      figure.data!.caption = before!.value
      claim(before!, {role: 'furniture'})
    }
    figure.data!.credit = credit
    claim(line, {role: 'furniture'})
    report(file, 'caption-split', `Credit \`${credit}\` given to the figure before it`, line, line.value)
  })
}

/**
 * The line, when it is a figure without a credit.
 *
 * @param line
 *   A line (optional).
 * @returns
 *   The line, or `undefined`.
 */
function uncreditedFigure(line: Line | undefined): Line | undefined {
  return line?.data?.role === 'caption' && !line.data.credit ? line : undefined
}

/**
 * Whether a line can be a caption: unclaimed, plain, caption-sized.
 *
 * @param line
 *   A line (optional).
 * @returns
 *   `true` when it can.
 */
function isCaptionText(line: Line | undefined): boolean {
  if (!line || !isUnclaimed(line)) return false
  const hint = line.data?.hint
  return !hint?.heading && !hint?.listItem && wordCount(line.value) <= CAPTION_MAX_WORDS
}

/**
 * Drop the line before a caption when it repeats the caption's text (the
 * image's alt text or a figcaption without credit).
 *
 * @param before
 *   The line before the caption (optional).
 * @param parts
 *   The caption.
 * @param file
 *   The file.
 */
function dropAltText(before: Line | undefined, parts: CaptionParts, file: VFile): void {
  if (!before || !isUnclaimed(before)) return
  if (fold(before.value) !== fold(parts.caption)) return
  claim(before, {role: 'furniture'})
  report(file, 'duplicate-dropped', `Unexpected caption text repeated without credit, kept once`, before, before.value)
}
