/**
 * Machine-checked fixture notes: reads a fixture's `notes.md` (format in
 * `fixtures/README.md`) into checks, and runs them against a parsed Article.
 *
 * The reader is strict on purpose: a notes file that silently yields nothing
 * would make its test worthless. Every line of a machine-read section must
 * parse; an unknown field, column, scope or heading is an error.
 *
 * @module
 */
import {parse as parseHtml} from 'parse5'
import {toPlainText} from '../src/index.js'
import type {Article, Block, Post} from '../src/index.js'

// ---------------------------------------------------------------------------
// Text helpers.

/** Whitespace runs (any Unicode space, U+00A0 included) to one space, trimmed. */
export function fold(value: string): string {
  return value.replace(/\s+/gu, ' ').trim()
}

/** Count non-overlapping occurrences of `needle` in `haystack`. */
function occurrences(haystack: string, needle: string): number {
  if (needle === '') return 0
  let count = 0
  let from = 0
  for (;;) {
    const at = haystack.indexOf(needle, from)
    if (at === -1) return count
    count++
    from = at + needle.length
  }
}

/** Short readable rendering of an actual value for failure messages. */
export function show(value: unknown): string {
  if (value === undefined) return '(none)'
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value)
  if (text === undefined) return String(value)
  return text.length > 220 ? text.slice(0, 217) + '…' : text
}

// ---------------------------------------------------------------------------
// Values and matchers.

/** What a path resolves to, so that matchers know how to compare. */
type ValueKind = 'string' | 'number' | 'boolean' | 'timestamp' | 'array' | 'object'

/** A resolved value: `value` is what the matchers see, `raw` the underlying data. */
interface Resolved {
  kind: ValueKind
  value: unknown
  /** For arrays: the strings a list literal is compared with (names, types, titles, items). */
  strings?: string[]
}

type Matcher =
  | {op: 'literal'; text: string}
  | {op: 'list'; items: string[]}
  | {op: 'none'}
  | {op: 'present'}
  | {op: 'any'}
  | {op: 'starts' | 'ends' | 'contains' | 'not-contains'; text: string}
  | {op: 'number'; compare: 'eq' | 'min' | 'max'; n: number}
  | {op: 'boolean'; value: boolean}
  | {op: 'sub'; key: TimestampKey; matcher: Matcher}

type TimestampKey = 'text' | 'iso' | 'date' | 'time' | 'timeZone'
const TIMESTAMP_KEYS = new Set<string>(['text', 'iso', 'date', 'time', 'timeZone'])

/** `alternatives` of `conjunctions`: passes if every matcher of one alternative passes. */
export interface Expr {
  source: string
  alternatives: Matcher[][]
}

/** Error thrown for a malformed notes file; the message names file and line. */
export class NotesError extends Error {}

/**
 * Split `text` on ` sep ` outside backtick literals.
 */
function splitOutside(text: string, sep: string): string[] {
  const parts: string[] = []
  let depth = false
  let start = 0
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (char === '`') depth = !depth
    else if (!depth && text.startsWith(sep, index)) {
      parts.push(text.slice(start, index))
      start = index + sep.length
      index += sep.length - 1
    }
  }
  if (depth) throw new NotesError(`unbalanced backticks in \`${text}\``)
  parts.push(text.slice(start))
  return parts.map((part) => part.trim())
}

/** Parse one backtick literal that makes up all of `text`, else `undefined`. */
function onlyLiteral(text: string): string | undefined {
  const match = /^`([^`]*)`$/.exec(text.trim())
  return match ? match[1] : undefined
}

function parseAtom(text: string): Matcher {
  const atom = text.trim()
  if (atom === '(none)') return {op: 'none'}
  if (atom === '(present)') return {op: 'present'}
  if (atom === '(any)') return {op: 'any'}
  if (atom === 'true' || atom === 'false') return {op: 'boolean', value: atom === 'true'}
  let match = /^(\d+)$/.exec(atom)
  if (match) return {op: 'number', compare: 'eq', n: Number(match[1])}
  match = /^at (least|most) (\d+)$/.exec(atom)
  if (match) return {op: 'number', compare: match[1] === 'least' ? 'min' : 'max', n: Number(match[2])}
  match = /^(starts|ends|contains|not contains) `([^`]+)`$/.exec(atom)
  if (match) {
    const op = match[1] === 'not contains' ? 'not-contains' : (match[1] as 'starts' | 'ends' | 'contains')
    return {op, text: match[2]}
  }
  match = /^([A-Za-z]+) (.+)$/.exec(atom)
  if (match && TIMESTAMP_KEYS.has(match[1])) {
    return {op: 'sub', key: match[1] as TimestampKey, matcher: parseAtom(match[2])}
  }
  const literal = onlyLiteral(atom)
  if (literal !== undefined) return {op: 'literal', text: literal}
  // A list literal: backticked items separated by commas.
  const items = splitOutside(atom, ',')
  if (items.length > 1 && items.every((item) => onlyLiteral(item) !== undefined)) {
    return {op: 'list', items: items.map((item) => onlyLiteral(item) as string)}
  }
  throw new NotesError(`cannot read the value \`${atom}\` (see the value grammar in fixtures/README.md)`)
}

/** Parse a value expression (an `expected` cell). */
export function parseExpr(text: string): Expr {
  const source = text.trim()
  if (source === '') throw new NotesError('empty value: write `(any)` to leave a cell unchecked')
  const alternatives = splitOutside(source, ' or ').map((alternative) =>
    splitOutside(alternative, ' and ').map((term) => parseAtom(term))
  )
  return {source, alternatives}
}

/** True when the expression checks nothing (`(any)` only). */
export function isUnchecked(expr: Expr): boolean {
  return expr.alternatives.some((terms) => terms.every((term) => term.op === 'any'))
}

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/

function isEmpty(resolved: Resolved): boolean {
  const value = resolved.value
  if (value === undefined || value === null) return true
  if (typeof value === 'string') return value.trim() === ''
  if (Array.isArray(value)) return value.length === 0
  return false
}

/** Check one matcher; returns a reason on failure, else `undefined`. */
function checkMatcher(matcher: Matcher, resolved: Resolved): string | undefined {
  const {kind, value} = resolved
  switch (matcher.op) {
    case 'any':
      return undefined
    case 'none':
      return isEmpty(resolved) ? undefined : 'expected it absent or empty'
    case 'present':
      return isEmpty(resolved) ? 'expected a value' : undefined
    case 'boolean':
      return value === matcher.value ? undefined : `expected ${matcher.value}`
    case 'number': {
      if (typeof value !== 'number') return 'expected a number'
      if (matcher.compare === 'eq' && value !== matcher.n) return `expected ${matcher.n}`
      if (matcher.compare === 'min' && value < matcher.n) return `expected at least ${matcher.n}`
      if (matcher.compare === 'max' && value > matcher.n) return `expected at most ${matcher.n}`
      return undefined
    }
    case 'sub': {
      if (kind !== 'timestamp') return `\`${matcher.key} …\` applies to timestamps only`
      const stamp = value as Record<string, unknown> | undefined
      return checkMatcher(matcher.matcher, {kind: 'string', value: stamp?.[matcher.key]})
    }
    case 'literal': {
      if (kind === 'timestamp') {
        if (!ISO_WITH_ZONE.test(matcher.text)) return `notes error: \`${matcher.text}\` is not an ISO instant with offset`
        const iso = (value as {iso?: string} | undefined)?.iso
        if (iso === undefined) return `expected the instant ${matcher.text}, but there is no iso`
        return Date.parse(iso) === Date.parse(matcher.text) ? undefined : `expected the instant ${matcher.text}`
      }
      if (kind === 'array') {
        const strings = resolved.strings ?? []
        return strings.length === 1 && fold(strings[0]) === fold(matcher.text)
          ? undefined
          : `expected exactly [${JSON.stringify(matcher.text)}]`
      }
      if (typeof value === 'number' || typeof value === 'boolean') {
        return String(value) === matcher.text ? undefined : `expected ${matcher.text}`
      }
      if (typeof value !== 'string') return `expected ${JSON.stringify(matcher.text)}`
      return fold(value) === fold(matcher.text) ? undefined : `expected ${JSON.stringify(matcher.text)}`
    }
    case 'list': {
      if (kind !== 'array') return 'a list applies to lists only'
      const strings = (resolved.strings ?? []).map(fold)
      const expected = matcher.items.map(fold)
      return strings.length === expected.length && strings.every((item, index) => item === expected[index])
        ? undefined
        : `expected ${JSON.stringify(expected)}`
    }
    case 'starts':
    case 'ends':
    case 'contains':
    case 'not-contains': {
      const needle = fold(matcher.text)
      const texts = kind === 'array' ? (resolved.strings ?? []).map(fold) : typeof value === 'string' ? [fold(value)] : []
      if (matcher.op === 'not-contains') {
        return texts.some((text) => text.includes(needle)) ? `expected no ${JSON.stringify(needle)}` : undefined
      }
      if (texts.length === 0) return `expected a text that ${matcher.op} ${JSON.stringify(needle)}`
      const ok = texts.some((text) =>
        matcher.op === 'starts' ? text.startsWith(needle) : matcher.op === 'ends' ? text.endsWith(needle) : text.includes(needle)
      )
      return ok ? undefined : `expected a text that ${matcher.op} ${JSON.stringify(needle)}`
    }
  }
}

/** Evaluate an expression; returns a failure reason, else `undefined`. */
export function evaluate(expr: Expr, resolved: Resolved): string | undefined {
  const reasons: string[] = []
  for (const terms of expr.alternatives) {
    const failures = terms.map((term) => checkMatcher(term, resolved)).filter((reason) => reason !== undefined)
    if (failures.length === 0) return undefined
    reasons.push(failures.join('; '))
  }
  return reasons.join(' — or — ')
}

// ---------------------------------------------------------------------------
// Paths into the Article.

/** The shape of the Article as paths see it; numbers in paths are 1-based indexes. */
interface Shape {
  kind: ValueKind
  fields?: Record<string, Shape>
  /** For arrays: the shape of an element, reached by `N`. */
  element?: Shape
}

const STRING: Shape = {kind: 'string'}
const NUMBER: Shape = {kind: 'number'}
const BOOLEAN: Shape = {kind: 'boolean'}
const TIMESTAMP: Shape = {
  kind: 'timestamp',
  fields: {text: STRING, iso: STRING, date: STRING, time: STRING, timeZone: STRING}
}
const STRINGS: Shape = {kind: 'array', element: STRING}
const AUTHORS: Shape = {kind: 'array', element: {kind: 'object', fields: {name: STRING, url: STRING, role: STRING}}}
const BLOCK: Shape = {
  kind: 'object',
  fields: {
    type: STRING,
    text: STRING,
    level: NUMBER,
    source: STRING,
    items: STRINGS,
    ordered: BOOLEAN,
    media: STRING,
    caption: STRING,
    credit: STRING,
    src: STRING,
    alt: STRING
  }
}
const BLOCKS: Shape = {kind: 'array', element: BLOCK}
const IMAGE: Shape = {
  kind: 'object',
  fields: {src: STRING, alt: STRING, caption: STRING, credit: STRING, width: NUMBER, height: NUMBER}
}
const POST: Shape = {
  kind: 'object',
  fields: {
    id: STRING,
    title: STRING,
    label: STRING,
    published: TIMESTAMP,
    updated: TIMESTAMP,
    authors: AUTHORS,
    pinned: BOOLEAN,
    keyEvent: BOOLEAN,
    body: BLOCKS,
    text: STRING
  }
}
const ARTICLE: Shape = {
  kind: 'object',
  fields: {
    kind: STRING,
    title: STRING,
    standfirst: STRING,
    url: STRING,
    siteName: STRING,
    section: STRING,
    language: STRING,
    authors: AUTHORS,
    published: TIMESTAMP,
    updated: TIMESTAMP,
    keyPoints: STRINGS,
    image: IMAGE,
    body: BLOCKS,
    posts: {kind: 'array', element: POST},
    related: {
      kind: 'array',
      element: {kind: 'object', fields: {title: STRING, standfirst: STRING, summary: STRING, url: STRING}}
    },
    transcript: {
      kind: 'object',
      fields: {
        text: STRING,
        segments: {kind: 'array', element: {kind: 'object', fields: {text: STRING, speaker: STRING}}}
      }
    },
    text: STRING,
    figures: BLOCKS
  }
}

/** Check that `path` names something in the Article; throws a NotesError if not. */
export function validatePath(path: string): void {
  let shape: Shape = ARTICLE
  const segments = path.split('.')
  for (const [index, segment] of segments.entries()) {
    if (shape.kind === 'array') {
      if (segment === 'length') {
        if (index !== segments.length - 1) throw new NotesError(`\`${path}\`: nothing follows \`length\``)
        return
      }
      if (!/^[1-9]\d*$/.test(segment)) {
        throw new NotesError(`\`${path}\`: after a list, expected a 1-based index or \`length\`, not \`${segment}\``)
      }
      shape = shape.element as Shape
      continue
    }
    const next = shape.fields?.[segment]
    if (!next) throw new NotesError(`unknown field \`${segment}\` in \`${path}\``)
    shape = next
  }
}

function postText(post: Post): string {
  const article = {body: [], posts: [post]} as unknown as Article
  return toPlainText(article)
}

/** The strings a list literal compares with, per element. */
function elementString(element: unknown): string {
  if (typeof element === 'string') return element
  if (element && typeof element === 'object') {
    const record = element as Record<string, unknown>
    if (typeof record.name === 'string') return record.name // an author
    if (typeof record.type === 'string') return record.type // a block
    if (typeof record.title === 'string') return record.title // a post or a teaser
    if (typeof record.text === 'string') return record.text // a segment
  }
  return JSON.stringify(element)
}

/** Every figure block, body first, then each post's. */
function figures(article: Article): Block[] {
  const found: Block[] = article.body.filter((block) => block.type === 'figure')
  for (const post of article.posts) for (const block of post.body) if (block.type === 'figure') found.push(block)
  return found
}

/** Resolve a (validated) path against an Article. */
export function resolve(article: Article, path: string): Resolved {
  let shape: Shape = ARTICLE
  let value: unknown = article
  for (const segment of path.split('.')) {
    if (shape.kind === 'array') {
      const list = Array.isArray(value) ? value : []
      if (segment === 'length') return {kind: 'number', value: list.length}
      shape = shape.element as Shape
      value = list[Number(segment) - 1]
      continue
    }
    const parent = value as Record<string, unknown> | undefined
    shape = (shape.fields as Record<string, Shape>)[segment]
    if (parent === undefined || parent === null) {
      value = undefined
    } else if (segment === 'text' && shape === STRING && parent === (article as unknown)) {
      value = toPlainText(article)
    } else if (segment === 'figures' && parent === (article as unknown)) {
      value = figures(article)
    } else if (segment === 'text' && 'keyEvent' in parent && 'body' in parent) {
      value = postText(parent as unknown as Post)
    } else {
      value = parent[segment]
    }
  }
  if (shape.kind === 'array') {
    const list = Array.isArray(value) ? value : []
    return {kind: 'array', value: list, strings: list.map(elementString)}
  }
  return {kind: shape.kind, value}
}

// ---------------------------------------------------------------------------
// Scopes for "Must appear" / "Must NOT appear".

export const SCOPES = [
  'title',
  'standfirst',
  'authors',
  'keyPoints',
  'body',
  'posts',
  'posts.title',
  'posts.authors',
  'posts.body',
  'transcript',
  'related',
  'siteName',
  'section',
  'text',
  'all'
] as const
export type Scope = (typeof SCOPES)[number]
const SCOPE_SET = new Set<string>(SCOPES)

/** What "Must NOT appear" searches unless the bullet says otherwise. */
export const CONTENT: Scope[] = ['title', 'standfirst', 'authors', 'keyPoints', 'body', 'posts', 'transcript', 'related']

interface Unit {
  where: string
  text: string
}

function blockUnits(block: Block, where: string): Unit[] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return [{where, text: block.text}]
    case 'quote':
      return [{where, text: block.text}, ...(block.source ? [{where: where + '.source', text: block.source}] : [])]
    case 'list':
      return block.items.map((item, index) => ({where: `${where}.items.${index + 1}`, text: item}))
    case 'figure':
      return [
        ...(block.caption ? [{where: where + '.caption', text: block.caption}] : []),
        ...(block.credit ? [{where: where + '.credit', text: block.credit}] : []),
        ...(block.alt ? [{where: where + '.alt', text: block.alt}] : [])
      ]
  }
}

function authorUnits(authors: Article['authors'], where: string): Unit[] {
  return authors.flatMap((author, index) => [
    {where: `${where}.${index + 1}.name`, text: author.name},
    ...(author.role ? [{where: `${where}.${index + 1}.role`, text: author.role}] : [])
  ])
}

function allStrings(value: unknown, where: string, out: Unit[]): void {
  if (typeof value === 'string') out.push({where, text: value})
  else if (Array.isArray(value)) value.forEach((item, index) => allStrings(item, `${where}.${index + 1}`, out))
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) allStrings(item, where ? `${where}.${key}` : key, out)
  }
}

/** The text units of one scope. */
export function scopeUnits(article: Article, scope: Scope, wholeBlock: boolean): Unit[] {
  switch (scope) {
    case 'title':
      return article.title ? [{where: 'title', text: article.title}] : []
    case 'standfirst':
      return article.standfirst ? [{where: 'standfirst', text: article.standfirst}] : []
    case 'siteName':
      return article.siteName ? [{where: 'siteName', text: article.siteName}] : []
    case 'section':
      return article.section ? [{where: 'section', text: article.section}] : []
    case 'authors':
      return authorUnits(article.authors, 'authors')
    case 'keyPoints':
      return article.keyPoints.map((text, index) => ({where: `keyPoints.${index + 1}`, text}))
    case 'body':
      return article.body.flatMap((block, index) => blockUnits(block, `body.${index + 1}`))
    case 'posts':
      return [...scopeUnits(article, 'posts.title', wholeBlock), ...scopeUnits(article, 'posts.authors', wholeBlock), ...scopeUnits(article, 'posts.body', wholeBlock)]
    case 'posts.title':
      return article.posts.flatMap((post, index) => [
        ...(post.label ? [{where: `posts.${index + 1}.label`, text: post.label}] : []),
        ...(post.title ? [{where: `posts.${index + 1}.title`, text: post.title}] : [])
      ])
    case 'posts.authors':
      return article.posts.flatMap((post, index) => authorUnits(post.authors, `posts.${index + 1}.authors`))
    case 'posts.body':
      return article.posts.flatMap((post, index) =>
        post.body.flatMap((block, blockIndex) => blockUnits(block, `posts.${index + 1}.body.${blockIndex + 1}`))
      )
    case 'transcript': {
      const transcript = article.transcript
      if (!transcript) return []
      const units: Unit[] = wholeBlock
        ? transcript.segments.map((segment, index) => ({where: `transcript.segments.${index + 1}`, text: segment.text}))
        : [{where: 'transcript.text', text: transcript.text}]
      for (const [index, segment] of transcript.segments.entries()) {
        if (segment.speaker) units.push({where: `transcript.segments.${index + 1}.speaker`, text: segment.speaker})
      }
      return units
    }
    case 'related':
      return article.related.flatMap((teaser, index) => [
        {where: `related.${index + 1}.title`, text: teaser.title},
        ...(teaser.standfirst ? [{where: `related.${index + 1}.standfirst`, text: teaser.standfirst}] : []),
        ...(teaser.summary ? [{where: `related.${index + 1}.summary`, text: teaser.summary}] : [])
      ])
    case 'text': {
      const text = toPlainText(article)
      if (!wholeBlock) return [{where: 'toPlainText', text}]
      return text.split(/\n\s*\n/).map((part, index) => ({where: `toPlainText paragraph ${index + 1}`, text: part}))
    }
    case 'all': {
      const out: Unit[] = []
      allStrings(article, '', out)
      return out
    }
  }
}

// ---------------------------------------------------------------------------
// Checks.

export interface FieldCheck {
  type: 'field'
  line: number
  path: string
  expr: Expr
}

export interface SnippetCheck {
  type: 'appear' | 'absent'
  line: number
  snippet: string
  scopes: Scope[]
  wholeBlock: boolean
  once: boolean
}

export interface CodePointCheck {
  type: 'code-points'
  line: number
  ranges: Array<[number, number]>
  label: string
  scopes: Scope[]
}

/** Some post satisfies every field check of the row (paths relative to the post). */
export interface AnyPostCheck {
  type: 'any-post'
  line: number
  checks: Array<{column: string; expr: Expr}>
}

/** One of several options (each a list of checks) must pass entirely. */
export interface OneOfCheck {
  type: 'one-of'
  line: number
  name: string
  options: Array<{label: string; checks: FieldCheck[]}>
}

export type Check = FieldCheck | SnippetCheck | CodePointCheck | AnyPostCheck | OneOfCheck

export interface Notes {
  file: string
  checks: Check[]
}

export interface Failure {
  line: number
  what: string
  expected: string
  actual: string
}

/** The expected value as written, plus the reason when it adds something. */
function explain(parsed: Expr, reason: string): string {
  const simple =
    parsed.alternatives.length === 1 &&
    parsed.alternatives[0].length === 1 &&
    ['literal', 'list', 'none', 'present', 'boolean', 'number'].includes(parsed.alternatives[0][0].op) &&
    !reason.includes('but') &&
    !reason.includes('notes error')
  return simple ? parsed.source : `${parsed.source}  (${reason})`
}

function fieldFailure(article: Article, check: FieldCheck): Failure | undefined {
  const resolved = resolve(article, check.path)
  const reason = evaluate(check.expr, resolved)
  if (reason === undefined) return undefined
  const shown = resolved.kind === 'array' ? resolved.strings : resolved.value
  return {line: check.line, what: check.path, expected: explain(check.expr, reason), actual: show(shown)}
}

/** Run one check; returns the failures (empty when it passes). */
export function runCheck(article: Article, check: Check): Failure[] {
  switch (check.type) {
    case 'field': {
      const failure = fieldFailure(article, check)
      return failure ? [failure] : []
    }
    case 'one-of': {
      const results = check.options.map((option) => ({
        label: option.label,
        failures: option.checks.map((item) => fieldFailure(article, item)).filter((item) => item !== undefined)
      }))
      if (results.some((result) => result.failures.length === 0)) return []
      return [
        {
          line: check.line,
          what: `one of: ${check.name}`,
          expected: 'one option to pass entirely',
          actual: results
            .map(
              (result) =>
                `option "${result.label}" fails: ` +
                result.failures.map((failure) => `${failure.what} = ${failure.actual}, expected ${failure.expected}`).join('; ')
            )
            .join(' | ')
        }
      ]
    }
    case 'any-post': {
      // Report the closest post: the one failing the fewest cells.
      let closest: {index: number; misses: string[]} | undefined
      for (let index = 1; index <= article.posts.length; index++) {
        const misses: string[] = []
        for (const item of check.checks) {
          const resolved = resolve(article, `posts.${index}.${item.column}`)
          if (evaluate(item.expr, resolved) !== undefined) {
            misses.push(`${item.column} = ${show(resolved.kind === 'array' ? resolved.strings : resolved.value)}`)
          }
        }
        if (misses.length === 0) return []
        if (!closest || misses.length < closest.misses.length) closest = {index, misses}
      }
      return [
        {
          line: check.line,
          what: 'some post',
          expected: check.checks.map((item) => `${item.column} ${item.expr.source}`).join('; '),
          actual: closest
            ? `no post matches; closest is posts.${closest.index}, with ${closest.misses.join('; ')}`
            : 'there are no posts'
        }
      ]
    }
    case 'code-points': {
      const hits: string[] = []
      for (const scope of check.scopes) {
        for (const unit of scopeUnits(article, scope, false)) {
          for (const char of unit.text) {
            const code = char.codePointAt(0) as number
            if (check.ranges.some(([low, high]) => code >= low && code <= high)) {
              hits.push(`U+${code.toString(16).toUpperCase().padStart(4, '0')} in ${unit.where}`)
            }
          }
        }
      }
      return hits.length === 0
        ? []
        : [{line: check.line, what: `code points ${check.label}`, expected: 'none', actual: hits.slice(0, 8).join(', ')}]
    }
    case 'appear':
    case 'absent': {
      const needle = fold(check.snippet)
      const units = [...new Set(check.scopes)].flatMap((scope) => scopeUnits(article, scope, check.wholeBlock))
      const hits: Unit[] = []
      let count = 0
      for (const unit of units) {
        const text = fold(unit.text)
        const found = check.wholeBlock ? (text === needle ? 1 : 0) : occurrences(text, needle)
        if (found > 0) hits.push(unit)
        count += found
      }
      const how = `${check.wholeBlock ? 'as a whole block ' : ''}in ${check.scopes.join(', ')}`
      if (check.type === 'absent') {
        if (count === 0) return []
        return [
          {
            line: check.line,
            what: `must NOT appear: ${JSON.stringify(check.snippet)}`,
            expected: `absent ${how}`,
            actual: `found in ${hits.map((unit) => `${unit.where} (${show(unit.text)})`).join('; ')}`
          }
        ]
      }
      if (check.once ? count === 1 : count > 0) return []
      return [
        {
          line: check.line,
          what: `must appear: ${JSON.stringify(check.snippet)}`,
          expected: `${check.once ? 'exactly once' : 'present'} ${how}`,
          actual: count === 0 ? 'absent' : `${count} times: ${hits.map((unit) => unit.where).join(', ')}`
        }
      ]
    }
  }
}

/** A one-line description of a check, for listings. */
export function describeCheck(check: Check): string {
  switch (check.type) {
    case 'field':
      return `${check.path} = ${check.expr.source}`
    case 'one-of':
      return `one of: ${check.name}`
    case 'any-post':
      return `some post: ${check.checks.map((item) => `${item.column} ${item.expr.source}`).join('; ')}`
    case 'code-points':
      return `no code points ${check.label}`
    case 'appear':
    case 'absent':
      return `${check.type === 'appear' ? 'appears' : 'absent'}: ${JSON.stringify(check.snippet)}`
  }
}

// ---------------------------------------------------------------------------
// The notes reader.

interface TableRow {
  line: number
  cells: Record<string, string>
}

interface Table {
  line: number
  columns: string[]
  rows: TableRow[]
}

/** Split a Markdown table line into cells; `\|` is a literal bar. */
function tableCells(line: string): string[] {
  const trimmed = line.trim()
  if (!trimmed.startsWith('|') || !trimmed.endsWith('|')) throw new NotesError('a table row must start and end with `|`')
  const inner = trimmed.slice(1, -1)
  const cells: string[] = []
  let current = ''
  let inCode = false
  for (let index = 0; index < inner.length; index++) {
    const char = inner[index]
    if (char === '\\' && inner[index + 1] === '|') {
      current += '|'
      index++
    } else if (char === '`') {
      inCode = !inCode
      current += char
    } else if (char === '|' && !inCode) {
      cells.push(current.trim())
      current = ''
    } else current += char
  }
  cells.push(current.trim())
  return cells
}

type LineKind = 'blank' | 'table' | 'bullet' | 'numbered' | 'heading3' | 'prose'

function lineKind(line: string): LineKind {
  const trimmed = line.trim()
  if (trimmed === '') return 'blank'
  if (trimmed.startsWith('|')) return 'table'
  if (/^[-*+] /.test(trimmed) || trimmed === '-' || trimmed === '*') return 'bullet'
  if (/^\d+[.)] /.test(trimmed)) return 'numbered'
  if (trimmed.startsWith('### ')) return 'heading3'
  return 'prose'
}

/** Read the tables of a section's lines; bullets and numbered items go to `items`. */
function readSection(lines: Array<{line: number; text: string}>, allow: {tables: boolean; bullets: boolean; numbered: boolean}) {
  const tables: Table[] = []
  const bullets: Array<{line: number; text: string}> = []
  const numbered: Array<{line: number; n: number; text: string}> = []
  let index = 0
  while (index < lines.length) {
    const {line, text} = lines[index]
    const kind = lineKind(text)
    if (kind === 'table') {
      if (!allow.tables) throw new NotesError(`line ${line}: no table expected in this section`)
      const columns = tableCells(text)
      const separator = lines[index + 1]
      if (!separator || !/^\|(\s*:?-{3,}:?\s*\|)+$/.test(separator.text.trim())) {
        throw new NotesError(`line ${line}: a table header must be followed by a |---| separator row`)
      }
      if (tableCells(separator.text).length !== columns.length) {
        throw new NotesError(`line ${separator.line}: separator has the wrong number of cells`)
      }
      const table: Table = {line, columns, rows: []}
      index += 2
      while (index < lines.length && lineKind(lines[index].text) === 'table') {
        const row = lines[index]
        let cells: string[]
        try {
          cells = tableCells(row.text)
        } catch (error) {
          throw new NotesError(`line ${row.line}: ${(error as Error).message}`)
        }
        if (cells.length !== columns.length) {
          throw new NotesError(`line ${row.line}: ${cells.length} cells, but the header has ${columns.length}`)
        }
        const record: Record<string, string> = {}
        columns.forEach((column, cellIndex) => (record[column] = cells[cellIndex]))
        table.rows.push({line: row.line, cells: record})
        index++
      }
      if (table.rows.length === 0) throw new NotesError(`line ${line}: a table without rows`)
      tables.push(table)
      continue
    }
    if (kind === 'bullet') {
      if (!allow.bullets) throw new NotesError(`line ${line}: no bullet list expected in this section`)
      bullets.push({line, text: text.trim().replace(/^[-*+]\s*/, '')})
    } else if (kind === 'numbered') {
      if (!allow.numbered) throw new NotesError(`line ${line}: no numbered list expected in this section`)
      const match = /^(\d+)[.)] (.*)$/.exec(text.trim()) as RegExpExecArray
      numbered.push({line, n: Number(match[1]), text: match[2]})
    } else if (kind === 'heading3') {
      throw new NotesError(`line ${line}: unexpected \`###\` heading here`)
    }
    index++
  }
  return {tables, bullets, numbered}
}

/**
 * Check a table's key column and that every other column (but `note`) is a
 * path relative to `prefix` (e.g. `posts.1`).
 */
function requireColumns(table: Table, key: string, prefix: string) {
  if (table.columns[0] !== key) throw new NotesError(`line ${table.line}: the first column must be \`${key}\``)
  for (const column of table.columns.slice(1)) {
    if (column === 'note') continue
    try {
      validatePath(`${prefix}.${column}`)
    } catch {
      throw new NotesError(`line ${table.line}: unknown column \`${column}\` (not a field of \`${prefix}\`)`)
    }
  }
}

function expr(cell: string, line: number, column: string): Expr {
  try {
    return parseExpr(cell)
  } catch (error) {
    throw new NotesError(`line ${line}, column \`${column}\`: ${(error as Error).message}`)
  }
}

function fieldCheck(path: string, cell: string, line: number): FieldCheck | undefined {
  try {
    validatePath(path)
  } catch (error) {
    throw new NotesError(`line ${line}: ${(error as Error).message}`)
  }
  const parsed = expr(cell, line, path)
  return isUnchecked(parsed) ? undefined : {type: 'field', line, path, expr: parsed}
}

/** Rows numbered 1..n, in order: returns n, else throws. */
function requireNumbered(table: Table, key: string): number {
  table.rows.forEach((row, index) => {
    if (row.cells[key] !== String(index + 1)) {
      throw new NotesError(`line ${row.line}: rows must be numbered 1, 2, 3, … (found \`${row.cells[key]}\`)`)
    }
  })
  return table.rows.length
}

function readFields(table: Table): FieldCheck[] {
  if (table.columns.length < 2 || table.columns[0] !== 'field' || table.columns[1] !== 'expected') {
    throw new NotesError(`line ${table.line}: a fields table has the columns | field | expected | (and optionally | note |)`)
  }
  for (const column of table.columns.slice(2)) {
    if (column !== 'note') throw new NotesError(`line ${table.line}: unknown column \`${column}\``)
  }
  const checks: FieldCheck[] = []
  for (const row of table.rows) {
    const path = row.cells.field.replace(/^`|`$/g, '')
    const check = fieldCheck(path, row.cells.expected, row.line)
    if (check) checks.push(check)
  }
  return checks
}

function parseScopes(text: string, line: number): Scope[] {
  const scopes = text.split(',').map((scope) => scope.trim())
  for (const scope of scopes) {
    if (!SCOPE_SET.has(scope)) throw new NotesError(`line ${line}: unknown scope \`${scope}\` (known: ${SCOPES.join(', ')})`)
  }
  return scopes as Scope[]
}

function parseCodePoint(text: string, line: number): number {
  const match = /^U\+([0-9A-F]{4,6})$/.exec(text.trim())
  if (!match) throw new NotesError(`line ${line}: expected a code point like U+FFFD, not \`${text}\``)
  return Number.parseInt(match[1], 16)
}

function readSnippetBullet(bullet: {line: number; text: string}, type: 'appear' | 'absent'): Check | undefined {
  const {line, text} = bullet
  if (text === '(nothing)') return undefined
  // Strip the human explanation after an em dash.
  const [head] = splitOutside(text, ' — ')
  const codePoints = /^code points (.+?)((?:\s*\([^)]*\))*)$/.exec(head)
  if (codePoints) {
    if (type !== 'absent') throw new NotesError(`line ${line}: code points belong under "Must NOT appear"`)
    const ranges = codePoints[1].split(',').map((part): [number, number] => {
      const [low, high] = part.split(/[–-](?=U\+)/)
      const start = parseCodePoint(low, line)
      return [start, high === undefined ? start : parseCodePoint(high, line)]
    })
    const modifiers = [...codePoints[2].matchAll(/\(([^)]*)\)/g)].map((match) => match[1].trim())
    let scopes: Scope[] = [...CONTENT]
    for (const modifier of modifiers) {
      if (modifier.startsWith('in:')) scopes = parseScopes(modifier.slice(3), line)
      else throw new NotesError(`line ${line}: unknown modifier \`(${modifier})\``)
    }
    return {type: 'code-points', line, ranges, label: codePoints[1].trim(), scopes}
  }
  const match = /^`([^`]+)`((?:\s*\([^)]*\))*)\s*$/.exec(head)
  if (!match) {
    throw new NotesError(
      `line ${line}: a bullet here must be \`snippet\` with optional (modifiers), then " — " and prose; got: ${text}`
    )
  }
  const modifiers = [...match[2].matchAll(/\(([^)]*)\)/g)].map((item) => item[1].trim())
  let scopes: Scope[] = type === 'appear' ? ['text'] : [...CONTENT]
  let wholeBlock = false
  let once = false
  for (const modifier of modifiers) {
    if (modifier === 'whole block') wholeBlock = true
    else if (modifier === 'once') {
      if (type !== 'appear') throw new NotesError(`line ${line}: \`(once)\` belongs under "Must appear"`)
      once = true
    } else if (modifier.startsWith('in:')) scopes = parseScopes(modifier.slice(3), line)
    else if (modifier.startsWith('not in:')) {
      const removed = new Set(parseScopes(modifier.slice(7), line))
      scopes = scopes.filter((scope) => !removed.has(scope))
    } else throw new NotesError(`line ${line}: unknown modifier \`(${modifier})\``)
  }
  if (scopes.length === 0) throw new NotesError(`line ${line}: the scope is empty`)
  return {type, line, snippet: match[1], scopes, wholeBlock, once}
}


/** Machine-read `##` headings (lower-cased) and the prose headings allowed beside them. */
const MACHINE_HEADINGS = new Set([
  'fields',
  'authors',
  'key points',
  'body',
  'posts',
  'figures',
  'related',
  'must appear',
  'must not appear'
])
const PROSE_HEADINGS = new Set(['notes', 'known disagreements with expected.json', 'not checked'])

/**
 * Read a notes file into checks. Throws a NotesError naming the line on any
 * malformed or unknown content in a machine-read section.
 */
export function readNotes(markdown: string, file: string): Notes {
  const lines = markdown.split(/\r?\n/)
  const sections: Array<{heading: string; line: number; body: Array<{line: number; text: string}>}> = []
  let current: (typeof sections)[number] | undefined
  let inFence = false
  lines.forEach((text, index) => {
    if (text.trim().startsWith('```')) inFence = !inFence
    if (!inFence && /^## /.test(text)) {
      current = {heading: text.slice(3).trim(), line: index + 1, body: []}
      sections.push(current)
    } else if (current) current.body.push({line: index + 1, text: inFence ? '' : text})
  })
  const checks: Check[] = []
  const seen = new Set<string>()
  try {
    for (const section of sections) {
      const name = section.heading.toLowerCase()
      const oneOf = /^one of: (.+)$/i.exec(section.heading)
      if (oneOf) {
        checks.push(readOneOf(oneOf[1], section))
        continue
      }
      if (PROSE_HEADINGS.has(name)) continue
      if (!MACHINE_HEADINGS.has(name)) {
        throw new NotesError(
          `line ${section.line}: unknown section "## ${section.heading}" (machine: ${[...MACHINE_HEADINGS].join(', ')}, "One of: …"; prose: ${[...PROSE_HEADINGS].join(', ')})`
        )
      }
      if (seen.has(name)) throw new NotesError(`line ${section.line}: section "## ${section.heading}" appears twice`)
      seen.add(name)
      checks.push(...readMachineSection(name, section))
    }
    for (const required of ['fields', 'must appear', 'must not appear']) {
      if (!seen.has(required)) throw new NotesError(`missing the section "## ${required}"`)
    }
  } catch (error) {
    if (error instanceof NotesError) throw new NotesError(`${file}: ${error.message}`)
    throw error
  }
  return {file, checks}
}

function readOneOf(name: string, section: {line: number; body: Array<{line: number; text: string}>}): OneOfCheck {
  const options: OneOfCheck['options'] = []
  let option: {label: string; lines: Array<{line: number; text: string}>} | undefined
  const gathered: Array<typeof option> = []
  for (const entry of section.body) {
    const match = /^### Option: (.+)$/.exec(entry.text.trim())
    if (match) {
      option = {label: match[1].trim(), lines: []}
      gathered.push(option)
    } else if (entry.text.trim().startsWith('### ')) {
      throw new NotesError(`line ${entry.line}: inside "One of", subsections are "### Option: …"`)
    } else if (option) option.lines.push(entry)
    else if (lineKind(entry.text) !== 'blank' && lineKind(entry.text) !== 'prose') {
      throw new NotesError(`line ${entry.line}: tables go under a "### Option: …" heading`)
    }
  }
  for (const item of gathered) {
    if (!item) continue
    const {tables} = readSection(item.lines, {tables: true, bullets: false, numbered: false})
    if (tables.length !== 1) throw new NotesError(`line ${section.line}: option "${item.label}" needs exactly one fields table`)
    const checks = readFields(tables[0])
    if (checks.length === 0) throw new NotesError(`line ${section.line}: option "${item.label}" checks nothing`)
    options.push({label: item.label, checks})
  }
  if (options.length < 2) throw new NotesError(`line ${section.line}: "One of" needs at least two options`)
  return {type: 'one-of', line: section.line, name, options}
}

function readMachineSection(name: string, section: {line: number; body: Array<{line: number; text: string}>}): Check[] {
  const checks: Check[] = []
  const push = (check: Check | undefined) => {
    if (check) checks.push(check)
  }
  switch (name) {
    case 'fields': {
      const {tables} = readSection(section.body, {tables: true, bullets: false, numbered: false})
      if (tables.length === 0) throw new NotesError(`line ${section.line}: "Fields" needs a table`)
      for (const table of tables) checks.push(...readFields(table))
      break
    }
    case 'authors': {
      const {tables} = readSection(section.body, {tables: true, bullets: false, numbered: false})
      if (tables.length !== 1) throw new NotesError(`line ${section.line}: "Authors" needs exactly one table`)
      const table = tables[0]
      requireColumns(table, '#', 'authors.1')
      if (!table.columns.includes('name')) throw new NotesError(`line ${table.line}: an authors table needs a \`name\` column`)
      requireNumbered(table, '#')
      const names = table.rows.map((row) => {
        const literal = onlyLiteral(row.cells.name)
        if (literal === undefined) throw new NotesError(`line ${row.line}: an author's name is a \`literal\``)
        return literal
      })
      checks.push({
        type: 'field',
        line: table.line,
        path: 'authors',
        expr: {source: names.map((item) => '`' + item + '`').join(', '), alternatives: [[{op: 'list', items: names}]]}
      })
      for (const [index, row] of table.rows.entries()) {
        for (const column of table.columns.slice(1)) {
          if (column === 'name' || column === 'note') continue
          push(fieldCheck(`authors.${index + 1}.${column}`, row.cells[column], row.line))
        }
      }
      break
    }
    case 'key points': {
      const {numbered} = readSection(section.body, {tables: false, bullets: false, numbered: true})
      if (numbered.length === 0) throw new NotesError(`line ${section.line}: "Key points" needs a numbered list (or write keyPoints | (none) under Fields)`)
      const items = numbered.map((item, index) => {
        if (item.n !== index + 1) throw new NotesError(`line ${item.line}: key points are numbered 1, 2, 3, …`)
        const [head] = splitOutside(item.text, ' — ')
        const literal = onlyLiteral(head)
        if (literal === undefined) throw new NotesError(`line ${item.line}: a key point is a \`literal\` (prose may follow after " — ")`)
        return literal
      })
      checks.push({
        type: 'field',
        line: section.line,
        path: 'keyPoints',
        expr: {source: `${items.length} key points`, alternatives: [[{op: 'list', items}]]}
      })
      break
    }
    case 'body': {
      const {tables} = readSection(section.body, {tables: true, bullets: false, numbered: false})
      if (tables.length !== 1) throw new NotesError(`line ${section.line}: "Body" needs exactly one table`)
      const table = tables[0]
      requireColumns(table, '#', 'body.1')
      for (const row of table.rows) {
        if (!/^[1-9]\d*$/.test(row.cells['#'])) throw new NotesError(`line ${row.line}: \`#\` is a block number`)
        for (const column of table.columns.slice(1)) {
          if (column === 'note') continue
          push(fieldCheck(`body.${row.cells['#']}.${column}`, row.cells[column], row.line))
        }
      }
      break
    }
    case 'figures': {
      const {tables} = readSection(section.body, {tables: true, bullets: false, numbered: false})
      if (tables.length !== 1) throw new NotesError(`line ${section.line}: "Figures" needs exactly one table`)
      const table = tables[0]
      requireColumns(table, 'where', 'figures.1')
      for (const row of table.rows) {
        const where = row.cells.where
        let base: string
        let match = /^body (\d+)$/.exec(where)
        if (match) base = `body.${match[1]}`
        else if ((match = /^post (\d+) block (\d+)$/.exec(where))) base = `posts.${match[1]}.body.${match[2]}`
        else throw new NotesError(`line ${row.line}: \`where\` is "body N" or "post N block M", not \`${where}\``)
        push(fieldCheck(`${base}.type`, '`figure`', row.line))
        for (const column of table.columns.slice(1)) {
          if (column === 'note') continue
          push(fieldCheck(`${base}.${column}`, row.cells[column], row.line))
        }
      }
      break
    }
    case 'posts':
    case 'related': {
      const {tables} = readSection(section.body, {tables: true, bullets: false, numbered: false})
      if (tables.length !== 1) throw new NotesError(`line ${section.line}: "${name}" needs exactly one table`)
      const table = tables[0]
      const base = name === 'posts' ? 'posts' : 'related'
      requireColumns(table, '#', `${base}.1`)
      const anyRows = table.rows.filter((row) => row.cells['#'] === 'any')
      if (anyRows.length === 0) {
        const count = requireNumbered(table, '#')
        push(fieldCheck(`${base}.length`, String(count), table.line))
      } else if (name !== 'posts') {
        throw new NotesError(`line ${anyRows[0].line}: \`any\` rows are for posts only`)
      }
      for (const row of table.rows) {
        const key = row.cells['#']
        if (key === 'any') {
          const items = table.columns
            .slice(1)
            .filter((column) => column !== 'note')
            .map((column) => {
              validatePath(`posts.1.${column}`)
              return {column, expr: expr(row.cells[column], row.line, column)}
            })
            .filter((item) => !isUnchecked(item.expr))
          if (items.length === 0) throw new NotesError(`line ${row.line}: an \`any\` row checks nothing`)
          checks.push({type: 'any-post', line: row.line, checks: items})
          continue
        }
        if (!/^[1-9]\d*$/.test(key)) throw new NotesError(`line ${row.line}: \`#\` is a number or \`any\``)
        for (const column of table.columns.slice(1)) {
          if (column === 'note') continue
          push(fieldCheck(`${base}.${key}.${column}`, row.cells[column], row.line))
        }
      }
      break
    }
    case 'must appear':
    case 'must not appear': {
      const {bullets} = readSection(section.body, {tables: false, bullets: true, numbered: false})
      if (bullets.length === 0) throw new NotesError(`line ${section.line}: write at least one bullet (or "- (nothing)")`)
      for (const bullet of bullets) push(readSnippetBullet(bullet, name === 'must appear' ? 'appear' : 'absent'))
      break
    }
  }
  return checks
}

// ---------------------------------------------------------------------------
// The input as text, to check that snippets are grounded in it.

/** Windows-1252 bytes 0x80–0x9F (the undefined five map to themselves). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

/** Decode an HTML file's bytes by its declared charset (UTF-8 when none). */
export function decodeHtmlBytes(bytes: Uint8Array): string {
  let latin = ''
  for (const byte of bytes) latin += String.fromCharCode(byte)
  const declared = /charset\s*=\s*["']?([\w-]+)/i.exec(latin)?.[1].toLowerCase()
  if (declared && ['windows-1252', 'cp1252', 'iso-8859-1', 'latin1', 'us-ascii'].includes(declared)) {
    let out = ''
    for (const byte of bytes) out += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte)
    return out
  }
  return new TextDecoder(declared ?? 'utf-8').decode(bytes)
}

interface P5Node {
  nodeName: string
  value?: string
  data?: string
  attrs?: Array<{name: string; value: string}>
  childNodes?: P5Node[]
  content?: P5Node
}

/**
 * The searchable text of an HTML page: every text node (script and style
 * included), joined without and with spaces, plus every attribute value and
 * comment, entities decoded, whitespace folded.
 */
export function htmlHaystack(html: string): string {
  const texts: string[] = []
  const extras: string[] = []
  const stack: P5Node[] = [parseHtml(html) as unknown as P5Node]
  while (stack.length > 0) {
    const node = stack.pop() as P5Node
    if (node.nodeName === '#text' && node.value !== undefined) texts.push(node.value)
    else if (node.nodeName === '#comment' && node.data !== undefined) extras.push(node.data)
    for (const attr of node.attrs ?? []) extras.push(attr.value)
    const children = [...(node.childNodes ?? []), ...(node.content ? [node.content] : [])]
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index])
  }
  return [texts.join(''), texts.join(' '), ...extras].map(fold).join('\n')
}

/** Snippets of the notes that do not occur in the input haystack. */
export function ungrounded(notes: Notes, haystack: string): Array<{line: number; snippet: string}> {
  const missing: Array<{line: number; snippet: string}> = []
  for (const check of notes.checks) {
    if ((check.type === 'appear' || check.type === 'absent') && !haystack.includes(fold(check.snippet))) {
      missing.push({line: check.line, snippet: check.snippet})
    }
  }
  return missing
}
