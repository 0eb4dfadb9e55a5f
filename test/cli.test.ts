/** The built CLI (`npm test` builds first). */
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ArticleSchema, PostsDiffSchema} from '../src/index.js'

const cli = new URL('../dist/cli.js', import.meta.url).pathname
const sample = new URL('../fixtures/bbc/2024-06-19-liveblog-time-stamps-farm-copy/input.txt', import.meta.url).pathname
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], {encoding: 'utf8'})

describe('standfirst CLI', () => {
  it('should print a valid Article for a fixture, with options', () => {
    const output = execFileSync(process.execPath, [cli, sample, '--date', '2024-06-19', '--time-zone', 'Europe/London'], {encoding: 'utf8'})
    const article = ArticleSchema.parse(JSON.parse(output))
    expect(article.kind).toBe('liveblog')
    expect(article.posts[0]?.published?.iso).toBe('2024-06-19T15:46:35+01:00')
  })

  it('should read standard input and print plain text with --text', () => {
    const result = spawnSync(process.execPath, [cli, '-', '--text'], {input: 'A headline for the test\n\nOne paragraph of body text that ends here.', encoding: 'utf8'})
    expect(result.stdout).toBe('One paragraph of body text that ends here.\n')
  })

  it('should print messages with positions with --messages', () => {
    const result = run(sample, '--messages')
    expect(result.stderr).toMatch(/input\.txt:\d+:\d+: .+ \[spam-dropped\]/)
  })

  it('should fail in one line, without a stack trace, on bad input', () => {
    for (const [args, code] of [[['missing.txt'], 1], [['--bogus', sample], 2], [[sample, '--date', '2024-02-30'], 1], [[], 2]] as const) {
      const result = run(...args)
      expect(result.status, args.join(' ')).toBe(code)
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
      expect(result.stderr).toMatch(/^standfirst: /)
    }
  })

  it('should print the posts added, edited and removed between two snapshots with diff', () => {
    const stamped = (time: string, text: string) => `${time}\n\n${text}\n\nShare`
    const page = (...posts: string[]) => ['Ferry strike live: all the latest', ...posts].join('\n\n')
    const noon = 'The unions said on Thursday morning that talks with the ferry operator would resume at noon in the harbour office.'
    const crossings = 'All morning crossings to the islands were cancelled, the operator said, and passengers were offered refunds or later sailings.'
    const strike = 'Crews walked off the ferries at dawn after talks on pay and rosters broke down late last night without agreement.'
    const talks = 'Negotiators returned to the table shortly after ten, a spokesperson for the operator confirmed to reporters outside.'
    const folder = mkdtempSync(join(tmpdir(), 'standfirst-diff-'))
    const older = join(folder, 'old.txt')
    const newer = join(folder, 'new.txt')
    writeFileSync(older, page(stamped('09:30', noon), stamped('08:45', crossings), stamped('08:00', strike)))
    writeFileSync(newer, page(stamped('10:15', talks), stamped('09:30', noon.replace('noon', 'two')), stamped('08:45', crossings)))
    const result = run('diff', older, newer, '--format', 'text', '--date', '2024-05-02', '--time-zone', 'Europe/London', '--pretty')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^{\n {2}"added": \[/)
    const diff = PostsDiffSchema.parse(JSON.parse(result.stdout))
    expect(diff.added.map((post) => post.published?.iso)).toEqual(['2024-05-02T10:15:00+01:00'])
    expect(diff.removed.map((post) => post.published?.iso)).toEqual(['2024-05-02T08:00:00+01:00'])
    expect(diff.edited.map((edit) => [edit.after.published?.iso, edit.changed])).toEqual([['2024-05-02T09:30:00+01:00', ['body']]])
    expect(diff.unchanged).toBe(1)
  })

  it('should fail diff in one line on bad input', () => {
    for (const [args, code] of [[['diff', sample], 2], [['diff', sample, 'missing.txt'], 1], [['diff', sample, sample, '--text'], 2], [['diff', sample, sample, '--date', 'May'], 1]] as const) {
      const result = run(...args)
      expect(result.status, args.join(' ')).toBe(code)
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
      expect(result.stderr).toMatch(/^standfirst: /)
    }
  })
})
