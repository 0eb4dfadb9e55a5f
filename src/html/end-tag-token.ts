/**
 * One end-tag token for a whole parse. parse5's tokenizer makes a new token
 * for every tag it reads: for an end tag (`</p>`, a third of a page's tags)
 * an object and an empty list of attributes, which the parser handles at
 * once and lets go. The parser keeps no end tag past its handling (the
 * formatting elements it may reopen keep their start tags; its
 * `currentToken` is read only for source positions, which `parseToHast`
 * does not record): here one token is reset for each end tag instead (on
 * the corpus pages, about 90 KB a page, a fortieth of what a whole parse
 * allocates).
 *
 * Like `skim-runs.ts`, this replaces a protected member of parse5's
 * tokenizer; when it is missing (another version), nothing is changed.
 *
 * @module
 */
import {html, Token, type Tokenizer} from 'parse5'

/** The members of parse5's tokenizer this reads (protected in its types). */
interface TokenizerInside {
  currentToken: Token.TagToken | null
  _flushRun?: (text: string) => void
  _createEndTagToken?: () => void
  getCurrentLocation?: (offset: number) => Token.Location | null
}

/**
 * Make a tokenizer reuse one token for every end tag.
 *
 * @param tokenizer
 *   A tokenizer that records no source positions.
 */
export function reuseEndTagToken(tokenizer: Tokenizer): void {
  const inside = tokenizer as unknown as TokenizerInside
  if (typeof inside._createEndTagToken !== 'function' || typeof inside._flushRun !== 'function' || typeof inside.getCurrentLocation !== 'function') return
  const token: Token.TagToken = {type: Token.TokenType.END_TAG, tagName: '', tagID: html.TAG_ID.UNKNOWN, selfClosing: false, ackSelfClosing: false, attrs: [], location: null}
  // What `_createEndTagToken` does, on the one token.
  inside._createEndTagToken = function (this: TokenizerInside) {
    this._flushRun!('')
    token.tagName = ''
    token.tagID = html.TAG_ID.UNKNOWN
    token.selfClosing = false
    token.ackSelfClosing = false
    // An end tag with attributes is an error parse5 reads through: its list is dropped with it.
    if (token.attrs.length > 0) token.attrs = []
    token.location = this.getCurrentLocation!(2)
    this.currentToken = token
  }
}
