/**
 * `npm run fixture`: add a page as a fixture, or rewrite expected files after
 * an intended change.
 *
 * ```sh
 * npm run fixture -- add page.html --site bbc --url https://www.bbc.co.uk/news/articles/c0000000 --date 2025-01-24
 * npm run fixture -- add scraped.txt --site guardian --time-zone Europe/London --case 2025-01-24-budget-live
 * npm run fixture -- update            # every site
 * npm run fixture -- update guardian   # one site
 * ```
 *
 * `add` stores the page in `fixtures/<site>/<case>/`, writes its `meta.json`,
 * its current output as `expected.json` and a draft `notes.md`, and prints
 * what to check by eye. `update` parses every case again, rewrites the
 * expected files that changed and prints a diff of each. `--root <dir>`
 * works on another fixtures folder (the tests use a temporary one).
 *
 * @module
 */
import {copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {basename, extname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {createTwoFilesPatch} from 'diff'
import {parse, sniffFormat, toPlainText, type Article, type Timestamp} from '../src/index.js'
import {siteProfileNames} from '../src/profiles/registry.js'
import {defaultFixturesRoot, listCases, optionsOf, readInput, readMeta, serialise, type FixtureMeta} from './fixture-store.js'

/** What `add` needs. */
export interface AddRequest {
  /** The saved page (HTML or scraped text). */
  file: string
  /** The site folder: a profile's name, or `generic`. */
  site: string
  url?: string
  date?: string
  timeZone?: string
  format?: 'html' | 'text'
  /** The case folder's name (default: the day and the file's name). */
  caseName?: string
  source?: string
  licence?: string
  /** The fixtures folder (default: the repository's). */
  root?: string
}

/** What `add` did. */
export interface AddResult {
  /** The new case folder. */
  folder: string
  /** The Article written as `expected.json`. */
  article: Article
  /** The review checklist, as printed. */
  checklist: string
}

/** A site folder's name: the profile's name rules. */
const SITE_NAME = /^[a-z\d]+(?:-[a-z\d]+)*$/

/**
 * A case folder name from a day and a file name: `2025-01-24-storm-live`.
 *
 * @param date
 *   The day (optional).
 * @param file
 *   The page's file name.
 * @returns
 *   The name.
 */
function caseNameOf(date: string | undefined, file: string): string {
  const slug = basename(file, extname(file))
    .toLowerCase()
    .replace(/[^a-z\d]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
  return [date, slug || 'page'].filter(Boolean).join('-')
}

/**
 * Store a page as a new fixture case.
 *
 * @param request
 *   The page and where it came from.
 * @returns
 *   The case folder, its Article and the checklist.
 * @throws {Error}
 *   When the site name is malformed, the file is missing or the case exists.
 */
export function addFixture(request: AddRequest): AddResult {
  const root = request.root ?? defaultFixturesRoot
  if (!SITE_NAME.test(request.site)) throw new Error(`Expected \`--site\` to be a lower-case name such as \`bbc\` or \`sky-news\`, not \`${request.site}\``)
  if (!existsSync(request.file)) throw new Error(`Cannot read \`${request.file}\`: no such file`)
  const caseName = request.caseName ?? caseNameOf(request.date, request.file)
  if (!SITE_NAME.test(caseName)) throw new Error(`Expected \`--case\` to be lower-case words joined by \`-\`, not \`${caseName}\``)
  const folder = join(root, request.site, caseName)
  if (existsSync(folder)) throw new Error(`\`${folder}\` exists: choose another \`--case\` name, or run \`update\``)
  const format = request.format ?? sniffFormat(readFileSync(request.file, 'utf8').slice(0, 4096))
  const meta: FixtureMeta = {
    ...(request.url ? {url: request.url} : {}),
    ...(request.date ? {date: request.date} : {}),
    ...(request.timeZone ? {timeZone: request.timeZone} : {}),
    format,
    source: request.source ?? `Saved page \`${basename(request.file)}\`: say where and when it was saved.`,
    licence: request.licence ?? 'Not stated yet: say under what terms the page may be kept (see CONTRIBUTING.md).'
  }
  // Parse before writing anything: bad options (an unknown zone, a malformed day) leave no half-made case.
  const inputName = format === 'html' ? 'input.html' : 'input.txt'
  const bytes = readFileSync(request.file)
  const article = parse(format === 'html' ? new Uint8Array(bytes) : bytes.toString('utf8'), optionsOf(meta))
  mkdirSync(folder, {recursive: true})
  copyFileSync(request.file, join(folder, inputName))
  writeFileSync(join(folder, 'meta.json'), JSON.stringify(meta, null, 2) + '\n')
  writeFileSync(join(folder, 'expected.json'), serialise(article))
  writeFileSync(join(folder, 'notes.md'), draftNotes(caseName, article))
  const known = request.site === 'generic' || siteProfileNames().includes(request.site)
  return {folder, article, checklist: checklist(folder, request.site, article, known)}
}

/**
 * A timestamp as the notes grammar writes it.
 *
 * @param stamp
 *   The timestamp (optional).
 * @returns
 *   The `expected` cell.
 */
function stampCell(stamp: Timestamp | undefined): string {
  if (!stamp) return '(none)'
  if (stamp.iso) return `\`${stamp.iso}\``
  return stamp.date ? `date \`${stamp.date}\` and iso (none)` : `text ${literal(stamp.text)}`
}

/**
 * A string as a notes literal (`(present)` when it cannot be quoted).
 *
 * @param text
 *   The text (optional).
 * @returns
 *   The `expected` cell.
 */
function literal(text: string | undefined): string {
  if (!text) return '(none)'
  if (text.includes('`')) return '(present)'
  return '`' + text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|') + '`'
}

/**
 * A first draft of the case's notes, from the parser's output: every row is
 * a claim to check against the page by eye.
 *
 * @param caseName
 *   The case.
 * @param article
 *   The parser's output.
 * @returns
 *   The notes' Markdown.
 */
export function draftNotes(caseName: string, article: Article): string {
  const names = article.authors.map((author) => author.name)
  const rows: Array<[string, string]> = [
    ['kind', literal(article.kind)],
    ['title', literal(article.title)],
    ['standfirst', literal(article.standfirst)],
    ['authors', names.length > 0 && names.every((name) => !name.includes('`')) ? names.map((name) => literal(name)).join(', ') : names.length > 0 ? '(present)' : '(none)'],
    ['published', stampCell(article.published)],
    ['updated', stampCell(article.updated)],
    ['siteName', literal(article.siteName)],
    ['language', literal(article.language)],
    ['posts.length', String(article.posts.length)],
    ['figures.length', String(countFigures(article))]
  ]
  article.posts.slice(0, 3).forEach((post, index) => {
    rows.push([`posts.${index + 1}.title`, literal(post.title)], [`posts.${index + 1}.published`, stampCell(post.published)])
  })
  const firstWords = toPlainText(article)
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line.length > 40 && !line.includes('`') && line !== article.title)
  return [
    `# ${caseName} — expected Article`,
    '',
    'DRAFT written by `npm run fixture -- add` from the parser\'s output. Check every row against',
    'the page by eye, fix what is wrong (then the code, not these notes), add what must not leak',
    'into the Article under "Must NOT appear", and replace this paragraph with a description of',
    'the page.',
    '',
    '## Fields',
    '',
    '| field | expected | note |',
    '| --- | --- | --- |',
    ...rows.map(([field, value]) => `| ${field} | ${value} | |`),
    '',
    '## Must appear',
    '',
    firstWords ? `- \`${firstWords.slice(0, 80)}\` — the body's first words` : '- (nothing)',
    '',
    '## Must NOT appear',
    '',
    '- (nothing)',
    ''
  ].join('\n')
}

/**
 * How many figures an Article holds, body and posts.
 *
 * @param article
 *   The Article.
 * @returns
 *   The count.
 */
function countFigures(article: Article): number {
  const blocks = [...article.body, ...article.posts.flatMap((post) => post.body)]
  return blocks.filter((block) => block.type === 'figure').length
}

/**
 * What to check by eye in a new case.
 *
 * @param folder
 *   The case folder.
 * @param site
 *   The site folder.
 * @param article
 *   The parser's output.
 * @param known
 *   Whether the site has a profile (or is `generic`).
 * @returns
 *   The checklist.
 */
function checklist(folder: string, site: string, article: Article, known: boolean): string {
  const stamp = (value: Timestamp | undefined) => (value ? `${value.text}${value.iso ? ` → ${value.iso}` : ' (no instant: give --date / --time-zone?)'}` : '(none)')
  const figures = [...article.body, ...article.posts.flatMap((post) => post.body)].filter((block) => block.type === 'figure')
  const lines = [
    `Added ${folder}`,
    '',
    'Review by eye against the page (see CONTRIBUTING.md), then edit notes.md:',
    `  [ ] headline:   ${article.title || '(none)'} — the page's headline, whole, without the site's name?`,
    `  [ ] standfirst: ${article.standfirst ?? '(none)'}`,
    `  [ ] authors:    ${article.authors.map((author) => author.name).join('; ') || '(none)'} — every writer, no roles, dates or "By"?`,
    `  [ ] instants:   published ${stamp(article.published)}; updated ${stamp(article.updated)} — the page's times, in its zone?`,
    `  [ ] posts:      ${article.posts.length}${article.posts.length > 0 ? ` — first "${article.posts[0]!.title ?? article.posts[0]!.id}" at ${stamp(article.posts[0]!.published)}, last "${article.posts.at(-1)!.title ?? article.posts.at(-1)!.id}"` : ''} — every post, once, with its time and title?`,
    `  [ ] image:      ${article.image ? `${article.image.src}${article.image.caption ? ` "${article.image.caption}"` : ''}${article.image.credit ? ` (credit: ${article.image.credit})` : ''}` : '(none)'} — the lead photo, not a logo?`,
    `  [ ] captions:   ${figures.length} figure(s)${figures.length > 0 ? ': ' + figures.map((figure) => (figure.type === 'figure' ? `"${figure.caption ?? ''}"${figure.credit ? ` (credit: ${figure.credit})` : ''}` : '')).join('; ') : ''} — caption and credit apart?`,
    '  [ ] body:       no menus, share buttons, adverts, newsletter calls or comments?',
    '  [ ] meta.json:  source and licence filled in; no paywalled full text, no personal data.'
  ]
  if (!known) lines.push('', `No profile is named \`${site}\` yet: the page was parsed by the generic rules alone. If they fall short, add src/profiles/sites/${site}.ts (docs/adding-a-site.md).`)
  lines.push('', 'Then: npx vitest run test/fixtures.test.ts test/notes.test.ts')
  return lines.join('\n')
}

/** One rewritten expected file. */
export interface UpdatedCase {
  /** `<site>/<case>`. */
  name: string
  /** A unified diff of `expected.json`, old to new. */
  diff: string
}

/**
 * Parse every case (of one site) again and rewrite the expected files that
 * changed.
 *
 * @param options
 *   Which site (default: all) and which fixtures folder.
 * @returns
 *   The cases that changed, with their diffs, and how many were read.
 */
export function updateFixtures(options: {site?: string; root?: string} = {}): {changed: UpdatedCase[]; total: number} {
  const cases = listCases(options.root ?? defaultFixturesRoot).filter((item) => options.site === undefined || item.site === options.site)
  if (options.site !== undefined && cases.length === 0) throw new Error(`No fixtures for site \`${options.site}\``)
  const changed: UpdatedCase[] = []
  for (const item of cases) {
    const path = join(item.folder, 'expected.json')
    const before = existsSync(path) ? readFileSync(path, 'utf8') : ''
    const after = serialise(parse(readInput(item), optionsOf(readMeta(item.folder))))
    if (after === before) continue
    writeFileSync(path, after)
    const name = `${item.site}/${item.name}`
    changed.push({name, diff: createTwoFilesPatch(`${name}/expected.json`, `${name}/expected.json`, before, after, 'before', 'after', {context: 2})})
  }
  return {changed, total: cases.length}
}

/** Usage, printed on `--help` and on a mistake. */
const USAGE = `Usage:
  npm run fixture -- add <file> --site <name> [--url <url>] [--date YYYY-MM-DD] [--time-zone <zone>] [--case <name>] [--format html|text] [--source <text>] [--licence <text>]
  npm run fixture -- update [site]
Both take --root <dir> (default: fixtures/).`

/**
 * Run the command.
 *
 * @param argv
 *   Arguments after `npm run fixture --`.
 * @param out
 *   Where to print (default: standard output).
 * @returns
 *   The exit code.
 */
export function main(argv: string[], out: (text: string) => void = (text) => process.stdout.write(text + '\n')): number {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      site: {type: 'string'},
      url: {type: 'string'},
      date: {type: 'string'},
      'time-zone': {type: 'string'},
      case: {type: 'string'},
      format: {type: 'string'},
      source: {type: 'string'},
      licence: {type: 'string'},
      root: {type: 'string'},
      help: {type: 'boolean'}
    }
  })
  const [command, argument] = positionals
  const root = values.root ? resolve(values.root) : undefined
  if (values.help || command === undefined) {
    out(USAGE)
    return values.help ? 0 : 1
  }
  if (command === 'add') {
    if (!argument || !values.site) {
      out(USAGE)
      return 1
    }
    if (values.format !== undefined && values.format !== 'html' && values.format !== 'text') throw new Error(`Expected \`--format\` to be \`html\` or \`text\`, not \`${values.format}\``)
    const result = addFixture({
      file: argument,
      site: values.site,
      url: values.url,
      date: values.date,
      timeZone: values['time-zone'],
      format: values.format,
      caseName: values.case,
      source: values.source,
      licence: values.licence,
      root
    })
    out(result.checklist)
    return 0
  }
  if (command === 'update') {
    const {changed, total} = updateFixtures({site: argument, root})
    for (const item of changed) out(item.diff)
    out(`${changed.length} of ${total} expected file(s) changed${changed.length > 0 ? ': review each diff above, and the notes tests (npx vitest run test/notes.test.ts)' : ''}.`)
    return 0
  }
  out(USAGE)
  return 1
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2))
  } catch (error) {
    process.stderr.write(`fixture: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  }
}
