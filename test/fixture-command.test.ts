/**
 * `npm run fixture` (`scripts/fixture.ts`), on a temporary fixtures folder:
 * `add` stores a page with its meta, its current output and a draft of its
 * notes, and prints what to review; `update` rewrites changed expected files
 * and prints their diff.
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {main} from '../scripts/fixture.js'
import {listCases} from '../scripts/fixture-store.js'
import {decodeHtmlBytes, htmlHaystack, readNotes, runCheck, ungrounded} from './notes-checks.js'

const root = mkdtempSync(join(tmpdir(), 'standfirst-fixtures-'))
afterAll(() => rmSync(root, {recursive: true, force: true}))

const page = `<!doctype html><html lang="en-GB"><head><title>Council approves new cycle lanes | Example</title></head><body>
<main><article><h1>Council approves new cycle lanes</h1>
<p class="byline">By Jane Doe</p><time datetime="2025-02-03T09:30:00Z">3 February 2025</time>
<p>The city council voted on Monday to build twelve kilometres of protected cycle lanes along the ring road by the end of next year.</p>
<p>Work on the first section, between the station and the hospital, is due to start in the spring, the council said.</p>
<figure><img src="https://example.com/lanes.jpg" alt="A cycle lane"><figcaption>A protected lane in the city centre. Photograph: John Smith</figcaption></figure>
</article></main></body></html>`

/** Run the command, collecting what it prints. */
function command(...argv: string[]): {code: number; printed: string} {
  const lines: string[] = []
  const code = main([...argv, '--root', root], (text) => lines.push(text))
  return {code, printed: lines.join('\n')}
}

describe('npm run fixture', () => {
  const file = join(root, 'Cycle Lanes.html')
  writeFileSync(file, page)

  it('should add a page as a case: input, meta, expected output and draft notes, and print a checklist', () => {
    const {code, printed} = command('add', file, '--site', 'bbc', '--url', 'https://www.bbc.co.uk/news/articles/c0000001', '--date', '2025-02-03', '--time-zone', 'Europe/London')
    expect(code).toBe(0)
    const folder = join(root, 'bbc', '2025-02-03-cycle-lanes')
    expect(listCases(root).map((item) => `${item.site}/${item.name}`)).toEqual(['bbc/2025-02-03-cycle-lanes'])
    expect(readFileSync(join(folder, 'input.html'), 'utf8')).toBe(page)
    const meta = JSON.parse(readFileSync(join(folder, 'meta.json'), 'utf8'))
    expect(meta).toMatchObject({url: 'https://www.bbc.co.uk/news/articles/c0000001', date: '2025-02-03', timeZone: 'Europe/London', format: 'html'})
    expect(meta.source).toContain('Cycle Lanes.html')
    expect(meta.licence).toMatch(/not stated/i)
    const article = parse(page, {url: meta.url, date: meta.date, timeZone: meta.timeZone, format: 'html'})
    expect(JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8'))).toEqual(article)
    for (const item of ['headline:', 'Council approves new cycle lanes', 'authors:', 'Jane Doe', 'instants:', '2025-02-03T09:30:00', 'posts:', 'captions:', 'A protected lane in the city centre', 'John Smith']) {
      expect(printed).toContain(item)
    }
    // The draft notes read as checks, quote only the page, and agree with the output.
    const notes = readNotes(readFileSync(join(folder, 'notes.md'), 'utf8'), 'notes.md')
    expect(notes.checks.length).toBeGreaterThanOrEqual(8)
    expect(ungrounded(notes, htmlHaystack(decodeHtmlBytes(new TextEncoder().encode(page))))).toEqual([])
    expect(notes.checks.flatMap((check) => runCheck(article, check))).toEqual([])
  })

  it('should say when the site has no profile yet', () => {
    const {printed} = command('add', file, '--site', 'example-news', '--case', 'cycle-lanes')
    expect(printed).toContain('No profile is named `example-news` yet')
  })

  it('should refuse a case that exists, a malformed site name and a missing file', () => {
    expect(() => command('add', file, '--site', 'bbc', '--date', '2025-02-03')).toThrow(/exists/)
    expect(() => command('add', file, '--site', 'Sky News')).toThrow(/lower-case name/)
    expect(() => command('add', join(root, 'missing.html'), '--site', 'bbc')).toThrow(/no such file/)
    expect(command('add', file).code).toBe(1)
  })

  it('should rewrite changed expected files on update, printing the diff', () => {
    const expectedPath = join(root, 'bbc', '2025-02-03-cycle-lanes', 'expected.json')
    const reviewed = readFileSync(expectedPath, 'utf8')
    writeFileSync(expectedPath, reviewed.replace('"Council approves new cycle lanes"', '"An outdated headline"'))
    const {code, printed} = command('update', 'bbc')
    expect(code).toBe(0)
    expect(printed).toContain('-  "title": "An outdated headline",')
    expect(printed).toContain('+  "title": "Council approves new cycle lanes",')
    expect(printed).toContain('1 of 1 expected file(s) changed')
    expect(readFileSync(expectedPath, 'utf8')).toBe(reviewed)
    expect(command('update').printed).toContain('0 of 2 expected file(s) changed')
    expect(() => command('update', 'no-such-site')).toThrow(/No fixtures/)
  })
})
