/**
 * `decodeHtml`: byte-order marks, declared charsets (wherever in the head),
 * our own Windows-1252 table, and the UTF-8 default and fallback.
 */
import {describe, expect, it} from 'vitest'
import {decodeHtml} from '../src/html/decode.js'

/**
 * Bytes from strings (each character one byte, so only U+0000–U+00FF) and
 * byte values, in order.
 *
 * @param parts
 *   Markup as strings, raw bytes as numbers or arrays of numbers.
 * @returns
 *   The bytes.
 */
function bytes(...parts: Array<string | number | number[] | Uint8Array>): Uint8Array {
  const values: number[] = []
  for (const part of parts) {
    if (typeof part === 'number') values.push(part)
    else if (typeof part === 'string') for (let index = 0; index < part.length; index++) values.push(part.charCodeAt(index))
    // A loop, not a spread: a part can be megabytes.
    else for (const value of part) values.push(value)
  }
  return Uint8Array.from(values)
}

/** Windows-1252 “ ” € — … */
const CP1252_SAMPLE = [0x93, 0x94, 0x80, 0x97, 0x85]

describe('decodeHtml: Windows-1252', () => {
  it('should decode 0x80–0x9F with the Windows-1252 table, not as C1 controls', () => {
    const result = decodeHtml(bytes('<head><meta charset="windows-1252"></head><p>', CP1252_SAMPLE, '</p>'))
    expect(result.text).toContain('<p>“”€—…</p>')
    expect(result.encoding).toBe('windows-1252')
    expect(result.source).toBe('meta')
  })

  it.each(['iso-8859-1', 'ISO-8859-1', 'latin1', 'us-ascii', 'cp1252'])('should use the table for a declared %s', (label) => {
    const result = decodeHtml(bytes(`<meta charset="${label}">`, CP1252_SAMPLE))
    expect(result.text.endsWith('“”€—…')).toBe(true)
    expect(result.encoding).toBe('windows-1252')
  })

  it('should map the five undefined bytes to their own code points and 0xA0–0xFF as Latin-1', () => {
    const result = decodeHtml(bytes('<meta charset=cp1252>', [0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xa0, 0xe9, 0xff]))
    expect(result.text.endsWith('\u0081\u008d\u008f\u0090\u009d\u00a0éÿ')).toBe(true)
  })

  it('should decode a 5 MB Latin-1 page completely', () => {
    const head = '<html><head><meta charset="iso-8859-1"></head><body>'
    const body = new Uint8Array(5 * 1024 * 1024)
    for (let index = 0; index < body.length; index++) body[index] = 0x20 + (index % 0xe0)
    const result = decodeHtml(bytes(head, body))
    expect(result.encoding).toBe('windows-1252')
    expect(result.text.length).toBe(head.length + body.length)
    // 0x93 is at offset 0x73 of each 0xE0-byte cycle; the last byte of the page is 0x20 + (len - 1) % 0xE0.
    expect(result.text.charAt(head.length + 0x73)).toBe('“')
    expect(result.text.charCodeAt(result.text.length - 1)).toBe(0x20 + ((body.length - 1) % 0xe0))
  })
})

describe('decodeHtml: declared charsets', () => {
  it('should find a meta charset declared after 3,000 bytes of head script', () => {
    const script = `<script>var pad = "${'x'.repeat(3000)}";</script>`
    const result = decodeHtml(bytes('<!doctype html><html><head>', script, '<meta charset="windows-1252"></head><body>', 0x93))
    expect(result.source).toBe('meta')
    expect(result.text.endsWith('“')).toBe(true)
  })

  it('should find a declaration right after bytes that are no UTF-8 (the lead byte of a sequence it does not finish)', () => {
    // 0xE9 ("é" in Latin-1) opens a three-byte sequence in UTF-8: the scan must not take the `<` after it.
    const result = decodeHtml(bytes('<head><title>Caf', 0xe9, '<meta charset="iso-8859-1"></title></head><body>', 0xe9))
    expect(result.source).toBe('meta')
    expect(result.encoding).toBe('windows-1252')
    expect(result.text.endsWith('é')).toBe(true)
  })

  it('should read an http-equiv pragma with content before http-equiv', () => {
    const result = decodeHtml(bytes('<head><meta content="text/html; charset=iso-8859-1" http-equiv="Content-Type"></head>', 0x94))
    expect(result).toMatchObject({encoding: 'windows-1252', source: 'meta'})
    expect(result.text.endsWith('”')).toBe(true)
  })

  it('should read an unquoted http-equiv pragma and an unquoted charset', () => {
    expect(decodeHtml(bytes('<meta http-equiv=content-type content=text/html;charset=latin1>')).encoding).toBe('windows-1252')
    expect(decodeHtml(bytes('<meta charset=windows-1252>')).encoding).toBe('windows-1252')
    expect(decodeHtml(bytes("<meta charset='windows-1252'/>")).encoding).toBe('windows-1252')
  })

  it('should read an XML declaration at the start', () => {
    const result = decodeHtml(bytes('<?xml version="1.0" encoding="windows-1252"?><html>', 0x80))
    expect(result).toMatchObject({encoding: 'windows-1252', source: 'meta'})
    expect(result.text.endsWith('€')).toBe(true)
  })

  it('should decode other declared encodings with TextDecoder', () => {
    // "テスト" in Shift_JIS.
    const result = decodeHtml(bytes('<meta charset="shift_jis">', [0x83, 0x65, 0x83, 0x58, 0x83, 0x67]))
    expect(result).toMatchObject({encoding: 'shift_jis', source: 'meta'})
    expect(result.text.endsWith('テスト')).toBe(true)
  })

  it('should read valid UTF-8 as UTF-8 when the markup declares a legacy charset (a page re-encoded, its declaration kept)', () => {
    const storm = new TextEncoder().encode('暴风雨关闭港口 “Café”')
    for (const label of ['gbk', 'windows-1252', 'iso-8859-2', 'shift_jis']) {
      const result = decodeHtml(bytes(`<meta charset="${label}"><title>`, storm, '</title>'))
      expect(result, label).toEqual({text: `<meta charset="${label}"><title>暴风雨关闭港口 “Café”</title>`, encoding: 'utf-8', source: 'content'})
    }
    // Legacy bytes are not valid UTF-8 (0xE9 is no lead byte before ASCII): the declaration holds.
    expect(decodeHtml(bytes('<meta charset="windows-1252">Caf', [0xe9], ' au lait')).text).toBe('<meta charset="windows-1252">Café au lait')
    // Nor is a single stray byte: one invalid sequence and the declaration holds for the whole page.
    expect(decodeHtml(bytes('<meta charset="gbk">', storm, [0xff])).encoding).toBe('gbk')
  })

  it('should read a declared UTF-16 as UTF-8, as browsers do', () => {
    const result = decodeHtml(bytes('<meta charset="utf-16">', [0xe2, 0x80, 0x9c]))
    expect(result).toMatchObject({encoding: 'utf-8', source: 'meta'})
    expect(result.text.endsWith('“')).toBe(true)
  })

  it('should fall back to UTF-8 for an unknown label', () => {
    const result = decodeHtml(bytes('<meta charset="no-such-charset">', [0xe2, 0x80, 0x9c]))
    expect(result).toMatchObject({encoding: 'utf-8', source: 'fallback'})
    expect(result.text.endsWith('“')).toBe(true)
  })

  it('should ignore a charset that only appears in the body, after </head>', () => {
    const result = decodeHtml(bytes('<html><head><title>t</title></head><body><meta charset="windows-1252">', 0x93))
    expect(result).toMatchObject({encoding: 'utf-8', source: 'default'})
    expect(result.text.endsWith('\ufffd')).toBe(true)
  })

  it('should ignore a meta tag inside a comment, and content mentioning charset without http-equiv', () => {
    expect(decodeHtml(bytes('<head><!-- <meta charset="windows-1252"> --></head>')).source).toBe('default')
    expect(decodeHtml(bytes('<head><meta name="description" content="charset=windows-1252"></head>')).source).toBe('default')
    const after = decodeHtml(bytes('<head><!-- old --><meta charset="windows-1252"></head>'))
    expect(after).toMatchObject({encoding: 'windows-1252', source: 'meta'})
  })

  it('should not take <metadata> for a meta tag', () => {
    expect(decodeHtml(bytes('<head><metadata charset="windows-1252"></head>')).source).toBe('default')
  })
})

describe('decodeHtml: byte-order marks', () => {
  it('should let a UTF-8 BOM beat a contradicting meta, and drop the BOM', () => {
    const result = decodeHtml(bytes([0xef, 0xbb, 0xbf], '<meta charset="windows-1252">', [0xe2, 0x80, 0x9c]))
    expect(result).toMatchObject({encoding: 'utf-8', source: 'bom'})
    expect(result.text).toBe('<meta charset="windows-1252">“')
  })

  it('should decode a UTF-16LE BOM', () => {
    const text = '<p>héllo “€”</p>'
    const units: number[] = []
    for (let index = 0; index < text.length; index++) units.push(text.charCodeAt(index) & 0xff, text.charCodeAt(index) >> 8)
    expect(decodeHtml(bytes([0xff, 0xfe], units))).toEqual({text, encoding: 'utf-16le', source: 'bom'})
  })

  it('should decode a UTF-16BE BOM', () => {
    expect(decodeHtml(bytes([0xfe, 0xff], [0x00, 0x41, 0x20, 0x1c]))).toEqual({text: 'A“', encoding: 'utf-16be', source: 'bom'})
  })
})

describe('decodeHtml: UTF-8 default', () => {
  it('should decode undeclared bytes as UTF-8', () => {
    expect(decodeHtml(new TextEncoder().encode('<p>naïve “quotes”</p>'))).toEqual({
      text: '<p>naïve “quotes”</p>',
      encoding: 'utf-8',
      source: 'default'
    })
  })

  it('should replace invalid UTF-8 with U+FFFD without throwing', () => {
    expect(decodeHtml(bytes('a', [0xff], 'b', [0xc3], 'c', [0xe2, 0x80]))).toEqual({
      text: 'a\ufffdb\ufffdc\ufffd',
      encoding: 'utf-8',
      source: 'default'
    })
  })

  it('should decode empty input to empty text', () => {
    expect(decodeHtml(new Uint8Array(0))).toEqual({text: '', encoding: 'utf-8', source: 'default'})
  })
})
