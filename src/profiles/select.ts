/**
 * A faster `selectAll` for the selectors site profiles use: compound
 * selectors (`tag`, `#id`, `.class`, `[attr]`, `[attr="value"]` with `=`,
 * `~=`, `|=`, `^=`, `$=`, `*=`), joined by descendant combinators. Each
 * selector list is compiled once, then matched in one walk of the page
 * that keeps the ancestors at hand; `hast-util-select` parsed the list
 * again and tested every element against it with its general machinery,
 * once for each part of a profile, which made the profile stage a tenth of
 * a profiled page's time.
 *
 * A selector outside this subset (another combinator, a pseudo-class, an
 * escape, a name in capitals) is not compiled: its list goes to
 * `hast-util-select`, as before. Matching follows `hast-util-select`: tag
 * names compared as written, attribute values read with
 * `property-information` and lists joined as it joins them.
 *
 * @module
 */
import type {Element, Root as HastRoot} from 'hast'
import {selectAll} from 'hast-util-select'
import {find, html as htmlSchema} from 'property-information'

/** One attribute test of a compound selector. */
interface AttributeTest {
  /** The hast property the attribute is read from. */
  property: string
  /** The attribute's name (what a `true` boolean reads as). */
  attribute: string
  /** Whether a list value is comma-separated (else space-separated). */
  commaSeparated: boolean
  /** The operator (`undefined`: the attribute exists). */
  operator?: string
  value: string
}

/** A compound selector: what one element must have. */
interface Compound {
  tag?: string
  id?: string
  classes: string[]
  attributes: AttributeTest[]
}

/** A selector: its compounds from the outermost ancestor to the element itself. */
type Selector = Compound[]

/** A compiled list of selectors, any of which may match. */
export interface CompiledSelectors {
  selectors: Selector[]
}

/** A simple selector at the start of the rest of a compound, read in turn (each pattern is linear). */
const TAG = /[a-z][a-z\d-]*|\*/y
const ID = /#([A-Za-z_\d-]+)/y
const CLASS = /\.([A-Za-z_\d-]+)/y
const ATTRIBUTE = /\[([a-z][a-z\d_-]*)(?:([~|^$*]?=)(?:"([^"\\]*)"|'([^'\\]*)'))?\]/y
const SPACE = /[ \t\n\r\f]+/y

/**
 * Whether a sticky expression matches at a place, and what it matched.
 *
 * @param pattern
 *   A sticky expression.
 * @param text
 *   The selector.
 * @param at
 *   Where to try.
 * @returns
 *   The match, if any.
 */
function readAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at
  return pattern.exec(text)
}

/**
 * An attribute test as `hast-util-select` runs it.
 *
 * @param match
 *   The match of `ATTRIBUTE`.
 * @returns
 *   The test.
 */
function attributeTest(match: RegExpExecArray): AttributeTest {
  const info = find(htmlSchema, match[1]!)
  const test: AttributeTest = {property: info.property, attribute: info.attribute, commaSeparated: Boolean(info.commaSeparated), value: match[3] ?? match[4] ?? ''}
  if (match[2]) test.operator = match[2]
  return test
}

/**
 * Read the ids, classes and attribute tests at a place of a selector into a
 * compound.
 *
 * @param source
 *   The selector.
 * @param at
 *   Where the compound's tests start (past its tag, if any).
 * @param compound
 *   The compound, changed in place.
 * @returns
 *   Where the tests end, or `undefined` for a second id (left to `hast-util-select`).
 */
function readTests(source: string, at: number, compound: Compound): number | undefined {
  for (;;) {
    const id = readAt(ID, source, at)
    if (id) {
      if (compound.id !== undefined) return undefined
      compound.id = id[1]!
      at = ID.lastIndex
      continue
    }
    const name = readAt(CLASS, source, at)
    if (name) {
      compound.classes.push(name[1]!)
      at = CLASS.lastIndex
      continue
    }
    const attribute = readAt(ATTRIBUTE, source, at)
    if (!attribute) return at
    compound.attributes.push(attributeTest(attribute))
    at = ATTRIBUTE.lastIndex
  }
}

/**
 * Compile one selector, if it is in the subset.
 *
 * @param text
 *   The selector.
 * @returns
 *   Its compounds, or `undefined`.
 */
function compileSelector(text: string): Selector | undefined {
  const source = text.trim()
  const selector: Selector = []
  let at = 0
  while (at < source.length) {
    const compound: Compound = {classes: [], attributes: []}
    const tag = readAt(TAG, source, at)
    if (tag && tag[0] !== '*') compound.tag = tag[0]
    const start = tag ? TAG.lastIndex : at
    const end = readTests(source, start, compound)
    // Nothing readable here (another combinator, a pseudo-class, an escape): not in the subset.
    if (end === undefined || (end === start && !tag)) return undefined
    selector.push(compound)
    at = end
    if (at === source.length) break
    if (!readAt(SPACE, source, at)) return undefined
    at = SPACE.lastIndex
  }
  return selector.length > 0 ? selector : undefined
}

/**
 * Compile a list of selectors.
 *
 * @param list
 *   The selectors.
 * @returns
 *   The compiled list, or `undefined` when any selector is outside the subset.
 */
export function compileSelectors(list: readonly string[]): CompiledSelectors | undefined {
  const selectors: Selector[] = []
  for (const text of list) {
    // A comma inside one entry is a list of its own: left to `hast-util-select`.
    const selector = text.includes(',') ? undefined : compileSelector(text)
    if (!selector) return undefined
    selectors.push(selector)
  }
  return {selectors}
}

/**
 * An attribute's value as `hast-util-select` reads it: lists joined, a
 * `true` boolean as the attribute's name.
 *
 * @param element
 *   The element.
 * @param test
 *   The attribute test.
 * @returns
 *   The value, if the attribute is set.
 */
function attributeValue(element: Element, test: AttributeTest): string | undefined {
  const value = element.properties[test.property]
  if (value === null || value === undefined) return undefined
  if (typeof value === 'boolean') return value ? test.attribute : undefined
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined
    // As `comma-separated-tokens` and `space-separated-tokens` stringify.
    return test.commaSeparated ? (value.at(-1) === '' ? [...value, ''] : value).join(', ').trim() : value.join(' ').trim()
  }
  return String(value)
}

/**
 * Whether an attribute test passes.
 *
 * @param element
 *   The element.
 * @param test
 *   The test.
 * @returns
 *   Whether it does.
 */
function passes(element: Element, test: AttributeTest): boolean {
  const value = attributeValue(element, test)
  if (test.operator === undefined || value === undefined) return value !== undefined
  const key = test.value
  switch (test.operator) {
    case '=':
      return key === value
    case '$=':
      return key === value.slice(-key.length)
    case '*=':
      return value.includes(key)
    case '^=':
      return key === value.slice(0, key.length)
    case '|=':
      return key === value || (key === value.slice(0, key.length) && value.charAt(key.length) === '-')
    default: {
      // `~=`: the value, or one of its space-separated words.
      const trimmed = value.trim()
      return key === value || (trimmed ? trimmed.split(/[ \t\n\r\f]+/g) : []).includes(key)
    }
  }
}

/**
 * Whether an element has what a compound selector asks.
 *
 * @param element
 *   The element.
 * @param compound
 *   The compound.
 * @returns
 *   Whether it does.
 */
function fits(element: Element, compound: Compound): boolean {
  if (compound.tag !== undefined && compound.tag !== element.tagName) return false
  if (compound.id !== undefined && element.properties.id !== compound.id) return false
  if (compound.classes.length > 0) {
    const classes = (element.properties.className || []) as readonly unknown[]
    for (const name of compound.classes) if (!classes.includes(name)) return false
  }
  for (const test of compound.attributes) if (!passes(element, test)) return false
  return true
}

/**
 * Whether a selector matches an element, given its ancestors (the nearest
 * last). With descendant combinators only, the nearest ancestor that fits
 * each compound in turn is as good as any.
 *
 * @param selector
 *   The selector.
 * @param element
 *   The element.
 * @param ancestors
 *   Its element ancestors, outermost first.
 * @returns
 *   Whether it matches.
 */
function matchesWithin(selector: Selector, element: Element, ancestors: readonly Element[]): boolean {
  let index = selector.length - 1
  if (!fits(element, selector[index]!)) return false
  let above = ancestors.length - 1
  while (--index >= 0) {
    while (above >= 0 && !fits(ancestors[above]!, selector[index]!)) above--
    if (above < 0) return false
    above--
  }
  return true
}

/**
 * The elements a compiled list matches, in page order, each once.
 *
 * @param compiled
 *   The compiled selectors.
 * @param tree
 *   The page.
 * @returns
 *   The elements.
 */
function selectCompiled(compiled: CompiledSelectors, tree: HastRoot): Element[] {
  const found: Element[] = []
  const ancestors: Element[] = []
  const walk = (parent: HastRoot | Element): void => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue
      if (compiled.selectors.some((selector) => matchesWithin(selector, child, ancestors))) found.push(child)
      ancestors.push(child)
      walk(child)
      ancestors.pop()
    }
  }
  walk(tree)
  return found
}

/** Each list compiled once (profiles are validated once, their lists never change); `null`: outside the subset. */
const compiledLists = new WeakMap<readonly string[], CompiledSelectors | null>()

/**
 * The elements any of some selectors match, in page order, each once (as
 * `selectAll` of the list joined with commas).
 *
 * @param list
 *   The selectors (keep the same array from page to page: it is compiled once).
 * @param tree
 *   The page.
 * @returns
 *   The elements.
 */
export function selectList(list: readonly string[], tree: HastRoot): Element[] {
  let compiled = compiledLists.get(list)
  if (compiled === undefined) {
    compiled = compileSelectors(list) ?? null
    compiledLists.set(list, compiled)
  }
  return compiled ? selectCompiled(compiled, tree) : selectAll(list.join(', '), tree)
}
