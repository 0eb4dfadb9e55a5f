/**
 * Mark page furniture: share bars, skip links, "Updated at", prompts, promos
 * and stray UI glyphs. Phrases come from one table (`furniture-phrases.ts`);
 * structural rules catch glued runs of phrases and lone glyph lines.
 *
 * Post footers ("Share", "Updated at") and teaser ends ("Continue reading")
 * get their own roles, because later plugins read them as boundaries.
 *
 * @module
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Line, LineRole, Root} from '../tree.js'
import {allLines, claim, isUnclaimed} from '../util/lines.js'
import {foldLine, lowerLine} from '../util/line-text.js'
import {openingKey} from '../util/text.js'
import {FURNITURE_PATTERNS, FURNITURE_PHRASES, POST_FOOTER_PHRASES, TEASER_END_PHRASES} from './furniture-phrases.js'

/** Phrase → role, for exact matches of a folded line. */
const PHRASE_ROLES = new Map<string, LineRole>([
  ...FURNITURE_PHRASES.map((phrase) => [phrase, 'furniture'] as const),
  ...TEASER_END_PHRASES.map((phrase) => [phrase, 'teaser-end'] as const),
  ...POST_FOOTER_PHRASES.map((phrase) => [phrase, 'post-footer'] as const)
])

/** The longest phrase of the table: a longer line is not looked up (its folded form need not be hashed). */
const PHRASE_MAX_LENGTH = Math.max(...[...PHRASE_ROLES.keys()].map((phrase) => phrase.length))

/**
 * Phrases long enough to be recognised when glued together without spaces ("Skip to contentSkip to search"), by their
 * first two letters (`openingKey`: a text is asked only of the phrases it may open with), longest first.
 */
const GLUEABLE = new Map<number, string[]>()
for (const phrase of [...PHRASE_ROLES.keys()].filter((each) => each.length >= 8).sort((a, b) => b.length - a.length)) {
  const list = GLUEABLE.get(openingKey(phrase))
  if (list) list.push(phrase)
  else GLUEABLE.set(openingKey(phrase), [phrase])
}

/** Whether a test of `FURNITURE_PATTERNS` is a regular expression anchored at the start with the `u` flag. */
function isAnchoredUnicode(pattern: Pick<RegExp, 'test'>): pattern is RegExp {
  return pattern instanceof RegExp && pattern.flags === 'u' && pattern.source.startsWith('^')
}

/**
 * `FURNITURE_PATTERNS` as few tests: the anchored expressions as one
 * alternation (each fails on a line's first word, and one call of the
 * engine per line costs less than twenty), the others as they are.
 */
const FURNITURE_TESTS: ReadonlyArray<Pick<RegExp, 'test'>> = [
  new RegExp(FURNITURE_PATTERNS.filter(isAnchoredUnicode).map((pattern) => `(?:${pattern.source})`).join('|'), 'u'),
  ...FURNITURE_PATTERNS.filter((pattern) => !isAnchoredUnicode(pattern))
]

/** A line this short with no letter or digit is a UI glyph (arrows, bullets, icons). */
const GLYPH_MAX_LENGTH = 4

/** A dangling label at the very end of the page ("翻译:", "Tags:") is at most this many characters. */
const DANGLING_LABEL_MAX_LENGTH = 24

/**
 * Whether a folded line is a concatenation of known phrases, as scrapers
 * leave adjacent links ("skip to main contentskip to navigation").
 *
 * @param folded
 *   The folded line.
 * @returns
 *   `true` when the whole line is made of phrases.
 */
function isGluedPhrases(folded: string): boolean {
  let rest = folded
  let pieces = 0
  while (rest) {
    const phrase = phraseOpening(rest)
    if (!phrase) return false
    rest = rest.slice(phrase.length).trimStart()
    pieces++
  }
  return pieces >= 2
}

/**
 * The longest glueable phrase a text opens with.
 *
 * @param text
 *   A folded text.
 * @returns
 *   The phrase, or `undefined` when it opens with none.
 */
function phraseOpening(text: string): string | undefined {
  // A loop, not `find` with a callback made for each line (most lines of 16 characters or more are asked).
  for (const phrase of GLUEABLE.get(openingKey(text)) ?? []) if (text.startsWith(phrase)) return phrase
  return undefined
}

/** What joins two calls to action on one line: "Sign in or register", "Share | Comment". */
const PHRASE_JOINER = /\s(?:or|and|oder|und|ou|et|o|y|\||·|\/)\s/u

/** A line of joined phrases has at most this many characters. */
const JOINED_MAX_LENGTH = 80

/**
 * The role of a folded line made of two or more known phrases joined by
 * "or", "and" or a bar ("Post a question or leave a reply", "Sign in or
 * register", "Share | Comments"): a post footer or teaser end when one of
 * the parts is, else furniture.
 *
 * @param folded
 *   The folded line.
 * @returns
 *   The role, or `undefined` when a part is not a known phrase.
 */
function joinedPhrasesRole(folded: string): LineRole | undefined {
  if (folded.length > JOINED_MAX_LENGTH || !PHRASE_JOINER.test(folded)) return undefined
  const roles = folded.split(PHRASE_JOINER).map((part) => PHRASE_ROLES.get(part))
  if (roles.length < 2 || roles.includes(undefined)) return undefined
  return roles.find((role) => role !== 'furniture') ?? 'furniture'
}

/**
 * Whether a line's folded form, or its lower case, passes a test of
 * `FURNITURE_TESTS`.
 *
 * @param folded
 *   The folded line.
 * @param lower
 *   The line in lower case, when it differs from the folded form.
 * @returns
 *   Whether it does.
 */
function isFurnitureSentence(folded: string, lower: string | undefined): boolean {
  // A loop, not `some` with a callback made for each line of the page.
  for (const pattern of FURNITURE_TESTS) if (pattern.test(folded) || (lower !== undefined && pattern.test(lower))) return true
  return false
}

/**
 * Decide what furniture a line is, if any.
 *
 * @param line
 *   The line.
 * @param isLast
 *   Whether it is the last line of the page.
 * @returns
 *   The role, or `undefined` for content.
 */
function furnitureRole(line: Line, isLast: boolean): LineRole | undefined {
  const text = line.value
  if (text.length <= GLYPH_MAX_LENGTH && !/[\p{L}\p{N}]/u.test(text)) return 'furniture'
  const folded = foldLine(line)
  const phrase = folded.length <= PHRASE_MAX_LENGTH ? PHRASE_ROLES.get(folded) : undefined
  if (phrase) return phrase
  const lower = lowerLine(line)
  // Most lines fold to just their lower case (no marks at the ends, no typographic quotes): one test serves both forms.
  const oneForm = lower === folded
  if (isFurnitureSentence(folded, oneForm ? undefined : lower)) return 'furniture'
  if (folded.length >= 16 && isGluedPhrases(folded)) return 'furniture'
  const joined = joinedPhrasesRole(folded)
  if (joined) return joined
  if (isLast && text.endsWith(':') && text.length <= DANGLING_LABEL_MAX_LENGTH) return 'furniture'
  return undefined
}

/**
 * unified transformer plugin: mark furniture lines.
 *
 * @returns
 *   Transformer.
 */
export function markFurniture() {
  return function (tree: Root, file: VFile): void {
    const lines = allLines(tree)
    lines.forEach((line, index) => {
      if (!isUnclaimed(line)) return
      const role = furnitureRole(line, index === lines.length - 1)
      if (!role) return
      claim(line, {role})
      if (role === 'furniture') {
        report(file, 'furniture-dropped', `Unexpected page furniture \`${line.value}\`, dropped`, line, line.value)
      }
    })
    dropFurnitureTitles(tree, file)
  }
}

/**
 * Drop the titles that the front end gave posts when they are furniture (a
 * post card headed "Jump to content" or "Share"): the HTML front end
 * reads a post's title from its heading, which is no line for the table
 * above to see.
 *
 * @param tree
 *   The tree.
 * @param file
 *   The file.
 */
function dropFurnitureTitles(tree: Root, file: VFile): void {
  for (const node of tree.children) {
    if (node.type !== 'post') continue
    const title = node.data?.title
    if (!title || furnitureRole({type: 'line', value: title}, false) === undefined) continue
    delete node.data!.title
    report(file, 'furniture-dropped', `Unexpected page furniture \`${title}\` as a post's title, dropped`, node, title)
  }
}
