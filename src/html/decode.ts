/**
 * Bytes to text, as browsers decide: a byte-order mark first, then the
 * charset the markup declares (`<meta charset>`, `http-equiv`, an XML
 * declaration; anywhere in the head, as some pages declare it late), else
 * UTF-8. Invalid bytes become U+FFFD; nothing throws.
 *
 * Windows-1252 (and its labels `iso-8859-1`, `latin1`, `us-ascii`, as the
 * WHATWG Encoding standard maps them) is decoded with a table of our own:
 * Node 20's `TextDecoder` maps bytes 0x80–0x9F to control characters
 * instead of “ ” € — (nodejs/node#56542).
 *
 * @module
 */

/** What decoding found. */
export interface DecodedHtml {
  text: string
  encoding: string
  source: 'bom' | 'meta' | 'default' | 'fallback'
}

/** Windows-1252 bytes 0x80–0x9F; the five undefined ones map to their own code points. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

/** Labels that mean Windows-1252 (WHATWG Encoding). */
const WINDOWS_1252_LABELS = new Set(['windows-1252', 'cp1252', 'x-cp1252', 'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'latin-1', 'l1', 'us-ascii', 'ascii', 'ansi_x3.4-1968', 'cp819', 'ibm819', 'iso-ir-100'])

/** How far into the document a charset declaration is looked for. */
const SCAN_BYTES = 65_536

/** The charset inside one `<meta>` tag: `charset=utf-8`, `content="text/html; charset=utf-8"`. */
const CHARSET = /charset\s*=["'\s]*([\w.:-]{1,40})/i

/** A meta tag's length, at most (longer ones are not charset declarations). */
const META_MAX = 1024

/** `<?xml … encoding="…"?>` at the start. */
const XML_ENCODING = /^\s*<\?xml\s[^>]{0,200}?encoding\s*=\s*["']([\w.:-]{1,40})["']/i

/**
 * Decode Windows-1252 bytes (in chunks: inputs can be megabytes).
 *
 * @param bytes
 *   The bytes.
 * @returns
 *   The text.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = []
  const chunk = 8192
  const units = new Uint16Array(chunk)
  for (let start = 0; start < bytes.length; start += chunk) {
    const end = Math.min(start + chunk, bytes.length)
    for (let index = start; index < end; index++) {
      const byte = bytes[index]!
      units[index - start] = byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH.charCodeAt(byte - 0x80) : byte
    }
    parts.push(String.fromCharCode.apply(null, units.subarray(0, end - start) as unknown as number[]))
  }
  return parts.join('')
}

/**
 * The charset the markup declares in its head, if any.
 *
 * @param bytes
 *   The document.
 * @returns
 *   The label, lower case.
 */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = decodeWindows1252(bytes.subarray(0, SCAN_BYTES))
  const headEnd = head.search(/<\/head\b|<body\b/i)
  const scanned = headEnd === -1 ? head : head.slice(0, headEnd)
  const xml = XML_ENCODING.exec(scanned)
  if (xml) return xml[1]!.toLowerCase()
  const lower = scanned.toLowerCase()
  for (let start = lower.indexOf('<meta'); start !== -1; start = lower.indexOf('<meta', start + 5)) {
    const end = lower.indexOf('>', start)
    const tag = lower.slice(start, end === -1 ? start + META_MAX : Math.min(end, start + META_MAX))
    const found = CHARSET.exec(tag)
    if (found) return found[1]
  }
  return undefined
}

/**
 * Decode with a named encoding; an unknown label falls back to UTF-8.
 *
 * @param bytes
 *   The bytes.
 * @param label
 *   The encoding label.
 * @returns
 *   The text and the encoding used, or `undefined` for an unknown label.
 */
function decodeAs(bytes: Uint8Array, label: string): {text: string; encoding: string} | undefined {
  if (WINDOWS_1252_LABELS.has(label)) return {text: decodeWindows1252(bytes), encoding: 'windows-1252'}
  // A page cannot declare UTF-16 in its own ASCII-compatible bytes: browsers read UTF-8 then.
  const encoding = label.startsWith('utf-16') ? 'utf-8' : label
  try {
    const decoder = new TextDecoder(encoding, {fatal: false})
    return {text: decoder.decode(bytes), encoding: decoder.encoding}
  } catch {
    return undefined
  }
}

/**
 * Decode an HTML document's bytes.
 *
 * @param bytes
 *   The document.
 * @returns
 *   Its text, the encoding used and how it was chosen.
 */
export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const [first, second, third] = bytes
  if (first === 0xef && second === 0xbb && third === 0xbf) return {text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', source: 'bom'}
  if (first === 0xff && second === 0xfe) return {text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', source: 'bom'}
  if (first === 0xfe && second === 0xff) return {text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', source: 'bom'}
  const label = declaredCharset(bytes)
  if (label) {
    const decoded = decodeAs(bytes, label)
    if (decoded) return {...decoded, source: 'meta'}
    return {text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', source: 'fallback'}
  }
  return {text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', source: 'default'}
}
