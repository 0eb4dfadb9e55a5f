/**
 * Headlines as pages print them: the site name after a separator ("Headline
 * | Site", "Headline - The Times") split off, and a copier's year suffix
 * ("(2024)") removed. Shared by the headline plugin and the HTML metadata.
 *
 * Metadata titles also carry a site name, a section or a channel tag at
 * either end, after any separator real sites use (`|`, `-`, `–`, `—`, `:`,
 * `·`, `»`, `/` and the full-width and CJK forms `｜`, `：`, `ㅣ`, `／`,
 * `－`): `affixAround` finds such an affix around a text that another source
 * confirms, `stripSiteNames` removes the names the page declares.
 *
 * @module
 */
import {keyOf, letterKey} from './letter-key.js'
import {isCapitalised} from './text.js'

/** A year in brackets that content farms append to copied titles. `(?<!\s)` here and below: a run of spaces is tried from its start only (ReDoS-safe). */
const YEAR_SUFFIX = /(?<!\s)\s*[([]\s*(?:19|20)\d{2}\s*[)\]]$/

/** A site name after a bar: "Headline | Valley News", "Headline ｜ Site", "Headline » Site". */
const BAR_SUFFIX = /(?<!\s)\s+[|•·｜»›ㅣ]\s+([^|•·｜»›ㅣ\s][^|•·｜»›ㅣ]{1,59})$/

/** A site name after a dash: "Headline - The Times"; checked by `looksLikeSiteName`. */
const DASH_SUFFIX = /(?<!\s)\s+[-–—－]\s+([^-–—－\s][^-–—－]{1,39})$/

/** The separators of `BAR_SUFFIX` and `DASH_SUFFIX`, looked for first. */
const BAR = /[|•·｜»›ㅣ]/
const DASH = /[-–—－]/

/** A site name is a few words. */
const SITE_NAME_MAX_WORDS = 4

/**
 * Characters that separate a headline from a site name, section or channel
 * tag, in the forms found on real pages (Latin, full-width, the Hangul
 * vowel `ㅣ` that Korean sites use as a bar, and the arrows of a trail:
 * "Event › Site", "Site > News > Headline").
 */
const SEPARATORS = new Set(['|', '｜', 'ㅣ', '·', '•', '»', '›', '>', '/', '／', ':', '：', '-', '－', '‐', '–', '—', '~', '_'])



/** What may close a headline before its separator: quotes, brackets, end punctuation ("Who won?" - Site). */
const CLOSERS = new Set(['"', "'", '“', '”', '‘', '’', '」', '』', ')', ']', '）', '】', '〕', '?', '!', '.', '…', '？', '！', '。'])

/** What may open a headline after a leading affix's separator: quotes, brackets, Spanish opening marks. */
const OPENERS = new Set(['"', "'", '“', '‘', '„', '«', '「', '『', '(', '[', '（', '【', '〔', '¿', '¡'])

/** Brackets that set an affix apart by themselves: "Headline [Site]", "見出し（Site）". */
const OPENING_BRACKETS = new Set(['[', '(', '（', '【', '〔'])

/** The closing forms of `OPENING_BRACKETS`: "[Site] Headline". */
const CLOSING_BRACKETS = new Set([']', ')', '）', '】', '〕'])

/** A leading affix (a kicker, a section) has at most this many letters per letter of the headline after it: the headline is the larger part. */
const LEADING_AFFIX_MAX_RATIO = 1

/** A trailing affix (site names: "Evolve: Shared history — evolve extension for Mercurial") may be somewhat longer than a short headline. */
const TRAILING_AFFIX_MAX_RATIO = 1.5

/** Names cut by `stripSiteNames` leave at least as many letters as they take. */
const NAME_MAX_RATIO = 1

/**
 * Whether a title suffix after a dash is a site name: a few words, each
 * capitalised (or a short joining word such as "of", "the").
 *
 * @param text
 *   The suffix.
 * @returns
 *   `true` when it looks like a name.
 */
function looksLikeSiteName(text: string): boolean {
  const words = text.split(/\s+/)
  if (words.length > SITE_NAME_MAX_WORDS || !isCapitalised(words[0]!)) return false
  // Joining words, and the words that say "site" in a site's name ("My website", "Jane's blog").
  return words.every((word) => isCapitalised(word) || /^(?:of|the|and|de|la|le|der|die|das|website|site|blog|homepage)$/.test(word)) && !/[.!?:;,]$/.test(text)
}

/** A domain name: labels of letters, digits and hyphens joined by dots, the last of letters ("valley-post.example"). */
const DOMAIN = /^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}$/u

/** The permalink glyph that documentation generators put after a heading ("Evolve: Shared Mutable History¶"). */
const PERMALINK_GLYPH = /\s?[¶🔗]$/u

/**
 * Whether the part before a suffix may be the headline: a site name has no
 * more words than the headline it follows ("Google - Site Reliability
 * Engineering" is the title of a book's site, not a page called "Google";
 * "Mozilla - Wikipedia" is one called "Mozilla").
 *
 * @param head
 *   The part before the separator.
 * @param suffix
 *   The part after it.
 * @returns
 *   Whether the head has at least as many words.
 */
function isLargerPart(head: string, suffix: string): boolean {
  return head.trim().split(/\s+/).length >= suffix.trim().split(/\s+/).length
}

/**
 * A metadata title without a separator left dangling at its end, after a
 * space (a template's "Headline | " whose site name is empty,
 * "site.example //"). Only metadata titles: a line of the text is kept
 * whole.
 *
 * @param title
 *   A title.
 * @returns
 *   The title without it.
 */
export function withoutDanglingSeparator(title: string): string {
  const chars = Array.from(title.trimEnd())
  let stop = chars.length
  while (stop > 0 && SEPARATORS.has(chars[stop - 1]!)) stop--
  // Only a separator after a space dangles: "C++" and "Q&A -" at a word's end are the headline's.
  return stop < chars.length && stop > 0 && /\s/.test(chars[stop - 1]!) && letterKey(chars.slice(0, stop).join('')) ? chars.slice(0, stop).join('').trimEnd() : title
}

/**
 * Split a raw headline into title and site name.
 *
 * @param raw
 *   The headline line.
 * @returns
 *   The clean title and the site name, if any.
 */
export function splitTitle(raw: string): {title: string; siteName?: string} {
  // Each pattern is tried only where the line holds what it needs (an end glyph, a closing bracket, a bar, a dash):
  // their look back runs at every position, and most lines of a text dump are tried here.
  let title = raw.endsWith('¶') || raw.endsWith('🔗') ? raw.replace(PERMALINK_GLYPH, '') : raw
  if (title.endsWith(')') || title.endsWith(']')) title = title.replace(YEAR_SUFFIX, '')
  const bar = BAR.test(title) ? BAR_SUFFIX.exec(title) : null
  if (bar && isLargerPart(title.slice(0, bar.index), bar[1]!)) return {title: title.slice(0, bar.index).replace(YEAR_SUFFIX, ''), siteName: bar[1]!.trim()}
  const domain = domainSuffix(title)
  if (domain) return domain
  const dash = DASH.test(title) ? DASH_SUFFIX.exec(title) : null
  if (dash && looksLikeSiteName(dash[1]!.trim()) && isLargerPart(title.slice(0, dash.index), dash[1]!)) {
    title = title.slice(0, dash.index)
    return {title, siteName: dash[1]!.trim()}
  }
  return cjkSuffix(title) ?? {title}
}

/** A site or channel name closing a title in Chinese, Japanese or Korean, after a dash or an underscore and no space: "标题-新华网", "名前_百度百科". */
const CJK_SUFFIX = /(?<=\S)(?:[-_－—]{1,2}|[|｜])([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2,8})$/u

/** A title's part before a CJK site name has at least this many times its characters. */
const CJK_HEAD_MIN_RATIO = 2

/**
 * A CJK title split from the site name after it (see `CJK_SUFFIX`): the
 * name is a few characters of CJK script, the headline before it at least
 * twice as long.
 *
 * @param title
 *   A title.
 * @returns
 *   The title and the site name, if the title ends in one.
 */
function cjkSuffix(title: string): {title: string; siteName: string} | undefined {
  let head = title
  let siteName: string | undefined
  // The site's name last, a channel's before it: "标题_教育频道_中国青年网".
  for (let round = 0; round < CJK_SUFFIX_MAX_COUNT; round++) {
    // Most titles do not end in a CJK character: no look back tried at every position.
    if (head.charCodeAt(head.length - 1) < 0x3000) break
    const match = CJK_SUFFIX.exec(head)
    if (!match || Array.from(head.slice(0, match.index)).length < Array.from(match[1]!).length * CJK_HEAD_MIN_RATIO) break
    siteName ??= match[1]!
    head = head.slice(0, match.index).trimEnd()
  }
  return siteName ? {title: head, siteName} : undefined
}

/** A title ends in a site's name and at most one channel's before it. */
const CJK_SUFFIX_MAX_COUNT = 2

/**
 * How many separators with a space on either side a title part holds
 * ("Politik / Artikel / Home - Site" holds three): a trail of sections and
 * site names holds several, a headline rarely more than one.
 *
 * @param text
 *   A part of a title.
 * @returns
 *   The count.
 */
export function spacedSeparators(text: string): number {
  const chars = Array.from(text)
  let count = 0
  for (let index = 1; index < chars.length - 1; index++) {
    if (SEPARATORS.has(chars[index]!) && chars[index - 1] === ' ' && chars[index + 1] === ' ') count++
  }
  return count
}

/**
 * The parts of a title between separators with a space on either side
 * ("Politik / Artikel / Home - Site": four parts), trimmed, empty ones left out.
 *
 * @param text
 *   A title or a part of one.
 * @returns
 *   Its parts.
 */
export function titleParts(text: string): string[] {
  const parts: string[] = []
  const chars = Array.from(text)
  let start = 0
  for (let index = 1; index < chars.length - 1; index++) {
    if (SEPARATORS.has(chars[index]!) && chars[index - 1] === ' ' && chars[index + 1] === ' ') {
      parts.push(chars.slice(start, index).join('').trim())
      start = index + 1
    }
  }
  parts.push(chars.slice(start).join('').trim())
  return parts.filter(Boolean)
}

/** Separators before a domain that names the site: "Headline - valley-post.example". */
const DOMAIN_SEPARATORS = [' - ', ' – ', ' — ', ' | ']

/**
 * A title split before the domain that ends it ("Headline -
 * valley-post.example"): a domain names the site as its name would.
 *
 * @param title
 *   The title.
 * @returns
 *   The title and the domain, if a domain ends it.
 */
function domainSuffix(title: string): {title: string; siteName: string} | undefined {
  let at = -1
  for (const separator of DOMAIN_SEPARATORS) at = Math.max(at, title.lastIndexOf(separator))
  if (at <= 0) return undefined
  const suffix = title.slice(at + 3).trim()
  const head = title.slice(0, at).trim()
  return head && DOMAIN.test(suffix) ? {title: head, siteName: suffix} : undefined
}

/**
 * How many leading characters of `chars` spell `key` (punctuation and spaces
 * between its letters allowed), or -1.
 *
 * @param chars
 *   The text, as code points.
 * @param key
 *   A letter key.
 * @returns
 *   The number of characters, or -1 when they do not spell it.
 */
function spellsFromStart(chars: string[], key: string): number {
  let at = 0
  for (let index = 0; index < chars.length; index++) {
    const part = keyOf(chars[index]!)
    if (!part) continue
    if (!key.startsWith(part, at)) return -1
    at += part.length
    if (at === key.length) return index + 1
  }
  return -1
}

/**
 * How many trailing characters of `chars` spell `key`, or -1.
 *
 * @param chars
 *   The text, as code points.
 * @param key
 *   A letter key.
 * @returns
 *   The number of characters, or -1.
 */
function spellsFromEnd(chars: string[], key: string): number {
  let at = key.length
  for (let index = chars.length - 1; index >= 0; index--) {
    const part = keyOf(chars[index]!)
    if (!part) continue
    if (!key.endsWith(part, at)) return -1
    at -= part.length
    if (at === 0) return chars.length - index
  }
  return -1
}

/**
 * The text after a separator at the start of `chars` (closing quotes, end
 * punctuation and spaces may come before it), or in brackets: `" | Site"`
 * and `" [Site]"` give `Site`.
 *
 * @param chars
 *   What follows the headline, as code points.
 * @returns
 *   The affix, or `undefined` when no separator opens it.
 */
function afterSeparator(chars: string[]): string | undefined {
  let index = 0
  while (index < chars.length && (CLOSERS.has(chars[index]!) || /\s/.test(chars[index]!))) index++
  const start = index
  if (index < chars.length && OPENING_BRACKETS.has(chars[index]!)) index++
  else while (index < chars.length && SEPARATORS.has(chars[index]!)) index++
  if (index === start) return undefined
  const affix = chars.slice(index).join('').trim()
  return affix || undefined
}

/**
 * The text before a separator at the end of `chars`, or in brackets:
 * `"Site | "` and `"[Site] "` give `Site`.
 *
 * @param chars
 *   What precedes the headline, as code points.
 * @returns
 *   The affix, or `undefined`.
 */
function beforeSeparator(chars: string[]): string | undefined {
  let index = chars.length
  while (index > 0 && (OPENERS.has(chars[index - 1]!) || /\s/.test(chars[index - 1]!))) index--
  const end = index
  if (index > 0 && CLOSING_BRACKETS.has(chars[index - 1]!)) index--
  else while (index > 0 && SEPARATORS.has(chars[index - 1]!)) index--
  if (index === end) return undefined
  const affix = chars.slice(0, index).join('').trim()
  return affix || undefined
}

/** An affix found around a headline: the text and the end it stands at. */
export interface Affix {
  affix: string
  at: 'start' | 'end'
}

/**
 * The affix that `long` adds to `short` at either end, after a separator:
 * `affixAround('Rates held | Money Daily', 'Rates held')` is `Money Daily`
 * at the end; `affixAround('Budget: Rates held', 'Rates held')` is `Budget`
 * at the start. Spelling differences (spaces, quotes, full-width forms,
 * case) are ignored; the affix must be the smaller part.
 *
 * @param long
 *   A title that may carry an affix (a metadata title).
 * @param short
 *   The headline it may hold (a visible heading).
 * @param bounded
 *   Whether the affix must be the smaller part (default: `true`; `false` when two metadata titles are compared).
 * @returns
 *   The affix, if `long` is `short` plus one.
 */
export function affixAround(long: string, short: string, bounded = true): Affix | undefined {
  const key = letterKey(short)
  if (!key) return undefined
  const chars = Array.from(long)
  const head = spellsFromStart(chars, key)
  const suffix = head === -1 ? undefined : afterSeparator(chars.slice(head))
  if (suffix && (!bounded || letterKey(suffix).length <= key.length * TRAILING_AFFIX_MAX_RATIO)) return {affix: suffix, at: 'end'}
  const tail = spellsFromEnd(chars, key)
  const prefix = tail === -1 ? undefined : beforeSeparator(chars.slice(0, chars.length - tail))
  if (prefix && (!bounded || letterKey(prefix).length <= key.length * LEADING_AFFIX_MAX_RATIO)) return {affix: prefix, at: 'start'}
  return undefined
}

/**
 * How a title that opens with a headline spells it: the title's text up to
 * the headline's last letter (`spelledHead('Games - Boats on the river -
 * Daily', 'Games Boats on the river')` is `Games - Boats on the river`), as
 * markup loses what joins a heading's parts.
 *
 * @param long
 *   A metadata title.
 * @param short
 *   A heading's text.
 * @returns
 *   The title's spelling of it, if the title opens with its letters.
 */
export function spelledHead(long: string, short: string): string | undefined {
  const key = letterKey(short)
  if (!key) return undefined
  const chars = Array.from(long)
  const head = spellsFromStart(chars, key)
  return head === -1 ? undefined : chars.slice(0, head).join('').trim()
}

/**
 * Remove the names a page declares for itself (site name, section) from
 * either end of a title, with their separators, however often they stand
 * there ("Headline - Politics | Daily Post"). A colon inside the headline
 * stays: only a declared name is cut.
 *
 * @param title
 *   A metadata title.
 * @param names
 *   The site's names and the page's section.
 * @returns
 *   The title without them, and what was cut (outermost first).
 */
export function stripSiteNames(title: string, names: string[]): {title: string; removed: string[]} {
  const keys = [...new Set(names.map(letterKey).filter(Boolean))]
  const removed: string[] = []
  let chars = Array.from(title.trim())
  // Each pass cuts one name; a title carries at most a few.
  for (let pass = 0; pass < 4; pass++) {
    const cut = cutName(chars, keys)
    if (!cut) break
    removed.push(cut.name)
    chars = cut.rest
  }
  return {title: chars.join('').trim(), removed}
}

/**
 * Cut one declared name from either end of a title.
 *
 * @param chars
 *   The title, as code points.
 * @param keys
 *   Letter keys of the names.
 * @returns
 *   The name cut and what is left, if a name stood at an end after a separator.
 */
function cutName(chars: string[], keys: string[]): {name: string; rest: string[]} | undefined {
  const whole = letterKey(chars.join(''))
  for (const key of keys) {
    if (key.length * (1 + NAME_MAX_RATIO) > whole.length * NAME_MAX_RATIO) continue
    const tail = spellsFromEnd(chars, key)
    if (tail !== -1) {
      const rest = trimSeparator(chars.slice(0, chars.length - tail), 'end')
      if (rest) return {name: chars.slice(chars.length - tail).join('').trim(), rest}
    }
    const head = spellsFromStart(chars, key)
    if (head !== -1) {
      const rest = trimSeparator(chars.slice(head), 'start')
      if (rest) return {name: chars.slice(0, head).join('').trim(), rest}
    }
  }
  return undefined
}

/**
 * Remove the separator (and spaces) at one end of what is left of a title,
 * if there is one.
 *
 * @param chars
 *   What is left, as code points.
 * @param end
 *   Which end the name was cut from.
 * @returns
 *   The title without the separator, or `undefined` when none stood there (the name was part of the headline).
 */
function trimSeparator(chars: string[], end: 'start' | 'end'): string[] | undefined {
  let start = 0
  let stop = chars.length
  if (end === 'end') {
    while (stop > 0 && /\s/.test(chars[stop - 1]!)) stop--
    const before = stop
    while (stop > 0 && SEPARATORS.has(chars[stop - 1]!)) stop--
    if (stop === before) return undefined
  } else {
    while (start < stop && /\s/.test(chars[start]!)) start++
    const after = start
    while (start < stop && SEPARATORS.has(chars[start]!)) start++
    if (start === after) return undefined
  }
  const rest = chars.slice(start, stop)
  return letterKey(rest.join('')) ? rest : undefined
}
