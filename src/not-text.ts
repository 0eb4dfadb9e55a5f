/**
 * Input that is not text: an image, a PDF, an archive or other binary data
 * passed to `parse` by mistake. Caught before the pipeline, so such input
 * gets a clear `StandfirstError` (`not-text`) instead of an Article of
 * mojibake paragraphs.
 *
 * Two checks: the signature ("magic number") a few common binary formats
 * start with, which names what the input is; then, for every other kind of
 * binary, the share of characters no text is made of (controls, NULs and the
 * U+FFFD that replaces bytes that are not UTF-8).
 *
 * @module
 */

/** A binary format, by the bytes it starts with. */
interface Signature {
  /** What the input is, as the error message names it. */
  name: string
  /** The bytes, in order; `undefined` matches any byte. */
  bytes: ReadonlyArray<number | undefined>
}

/**
 * Bytes from ASCII text, with `?` as "any byte".
 *
 * @param text
 *   The signature as text.
 * @returns
 *   Its bytes.
 */
function ascii(text: string): Array<number | undefined> {
  return [...text].map((character) => (character === '?' ? undefined : character.charCodeAt(0)))
}

/**
 * Formats that reach text parsers by mistake: what a scraper saves when a
 * link points at a photo, a document or a compressed response. Only
 * signatures no text starts with: four bytes or more, or, for JPEG and
 * gzip, three that open with a byte no text starts with (0xFF, a control).
 */
const SIGNATURES: readonly Signature[] = [
  {name: 'a PNG image', bytes: [0x89, ...ascii('PNG\r\n\u001A\n')]},
  {name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff]},
  {name: 'a GIF image', bytes: ascii('GIF87a')},
  {name: 'a GIF image', bytes: ascii('GIF89a')},
  {name: 'a WebP image', bytes: ascii('RIFF????WEBP')},
  {name: 'a TIFF image', bytes: ascii('II*\u0000')},
  {name: 'a TIFF image', bytes: ascii('MM\u0000*')},
  {name: 'an MP4, HEIC or AVIF file', bytes: ascii('????ftyp')},
  {name: 'a PDF document', bytes: ascii('%PDF-')},
  {name: 'a ZIP archive (or an Office document or EPUB)', bytes: ascii('PK\u0003\u0004')},
  {name: 'gzip-compressed data (decompress it first)', bytes: [0x1f, 0x8b, 0x08]},
  {name: 'an executable', bytes: ascii('\u007FELF')},
  {name: 'a WebAssembly module', bytes: ascii('\u0000asm')}
]

/** How much of the text the character count looks at (its start decides). */
const SAMPLE_UNITS = 65_536

/**
 * Above this share of the sample's non-space characters, controls and
 * replacement characters mean binary. Real pages in every script and
 * charset of the corpora stay below 0.01 (a stray U+FFFD or control);
 * random bytes decoded as UTF-8 give about 0.6.
 */
const MAX_UNREADABLE_SHARE = 0.3

/**
 * Above this share, controls alone (NUL and the other C0 and C1 controls
 * but tab, line feed, form feed and carriage return) mean binary: text in a
 * charset we could not decode has replacement characters, never controls.
 */
const MAX_CONTROL_SHARE = 0.1

/**
 * The format whose signature `units` starts with.
 *
 * @param unitAt
 *   The byte (or, for a string, the UTF-16 code unit) at an index.
 * @param length
 *   How many there are.
 * @returns
 *   The format's name, or `undefined`.
 */
function matchSignature(unitAt: (index: number) => number, length: number): string | undefined {
  for (const signature of SIGNATURES) {
    if (length < signature.bytes.length) continue
    if (signature.bytes.every((byte, index) => byte === undefined || unitAt(index) === byte)) return signature.name
  }
  return undefined
}

/** What the character count found. */
interface CharacterCounts {
  /** Characters that are not white space. */
  visible: number
  /** Controls: C0 but tab, line feed, vertical tab, form feed and carriage return; DEL; C1. */
  controls: number
  /** U+FFFD, which decoding puts for bytes that are not UTF-8. */
  replacements: number
}

/**
 * Count what the start of a text is made of.
 *
 * @param text
 *   The decoded input.
 * @returns
 *   The counts over the first `SAMPLE_UNITS` code units.
 */
function countCharacters(text: string): CharacterCounts {
  const counts: CharacterCounts = {visible: 0, controls: 0, replacements: 0}
  const end = Math.min(text.length, SAMPLE_UNITS)
  for (let index = 0; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) continue
    counts.visible++
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) counts.controls++
    else if (code === 0xfffd) counts.replacements++
  }
  return counts
}

/** What `countCharacters` counts as controls or replacements; nothing else can make text unreadable. */
const COUNTED_AS_UNREADABLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFD]/

/** How many code units the UTF-16 hint looks at. */
const UTF16_PROBE_UNITS = 512

/**
 * Whether a text is UTF-16 read as single bytes: every other character a
 * NUL (the high byte of ASCII), the others not.
 *
 * @param text
 *   The decoded input.
 * @returns
 *   Whether it looks like UTF-16 without a byte-order mark.
 */
function looksLikeUtf16(text: string): boolean {
  const end = Math.min(text.length, UTF16_PROBE_UNITS) & ~1
  if (end < 8) return false
  let evenNuls = 0
  let oddNuls = 0
  for (let index = 0; index < end; index += 2) {
    if (text.charCodeAt(index) === 0) evenNuls++
    if (text.charCodeAt(index + 1) === 0) oddNuls++
  }
  const pairs = end / 2
  return (evenNuls >= pairs * 0.9 && oddNuls === 0) || (oddNuls >= pairs * 0.9 && evenNuls === 0)
}

/**
 * A percentage, for messages.
 *
 * @param part
 *   The part.
 * @param whole
 *   The whole (not zero).
 * @returns
 *   Such as `62%`.
 */
function percent(part: number, whole: number): string {
  return `${Math.round((part / whole) * 100)}%`
}

/**
 * Why the input is not text, if it is not.
 *
 * @param text
 *   The decoded input.
 * @param bytes
 *   The bytes it was decoded from, when the caller passed bytes (optional).
 * @returns
 *   A reason to put in an error message ("a PNG image", "binary data: …"),
 *   or `undefined` for text (empty input included).
 */
export function notTextReason(text: string, bytes?: Uint8Array): string | undefined {
  const format = bytes ? matchSignature((index) => bytes[index]!, bytes.length) : matchSignature((index) => text.charCodeAt(index), text.length)
  if (format) return `${format} (it starts with that format's signature)`
  // Most text holds neither a control character nor U+FFFD: then the shares below are all zero (one search is faster than the count).
  if (!COUNTED_AS_UNREADABLE.test(text.length > SAMPLE_UNITS ? text.slice(0, SAMPLE_UNITS) : text)) return undefined
  const {visible, controls, replacements} = countCharacters(text)
  if (visible === 0) return undefined
  const counted = `the characters that are not white space${text.length > SAMPLE_UNITS ? ` (in the first ${SAMPLE_UNITS})` : ''}`
  if (controls / visible > MAX_CONTROL_SHARE && looksLikeUtf16(text)) {
    return 'UTF-16 text without a byte-order mark (every other byte is NUL); decode it to a string first, or add the mark'
  }
  if (controls / visible > MAX_CONTROL_SHARE) {
    return `binary data (${percent(controls, visible)} of ${counted} are control characters such as NUL)`
  }
  if ((controls + replacements) / visible > MAX_UNREADABLE_SHARE) {
    return `binary data, or text in a legacy encoding that declares no charset (${percent(controls + replacements, visible)} of ${counted} are bytes that are not UTF-8, or control characters; decode such text to a string first)`
  }
  return undefined
}
