/**
 * Recognise photo and video captions and split caption from credit:
 * "caption. Photograph: credit", "Credit: …", "(Photo: … AP)", "Image: …",
 * "Picture: …", and video captions ending "– video". Caption lines become
 * figures, never paragraph text. The same caption repeated (alt text, then
 * figcaption) is kept once.
 *
 * @module
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Line, Root} from '../tree.js'
import {allLines, claim, isUnclaimed} from '../util/lines.js'
import {fold, wordCount} from '../util/text.js'

/** Labels that introduce a credit, in the languages of the corpora. */
const CREDIT_LABELS =
  'Photograph|Photographs|Photo|Photos|Photo credit|Picture|Pictures|Image|Images|Credit|Credits|Illustration|Composite|Source|Foto|Fotos|Bild|Bildquelle|Quelle|Crédit|Crédits|Crédit photo'

/** A credit at the end of a line: "… Photograph: Getty Images". `(?<!\s)` and a credit that starts at a non-space keep the spaces to one part (ReDoS-safe). */
const TRAILING_CREDIT = new RegExp(`^(.*?)(?<!\\s)\\s*(?:^|(?<=[\\p{P}\\s]))(?:${CREDIT_LABELS})\\s?:\\s*([^:\\s][^:]{1,119})$`, 'u')

/** A parenthesised credit at the end: "(Photo: Jane Doe/AP)". */
const BRACKETED_CREDIT = new RegExp(`^(.*?)(?<!\\s)\\s*\\((?:${CREDIT_LABELS})\\s?:\\s*([^()\\s][^()]{1,119})\\)\\.?$`, 'u')

/** A video caption: "… – video", "… - video". */
const VIDEO_SUFFIX = /^(.{7,}?\S)\s+[–—-]\s*video$/iu

/** A credit names an agency or people: a few words at most. */
const CREDIT_MAX_WORDS = 12

/** A caption is a sentence or two, not a paragraph of prose. */
const CAPTION_MAX_WORDS = 70

/** What a caption line splits into. */
interface CaptionParts {
  caption: string
  credit?: string
  media: 'image' | 'video'
}

/**
 * Split a line into caption and credit, if it is a caption.
 *
 * @param text
 *   A cleaned line.
 * @returns
 *   The parts, or `undefined` when the line is not a caption.
 */
export function splitCaption(text: string): CaptionParts | undefined {
  // Every caption form has a labelled credit (a colon) or ends in "video": most lines have neither.
  if (!text.includes(':') && !/video$/i.test(text)) return undefined
  if (wordCount(text) > CAPTION_MAX_WORDS + CREDIT_MAX_WORDS) return undefined
  const match = BRACKETED_CREDIT.exec(text) ?? TRAILING_CREDIT.exec(text)
  if (match) {
    const credit = match[2]!.trim().replace(/\.$/, '')
    const captionWords = wordCount(match[1]!)
    if (wordCount(credit) > CREDIT_MAX_WORDS || captionWords < 2 || captionWords > CAPTION_MAX_WORDS) return undefined
    const parts: CaptionParts = {caption: match[1]!.trim(), credit, media: 'image'}
    return parts
  }
  const video = VIDEO_SUFFIX.exec(text)
  if (video && wordCount(video[1]!) <= CAPTION_MAX_WORDS) return {caption: video[1]!.trim(), media: 'video'}
  return undefined
}

/**
 * unified transformer plugin: turn caption lines into figures.
 *
 * @returns
 *   Transformer.
 */
export function extractCaptions() {
  return function (tree: Root, file: VFile): void {
    const lines = allLines(tree).filter(isUnclaimed)
    let previous: {line: Line; parts: CaptionParts} | undefined
    lines.forEach((line, index) => {
      const parts = splitCaption(line.value)
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
  }
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
