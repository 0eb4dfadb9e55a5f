/**
 * Helpers to walk the tree's lines in page order.
 *
 * @module
 */
import type {Block, Line, PostNode, Root} from '../tree.js'

/**
 * All blocks of the tree in page order, including those inside posts.
 *
 * @param root
 *   The tree.
 * @returns
 *   The blocks.
 */
export function allBlocks(root: Root): Block[] {
  const blocks: Block[] = []
  for (const child of root.children) {
    if (child.type === 'block') blocks.push(child)
    // A loop, not `push(...children)`: spreading 100,000+ items overflows the stack.
    else for (const block of child.children) blocks.push(block)
  }
  return blocks
}

/**
 * All lines of the tree in page order.
 *
 * @param root
 *   The tree.
 * @returns
 *   The lines.
 */
export function allLines(root: Root): Line[] {
  const lines: Line[] = []
  // A loop, not `push(...block.children)`: a block of 100,000+ lines (one
  // unbroken run of lines) would overflow the stack as spread arguments.
  for (const block of allBlocks(root)) for (const line of block.children) lines.push(line)
  return lines
}

/**
 * Whether a line has not been claimed by any plugin yet.
 *
 * @param line
 *   The line.
 * @returns
 *   `true` for plain content.
 */
export function isUnclaimed(line: Line): boolean {
  return line.data?.role === undefined
}

/**
 * Give a line a role (and other data), keeping what it has.
 *
 * @param line
 *   The line.
 * @param data
 *   What to set.
 */
export function claim(line: Line, data: NonNullable<Line['data']>): void {
  line.data = {...line.data, ...data}
}

/**
 * The blocks of a post, or of the whole page.
 *
 * @param node
 *   A post or the root.
 * @returns
 *   Its blocks.
 */
export function blocksOf(node: PostNode | Root): Block[] {
  return node.type === 'post' ? node.children : allBlocks(node)
}

/**
 * The text of a block's unclaimed lines, joined by spaces: what is left of
 * it as content.
 *
 * @param block
 *   The block.
 * @returns
 *   The text (empty when every line is claimed).
 */
export function unclaimedText(block: Block): string {
  return block.children
    .filter(isUnclaimed)
    .map((line) => line.value)
    .join(' ')
}
