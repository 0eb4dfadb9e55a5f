/**
 * The one error standfirst throws. Content problems never throw; they become
 * vfile messages.
 *
 * @module
 */

/**
 * Why a `StandfirstError` was thrown:
 *
 * - `invalid-options`: `options` is not an object;
 * - `invalid-option`: one option is invalid (see `option`);
 * - `invalid-input`: the input is neither a string nor bytes;
 * - `input-too-large`: the input is over `maxInputBytes`;
 * - `not-text`: the input is not text: an image, a PDF, an archive, or
 *   bytes that are mostly NULs, other controls or not UTF-8 (the message
 *   says which);
 * - `schema-invalid`: the Article standfirst built failed its own schema
 *   (a bug in standfirst: please report it with the input).
 *
 * @example
 *   ```ts
 *   function explain(code: StandfirstErrorCode): string {
 *     return code === 'input-too-large' ? 'raise maxInputBytes' : 'fix the call'
 *   }
 *   ```
 */
export type StandfirstErrorCode = 'invalid-options' | 'invalid-option' | 'invalid-input' | 'input-too-large' | 'not-text' | 'schema-invalid'

/**
 * The one error `parse` throws: for invalid options or input, and for the
 * bug of an Article that fails its schema.
 *
 * @example
 *   ```ts
 *   try {
 *     parse(html, {timeZone: 'Mars/Olympus'})
 *   } catch (error) {
 *     if (!(error instanceof StandfirstError)) throw error
 *     console.error(error.code, error.option, error.message)
 *     // invalid-option timeZone Expected `options.timeZone` to be an IANA time zone such as `Europe/London`, not `"Mars/Olympus"`
 *   }
 *   ```
 */
export class StandfirstError extends Error {
  /** A stable, machine-readable code (see `StandfirstErrorCode`). */
  readonly code: StandfirstErrorCode
  /** The option at fault, when there is one. */
  readonly option?: string

  /**
   * @param code
   *   Stable code.
   * @param message
   *   Human-readable reason, naming the option and what was expected.
   * @param option
   *   The option at fault (optional).
   */
  constructor(code: StandfirstErrorCode, message: string, option?: string) {
    super(message)
    this.name = 'StandfirstError'
    this.code = code
    if (option !== undefined) this.option = option
  }
}
