/**
 * Bad input says so (issue 11, item 7): bytes that are not text are a
 * `StandfirstError` with the code `not-text`, in the library and in the
 * CLI; a string that is not text gives an empty Article and the message
 * `not-text` (any string gives an Article: the API's contract); real text in every script and charset is not; empty input, input of
 * boilerplate only, and pages without an article each give the result the
 * README's "Bad input" section documents.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {gunzipSync, gzipSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {decodeHtml} from '../src/html/decode.js'
import {notTextReason} from '../src/not-text.js'
import {parse, parseWithMessages, StandfirstError, type Article} from '../src/index.js'

/** The Article of input with no article text. */
const EMPTY: Article = {kind: 'article', title: '', authors: [], keyPoints: [], body: [], posts: [], related: []}

/**
 * Bytes that look random (xorshift), the same for a seed.
 *
 * @param length
 *   How many.
 * @param seed
 *   Any non-zero integer.
 * @returns
 *   The bytes.
 */
function noise(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length)
  let x = seed
  for (let index = 0; index < length; index++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    bytes[index] = x & 0xff
  }
  return bytes
}

/**
 * Bytes from parts: strings one byte a character (U+0000–U+00FF), numbers as
 * bytes, byte arrays as they are.
 *
 * @param parts
 *   The parts, in order.
 * @returns
 *   The bytes.
 */
function bytes(...parts: Array<string | number[] | Uint8Array>): Uint8Array {
  const values: number[] = []
  for (const part of parts) {
    if (typeof part === 'string') for (let index = 0; index < part.length; index++) values.push(part.charCodeAt(index))
    else values.push(...part)
  }
  return Uint8Array.from(values)
}

/**
 * The `StandfirstError` that parsing throws.
 *
 * @param input
 *   What to parse.
 * @returns
 *   The error (the test fails when nothing, or something else, is thrown).
 */
function refusal(input: string | Uint8Array): StandfirstError {
  try {
    parse(input)
  } catch (error) {
    expect(error).toBeInstanceOf(StandfirstError)
    return error as StandfirstError
  }
  throw new Error('expected `parse` to throw')
}

/**
 * The message `not-text` of a string that is not text, checking that the
 * Article is empty.
 *
 * @param input
 *   The string.
 * @returns
 *   The message's reason.
 */
function emptied(input: string): string {
  const {article, messages} = parseWithMessages(input)
  expect(article).toEqual(EMPTY)
  const message = messages.find((each) => each.ruleId === 'not-text')
  expect(message, 'a not-text message').toBeDefined()
  return message!.reason
}

/** Files as a scraper might save them by mistake: each format's real header, then data. */
const BINARY_FILES: Array<[name: string, file: Uint8Array, named: RegExp]> = [
  ['PNG', bytes([0x89], 'PNG\r\n\x1A\n', [0, 0, 0, 13], 'IHDR', noise(2000, 1)), /a PNG image/],
  ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF\x00', noise(2000, 2)), /a JPEG image/],
  ['GIF', bytes('GIF89a', [1, 0, 1, 0, 0x80, 0, 0], noise(500, 3)), /a GIF image/],
  ['WebP', bytes('RIFF', [0x24, 0x08, 0, 0], 'WEBPVP8 ', noise(2000, 4)), /a WebP image/],
  ['PDF', bytes('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'), /a PDF document/],
  ['ZIP (a .docx)', bytes('PK\x03\x04', [20, 0, 6, 0], '[Content_Types].xml', noise(1000, 5)), /a ZIP archive/],
  ['gzip-compressed HTML', new Uint8Array(gzipSync('<html><body><p>A compressed page.</p></body></html>')), /gzip-compressed/]
]

describe('input that is not text', () => {
  for (const [name, file, named] of BINARY_FILES) {
    it(`should refuse ${name} bytes with a not-text error naming the format`, () => {
      const error = refusal(file)
      expect(error.code).toBe('not-text')
      expect(error.message).toMatch(named)
      expect(error.message).not.toMatch(/\n/)
    })
  }

  it('should read image and PDF files read into strings, as latin1 or as UTF-8, as empty, and say what they look like', () => {
    for (const [name, file, named] of BINARY_FILES) {
      expect(emptied(Buffer.from(file).toString('latin1')), `${name} as latin1`).toMatch(named)
    }
    // As UTF-8, the PNG's first byte becomes U+FFFD: the rest of the file still gives it away.
    expect(emptied(Buffer.from(BINARY_FILES[0]![1]).toString('utf8'))).toMatch(/not text/)
    expect(emptied(Buffer.from(BINARY_FILES[4]![1]).toString('utf8'))).toMatch(/a PDF document/)
  })

  it('should refuse NUL bytes, and mostly control characters, as binary data', () => {
    expect(refusal(new Uint8Array(4096)).message).toMatch(/^Expected text or HTML, not binary data \(100% of the characters that are not white space are control characters such as NUL\)$/)
    // As strings: an empty Article, and the message.
    expect(emptied('\u0000'.repeat(1000))).toMatch(/binary data/)
    const controls = Array.from({length: 32}, (_, code) => String.fromCharCode(code)).join('')
    expect(emptied(controls.repeat(20))).toMatch(/binary data/)
    // A third of the characters NULs, among words.
    expect(emptied('ab\u0000'.repeat(300))).toMatch(/binary data/)
  })

  it('should say so of UTF-16 without a byte-order mark', () => {
    const page = '<html><body><p>The harbour was closed on Monday.</p></body></html>'
    for (const [encoding, bytesOf] of [
      ['UTF-16LE', (code: number) => [code, 0]],
      ['UTF-16BE', (code: number) => [0, code]]
    ] as const) {
      const utf16 = Uint8Array.from([...page].flatMap((character) => bytesOf(character.charCodeAt(0))))
      expect(refusal(utf16).message, encoding).toMatch(/^Expected text or HTML, not UTF-16 text without a byte-order mark/)
      // With the mark, it is read.
      expect(parse(bytes(encoding === 'UTF-16LE' ? [0xff, 0xfe] : [0xfe, 0xff], utf16)).body, encoding).toEqual([{type: 'paragraph', text: 'The harbour was closed on Monday.'}])
    }
  })

  it('should refuse random bytes as binary data, and read the string they decode to as empty', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const random = noise(16_384, seed)
      expect(refusal(random).code).toBe('not-text')
      expect(emptied(new TextDecoder().decode(random))).toMatch(/not text/)
    }
  })

  it('should refuse text in an undeclared legacy charset that UTF-8 cannot read, and say to decode it first', () => {
    // "Шторм закрыл гавань" in windows-1251, with no declaration: as UTF-8, every letter is U+FFFD.
    const storm = [0xd8, 0xf2, 0xee, 0xf0, 0xec, 0x20, 0xe7, 0xe0, 0xea, 0xf0, 0xfb, 0xeb, 0x20, 0xe3, 0xe0, 0xe2, 0xe0, 0xed, 0xfc, 0x0a, 0x0a]
    const error = refusal(bytes(...Array.from({length: 20}, () => storm)))
    expect(error.code).toBe('not-text')
    expect(error.message).toMatch(/legacy encoding that declares no charset .*decode such text to a string first/)
  })

  it('should only sample the start: a page of text with a binary tail is text', () => {
    const page = 'Storm closes the harbour\n\n' + 'The harbour was closed on Monday after a storm damaged the main pier. '.repeat(1000)
    expect(parse(bytes(new TextEncoder().encode(page), noise(10_000, 9))).title).toBe('Storm closes the harbour')
  })

  it('should exit the CLI with 1 and one line on stderr for an image', () => {
    const folder = mkdtempSync(join(tmpdir(), 'standfirst-not-text-'))
    const png = join(folder, 'photo.png')
    writeFileSync(png, BINARY_FILES[0]![1])
    const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
    const result = spawnSync(process.execPath, [cli, png], {encoding: 'utf8'})
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^standfirst: Expected text or HTML, not a PNG image \(it starts with that format's signature\)\n$/)
  })
})

describe('real text in every script and charset is text', () => {
  // One news-like paragraph per script, short enough to read.
  const scripts: Array<[script: string, headline: string, paragraph: string]> = [
    ['Chinese', '暴风雨关闭港口', '周一，一场暴风雨损坏了主码头，港口因此关闭。渡轮服务已暂停，直至另行通知。'],
    ['Japanese', '嵐で港が閉鎖', '月曜日、嵐で主要な桟橋が損傷し、港は閉鎖された。フェリーの運航は当面見合わせとなる。'],
    ['Korean', '폭풍으로 항구 폐쇄', '월요일 폭풍으로 주 부두가 파손되어 항구가 폐쇄되었다. 여객선 운항은 추후 공지가 있을 때까지 중단된다.'],
    ['Arabic', 'العاصفة تغلق الميناء', 'أُغلق الميناء يوم الاثنين بعد أن ألحقت عاصفة أضرارًا بالرصيف الرئيسي، وعُلّقت رحلات العبّارات حتى إشعار آخر.'],
    ['Hebrew', 'הסערה סוגרת את הנמל', 'הנמל נסגר ביום שני לאחר שסערה פגעה במזח הראשי, ושירות המעבורות הושעה עד להודעה חדשה.'],
    ['Cyrillic', 'Шторм закрыл гавань', 'В понедельник гавань закрыли после того, как шторм повредил главный причал. Паромы не ходят до особого распоряжения.'],
    ['Greek', 'Η καταιγίδα κλείνει το λιμάνι', 'Το λιμάνι έκλεισε τη Δευτέρα αφού η καταιγίδα κατέστρεψε την κύρια προβλήτα. Τα πλοία δεν εκτελούν δρομολόγια.'],
    ['Hindi', 'तूफान ने बंदरगाह बंद कराया', 'सोमवार को तूफान से मुख्य घाट क्षतिग्रस्त होने के बाद बंदरगाह बंद कर दिया गया। नौका सेवा अगली सूचना तक स्थगित है।'],
    ['Thai', 'พายุทำให้ท่าเรือปิด', 'ท่าเรือปิดเมื่อวันจันทร์หลังพายุทำให้ท่าเทียบเรือหลักเสียหาย บริการเรือข้ามฟากหยุดจนกว่าจะมีประกาศ'],
    ['mixed, with emoji', 'Storm 暴风雨 Шторм 🌊', 'The harbour (港口, гавань, الميناء) closed on Monday 🌧️ after the storm; ferries ⛴️ are suspended until further notice.']
  ]

  for (const [script, headline, paragraph] of scripts) {
    it(`should parse ${script} as text and as HTML, from a string and from UTF-8 bytes`, () => {
      const text = `${headline}\n\n${paragraph}`
      const html = `<!doctype html><html><head><meta charset="utf-8"><title>${headline}</title></head><body><article><h1>${headline}</h1><p>${paragraph}</p></article></body></html>`
      for (const input of [text, html, new TextEncoder().encode(text), new TextEncoder().encode(html)]) {
        const article = parse(input)
        expect(article.title).toBe(headline)
        // Under the headline, one paragraph may be taken for the standfirst: either way it is kept whole.
        expect([article.standfirst, ...article.body.map((block) => (block.type === 'paragraph' ? block.text : ''))]).toContain(paragraph)
      }
    })
  }

  it('should parse HTML in a declared windows-1251 and windows-1252, every letter read', () => {
    // "Шторм закрыл гавань" and "Café présidé à Zürich" in their legacy charsets.
    const cyrillic = [0xd8, 0xf2, 0xee, 0xf0, 0xec, 0x20, 0xe7, 0xe0, 0xea, 0xf0, 0xfb, 0xeb, 0x20, 0xe3, 0xe0, 0xe2, 0xe0, 0xed, 0xfc]
    const page = (charset: string, headline: number[] | string) =>
      bytes(`<html><head><meta charset="${charset}"></head><body><h1>`, headline, '</h1><p>', headline, ' ', headline, '.</p></body></html>')
    expect(parse(page('windows-1251', cyrillic)).title).toBe('Шторм закрыл гавань')
    expect(parse(page('windows-1252', 'Caf\xE9 pr\xE9sid\xE9 \xE0 Z\xFCrich \x93quoted\x94')).title).toBe('Café présidé à Zürich “quoted”')
  })

  it('should accept every fixture (found wherever the fixtures folder keeps them)', () => {
    const inputs = findFiles(fileURLToPath(new URL('../fixtures/', import.meta.url)), /^input\.(?:html|txt)$/)
    expect(inputs.length).toBeGreaterThanOrEqual(17)
    for (const path of inputs) expect(() => parse(new Uint8Array(readFileSync(path))), path).not.toThrow()
  })

  const corpus = fileURLToPath(new URL('../../shared/corpus/', import.meta.url))
  // CI has `shared/` beside the checkout (see the corpus README); a bare clone skips these.
  describe.skipIf(!existsSync(corpus))('the development corpora (real pages)', () => {
    it('should accept every page of the three corpora, whatever its script or declared charset', () => {
      const pages = corpusPages(corpus)
      expect(pages.length).toBeGreaterThanOrEqual(1200)
      const refused = pages.flatMap(([name, page]) => {
        // What `parse` does before its pipeline: decode, then this check.
        const reason = notTextReason(decodeHtml(page).text, page)
        return reason ? [`${name}: ${reason}`] : []
      })
      expect(refused).toEqual([])
    })

    it('should read GBK, windows-1250 and ISO-8859-2 pages of the corpora into clean titles', () => {
      const pages = corpusPages(corpus)
      let checked = 0
      for (const [name, page] of pages) {
        const {encoding} = decodeHtml(page)
        if (!['gbk', 'windows-1250', 'iso-8859-2'].includes(encoding)) continue
        const article = parse(page)
        expect(article.title, name).not.toBe('')
        expect(article.title, name).not.toMatch(/[\uFFFD\u0080-\u009F]/)
        checked++
      }
      expect(checked).toBeGreaterThanOrEqual(3)
    })

    it('should read pages saved as UTF-8 that still declare GBK or windows-1252 as UTF-8, into clean titles', () => {
      const utf8 = new TextDecoder('utf-8', {fatal: true})
      let checked = 0
      for (const [name, page] of corpusPages(corpus)) {
        if (!/<meta[^>]+charset=["']?(?:gbk|gb2312|windows-1252|iso-8859-1)/i.test(new TextDecoder().decode(page.subarray(0, 4096))) || !isUtf8(utf8, page)) continue
        if (!page.some((byte) => byte >= 0x80)) continue
        expect(decodeHtml(page), name).toMatchObject({encoding: 'utf-8', source: 'content'})
        const title = parse(page).title
        expect(title, name).not.toBe('')
        // The corpora's truth has the headline (with the site's suffix, for Readability.js's).
        const truth = truthTitle(name)
        if (truth !== undefined) expect(truth.startsWith(title), `${name}: ${title}`).toBe(true)
        checked++
      }
      expect(checked).toBeGreaterThanOrEqual(2)
    })
  })
})

/**
 * Files under a folder whose names match, at any depth.
 *
 * @param folder
 *   Where to look.
 * @param name
 *   What their name must match.
 * @returns
 *   Their paths.
 */
function findFiles(folder: string, name: RegExp): string[] {
  return readdirSync(folder, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && name.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
}

/**
 * Whether bytes are valid UTF-8.
 *
 * @param decoder
 *   A fatal UTF-8 decoder.
 * @param page
 *   The bytes.
 * @returns
 *   Whether they decode without error.
 */
function isUtf8(decoder: TextDecoder, page: Uint8Array): boolean {
  try {
    decoder.decode(page)
    return true
  } catch {
    return false
  }
}

/**
 * The title a corpus page's truth gives, for the corpora that have one.
 *
 * @param path
 *   The page's path.
 * @returns
 *   The title, or `undefined`.
 */
function truthTitle(path: string): string | undefined {
  const truth = path.endsWith('/source.html') ? path.replace(/source\.html$/, 'expected-metadata.json') : path.endsWith('.html.gz') ? path.replace(/\.html\.gz$/, '.json') : undefined
  return truth === undefined ? undefined : (JSON.parse(readFileSync(truth, 'utf8')) as {title: string}).title
}

/** The corpus pages, read once. */
let corpusCache: Array<[string, Uint8Array]> | undefined

/**
 * Every page of the three corpora, as bytes (see the corpus README for how
 * each is stored).
 *
 * @param root
 *   The corpus folder.
 * @returns
 *   `[name, bytes]` pairs.
 */
function corpusPages(root: string): Array<[string, Uint8Array]> {
  if (corpusCache) return corpusCache
  const pages: Array<[string, Uint8Array]> = []
  for (const path of findFiles(join(root, 'readability'), /^source\.html$/)) pages.push([path, new Uint8Array(readFileSync(path))])
  for (const path of findFiles(join(root, 'trafilatura', 'eval'), /\.html$/)) pages.push([path, new Uint8Array(readFileSync(path))])
  for (const path of findFiles(join(root, 'fundus-dev'), /\.html\.gz$/)) pages.push([path, new Uint8Array(gunzipSync(readFileSync(path)))])
  corpusCache = pages
  return pages
}

describe('input without an article gives the documented result', () => {
  /**
   * Parse with messages, and list the rule ids.
   *
   * @param input
   *   What to parse.
   * @returns
   *   The article and the rule ids of its messages.
   */
  function parsed(input: string | Uint8Array): {article: Article; rules: Array<string | undefined>} {
    const {article, messages} = parseWithMessages(input)
    return {article, rules: messages.map((message) => message.ruleId)}
  }

  it('should give an empty Article and say why for empty input', () => {
    for (const input of ['', '  \n\t\n ', new Uint8Array(0), '\uFEFF']) {
      const {article, rules} = parsed(input)
      expect(article).toEqual(EMPTY)
      expect(rules).toEqual(expect.arrayContaining(['title-missing', 'article-empty']))
    }
    expect(parseWithMessages('').messages.find((message) => message.ruleId === 'article-empty')?.reason).toBe('Unexpected empty input: the Article is empty')
  })

  it('should give an empty Article, with what was dropped, for input of boilerplate only', () => {
    const text = 'Skip to main content\n\nShare\n\nAccept cookies\n\nMost viewed\n\nSign up to our newsletter'
    const html =
      '<!doctype html><html><body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>' +
      '<footer><p>© 2024 Example Ltd. All rights reserved.</p><a href="/privacy">Privacy policy</a> <a href="/cookies">Cookie settings</a></footer></body></html>'
    for (const input of [text, html]) {
      const {article, rules} = parsed(input)
      expect(article).toEqual(EMPTY)
      expect(rules.some((rule) => rule === 'furniture-dropped' || rule === 'boilerplate-dropped')).toBe(true)
      expect(rules.slice(-2)).toEqual(['title-missing', 'article-empty'])
    }
  })

  it('should keep the heading of a page without an article, and say it holds no text', () => {
    const {article, rules} = parsed('<!doctype html><html><head><title>Gallery</title></head><body><h1>Storm pictures</h1></body></html>')
    expect(article).toEqual({...EMPTY, title: 'Storm pictures'})
    expect(rules.at(-1)).toBe('article-empty')
  })

  it('should give a short Article of what an error page says', () => {
    const {article, rules} = parsed('<!doctype html><html><head><title>Page not found</title></head><body><h1>Page not found</h1><p>Sorry, this page has moved.</p></body></html>')
    expect(article.title).toBe('Page not found')
    expect(article.body).toEqual([{type: 'paragraph', text: 'Sorry, this page has moved.'}])
    expect(rules).not.toContain('article-empty')
  })

  it('should read a page of teasers as a listing, not as an empty article', () => {
    const teaser = (headline: string, summary: string) => `${headline}\n\n${summary}\n\nContinue reading...`
    const {article, rules} = parsed(
      [
        teaser('Port strike enters third day', 'Dock workers stayed away from the port for a third day, leaving ships waiting offshore.'),
        teaser('Ferry timetable cut for winter', 'The island ferry will run twice a day instead of four times from next month.'),
        teaser('New bridge opens to traffic', 'The first cars crossed the new bridge at dawn on Wednesday after six years of work.'),
        teaser('Harbour museum wins funding', 'A grant will pay for a new gallery on the history of the fishing fleet.')
      ].join('\n\n')
    )
    expect(article.kind).toBe('listing')
    expect(article.related.map((item) => item.title)).toEqual(['Port strike enters third day', 'Ferry timetable cut for winter', 'New bridge opens to traffic', 'Harbour museum wins funding'])
    expect(rules).not.toContain('article-empty')
  })
})
