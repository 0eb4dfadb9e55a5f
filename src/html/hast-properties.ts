/**
 * An element's attributes as hast properties, as parse5 gives them to the
 * tree adapter (`hast-tree-adapter.ts`): only the attributes the HTML
 * plugins read, each valued as `hastscript` values it (token lists split,
 * booleans and numbers parsed).
 *
 * @module
 */
import type {Properties} from 'hast'
import {find, html as htmlSchema, type Info} from 'property-information'
import type {Token} from 'parse5'
import {BoundedCache} from '../util/bounded-cache.js'

/**
 * The attributes the HTML plugins read (and every `data-*`, for lazy
 * sources and post ids): the others (event handlers, `tabindex`, ARIA) are
 * not made properties. This also leaves out names such as `__proto__`.
 */
const READ_ATTRIBUTES = new Set([
  'class', 'id', 'hidden', 'style', 'type', 'role', 'itemprop', 'rel', 'href', 'src', 'srcset', 'alt',
  'datetime', 'content', 'name', 'property', 'http-equiv', 'lang', 'pubdate', 'width', 'height', 'aria-hidden', 'poster',
  // An image's title is its caption on some sites; a picture's `<source media>` says how wide it is shown.
  'title', 'media'
])

/** The properties of an element without attributes. */
const NO_PROPERTIES: Properties = Object.freeze({}) as Properties

/**
 * The property info of each attribute in `READ_ATTRIBUTES` (`class` →
 * `className`, space-separated), found once: one lookup of an attribute's
 * name says both whether it is read and how (a test of the set, then a
 * lookup in a cache, were a fifth of `toProperties`).
 */
const READ_INFO = new Map([...READ_ATTRIBUTES].map((name) => [name, find(htmlSchema, name)]))

/** Property info of `data-*` attributes, looked up once; bounded, as their names are the page's own. */
const infoCache = new BoundedCache<Info>(65_536, 128)

/**
 * The property info of an attribute.
 *
 * @param name
 *   The attribute name.
 * @returns
 *   Its info.
 */
function findInfo(name: string): Info {
  return find(htmlSchema, name)
}

/**
 * The hast value of an attribute, as `hastscript` computes it: token lists
 * split, booleans and numbers parsed.
 *
 * @param info
 *   The attribute's property info.
 * @param value
 *   The attribute's value.
 * @returns
 *   The property value.
 */
function propertyValue(info: Info, value: string): Properties[string] {
  if (info.spaceSeparated || info.commaOrSpaceSeparated) {
    const input = (info.commaOrSpaceSeparated ? value.split(',').join(' ') : value).trim()
    if (!input) return []
    const items = splitTokens(input)
    // Only number and boolean lists need each item parsed (`class`, `rel` do not).
    return info.number || info.boolean || info.overloadedBoolean ? (items.map((item) => primitive(info, item)) as Array<string | number>) : items
  }
  if (info.commaSeparated) return value.split(',').map((item) => primitive(info, item.trim())).filter((item) => item !== '') as Array<string | number>
  return primitive(info, value)
}

/**
 * Split a trimmed token list at runs of HTML whitespace, as
 * `input.split(/[ \t\n\r\f]+/g)` does (the ends are trimmed, so no empty
 * item), without a regular expression: this runs on every `class`, and most
 * hold one name, returned as it is.
 *
 * @param input
 *   The trimmed value.
 * @returns
 *   Its tokens.
 */
function splitTokens(input: string): string[] {
  let items: string[] | undefined
  let start = 0
  for (let index = 0; index < input.length; index++) {
    if (!isTokenSeparator(input.charCodeAt(index))) continue
    if (index > start) (items ??= []).push(input.slice(start, index))
    start = index + 1
  }
  if (!items) return [input]
  items.push(input.slice(start))
  return items
}

/**
 * Whether a character separates tokens: space, tab, line feed, form feed, carriage return.
 *
 * @param code
 *   A character code.
 * @returns
 *   Whether it does.
 */
function isTokenSeparator(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13
}

/**
 * A single attribute value as `hastscript` reads it.
 *
 * @param info
 *   The property info.
 * @param value
 *   The value.
 * @returns
 *   A number, `true`, or the string.
 */
function primitive(info: Info, value: string): string | number | boolean {
  if (info.number && value && !Number.isNaN(Number(value))) return Number(value)
  if ((info.boolean || info.overloadedBoolean) && (value === '' || value.toLowerCase() === info.attribute.toLowerCase())) return true
  return value
}

/**
 * Turn attributes into hast properties, for the attributes the plugins read.
 *
 * @param attrs
 *   The attributes.
 * @returns
 *   The properties.
 */
export function toProperties(attrs: Token.Attribute[]): Properties {
  // Most elements have no attributes: they share one empty, frozen object (nothing writes properties).
  if (attrs.length === 0) return NO_PROPERTIES
  // Without a prototype, V8 keeps the object as a dictionary from the start: elements' attributes come in
  // thousands of combinations and orders, and as plain objects each made a shape of its own (adding a property
  // looked up a transition, and every plugin's reads of `properties` met so many shapes that they missed V8's
  // caches). Measured: parsing about 3–4% faster, the plugins that read properties no slower; the cost, a
  // parsed tree about 15% larger (a dictionary per element with attributes).
  const properties = Object.create(null) as Properties
  for (const {name, value, prefix} of attrs) {
    if (prefix) continue
    const info = READ_INFO.get(name) ?? (name.startsWith('data-') ? infoCache.get(name, findInfo) : undefined)
    if (info) properties[info.property] = propertyValue(info, value)
  }
  return properties
}
