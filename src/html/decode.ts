/**
 * Bytes to text, as browsers decide: a byte-order mark first, then the
 * charset the markup declares (`<meta charset>`, `http-equiv`, an XML
 * declaration; anywhere in the head, as some pages declare it late), else
 * UTF-8. Invalid bytes become U+FFFD; nothing throws. Bytes that are valid
 * UTF-8, non-ASCII among them, are UTF-8 whatever the markup declares: the
 * page was saved as UTF-8 with its old declaration kept.
 *
 * Windows-1252 (and its labels `iso-8859-1`, `latin1`, `us-ascii`, as the
 * WHATWG Encoding standard maps them) is decoded with a table of our own:
 * Node 20's `TextDecoder` maps bytes 0x80–0x9F to C1 control characters
 * instead of “ ” € — (nodejs/node#56542).
 *
 * @module
 */

/** What decoding found. */
export interface DecodedHtml {
  /** The decoded text, without a byte-order mark. */
  text: string
  /** The encoding used (WHATWG name, such as `utf-8` or `windows-1252`). */
  encoding: string
  /**
   * How the encoding was chosen: a byte-order mark, a declaration in the
   * markup, the UTF-8 default, UTF-8 because the declared label is unknown,
   * or UTF-8 because the bytes are valid UTF-8 (with non-ASCII characters)
   * although the markup declares another charset (`content`).
   */
  source: 'bom' | 'meta' | 'default' | 'fallback' | 'content'
}

/** Windows-1252 bytes 0x80–0x9F; the five undefined ones map to their own code points. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

/**
 * Labels that mean Windows-1252 (WHATWG Encoding). Listed rather than left to
 * `TextDecoder`, so the table is used whatever Node's label list says;
 * `x-user-defined` is read as Windows-1252 by HTML's rules and Node lacks it.
 */
const WINDOWS_1252_LABELS = new Set([
  'windows-1252',
  'cp1252',
  'x-cp1252',
  'iso-8859-1',
  'iso8859-1',
  'iso88591',
  'iso_8859-1',
  'iso_8859-1:1987',
  'iso-ir-100',
  'csisolatin1',
  'latin1',
  'l1',
  'cp819',
  'ibm819',
  'us-ascii',
  'ascii',
  'csascii',
  'ansi_x3.4-1968',
  'x-user-defined'
])

/** Code units per `String.fromCharCode.apply` call: far below engines' argument limits. */
const CHUNK_UNITS = 8192

/** How far into the document a charset declaration is looked for (64 KiB). */
const SCAN_BYTES = 65_536

/** A meta tag's or XML declaration's length, at most (longer ones are not charset declarations). */
const TAG_MAX = 1024

/**
 * One attribute of a tag: a name, then optionally `=` and a double-quoted,
 * single-quoted or bare value. The name cannot contain what may follow it,
 * and the three value forms start with different characters, so matching is
 * linear.
 */
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>]+)))?/g

/** The charset inside a `content` value: `text/html; charset=utf-8`. */
const CONTENT_CHARSET = /charset\s*=\s*["']?([\w.:-]{1,40})/

/** What may follow `<meta` (so `<metadata>` is not a meta tag). */
const META_NAME_END = /[\s/]/

/**
 * Decode Windows-1252 bytes with our table. Works in chunks of code units,
 * turned into a string per chunk: inputs can be tens of megabytes, too much
 * for one call and too slow character by character.
 *
 * @param bytes
 *   The bytes.
 * @returns
 *   The text.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = []
  const units = new Uint16Array(CHUNK_UNITS)
  for (let start = 0; start < bytes.length; start += CHUNK_UNITS) {
    const end = Math.min(start + CHUNK_UNITS, bytes.length)
    for (let index = start; index < end; index++) {
      const byte = bytes[index]!
      units[index - start] = byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH.charCodeAt(byte - 0x80) : byte
    }
    // `apply` takes any array-like, a typed array included; the cast only satisfies the types.
    parts.push(String.fromCharCode.apply(null, units.subarray(0, end - start) as unknown as number[]))
  }
  return parts.join('')
}

/**
 * Decode UTF-8, replacing invalid sequences with U+FFFD.
 *
 * @param bytes
 *   The bytes (without a byte-order mark).
 * @returns
 *   The text.
 */
function decodeUtf8(bytes: Uint8Array): string {
  // `ignoreBOM` keeps a U+FEFF that is content: the caller has removed any mark already.
  return new TextDecoder('utf-8', {fatal: false, ignoreBOM: true}).decode(bytes)
}

/**
 * Decode by byte-order mark, if the bytes start with one.
 *
 * @param bytes
 *   The document.
 * @returns
 *   The text (without the mark) and the encoding, or `undefined` without a mark.
 */
function decodeByBom(bytes: Uint8Array): {text: string; encoding: string} | undefined {
  const [first, second, third] = bytes
  if (first === 0xef && second === 0xbb && third === 0xbf) return {text: decodeUtf8(bytes.subarray(3)), encoding: 'utf-8'}
  const utf16 = first === 0xff && second === 0xfe ? 'utf-16le' : first === 0xfe && second === 0xff ? 'utf-16be' : undefined
  if (!utf16) return undefined
  return {text: new TextDecoder(utf16, {fatal: false, ignoreBOM: true}).decode(bytes.subarray(2)), encoding: utf16}
}

/**
 * The attributes of a tag, names lower case (the first of a repeated name
 * wins, as in HTML).
 *
 * @param tag
 *   The tag's text after its name, up to (not including) `>`.
 * @returns
 *   Values by name (`''` for an attribute without a value).
 */
function tagAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>()
  for (const match of tag.matchAll(ATTRIBUTE)) {
    const name = match[1]!.toLowerCase()
    if (!attributes.has(name)) attributes.set(name, match[2] ?? match[3] ?? match[4] ?? '')
  }
  return attributes
}

/**
 * The charset a meta tag declares: its `charset` attribute, or the charset
 * in `content` when it is an `http-equiv="Content-Type"` pragma (a `content`
 * alone, as in a description mentioning "charset=", declares nothing).
 *
 * @param tag
 *   The tag's text after `<meta`, up to (not including) `>`.
 * @returns
 *   The label, or `undefined`.
 */
function metaCharset(tag: string): string | undefined {
  const attributes = tagAttributes(tag)
  const charset = attributes.get('charset')?.trim()
  if (charset) return charset
  if (attributes.get('http-equiv')?.trim().toLowerCase() !== 'content-type') return undefined
  return CONTENT_CHARSET.exec(attributes.get('content')?.toLowerCase() ?? '')?.[1]
}

/**
 * The encoding an XML declaration at the start names: `<?xml version="1.0" encoding="x"?>`.
 *
 * @param head
 *   The scanned head of the document.
 * @returns
 *   The label, or `undefined`.
 */
function xmlEncoding(head: string): string | undefined {
  const start = head.trimStart()
  if (!start.startsWith('<?xml')) return undefined
  const end = start.indexOf('?>')
  if (end === -1 || end > TAG_MAX) return undefined
  return tagAttributes(start.slice('<?xml'.length, end)).get('encoding')?.trim() || undefined
}

/**
 * The text of the meta tag at `start` after its name, if it is a whole meta
 * tag no longer than `TAG_MAX`.
 *
 * @param head
 *   The scanned head of the document.
 * @param start
 *   Where `<meta` is.
 * @returns
 *   The tag's text up to `>`, or `undefined`.
 */
function metaTagAt(head: string, start: number): string | undefined {
  const afterName = start + '<meta'.length
  if (!META_NAME_END.test(head.charAt(afterName))) return undefined
  // Only a bounded window is searched for `>`: a page of `<meta` without one must stay linear.
  const window = head.slice(afterName, afterName + TAG_MAX)
  const end = window.indexOf('>')
  return end === -1 ? undefined : window.slice(0, end)
}

/**
 * The charset the first declaring meta tag names, skipping comments (a
 * commented-out meta declares nothing).
 *
 * @param head
 *   The scanned head of the document.
 * @returns
 *   The label, or `undefined`.
 */
function firstMetaCharset(head: string): string | undefined {
  // Both positions only move forwards, so the scan is linear however many comments or tags there are.
  let meta = head.indexOf('<meta')
  let comment = head.indexOf('<!--')
  while (meta !== -1) {
    if (comment !== -1 && comment < meta) {
      const close = head.indexOf('-->', comment + 4)
      if (close === -1) return undefined
      if (meta < close) meta = head.indexOf('<meta', close + 3)
      comment = head.indexOf('<!--', close + 3)
      continue
    }
    const tag = metaTagAt(head, meta)
    const charset = tag === undefined ? undefined : metaCharset(tag)
    if (charset) return charset
    meta = head.indexOf('<meta', meta + 1)
  }
  return undefined
}

/**
 * The charset the markup declares in its head, if any. Looks through the
 * first 64 KiB up to `</head`, not just the first 1 KiB browsers prescan:
 * some pages declare it after kilobytes of scripts.
 *
 * @param bytes
 *   The document.
 * @returns
 *   The label, lower case.
 */
function declaredCharset(bytes: Uint8Array): string | undefined {
  // Any decoding that keeps ASCII bytes as they are will do: the markup that matters is ASCII. UTF-8 with
  // replacement does (an invalid byte becomes one U+FFFD and never takes the ASCII byte after it), and the
  // platform's decoder reads the 64 KiB of every page several times faster than our Windows-1252 table.
  const scanned = new TextDecoder('utf-8', {fatal: false, ignoreBOM: true}).decode(bytes.subarray(0, SCAN_BYTES)).toLowerCase()
  const headEnd = scanned.indexOf('</head')
  const head = headEnd === -1 ? scanned : scanned.slice(0, headEnd)
  return xmlEncoding(head) ?? firstMetaCharset(head)
}

/**
 * Decode with a declared encoding.
 *
 * @param bytes
 *   The document.
 * @param label
 *   The declared label, lower case.
 * @returns
 *   The text and the encoding used, or `undefined` for an unknown label.
 */
function decodeDeclared(bytes: Uint8Array, label: string): {text: string; encoding: string} | undefined {
  if (WINDOWS_1252_LABELS.has(label)) return {text: decodeWindows1252(bytes), encoding: 'windows-1252'}
  let decoder: TextDecoder
  try {
    decoder = new TextDecoder(label, {fatal: false})
  } catch {
    // Unknown labels, and those WHATWG maps to the "replacement" encoding, throw.
    return undefined
  }
  if (decoder.encoding === 'windows-1252') return {text: decodeWindows1252(bytes), encoding: 'windows-1252'}
  // Markup read as ASCII cannot really be UTF-16: browsers treat such a declaration as UTF-8.
  if (decoder.encoding.startsWith('utf-16')) return {text: decodeUtf8(bytes), encoding: 'utf-8'}
  return {text: decoder.decode(bytes), encoding: decoder.encoding}
}

/**
 * The bytes as UTF-8, if they are valid UTF-8 with some non-ASCII character.
 * Pages saved as UTF-8 often keep the legacy charset they declared (a
 * crawler re-encoded them; the server's header, which browsers follow
 * first, said UTF-8): read by the declaration, every non-ASCII letter would
 * be mojibake. Text in a legacy charset is almost never valid UTF-8 once it
 * has non-ASCII bytes (a lead byte must be followed by the right number of
 * continuation bytes, every time), so such bytes are UTF-8.
 *
 * @param bytes
 *   The document.
 * @returns
 *   The text, or `undefined` when the bytes are ASCII or not valid UTF-8.
 */
function asUtf8(bytes: Uint8Array): string | undefined {
  if (!hasNonAscii(bytes)) return undefined
  try {
    return new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes)
  } catch {
    return undefined
  }
}

/**
 * Whether any byte is past ASCII (a loop, not `some` with a callback per byte:
 * documents are long).
 *
 * @param bytes
 *   The document.
 * @returns
 *   Whether one is.
 */
function hasNonAscii(bytes: Uint8Array): boolean {
  for (let index = 0; index < bytes.length; index++) if (bytes[index]! >= 0x80) return true
  return false
}

/**
 * Decode an HTML document's bytes: by byte-order mark, else by the charset
 * the markup declares (unless the bytes are valid UTF-8, non-ASCII among
 * them), else as UTF-8. Never throws; invalid bytes become
 * U+FFFD.
 *
 * @param bytes
 *   The document.
 * @returns
 *   Its text, the encoding used and how it was chosen.
 */
export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const byBom = decodeByBom(bytes)
  if (byBom) return {...byBom, source: 'bom'}
  const label = declaredCharset(bytes)
  if (label === undefined) return {text: decodeUtf8(bytes), encoding: 'utf-8', source: 'default'}
  const declared = decodeDeclared(bytes, label)
  if (declared && declared.encoding !== 'utf-8') {
    const utf8 = asUtf8(bytes)
    if (utf8 !== undefined) return {text: utf8, encoding: 'utf-8', source: 'content'}
  }
  if (declared) return {...declared, source: 'meta'}
  return {text: decodeUtf8(bytes), encoding: 'utf-8', source: 'fallback'}
}

/**
 * Decode an HTML document by the charset its transport declared (an HTTP
 * `Content-Type` header, as a WARC record keeps it), which browsers rank
 * above the markup's own declaration but below a byte-order mark.
 *
 * @param bytes
 *   The document.
 * @param charset
 *   The declared label, as the header gives it.
 * @returns
 *   The text, or `undefined` when a byte-order mark decides (or the label is
 *   unknown): then `decodeHtml` applies.
 */
export function decodeByTransportCharset(bytes: Uint8Array, charset: string): string | undefined {
  if (decodeByBom(bytes.subarray(0, 3))) return undefined
  return decodeDeclared(bytes, charset.trim().toLowerCase())?.text
}
