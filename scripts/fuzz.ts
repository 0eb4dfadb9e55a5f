/**
 * Property-based fuzzing of `parse`: the properties that
 * `test/properties.test.ts` runs with a fixed seed and few runs, run here with
 * many more runs and a random seed. On a failure it prints the seed and the
 * path, so that the case replays:
 *
 *   npm run fuzz                      # every property, 50× the CI runs, random seed
 *   npm run fuzz -- --runs 20 --seed 123 --only fixture
 *   npm run fuzz -- --known --runs 1  # the properties that known bugs break
 *
 * The properties live here (not in the test) so both share one definition.
 * Each says what the output must be *about*, not only that it validates (the
 * compiler validates every Article anyway): no text that is not the input's,
 * lines kept whole, sentences not lost, furniture not kept, whitespace not
 * mattering. The checks run on every input, whatever the parser does: none is
 * switched off by a condition that a bug could flip.
 *
 * @module
 */
import type {Element, Root as HastRoot, RootContent} from 'hast'
import {fromParse5} from 'hast-util-from-parse5'
import {toText} from 'hast-util-to-text'
import {parse as parseHtml} from 'parse5'
import {readFileSync} from 'node:fs'
import {isDeepStrictEqual} from 'node:util'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import fc from 'fast-check'
import {ArticleSchema, parse, parseWithMessages, sniffFormat, StandfirstError, type Article, type Block, type ParseOptions} from '../src/index.js'
import {listCases, optionsOf, readMeta} from './fixture-store.js'
import {FURNITURE_PHRASES, POST_FOOTER_PHRASES, TEASER_END_PHRASES} from '../src/plugins/furniture-phrases.js'
import {isCrossLinkLabel} from '../src/plugins/cross-link-headlines.js'

/** One fixture: its input and options. */
export interface Fixture {
  /** `<group>/<case>`. */
  name: string
  /** `text` for `input.txt`, `html` for `input.html`. */
  kind: 'text' | 'html'
  input: string
  options: ParseOptions
}

/** One property with its number of runs in CI. */
export interface NamedProperty {
  name: string
  /** Runs in CI (the fuzz script multiplies them). */
  runs: number
  property: fc.IProperty<never> | fc.IProperty<unknown[]>
}

const fixturesRoot = fileURLToPath(new URL('../fixtures/', import.meta.url))

/** A marker put inside scripts and styles: it must never reach the output, unless broken markup makes a browser show it. */
const SECRET = 'zzsecretzz'

/**
 * Every fixture under `fixtures/<site>/<case>/input.{txt,html}`.
 *
 * @returns
 *   The fixtures, sorted by name.
 */
export function loadFixtures(): Fixture[] {
  const found: Fixture[] = []
  for (const item of listCases(fixturesRoot)) {
    const kind = item.inputName === 'input.html' ? 'html' : 'text'
    found.push({name: `${item.site}/${item.name}`, kind, input: readFileSync(join(item.folder, item.inputName), 'utf8'), options: optionsOf(readMeta(item.folder))})
  }
  return found.sort((a, b) => a.name.localeCompare(b.name))
}

// ---------------------------------------------------------------------------
// What an Article says: its fields, by path.

/** A text field of an article, with where it is (`body[2].text`). */
export type Field = [path: string, text: string]

/**
 * The text fields of some blocks.
 *
 * @param blocks
 *   Blocks.
 * @param path
 *   Where they are.
 * @param out
 *   Fields, added to.
 * @param lines
 *   Only the texts that are lines of the page (paragraphs, headings, quotes,
 *   list items), not captions, credits, alt texts and quote sources.
 */
function blockFieldsOf(blocks: Block[], path: string, out: Field[], lines: boolean): void {
  blocks.forEach((block, index) => {
    const at = `${path}[${index}]`
    switch (block.type) {
      case 'list':
        block.items.forEach((item, n) => out.push([`${at}.items[${n}]`, item]))
        break
      case 'figure':
        if (lines) break
        for (const key of ['caption', 'credit', 'alt'] as const) if (block[key] !== undefined) out.push([`${at}.${key}`, block[key]])
        break
      default:
        out.push([`${at}.text`, block.text])
        if (!lines && block.type === 'quote' && block.source !== undefined) out.push([`${at}.source`, block.source])
    }
  })
}

/**
 * The block texts of an article, body and posts: paragraphs, headings,
 * quotes, list items.
 *
 * @param article
 *   A parsed article.
 * @returns
 *   The fields.
 */
export function blockFields(article: Article): Field[] {
  const out: Field[] = []
  blockFieldsOf(article.body, 'body', out, true)
  article.posts.forEach((post, index) => blockFieldsOf(post.body, `posts[${index}].body`, out, true))
  return out
}

/**
 * Every text of an article that a reader reads: title, standfirst, site,
 * section, stamps as written, authors, key points, every block (captions,
 * credits and alt texts too), post titles and labels, the transcript and the
 * teasers (a teaser's summary by paragraph). Not ids, URLs, the language, nor
 * the resolved `iso`/`date`/`time`/`timeZone` of a stamp, which the parser
 * computes.
 *
 * @param article
 *   A parsed article.
 * @returns
 *   The fields, with their paths.
 */
export function readableFields(article: Article): Field[] {
  const out: Field[] = []
  const add = (path: string, value: string | undefined) => {
    if (value !== undefined && value !== '') out.push([path, value])
  }
  add('title', article.title)
  add('standfirst', article.standfirst)
  add('siteName', article.siteName)
  add('section', article.section)
  add('published.text', article.published?.text)
  add('updated.text', article.updated?.text)
  article.authors.forEach((author, i) => {
    add(`authors[${i}].name`, author.name)
    add(`authors[${i}].role`, author.role)
  })
  article.keyPoints.forEach((point, i) => add(`keyPoints[${i}]`, point))
  blockFieldsOf(article.body, 'body', out, false)
  article.posts.forEach((post, p) => {
    add(`posts[${p}].title`, post.title)
    add(`posts[${p}].label`, post.label)
    add(`posts[${p}].published.text`, post.published?.text)
    add(`posts[${p}].updated.text`, post.updated?.text)
    post.authors.forEach((author, i) => {
      add(`posts[${p}].authors[${i}].name`, author.name)
      add(`posts[${p}].authors[${i}].role`, author.role)
    })
    blockFieldsOf(post.body, `posts[${p}].body`, out, false)
  })
  if (article.transcript) {
    add('transcript.text', article.transcript.text)
    article.transcript.segments.forEach((segment, i) => {
      add(`transcript.segments[${i}].text`, segment.text)
      add(`transcript.segments[${i}].speaker`, segment.speaker)
    })
  }
  article.related.forEach((teaser, t) => {
    add(`related[${t}].title`, teaser.title)
    add(`related[${t}].standfirst`, teaser.standfirst)
    teaser.summary?.split('\n\n').forEach((paragraph, i) => add(`related[${t}].summary¶${i}`, paragraph))
  })
  return out
}

/**
 * Everything a reader reads, one field a line (`readableFields`).
 *
 * @param article
 *   A parsed article.
 * @returns
 *   The text.
 */
export function readableText(article: Article): string {
  return readableFields(article)
    .map(([, text]) => text)
    .join('\n')
}

/**
 * Every string value of a value, with its path.
 *
 * @param value
 *   Any JSON-like value.
 * @param path
 *   Its path.
 * @param out
 *   Fields, added to.
 * @returns
 *   The fields.
 */
export function stringFields(value: unknown, path = '', out: Field[] = []): Field[] {
  if (typeof value === 'string') out.push([path, value])
  else if (Array.isArray(value)) value.forEach((item, index) => stringFields(item, `${path}[${index}]`, out))
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) stringFields(item, path ? `${path}.${key}` : key, out)
  }
  return out
}

// ---------------------------------------------------------------------------
// Checks that hold of any Article, whatever the input.

/** C0 and C1 controls, DEL, and line and paragraph separators: no field of one line holds them. */
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/

/** C1 controls (U+0080–U+009F, NEL among them): no field should hold them either (`knownBugProperties`, bug 7). */
const C1_CONTROL = /[\u0080-\u009F]/

/** Invisible characters (soft hyphen, zero-width space and joiners, word joiner, byte-order mark): the parser drops them from every line. */
const INVISIBLE_IN_FIELD = /[\u00AD\u200B-\u200D\u2060\uFEFF]/

/** Whitespace that folding would change: at an end, two in a row, or other than a space. */
const UNFOLDED = /^\s|\s$|\s\s|[^\S ]/

/**
 * Fold whitespace: runs to one space, none at the ends.
 *
 * @param text
 *   Any text.
 * @returns
 *   The folded text.
 */
export function foldSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Short JSON of a string, for messages. */
const show = (text: string, length = 160) => JSON.stringify(text.length > length ? text.slice(0, length) + '…' : text)

/**
 * Require every string of an article to be clean: no control character, no
 * line break, whitespace folded (a teaser summary, whose paragraphs are
 * separated by a blank line, by paragraph).
 *
 * @param article
 *   A parsed article.
 */
export function checkClean(article: Article): void {
  for (const [path, value] of stringFields(article)) {
    const parts = /^related\[\d+\]\.summary$/.test(path) ? value.split('\n\n') : [value]
    for (const part of parts) {
      if (CONTROL.test(part)) throw new Error(`control character or line break in ${path}: ${show(value)}`)
      if (INVISIBLE_IN_FIELD.test(part)) throw new Error(`invisible character in ${path}: ${show(value)}`)
      if (UNFOLDED.test(part)) throw new Error(`unfolded whitespace in ${path}: ${show(value)}`)
    }
  }
}

/**
 * Parse, and require what holds of any input: a schema-valid Article (a side
 * check: the compiler already validates), clean strings (`checkClean`), and
 * `Object.prototype` untouched.
 *
 * @param input
 *   What to parse.
 * @param options
 *   Options.
 * @returns
 *   The article.
 */
export function parseChecked(input: string | Uint8Array, options: ParseOptions): Article {
  const article = parse(input, options)
  const result = ArticleSchema.safeParse(article)
  if (!result.success) throw new Error(`invalid Article: ${JSON.stringify(result.error.issues.slice(0, 3))}`)
  if (({} as Record<string, unknown>).zzpolluted !== undefined) throw new Error('Object.prototype was polluted')
  checkClean(article)
  return article
}

/**
 * The share of a text's non-space characters that no text is made of:
 * controls (but white space) and U+FFFD, which stands for bytes that are not
 * UTF-8.
 *
 * @param text
 *   The decoded input.
 * @returns
 *   A share in [0, 1] (0 for a text of white space).
 */
function unreadableShare(text: string): number {
  const visible = text.replace(/\s/g, '')
  if (visible.length === 0) return 0
  return (visible.match(/[\u0000-\u001F\u007F-\u009F\uFFFD]/g)?.length ?? 0) / visible.length
}

/**
 * Parse input that may not be text, as `parseChecked` does; a `not-text`
 * refusal (a throw for bytes, an empty Article and a message for a string) is right only for input at least 10% unreadable (`parse` refuses
 * from 10% controls or 30% controls and U+FFFD), and input more than half
 * unreadable must be refused.
 *
 * @param input
 *   A string or bytes (decoded as `decodeBytes` does).
 * @param options
 *   Options.
 * @returns
 *   The article, or `undefined` when `parse` refused the input as not text.
 */
export function parseOrRefuse(input: string | Uint8Array, options: ParseOptions): Article | undefined {
  const share = unreadableShare(typeof input === 'string' ? input : decodeBytes(input))
  // A string is never refused by a throw: one that is not text gives an empty Article and the message `not-text`.
  if (typeof input === 'string' && parseWithMessages(input, options).messages.some((message) => message.ruleId === 'not-text')) {
    if (share < 0.1) throw new Error(`text read as not text (${Math.round(share * 100)}% unreadable)`)
    const article = parseChecked(input, options)
    if (article.title || article.body.length > 0 || article.posts.length > 0) throw new Error('a string that is not text gave a non-empty Article')
    return undefined
  }
  let article: Article
  try {
    article = parseChecked(input, options)
  } catch (error) {
    if (!(error instanceof StandfirstError) || error.code !== 'not-text') throw error
    if (share < 0.1) throw new Error(`text refused as not text (${Math.round(share * 100)}% unreadable): ${error.message}`)
    return undefined
  }
  if (share > 0.5) throw new Error(`binary input (${Math.round(share * 100)}% unreadable) read as text`)
  return article
}

// ---------------------------------------------------------------------------
// What the input says: its text, to check that the output invents none.

/** What a page offers as text. */
export interface Source {
  /** The places of text (a line; the shown text, a title, a text attribute, a JSON-LD string), whitespace folded. */
  segments: string[]
  /** The segments, one a line. */
  text: string
  /** Every word of the input's text. */
  words: Set<string>
  /** Scraped text only: its lines as the text front end reads them (whitespace folded, invisibles dropped), and each without its bullet. */
  lines?: Set<string>
}

/** A word: letters, digits and combining marks. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu

/** Invisible characters that scrapers leave and that carry no meaning. */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\u00AD\u200B-\u200D\u2060\uFEFF]/g

/** A leading bullet glyph and its space. */
const BULLET = /^[•●◦▪▸►·*‣⁃-]\s+/u

/**
 * The words of a text.
 *
 * @param text
 *   Any text.
 * @returns
 *   Its words.
 */
function wordsOf(text: string): Set<string> {
  return new Set(text.match(WORD) ?? [])
}

/**
 * The lines of scraped text, cleaned: every kind of line break, invisible
 * characters dropped, whitespace folded, blank lines left out.
 *
 * @param text
 *   Scraped text.
 * @returns
 *   The lines.
 */
export function cleanedLines(text: string): string[] {
  return text
    .split(/\r\n|[\n\r\u2028\u2029\u0085]/)
    .map((line) => foldSpace(line.replace(INVISIBLE, '')))
    .filter(Boolean)
}

/**
 * What scraped text offers: its lines.
 *
 * @param input
 *   Scraped text.
 * @returns
 *   The source.
 */
export function textSource(input: string): Source {
  const cleaned = cleanedLines(input)
  const lines = new Set(cleaned)
  for (const line of cleaned) {
    const bullet = BULLET.exec(line)
    if (bullet && line.length > bullet[0].length) lines.add(line.slice(bullet[0].length))
  }
  const text = cleaned.join('\n')
  return {segments: cleaned, text, words: wordsOf(text), lines}
}

/**
 * Elements whose text is not the page's readable text: what no browser shows
 * (head, scripts, styles, templates, `noscript`, raw-text frames), form
 * controls, and embedded graphics and objects.
 */
const UNREAD = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'iframe', 'textarea', 'button', 'input', 'select', 'option',
  'optgroup', 'datalist', 'dialog', 'svg', 'math', 'canvas', 'object', 'embed', 'applet', 'map', 'area', 'frame',
  'frameset', 'param', 'track', 'base', 'link', 'meta'
])

/** Elements whose text is code or never shown, however lenient the reading. */
const CODE = new Set(['head', 'title', 'script', 'style', 'noscript', 'template', 'iframe', 'textarea'])

/** Classes that hide an element from the eye. */
const HIDING_CLASSES = new Set(['hidden', 'hide', 'sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text', 'screen-reader-only', 'is-hidden', 'u-hidden', 'invisible', 'offscreen'])

/** Attributes whose values are text a page states (titles, descriptions, captions, times). */
const TEXT_PROPERTIES = ['content', 'alt', 'title', 'dateTime', 'ariaLabel', 'label']

/**
 * Whether an element is hidden: the `hidden` attribute, `aria-hidden="true"`,
 * an inline `display: none` or `visibility: hidden`, or a class that hides.
 *
 * @param element
 *   The element.
 * @returns
 *   Whether it is.
 */
function hiddenElement(element: Element): boolean {
  const {hidden, ariaHidden, style, className} = element.properties
  return (
    (hidden !== undefined && hidden !== false && hidden !== null) ||
    String(ariaHidden) === 'true' ||
    /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(String(style ?? '')) ||
    (Array.isArray(className) && className.some((name) => HIDING_CLASSES.has(String(name).toLowerCase())))
  )
}

/**
 * The string values of JSON-LD, as leniently as a page needs (control
 * characters, trailing commas and comment wrappers repaired).
 *
 * @param text
 *   The script's text.
 * @returns
 *   Its strings (none when it cannot be read).
 */
function jsonLdStrings(text: string): string[] {
  const repaired = text
    .replace(/[\u0000-\u001F]+/g, ' ')
    .replace(/,(?=\s*[}\]])/g, '')
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>)\s*$/, '')
  for (const attempt of [text, repaired]) {
    try {
      return stringFields(JSON.parse(attempt)).map(([, value]) => value)
    } catch {
      // Try the repair.
    }
  }
  return []
}

/**
 * What a page offers as text, read as a browser reads it (parse5): its
 * readable text (hast-util-to-text, as `innerText`, without the `UNREAD`
 * elements and hidden ones), and what it states: its `<title>`, the values of
 * the attributes that carry text (`content`, `alt`, `title`, `datetime`,
 * labels) outside hidden elements, and the strings of its JSON-LD. Not
 * comments, not other attributes (classes, styles, handlers, URLs), not code.
 * Invisible characters (soft hyphens, zero-width spaces) are dropped, as the
 * parser drops them.
 *
 * @param html
 *   The page.
 * @param withHidden
 *   Count as the page's text that of hidden elements and of form controls and
 *   embedded graphics too, all but code (scripts, styles, templates,
 *   `noscript`, raw-text frames): a check then says "nothing invented";
 *   without (the default), also "nothing hidden, no control's label".
 * @returns
 *   The source.
 */
export function htmlSource(html: string, withHidden = false): Source {
  const tree = fromParse5(parseHtml(html)) as HastRoot
  const stated: string[] = []
  const walk = (node: HastRoot | Element, hidden: boolean): void => {
    node.children = (node.children as RootContent[]).filter((child) => {
      if (child.type === 'comment') return false
      if (child.type !== 'element') return true
      const hides = !withHidden && (hidden || hiddenElement(child))
      if (!hides) {
        for (const name of TEXT_PROPERTIES) {
          const value = child.properties[name]
          if (value !== undefined && value !== null && typeof value !== 'boolean') stated.push(Array.isArray(value) ? value.join(' ') : String(value))
        }
        if (child.tagName === 'title') stated.push(toText(child))
      }
      if (child.tagName === 'script' && /^\s*application\/ld\+json\s*$/i.test(String(child.properties.type ?? ''))) {
        stated.push(...jsonLdStrings(child.children.map((text) => (text.type === 'text' ? text.value : '')).join('')))
      }
      walk(child, hides)
      if (!withHidden) return !UNREAD.has(child.tagName) && !hiddenElement(child)
      // Shown after all: `innerText` skips `hidden` elements.
      delete child.properties.hidden
      return !CODE.has(child.tagName)
    }) as typeof node.children
  }
  walk(tree, false)
  // Each shown text node as it is, too: `innerText` drops bidi controls next to line breaks, the parser keeps them.
  const nodes: string[] = []
  const collect = (node: HastRoot | Element): void => {
    for (const child of node.children) {
      if (child.type === 'text') nodes.push(child.value)
      else if (child.type === 'element') collect(child)
    }
  }
  collect(tree)
  // NEL (U+0085) is a line break to the parser: a space in a line of markup.
  const segments = [toText(tree), ...stated, ...nodes].map((part) => foldSpace(part.replace(INVISIBLE, '').replaceAll('\u0085', ' ')))
  const text = segments.join('\n')
  return {segments, text, words: wordsOf(text)}
}

/**
 * What an input offers as text, read with the front end that reads it.
 *
 * @param input
 *   The input, decoded.
 * @param format
 *   The format asked for (`auto` is sniffed, as `parse` does).
 * @param withHidden
 *   For a page: count hidden elements' text as its text too (`htmlSource`).
 * @returns
 *   The source.
 */
export function sourceOf(input: string, format: ParseOptions['format'], withHidden = false): Source {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  const read = !format || format === 'auto' ? sniffFormat(text) : format
  return read === 'html' ? htmlSource(text, withHidden) : textSource(text)
}

/** Something that looks like a tag: `<p`, `</div`, `<script`. */
const TAG_LIKE = /<\/?[A-Za-z][^\s<>]*/g

/**
 * Whether a field's words (split at its spaces) occur in a text in the same
 * order: each at its first occurrence after the previous one, which finds an
 * order whenever there is one. Runs of several words need no check of their
 * own: a run in order is its words in order. A lone `|` or `/` is
 * skipped: the parser joins a table row's cells with ` | `, and the
 * credits of a figure's several credit elements with ` / `.
 *
 * @param field
 *   The field (whitespace folded).
 * @param text
 *   The text.
 * @returns
 *   Whether they do.
 */
function inOrder(field: string, text: string): boolean {
  let from = 0
  for (const token of field.split(' ')) {
    // The parser writes a data table's row as its cells between ` | `, a figure's credits between ` / `.
    if (token === '|' || token === '/') continue
    const index = text.indexOf(token, from)
    if (index === -1) return false
    from = index + token.length
  }
  return true
}

/**
 * Require that the article invents no text. Every word it shows occurs in the
 * input's text, and tag-like text (`<p`) only where the input's text has it.
 * Every field but the transcript (which joins lines) is text of the input:
 * for scraped text, a substring of one line, and every block a whole line;
 * for a page, words of one place of text (its shown text, its title, a text
 * attribute, a JSON-LD string) in their order there (a list item or heading
 * joins its lines, and what the parser prunes inside an element leaves a
 * gap). So nothing is made up, reordered, or
 * leaked from markup, code, comments, attributes or hidden elements.
 *
 * @param article
 *   A parsed article.
 * @param source
 *   What the input offers (`sourceOf`).
 */
export function checkFromSource(article: Article, source: Source): void {
  for (const [path, value] of readableFields(article)) {
    for (const word of value.match(WORD) ?? []) {
      // A word of the input, or a part of one (the parser splits glued words: `GMTFirst published`).
      if (!source.words.has(word) && !source.text.includes(word)) throw new Error(`word ${show(word)} of ${path} is not in the input: ${show(value)}`)
    }
    for (const tag of value.match(TAG_LIKE) ?? []) {
      if (!source.text.includes(tag)) throw new Error(`markup ${show(tag)} in ${path}: ${show(value)}`)
    }
    if (path.startsWith('transcript')) continue
    if (source.lines ? !source.text.includes(value) : !source.segments.some((segment) => inOrder(value, segment))) {
      throw new Error(`${path} is not ${source.lines ? 'a run of a line' : 'words in the order'} of the input's text: ${show(value)}`)
    }
  }
  if (source.lines) {
    for (const [path, value] of blockFields(article)) {
      if (!source.lines.has(value)) throw new Error(`${path} is not a whole line of the input: ${show(value)}`)
    }
  }
}

/** A furniture phrase as `fold` compares it: lower case, plain quotes, no marks at the ends. */
function foldPhrase(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
}

/** Every phrase of the furniture tables, folded. */
const FURNITURE_SET = new Set([...FURNITURE_PHRASES, ...POST_FOOTER_PHRASES, ...TEASER_END_PHRASES].map(foldPhrase))

/**
 * Require that no block (body or post), title, standfirst, key point, post
 * title or teaser is a phrase of the furniture tables: chrome is never kept
 * as content.
 *
 * @param article
 *   A parsed article.
 * @param postTitles
 *   Check post titles too (default: yes).
 */
export function checkNoFurniture(article: Article, postTitles = true): void {
  const fields: Field[] = [
    ['title', article.title],
    ['standfirst', article.standfirst ?? ''],
    ...article.keyPoints.map((point, i): Field => [`keyPoints[${i}]`, point]),
    ...(postTitles ? article.posts.map((post, i): Field => [`posts[${i}].title`, post.title ?? '']) : []),
    ...article.related.flatMap((teaser, i): Field[] => [[`related[${i}].title`, teaser.title], [`related[${i}].standfirst`, teaser.standfirst ?? '']]),
    ...blockFields(article)
  ]
  for (const [path, value] of fields) {
    if (FURNITURE_SET.has(foldPhrase(value))) throw new Error(`furniture kept as ${path}: ${show(value)}`)
  }
}

/**
 * Require that a sentence survives: it stands whole in one field a reader
 * reads.
 *
 * @param article
 *   A parsed article.
 * @param sentence
 *   The sentence.
 */
export function checkKept(article: Article, sentence: string): void {
  if (!readableFields(article).some(([, value]) => value.includes(sentence))) {
    throw new Error(`sentence lost: ${show(sentence)}; the article reads: ${show(readableText(article), 600)}`)
  }
}

/**
 * Require two articles to be equal.
 *
 * @param actual
 *   One.
 * @param expected
 *   The other.
 * @param what
 *   What changed between their inputs.
 */
function checkSame(actual: Article, expected: Article, what: string): void {
  if (isDeepStrictEqual(actual, expected)) return
  const a = JSON.stringify(actual)
  const b = JSON.stringify(expected)
  let at = 0
  while (at < a.length && a[at] === b[at]) at++
  throw new Error(`${what} changed the article at character ${at}: ${show(a.slice(Math.max(0, at - 80), at + 120), 400)} instead of ${show(b.slice(Math.max(0, at - 80), at + 120), 400)}`)
}

/**
 * Whether a browser would show some text of a page (broken markup can turn
 * what looks like a script into plain text: `</div <script>x` is an end tag
 * with junk attributes, then text). parse5 parses as browsers do;
 * `hast-util-to-text` renders as `innerText`, without script or style.
 *
 * @param html
 *   The page.
 * @param text
 *   The text.
 * @returns
 *   Whether the rendered page holds it.
 */
function browserShows(html: string, text: string): boolean {
  return toText(fromParse5(parseHtml(html)) as never).includes(text)
}

/**
 * Require that no script or style text (the `SECRET` marker) reached the
 * output, unless a browser shows it as text.
 *
 * @param article
 *   A parsed article.
 * @param input
 *   The page.
 */
function checkNoScript(article: Article, input: string): void {
  if (JSON.stringify(article).includes(SECRET) && !browserShows(input, SECRET)) throw new Error('script or style text reached the output')
}

/**
 * Decode bytes as `parse` must for bytes that declare no charset: by their
 * byte-order mark, else as UTF-8 with U+FFFD for invalid sequences.
 *
 * @param bytes
 *   The bytes.
 * @returns
 *   The text.
 */
export function decodeBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  return new TextDecoder('utf-8').decode(bytes)
}

// ---------------------------------------------------------------------------
// Mutations and generators.

/**
 * A deterministic pseudo-random generator (mulberry32), for mutations that
 * take one seed rather than many arbitrary values.
 *
 * @param seed
 *   Any integer.
 * @returns
 *   A function returning floats in [0, 1).
 */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Lines split keeping their endings, so that joining them gives the input back. */
function splitLines(input: string): string[] {
  return input.match(/[^\n]*\n|[^\n]+$/g) ?? []
}

/** Every furniture phrase of the table, as a page would show it (first letter capitalised). */
const ALL_FURNITURE = [...FURNITURE_PHRASES, ...POST_FOOTER_PHRASES, ...TEASER_END_PHRASES].map(
  (phrase) => phrase.charAt(0).toUpperCase() + phrase.slice(1)
)

/**
 * The furniture phrases that are not "read also" labels. A label claims the
 * short lines without a sentence's end under it as the headlines it links
 * (`cross-link-headlines.ts`): put anywhere, it takes a credit or a
 * subheading, as it would where a page really prints it. Labels have a
 * property of their own: put before a sentence, they take nothing.
 */
const LONE_FURNITURE = ALL_FURNITURE.filter((phrase) => !isCrossLinkLabel(phrase))

/** The "read also" labels among the furniture phrases. */
const CROSS_LINK_LABELS = ALL_FURNITURE.filter((phrase) => isCrossLinkLabel(phrase))

/**
 * Pure furniture: phrases that are chrome wherever they stand. Not "Share" or
 * "Continue reading", which end live-blog posts and listing teasers, nor
 * labels ("Published", "From", "Live") that bylines and datelines read.
 */
export const PURE_FURNITURE = ['Skip to main content', 'Most viewed', 'Advertisement', 'Sign in', 'Subscribe', 'Skip to navigation']

/** Whitespace that scrapers and copy-paste leave. */
const WHITESPACE = [' ', '  ', '\t', '\u00a0', '\u3000', ' \u200b', '\u2009', '   \t ']

/** Line endings of every kind. */
const NEWLINES = ['\n', '\r\n', '\r', '\u2028']

/**
 * Mangle whitespace: spaces become other whitespace, line endings other line
 * endings, lines get leading and trailing blanks.
 *
 * @param input
 *   The text.
 * @param seed
 *   Drives every choice.
 * @returns
 *   The mangled text.
 */
function mangleWhitespace(input: string, seed: number): string {
  const next = random(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  let previousEnd = -1
  let previousCr = false
  return input
    .replace(/\r\n|\n/g, (match, offset: number) => {
      const before = next() < 0.2 ? pick(WHITESPACE) : ''
      let newline = pick(NEWLINES)
      // A `\r` just before a `\n` would make one CRLF of two line breaks (a blank line lost).
      if (offset === previousEnd && previousCr && !before && newline === '\n') newline = '\r\n'
      const after = next() < 0.2 ? pick(WHITESPACE) : ''
      previousEnd = offset + match.length
      previousCr = !after && newline.endsWith('\r')
      return before + newline + after
    })
    .replace(/ /g, () => (next() < 0.3 ? pick(WHITESPACE) : ' '))
}

/**
 * Shuffle lines (Fisher–Yates).
 *
 * @param input
 *   The text.
 * @param seed
 *   Drives the order.
 * @returns
 *   The same lines in another order.
 */
function shuffleLines(input: string, seed: number): string {
  const next = random(seed)
  const lines = splitLines(input).map((line) => (line.endsWith('\n') ? line : line + '\n'))
  for (let i = lines.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[lines[i], lines[j]] = [lines[j]!, lines[i]!]
  }
  return lines.join('')
}

/**
 * Insert furniture lines at line positions.
 *
 * @param input
 *   The text.
 * @param inserts
 *   `[position, phrase]` pairs; positions wrap around the line count.
 * @returns
 *   The text with the lines added.
 */
function insertLines(input: string, inserts: Array<[number, string]>): string {
  const lines = splitLines(input)
  for (const [position, phrase] of inserts) lines.splice(position % (lines.length + 1), 0, phrase + '\n')
  return lines.join('')
}

/** A line that ends a sentence: a full stop, a question or an exclamation mark, quotes and brackets after it. */
const SENTENCE_LINE = /[.!?]["'”’»)\]]*\s*$/u

/**
 * Insert lines right before lines that end a sentence.
 *
 * @param input
 *   The text.
 * @param inserts
 *   `[position, phrase]` pairs; positions wrap around the count of such lines.
 * @returns
 *   The text with the lines added (unchanged when no line ends a sentence).
 */
function insertBeforeSentences(input: string, inserts: Array<[number, string]>): string {
  const lines = splitLines(input)
  const sentences = lines.filter((line) => SENTENCE_LINE.test(line))
  if (sentences.length === 0) return input
  for (const [position, phrase] of inserts) {
    const target = sentences[position % sentences.length]!
    lines.splice(lines.indexOf(target), 0, phrase + '\n')
  }
  return lines.join('')
}

/**
 * Insert lines as blocks of their own at block boundaries (after a blank
 * line), never inside a block.
 *
 * @param input
 *   The text.
 * @param inserts
 *   `[boundary, phrase]` pairs; boundaries wrap around the boundary count.
 * @returns
 *   The text with the blocks added.
 */
export function insertBlocks(input: string, inserts: Array<[number, string]>): string {
  // Odd indices are the blank-line separators between blocks.
  const parts = input.split(/(\n[ \t]*\n(?:[ \t]*\n)*)/)
  const boundaries = (parts.length - 1) / 2
  if (boundaries < 1) return input
  for (const [boundary, phrase] of inserts) {
    const index = 2 * (boundary % boundaries) + 1
    parts[index] = parts[index]! + phrase + '\n\n'
  }
  return parts.join('')
}

/**
 * Mangle the whitespace of a page's text only (not inside tags, scripts,
 * styles or comments). Inside a text, between two visible characters, each
 * whitespace character becomes another one (a tab, a line break, a no-break,
 * thin or ideographic space), one for one; at a text's edge (beside a tag) a
 * run becomes another run of ASCII whitespace, since other spaces are text to
 * an HTML parser (a no-break space before `<meta>` opens the body). Runs of
 * another length inside a text, and zero-width spaces, find bugs 3 and 1
 * (`knownBugProperties`).
 *
 * @param input
 *   The page.
 * @param seed
 *   Drives every choice.
 * @returns
 *   The mangled page.
 */
function mangleHtmlWhitespace(input: string, seed: number): string {
  const next = random(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const edge = [' ', '  ', '\t', '\n', '\r\n', '\r', ' \n ', '\n\t\t']
  const one = [' ', '\t', '\n', '\r', '\u00a0', '\u2009', '\u3000']
  return input
    .split(/(<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->|<![^>]*>|<\/?[A-Za-z][^>]*>)/i)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(/[ \t\n\r]+/g, (run, offset: number) => {
            if (offset === 0 || offset + run.length === part.length) return pick(edge)
            return run.replace(/[^]/g, () => pick(one))
          })
    )
    .join('')
}

/** Neutral words for prose: none is a furniture phrase, a byline or a label on its own. */
const PROSE_WORDS = [
  'the', 'a', 'council', 'river', 'bridge', 'residents', 'voted', 'approved', 'plan', 'town', 'week', 'new', 'said', 'their', 'hall',
  'water', 'road', 'school', 'children', 'market', 'traders', 'evening', 'meeting', 'project', 'budget', 'cost', 'local', 'families',
  'farmers', 'harvest', 'storm', 'rain', 'street', 'library', 'garden', 'workers', 'station', 'ferry', 'harbour', 'and', 'with',
  'after', 'before', 'during', 'about', 'for', 'of', 'in', 'to', 'was', 'were', 'will', 'would', 'has', 'had', 'Ünïcödé', 'naïve',
  'café', 'Zürich', 'Øresund', 'Kraków'
]

/** A sentence of 6 to 14 words, capitalised, ending with a full stop. */
const sentence: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...PROSE_WORDS), {minLength: 6, maxLength: 14})
  .map((words) => {
    const text = words.join(' ')
    return text.charAt(0).toUpperCase() + text.slice(1) + '.'
  })

/** A page of plain prose: an optional headline, then paragraphs of sentences, as scraped text or as HTML. */
const prosePage: fc.Arbitrary<{sentences: string[]; text: string; html: string}> = fc
  .record({
    headline: fc.option(fc.array(fc.constantFrom(...PROSE_WORDS), {minLength: 3, maxLength: 8}), {nil: undefined}),
    paragraphs: fc.array(fc.array(sentence, {minLength: 1, maxLength: 3}), {minLength: 1, maxLength: 6}),
    wrap: fc.boolean()
  })
  .map(({headline, paragraphs, wrap}) => {
    const title = headline ? headline.join(' ').replace(/^./, (first) => first.toUpperCase()) : undefined
    const texts = paragraphs.map((each) => each.join(' '))
    const body = (title ? `<h1>${title}</h1>` : '') + texts.map((text) => `<p>${text}</p>`).join('\n')
    return {
      sentences: paragraphs.flat(),
      text: [...(title ? [title] : []), ...texts].join('\n\n') + '\n',
      html: wrap ? `<!doctype html><html><head><meta charset="utf-8"></head><body><article>${body}</article></body></html>` : body
    }
  })

/** Words for HTML-ish text: prose, entities, scripts of several writing systems, times. */
const WORDS = ['river', 'crossing', 'council', 'the', 'Share', 'Updated', '&amp;', '&lt;b&gt;', '&#x3C;', '&nbsp;', '&bogus;', 'Ünïcödé', '中文', 'مرحبا', '12:30', '2024-06-19', '"', "'", '.', '!', 'By Jane Doe', 'javascript:alert(1)']

/** HTML-ish text: words of `WORDS`. */
const htmlishText = fc.array(fc.constantFrom(...WORDS), {minLength: 1, maxLength: 12}).map((words) => words.join(' '))

/** An HTML-ish node: nested elements with odd attributes, text, comments, broken tags, scripts and styles. */
const htmlishNode: fc.Arbitrary<string> = (() => {
  const attribute = fc.constantFrom(
    ' class="story"',
    ' hidden',
    ' aria-hidden="true"',
    ' style="display:none"',
    ' href="javascript:alert(1)"',
    ' href="/relative/link"',
    ' src="data:text/html,<script>x</script>"',
    ' src="data:image/png;base64,iVBORw0KGgo="',
    ' onclick="steal()"',
    " data-x='<p>'",
    ' broken="unclosed',
    ' itemprop="articleBody"'
  )
  const tag = fc.constantFrom('p', 'div', 'span', 'a', 'b', 'i', 'h1', 'h2', 'ul', 'ol', 'li', 'article', 'main', 'section', 'header', 'footer', 'nav', 'aside', 'figure', 'figcaption', 'img', 'br', 'blockquote', 'time', 'table', 'tr', 'td', 'template', 'noscript', 'svg', 'iframe', 'button')
  const odd = fc.constantFrom('<!-- comment -->', '<!--', '-->', '<![CDATA[ x ]]>', '<!doctype html>', '<?xml version="1.0"?>', '<', '>', '</', '<p', '</div', '<a href="', '&', '&#', '<br/>', '</p></p>', '\u0000', '\r', '\u2028')
  const raw = fc.constantFrom(
    `<script>var ${SECRET} = "</p>"</script>`,
    `<style>.${SECRET} { display: none }</style>`,
    `<script type="application/ld+json">{"__proto__": {"zzpolluted": 1}, "@type": "NewsArticle", "headline": "A headline", "author": {"name": "Jane Doe", "constructor": {"prototype": {"zzpolluted": 1}}}}</script>`,
    '<script type="application/ld+json">{"broken": </script>'
  )
  const tree = fc.letrec<{node: string; element: string}>((tie) => ({
    node: fc.oneof({depthSize: 'small'}, htmlishText, odd, raw, tie('element')),
    element: fc
      .record({
        tag,
        attributes: fc.array(attribute, {maxLength: 3}),
        children: fc.array(tie('node'), {maxLength: 5}),
        close: fc.boolean()
      })
      .map(({tag, attributes, children, close}) => `<${tag}${attributes.join('')}>${children.join('\n')}${close ? `</${tag}>` : ''}`)
  }))
  return tree.node
})()

/** An arbitrary HTML-ish page: HTML-ish nodes, bare or in a document with a title. */
export const htmlishPage: fc.Arbitrary<string> = fc
  .record({body: fc.array(htmlishNode, {minLength: 1, maxLength: 6}), wrap: fc.boolean(), title: htmlishText})
  .map(({body, wrap, title}) =>
    wrap ? `<!doctype html><html><head><title>${title}</title></head><body>${body.join('\n')}</body></html>` : body.join('\n')
  )

/** An article (a headline and paragraphs of prose) followed by HTML-ish nodes: the junk must not cost the article its text. */
const htmlishArticle: fc.Arbitrary<{sentences: string[]; html: string}> = fc
  .record({
    paragraphs: fc.array(fc.array(sentence, {minLength: 2, maxLength: 3}), {minLength: 2, maxLength: 4}),
    junk: fc.array(htmlishNode, {minLength: 1, maxLength: 6}),
    wrap: fc.boolean()
  })
  .map(({paragraphs, junk, wrap}) => {
    const article = `<article><h1>Council approves the new river crossing</h1>${paragraphs.map((each) => `<p>${each.join(' ')}</p>`).join('\n')}</article>`
    const body = `${article}\n${junk.join('\n')}`
    return {
      sentences: paragraphs.flat(),
      html: wrap ? `<!doctype html><html><head><title>River crossing</title></head><body>${body}</body></html>` : body
    }
  })

/** Formats to parse with. */
const format = fc.constantFrom('text', 'html', 'auto') as fc.Arbitrary<'text' | 'html' | 'auto'>

/** Strings made to hurt: any UTF-16 unit (lone surrogates too), markup and line-break pieces. */
const hostileString = fc
  .array(
    fc.oneof(
      fc.string({unit: 'binary', maxLength: 20}),
      fc.integer({min: 0, max: 0xffff}).map((code) => String.fromCharCode(code)),
      fc.constantFrom('\n', '\n\n', '\r', '\r\n', '\u2028', '<', '>', '&', '<p>', '</div>', '<script>', '•', '- ', '12:30', 'BST', 'By ', 'Share', 'Updated at 12:30')
    ),
    {maxLength: 80}
  )
  .map((parts) => parts.join(''))

/** Random bytes: a few (stray bytes in text) or up to a kilobyte (binary). */
const strayOrMany: fc.Arbitrary<Uint8Array> = fc.oneof(fc.uint8Array({maxLength: 12}), fc.uint8Array({minLength: 200, maxLength: 1000}))

/** Bytes around a sentence: random bytes, then the sentence as a paragraph of its own (a `<p>` for HTML), then random bytes. */
const bytesAroundSentence: fc.Arbitrary<{bytes: Uint8Array; sentence: string; format: 'text' | 'html' | 'auto'}> = fc
  // Long runs of random bytes make the input binary (refused as not text); a few stray bytes leave it text.
  .record({before: strayOrMany, sentence, after: strayOrMany, format})
  .map(({before, sentence, after, format}) => {
    const encoder = new TextEncoder()
    // In HTML, bytes before the paragraph could open a tag or a comment that swallows it: none go there.
    const middle = format === 'text' ? encoder.encode(`\n\n${sentence}\n\n`) : encoder.encode(`<p>${sentence}</p>\n`)
    const head = format === 'text' ? before : new Uint8Array(0)
    const bytes = new Uint8Array(head.length + middle.length + after.length)
    bytes.set(head)
    bytes.set(middle, head.length)
    bytes.set(after, head.length + middle.length)
    return {bytes, sentence, format}
  })

/** Characters that copy-paste and CMSs leave in titles and names: controls, zero-width spaces and joiners, soft hyphens, byte-order marks. */
const DIRT = ['\u0001', '\u0007', '\u001b', '\u007f', '\u200b', '\u200d', '\u00ad', '\ufeff', '\u2060']

/** Words with one `DIRT` character somewhere inside. */
const dirtyText: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.constantFrom(...PROSE_WORDS), {minLength: 3, maxLength: 7}), fc.constantFrom(...DIRT), fc.nat())
  .map(([words, dirt, at]) => {
    const text = words.join(' ')
    const index = at % (text.length + 1)
    return text.slice(0, index) + dirt + text.slice(index)
  })

/** A page whose headline sources (`<title>`, `og:title`, JSON-LD, `<h1>`) and author names hold `DIRT`. */
const dirtyMetadataPage: fc.Arbitrary<string> = fc
  .record({title: dirtyText, og: dirtyText, headline: dirtyText, h1: dirtyText, author: dirtyText, use: fc.array(fc.boolean(), {minLength: 5, maxLength: 5}), body: fc.array(sentence, {minLength: 3, maxLength: 6})})
  .map(({title, og, headline, h1, author, use, body}) => {
    const json = JSON.stringify({'@context': 'https://schema.org', '@type': 'NewsArticle', headline, author: {'@type': 'Person', name: author}})
    return (
      '<!doctype html><html><head>' +
      (use[0] ? `<title>${title}</title>` : '') +
      (use[1] ? `<meta property="og:title" content="${og}">` : '') +
      (use[2] ? `<script type="application/ld+json">${json}</script>` : '') +
      (use[3] ? `<meta name="author" content="${author}">` : '') +
      `</head><body><article>${use[4] ? `<h1>${h1}</h1>` : ''}${body.map((each) => `<p>${each}</p>`).join('')}</article></body></html>`
    )
  })

/** Attributes and elements that hide text, or hold text that is no headline's (a button's label). */
const HIDING = ['<span hidden>', '<span aria-hidden="true">', '<span style="display:none">', '<span class="sr-only">', '<button>']

/** A headline with a hidden part (`zzhidden`), in an article of prose: the hidden part must not reach the title. */
const hiddenInHeadline: fc.Arbitrary<string> = fc
  .record({before: fc.array(fc.constantFrom(...PROSE_WORDS), {minLength: 2, maxLength: 5}), hiding: fc.constantFrom(...HIDING), after: fc.array(fc.constantFrom(...PROSE_WORDS), {maxLength: 4}), body: fc.array(sentence, {minLength: 3, maxLength: 6})})
  .map(({before, hiding, after, body}) => {
    const close = `</${/^<(\w+)/.exec(hiding)![1]}>`
    return `<article><h1>${before.join(' ')} ${hiding}zzhidden${close} ${after.join(' ')}</h1>${body.map((each) => `<p>${each}</p>`).join('')}</article>`
  })

/** An article of one long paragraph (four to six sentences) and one short one, bare or in `<article>`. */
const longAndShortParagraphs: fc.Arbitrary<{sentences: string[]; html: string}> = fc
  .record({long: fc.array(sentence, {minLength: 4, maxLength: 6}), short: sentence, shortFirst: fc.boolean(), wrap: fc.boolean()})
  .map(({long, short, shortFirst, wrap}) => {
    const paragraphs = [`<p>${long.join(' ')}</p>`, `<p>${short}</p>`]
    if (shortFirst) paragraphs.reverse()
    const body = `<h1>Council approves the new river crossing</h1>${paragraphs.join('\n')}`
    return {sentences: [...long, short], html: wrap ? `<article>${body}</article>` : body}
  })

/** A page of an article and, beside it, a short paragraph, written flat and with its text wrapped and indented as HTML sources are. */
const indentedPage: fc.Arbitrary<{flat: string; indented: string}> = fc
  .record({paragraphs: fc.array(fc.array(sentence, {minLength: 2, maxLength: 3}), {minLength: 3, maxLength: 4}), aside: sentence, indent: fc.integer({min: 1, max: 12})})
  .map(({paragraphs, aside, indent}) => {
    const page = (space: string) =>
      `<body><div><div>${paragraphs.map((each) => `<p>${each.join(' ').replace(/ /g, space)}</p>`).join('')}</div><div><p>${aside.replace(/ /g, space)}</p></div></div></body>`
    return {flat: page(' '), indented: page('\n' + ' '.repeat(indent))}
  })

/** A live blog of three post cards, the middle one headed by a furniture phrase. */
const liveBlogWithFurnitureHeading: fc.Arbitrary<string> = fc
  .record({phrase: fc.constantFrom(...ALL_FURNITURE), texts: fc.array(fc.array(sentence, {minLength: 2, maxLength: 3}), {minLength: 3, maxLength: 3})})
  .map(({phrase, texts}) => {
    const titles = ['Council leader speaks to reporters', phrase, 'Diversions in place across the town']
    const cards = texts.map(
      (each, index) =>
        `<div class="entry-card"><div class="entry-meta"><span class="entry-time">1${3 - index}:0${index} BST</span></div><h3 class="entry-title">${titles[index]}</h3><div class="entry-body"><p>${each.join(' ')}</p></div></div>`
    )
    return `<html><head><title>Bridge closed live</title></head><body><h1>Bridge closed live: traffic updates</h1><div class="live-wrap">${cards.join('')}</div></body></html>`
  })

/** A headline in parts that a line break or a block element separates (`Breaking<br>Storm hits`), in an article of prose. */
const brokenHeadline: fc.Arbitrary<{parts: string[]; html: string}> = fc
  .record({
    parts: fc.array(fc.array(fc.constantFrom(...PROSE_WORDS), {minLength: 1, maxLength: 4}).map((words) => words.join(' ')), {minLength: 2, maxLength: 3}),
    shape: fc.constantFrom('br', 'div', 'p'),
    body: fc.array(sentence, {minLength: 3, maxLength: 5})
  })
  .map(({parts, shape, body}) => {
    const headline = shape === 'br' ? parts.join('<br>') : parts.map((part) => `<${shape}>${part}</${shape}>`).join('')
    return {parts, html: `<article><h1>${headline}</h1>${body.map((each) => `<p>${each}</p>`).join('')}</article>`}
  })

/** Prose with C1 control characters (U+0080–U+009F) inside, as scraped text or in `<p>`s. */
const proseWithC1: fc.Arbitrary<string> = fc
  .tuple(fc.array(sentence, {minLength: 2, maxLength: 5}), fc.integer({min: 0x80, max: 0x9f}), fc.nat(), fc.boolean())
  .map(([sentences, code, at, html]) => {
    const text = sentences.join(html ? '</p><p>' : '\n\n')
    const index = at % (text.length + 1)
    const dirty = text.slice(0, index) + String.fromCharCode(code) + text.slice(index)
    return html ? `<p>${dirty}</p>` : dirty
  })

/**
 * Every property, with its CI run count. Each holds of the code today; those
 * that a known bug breaks are in `knownBugProperties`.
 *
 * @param fixtures
 *   The fixtures to mutate.
 * @returns
 *   The properties.
 */
export function allProperties(fixtures: Fixture[]): NamedProperty[] {
  const properties: NamedProperty[] = [

    {
      name: 'headline (was bug 2): a hidden part of an <h1> never reaches the title',
      runs: 50,
      property: fc.property(hiddenInHeadline, (input) => {
        const article = parseChecked(input, {format: 'html'})
        if (article.title.includes('zzhidden')) throw new Error(`hidden text in the title: ${show(article.title)}`)
        checkFromSource(article, htmlSource(input))
      })
    },


    {
      name: 'live-blog post titles (was bug 5): a post card headed by a furniture phrase gives no such post title',
      runs: 50,
      property: fc.property(liveBlogWithFurnitureHeading, (input) => {
        checkNoFurniture(parseChecked(input, {format: 'html'}))
      })
    },
    {
      name: 'headline (was bug 6): a headline in parts keeps a space between them',
      runs: 50,
      property: fc.property(brokenHeadline, ({parts, html}) => {
        const article = parseChecked(html, {format: 'html'})
        if (article.title !== parts.join(' ')) throw new Error(`title ${show(article.title)} instead of ${show(parts.join(' '))}`)
      })
    },
    {
      name: 'arbitrary strings: refused only when mostly controls, else clean fields, and no text that is not the input’s (text: every block a whole line)',
      runs: 400,
      property: fc.property(hostileString, format, (input, chosen) => {
        const article = parseOrRefuse(input, {format: chosen})
        if (article) checkFromSource(article, sourceOf(input, chosen))
      })
    },
    {
      name: 'arbitrary bytes: refused only when mostly unreadable, else read as the text they decode to, clean, inventing nothing, and a sentence among them survives',
      runs: 150,
      property: fc.property(bytesAroundSentence, ({bytes, sentence, format: chosen}) => {
        // Mostly binary around the sentence: refused as not text (checked by `parseOrRefuse`).
        const article = parseOrRefuse(bytes, {format: chosen})
        if (!article) return
        const text = decodeBytes(bytes)
        checkSame(article, parse(text, {format: chosen}), 'decoding the bytes first')
        checkFromSource(article, sourceOf(text, chosen))
        // Bytes that open with a UTF-16 byte-order mark are UTF-16: the UTF-8 sentence is other text then.
        const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
        if (!utf16) checkKept(article, sentence)
      })
    },
    {
      name: 'prose of sentences as scraped text: every sentence survives, and nothing else appears',
      runs: 150,
      property: fc.property(prosePage, fc.constantFrom('text', 'auto') as fc.Arbitrary<'text' | 'auto'>, ({sentences, text}, chosen) => {
        const article = parseChecked(text, {format: chosen})
        checkFromSource(article, sourceOf(text, chosen))
        for (const each of sentences) checkKept(article, each)
      })
    },
    {
      name: 'arbitrary HTML-ish trees: refused only when mostly controls, else no script or style text, no markup, no invented text',
      runs: 300,
      property: fc.property(htmlishPage, fc.constantFrom('html', 'auto') as fc.Arbitrary<'html' | 'auto'>, (input, chosen) => {
        const article = parseOrRefuse(input, {format: chosen})
        if (!article) return
        if (chosen === 'html' || sniffFormat(input) === 'html') checkNoScript(article, input)
        // Hidden elements' text counts as the page's here: `knownBugProperties` has the stricter check.
        checkFromSource(article, sourceOf(input, chosen, true))
      })
    },
    {
      name: 'an article followed by HTML-ish junk: every sentence of its paragraphs survives, no script text, nothing invented',
      runs: 200,
      property: fc.property(htmlishArticle, ({sentences, html}) => {
        const article = parseChecked(html, {format: 'html'})
        checkNoScript(article, html)
        checkFromSource(article, htmlSource(html, true))
        for (const each of sentences) checkKept(article, each)
      })
    }
  ]
  for (const fixture of fixtures) {
    const options = fixture.options
    const html = fixture.kind === 'html'
    const original = parse(fixture.input, options)
    const originalBlocks = blockFields(original)
    const fullLines = textSource(fixture.input).lines!
    properties.push(
      {
        name: `${fixture.name}: truncated at any point, every text is ${html ? 'runs of the kept page’s text' : 'a run of a kept line, every block a whole line of the fixture or the start of the cut one'}`,
        runs: 15,
        property: fc.property(fc.nat({max: fixture.input.length}), (end) => {
          const cut = fixture.input.slice(0, end)
          const article = parseChecked(cut, options)
          checkFromSource(article, sourceOf(cut, options.format))
          if (!html) {
            // The cut falls in one line: only that line (with or without its bullet) may be a shorter version of the fixture's.
            const cutLine = textSource(cleanedLines(cut).at(-1) ?? '').lines!
            for (const [path, value] of blockFields(article)) {
              if (!fullLines.has(value) && !cutLine.has(value)) throw new Error(`${path} is neither a line of the fixture nor the cut line: ${show(value)}`)
            }
          }
        })
      },
      {
        name: `${fixture.name}: lines shuffled, every text is the input’s and no furniture is kept${html ? ' (post titles: see the known bugs)' : ''}`,
        runs: 10,
        property: fc.property(fc.integer(), (seed) => {
          const input = shuffleLines(fixture.input, seed)
          const article = parseChecked(input, options)
          checkFromSource(article, sourceOf(input, options.format))
          checkNoFurniture(article, !html)
        })
      },
      {
        name: `${fixture.name}: furniture lines added anywhere are never kept as content${html ? '' : ', and every block of the fixture’s article is still read'}`,
        runs: 12,
        property: fc.property(fc.array(fc.tuple(fc.nat(), fc.constantFrom(...(html ? ALL_FURNITURE : LONE_FURNITURE))), {minLength: 1, maxLength: 30}), (inserts) => {
          const input = insertLines(fixture.input, inserts)
          const article = parseChecked(input, options)
          checkFromSource(article, sourceOf(input, options.format))
          checkNoFurniture(article)
          // A line of furniture may split a block, open a post or close a teaser, but loses no text (in HTML it can fall inside a paragraph).
          if (!html) for (const [, text] of originalBlocks) checkKept(article, text)
        })
      },
      {
        name: `${fixture.name}: whitespace mangled${html ? ' in the text between tags (one character for one)' : ''} gives the same article`,
        runs: 10,
        property: fc.property(fc.integer(), (seed) => {
          const input = html ? mangleHtmlWhitespace(fixture.input, seed) : mangleWhitespace(fixture.input, seed)
          checkSame(parseChecked(input, options), original, 'mangling whitespace')
        })
      }
    )
    if (!html) {
      properties.push({
        name: `${fixture.name}: a "read also" label added before a sentence is dropped and takes nothing with it`,
        runs: 10,
        property: fc.property(fc.array(fc.tuple(fc.nat(), fc.constantFrom(...CROSS_LINK_LABELS)), {minLength: 1, maxLength: 6}), (inserts) => {
          const input = insertBeforeSentences(fixture.input, inserts)
          const article = parseChecked(input, options)
          checkNoFurniture(article)
          for (const [, text] of originalBlocks) checkKept(article, text)
        })
      })
      properties.push({
        name: `${fixture.name}: blocks of pure furniture added between blocks leave the article unchanged`,
        runs: 15,
        property: fc.property(fc.array(fc.tuple(fc.nat(), fc.constantFrom(...PURE_FURNITURE)), {minLength: 1, maxLength: 8}), (inserts) => {
          checkSame(parseChecked(insertBlocks(fixture.input, inserts), options), original, 'adding furniture blocks')
        })
      })
    }
  }
  properties.push(
    {
      name: 'a headline or author with a control or zero-width character gives clean fields (metadata is cleaned as the body is)',
      runs: 100,
      property: fc.property(dirtyMetadataPage, (input) => {
        parseChecked(input, {format: 'html'})
      })
    },
    {
      name: 'prose with a C1 control character gives fields without one',
      runs: 50,
      property: fc.property(proseWithC1, (input) => {
        for (const [path, value] of stringFields(parseChecked(input, {format: 'auto'}))) {
          if (C1_CONTROL.test(value)) throw new Error(`C1 control character in ${path}: ${show(value)}`)
        }
      })
    },
    {
      name: 'a page whose source text is indented gives the same article as unindented (measures fold whitespace)',
      runs: 50,
      property: fc.property(indentedPage, ({flat, indented}) => {
        checkSame(parseChecked(indented, {format: 'html'}), parse(flat, {format: 'html'}), 'indenting the text')
      })
    },
    {
      name: 'a long and a short paragraph as HTML keep every sentence (the main content is never one paragraph)',
      runs: 50,
      property: fc.property(longAndShortParagraphs, ({sentences, html}) => {
        const article = parseChecked(html, {format: 'html'})
        for (const each of sentences) checkKept(article, each)
      })
    }
  )
  return properties
}

/**
 * Properties that a known, reported bug breaks: not run by the tests, only by
 * `npm run fuzz -- --known`. Each name says the bug; once it is fixed, the
 * property moves to `allProperties`.
 *
 * @returns
 *   The properties.
 */
export function knownBugProperties(): NamedProperty[] {
  return [

  ]
}

/**
 * Run every property (or those whose name contains `--only`) with many runs.
 *
 * @returns
 *   Exit code: 0 when all hold.
 */
function main(): number {
  const args = process.argv.slice(2)
  const flag = (name: string): string | undefined => {
    const index = args.indexOf(`--${name}`)
    return index === -1 ? undefined : args[index + 1]
  }
  const factor = Number(flag('runs') ?? 50)
  const seed = Number(flag('seed') ?? Math.floor(Math.random() * 2 ** 31))
  const only = flag('only')
  const known = args.includes('--known')
  console.log(`fuzz: seed ${seed}, ${factor}× the CI runs${known ? ', the properties of known bugs (each should fail until fixed)' : ''}`)
  let failed = 0
  for (const named of known ? knownBugProperties() : allProperties(loadFixtures())) {
    if (only && !named.name.includes(only)) continue
    const start = performance.now()
    const details = fc.check(named.property as fc.IProperty<unknown[]>, {seed, numRuns: named.runs * factor})
    const seconds = ((performance.now() - start) / 1000).toFixed(1)
    if (details.failed) {
      failed++
      console.log(`FAIL ${named.name} (${seconds} s)\n  seed ${seed}, path ${details.counterexamplePath}`)
      console.log(`  replay: npm run fuzz -- --seed ${seed} --runs ${factor} --only ${JSON.stringify(named.name)}`)
      console.log(`  counterexample: ${fc.stringify(details.counterexample).slice(0, 2000)}`)
      console.log(`  error: ${String(details.errorInstance).slice(0, 800)}`)
    } else {
      console.log(`ok   ${named.name} (${named.runs * factor} runs, ${seconds} s)`)
    }
  }
  console.log(failed ? `${failed} properties failed (seed ${seed})` : 'all properties hold')
  return failed ? 1 : 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main()
