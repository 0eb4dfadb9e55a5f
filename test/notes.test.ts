/**
 * Notes runner: every fixture folder holds a `notes.md` (format in
 * `fixtures/README.md`) that says, from the input, what the Article must be.
 * Its machine-read sections are checked here against the parser's output, so
 * that `expected.json` (see `fixtures.test.ts`) cannot drift from the notes:
 * an expected file regenerated from buggy output still fails here.
 */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ArticleSchema, parse} from '../src/index.js'
import type {Article} from '../src/index.js'
import {
  decodeHtmlBytes,
  describeCheck,
  fold,
  htmlHaystack,
  readNotes,
  runCheck,
  ungrounded,
  type Failure,
  type Notes
} from './notes-checks.js'
import {listCases, optionsOf, readMeta} from '../scripts/fixture-store.js'

/** No notes file may yield fewer checks than this: a file read as nothing is a bug. */
const MINIMUM_CHECKS = 8

/** Every case folder, as `[site, case name, folder]`. */
function cases(): Array<[string, string, string]> {
  return listCases().map((item) => [item.site, item.name, item.folder])
}

interface Case {
  notes: Notes
  article: Article
  haystack: string
  prototypeKeys: string[]
}

/** Parse a case's input with its options, as `fixtures.test.ts` does. */
function load(folder: string, name: string): Case {
  const notes = readNotes(readFileSync(join(folder, 'notes.md'), 'utf8'), `${name}/notes.md`)
  const options = optionsOf(readMeta(folder))
  const html = existsSync(join(folder, 'input.html'))
  const bytes = readFileSync(join(folder, html ? 'input.html' : 'input.txt'))
  const before = Object.getOwnPropertyNames(Object.prototype).join(',')
  const article = parse(html ? new Uint8Array(bytes) : bytes.toString('utf8'), options)
  const after = Object.getOwnPropertyNames(Object.prototype)
  const prototypeKeys = after.join(',') === before ? [] : after
  const haystack = html ? htmlHaystack(decodeHtmlBytes(new Uint8Array(bytes))) : fold(bytes.toString('utf8'))
  return {notes, article, haystack, prototypeKeys}
}

/** Checks every Article must pass, whatever its notes say. */
function invariants(item: Case): Failure[] {
  const failures: Failure[] = []
  const {article} = item
  const schema = ArticleSchema.safeParse(article)
  if (!schema.success) {
    failures.push({line: 0, what: 'ArticleSchema', expected: 'valid', actual: schema.error.message.slice(0, 300)})
  }
  if (item.prototypeKeys.length > 0 || ({} as Record<string, unknown>).polluted !== undefined) {
    failures.push({line: 0, what: 'Object.prototype', expected: 'unchanged by parse', actual: item.prototypeKeys.join(', ')})
  }
  const ids = article.posts.map((post) => post.id)
  const repeated = ids.filter((id, index) => ids.indexOf(id) !== index)
  if (repeated.length > 0) failures.push({line: 0, what: 'post ids', expected: 'unique', actual: repeated.join(', ')})
  const stamps: Array<[string, Article['published']]> = [
    ['published', article.published],
    ['updated', article.updated],
    ...article.posts.flatMap((post, index): Array<[string, Article['published']]> => [
      [`posts.${index + 1}.published`, post.published],
      [`posts.${index + 1}.updated`, post.updated]
    ])
  ]
  for (const [where, stamp] of stamps) {
    if (!stamp?.iso) continue
    const local = stamp.iso.slice(0, 10) + ' ' + stamp.iso.slice(11, 11 + (stamp.time?.length ?? 5))
    const written = `${stamp.date ?? stamp.iso.slice(0, 10)} ${stamp.time ?? stamp.iso.slice(11, 16)}`
    if (local !== written) {
      failures.push({
        line: 0,
        what: `${where} (iso agrees with date and time)`,
        expected: `an iso whose local date and time are ${written}`,
        actual: stamp.iso
      })
    }
  }
  return failures
}

function report(name: string, failures: Failure[]): string {
  return (
    `${failures.length} check(s) of ${name}/notes.md failed:\n` +
    failures
      .map(
        (failure) =>
          `  - ${failure.line > 0 ? `line ${failure.line}: ` : ''}${failure.what}\n` +
          `      expected: ${failure.expected}\n` +
          `      actual:   ${failure.actual}`
      )
      .join('\n')
  )
}

describe('notes reader', () => {
  const minimal = (fields: string, extra = '') =>
    `# x\n\n## Fields\n\n| field | expected |\n| --- | --- |\n${fields}\n${extra}\n## Must appear\n\n- (nothing)\n\n## Must NOT appear\n\n- \`Advertisement\`\n`
  const article = {
    kind: 'liveblog',
    title: 'A title',
    authors: [{name: 'Ann Lee', url: 'https://x.test/ann'}],
    published: {text: '10:00', iso: '2025-01-01T10:00:00+01:00', date: '2025-01-01', time: '10:00'},
    keyPoints: [],
    body: [
      {type: 'paragraph', text: 'One  two\u00A0three.'},
      {type: 'paragraph', text: 'Advertisement'}
    ],
    posts: [],
    related: []
  } as unknown as Article
  const failures = (markdown: string) =>
    readNotes(markdown, 't.md').checks.flatMap((check) => runCheck(article, check))

  it('should fail loudly on malformed notes', () => {
    expect(() => readNotes(minimal('| kind | `article` | extra |'), 't.md')).toThrow(/cells/)
    expect(() => readNotes(minimal('| kind |  |'), 't.md')).toThrow(/empty value/)
    expect(() => readNotes(minimal('| headline | `x` |'), 't.md')).toThrow(/unknown field `headline`/)
    expect(() => readNotes(minimal('| body.0.text | `x` |'), 't.md')).toThrow(/1-based index/)
    expect(() => readNotes(minimal('| kind | article |'), 't.md')).toThrow(/cannot read the value/)
    expect(() => readNotes(minimal('| kind | `a` |', '## Must not apear\n'), 't.md')).toThrow(/unknown section/)
    expect(() => readNotes('## Fields\n\n| field | expected |\n| --- | --- |\n| kind | `a` |\n', 't.md')).toThrow(/must appear/)
    expect(() => readNotes(minimal('| kind | `a` |').replace('- `Advertisement`', '- Advertisement'), 't.md')).toThrow(/snippet/)
    expect(() => readNotes(minimal('| kind | `a` |').replace('- `Advertisement`', '- `Ad` (in: bodies)'), 't.md')).toThrow(/unknown scope/)
  })

  it('should compare values as documented', () => {
    expect(failures(minimal('| kind | `liveblog` |\n| body.1.text | `One two three.` |\n| published | `2025-01-01T09:00:00Z` |'))).toHaveLength(1)
    const [advert] = failures(minimal('| kind | `liveblog` |'))
    expect(advert.what).toMatch(/must NOT appear: "Advertisement"/)
    expect(failures(minimal('| published | `2025-01-01T10:00:00Z` |')).map((item) => item.what)).toContain('published')
    expect(failures(minimal('| authors | `Ann Lee` |\n| authors.1.url | `https://x.test/ann` |\n| posts | (none) |\n| body | `paragraph`, `paragraph` |')).filter((item) => item.line > 0 && item.what !== 'must NOT appear: "Advertisement"')).toEqual([])
    expect(failures(minimal('| body.1.text | starts `One` and ends `three.` or (none) |\n| standfirst | (none) or `x` |')).length).toBe(1)
  })
})

describe('fixture notes', () => {
  const all = cases()

  it('should have a notes.md in every fixture folder', () => {
    const missing = all.filter(([, , folder]) => !existsSync(join(folder, 'notes.md'))).map(([group, name]) => `${group}/${name}`)
    expect(missing, 'fixtures without notes.md').toEqual([])
  })

  for (const [group, name, folder] of all) {
    if (!existsSync(join(folder, 'notes.md'))) continue
    const label = `${group}/${name}`

    describe(label, () => {
      it('should read as at least a minimum number of checks', () => {
        const notes = readNotes(readFileSync(join(folder, 'notes.md'), 'utf8'), `${label}/notes.md`)
        expect(notes.checks.length, notes.checks.map(describeCheck).join('\n')).toBeGreaterThanOrEqual(MINIMUM_CHECKS)
      })

      it('should quote only snippets that occur in the input', () => {
        const item = load(folder, label)
        const missing = ungrounded(item.notes, item.haystack)
        expect(missing.map((entry) => `line ${entry.line}: ${JSON.stringify(entry.snippet)}`), 'snippets not found in the input').toEqual([])
      })

      it('should give an Article that agrees with its notes', () => {
        const item = load(folder, label)
        const failures = [...invariants(item), ...item.notes.checks.flatMap((check) => runCheck(item.article, check))]
        if (failures.length > 0) expect.fail(report(label, failures))
      })
    })
  }
})
