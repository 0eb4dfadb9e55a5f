/**
 * Proof in every runtime (issue 11, item 6): the package as users get it,
 * `npm pack`ed and installed into a fresh project, works from
 *
 * - Node ESM (`import`) and CommonJS (`require`), its subpaths and its CLI;
 * - a TypeScript consumer compiled with `moduleResolution` `node16` (ESM and
 *   CommonJS files) and `bundler`, against the shipped `.d.ts` (no
 *   `skipLibCheck`);
 * - a browser page and a Web Worker in headless Chromium, bundled with
 *   esbuild for the browser platform (see `check-browser.ts`): each fixture
 *   parses to the very Article Node gives;
 *
 * and `publint` and `@arethetypeswrong/cli --profile node16` find nothing.
 * Prints the browser bundle's size, minified and gzipped.
 *
 *   npm run build && npm run check:runtimes
 *
 * Needs `/usr/bin/chromium` (Debian's `chromium`; `.ci/run` installs it) or
 * `CHROMIUM` set to another Chromium. Exits non-zero on the first failure.
 *
 * @module
 */
import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {checkBrowser, type Sample} from './check-browser.js'

const repo = fileURLToPath(new URL('../', import.meta.url))
const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc')
const attw = join(repo, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js')
const publint = join(repo, 'node_modules', 'publint', 'src', 'cli.js')

/**
 * Run a command, its output shown; throws when it fails.
 *
 * @param command
 *   The program.
 * @param args
 *   Its arguments.
 * @param cwd
 *   Where to run it.
 * @returns
 *   What it printed on stdout.
 */
function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit']})
}

/**
 * Say what passed.
 *
 * @param what
 *   The check.
 */
function passed(what: string): void {
  process.stdout.write(`ok  ${what}\n`)
}

/**
 * Pack the package as `npm publish` would.
 *
 * @param folder
 *   Where to put the tarball.
 * @returns
 *   The tarball's path.
 */
function pack(folder: string): string {
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', folder], repo)) as Array<{filename: string}>
  return join(folder, packed!.filename)
}

/**
 * A fresh project with the tarball installed (its dependencies from the npm
 * cache when `npm ci` has filled it).
 *
 * @param folder
 *   The project's folder.
 * @param tarball
 *   The packed package.
 */
function installConsumer(folder: string, tarball: string): void {
  mkdirSync(folder, {recursive: true})
  writeFileSync(join(folder, 'package.json'), JSON.stringify({name: 'consumer', private: true, type: 'module'}, null, 2))
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball], folder)
}

/** A scraped text whose Article every consumer checks. */
const TEXT = 'Storm closes the harbour\\n\\nThe harbour was closed on Monday after a storm damaged the main pier.'

/** Node consumers: each prints `ok` after its checks, or throws. */
const NODE_CONSUMERS: Record<string, string> = {
  'esm.mjs': `import assert from 'node:assert/strict'
import {parse, toPlainText, StandfirstError} from 'standfirst'
import {ArticleSchema} from 'standfirst/schema'
import jsonSchema from 'standfirst/schema.json' with {type: 'json'}
const article = parse('${TEXT}')
assert.equal(article.title, 'Storm closes the harbour')
assert.equal(toPlainText(article), 'The harbour was closed on Monday after a storm damaged the main pier.')
assert.ok(ArticleSchema.safeParse(article).success)
assert.ok('posts' in jsonSchema.properties)
assert.throws(() => parse(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])), (error) => error instanceof StandfirstError && error.code === 'not-text')
// The Node-only batch entry, with its worker thread from the package's own files.
const {parseMany} = await import('standfirst/batch')
const results = []
for await (const result of parseMany([{id: 'p1', text: '${TEXT}'}, {id: 'p2', html: new Uint8Array(64)}], {jobs: 1})) results.push(result)
assert.deepEqual(results.map((result) => result.article?.title ?? result.error?.code), ['Storm closes the harbour', 'not-text'])
console.log('ok')
`,
  'cjs.cjs': `const assert = require('node:assert/strict')
const {parse, toPlainText, StandfirstError} = require('standfirst')
const {ArticleSchema} = require('standfirst/schema')
const jsonSchema = require('standfirst/schema.json')
const article = parse('${TEXT}')
assert.equal(article.title, 'Storm closes the harbour')
assert.equal(toPlainText(article), 'The harbour was closed on Monday after a storm damaged the main pier.')
assert.ok(ArticleSchema.safeParse(article).success)
assert.ok('posts' in jsonSchema.properties)
assert.throws(() => parse(new Uint8Array(64)), (error) => error instanceof StandfirstError && error.code === 'not-text')
console.log('ok')
`
}

/**
 * TypeScript consumers. Each `@ts-expect-error` fails the compile if the
 * types it guards turn into `any`.
 */
const TS_CONSUMERS: Record<string, string> = {
  'typed.ts': `import {parse, parseWithMessages, StandfirstError, type Article, type ParseMessage, type Post, type RuleId, type StandfirstErrorCode} from 'standfirst'
import {ArticleSchema} from 'standfirst/schema'
const article: Article = parse('${TEXT}', {format: 'text', timeZone: 'Europe/London'})
const posts: Post[] = article.posts
const code: StandfirstErrorCode = 'not-text'
const {messages} = parseWithMessages(new Uint8Array(0))
const rules: RuleId[] = messages.map((message: ParseMessage) => message.ruleId)
export const checked = [ArticleSchema.parse(article).title, posts.length, code, rules, StandfirstError.name]
// @ts-expect-error: a title is a string.
export const wrong: number = article.title
// @ts-expect-error: no such option.
parse('', {colour: 'red'})
`,
  'typed-cjs.cts': `import standfirst = require('standfirst')
const article: standfirst.Article = standfirst.parse('${TEXT}')
export const title: string = article.title
export const rules: standfirst.RuleId[] = standfirst.parseWithMessages('').messages.map((message) => message.ruleId)
// @ts-expect-error: a title is a string.
export const wrong: number = article.title
`
}

/**
 * A tsconfig for one resolution mode: strict, no emit, and the package's
 * declaration files checked too.
 *
 * @param module
 *   `node16` or `preserve`.
 * @param moduleResolution
 *   `node16` or `bundler`.
 * @param files
 *   The consumer files.
 * @returns
 *   The tsconfig, as JSON.
 */
function tsconfig(module: string, moduleResolution: string, files: string[]): string {
  const compilerOptions = {module, moduleResolution, target: 'es2022', lib: ['es2023', 'dom'], strict: true, noEmit: true, skipLibCheck: false, types: []}
  return JSON.stringify({compilerOptions, files}, null, 2)
}

/**
 * Check Node ESM, CommonJS, the CLI and TypeScript against the installed
 * tarball.
 *
 * @param project
 *   The consumer project.
 */
function checkNode(project: string): void {
  for (const [name, source] of Object.entries(NODE_CONSUMERS)) {
    writeFileSync(join(project, name), source)
    if (run(process.execPath, [name], project).trim() !== 'ok') throw new Error(`${name} did not finish`)
    passed(`Node ${name.endsWith('.cjs') ? 'CommonJS (require)' : 'ESM (import)'} from the packed tarball, with standfirst/schema and standfirst/schema.json${name.endsWith('.cjs') ? '' : ' and standfirst/batch'}`)
  }
  writeFileSync(join(project, 'page.txt'), TEXT.replaceAll('\\n', '\n'))
  const cli = JSON.parse(run(join(project, 'node_modules', '.bin', 'standfirst'), ['page.txt'], project)) as {title: string}
  if (cli.title !== 'Storm closes the harbour') throw new Error(`CLI title: ${cli.title}`)
  passed('the CLI from the packed tarball (node_modules/.bin/standfirst)')
  for (const [name, source] of Object.entries(TS_CONSUMERS)) writeFileSync(join(project, name), source)
  writeFileSync(join(project, 'tsconfig.node16.json'), tsconfig('node16', 'node16', Object.keys(TS_CONSUMERS)))
  writeFileSync(join(project, 'tsconfig.bundler.json'), tsconfig('preserve', 'bundler', ['typed.ts']))
  run(process.execPath, [tsc, '-p', 'tsconfig.node16.json'], project)
  passed('TypeScript, moduleResolution node16 (an ESM and a CommonJS file), shipped .d.ts checked')
  run(process.execPath, [tsc, '-p', 'tsconfig.bundler.json'], project)
  passed('TypeScript, moduleResolution bundler, shipped .d.ts checked')
}

/**
 * Run publint and arethetypeswrong; each fails on any finding.
 *
 * @param tarball
 *   The packed package.
 */
function checkPackageLints(tarball: string): void {
  const lint = run(process.execPath, [publint, '--strict', tarball], repo)
  process.stdout.write(lint.trimEnd().replace(/^/gm, '    ') + '\n')
  passed('publint --strict')
  // `standfirst/batch` is ESM only, by design (Node-only, worker threads found by `import.meta.url`):
  // checked on its own with the esm-only profile, which does not ask `require` to resolve it.
  run(process.execPath, [attw, tarball, '--profile', 'node16', '--exclude-entrypoints', './batch', '--format', 'table-flipped'], repo)
  passed('@arethetypeswrong/cli --profile node16 (every entry but the ESM-only ./batch)')
  run(process.execPath, [attw, tarball, '--profile', 'esm-only', '--entrypoints', './batch', '--format', 'table-flipped'], repo)
  passed('@arethetypeswrong/cli --profile esm-only ./batch')
}

/**
 * The fixtures, found wherever the fixtures folder keeps them, with the
 * options their `config.json` gives.
 *
 * @returns
 *   One sample per fixture.
 */
function fixtureSamples(): Sample[] {
  const root = join(repo, 'fixtures')
  const samples: Sample[] = []
  for (const entry of readdirSync(root, {withFileTypes: true, recursive: true})) {
    if (!entry.isFile() || !/^input\.(?:html|txt)$/.test(entry.name)) continue
    const folder = entry.parentPath
    let options: Record<string, unknown> = {}
    try {
      options = (JSON.parse(readFileSync(join(folder, 'config.json'), 'utf8')) as {options?: Record<string, unknown>}).options ?? {}
    } catch {
      // No config: default options.
    }
    samples.push({name: folder.slice(root.length + 1), bytes: [...readFileSync(join(folder, entry.name))], options})
  }
  return samples.sort((a, b) => a.name.localeCompare(b.name))
}

/** Run every check. */
async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'standfirst-runtimes-'))
  try {
    const tarball = pack(work)
    passed(`npm pack (${tarball.slice(work.length + 1)})`)
    checkPackageLints(tarball)
    const project = join(work, 'consumer')
    installConsumer(project, tarball)
    checkNode(project)
    await checkBrowser(project, fixtureSamples(), passed)
  } finally {
    rmSync(work, {recursive: true, force: true})
  }
}

await main()
