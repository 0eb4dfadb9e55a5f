/**
 * A cache for pure functions of strings, bounded by the characters it holds
 * rather than by its number of entries: a few entries of whole paragraphs
 * can weigh more than thousands of class names, and a module-level cache
 * outlives the page that filled it. Keys longer than a limit are never
 * kept (a 10 MB line is computed, not remembered), and the cache is emptied
 * when it would go over its budget.
 *
 * Keys and string values are stored as copies of their own: V8 makes a
 * slice of a long string (`text.slice(…)`) point into it, so a cached line
 * cut from a 10 MB page would keep the whole page alive.
 *
 * @module
 */

/** Characters counted for each entry beyond its key and value: the map's own bookkeeping. */
const ENTRY_OVERHEAD = 16

/** A string-keyed cache that holds at most `maxChars` characters. */
export class BoundedCache<Value> {
  /** The entries. */
  readonly #entries = new Map<string, Value>()
  /** Characters held now (keys, string values, overhead). */
  #chars = 0

  /**
   * @param maxChars
   *   Most characters held at once (keys and string values together).
   * @param maxKeyLength
   *   Keys longer than this are not cached.
   */
  constructor(
    readonly maxChars: number,
    readonly maxKeyLength: number
  ) {}

  /**
   * The cached value of `key`, else `compute(key)`, remembered when small enough.
   *
   * @param key
   *   The argument.
   * @param compute
   *   The pure function to cache.
   * @returns
   *   Its value.
   */
  get(key: string, compute: (key: string) => Value): Value {
    const known = this.#entries.get(key)
    if (known !== undefined) return known
    const value = compute(key)
    if (key.length > this.maxKeyLength) return value
    const cost = key.length + (typeof value === 'string' ? value.length : 0) + ENTRY_OVERHEAD
    if (this.#chars + cost > this.maxChars) this.clear()
    this.#entries.set(detach(key), typeof value === 'string' ? (detach(value) as Value) : value)
    this.#chars += cost
    return value
  }

  /** Forget every entry. */
  clear(): void {
    this.#entries.clear()
    this.#chars = 0
  }

  /** Characters held now. */
  get size(): number {
    return this.#chars
  }
}

/**
 * A copy of a string that shares no memory with a longer one: concatenation
 * and slicing make V8 flatten it into a string of its own.
 *
 * @param text
 *   The string.
 * @returns
 *   The same characters, in memory of their own.
 */
export function detach(text: string): string {
  return (' ' + text).slice(1)
}
