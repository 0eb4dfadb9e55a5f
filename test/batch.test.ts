/**
 * `standfirst batch` and `parseMany`, on real processes and files made here
 * (directories, JSON Lines, gzip, WARC). `npm test` builds first.
 */
import {spawn, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {gzipSync} from 'node:zlib'
import {WARCRecord, WARCSerializer} from 'warcio'
import {describe, expect, it} from 'vitest'
import {ArticleSchema} from '../src/index.js'

const cli = new URL('../dist/cli.js', import.meta.url).pathname
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], {encoding: 'utf8'})

/** A result line, as the batch writes it. */
interface Line {
  id: string
  source: string
  url?: string
  article?: unknown
  error?: {code: string; message: string}
}

/** The lines of a JSON Lines text. */
const linesOf = (text: string) => text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Line)

/** A news page in HTML, with a headline that names it. */
function htmlPage(title: string, paragraphs = 3): string {
  const body = Array.from({length: paragraphs}, (_, i) => `<p>Paragraph ${i + 1} of the story: the council met on Tuesday to discuss the harbour wall and the budget for next year.</p>`)
  return `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>${body.join('')}</article></body></html>`
}

/** Scraped text of a news page. */
const textPage = (title: string) => `${title}\n\nThe harbour was closed on Monday after a storm damaged the main pier, the port authority said.`

/** A fresh folder. */
const folder = (name: string) => mkdtempSync(join(tmpdir(), `standfirst-batch-${name}-`))

/**
 * A WARC response record.
 *
 * @param url
 *   The target URI.
 * @param body
 *   The payload.
 * @param type
 *   The HTTP content type.
 * @param status
 *   The HTTP status line (default: 200).
 */
async function warcResponse(url: string, body: Uint8Array, type: string, status = 'HTTP/1.1 200 OK'): Promise<Uint8Array> {
  const record = WARCRecord.create({url, type: 'response', warcVersion: 'WARC/1.1', httpHeaders: {'Content-Type': type}, statusline: status}, [body])
  return WARCSerializer.serialize(record, {gzip: true})
}

/** Bytes of a string in Latin-1 (every character below U+0100). */
const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0))

describe('standfirst batch', () => {
  it('should parse a directory recursively, one line per page in name order, binary files as errors', () => {
    const dir = folder('dir')
    mkdirSync(join(dir, 'b', 'c'), {recursive: true})
    writeFileSync(join(dir, 'a.html'), htmlPage('Alpha wins the cup'))
    writeFileSync(join(dir, 'b', 'page.txt'), textPage('Beta closes the harbour'))
    writeFileSync(join(dir, 'b', 'c', 'gamma.htm.gz'), gzipSync(htmlPage('Gamma opens a school')))
    writeFileSync(join(dir, 'b', 'c', 'delta.txt.gz'), gzipSync(textPage('Delta sells the ferry')))
    writeFileSync(join(dir, 'b', 'zz.html'), Uint8Array.from({length: 600}, (_, i) => (i * 7) % 256))
    writeFileSync(join(dir, 'b', 'notes.md'), '# not a page')
    const out = join(dir, 'out.jsonl')
    const result = run('batch', dir, '--out', out, '--jobs', '2')
    expect(result.status).toBe(0)
    // Not a terminal: no progress bar, only the summary.
    expect(result.stderr).toMatch(/^standfirst: 5 pages, 1 error in [\d.]+ s \([\d.]+ pages\/s, [\d.]+ MB\/s\)\n$/)
    const lines = linesOf(readFileSync(out, 'utf8'))
    expect(lines.map((line) => line.id)).toEqual(['a.html', 'b/c/delta.txt.gz', 'b/c/gamma.htm.gz', 'b/page.txt', 'b/zz.html'].map((name) => join(dir, name)))
    const titles = lines.map((line) => (line.article ? ArticleSchema.parse(line.article).title : line.error?.code))
    expect(titles).toEqual(['Alpha wins the cup', 'Delta sells the ferry', 'Gamma opens a school', 'Beta closes the harbour', 'not-text'])
    expect(lines.every((line) => line.source === line.id)).toBe(true)
  })

  it('should read JSON Lines (plain and gzip), with ids, urls, and a bad line as an error', () => {
    const dir = folder('jsonl')
    const records = [
      JSON.stringify({id: 'first', url: 'https://news.example.com/1', html: htmlPage('One storm passes')}),
      'not json at all',
      '',
      JSON.stringify({text: textPage('Two ferries sail')}),
      JSON.stringify({id: 3, url: 'not a url', html: htmlPage('Three towns vote')}),
      JSON.stringify({id: 'empty'})
    ]
    writeFileSync(join(dir, 'pages.jsonl.gz'), gzipSync(records.join('\n')))
    const result = run('batch', join(dir, 'pages.jsonl.gz'), '--out', '-', '--jobs', '1')
    expect(result.status).toBe(0)
    const lines = linesOf(result.stdout)
    const source = join(dir, 'pages.jsonl.gz')
    expect(lines.map((line) => [line.id, line.source])).toEqual([
      ['first', `${source}:1`],
      [`${source}:2`, `${source}:2`],
      [`${source}:4`, `${source}:4`],
      ['3', `${source}:5`],
      ['empty', `${source}:6`]
    ])
    const first = ArticleSchema.parse(lines[0]!.article)
    expect([first.title, first.url, lines[0]!.url]).toEqual(['One storm passes', 'https://news.example.com/1', 'https://news.example.com/1'])
    expect(lines[1]!.error?.code).toBe('bad-record')
    expect(ArticleSchema.parse(lines[2]!.article).title).toBe('Two ferries sail')
    // A URL that is not absolute is kept in the line but not used to parse.
    expect([lines[3]!.url, ArticleSchema.parse(lines[3]!.article).title]).toEqual(['not a url', 'Three towns vote'])
    expect(lines[4]!.error?.code).toBe('bad-record')
  })

  it('should read the HTML responses of a WARC file, charset from the HTTP header', async () => {
    const dir = folder('warc')
    const cafe = latin1(htmlPage('Caf\u00e9 reopens in the square'))
    const records = [
      await warcResponse('https://news.example.com/cafe', cafe, 'text/html; charset=ISO-8859-1'),
      await warcResponse('https://news.example.com/logo.png', new Uint8Array([137, 80, 78, 71]), 'image/png'),
      await warcResponse('https://news.example.com/gone', new TextEncoder().encode(htmlPage('Not found')), 'text/html', 'HTTP/1.1 404 Not Found'),
      await warcResponse('https://news.example.com/utf8', new TextEncoder().encode(htmlPage('Zo\u00eb wins the race')), 'application/xhtml+xml')
    ]
    const path = join(dir, 'crawl.warc.gz')
    writeFileSync(path, Buffer.concat(records))
    const result = run('batch', path, '--out', '-')
    expect(result.status).toBe(0)
    const lines = linesOf(result.stdout)
    expect(lines.map((line) => line.url)).toEqual(['https://news.example.com/cafe', 'https://news.example.com/utf8'])
    expect(lines.map((line) => ArticleSchema.parse(line.article).title)).toEqual(['Caf\u00e9 reopens in the square', 'Zo\u00eb wins the race'])
    for (const line of lines) {
      expect(line.id).toMatch(/^<urn:uuid:[\da-f-]+>$/)
      expect(line.source).toMatch(new RegExp(`^${path.replaceAll('.', '\\.')}@\\d+$`))
    }
    // A file that is not WARC is one error line, not the end of the batch.
    writeFileSync(join(dir, 'broken.warc'), htmlPage('Saved under the wrong name'))
    const broken = run('batch', join(dir, 'broken.warc'), path, '--out', '-')
    expect(broken.status).toBe(0)
    expect(linesOf(broken.stdout).map((line) => line.error?.code ?? 'article')).toEqual(['read-failed', 'article', 'article'])
  })

  it('should fail in one line on bad usage and on a missing input', () => {
    const dir = folder('usage')
    writeFileSync(join(dir, 'a.txt'), textPage('A harbour story'))
    for (const [args, code] of [
      [['batch', join(dir, 'a.txt')], 2],
      [['batch', '--out', '-'], 2],
      [['batch', join(dir, 'a.txt'), '--out', '-', '--jobs', '0'], 2],
      [['batch', join(dir, 'a.txt'), '--out', '-', '--resume'], 2],
      [['batch', join(dir, 'a.txt'), '--out', '-', '--date', '2024-02-30'], 1],
      [['batch', join(dir, 'missing.txt'), '--out', '-'], 1]
    ] as const) {
      const result = run(...args)
      expect(result.status, args.join(' ')).toBe(code)
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
      expect(result.stderr).toMatch(/^standfirst: /)
    }
  })

  it('should resume a killed run: every id exactly once', async () => {
    const dir = folder('resume')
    const count = 1000
    const ids = Array.from({length: count}, (_, i) => `page-${i}`)
    writeFileSync(join(dir, 'pages.jsonl'), ids.map((id) => JSON.stringify({id, html: htmlPage(`Report ${id}`, 30)})).join('\n') + '\n')
    const out = join(dir, 'out.jsonl')
    // Start a run and kill it once it has written a third of its lines.
    const child = spawn(process.execPath, [cli, 'batch', join(dir, 'pages.jsonl'), '--out', out, '--jobs', '1'], {stdio: 'ignore'})
    const exited = new Promise((resolve) => child.on('exit', resolve))
    let written = 0
    for (let tries = 0; tries < 3000 && child.exitCode === null && written < count / 3; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 10))
      if (existsSync(out)) written = readFileSync(out, 'utf8').split('\n').length - 1
    }
    child.kill('SIGKILL')
    await exited
    expect(written, 'lines written when the run was killed').toBeGreaterThanOrEqual(count / 3)
    const complete = readFileSync(out, 'utf8').split('\n').length - 1
    expect(complete, 'the run was killed before it ended').toBeLessThan(count)
    // A line cut short, as a kill in the middle of a write leaves it.
    writeFileSync(out, readFileSync(out, 'utf8').replace(/\n?$/, '\n') + '{"id":"page-')
    const resumed = run('batch', join(dir, 'pages.jsonl'), '--out', out, '--resume', '--jobs', '1')
    expect(resumed.status).toBe(0)
    expect(resumed.stderr).toMatch(/skipped \(already in the output\)/)
    const seen = linesOf(readFileSync(out, 'utf8')).map((line) => line.id)
    expect(seen.toSorted()).toEqual(ids.toSorted())
    expect(new Set(seen).size).toBe(count)
  }, 180_000)
})

describe('parseMany', () => {
  it('should parse paths and page objects in input order, skipping ids and reporting oversized pages', async () => {
    const {parseMany} = await import('standfirst/batch')
    const dir = folder('lib')
    writeFileSync(join(dir, 'one.html'), htmlPage('First page of the run'))
    const pages = [
      join(dir, 'one.html'),
      {id: 'bytes', url: 'https://news.example.com/b', html: new TextEncoder().encode(htmlPage('Bytes become a page'))},
      {id: 'skipped', text: textPage('Never parsed at all')},
      {id: 'text', text: textPage('Text becomes a page')},
      {id: 'huge', html: htmlPage('Far too long a page', 400)},
      {id: 'nothing'}
    ]
    const results = []
    for await (const result of parseMany(pages as never, {jobs: 2, skip: new Set(['skipped']), maxInputBytes: 20_000})) results.push(result)
    expect(results.map((result) => result.id)).toEqual([join(dir, 'one.html'), 'bytes', 'text', 'huge', 'nothing'])
    expect(results.map((result) => ('article' in result ? result.article.title : result.error.code))).toEqual([
      'First page of the run',
      'Bytes become a page',
      'Text becomes a page',
      'input-too-large',
      'invalid-input'
    ])
    expect(results[1]).toMatchObject({source: 'bytes', url: 'https://news.example.com/b', article: {url: 'https://news.example.com/b'}})
  })

  it('should throw a StandfirstError for an invalid option', async () => {
    const {parseMany} = await import('standfirst/batch')
    await expect(parseMany([], {jobs: 0}).next()).rejects.toThrow(/options\.jobs/)
    await expect(parseMany([], {timeZone: 'Mars/Olympus'}).next()).rejects.toThrow(/timeZone/)
  })
})
