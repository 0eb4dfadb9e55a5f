/**
 * Forms of a line's text that many plugins ask for (folded, in lower case,
 * its word count), computed once per line and kept on the line.
 *
 * A dozen plugins fold, lower-case or count the same lines. The string
 * caches of `text.ts` hash each line and compare it, character by
 * character, with their own copy of it on every call; kept on the line
 * object, a repeat costs one property read. The record is a private field
 * of the line: JSON, `structuredClone`, deep equality and
 * `Reflect.ownKeys` do not see it, so the tree reads as before.
 *
 * @module
 */
import type {Line} from '../tree.js'
import {countWords} from './count-words.js'
import {foldLowerCase} from './text.js'

/** What is known of a line's text. */
interface Forms {
  /** The value these forms are of: a plugin that rewrites a line (a ticker's stamp cut off) gets fresh ones. */
  readonly value: string
  /** `fold(value)`, once asked for. */
  folded?: string
  /** `value.toLowerCase()`, once asked for. */
  lower?: string
  /** `wordCount(value)`, once asked for. */
  words?: number
}

/** A base class whose constructor returns the object it is given: a subclass's fields are then added to that object. */
class Returning {
  constructor(target: object) {
    return target
  }
}

/**
 * The forms of lines, each kept in a private field of its line. A private
 * field is added with a plain store; a non-enumerable symbol property, as
 * before, took `Object.defineProperty`, a call into the runtime that cost
 * more than the lower case it kept (on the lines of the text corpus, a
 * line's first form took three times as long).
 */
class LineForms extends Returning {
  #forms: Forms | undefined

  /**
   * The forms of a line's current value.
   *
   * @param line
   *   The line.
   * @returns
   *   Its record (empty at first).
   */
  static of(line: Line): Forms {
    // The constructor returns the line itself, now with the field. Its result is used, not thrown away: a bundler that
    // takes `new` of a class without side effects for dead code would otherwise drop the statement (esbuild did).
    const holder = (#forms in line ? line : new LineForms(line)) as unknown as LineForms
    const known = holder.#forms
    if (known !== undefined && known.value === line.value) return known
    const fresh: Forms = {value: line.value}
    holder.#forms = fresh
    return fresh
  }
}

/**
 * `fold(line.value)`, computed once per line.
 *
 * @param line
 *   The line.
 * @returns
 *   The folded text.
 */
export function foldLine(line: Line): string {
  const forms = LineForms.of(line)
  // Folding starts with the lower case, which several plugins ask for too.
  return (forms.folded ??= foldLowerCase(lowerLine(line)))
}

/**
 * `line.value.toLowerCase()`, computed once per line.
 *
 * @param line
 *   The line.
 * @returns
 *   The text in lower case.
 */
export function lowerLine(line: Line): string {
  const forms = LineForms.of(line)
  return (forms.lower ??= forms.value.toLowerCase())
}

/**
 * `wordCount(line.value)`, computed once per line.
 *
 * @param line
 *   The line.
 * @returns
 *   The number of words.
 */
export function lineWords(line: Line): number {
  const forms = LineForms.of(line)
  return (forms.words ??= countWords(forms.value))
}
