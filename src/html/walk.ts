/**
 * The state of the walk that turns hast into blocks of lines
 * (`hast-to-lines.ts`), and how it adds a block: shared by the readers of
 * each kind of element.
 *
 * @module
 */
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type {Block, Line, LineData, LineHint, PostNode, RootData} from '../tree.js'
import type {Media} from './media.js'

/** The header's hints are recorded until this many blocks of body prose were read: the first may be the standfirst itself. */
const HEADER_MAX_PROSE = 2

/** The state of one walk. */
export interface Walk {
  file: VFile
  base: string | undefined
  /** Where blocks go: the root's children or the current post's. */
  target: Array<Block | PostNode>
  /** The root's children (posts go here). */
  top: Array<Block | PostNode>
  /** Blocks of body prose read since the headline: the header's hints are recorded until `HEADER_MAX_PROSE`. */
  prose: number
  /** Whether the headline's line was read (prose before it is not the body: a caption, a teaser). */
  headlineRead: boolean
  /** Whether the headline stands in the regions read (else prose closes the header from the start). */
  headlineAhead: boolean
  /** How many elements that call themselves a summary the walk is inside. */
  summary: number
  /** How many people's microdata scopes (an author box) the walk is inside: no summary there. */
  personScope?: number
  /** Whether the element being read stands apart from its siblings (see `childrenApart`). */
  apart: boolean
  data: RootData
  /** The figure line just read, while it has no caption: the next element may be its caption. */
  uncaptioned?: {line: Line; media: Media}
  /** The `href` of the link being read, if any (an image inside it may be a teaser's). */
  link?: string | undefined
  /** Whether the walk is inside a link to another page that wraps blocks (a teaser card's `<a><h3>…</h3><p>…</p></a>`): its text is link text. */
  linkBlock?: boolean
  /** How many table cells the walk is inside. */
  tableCell?: number
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
export function addBlock(walk: Walk, texts: string[], position: Position | undefined, hint?: LineHint, data?: LineData): Block | undefined {
  if (texts.length === 0) return undefined
  // What the markup says about the header, for `extractHeadline` to weigh.
  if (inHeader(walk) && (walk.summary > 0 || walk.apart)) {
    hint = {...hint}
    if (walk.summary > 0) hint.summary = true
    if (walk.apart) hint.apart = true
  }
  if (walk.tableCell) hint = {...hint, tableCell: true}
  if (walk.link !== undefined || walk.teaser) hint = {...hint, inLink: true}
  const block: Block = {type: 'block', children: texts.map((value) => makeLine(value, position, hint, data))}
  if (position) block.position = position
  walk.target.push(block)
  walk.uncaptioned = undefined
  return block
}

/**
 * Whether the walk is still in the page's header: at the top level (not in a
 * post), before `HEADER_MAX_PROSE` blocks of body prose.
 *
 * @param walk
 *   The walk.
 * @returns
 *   Whether it is.
 */
export function inHeader(walk: Walk): boolean {
  return walk.prose < HEADER_MAX_PROSE && walk.target === walk.top
}

/**
 * Count a block of body prose: under the headline (or on a page whose
 * headline is not read), it closes the header.
 *
 * @param walk
 *   The walk.
 */
export function countProse(walk: Walk): void {
  if (walk.headlineRead || !walk.headlineAhead) walk.prose++
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
export function makeLine(value: string, position: Position | undefined, hint?: LineHint, data?: LineData): Line {
  const line: Line = {type: 'line', value}
  if (position) line.position = position
  if (hint || data) line.data = {...data, ...(hint ? {hint: {...hint}} : {})}
  return line
}
