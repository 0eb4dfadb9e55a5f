/**
 * Reading JSON-LD as pages ship it: one object, an array, an `@graph`,
 * nested `mainEntity`, and JSON that does not parse (trailing commas, raw
 * line breaks in strings, a script cut short).
 *
 * Values are only ever read (own properties, by name), never merged into
 * other objects, so keys such as `__proto__` or `constructor` cannot reach a
 * prototype.
 *
 * @module
 */

/** A JSON-LD node: an object read through `field`. */
export type JsonLdNode = Record<string, unknown>

/** Control characters are invalid inside JSON strings; pages leave line breaks there. */
const CONTROL = /[\u0000-\u001F]+/g

/** A comma before a closing bracket, which JSON forbids. */
const TRAILING_COMMA = /,(?=\s*[}\]])/g

/**
 * JSON-LD nests a few levels (an article, its author, her organisation, its
 * logo); a script nested far deeper is no metadata, and `JSON.parse` takes
 * time that grows faster than the text with the depth (a million brackets:
 * 27 times what a quarter million takes).
 */
const MAX_DEPTH = 512

/**
 * Whether a JSON text nests arrays and objects deeper than a limit: one
 * pass, brackets inside strings not counted.
 *
 * @param text
 *   The JSON text.
 * @param limit
 *   The deepest nesting allowed.
 * @returns
 *   Whether it goes deeper.
 */
function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0
  let inString = false
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index)
    if (inString) {
      if (char === 0x5c) index++ // A backslash escapes the next character.
      else if (char === 0x22) inString = false
    } else if (char === 0x22) inString = true
    else if (char === 0x5b || char === 0x7b) {
      if (++depth > limit) return true
    } else if (char === 0x5d || char === 0x7d) depth--
  }
  return false
}

/**
 * Parse a JSON-LD script's text, repairing what pages commonly break.
 *
 * @param text
 *   The script's text.
 * @returns
 *   The parsed value, or `undefined` when it cannot be read (or nests
 *   deeper than any metadata does).
 */
export function parseJsonLd(text: string): unknown {
  if (nestsDeeperThan(text, MAX_DEPTH)) return undefined
  const attempts = [
    () => text,
    () => text.replace(CONTROL, ' ').replace(TRAILING_COMMA, ''),
    // HTML comment wrappers and CDATA markers some CMSs put around the script (commented out with `//` or bare).
    () => text.replace(CONTROL, ' ').replace(TRAILING_COMMA, '').replace(/^\s*(?:<!--|(?:\/\/\s*)?<!\[CDATA\[)/, '').replace(/(?:-->|(?:\/\/\s*)?\]\]>)\s*$/, '')
  ]
  for (const attempt of attempts) {
    try {
      return JSON.parse(attempt()) as unknown
    } catch {
      // Try the next repair.
    }
  }
  return undefined
}

/**
 * An own property of a JSON-LD node.
 *
 * @param node
 *   The node.
 * @param key
 *   The property.
 * @returns
 *   Its value, or `undefined`.
 */
export function field(node: JsonLdNode, key: string): unknown {
  return Object.hasOwn(node, key) ? node[key] : undefined
}

/**
 * Whether a value is a JSON-LD node (a plain object).
 *
 * @param value
 *   Any value.
 * @returns
 *   Whether it is.
 */
export function isNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * A node's `@type`s.
 *
 * @param node
 *   The node.
 * @returns
 *   Its types, e.g. `['NewsArticle']`.
 */
export function typesOf(node: JsonLdNode): string[] {
  const type = field(node, '@type')
  const list = Array.isArray(type) ? type : [type]
  return list.filter((each): each is string => typeof each === 'string').map((each) => each.replace(/^.*[/#:]/, ''))
}

/**
 * Every node of a parsed JSON-LD value: arrays, `@graph` and `mainEntity`
 * unwrapped, breadth first, with a bound on how many are read.
 *
 * @param value
 *   A parsed JSON-LD value.
 * @returns
 *   The top-level nodes.
 */
export function jsonLdNodes(value: unknown): JsonLdNode[] {
  const nodes: JsonLdNode[] = []
  const queue: unknown[] = [value]
  while (queue.length > 0 && nodes.length < 500) {
    const current = queue.shift()
    if (Array.isArray(current)) {
      queue.push(...current.slice(0, 500))
      continue
    }
    if (!isNode(current)) continue
    nodes.push(current)
    queue.push(field(current, '@graph'), field(current, 'mainEntity'), field(current, 'mainEntityOfPage'))
  }
  return nodes
}

/**
 * A string value, from a string or the first string of an array, or a
 * node's `name` / `@id` / `url`.
 *
 * @param value
 *   Any JSON-LD value.
 * @returns
 *   The string, trimmed, or `undefined`.
 */
export function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value)) return value.length > 0 ? stringOf(value[0]) : undefined
  if (isNode(value)) return stringOf(field(value, 'name') ?? field(value, '@value'))
  return undefined
}
