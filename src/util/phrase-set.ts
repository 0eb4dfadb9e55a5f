/**
 * A set of short phrases that whole lines are looked up in.
 *
 * A `Set` hashes a string the first time it is looked up: every character
 * of it, a paragraph's thousands too. A line longer than the longest phrase
 * is in no such set, and is answered by its length alone.
 *
 * @module
 */

/** Phrases, looked up whole. */
export class PhraseSet {
  /** The phrases. */
  readonly #phrases: ReadonlySet<string>
  /** The length of the longest. */
  readonly #maxLength: number

  /**
   * @param phrases
   *   The phrases.
   */
  constructor(phrases: Iterable<string>) {
    this.#phrases = new Set(phrases)
    this.#maxLength = Math.max(0, ...[...this.#phrases].map((phrase) => phrase.length))
  }

  /**
   * Whether a text is one of the phrases.
   *
   * @param text
   *   A text (a folded line).
   * @returns
   *   Whether it is.
   */
  has(text: string): boolean {
    return text.length <= this.#maxLength && this.#phrases.has(text)
  }
}
