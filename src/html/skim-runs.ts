/**
 * A faster reading of the long runs of plain characters for parse5.
 *
 * parse5's tokenizer reads the page a code point at a time, each through its
 * whole state machine. Most characters of a news page are in two places where
 * that reading only copies them: the text of scripts and styles (two fifths
 * of the characters) and quoted attribute values (a quarter: `srcset`s,
 * `data-*` blobs, class lists). There, a run of characters that the state
 * treats as plain (nothing that may end it: a `<` in a script, the closing
 * quote in a value, nor an `&`, a NUL, a carriage return or a surrogate) is
 * read here at once, and given to the tokenizer as one piece: a script's as
 * text (`_emitChars`, as parse5 gives a decoded character reference), a
 * value's as input appended to the value (`_extendRunWith`, as parse5 appends
 * a NUL's replacement). A script's token may then hold spaces and other
 * characters together, where parse5 cuts one at each change between them:
 * the parser appends both alike to a script's or a style's text. The tree is
 * the same, and parsing takes about a quarter less time. The page's own text
 * is read in runs too, words and spaces together, where the parser treats
 * both alike (`skimBodyText`): about a tenth less again.
 *
 * The reading position jumps past the run: parse5's count of lines and
 * columns is not kept up to date, so this is for parsing without source
 * positions and without a parse error handler (`parseToHast`), which never
 * read it. (Consuming the run a character at a time to keep that count halved
 * the gain.) The members used are protected members of parse5's tokenizer:
 * when one is missing (another version), its states are left as they are.
 *
 * @module
 */
import {InsertionMode, Token, Tokenizer} from 'parse5'

/** The members of parse5's tokenizer this reads (protected in its types). */
interface TokenizerInside {
  preprocessor: {html: string; pos: number; readonly codePointStart: number}
  /** The pending run of input (`runStart` to `runEnd`), appended to the token being built when flushed. */
  runStart: number
  runEnd: number
  _flushRun?: (text: string) => void
  /** The parser the tokens go to. */
  handler?: {insertionMode?: unknown}
  /** Whether the parser is in SVG or MathML. */
  inForeignNode?: unknown
  _ensureCharacterToken?: (type: Token.TokenType) => void
  _emitChars?: (text: string, cpOffset: number) => void
  _extendRunWith?: (text: string, cpOffset: number) => void
  /** The tag being read (its name grows in `_stateTagName`). */
  currentToken?: {tagName?: string} | null
  /** The attribute being read (its name grows in `_stateAttributeName`). */
  currentAttr?: {name: string}
  [handler: `_state${string}`]: ((cp: number) => void) | undefined
}

/** How the run read at once is given to the tokenizer. */
type Append = '_emitChars' | '_extendRunWith'

/** A state whose runs are skimmed: its handler, the characters that end a run there, and how a run is given. */
interface SkimmedState {
  handler: `_state${string}`
  /** The ASCII characters that end a run in this state (see `stopTable`). */
  stops: string
  append: Append
}

/**
 * The skimmed states. Not the page's text here: its runs would end at every
 * space (parse5 makes a token of each run of spaces), and skimming its words
 * alone cost more than it saved; see `skimBodyText`.
 */
const SKIMMED_STATES: readonly SkimmedState[] = [
  {handler: '_stateScriptData', stops: '<', append: '_emitChars'},
  // Styles, and the other elements whose text is never markup (`<noscript>`, `<iframe>`, `<xmp>`).
  {handler: '_stateRawtext', stops: '<', append: '_emitChars'},
  {handler: '_stateAttributeValueDoubleQuoted', stops: '"&', append: '_extendRunWith'},
  {handler: '_stateAttributeValueSingleQuoted', stops: "'&", append: '_extendRunWith'},
  // A comment's text (pages keep whole blocks of markup commented out) goes to the comment as a value's does.
  {handler: '_stateComment', stops: '-<', append: '_extendRunWith'}
]

/**
 * Which ASCII characters end a run: a state's stops, and in every state a
 * NUL and a carriage return (parse5 reads each apart).
 *
 * @param stops
 *   The state's own stops.
 * @returns
 *   A flag per ASCII code.
 */
function stopTable(stops: string): Uint8Array {
  const table = new Uint8Array(0x80)
  for (const stop of stops + '\0\r') table[stop.charCodeAt(0)] = 1
  return table
}

/**
 * Whether a character may be in a skimmed run.
 *
 * @param code
 *   A UTF-16 code unit, parse5's EOF (-1), or `NaN` past the end.
 * @param stops
 *   The state's `stopTable`.
 * @returns
 *   Whether it may: not a stop, half of a surrogate pair (parse5 joins
 *   pairs) or the end of the input.
 */
function isPlain(code: number, stops: Uint8Array): boolean {
  if (code < 0x80) return code >= 0 && stops[code] === 0
  return code < 0xd800 || code > 0xdfff
}

/**
 * The pattern of a run of plain characters in a state: anything but its
 * stops, a NUL, a carriage return or half of a surrogate pair (as
 * `isPlain`). Sticky: it matches from `lastIndex` on, and leaves
 * `lastIndex` at the run's end.
 *
 * @param stops
 *   The state's own stops (characters that mean nothing in a character class).
 * @returns
 *   The pattern.
 */
function runPattern(stops: string): RegExp {
  return new RegExp(`[^${stops}\\0\\r\\ud800-\\udfff]*`, 'y')
}

/**
 * Where a run of plain characters ends.
 *
 * @param pattern
 *   The state's `runPattern`.
 * @param html
 *   The page.
 * @param from
 *   Where the run goes on (the character before is plain).
 * @returns
 *   The index of the first character that is not plain (or the page's length).
 */
function runEnd(pattern: RegExp, html: string, from: number): number {
  // A sticky pattern, not a loop over `charCodeAt`: V8 compiles the character class to a native loop, about
  // four times as fast over a script's or a value's thousands of characters (measured on the trafilatura pages).
  pattern.lastIndex = from
  pattern.test(html)
  return pattern.lastIndex
}

/**
 * Extend the tokenizer's pending run by the input from `start` to `end`,
 * which ends at the current character, as `_extendRunWith` does with that
 * input as text: without comparing the text with the input again (it is the
 * input by construction) nor slicing it out (that comparison of every run,
 * and the run's copy, were a fifth of parsing).
 *
 * @param tokenizer
 *   The tokenizer, its reading position at the run's last character.
 * @param html
 *   The input the run was read from (parse5 may have dropped it since).
 * @param start
 *   Where the run starts in `html`.
 * @param end
 *   Where it ends.
 */
function extendRun(tokenizer: TokenizerInside, html: string, start: number, end: number): void {
  const runStart = tokenizer.preprocessor.codePointStart + 1 - (end - start)
  // The input before the current character was dropped (parse5 drops what it parsed as it emits a token): parse5's
  // own way, which appends the text itself.
  if (runStart < 0) return tokenizer._extendRunWith!(html.slice(start, end), 0)
  if (runStart !== tokenizer.runEnd) {
    tokenizer._flushRun!('')
    tokenizer.runStart = runStart
  }
  tokenizer.runEnd = runStart + (end - start)
}

/** A state's handler, as parse5's tokenizer calls it. */
type Handler = (this: TokenizerInside, cp: number) => void

/** parse5's tokenizer, whose handlers are the ones a skimming handler falls back to. */
const PROTOTYPE = Tokenizer.prototype as unknown as TokenizerInside

/**
 * The skimming handler of a state, made once for every tokenizer: parse5's
 * dispatch then calls the same function on every page (a function made per
 * tokenizer was a new target on each page, which V8 never inlined).
 *
 * @param state
 *   The state.
 * @returns
 *   The handler, or `undefined` when parse5 lacks a member it uses.
 */
function skimmingHandler({handler, stops, append}: SkimmedState): Handler | undefined {
  const original = PROTOTYPE[handler]
  const ensureToken = PROTOTYPE._ensureCharacterToken
  if (typeof original !== 'function' || typeof PROTOTYPE[append] !== 'function' || typeof ensureToken !== 'function' || typeof PROTOTYPE._flushRun !== 'function') return undefined
  const table = stopTable(stops)
  const run = runPattern(stops)
  return function (cp) {
    const {preprocessor} = this
    const {html, pos} = preprocessor
    // `cp` is the character at `pos`, unless parse5 changed it (a carriage return read as a line feed).
    if (!isPlain(cp, table) || html.charCodeAt(pos) !== cp) return original.call(this, cp)
    const end = runEnd(run, html, pos + 1)
    // The last character of the run is the current one, as if each had been consumed.
    preprocessor.pos = end - 1
    // What `_emitChars` does without source positions: a character token, which the run then extends.
    if (append === '_emitChars') ensureToken.call(this, Token.TokenType.CHARACTER)
    extendRun(this, html, pos, end)
  }
}

/** The skimming handlers, by the name of the handler each replaces. */
const HANDLERS: ReadonlyArray<[SkimmedState['handler'], Handler]> = SKIMMED_STATES.flatMap((state) => {
  const handler = skimmingHandler(state)
  return handler ? [[state.handler, handler] as [SkimmedState['handler'], Handler]] : []
})

/**
 * A state that reads a name, a tag's or an attribute's, a character at a
 * time (lower-casing ASCII capitals): its handler, the characters that end
 * the name, and where a run of it goes.
 */
interface NameState {
  handler: `_state${string}`
  /** The ASCII characters that end a name (see `stopTable`); capitals end a run too (see `nameSkimmingHandler`). */
  stops: string
  append: (tokenizer: TokenizerInside, text: string) => void
}

/**
 * The name states: about 14,000 of the 25,000 characters per page that
 * parse5 still read one by one were names of tags and attributes (over the
 * trafilatura and Readability.js pages).
 */
const NAME_STATES: readonly NameState[] = [
  {handler: '_stateTagName', stops: '\t\n\f />', append: (tokenizer, text) => void (tokenizer.currentToken!.tagName += text)},
  {handler: '_stateAttributeName', stops: '\t\n\f />="\'<', append: (tokenizer, text) => void (tokenizer.currentAttr!.name += text)}
]

/** ASCII capitals, which parse5 lower-cases in a name: left to its handler, so that a run is the input as it is. */
const CAPITALS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'

/**
 * The skimming handler of a name state: a run of the name's characters
 * (none a capital) appended at once, as parse5 appends them one by one.
 *
 * @param state
 *   The state.
 * @returns
 *   The handler, or `undefined` when parse5 lacks it.
 */
function nameSkimmingHandler({handler, stops, append}: NameState): Handler | undefined {
  const original = PROTOTYPE[handler]
  if (typeof original !== 'function') return undefined
  const table = stopTable(stops + CAPITALS)
  return function (cp) {
    const {preprocessor} = this
    const {html, pos} = preprocessor
    if (!isPlain(cp, table) || html.charCodeAt(pos) !== cp) return original.call(this, cp)
    // A loop, not the state's pattern: names are a few characters long, shorter than a pattern's call.
    let end = pos + 1
    while (isPlain(html.charCodeAt(end), table)) end++
    preprocessor.pos = end - 1
    append(this, html.slice(pos, end))
  }
}

/** The name states' skimming handlers, by the name of the handler each replaces. */
const NAME_HANDLERS: ReadonlyArray<[NameState['handler'], Handler]> = NAME_STATES.flatMap((state) => {
  const handler = nameSkimmingHandler(state)
  return handler ? [[state.handler, handler] as [NameState['handler'], Handler]] : []
})

/**
 * Make a tokenizer read runs of plain characters in scripts, styles and
 * quoted attribute values at once, and the page's text (see the module's
 * comment).
 *
 * @param tokenizer
 *   A parse5 tokenizer without source positions or a parse error handler,
 *   before it reads anything; changed in place.
 */
export function skimRuns(tokenizer: Tokenizer): void {
  const inside = tokenizer as unknown as TokenizerInside
  if (typeof inside.preprocessor?.pos !== 'number') return
  for (const [name, handler] of HANDLERS) inside[name] = handler
  for (const [name, handler] of NAME_HANDLERS) inside[name] = handler
  if (BODY_TEXT && typeof inside.handler?.insertionMode === 'number' && typeof inside.inForeignNode === 'boolean') inside._stateData = BODY_TEXT
}

/**
 * The insertion modes in which parse5's parser does the same with a run of
 * spaces as with other characters (`characterInBody` and
 * `whitespaceCharacterInBody`: both insert the text, after the same
 * reconstruction of formatting elements): the body, a table's cell or
 * caption, a template.
 */
const TEXT_MODES = new Set<unknown>([InsertionMode.IN_BODY, InsertionMode.IN_CELL, InsertionMode.IN_CAPTION, InsertionMode.IN_TEMPLATE])

/** What ends a run of the page's text: a tag, a character reference (and, in every state, a NUL and a carriage return). */
const TEXT_STOPS = stopTable('<&')

/**
 * The pattern of a run of the spaces parse5 puts in a whitespace token (as
 * `isTokenWhitespace`): the indentation between tags, often dozens of tabs.
 */
const SPACES_RUN = /[\t\n\f ]*/y

/** The pattern of a run of body text (see `runPattern`). */
const TEXT_RUN = runPattern('<&')

/**
 * Whether a character is one parse5 puts in a whitespace token.
 *
 * @param code
 *   A character code.
 * @returns
 *   Whether it is.
 */
function isTokenWhitespace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 12
}

/**
 * The handler that reads the page's text in runs, spaces and words
 * together. parse5 makes a token of each word and of each run of spaces
 * between them, and its parser handles each (a page's text is two tokens
 * per word); in the body, a cell, a caption or a template, the parser does
 * the same with both kinds, so a run that starts with a word (the kind of
 * token parse5 would start) is given to it as one token, up to the next tag
 * or character reference. Elsewhere (before the body, in a table, in SVG),
 * where spaces are handled apart, parse5 reads the words as it does. A run
 * of spaces alone (the indentation between tags) is read at once in every
 * mode: parse5 makes one token of it too.
 *
 * @returns
 *   The handler, or `undefined` when parse5 lacks a member it uses.
 */
function bodyTextHandler(): Handler | undefined {
  const original = PROTOTYPE._stateData
  const ensureToken = PROTOTYPE._ensureCharacterToken
  if (typeof original !== 'function' || typeof PROTOTYPE._emitChars !== 'function' || typeof ensureToken !== 'function') return undefined
  if (typeof PROTOTYPE._extendRunWith !== 'function' || typeof PROTOTYPE._flushRun !== 'function') return undefined
  return function (cp) {
    const {preprocessor} = this
    const {html, pos} = preprocessor
    if (!isPlain(cp, TEXT_STOPS) || html.charCodeAt(pos) !== cp) return original.call(this, cp)
    let end = pos + 1
    if (isTokenWhitespace(cp)) {
      // A run of spaces (the indentation between tags) is one token in parse5 too, in every mode.
      end = runEnd(SPACES_RUN, html, end)
      preprocessor.pos = end - 1
      ensureToken.call(this, Token.TokenType.WHITESPACE_CHARACTER)
      extendRun(this, html, pos, end)
      return
    }
    if (!TEXT_MODES.has(this.handler!.insertionMode) || this.inForeignNode) return original.call(this, cp)
    end = runEnd(TEXT_RUN, html, end)
    preprocessor.pos = end - 1
    // As `_emitChars` does without source positions.
    ensureToken.call(this, Token.TokenType.CHARACTER)
    extendRun(this, html, pos, end)
  }
}

/** The handler of the page's text (see `bodyTextHandler`). */
const BODY_TEXT = bodyTextHandler()
