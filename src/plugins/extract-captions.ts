/**
 * Recognise photo and video captions and split caption from credit:
 * "caption. Photograph: credit", "Credit: …", "(Photo: … AP)", "Image: …",
 * "Picture: …", and video captions ending "– video"; in scraped text also
 * credits without a label that name an agency ("Jane Doe/Stockhouse",
 * "Harbour / Shutterstock", see `unlabelled-credits.ts`) and captions that
 * say where a person stands ("Anna Weber (l.) and …"), and the photos a
 * dump shows by its buttons and split labels (`dump-photo-lines.ts`: the
 * line under "Bild vergrößern", "Foto:" over its credit). Caption lines
 * become figures, never paragraph text. The same caption repeated (alt
 * text, then figcaption) is kept once.
 *
 * @module
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Block, Line, Root} from '../tree.js'
import {allBlocks, allLines, claim, isUnclaimed} from '../util/lines.js'
import {CAPTION_MAX_WORDS, readLoneCredit, splitCaption, type CaptionParts} from '../util/captions.js'
import {foldLine, lineWords} from '../util/line-text.js'
import {fold} from '../util/text.js'
import {readPositionCaption, readUnlabelledCredit} from '../util/unlabelled-credits.js'
import {captionUnderButton, dropCaptionCopiesBelow, joinSplitCredits, linesUnderEnlargeButtons, uncreditedFigure} from './dump-photo-lines.js'
import {isPhotoControl} from './photo-controls.js'

/**
 * Split a line into caption and credit (`splitCaption`), with the count of
 * its words kept on it.
 *
 * @param line
 *   The line.
 * @returns
 *   The parts, or `undefined` when the line is not a caption.
 */
function splitLine(line: Line): CaptionParts | undefined {
  return splitCaption(line.value, () => lineWords(line))
}

/**
 * unified transformer plugin: turn caption lines into figures.
 *
 * @returns
 *   Transformer.
 */
export function extractCaptions(format: 'text' | 'html' = 'text') {
  // Only scraped text reads credits without a label: in HTML the markup says where a caption is.
  const read = format === 'text' ? (line: Line) => splitLine(line) ?? readUnlabelledCredit(line.value) ?? readPositionCaption(line.value) : splitLine
  return function (tree: Root, file: VFile): void {
    const underButton = format === 'text' ? linesUnderEnlargeButtons(tree) : undefined
    const lines = allLines(tree).filter(isUnclaimed)
    let previous: {line: Line; parts: CaptionParts} | undefined
    lines.forEach((line, index) => {
      const parts = read(line) ?? (underButton?.has(line) ? captionUnderButton(line) : undefined)
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
    const all = allLines(tree)
    if (format === 'text') joinSplitCredits(all, file)
    joinLoneCredits(all, file, format === 'text' ? placesOf(tree) : undefined)
    // In HTML only: a dump's line equal to a caption may be a heading, which a dump cannot tell.
    if (format === 'html') dropRepeatedCaptions(all, file)
    else dropCaptionCopiesBelow(all, file)
  }
}

/**
 * Drop the lines that repeat a figure's caption below it: the copy a
 * lightbox or a slider prints of it (a `<figcaption>` outside the figure,
 * shown when the photo is opened). Caption-sized paragraphs only:
 * a heading or a list item that says what a caption says is the text's.
 *
 * @param lines
 *   All lines, in page order.
 * @param file
 *   The file.
 */
function dropRepeatedCaptions(lines: Line[], file: VFile): void {
  // The captions above each line: a copy follows its figure (a line above the photo that the caption repeats is the page's own, a standfirst).
  const captions = new Set<string>()
  for (const line of lines) {
    if (line.data?.role === 'caption' && line.data.caption) captions.add(fold(line.data.caption))
    if (captions.size === 0 || !isUnclaimed(line) || line.data?.hint?.heading || line.data?.hint?.listItem || lineWords(line) > CAPTION_MAX_WORDS || !captions.has(foldLine(line))) continue
    claim(line, {role: 'furniture'})
    report(file, 'duplicate-dropped', `Unexpected repeated caption \`${line.value}\`, kept once (with its figure)`, line, line.value)
  }
}

/**
 * Give each credit that stands on its own line to the figure it belongs to:
 * the figure right before it, or the figure before a short caption line
 * ("[image] / The island from the sea. / Photograph by Jane Doe"). A credit
 * with no figure before it becomes a figure of its own (the image was not
 * in the page). Either way it is not body text. In scraped text, a short
 * line beside the credit in its block is its caption (`captionBeside`).
 *
 * @param lines
 *   All lines, in order.
 * @param file
 *   The file.
 * @param placeOf
 *   The places of lines, in scraped text only (optional).
 */
function joinLoneCredits(lines: Line[], file: VFile, placeOf?: PlaceOf): void {
  lines.forEach((line, index) => {
    if (line.data?.hint?.heading) return
    if (!isUnclaimed(line)) {
      if (placeOf) dropCaptionBesideDroppedCredit(line, placeOf, file)
      return
    }
    const credit = readLoneCredit(line.value)
    if (!credit) return
    const before = lines[index - 1]
    const figure = uncreditedFigure(before) ?? (isCaptionText(before) ? uncreditedFigure(lines[index - 2]) : undefined)
    const beside = figure || !placeOf ? undefined : (captionBeside(placeOf(line)) ?? captionUnderControl(lines, index))
    if (beside) {
      claim(line, {role: 'caption', caption: beside.value, media: 'image', credit})
      claim(beside, {role: 'furniture'})
      report(file, 'caption-split', `Credit \`${credit}\` and the caption beside it made a figure`, beside, beside.value)
      return
    }
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

/** A caption beside its credit has at most this many words: a longer line is a paragraph. */
const CAPTION_BESIDE_MAX_WORDS = 30

/** Where a line stands: its block, and its index there. */
interface Place {
  block: Block
  index: number
}

/**
 * The block of each line of the tree, with the line's index in it.
 *
 * @param tree
 *   The tree.
 * @returns
 *   Line to its place.
 */
function blockOfLines(tree: Root): Map<Line, Place> {
  const places = new Map<Line, Place>()
  // The index is kept, not searched for: a block of many credits would cost its size per credit.
  for (const block of allBlocks(tree)) block.children.forEach((line, index) => places.set(line, {block, index}))
  return places
}

/** The place of a line (see `placesOf`). */
type PlaceOf = (line: Line) => Place | undefined

/**
 * The place of each line, looked up on demand: the map is built at the
 * first lone credit (most dumps have none; a map of every line cost a
 * tenth of this stage).
 *
 * @param tree
 *   The tree.
 * @returns
 *   Line to its place.
 */
function placesOf(tree: Root): PlaceOf {
  let places: Map<Line, Place> | undefined
  return (line) => (places ??= blockOfLines(tree)).get(line)
}

/**
 * The caption of a lone credit of scraped text, when it shares the
 * credit's block: the line before a credit that ends its block ("The quay
 * at dawn." / "© Jane Doe"), or the line after a credit that opens its
 * block or whose block ends with that line ("© Jane Doe" / "The quay at
 * dawn."). Scrapers leave a blank line around a paragraph; a short line
 * with no blank line between it and the credit belongs to the picture.
 *
 * @param place
 *   The credit's place (optional).
 * @returns
 *   The caption's line, or `undefined`.
 */
function captionBeside(place: Place | undefined): Line | undefined {
  if (!place) return undefined
  const lines = place.block.children
  const at = place.index
  const before = lines[at - 1]
  const after = lines[at + 1]
  if (before && !after) return isCaptionBeside(before) ? before : undefined
  if (after && (!before || at + 2 === lines.length)) return isCaptionBeside(after) ? after : undefined
  return undefined
}

/**
 * Whether a line beside a credit can be its caption: caption text, short,
 * not another credit.
 *
 * @param line
 *   The line.
 * @returns
 *   `true` when it can.
 */
function isCaptionBeside(line: Line): boolean {
  return isCaptionText(line) && lineWords(line) <= CAPTION_BESIDE_MAX_WORDS && !readLoneCredit(line.value)
}

/**
 * The caption of a lone credit of scraped text whose line stands between
 * a photo's button and the credit ("Развернуть на весь экран" / "Three
 * thrones" / "Фото: …"): the button says a photo stood there.
 *
 * @param lines
 *   All lines, in order.
 * @param index
 *   The credit's index.
 * @returns
 *   The caption's line, or `undefined`.
 */
function captionUnderControl(lines: Line[], index: number): Line | undefined {
  const before = lines[index - 1]
  const button = lines[index - 2]
  if (!before || !button || button.data?.role !== 'furniture' || !isPhotoControl(foldLine(button))) return undefined
  return isCaptionBeside(before) ? before : undefined
}

/** A year: a copyright notice of the site ("© 2022 Harbour Media"), which may close the article's last block. */
const YEAR = /\b(?:19|20)\d\d\b/u

/**
 * Drop the caption beside a credit that an earlier stage dropped as the
 * page's furniture ("© Jane Doe", read as a copyright notice): the
 * caption goes with it. A notice with a year is the site's, not a
 * picture's.
 *
 * @param line
 *   A claimed line.
 * @param placeOf
 *   The places of lines.
 * @param file
 *   The file.
 */
function dropCaptionBesideDroppedCredit(line: Line, placeOf: PlaceOf, file: VFile): void {
  if (line.data?.role !== 'furniture' || YEAR.test(line.value) || !readLoneCredit(line.value)) return
  const beside = captionBeside(placeOf(line))
  if (!beside) return
  claim(beside, {role: 'furniture'})
  report(file, 'furniture-dropped', `Unexpected caption \`${beside.value}\` beside a dropped credit, dropped`, beside, beside.value)
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
  return !hint?.heading && !hint?.listItem && lineWords(line) <= CAPTION_MAX_WORDS
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
  if (foldLine(before) !== fold(parts.caption)) return
  claim(before, {role: 'furniture'})
  report(file, 'duplicate-dropped', `Unexpected caption text repeated without credit, kept once`, before, before.value)
}
