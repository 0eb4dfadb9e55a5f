/**
 * The text front end: scraped plain text to the shared tree.
 *
 * Lines keep their positions; a blank line ends a block (but not a list: a
 * bullet after a blank line goes on the list before it). Whitespace inside a
 * line is folded, bullets (`•`, `-`, `*`, `1.`) become list hints, and
 * nothing else is interpreted here: what a line *is* is for the plugins.
 *
 * @module
 */
import type {Plugin} from 'unified'
import type {Block, Line, LineHint, Root} from '../tree.js'
import {detach} from '../util/bounded-cache.js'
import {cleanLine} from '../util/text.js'

/** Line breaks as scrapers leave them: `\n`, `\r\n`, lone `\r`, and the Unicode separators. */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/g

/** The line breaks of `LINE_BREAK` other than `\n`, which most dumps do without. */
const OTHER_BREAKS = ['\r', '\u2028', '\u2029', '\u0085']

/**
 * Whether a text breaks its lines with `\n` alone. A search for each other
 * break reads the text faster than a pattern does.
 *
 * @param text
 *   The whole input.
 * @returns
 *   `true` when it holds no other break.
 */
function breaksWithNewlinesOnly(text: string): boolean {
  return !OTHER_BREAKS.some((lineBreak) => text.includes(lineBreak))
}

/**
 * Where the line that starts at an offset ends: at the next line break.
 * With `\n` the only break, `indexOf` finds it; else `LINE_BREAK` does
 * (a pattern's match is an object per line).
 *
 * @param text
 *   The whole input.
 * @param offset
 *   Where the line starts.
 * @param newlinesOnly
 *   Whether `\n` is the text's only break (`breaksWithNewlinesOnly`).
 * @returns
 *   The index of the break, or `-1` for the last line.
 */
function lineEnd(text: string, offset: number, newlinesOnly: boolean): number {
  if (newlinesOnly) return text.indexOf('\n', offset)
  LINE_BREAK.lastIndex = offset
  return LINE_BREAK.exec(text)?.index ?? -1
}

/**
 * The length of the line break at an index: 2 for `\r\n`, else 1.
 *
 * @param text
 *   The whole input.
 * @param index
 *   Where a line break starts.
 * @returns
 *   Its length.
 */
function breakLength(text: string, index: number): number {
  return text.startsWith('\r\n', index) ? 2 : 1
}

/** A leading bullet glyph, as innerText renders list items. */
const BULLET = /^[•●◦▪▸►·*‣⁃-]\s+/u

/** The glyphs of `BULLET`, to look up a line's first character in before the pattern runs (most lines open with none). */
const BULLET_GLYPHS = '•●◦▪▸►·*‣⁃-'

/** An `http:` or `https:` address. */
const WEB_ADDRESS = /^https?:\/\//i

/**
 * Read a bullet or ordinal at the start of a line.
 *
 * @param text
 *   The cleaned line.
 * @returns
 *   The line without its marker and the hint, or `undefined` when the line is not a list item.
 */
function readListMarker(text: string): {text: string; hint: LineHint} | undefined {
  if (!BULLET_GLYPHS.includes(text.charAt(0))) return undefined
  const bullet = BULLET.exec(text)
  if (bullet && text.length > bullet[0].length) {
    return {text: text.slice(bullet[0].length), hint: {listItem: true, ordered: false}}
  }
  return undefined
}

/**
 * Whether a bullet continues the list a block ends with: one kind of list
 * (bulleted or numbered) on each side of the blank line. Scrapers write a
 * list whose items are paragraphs with a blank line between the bullets.
 *
 * @param block
 *   The block so far (optional).
 * @param hint
 *   The new line's list hint (optional).
 * @returns
 *   Whether the block goes on.
 */
function continuesList(block: Block | undefined, hint: LineHint | undefined): boolean {
  const last = block?.children[block.children.length - 1]?.data?.hint
  return Boolean(hint?.listItem && last?.listItem && hint.ordered === last.ordered)
}

/**
 * Turn scraped text into a `root` of `block`s of `line`s.
 *
 * @param text
 *   The whole input.
 * @param options
 *   Whether to record positions (default: yes).
 * @returns
 *   The tree.
 */
export function textToTree(text: string, options: FromTextOptions = {}): Root {
  const positions = options.positions ?? true
  const root: Root = {type: 'root', children: [], data: {format: 'text'}}
  // A web address only: the option takes any absolute URL, and `javascript:` is one.
  if (options.url && WEB_ADDRESS.test(options.url)) root.data!.url = options.url
  let block: Block | undefined
  // A blank line after a bullet: the block ends unless another bullet follows.
  let afterBulletGap = false
  let offset = 0
  let lineNumber = 1
  const newlinesOnly = breaksWithNewlinesOnly(text)
  for (;;) {
    const lineBreak = lineEnd(text, offset, newlinesOnly)
    const end = lineBreak === -1 ? text.length : lineBreak
    const raw = text.slice(offset, end)
    const value = cleanLine(raw)
    if (value) {
      // A copy, not a slice: a slice would keep the whole input alive as long as the line (in the Article, in a cache).
      const line: Line = {type: 'line', value: detach(value)}
      if (positions) {
        const leading = raw.length - raw.trimStart().length
        const trimmedEnd = raw.trimEnd().length
        line.position = {
          start: {line: lineNumber, column: leading + 1, offset: offset + leading},
          end: {line: lineNumber, column: trimmedEnd + 1, offset: offset + trimmedEnd}
        }
      }
      const listItem = readListMarker(value)
      if (listItem) {
        line.value = listItem.text
        line.data = {hint: listItem.hint}
      }
      if (afterBulletGap && !continuesList(block, listItem?.hint)) block = undefined
      afterBulletGap = false
      if (!block) {
        block = {type: 'block', children: []}
        root.children.push(block)
      }
      block.children.push(line)
    } else if (block && !afterBulletGap && block.children[block.children.length - 1]!.data?.hint?.listItem) {
      afterBulletGap = true
    } else if (!afterBulletGap) {
      block = undefined
    }
    if (lineBreak === -1) break
    offset = lineBreak + breakLength(text, lineBreak)
    lineNumber++
  }
  for (const child of root.children) {
    const first = child.children[0]
    const last = child.children[child.children.length - 1]
    if (first?.position && last?.position) {
      child.position = {start: first.position.start, end: last.position.end}
    }
  }
  root.position = {
    start: {line: 1, column: 1, offset: 0},
    end: {line: lineNumber, column: text.length - offset + 1, offset: text.length}
  }
  return root
}

/** Options of the text parser. */
export interface FromTextOptions {
  /**
   * Record source positions (default: `true`). Only messages use them: a
   * line's position is three objects, as much memory as its text.
   */
  positions?: boolean
  /** The page's address (the `url` option), kept as the Article's when it is a web address. */
  url?: string | undefined
}

/**
 * unified parser plugin for scraped plain text.
 *
 * @param options
 *   Parser options.
 */
export const fromText: Plugin<[FromTextOptions?], string, Root> = function (options) {
  const attached = options ?? {}
  // The address is the parse's own when the file carries its settings (a processor reused across parses).
  this.parser = (document, file) => textToTree(String(document), file.data.settings ? {...attached, url: file.data.settings.url} : attached)
}
