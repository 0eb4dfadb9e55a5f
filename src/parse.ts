/**
 * The entry points: `parse` and `parseWithMessages`.
 *
 * @module
 */
import {VFile} from 'vfile'
import {StandfirstError} from './errors.js'
import {validateOptions, type ParseOptions, type Settings} from './options.js'
import {decodeHtml} from './html/decode.js'
import {notTextReason} from './not-text.js'
import {startClock} from './budget.js'
import {report, type ParseMessage} from './messages.js'
import {sharedProcessor} from './pipeline.js'
import {chooseProfile} from './profiles/registry.js'
import type {SiteProfile} from './profiles/schema.js'
import type {Article} from './schema/article.js'
import type {Root} from './tree.js'

/**
 * What `parseWithMessages` returns.
 *
 * @example
 *   ```ts
 *   const {article, messages}: ParseResult = parseWithMessages(html)
 *   ```
 */
export interface ParseResult {
  /** The article, validated by `ArticleSchema`. */
  article: Article
  /** What was dropped or doubted, with positions in the input. */
  messages: ParseMessage[]
}

/** Markup that only an HTML document starts with. */
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<!--|<\?xml|<(?:style|script|link|title|noscript)[\s>])/i

/** A document's own opening anywhere in the first characters: after a leading style or script block, a page all the same. */
const HTML_DOCUMENT = /<!doctype\s+html|<html[\s>]/i

/** Tags of an HTML fragment. */
const HTML_TAG = /<\/?(?:p|div|span|a|br|article|section|h[1-6]|ul|ol|li|img|figure|table|script|main)\b[^>]*>/gi

/**
 * Decide whether input is HTML or scraped text, as `format: 'auto'` does:
 * HTML when it starts as a document does (`<!doctype html>`, `<html>`,
 * `<head>`, `<meta>`, a comment…) or holds at least three tags of common
 * elements (`<p>`, `</div>`, `<br>`…) in its first 4,096 characters.
 *
 * @example
 *   ```ts
 *   sniffFormat('<!doctype html><title>Storm live</title>') // 'html'
 *   sniffFormat('<p>Hi</p>') // 'text': one tag is not enough
 *   sniffFormat('Storm live: rail services halted') // 'text'
 *   ```
 *
 * @param text
 *   The decoded input.
 * @returns
 *   The format to read it with.
 */
export function sniffFormat(text: string): 'html' | 'text' {
  const head = text.slice(0, 4096)
  if (HTML_START.test(head) || HTML_DOCUMENT.test(head)) return 'html'
  const tags = head.match(HTML_TAG)?.length ?? 0
  return tags >= 3 ? 'html' : 'text'
}

/**
 * Turn input into text: a string as it is (without a BOM); bytes by their
 * BOM, else the charset the markup declares, else UTF-8, invalid sequences
 * replaced rather than lost.
 *
 * @param input
 *   A string or bytes.
 * @returns
 *   The text, and the encoding used for bytes.
 */
function decodeInput(input: string | Uint8Array): {text: string; encoding?: string; source?: string} {
  if (typeof input === 'string') return {text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input}
  return decodeHtml(input)
}

/**
 * The UTF-8 length of a string, counted without encoding it, stopping early
 * once past `limit` (only "over the limit" matters then).
 *
 * @param text
 *   The string.
 * @param limit
 *   The size that matters.
 * @returns
 *   Its UTF-8 length, or a number above `limit`.
 */
function utf8Length(text: string, limit: number): number {
  // Each UTF-16 unit is 1 to 3 bytes: no need to count when the bounds settle it.
  if (text.length * 3 <= limit || text.length > limit) return text.length * (text.length > limit ? 1 : 3)
  let bytes = 0
  for (let index = 0; index < text.length && bytes <= limit; index++) {
    const code = text.charCodeAt(index)
    // A surrogate pair is 4 bytes over 2 units: 2 each (a lone one, 3 bytes as U+FFFD, is undercounted by one).
    bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 2 : 3
  }
  return bytes
}

/**
 * Check the input's type and size.
 *
 * @param input
 *   What the caller passed.
 * @param settings
 *   Validated options.
 */
function checkInput(input: unknown, settings: Settings): asserts input is string | Uint8Array {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new StandfirstError('invalid-input', `Expected \`input\` to be a string or a Uint8Array, not \`${input === null ? 'null' : typeof input}\``)
  }
  const size = typeof input === 'string' ? utf8Length(input, settings.maxInputBytes) : input.byteLength
  if (size > settings.maxInputBytes) {
    throw new StandfirstError(
      'input-too-large',
      `Expected input of at most ${settings.maxInputBytes} bytes (\`options.maxInputBytes\`), not ${size}`,
      'maxInputBytes'
    )
  }
}

/**
 * Refuse input that is not text, rather than return an Article of mojibake.
 *
 * @param text
 *   The decoded input.
 * @param input
 *   What the caller passed: a string, or the bytes `text` came from.
 */
function checkText(text: string, input: string | Uint8Array): string | undefined {
  const reason = notTextReason(text, typeof input === 'string' ? undefined : input)
  if (!reason) return undefined
  // Bytes that are no text are refused; a string always gives an Article (the contract), here an empty one.
  if (typeof input !== 'string') throw new StandfirstError('not-text', `Expected text or HTML, not ${reason}`)
  return reason
}

/**
 * Parse a news page and also return the messages: what was dropped or
 * doubted, each with a `ruleId` and a position in the input.
 *
 * @example
 *   ```ts
 *   import {parseWithMessages} from 'standfirst'
 *   const {article, messages} = parseWithMessages(html, {url: 'https://example.com/news/1'})
 *   for (const message of messages) console.error(String(message), message.ruleId)
 *   // 1:41-1:60: Headline from the page’s `h1`, confirmed by `title` title-found
 *   ```
 *
 * @param input
 *   Raw HTML or scraped text, as a string or bytes.
 * @param options
 *   Options (optional).
 * @returns
 *   The article and the messages.
 * @throws {StandfirstError}
 *   Only for invalid options, oversized input, or bytes that are not text
 *   (code `not-text`: an image, a PDF, other binary data). A string always
 *   gives an Article: one that is not text gives an empty Article and the
 *   message `not-text`.
 */
export function parseWithMessages(input: string | Uint8Array, options?: ParseOptions): ParseResult {
  return run(input, options, true)
}

/**
 * Which profile a parse uses: the one the options choose, or, for tests
 * that compare a page with and without its profile, the one given (`null`:
 * none, the generic rules alone).
 */
type ProfileChoice = SiteProfile | null | undefined

/**
 * Everything a parse does before the pipeline runs: validate the options,
 * choose the profile, check and decode the input, build the processor.
 *
 * @param input
 *   Raw HTML or scraped text.
 * @param options
 *   Options (optional).
 * @param withMessages
 *   Whether the caller wants messages.
 * @param override
 *   A profile to use instead of the one the options choose (optional).
 * @returns
 *   The file (its messages so far reported), the processor, the profile and the decoded text.
 */
function prepare(input: string | Uint8Array, options: ParseOptions | undefined, withMessages: boolean, override?: ProfileChoice) {
  const validated = validateOptions(options)
  const profile = override === undefined ? chooseProfile(validated) : (override ?? undefined)
  // The site's zone for times that carry no offset, unless the caller gave one.
  const settings = profile?.timeZone && !validated.timeZone ? {...validated, timeZone: profile.timeZone} : validated
  checkInput(input, settings)
  const decoded = decodeInput(input)
  const {encoding, source} = decoded
  const notText = checkText(decoded.text, input)
  // A string that is no text is read as empty: the Article is empty, and a message says why.
  const text = notText ? '' : decoded.text
  const format = settings.format === 'auto' ? sniffFormat(text) : settings.format
  const file = new VFile({value: text})
  if (!withMessages) file.data.quiet = true
  startClock(file, settings.timeBudgetMs)
  if (encoding) report(file, 'input-decoded', `Bytes decoded as \`${encoding}\` (${source})`)
  if (notText) report(file, 'not-text', `Unexpected input that is not text (${notText}): read as empty`)
  if (profile) report(file, 'profile-applied', `Site profile \`${profile.name}\` applied (${validated.site === undefined ? 'by the host of \`options.url\`' : 'forced by \`options.site\`'})`, undefined, profile.name)
  if (settings.learned) report(file, 'learned-site-applied', `Learned site profile applied (${settings.learned.furniture.length} lines of furniture learned from ${settings.learned.pages} pages${settings.learned.host ? ` of \`${settings.learned.host}\`` : ''})`)
  // The stages read this parse's options from the file: the processor is shared between parses.
  file.data.settings = settings
  const processor = sharedProcessor(format, settings, {positions: withMessages, profile, learned: settings.learned})
  return {file, processor, profile, text}
}

/**
 * The shared tree of a page once every stage has claimed its lines, before
 * it is compiled: what `learnSite` reads. No messages.
 *
 * @param input
 *   Raw HTML or scraped text.
 * @param options
 *   Options (optional).
 * @returns
 *   The tree.
 */
export function parseToTree(input: string | Uint8Array, options?: ParseOptions): Root {
  const {file, processor} = prepare(input, options, false)
  const tree = processor.runSync(processor.parse(file), file)
  forgetLastMatch()
  return tree
}

/**
 * Run the pipeline.
 *
 * @param input
 *   Raw HTML or scraped text.
 * @param options
 *   Options (optional).
 * @param withMessages
 *   Whether the caller wants messages (with positions, which cost time).
 * @param override
 *   A profile to use instead of the one the options choose (`null`: none);
 *   for tests that compare a page with and without its profile (optional).
 * @returns
 *   The article and the messages.
 */
export function run(input: string | Uint8Array, options: ParseOptions | undefined, withMessages: boolean, override?: ProfileChoice): ParseResult {
  const {file, processor, profile, text} = prepare(input, options, withMessages, override)
  processor.processSync(file)
  forgetLastMatch()
  const article = file.result as Article
  if (profile) fillFromProfile(article, profile)
  if (hasNoText(article)) report(file, 'article-empty', text.trim() === '' ? 'Unexpected empty input: the Article is empty' : 'Unexpected page without article text: everything was page furniture or boilerplate, or the page holds no article')
  // Every message comes from `report` (or the compiler's schema check), with a rule id and source.
  return {article, messages: file.messages as ParseMessage[]}
}

/**
 * Whether an Article holds no text a reader would read (a title alone, or
 * metadata, is no article).
 *
 * @param article
 *   The Article.
 * @returns
 *   Whether it has no body, posts, key points, transcript or teasers.
 */
function hasNoText(article: Article): boolean {
  return article.body.length === 0 && article.posts.length === 0 && article.keyPoints.length === 0 && article.related.length === 0 && !article.transcript
}

/**
 * Fill what the page did not say with what the profile knows of its site:
 * its language. (Not its name: every text of an Article comes from the
 * page.)
 *
 * @param article
 *   The compiled article, changed in place.
 * @param profile
 *   The page's site profile.
 */
function fillFromProfile(article: Article, profile: SiteProfile): void {
  if (profile.language) article.language ??= profile.language
}

/**
 * Make V8 forget the input of the last successful regular expression match
 * (the legacy `RegExp.input`, kept per realm): it is often a slice of the
 * page, which would then stay in memory until some other match.
 */
function forgetLastMatch(): void {
  EMPTY.exec('')
}

/** Matches the empty string. */
const EMPTY = /(?:)/

/**
 * Parse a news page (raw HTML or scraped text) into an `Article`.
 *
 * @example
 *   ```ts
 *   import {parse} from 'standfirst'
 *   const article = parse(scrapedText, {date: '2024-06-19', timeZone: 'Europe/London'})
 *   console.log(article.title, article.posts.length)
 *   ```
 *
 * @param input
 *   Raw HTML or scraped text, as a string or bytes.
 * @param options
 *   Options (optional).
 * @returns
 *   The article, validated by `ArticleSchema`.
 * @throws {StandfirstError}
 *   Only for invalid options, oversized input, or bytes that are not text
 *   (code `not-text`: an image, a PDF, other binary data). A string always
 *   gives an Article: one that is not text gives an empty Article and the
 *   message `not-text`.
 */
export function parse(input: string | Uint8Array, options?: ParseOptions): Article {
  return run(input, options, false).article
}
