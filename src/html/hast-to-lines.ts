/**
 * The bridge from hast to the shared tree: the main content (and the
 * headline's surroundings) read in page order into blocks of lines, with
 * hints of what element each line came from (heading, list item, quote,
 * figure). From here on, the same plugins as for scraped text claim lines.
 *
 * What this step decides itself is only what the markup settles: a figure
 * is a figure (its caption and credit split, its source resolved), a post
 * container is a post, a run of link text (a "Read more" link, a list of
 * related links) is not body text, and the page's metadata seeds the root.
 *
 * @module
 */
import type {Element, ElementContent, Root as HastRoot} from 'hast'
import type {VFile} from 'vfile'
import type {PostNode, Root, RootData} from '../tree.js'
import {attribute, findElement, hintWords, isElement, textContent} from './hast.js'
import {forgetMeasures} from './measure.js'
import type {PageMetadata} from './metadata/read-metadata.js'
import {safeUrl} from './urls.js'
import {childrenApart, isPersonScope, isSummaryElement} from './header-hints.js'
import {INLINE_TAGS, linesOf} from './inline-text.js'
import {resolveDeclaredImages} from './declared-images.js'
import {captionBeside, figureKind, hasCaption, readFigureLike} from './figure-like.js'
import {readFigureCaption} from './figure-caption.js'
import {findMedia} from './media.js'
import {addFigure, readEmbedContainer, readFigure, readQuote} from './read-media.js'
import {dropListHeading, isLayoutList, readList, readTextBlock} from './read-text-blocks.js'
import {isCalendarGrid} from '../util/calendar-grid.js'
import {report} from '../messages.js'
import {addBlock, inHeader, type Walk} from './walk.js'
import {settingsOf} from '../file-settings.js'

/** Elements read as one text block each. */
const TEXT_BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'address', 'dt', 'dd', 'caption', 'summary', 'figcaption', 'legend'])

/** Class words of a teaser card: a story's image, headline and link, inside another page. */
const TEASER_WORDS = new Set(['teaser', 'teasers'])

/**
 * Read a table: a layout table (cells holding blocks) as containers, a data
 * table a line per row.
 *
 * @param element
 *   The `<table>`.
 * @param walk
 *   The walk.
 */
function readTable(element: Element, walk: Walk): void {
  const rows: Element[] = []
  const collectRows = (node: Element) => {
    for (const child of node.children) {
      if (!isElement(child)) continue
      if (child.tagName === 'tr') rows.push(child)
      else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') collectRows(child)
    }
  }
  collectRows(element)
  const cells = rows.flatMap((row) => row.children.filter((cell): cell is Element => isElement(cell, 'td', 'th')))
  const layout = cells.some((cell) => cell.children.some((child) => isElement(child) && !INLINE_TAGS.has(child.tagName) && child.tagName !== 'br'))
  if (layout) {
    walk.tableCell = (walk.tableCell ?? 0) + 1
    for (const cell of cells) readContainer(cell, walk)
    walk.tableCell--
    return
  }
  const grid = rows.map((row) => row.children.filter((cell): cell is Element => isElement(cell, 'td', 'th')).map((cell) => linesOf(cell).lines.join(' ')))
  if (isCalendarGrid(grid)) {
    report(walk.file, 'boilerplate-dropped', 'Unexpected calendar widget, dropped', element)
    dropListHeading(walk)
    return
  }
  const lines = grid.map((cells) => cells.filter(Boolean).join(' | ')).filter(Boolean)
  addBlock(walk, lines, element.position, {tableCell: true})
}

/**
 * Read a post container as a `post` node.
 *
 * @param element
 *   The container (with `data.livePost`).
 * @param walk
 *   The walk.
 */
function readPost(element: Element, walk: Walk): void {
  const post: PostNode = {type: 'post', children: [], data: {...element.data!.livePost}}
  if (element.position) post.position = element.position
  walk.top.push(post)
  const outer = walk.target
  walk.target = post.children
  readContainer(element, walk)
  walk.target = outer
}

/**
 * Read the children of a container in order: runs of inline content become
 * a block each, block elements are read by their kind.
 *
 * @param element
 *   The container.
 * @param walk
 *   The walk.
 */
function readContainer(element: Element | HastRoot, walk: Walk): void {
  let run: ElementContent[] = []
  const flush = () => {
    if (run.length === 0) return
    const holder: Element = {type: 'element', tagName: 'p', properties: {}, children: run}
    const first = run.find((node) => node.position)
    const last = [...run].reverse().find((node) => node.position)
    if (first?.position && last?.position) holder.position = {start: first.position.start, end: last.position.end}
    run = []
    readTextBlock(holder, walk)
  }
  const outer = walk.apart
  // Which children stand apart matters only in the header: not looked for after it.
  const apart = inHeader(walk) ? childrenApart(element, outer) : undefined
  for (const child of element.children as ElementContent[]) {
    if (child.type === 'text') run.push(child)
    else if (child.type === 'element' && !child.data?.consumed) {
      if (INLINE_TAGS.has(child.tagName) && !holdsBlocks(child)) run.push(child)
      else if (child.tagName === 'br' && run.length > 0) run.push(child)
      else {
        flush()
        walk.apart = apart?.has(child) ?? false
        readElement(child, walk)
        walk.apart = outer
        // Its lines are made: its markup is not read again (see `hastToRoot`).
        child.children = []
      }
    }
  }
  flush()
}

/**
 * Whether an inline element wraps block content (broken but common markup).
 *
 * @param element
 *   The element.
 * @returns
 *   Whether it does.
 */
function holdsBlocks(element: Element): boolean {
  return element.children.some((child) => isElement(child) && (!INLINE_TAGS.has(child.tagName) ? child.tagName !== 'br' && child.tagName !== 'img' : holdsBlocks(child)))
}

/**
 * Read one block-level element by its kind.
 *
 * @param element
 *   The element.
 * @param walk
 *   The walk.
 */
function readElement(element: Element, walk: Walk): void {
  const person = isPersonScope(element)
  if (person) walk.personScope = (walk.personScope ?? 0) + 1
  // An element that calls itself a summary marks its lines (a lead photo in it is a figure all the same);
  // inside an author's microdata, a description is the author's biography.
  const summary = !walk.personScope && inHeader(walk) && isSummaryElement(element) && !findMedia(element, undefined)
  if (summary) walk.summary++
  readInLink(element, walk)
  if (summary) walk.summary--
  if (person) walk.personScope!--
}

/**
 * Read an element, noting the link or teaser card it is: inside a link
 * block or a teaser card, images know they may be another story's.
 *
 * @param element
 *   The element.
 * @param walk
 *   The walk.
 */
function readInLink(element: Element, walk: Walk): void {
  const teaser = !walk.teaser && hintWords(element).some((word) => TEASER_WORDS.has(word))
  if (element.tagName !== 'a' && !teaser) return readByKind(element, walk)
  const outer = walk.link
  const outerBlock = walk.linkBlock
  if (element.tagName === 'a') {
    walk.link = attribute(element, 'href') ?? outer
    if (isLinkBlock(element)) walk.linkBlock = true
  }
  if (teaser) walk.teaser = true
  readByKind(element, walk)
  walk.link = outer
  walk.linkBlock = outerBlock
  if (teaser) walk.teaser = false
}

/** An address of another page: relative, or http(s) (not a fragment, not `javascript:` or `mailto:`). */
const PAGE_HREF = /^(?:https?:|\/|\.|[^\s#:]+(?:[/?]|$))/i

/** A link around blocks with more text than this is broken markup (an unclosed `<a>` swallowing the article), not a card. */
const LINK_BLOCK_MAX_TEXT = 600

/**
 * Whether a link that wraps blocks is a card pointing to another page (a
 * teaser's headline and excerpt inside one `<a href>`): its text is read as
 * link text, and goes with the other links. A fragment (`#notes`) stays on
 * the page, and a long run of text is an unclosed `<a>`, not a card.
 *
 * @param element
 *   The `<a>`.
 * @returns
 *   Whether it is.
 */
function isLinkBlock(element: Element): boolean {
  const href = attribute(element, 'href')?.trim()
  return href !== undefined && PAGE_HREF.test(href) && textContent(element).length <= LINK_BLOCK_MAX_TEXT
}

/**
 * Read one block-level element by its kind (see `readElement`).
 *
 * @param element
 *   The element.
 * @param walk
 *   The walk.
 */
function readByKind(element: Element, walk: Walk): void {
  if (element.data?.livePost && walk.target === walk.top) return readPost(element, walk)
  if (walk.uncaptioned && captionBeside(element, walk.uncaptioned)) {
    walk.uncaptioned = undefined
    return
  }
  const tag = element.tagName
  if (TEXT_BLOCK_TAGS.has(tag)) return readTextBlock(element, walk)
  if (tag === 'ul' || tag === 'ol' || tag === 'dl') {
    // A feed of posts marked up as a list is read post by post.
    const holdsPosts = element.children.some((child) => isElement(child) && child.data?.livePost)
    return tag === 'dl' || holdsPosts || isLayoutList(element) ? readContainer(element, walk) : readList(element, walk)
  }
  if (tag === 'blockquote') return readQuote(element, walk)
  if (tag === 'table') return readTable(element, walk)
  if (tag === 'figure') {
    // A gallery, or a figure around a quotation or a whole story, is read as a container.
    const kind = figureKind(element)
    if (kind === 'figure' && readFigure(element, walk)) return
    // A figure whose image did not load (no `<img>` at all) still has its caption.
    if (kind === 'figure' && hasCaption(element)) return addFigure(walk, element, {media: 'image'}, readFigureCaption(element, undefined))
  } else if (tag === 'picture' || tag === 'img' || tag === 'video' || tag === 'audio' || tag === 'iframe') {
    return void readFigure(element, walk)
  }
  if (readEmbedContainer(element, walk)) return
  const figure = readFigureLike(element, walk.base)
  if (figure) return addFigure(walk, element, figure.media, figure.parts)
  readContainer(element, walk)
}

/**
 * The root's data from the page's metadata.
 *
 * @param metadata
 *   What `readMetadata` found (optional).
 * @param url
 *   The `url` option (optional).
 * @returns
 *   Root data.
 */
function rootData(metadata: PageMetadata | undefined, url: string | undefined): RootData {
  const data: RootData = {format: 'html'}
  if (!metadata) return data
  if (metadata.title) data.title = metadata.title.value
  if (metadata.siteName) data.siteName = metadata.siteName.value
  if (metadata.section) data.section = metadata.section.value
  if (metadata.language) data.language = metadata.language.value
  const address = safeUrl(url, undefined) ?? metadata.url?.value
  if (address) data.url = address
  if (metadata.authors) data.authors = metadata.authors.value
  if (metadata.source) data.source = metadata.source.value
  if (metadata.authorUrls.size > 0) data.authorUrls = metadata.authorUrls
  if (metadata.published) data.published = metadata.published.value
  if (metadata.updated) data.updated = metadata.updated.value
  if (metadata.type) data.declaredType = metadata.type.value
  if (metadata.descriptions.length > 0) data.descriptions = metadata.descriptions
  return data
}

/**
 * The elements to read, in page order: the header and the main content, or
 * the whole body when nothing was chosen (best effort: no text lost).
 *
 * @param tree
 *   The page.
 * @returns
 *   The regions.
 */
function regionsOf(tree: HastRoot): Array<Element | HastRoot> {
  const regions: Element[] = []
  const visit = (node: HastRoot | Element) => {
    for (const child of node.children) {
      if (!isElement(child)) continue
      if (child.data?.main || child.data?.header) regions.push(child)
      else visit(child)
    }
  }
  visit(tree)
  return regions.length > 0 ? regions : [tree]
}

/**
 * Turn the chosen parts of a hast page into the shared tree.
 *
 * Each block element is emptied once read, so that a page's markup is let
 * go while its lines are made rather than after: the two together were the
 * peak of the HTML front end.
 *
 * @param tree
 *   The page, with `data.main` / `data.header` marks; emptied as it is read.
 * @param file
 *   The file.
 * @param url
 *   The page's address (optional).
 * @returns
 *   The shared tree.
 */
export function hastToRoot(tree: HastRoot, file: VFile, url: string | undefined): Root {
  const data = rootData(file.data.metadata, url)
  const root: Root = {type: 'root', children: [], data}
  if (tree.position) root.position = tree.position
  const regions = regionsOf(tree)
  const isHeadline = (element: Element) => element.data?.headline === true
  const headlineAhead = regions.some((region) => (region.type === 'element' && isHeadline(region)) || findElement(region, isHeadline) !== undefined)
  const walk: Walk = {file, base: file.data.baseUrl ?? data.url, target: root.children, top: root.children, prose: 0, headlineRead: false, headlineAhead, summary: 0, apart: true, data}
  // Before the regions are read (and emptied): the declared images may be shown outside them.
  const declared = file.data.metadata?.images
  if (declared && declared.length > 0) {
    const candidates = resolveDeclaredImages(declared, tree, walk.base)
    if (candidates.length > 0) data.declaredImages = candidates
  }
  for (const region of regions) {
    if (region.type === 'root') readContainer(region, walk)
    else readElement(region, walk)
  }
  return root
}

declare module 'vfile' {
  interface DataMap {
    /** The address relative URLs resolve against (`<base href>` or the `url` option). */
    baseUrl: string
  }
}

/**
 * unified transformer plugin: hast to the shared tree of blocks and lines.
 *
 * @param attached
 *   The `url` option. Those a file carries come first (`settingsOf`).
 * @returns
 *   Transformer returning the new tree.
 */
export function hastToLines(attached: {url?: string | undefined}) {
  return function (tree: HastRoot, file: VFile): Root {
    releaseReferences(tree, file)
    const root = hastToRoot(tree, file, settingsOf(file, attached).url)
    // unified holds the tree its parser returned until the whole run ends.
    tree.children = []
    return root
  }
}

/**
 * Drop what holds hast elements beside the tree before it is read: the
 * measures cached for the tree (keyed by every element) and
 * `file.data.livePosts` (the feed's elements). Nothing from here on reads
 * them, and they would keep every element, and its text, alive while the
 * tree is emptied.
 *
 * @param tree
 *   The page.
 * @param file
 *   The file, whose `livePosts` are dropped.
 */
function releaseReferences(tree: HastRoot, file: VFile): void {
  forgetMeasures(tree)
  delete file.data.livePosts
}
