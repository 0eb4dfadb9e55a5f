/**
 * The fixture store: `fixtures/<site>/<case>/` folders, each with an input
 * (`input.html` or `input.txt`), a `meta.json` (where the page came from and
 * the options it is parsed with), the reviewed `expected.json` and the
 * `notes.md` that says what the Article must be (format in
 * `fixtures/README.md`).
 *
 * Shared by the fixture tests (`test/fixtures.test.ts`, `test/notes.test.ts`),
 * the benchmarks and `npm run fixture` (`scripts/fixture.ts`), so that they
 * all read a case the same way. Node-only: never imported by `src/`.
 *
 * @module
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Article, ParseOptions} from '../src/index.js'

/** The repository's fixtures folder (the `STANDFIRST_FIXTURES` environment variable overrides it; `npm run fixture` also takes `--root`). */
export const defaultFixturesRoot = process.env.STANDFIRST_FIXTURES ?? fileURLToPath(new URL('../fixtures/', import.meta.url))

/** A case's `meta.json`: where the page came from, and the options it is parsed with. */
export interface FixtureMeta {
  /** The page's address (picks a site profile, resolves links). */
  url?: string
  /** The day the page was read, `YYYY-MM-DD` (dates times that show no day). */
  date?: string
  /** The IANA zone of the page's times. */
  timeZone?: string
  /** `html` or `text` (default: read from the input's file name). */
  format?: 'html' | 'text' | 'auto'
  /** Force a site profile by name (when there is no `url`). */
  site?: string
  /** Where the page came from: a real scrape, a saved page, written for the tests. */
  source: string
  /** Under what terms the page is kept. */
  licence: string
  /**
   * For a case of a site with a profile: the Article's top-level fields the
   * profile fixes (`posts`, `standfirst`, `authors`…). `test/profiles.test.ts`
   * parses the case with and without the profile and fails unless each of
   * these differs.
   */
  profileAdds?: string[]
}

/** One case folder. */
export interface FixtureCase {
  /** The site folder (`generic` for cases of no one site). */
  site: string
  /** The case folder. */
  name: string
  /** Its absolute path. */
  folder: string
  /** `input.html` or `input.txt`. */
  inputName: 'input.html' | 'input.txt'
}

/** The options of `parse` that `meta.json` may set. */
const OPTION_KEYS = ['url', 'date', 'timeZone', 'format', 'site'] as const

/**
 * Every case folder under a fixtures root, sorted by site then name.
 *
 * @param root
 *   The fixtures folder (default: the repository's).
 * @returns
 *   The cases (folders without an input are skipped).
 */
export function listCases(root: string = defaultFixturesRoot): FixtureCase[] {
  const found: FixtureCase[] = []
  for (const site of readdirSync(root, {withFileTypes: true})) {
    if (!site.isDirectory() || site.name.startsWith('.')) continue
    for (const entry of readdirSync(join(root, site.name), {withFileTypes: true})) {
      if (!entry.isDirectory()) continue
      const folder = join(root, site.name, entry.name)
      const inputName = existsSync(join(folder, 'input.html')) ? 'input.html' : existsSync(join(folder, 'input.txt')) ? 'input.txt' : undefined
      if (inputName) found.push({site: site.name, name: entry.name, folder, inputName})
    }
  }
  return found.sort((a, b) => (a.site + '/' + a.name).localeCompare(b.site + '/' + b.name))
}

/**
 * Read a case's `meta.json`.
 *
 * @param folder
 *   The case folder.
 * @returns
 *   Its meta (an empty source and licence when the file is missing).
 */
export function readMeta(folder: string): FixtureMeta {
  const path = join(folder, 'meta.json')
  if (!existsSync(path)) return {source: '', licence: ''}
  return JSON.parse(readFileSync(path, 'utf8')) as FixtureMeta
}

/**
 * The options a case is parsed with: the `parse` options its meta sets.
 *
 * @param meta
 *   The case's meta.
 * @returns
 *   Options for `parse`.
 */
export function optionsOf(meta: FixtureMeta): ParseOptions {
  const options: Record<string, unknown> = {}
  for (const key of OPTION_KEYS) if (meta[key] !== undefined) options[key] = meta[key]
  return options as ParseOptions
}

/**
 * A case's input as `parse` takes it: HTML as bytes (its charset is part of
 * the case), text as a string.
 *
 * @param item
 *   The case.
 * @returns
 *   The input.
 */
export function readInput(item: FixtureCase): string | Uint8Array {
  const bytes = readFileSync(join(item.folder, item.inputName))
  return item.inputName === 'input.html' ? new Uint8Array(bytes) : bytes.toString('utf8')
}

/**
 * A case's reviewed Article, if it has one.
 *
 * @param item
 *   The case.
 * @returns
 *   The parsed `expected.json`, or `undefined`.
 */
export function readExpected(item: FixtureCase): Article | undefined {
  const path = join(item.folder, 'expected.json')
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Article) : undefined
}

/**
 * An Article as `expected.json` holds it: two-space JSON and a final newline.
 *
 * @param article
 *   The Article.
 * @returns
 *   The file's text.
 */
export function serialise(article: Article): string {
  return JSON.stringify(article, null, 2) + '\n'
}
