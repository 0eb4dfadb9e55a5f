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
  const block: Block = {type: 'block', children: texts.map((value) => makeLine(value, position, hint, data))}
  if (position) block.position = position
  walk.target.push(block)
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
export function makeLine(value: string, position: Position | undefined, hint?: LineHint, data?: LineData): Line {
  const line: Line = {type: 'line', value}
  if (position) line.position = position
  if (hint || data) line.data = {...data, ...(hint ? {hint: {...hint}} : {})}
  return line
}
