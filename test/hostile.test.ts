/**
 * Hostile input: the promises of "never crash, never hang, never leak markup
 * or script", each a test that says what the output holds. Input shapes run
 * over both front ends (`format: 'text'` and `format: 'html'`); checks that
 * only make sense for markup (tags gone, scripts and hidden elements
 * dropped, links sanitised) run over HTML, always.
 *
 * Options are covered in `test/options.test.ts`; this file is about input.
 * Speed is not tested here (a wall clock in a unit test fails under load):
 * `scripts/bench-scaling.ts` measures how cost grows with size.
 */
import {execFile} from 'node:child_process'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it, vi} from 'vitest'
import {checkClean, checkFromSource, decodeBytes, foldSpace, readableFields, sourceOf} from '../scripts/fuzz.js'
import {parseJsonLd} from '../src/html/json-ld.js'
import {ArticleSchema, parse, parseWithMessages, sniffFormat, StandfirstError, toPlainText, type Article, type ParseOptions} from '../src/index.js'

const FORMATS = ['text', 'html'] as const
type Format = (typeof FORMATS)[number]

/** The Article of a page with no readable text. */
const EMPTY: Article = {kind: 'article', title: '', authors: [], keyPoints: [], body: [], posts: [], related: []}

/**
 * Parse and validate against the schema (a side check: the compiler
 * validates too); the tests then say what the article must hold.
 *
 * @param input
 *   What to parse.
 * @param options
 *   Options.
 * @returns
 *   The article.
 */
function parseValid(input: string | Uint8Array, options?: ParseOptions): Article {
  const article = parse(input, options)
  const result = ArticleSchema.safeParse(article)
  expect(result.success, result.success ? '' : JSON.stringify(result.error.issues.slice(0, 3))).toBe(true)
  return article
}

/**
 * Every string anywhere in a value (keys included).
 *
 * @param value
 *   Any JSON-like value.
 * @returns
 *   The strings.
 */
function allStrings(value: unknown): string[] {
  const found: string[] = []
  const walk = (node: unknown): void => {
    if (typeof node === 'string') found.push(node)
    else if (Array.isArray(node)) for (const item of node) walk(item)
    else if (node && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) {
        found.push(key)
        walk(item)
      }
    }
  }
  walk(value)
  return found
}

/**
 * The text a reader can find: body and posts, plus the title (a page of one
 * line is all headline).
 *
 * @param article
 *   A parsed article.
 * @returns
 *   The text, whitespace folded.
 */
function readable(article: Article): string {
  return foldSpace([article.title, article.standfirst ?? '', toPlainText(article), article.transcript?.text ?? ''].join('\n'))
}

/**
 * A small page in one format: a headline, then paragraphs.
 *
 * @param format
 *   `text` or `html`.
 * @param paragraphs
 *   Paragraph texts (already markup for HTML).
 * @param head
 *   Extra markup for the HTML head (optional).
 * @returns
 *   The page.
 */
function page(format: Format, paragraphs: string[], head = ''): string {
  const headline = 'Council approves new river crossing after long debate'
  if (format === 'text') return [headline, ...paragraphs].join('\n\n') + '\n'
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${headline}</title>${head}</head>` +
    `<body><article><h1>${headline}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`
  )
}

/** Ordinary prose, to surround hostile bits so that a body exists. */
const PROSE = [
  'The council voted on Tuesday evening to approve the crossing, ending a dispute that had lasted for more than a decade.',
  'Residents on both banks said they welcomed the decision, although several raised concerns about traffic during construction.',
  'Work is expected to begin next spring and to take about three years, according to the council’s published timetable.'
]

/**
 * A deterministic pseudo-random byte array (xorshift32).
 *
 * @param length
 *   How many bytes.
 * @param seed
 *   Non-zero seed.
 * @returns
 *   The bytes.
 */
function noise(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length)
  let x = seed
  for (let i = 0; i < length; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    bytes[i] = x & 0xff
  }
  return bytes
}

/**
 * The error a function throws.
 *
 * @param run
 *   The function.
 * @returns
 *   What it threw.
 */
function caught(run: () => unknown): StandfirstError {
  try {
    run()
  } catch (error) {
    return error as StandfirstError
  }
  throw new Error('expected a throw')
}

describe('any input gives an Article of its own text', () => {
  /**
   * What a reader finds in the article (`readable`, whitespace folded), or
   * `EMPTY` for no text at all, or a check of the article.
   */
  type Expected = string | Article | ((article: Article) => void)
  const bullets = '• \n- \n* \n1. \n'.repeat(500)
  // Cases: name, input, what it gives as scraped text, and as HTML when that differs.
  const cases: Array<[name: string, input: string, text: Expected, html?: Expected]> = [
    ['empty', '', EMPTY],
    ['spaces', '   \t  ', EMPTY],
    ['only newlines', '\n\n\r\n\r\r\u2028\u2029\n', EMPTY],
    ['one character', 'x', 'x'],
    ['BOM only', '\uFEFF', EMPTY],
    // A few controls in text are dropped, the text kept (mostly controls is `not-text`: test/not-text.test.ts).
    ['some NULs', 'Ferry crews strike at dawn.\u0000 '.repeat(20), (article) => expect(readable(article).match(/Ferry crews strike at dawn\./g)).toHaveLength(20)],
    // Kept as they are (JSON escapes them), not dropped nor replaced.
    ['lone surrogates', '\uD800\uDC00\uDFFF\uD83D'.repeat(50), '\uD800\uDC00\uDFFF\uD83D'.repeat(50)],
    // `<<` and `>>` open no tag: text in HTML too.
    ['angle brackets', '<'.repeat(5000) + '>'.repeat(5000), '<'.repeat(5000) + '>'.repeat(5000)],
    // In HTML the whole input is one unclosed start tag: no text.
    ['broken tags', '<p <div <a href="x <script <!-- <![CDATA[ </ >', '<p <div <a href="x <script <!-- <![CDATA[ </ >', EMPTY],
    // In HTML a comment that never closes hides the rest; in text, every word is kept.
    ['unclosed comment', '<!-- ' + 'text '.repeat(1000), (article) => expect(readable(article).match(/\btext\b/g)).toHaveLength(1000), EMPTY],
    // Kept as written in text; decoded once in HTML (invalid references as U+FFFD, an unknown name as written).
    ['entities', '&amp;&#0;&#x110000;&#xD800;&lt;&bogus;&#99999999999;'.repeat(100), '&amp;&#0;&#x110000;&#xD800;&lt;&bogus;&#99999999999;'.repeat(100), '&\uFFFD\uFFFD\uFFFD<&bogus;\uFFFD'.repeat(100)],
    ['punctuation', '!?.…:;,'.repeat(1000), '!?.…:;,'.repeat(1000)],
    ['digits and times', '12:00 09:41 2024-06-19 31/02/2024 25:61 BST GMT+14 '.repeat(200), '12:00 09:41 2024-06-19 31/02/2024 25:61 BST GMT+14 '.repeat(200).trim()],
    // Bullets with no item are no list, and the glyphs are not kept as text; in HTML they are only text (no `<li>`).
    [
      'bullets',
      bullets,
      (article) => {
        expect([...article.body, ...article.posts.flatMap((post) => post.body)].filter((block) => block.type === 'list')).toEqual([])
        expect(readable(article)).not.toMatch(/[•*-]/)
      },
      foldSpace(bullets)
    ]
  ]
  for (const format of [...FORMATS, 'auto'] as const) {
    for (const [name, input, text, html = text] of cases) {
      it(`should give ${name} its own text, clean (${format})`, () => {
        const article = parseValid(input, {format})
        // No control character, no unfolded whitespace, nothing that is not the input's.
        checkClean(article)
        checkFromSource(article, sourceOf(input, format))
        const expected = (format === 'auto' ? sniffFormat(input) : format) === 'html' ? html : text
        if (typeof expected === 'function') expected(article)
        else if (typeof expected === 'string') expect(readable(article)).toBe(expected)
        else expect(article).toEqual(expected)
      })
    }
    it(`should refuse random bytes as not text, and read the text they decode to as empty (${format})`, () => {
      for (let seed = 1; seed <= 8; seed++) {
        const bytes = noise(16_384, seed)
        expect(caught(() => parse(bytes, {format})).code).toBe('not-text')
        const {article, messages} = parseWithMessages(decodeBytes(bytes), {format})
        expect(messages.map((message) => message.ruleId)).toContain('not-text')
        expect([article.title, article.body, article.posts]).toEqual(['', [], []])
      }
    })
  }
})

describe('input errors', () => {
  it('should throw a StandfirstError (invalid-input) for input that is neither a string nor bytes', () => {
    for (const input of [null, undefined, 42, {}, [], new ArrayBuffer(4)]) {
      expect(() => parse(input as unknown as string)).toThrow(StandfirstError)
      try {
        parse(input as unknown as string)
      } catch (error) {
        expect((error as StandfirstError).code).toBe('invalid-input')
        expect((error as StandfirstError).message).toMatch(/`input`/)
      }
    }
  })

  it('should reject input over `maxInputBytes` with a clear error naming the option, strings and bytes', () => {
    for (const input of ['x'.repeat(1001), new Uint8Array(1001)]) {
      let caught: unknown
      try {
        parse(input, {maxInputBytes: 1000})
      } catch (error) {
        caught = error
      }
      expect(caught).toBeInstanceOf(StandfirstError)
      expect((caught as StandfirstError).code).toBe('input-too-large')
      expect((caught as StandfirstError).option).toBe('maxInputBytes')
      expect((caught as StandfirstError).message).toMatch(/maxInputBytes/)
      expect((caught as StandfirstError).message).toMatch(/1000/)
    }
  })

  // 600 × "é" is 600 UTF-16 units but 1,200 UTF-8 bytes.
  it('should measure a string input in UTF-8 bytes', () => {
    expect(() => parse('é'.repeat(600), {maxInputBytes: 1000})).toThrow(StandfirstError)
  })

  it('should accept input of exactly `maxInputBytes`, and read all of it', () => {
    expect(readable(parseValid('x'.repeat(1000), {maxInputBytes: 1000}))).toBe('x'.repeat(1000))
    expect(readable(parseValid(new Uint8Array(1000).fill(0x61), {maxInputBytes: 1000}))).toBe('a'.repeat(1000))
    // 500 × "é" is 1,000 UTF-8 bytes.
    expect(readable(parseValid('é'.repeat(500), {maxInputBytes: 1000}))).toBe('é'.repeat(500))
  })

  // No wall clock (it fails under load): the proof that no work is done is
  // that nothing is decoded, and that a size the bytes only claim is refused.
  it('should reject an oversized input on its size alone, before decoding it', () => {
    const claimed = 51 * 1024 * 1024
    const decode = vi.spyOn(TextDecoder.prototype, 'decode')
    try {
      // A control: bytes of an ordinary size are decoded (so the spy sees decoding).
      expect(toPlainText(parse(new TextEncoder().encode('<p>A small page.</p>'), {format: 'html'}))).toBe('A small page.')
      expect(decode).toHaveBeenCalled()
      decode.mockClear()
      // 22 bytes that claim to be 51 MB: refused on the claim (decoded first, they would parse).
      const bytes = new TextEncoder().encode('<p>Twenty-two bytes</p>')
      for (const key of ['byteLength', 'length']) Object.defineProperty(bytes, key, {get: () => claimed})
      const error = caught(() => parse(bytes))
      expect(error).toBeInstanceOf(StandfirstError)
      expect(error).toMatchObject({code: 'input-too-large', option: 'maxInputBytes'})
      expect(error.message).toContain(String(claimed))
      expect(decode).not.toHaveBeenCalled()
      // A string over the default limit (50 MB) is refused the same way.
      expect(caught(() => parse('a'.repeat(claimed)))).toMatchObject({code: 'input-too-large', option: 'maxInputBytes'})
      expect(decode).not.toHaveBeenCalled()
    } finally {
      decode.mockRestore()
    }
  })
})

describe('hostile shapes keep their readable text', () => {
  for (const format of FORMATS) {
    it(`should survive 100,000 nested elements, one per line, and keep the text (${format})`, () => {
      const input = '<div>\n'.repeat(100_000) + 'Deep inside the nest sits a readable sentence.\n' + '</div>\n'.repeat(100_000)
      const article = parseValid(input, {format})
      expect(readable(article)).toContain('Deep inside the nest sits a readable sentence.')
    }, 60_000)

    it(`should survive a single 10 MB line and keep its text (${format})`, () => {
      const sentence = 'A readable sentence about the river crossing sits here. '
      const line = sentence.repeat(Math.ceil((10 * 1024 * 1024) / sentence.length))
      const input = format === 'html' ? `<html><body><p>${line}</p></body></html>` : line
      const article = parseValid(input, {format})
      expect(readable(article)).toContain(sentence.trim())
    }, 60_000)

    it(`should drop NUL bytes and other controls but keep the text around them (${format})`, () => {
      const article = parseValid(page(format, ['The bridge\u0000 will open\u0001 in\u0007 2027.', ...PROSE]), {format})
      expect(readable(article)).toContain('The bridge will open in 2027.')
      for (const text of allStrings(article)) expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/)
    })

    it(`should keep the text around lone surrogates, and survive a JSON round trip (${format})`, () => {
      const article = parseValid(page(format, ['Lone \uD800surrogates \uDC00do not \uDBFFstop this sentence.', ...PROSE]), {format})
      expect(readable(article)).toMatch(/Lone .?surrogates .?do not .?stop this sentence\./)
      expect(JSON.parse(JSON.stringify(article))).toEqual(article)
    })

    it(`should keep the text around invalid UTF-8 bytes (${format})`, () => {
      const encoder = new TextEncoder()
      const [before, after] = page(format, ['Invalid bytes MARK do not stop this sentence.', ...PROSE]).split('MARK') as [string, string]
      // Stray continuation bytes, an overlong form, a UTF-16 surrogate in UTF-8, a 5-byte form.
      const bad = [0xff, 0xfe, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xf8, 0x88, 0x80, 0x80, 0x80]
      const bytes = new Uint8Array([...encoder.encode(before), ...bad, ...encoder.encode(after)])
      const article = parseValid(bytes, {format})
      expect(readable(article)).toMatch(/Invalid bytes [\uFFFD\s]*do not stop this sentence\./u)
    })

    it(`should read mixed newlines (\\r, \\r\\n, \\u2028, \\u2029) as line breaks (${format})`, () => {
      const paragraphs = ['First paragraph ends with a carriage return and says so plainly.', 'Second paragraph follows a Windows line break and says so too.', 'Third paragraph follows a Unicode line separator and then stops.', 'Fourth paragraph follows a paragraph separator, and it ends the page.']
      const input =
        format === 'text'
          ? 'River crossing approved\r\r' + paragraphs[0] + '\r\n\r\n' + paragraphs[1] + '\u2028\u2028' + paragraphs[2] + '\u2029\u2029' + paragraphs[3]
          : page(format, paragraphs).replace(/\n/g, '\r')
      const article = parseValid(input, {format})
      const text = readable(article)
      for (const paragraph of paragraphs) expect(text).toContain(paragraph)
      for (const value of allStrings(article)) expect(value).not.toMatch(/[\r\u2028\u2029\u0085]/)
    })

    it(`should keep right-to-left and CJK text (${format})`, () => {
      const arabic = 'وافق المجلس على بناء الجسر الجديد بعد نقاش طويل استمر عدة سنوات.'
      const hebrew = 'המועצה אישרה את בניית הגשר החדש לאחר דיון ארוך שנמשך שנים.'
      const chinese = '市议会在经过长时间辩论后批准了新的跨河大桥，工程预计明年春天开工。'
      const japanese = '市議会は長い議論の末、新しい橋の建設を承認した。工事は来年の春に始まる予定だ。'
      const article = parseValid(page(format, [arabic, hebrew, chinese, japanese, ...PROSE]), {format})
      const text = readable(article)
      for (const sample of [arabic, hebrew, chinese, japanese]) expect(text).toContain(sample)
    })

    it(`should give byte-identical JSON for the same input twice (${format})`, () => {
      const input = page(format, PROSE)
      expect(JSON.stringify(parse(input, {format}))).toBe(JSON.stringify(parse(input, {format})))
    })
  }

  const script = 'var a = "</scr" + "ipt>"; if (a < 1 && b > 2) { run() }'
  const onlyScript = '<script>' + `${script}\n`.repeat(20_000) + '</script>'

  it('should give nothing for a page of only <script> (html)', () => {
    expect(parseValid(onlyScript, {format: 'html'})).toEqual(EMPTY)
  })

  // In scraped text there is no markup: the "script" is 20,000 lines of text, each kept.
  it('should keep every line of a page of only <script> as text (text)', () => {
    const article = parseValid(onlyScript, {format: 'text'})
    expect(readableFields(article).filter(([, text]) => text.endsWith(script))).toHaveLength(20_000)
  })

  it('should survive 100,000 nested <div>s on one line and keep the text (html)', () => {
    const input = '<div>'.repeat(100_000) + 'Deep inside the nest sits a readable sentence.' + '</div>'.repeat(100_000)
    expect(readable(parseValid(input, {format: 'html'}))).toContain('Deep inside the nest sits a readable sentence.')
  }, 60_000)

  it('should survive 100,000 nested unclosed <b>s and keep the text (html)', () => {
    const input = '<p>' + '<b>'.repeat(100_000) + 'Bold beyond reason, yet readable.</p>'
    expect(readable(parseValid(input, {format: 'html'}))).toContain('Bold beyond reason, yet readable.')
  }, 60_000)
})

describe('nothing executable or hidden survives (html)', () => {
  const options = {format: 'html'} as const

  it('should leave no markup in any text field, and decode entities', () => {
    const article = parseValid(
      page('html', [
        'Fish &amp; chips &lt;b&gt;cost&lt;/b&gt; <b>more</b> <i>than</i> ever, <img src=x onerror="alert(1)"> said the council.',
        '<span>Nested <em>inline <strong>markup</strong></em> is text</span> and &#x3C;script&#x3E; is only text.',
        ...PROSE
      ]),
      options
    )
    const text = readable(article)
    // Escaped markup is the page's text: decoded once, kept as written; real tags are gone.
    expect(text).toContain('Fish & chips <b>cost</b> more than ever, said the council.')
    expect(text).toContain('Nested inline markup is text and <script> is only text.')
    for (const value of allStrings(article).map((each) => each.replace('<b>cost</b>', 'cost').replace('<script> is', 'is'))) {
      expect(value).not.toMatch(/<\/?(?:b|i|img|span|em|strong|p|div|script)\b[^>]*>/i)
      expect(value).not.toMatch(/&(?:amp|lt|gt|quot|#\d+|#x[\da-f]+);/i)
      expect(value).not.toMatch(/onerror/i)
    }
  })

  it('should leave no <script>, <style>, <noscript> or <template> text anywhere', () => {
    const article = parseValid(
      page(
        'html',
        [
          `${PROSE[0]}<script>var SECRET_SCRIPT = 1</script>`,
          `<style>.SECRET_STYLE { color: red }</style>${PROSE[1]}`,
          `<script type="text/template"><p>SECRET_TEMPLATE_SCRIPT</p></script>${PROSE[2]}`,
          '<template><p>SECRET_TEMPLATE</p></template><noscript>SECRET_NOSCRIPT</noscript>',
          '<svg><script>SECRET_SVG_SCRIPT()</script><style>SECRET_SVG_STYLE</style></svg>'
        ],
        '<script>SECRET_HEAD_SCRIPT()</script><style>SECRET_HEAD_STYLE{}</style>'
      ),
      options
    )
    expect(JSON.stringify(article)).not.toMatch(/SECRET_/)
  })

  it('should leave no hidden text in the body', () => {
    const article = parseValid(
      page('html', [
        ...PROSE,
        '<span hidden>HIDDEN_ATTRIBUTE sentence that nobody sees on the page.</span>',
        '<span aria-hidden="true">HIDDEN_ARIA sentence that nobody sees on the page.</span>',
        '<span style="display:none">HIDDEN_STYLE sentence that nobody sees on the page.</span>',
        '<span style="color: red; DISPLAY : NONE !important">HIDDEN_STYLE_CASE sentence that nobody sees.</span>'
      ]),
      options
    )
    expect(toPlainText(article)).not.toMatch(/HIDDEN_/)
    expect(toPlainText(article)).toContain(PROSE[0])
  })

  // Found by `npm run fuzz` (seed 530721908): a hidden `<h1>` was a title candidate, and `</` before a
  // newline opens a bogus comment that turns the script's code into that heading's text.
  it('should take no title, byline or author from hidden elements', () => {
    const article = parseValid(
      '<nav hidden><h1></\n<script>var HIDDEN_CODE = "</p>"</script>\nriver</h1><span class="byline">By HIDDEN_BYLINE Person</span></nav>' +
        `<div aria-hidden="true"><a rel="author" href="/a">HIDDEN_AUTHOR Name</a></div><article><p>${PROSE[0]}</p></article>`,
      options
    )
    expect(JSON.stringify(article)).not.toMatch(/HIDDEN_/)
    expect(toPlainText(article)).toContain(PROSE[0])
  })

  it('should keep no javascript:, vbscript: or non-image data: URL anywhere', () => {
    const article = parseValid(
      page('html', [
        `<a href="javascript:alert(1)">First link</a> ${PROSE[0]}`,
        `<a href=" JaVaScRiPt:alert(2)">Second link</a> <a href="jav&#x09;ascript:alert(3)">Third</a> ${PROSE[1]}`,
        `<a href="vbscript:msgbox(1)">Fourth</a> <a href="data:text/html,<script>alert(4)</script>">Fifth</a> ${PROSE[2]}`,
        '<figure><img src="data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg==" alt="Bad"><figcaption>A caption for a bad image.</figcaption></figure>',
        '<figure><img src="javascript:alert(6)" alt="Worse"><figcaption>A caption for a worse image.</figcaption></figure>',
        '<figure><img src="data:image/png;base64,iVBORw0KGgo=" alt="Fine"><figcaption>A caption for a fine image.</figcaption></figure>'
      ]),
      {...options, url: 'https://example.com/news/river-crossing'}
    )
    for (const value of allStrings(article)) {
      const squeezed = value.replace(/[\s\u0000-\u001F]+/g, '').toLowerCase()
      expect(squeezed).not.toMatch(/^(?:javascript|vbscript):/)
      expect(squeezed).not.toMatch(/^data:(?!image\/)/)
    }
    expect(JSON.stringify(article)).not.toMatch(/alert\(/)
  })
})

describe('JSON-LD cannot pollute prototypes', () => {
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'Council approves new river crossing',
    author: {'@type': 'Person', name: 'Jane Doe'},
    constructor: {prototype: {polluted: 'constructor'}},
    '@graph': [{'@type': 'Person', name: 'John Roe', prototype: {polluted: 'graph'}}]
  }).replace(/^\{/, '{"__proto__": {"polluted": "proto", "toString": "nope"}, ')

  for (const format of FORMATS) {
    it(`should not pollute Object.prototype (${format})`, () => {
      const input = page(format, PROSE, `<script type="application/ld+json">${jsonLd}</script>`)
      const html = format === 'text' ? `${input}\n\n${jsonLd}` : input
      const article = parseValid(html, {format})
      // The page is still read: its paragraphs, and in HTML its JSON-LD author (the hostile keys aside).
      for (const paragraph of PROSE) expect(toPlainText(article)).toContain(paragraph)
      if (format === 'html') expect(article.authors).toEqual([{name: 'Jane Doe'}])
      else expect(toPlainText(article)).toContain('"name":"Jane Doe"')
      const probe = {} as Record<string, unknown>
      expect(probe.polluted).toBeUndefined()
      expect(typeof probe.toString).toBe('function')
      expect(Object.keys(Object.prototype)).toEqual([])
      expect(Object.getPrototypeOf(article)).toBe(Object.prototype)
      for (const author of article.authors) expect(Object.getPrototypeOf(author)).toBe(Object.prototype)
    })
  }
})

describe('JSON-LD nested far deeper than metadata', () => {
  it('should leave a script nested a hundred thousand deep unread, and read an ordinary one, brackets in strings aside', () => {
    const node = '{"@type":"NewsArticle","headline":"Council approves new river crossing","author":{"@type":"Person","name":"Jane Doe [ed.] {x}"}}'
    expect(parseJsonLd(`${'['.repeat(100_000)}${node}${']'.repeat(100_000)}`)).toBeUndefined()
    expect(parseJsonLd(`[[${node}]]`)).toEqual([[JSON.parse(node)]])
    expect(parseJsonLd(`{"text":"${'['.repeat(2000)}"}`)).toEqual({text: '['.repeat(2000)})
    const article = parseValid(page('html', PROSE, `<script type="application/ld+json">${'['.repeat(100_000)}${node}${']'.repeat(100_000)}</script>`), {format: 'html'})
    for (const paragraph of PROSE) expect(toPlainText(article)).toContain(paragraph)
  })
})

describe('determinism across time zones and locales', () => {
  it('should give byte-identical JSON under TZ=UTC, Pacific/Kiritimati, America/St_Johns and LANG=tr_TR.UTF-8', async () => {
    const root = new URL('../', import.meta.url).pathname
    // Every text fixture with its options, and a small HTML page, in both formats.
    const child = `
      import {readFileSync} from 'node:fs'
      import {join} from 'node:path'
      import {parse} from ${JSON.stringify(join(root, 'src/index.ts'))}
      import {listCases, optionsOf, readMeta} from ${JSON.stringify(join(root, 'scripts/fixture-store.ts'))}
      const out = []
      for (const item of listCases(${JSON.stringify(join(root, 'fixtures'))})) {
        out.push(JSON.stringify(parse(readFileSync(join(item.folder, item.inputName), 'utf8'), optionsOf(readMeta(item.folder)))))
      }
      const page = ${JSON.stringify(page('html', ['Published 19 June 2024 09:41 BST, updated 10.15am.', ...PROSE], '<meta property="article:published_time" content="2024-06-19T09:41:00+01:00">'))}
      for (const format of ['text', 'html']) out.push(JSON.stringify(parse(page, {format, date: '2024-06-19', timeZone: 'Europe/London'})))
      process.stdout.write(out.join('\\n'))
    `
    const run = promisify(execFile)
    const envs = [{TZ: 'UTC'}, {TZ: 'Pacific/Kiritimati'}, {TZ: 'America/St_Johns'}, {TZ: 'UTC', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8'}]
    const outputs = await Promise.all(
      envs.map((env) =>
        run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', child], {
          cwd: root,
          env: {...process.env, ...env},
          maxBuffer: 64 * 1024 * 1024
        })
      )
    )
    expect(outputs[0]!.stdout.length).toBeGreaterThan(1000)
    for (const output of outputs.slice(1)) expect(output.stdout).toBe(outputs[0]!.stdout)
  }, 60_000)
})

describe('format sniffing', () => {
  it('should read a page that opens with a long style or script block as HTML', () => {
    const rules = Array.from({length: 200}, (_, index) => `.rule-${index} {color: #333; margin: 0 ${index}px;}`).join('')
    for (const opening of [`<style>${rules}</style>`, `<script>var rules = "${rules}";</script>`]) {
      const page = `${opening}<!DOCTYPE html><html><head><title>Harbour works to start in May</title></head><body><h1>Harbour works to start in May</h1><p>The harbour board met on Tuesday and agreed that the works would go ahead before the winter storms.</p></body></html>`
      expect(sniffFormat(page)).toBe('html')
      expect(parse(page).title).toBe('Harbour works to start in May')
    }
    // Prose that mentions a tag is still text.
    expect(sniffFormat('The board wrote <b> in its notes.\n\nThe harbour works start in May.')).toBe('text')
  })
})
