/**
 * The one error `parse` throws: for invalid options only. Content problems
 * never throw; they become vfile messages.
 */
export class StandfirstError extends Error {
  /** A stable, machine-readable code, e.g. `invalid-option`, `input-too-large`. */
  readonly code: string
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
  constructor(code: string, message: string, option?: string) {
    super(message)
    this.name = 'StandfirstError'
    this.code = code
    if (option !== undefined) this.option = option
  }
}
