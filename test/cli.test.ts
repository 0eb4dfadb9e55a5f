/** The built CLI (`npm test` builds first). */
import {execFileSync, spawnSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'
import {ArticleSchema} from '../src/index.js'

const cli = new URL('../dist/cli.js', import.meta.url).pathname
const sample = new URL('../fixtures/text/2024-06-19-liveblog-time-stamps-farm-copy/input.txt', import.meta.url).pathname
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
})
