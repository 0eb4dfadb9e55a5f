/**
 * Join regular expressions into one that matches where any of them does,
 * laid out so that the engine checks a shared start once per position.
 *
 * A pattern joined with `|` is tried at every position of a line, each of
 * its alternatives in turn: an alternative that starts with `^` fails at
 * once past the first position, one that starts with `\b` or a lookbehind
 * (`(?<!\p{L})`) after a test of the characters around the position.
 * Grouped by that assertion (`^(?:…)`, `\b(?:…)`), each test runs once per
 * position instead of once per alternative, and the anchored alternatives
 * are tried at the first position only (on the lines of the text corpus,
 * the notices of `mark-dump-furniture.ts` are tested in half the time).
 *
 * The join is for `test`: groups may be renumbered, so patterns with
 * backreferences are refused.
 *
 * @module
 */

/**
 * One pattern that matches a string when any of the given patterns does.
 *
 * @param patterns
 *   Patterns, all with the flags `flags`: not global or sticky (which keep a position between tests), nor `v` (nested classes).
 * @param flags
 *   Their flags.
 * @returns
 *   The joined pattern.
 * @throws {TypeError}
 *   When a pattern has other flags, or a backreference.
 */
export function joinPatterns(patterns: readonly RegExp[], flags: string): RegExp {
  // Alternatives by the assertion they start with ('' for none), in the order first seen.
  const byStart = new Map<string, string[]>()
  for (const pattern of patterns) {
    if (pattern.flags !== flags || /[gyv]/.test(flags)) throw new TypeError(`Expected patterns with the flags \`${flags}\` (not global, sticky or \`v\`), not \`${pattern.flags}\``)
    if (/\\[1-9k]/.test(pattern.source)) throw new TypeError(`Expected a pattern without backreferences, not \`${pattern.source}\``)
    for (const alternative of topLevelAlternatives(pattern.source)) {
      const start = leadingAssertion(alternative)
      const list = byStart.get(start)
      if (list) list.push(alternative.slice(start.length))
      else byStart.set(start, [alternative.slice(start.length)])
    }
  }
  const group = (alternatives: string[]) => alternatives.map((alternative) => `(?:${alternative})`).join('|')
  const parts = [...byStart].map(([start, alternatives]) => (start === '' ? group(alternatives) : `${start}(?:${group(alternatives)})`))
  return new RegExp(parts.join('|'), flags)
}

/**
 * The assertion an alternative starts with: `^`, `\b`, or a lookbehind
 * (`(?<!\p{L})`); `''` when it starts with none of them.
 *
 * @param alternative
 *   One top-level alternative of a pattern's source.
 * @returns
 *   The assertion's source.
 */
function leadingAssertion(alternative: string): string {
  if (alternative.startsWith('^')) return '^'
  if (alternative.startsWith('\\b')) return '\\b'
  if (!alternative.startsWith('(?<!') && !alternative.startsWith('(?<=')) return ''
  const end = groupEnd(alternative)
  return end < 0 ? '' : alternative.slice(0, end + 1)
}

/**
 * Each character of a pattern's source that is structure (outside escapes
 * and character classes), with the depth of groups it stands at.
 *
 * @param source
 *   A pattern's source.
 * @returns
 *   The characters, in order.
 */
function* structure(source: string): Generator<{index: number; character: string; depth: number}> {
  let depth = 0
  let inClass = false
  for (let index = 0; index < source.length; index++) {
    const character = source[index]!
    if (character === '\\') index++
    else if (inClass) inClass = character !== ']'
    else if (character === '[') inClass = true
    else {
      yield {index, character, depth}
      if (character === '(') depth++
      else if (character === ')') depth--
    }
  }
}

/**
 * The index of the `)` that closes the group a source starts with.
 *
 * @param source
 *   A source that starts with `(`.
 * @returns
 *   The index, or `-1` when the group is not closed.
 */
function groupEnd(source: string): number {
  for (const {index, character, depth} of structure(source)) if (character === ')' && depth === 1) return index
  return -1
}

/**
 * The alternatives of a pattern's source at its top level: split at each
 * `|` outside brackets, character classes and escapes.
 *
 * @param source
 *   A pattern's source.
 * @returns
 *   Its alternatives (one when it has no `|` at the top level).
 */
export function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = []
  let start = 0
  for (const {index, character, depth} of structure(source)) {
    if (character !== '|' || depth !== 0) continue
    alternatives.push(source.slice(start, index))
    start = index + 1
  }
  alternatives.push(source.slice(start))
  return alternatives
}

/**
 * The source of a pattern for words that no character of a class
 * precedes, with each word's look back after it: `a(?<!X a)|b(?<!X b)`
 * where one would write `(?<!X)(?:a|b)`.
 *
 * A lookbehind that opens a pattern runs at every position of the line;
 * after the words, only where one matched (on the short lines of the text
 * corpus, a sign-up vocabulary is tested in a third of the time, and the
 * agencies' names in half). Each alternative looks back for itself, so
 * that one that ends another ("PA" and "APA") does not stand in for it.
 * The two forms match the same texts as long as no alternative can match
 * a shorter end of its own match (`(?:the )?news`) or repeats letters
 * without bound (`\p{L}*`, which the look back would read again at each
 * match: `test/redos.test.ts` finds that polynomial).
 *
 * @param before
 *   The class that may not precede the words (`\p{L}`, `[\p{L}\p{N}]`).
 * @param alternation
 *   The words, as alternatives of a pattern's source (`pdf|docx?`).
 * @returns
 *   The source of the bounded words, one group.
 */
export function notAfter(before: string, alternation: string): string {
  return `(?:${topLevelAlternatives(alternation).map((word) => `${word}(?<!${before}(?:${word}))`).join('|')})`
}

/**
 * `notAfter` a letter: words that are not the end of a longer word.
 *
 * @param alternation
 *   The words, as alternatives of a pattern's source.
 * @returns
 *   The source of the bounded words, one group.
 */
export function afterNoLetter(alternation: string): string {
  return notAfter(String.raw`\p{L}`, alternation)
}
