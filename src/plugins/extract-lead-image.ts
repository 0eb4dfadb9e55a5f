/**
 * The lead image: the photo shown with the headline, else the one the page
 * declares for sharing. This stage alone decides `root.data.image`, from
 * two kinds of evidence: the figures of the tree (the HTML front end found
 * them, their sources resolved to the largest rendition, logos, avatars,
 * pixels and teaser thumbnails already left out) and the images the page
 * declares (`root.data.declaredImages`: JSON-LD, `og:image`,
 * `twitter:image`, with their figure's caption when the page shows them).
 *
 * In order:
 *
 * 1. a figure at the top of the body (before `TOP_PROSE` characters of body
 *    text) that is a declared image (the same picture, any rendition);
 * 2. else the first figure at the top;
 * 3. else a declared image that the body shows further down (its figure
 *    gives the caption and credit);
 * 4. else the most trusted declared image.
 *
 * When the lead image is the body's first figure, it is taken out of the
 * body (role `lead-image`): the same photo is not repeated there.
 *
 * @module
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Image} from '../schema/article.js'
import type {Line, Root} from '../tree.js'
import {imageKeys, imageMatch} from '../util/image-keys.js'

/**
 * Characters of body text (lines no stage claimed) before which a figure is
 * "at the top": the lead photo stands above the text or beside its first
 * paragraphs. Measured on fundus-dev (lead image right, of 79 pages): 69 at
 * 0, 73 from 200 to 1,000, 67 at 3,000 (a figure that deep is a body
 * photo, not the lead). Without step 2 (an unmatched figure at the top)
 * 70.
 */
const TOP_PROSE = 400

/** A figure of the body, as the decision sees it. */
interface FigureLine {
  line: Line
  keys: Set<string>
  /** Whether it stands at the top of the body. */
  top: boolean
  /** Whether it is the body's first figure. */
  first: boolean
}

/**
 * The image figures of the body, in order, until the first live-blog post.
 *
 * @param tree
 *   The tree.
 * @returns
 *   The figures.
 */
function collectFigures(tree: Root): FigureLine[] {
  const figures: FigureLine[] = []
  let prose = 0
  let seenFigure = false
  for (const node of tree.children) {
    // The lead image stands above a live blog's feed, not in a post.
    if (node.type !== 'block') break
    for (const line of node.children) {
      const data = line.data
      if (data?.role === 'caption' && (data.media ?? data.hint?.media) !== undefined) {
        const src = data.hint?.src
        // An SVG is a chart, an icon or a placeholder, not a lead photo.
        if (data.hint?.media === 'image' && src && !isVector(src)) figures.push({line, keys: imageKeys(src), top: prose < TOP_PROSE, first: !seenFigure})
        seenFigure = true
      } else if (data?.role === undefined && !data?.hint?.heading) prose += line.value.length
    }
  }
  return figures
}

/**
 * Whether an image URL is a vector drawing (`.svg`).
 *
 * @param src
 *   The URL.
 * @returns
 *   Whether it is.
 */
function isVector(src: string): boolean {
  const end = src.search(/[?#]/)
  return /\.svg$/i.test(end === -1 ? src : src.slice(0, end))
}

/**
 * A figure line as an image.
 *
 * @param line
 *   The figure's line.
 * @returns
 *   The image.
 */
function imageOf(line: Line): Image {
  const data = line.data!
  const hint = data.hint!
  const image: Image = {src: hint.src!}
  if (hint.alt) image.alt = hint.alt
  if (data.caption) image.caption = data.caption
  if (data.credit) image.credit = data.credit
  if (hint.width) image.width = hint.width
  if (hint.height) image.height = hint.height
  return image
}

/** A declared image as the decision sees it. */
type Declared = NonNullable<NonNullable<Root['data']>['declaredImages']>[number]

/**
 * A declared image as the lead image (its source label left out).
 *
 * @param declared
 *   The declared image.
 * @returns
 *   The image.
 */
function declaredImage(declared: Declared): Image {
  const {source, ...image} = declared
  return image
}

/**
 * Fill what a figure does not say (caption, credit, alt) from the declared
 * image it is.
 *
 * @param image
 *   The figure's image.
 * @param declared
 *   The declared image (optional).
 * @returns
 *   The image.
 */
function withDeclared(image: Image, declared: Declared | undefined): Image {
  if (!declared) return image
  const filled = {...image}
  if (!filled.caption && declared.caption) filled.caption = declared.caption
  if (!filled.credit && declared.credit) filled.credit = declared.credit
  if (!filled.alt && declared.alt) filled.alt = declared.alt
  return filled
}

/** The choice: the image, the figure it came from (if any), and where it came from. */
interface Choice {
  image: Image
  figure?: FigureLine
  source: string
}

/**
 * Decide the lead image (see the module comment for the order).
 *
 * @param figures
 *   The body's image figures.
 * @param declared
 *   The declared images, most trusted first.
 * @returns
 *   The choice, if any.
 */
function choose(figures: FigureLine[], declared: Declared[]): Choice | undefined {
  const keys = declared.map((each) => imageKeys(each.src))
  const top = figures.filter((figure) => figure.top)
  for (const [index, want] of keys.entries()) {
    const figure = top.find((each) => imageMatch(want, each.keys) > 0)
    if (figure) return {image: withDeclared(imageOf(figure.line), declared[index]), figure, source: `the figure at the top, as \`${declared[index]!.source}\``}
  }
  const first = top[0]
  if (first) return {image: imageOf(first.line), figure: first, source: 'the figure at the top'}
  for (const [index, want] of keys.entries()) {
    const figure = figures.find((each) => imageMatch(want, each.keys) > 0)
    if (figure) return {image: withDeclared(imageOf(figure.line), declared[index]), figure, source: `\`${declared[index]!.source}\`, shown in the body`}
  }
  const best = declared[0]
  return best ? {image: declaredImage(best), source: `\`${best.source}\``} : undefined
}

/**
 * unified transformer plugin: choose the lead image (`root.data.image`) and
 * take its figure out of the body when it is the body's first.
 *
 * @returns
 *   Transformer.
 */
export function extractLeadImage() {
  return function (tree: Root, file: VFile): void {
    const data = (tree.data ??= {})
    const choice = choose(collectFigures(tree), data.declaredImages ?? [])
    if (!choice) return
    data.image = choice.image
    if (choice.figure?.first) choice.figure.line.data!.role = 'lead-image'
    report(file, 'lead-image-found', `Lead image from ${choice.source}`, choice.figure?.line, choice.image.src)
  }
}
