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
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Block, Line, LineData, LineHint, PostNode, Root, RootData} from '../tree.js'
import {attribute, hintWords, isElement, mark} from './hast.js'
import {forgetMeasures} from './measure.js'
import type {PageMetadata} from './metadata/read-metadata.js'
import {safeUrl} from './urls.js'
import {EMBED_WORDS, STANDFIRST_WORDS} from './class-words.js'
import {resolveDeclaredImages} from './declared-images.js'
import {captionBeside, figureKind, hasCaption, readFigureLike} from './figure-like.js'
import {readFigureCaption} from './figure-caption.js'
import {DATELINE_MAX_WORDS, INLINE_TAGS, isDateClassed, linesOf} from './inline-text.js'
import {findLink, findMedia, linksAway, type Media} from './media.js'

/** Elements read as one text block each. */
const TEXT_BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'address', 'dt', 'dd', 'caption', 'summary', 'figcaption', 'legend'])

/** A paragraph this long is body prose: no standfirst after it. */
const STANDFIRST_CLOSING_TEXT = 80

/** Class words of a teaser card: a story's image, headline and link, inside another page. */
const TEASER_WORDS = new Set(['teaser', 'teasers'])

/** Share of link text above which a block is a link list, not prose. */
const MAX_LINK_SHARE = 0.5

/** The state of one walk. */
export interface Walk {
  file: VFile
  base: string | undefined
  /** Where blocks go: the root's children or the current post's. */
  target: Array<Block | PostNode>
  /** The root's children (posts go here). */
  top: Array<Block | PostNode>
  /** Whether a standfirst may still be found (before the first body paragraph). */
  standfirstOpen: boolean
  data: RootData
  /** The figure line just read, while it has no caption: the next element may be its caption. */
  uncaptioned?: {line: Line; media: Media}
  /** The `href` of the link being read, if any (an image inside it may be a teaser's). */
  link?: string | undefined
  /** Whether a teaser card is being read (its image's title is the linked story's, not a caption). */
  teaser?: boolean
}

/**
 * Add a block of lines to the walk's target.
 *
 * @param walk
 *   The walk.
 * @param texts
 *   The lines' text.
 * @param position
 *   Where the element stands in the source (optional).
 * @param hint
 *   What the element was (optional).
 * @param data
 *   Roles already settled (optional).
 * @returns
 *   The block.
 */
function addBlock(walk: Walk, texts: string[], position: Position | undefined, hint?: LineHint, data?: LineData): Block | undefined {
  if (texts.length === 0) return undefined
  const block: Block = {type: 'block', children: texts.map((value) => makeLine(value, position, hint, data))}
  if (position) block.position = position
  walk.target.push(block)
  walk.uncaptioned = undefined
  return block
}

/**
 * One line.
 *
 * @param value
 *   Its text.
 * @param position
 *   Its element's place (optional).
 * @param hint
 *   Its hint (optional).
 * @param data
 *   Other data (optional).
 * @returns
 *   The line.
 */
function makeLine(value: string, position: Position | undefined, hint?: LineHint, data?: LineData): Line {
  const line: Line = {type: 'line', value}
  if (position) line.position = position
  if (hint || data) line.data = {...data, ...(hint ? {hint: {...hint}} : {})}
  return line
}

/** A heading over a link list ("Related stories", "Auch interessant") has at most this many words. */
const LIST_HEADING_MAX_WORDS = 8

/**
 * Drop the block just read when it is a short heading: it introduced the
 * link list that was just dropped, and is boilerplate with it.
 *
 * @param walk
 *   The walk.
 */
function dropListHeading(walk: Walk): void {
  const previous = walk.target[walk.target.length - 1]
  if (!previous || previous.type !== 'block' || previous.children.length !== 1) return
  const line = previous.children[0]!
  const words = line.value.split(' ').length
  const introduces = Boolean(line.data?.hint?.heading) || line.value.endsWith(':') || (words <= 5 && !/[.!?]$/.test(line.value))
  if (line.data?.role || line.data?.hint?.listItem || !introduces || words > LIST_HEADING_MAX_WORDS) return
  walk.target.pop()
  report(walk.file, 'boilerplate-dropped', 'Unexpected heading of a link list, dropped', line, line.value)
}

/**
 * Read a block of text (a paragraph, a heading): dropped when it is mostly links.
 *
 * @param element
 *   The element.
 * @param walk
 *   The walk.
 */
function readTextBlock(element: Element, walk: Walk): void {
  const gathered = linesOf(element)
  // A paragraph or link that only wraps an image (`<p><img></p>`, `<a><img></a>`) is a figure.
  if (gathered.lines.length === 0) return void readFigure(element, walk)
  const level = /^h([1-6])$/.exec(element.tagName)?.[1]
  if (level !== '1' && gathered.links > gathered.text * MAX_LINK_SHARE && gathered.text > 0) {
    report(walk.file, 'boilerplate-dropped', 'Unexpected block of link text, dropped', element, gathered.lines.join(' '))
    dropListHeading(walk)
    return
  }
  if (level === '1' && walk.data.title !== undefined) {
    addBlock(walk, [gathered.lines.join(' ')], element.position, {heading: 1}, {role: 'title'})
    return
  }
  const hint: LineHint | undefined = level ? {heading: Number(level)} : element.tagName === 'figcaption' ? {figcaption: true} : undefined
  // Body prose closes the header: a standfirst comes before it (a "LIVE" flag or a kicker does not count).
  if (!level && gathered.text >= STANDFIRST_CLOSING_TEXT) walk.standfirstOpen = false
  const block = addBlock(walk, element.tagName === 'pre' || level ? [gathered.lines.join(' ')] : gathered.lines, element.position, hint)
  if (block && !level && isDateClassed(element) && gathered.lines.length === 1 && /\d/.test(gathered.lines[0]!) && gathered.lines[0]!.split(' ').length <= DATELINE_MAX_WORDS) gathered.datelines.add(0)
  if (block && !level && element.tagName !== 'pre') {
    for (const index of gathered.datelines) block.children[index]!.data = {...block.children[index]!.data, role: 'dateline'}
  }
}

/**
 * Take an element as the standfirst when its class says so and it comes
 * before the body's first paragraph.
 *
 * @param element
 *   The element.
 * @param walk
 *   The walk.
 * @returns
 *   Whether it was taken.
 */
function readStandfirst(element: Element, walk: Walk): boolean {
  if (!walk.standfirstOpen || walk.data.standfirst || walk.target !== walk.top) return false
  // A lead photo ("lead-image") is a figure, whatever its class says.
  if (findMedia(element, undefined)) return false
  const words = hintWords(element)
  const described = (attribute(element, 'itemprop') ?? '').includes('description')
  if (!described && !words.some((word) => STANDFIRST_WORDS.has(word))) return false
  const text = linesOf(element).lines.join(' ')
  if (text.length < 30 || text.length > 400) return false
  walk.data.standfirst = text
  addBlock(walk, [text], element.position, undefined, {role: 'standfirst'})
  return true
}

/**
 * Read a list: one block, a line per item; a list of links is dropped.
 *
 * @param element
 *   The `<ul>` or `<ol>`.
 * @param walk
 *   The walk.
 */
function readList(element: Element, walk: Walk): void {
  const items: string[] = []
  let text = 0
  let links = 0
  for (const item of element.children) {
    if (!isElement(item)) continue
    const gathered = linesOf(item)
    text += gathered.text
    links += gathered.links
    if (gathered.lines.length > 0) items.push(gathered.lines.join(' '))
  }
  if (items.length === 0) return
  if (links > text * MAX_LINK_SHARE) {
    report(walk.file, 'boilerplate-dropped', 'Unexpected list of links, dropped', element, items.join(' | '))
    dropListHeading(walk)
    return
  }
  walk.standfirstOpen = false
  addBlock(walk, items, element.position, {listItem: true, ordered: element.tagName === 'ol'})
}

/**
 * Read a figure (or a lone image, video, embed) as one caption line.
 *
 * @param element
 *   The element.
 * @param walk
 *   The walk.
 * @returns
 *   Whether it held media (else it is read as a container).
 */
function readFigure(element: Element, walk: Walk): boolean {
  const media = findMedia(element, walk.base)
  if (!media) return false
  if (element.data?.noscript && mergeNoscriptCopy(media, walk)) return true
  const link = media.link ?? walk.link
  const teaser = link !== undefined && media.media === 'image' && linksAway(link, media, walk.base)
  const parts = readFigureCaption(element, media, !teaser && !walk.teaser)
  // A thumbnail that links to another story, with no caption of its own, is the teaser's, not the article's.
  if (teaser && !parts.caption && !parts.credit) {
    report(walk.file, 'thumbnail-dropped', 'Unexpected image linking to another page, dropped as a teaser’s thumbnail', element, media.src)
    return true
  }
  addFigure(walk, element, media, parts)
  return true
}

/**
 * Give a `<noscript>` copy of a lazy image to the figure just read for it:
 * its source when the figure has none; nothing when it has one (then the
 * copy is a duplicate).
 *
 * @param media
 *   The copy's media.
 * @param walk
 *   The walk.
 * @returns
 *   Whether the copy belonged to the figure before it.
 */
function mergeNoscriptCopy(media: Media, walk: Walk): boolean {
  const last = walk.target.at(-1)
  const line = last?.type === 'block' ? last.children.at(-1) : undefined
  const hint = line?.data?.role === 'caption' ? line.data.hint : undefined
  if (!hint || hint.media !== 'image') return false
  if (!hint.src && media.src) {
    hint.src = media.src
    if (media.width) hint.width = media.width
    if (media.height) hint.height = media.height
  }
  return true
}

/**
 * Add a figure: one caption line with its media in the hint.
 *
 * @param walk
 *   The walk.
 * @param element
 *   The figure's element (for its position).
 * @param media
 *   What it shows.
 * @param parts
 *   Its caption (may be empty) and credit.
 */
function addFigure(walk: Walk, element: Element, media: Media, parts: {caption: string; credit?: string | undefined}): void {
  const data: LineData = {role: 'caption', media: media.media, caption: parts.caption}
  if (parts.credit) data.credit = parts.credit
  const hint: LineHint = {media: media.media, figcaption: Boolean(parts.caption)}
  if (media.src) hint.src = media.src
  if (media.alt) hint.alt = media.alt
  if (media.width) hint.width = media.width
  if (media.height) hint.height = media.height
  const block = addBlock(walk, [parts.caption], element.position, hint, data)
  // An image without a caption may be captioned by the element after it.
  if (block && !parts.caption && media.media === 'image') walk.uncaptioned = {line: block.children[0]!, media}
}

/**
 * Read a social-post embed (a `<blockquote class="twitter-tweet">`) as a figure.
 *
 * @param element
 *   The block quote.
 * @param walk
 *   The walk.
 * @returns
 *   Whether it was an embed.
 */
function readEmbed(element: Element, walk: Walk): boolean {
  if (!hintWords(element).some((word) => EMBED_WORDS.has(word))) return false
  const caption = linesOf(element).lines.join(' ')
  const link = element.children.length > 0 ? findLink(element) : undefined
  const hint: LineHint = {media: 'embed'}
  const src = safeUrl(link, walk.base)
  if (src) hint.src = src
  addBlock(walk, [caption], element.position, hint, {role: 'caption', media: 'embed', caption})
  return true
}

/**
 * Read a block quotation: each paragraph a quote line.
 *
 * @param element
 *   The `<blockquote>`.
 * @param walk
 *   The walk.
 */
function readQuote(element: Element, walk: Walk): void {
  if (readEmbed(element, walk)) return
  walk.standfirstOpen = false
  const sourceElement = element.children.find((child): child is Element => isElement(child, 'footer', 'cite'))
  const hint: LineHint = {quote: true}
  if (sourceElement) {
    const source = linesOf(sourceElement).lines.join(' ').replace(/^[—–-]\s*/, '')
    if (source) hint.quoteSource = source
    mark(sourceElement, {consumed: true})
  }
  addBlock(walk, linesOf(element).lines, element.position, hint)
}

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
    for (const cell of cells) readContainer(cell, walk)
    return
  }
  const lines = rows.map((row) => row.children.filter((cell): cell is Element => isElement(cell, 'td', 'th')).map((cell) => linesOf(cell).lines.join(' ')).filter(Boolean).join(' | ')).filter(Boolean)
  addBlock(walk, lines, element.position)
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
  for (const child of element.children as ElementContent[]) {
    if (child.type === 'text') run.push(child)
    else if (child.type === 'element' && !child.data?.consumed) {
      if (INLINE_TAGS.has(child.tagName) && !holdsBlocks(child)) run.push(child)
      else if (child.tagName === 'br' && run.length > 0) run.push(child)
      else {
        flush()
        readElement(child, walk)
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
  const teaser = !walk.teaser && hintWords(element).some((word) => TEASER_WORDS.has(word))
  if (element.tagName !== 'a' && !teaser) return readElementOfKind(element, walk)
  // Inside a link block or a teaser card, images know they may be another story's.
  const outer = walk.link
  if (element.tagName === 'a') walk.link = attribute(element, 'href') ?? outer
  if (teaser) walk.teaser = true
  readElementOfKind(element, walk)
  walk.link = outer
  if (teaser) walk.teaser = false
}

/**
 * `readElement`, the link already noted.
 *
 * @param element
 *   The element.
 * @param walk
 *   The walk.
 */
function readElementOfKind(element: Element, walk: Walk): void {
  if (element.data?.livePost && walk.target === walk.top) return readPost(element, walk)
  if (walk.uncaptioned && captionBeside(element, walk.uncaptioned)) {
    walk.uncaptioned = undefined
    return
  }
  if (readStandfirst(element, walk)) return
  const tag = element.tagName
  if (TEXT_BLOCK_TAGS.has(tag)) return readTextBlock(element, walk)
  if (tag === 'ul' || tag === 'ol' || tag === 'dl') {
    // A feed of posts marked up as a list is read post by post.
    const holdsPosts = element.children.some((child) => isElement(child) && child.data?.livePost)
    return tag === 'dl' || holdsPosts ? readContainer(element, walk) : readList(element, walk)
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
 * A `<div>` that wraps a social post embed (`<div class="tiktok-embed">`).
 *
 * @param element
 *   The element.
 * @param walk
 *   The walk.
 * @returns
 *   Whether it was one.
 */
function readEmbedContainer(element: Element, walk: Walk): boolean {
  return element.tagName === 'div' && hintWords(element).includes('embed') && element.children.some((child) => isElement(child, 'blockquote')) ? readEmbed(element, walk) : false
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
  if (metadata.published) data.published = metadata.published.value
  if (metadata.updated) data.updated = metadata.updated.value
  if (metadata.type) data.declaredType = metadata.type.value
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
  const walk: Walk = {file, base: file.data.baseUrl ?? data.url, target: root.children, top: root.children, standfirstOpen: true, data}
  // Before the regions are read (and emptied): the declared images may be shown outside them.
  const declared = file.data.metadata?.images
  if (declared && declared.length > 0) {
    const candidates = resolveDeclaredImages(declared, tree, walk.base)
    if (candidates.length > 0) data.declaredImages = candidates
  }
  for (const region of regionsOf(tree)) {
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
 * @param settings
 *   The `url` option.
 * @returns
 *   Transformer returning the new tree.
 */
export function hastToLines(settings: {url?: string | undefined}) {
  return function (tree: HastRoot, file: VFile): Root {
    releaseReferences(tree, file)
    const root = hastToRoot(tree, file, settings.url)
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
