/**
 * Property-based fuzzing of `parse`: the properties that
 * `test/properties.test.ts` runs with a fixed seed and few runs, run here with
 * many more runs and a random seed. On a failure it prints the seed and the
 * path, so that the case replays:
 *
 *   npm run fuzz                      # every property, 50× the CI runs, random seed
 *   npm run fuzz -- --runs 20 --seed 123 --only fixture
 *
 * The properties live here (not in the test) so both share one definition.
 *
 * @module
 */
import {fromParse5} from 'hast-util-from-parse5'
import {toText} from 'hast-util-to-text'
import {parse as parseHtml} from 'parse5'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import fc from 'fast-check'
import {ArticleSchema, parse, toPlainText, type Article, type ParseOptions} from '../src/index.js'
import {FURNITURE_PHRASES, POST_FOOTER_PHRASES, TEASER_END_PHRASES} from '../src/plugins/furniture-phrases.js'

/** One fixture: its input and options. */
export interface Fixture {
  /** `<group>/<case>`. */
  name: string
  /** `text` for `input.txt`, `html` for `input.html`. */
  kind: 'text' | 'html'
  input: string
  options: ParseOptions
}

/** One property with its number of runs in CI. */
export interface NamedProperty {
  name: string
  /** Runs in CI (the fuzz script multiplies them). */
  runs: number
  property: fc.IProperty<never> | fc.IProperty<unknown[]>
}

const fixturesRoot = fileURLToPath(new URL('../fixtures/', import.meta.url))

/** Whether `format: 'html'` reads markup yet (the HTML front end is wired). */
export const htmlWired = !JSON.stringify(parse('<p>Markup check: a paragraph.</p>', {format: 'html'})).includes('<p>')

/** A marker put inside scripts and styles: it must never reach the output once HTML is read as HTML. */
const SECRET = 'zzsecretzz'

/**
 * Every fixture under `fixtures/<group>/<case>/input.{txt,html}`.
 *
 * @returns
 *   The fixtures, sorted by name.
 */
export function loadFixtures(): Fixture[] {
  const found: Fixture[] = []
  for (const group of readdirSync(fixturesRoot).sort()) {
    if (!existsSync(join(fixturesRoot, group)) || group.startsWith('.')) continue
    for (const name of readdirSync(join(fixturesRoot, group)).sort()) {
      const folder = join(fixturesRoot, group, name)
      for (const [file, kind] of [['input.txt', 'text'], ['input.html', 'html']] as const) {
        if (!existsSync(join(folder, file))) continue
        const configPath = join(folder, 'config.json')
        const config = existsSync(configPath) ? (JSON.parse(readFileSync(configPath, 'utf8')) as {options?: ParseOptions}) : {}
        found.push({name: `${group}/${name}`, kind, input: readFileSync(join(folder, file), 'utf8'), options: config.options ?? {}})
      }
    }
  }
  return found
}

/**
 * Whether a browser would show some text of a page (broken markup can turn
 * what looks like a script into plain text: `</div <script>x` is an end tag
 * with junk attributes, then text). parse5 parses as browsers do;
 * `hast-util-to-text` renders as `innerText`, without script or style.
 *
 * @param html
 *   The page.
 * @param text
 *   The text.
 * @returns
 *   Whether the rendered page holds it.
 */
function browserShows(html: string, text: string): boolean {
  return toText(fromParse5(parseHtml(html)) as never).includes(text)
}

/**
 * Parse and require a schema-valid Article; once HTML is read as HTML, also
 * require that no script or style text reached the output.
 *
 * @param input
 *   What to parse.
 * @param options
 *   Options.
 * @returns
 *   The article.
 */
export function parseChecked(input: string | Uint8Array, options: ParseOptions): Article {
  const article = parse(input, options)
  const result = ArticleSchema.safeParse(article)
  if (!result.success) throw new Error(`invalid Article: ${JSON.stringify(result.error.issues.slice(0, 3))}`)
  if (htmlWired && options.format === 'html' && JSON.stringify(article).includes(SECRET) && !browserShows(String(input), SECRET)) {
    throw new Error('script or style text reached the output')
  }
  if (({} as Record<string, unknown>).zzpolluted !== undefined) throw new Error('Object.prototype was polluted')
  return article
}

/**
 * A deterministic pseudo-random generator (mulberry32), for mutations that
 * take one seed rather than many arbitrary values.
 *
 * @param seed
 *   Any integer.
 * @returns
 *   A function returning floats in [0, 1).
 */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Lines split keeping their endings, so that joining them gives the input back. */
function splitLines(input: string): string[] {
  return input.match(/[^\n]*\n|[^\n]+$/g) ?? []
}

/** Every furniture phrase of the table, as a page would show it (first letter capitalised). */
const ALL_FURNITURE = [...FURNITURE_PHRASES, ...POST_FOOTER_PHRASES, ...TEASER_END_PHRASES].map(
  (phrase) => phrase.charAt(0).toUpperCase() + phrase.slice(1)
)

/**
 * Pure furniture: phrases that are chrome wherever they stand. Not "Share" or
 * "Continue reading", which end live-blog posts and listing teasers, nor
 * labels ("Published", "From", "Live") that bylines and datelines read.
 */
export const PURE_FURNITURE = ['Skip to main content', 'Most viewed', 'Advertisement', 'Sign in', 'Subscribe', 'Skip to navigation']

/** Whitespace that scrapers and copy-paste leave. */
const WHITESPACE = [' ', '  ', '\t', '\u00a0', '\u3000', ' \u200b', '\u2009', '   \t ']

/** Line endings of every kind. */
const NEWLINES = ['\n', '\r\n', '\r', '\u2028']

/**
 * Mangle whitespace: spaces become other whitespace, line endings other line
 * endings, lines get leading and trailing blanks.
 *
 * @param input
 *   The text.
 * @param seed
 *   Drives every choice.
 * @returns
 *   The mangled text.
 */
function mangleWhitespace(input: string, seed: number): string {
  const next = random(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  return input
    .replace(/\r\n|\n/g, () => (next() < 0.2 ? pick(WHITESPACE) : '') + pick(NEWLINES) + (next() < 0.2 ? pick(WHITESPACE) : ''))
    .replace(/ /g, () => (next() < 0.3 ? pick(WHITESPACE) : ' '))
}

/**
 * Shuffle lines (Fisher–Yates).
 *
 * @param input
 *   The text.
 * @param seed
 *   Drives the order.
 * @returns
 *   The same lines in another order.
 */
function shuffleLines(input: string, seed: number): string {
  const next = random(seed)
  const lines = splitLines(input).map((line) => (line.endsWith('\n') ? line : line + '\n'))
  for (let i = lines.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[lines[i], lines[j]] = [lines[j]!, lines[i]!]
  }
  return lines.join('')
}

/**
 * Insert furniture lines at line positions.
 *
 * @param input
 *   The text.
 * @param inserts
 *   `[position, phrase]` pairs; positions wrap around the line count.
 * @returns
 *   The text with the lines added.
 */
function insertLines(input: string, inserts: Array<[number, string]>): string {
  const lines = splitLines(input)
  for (const [position, phrase] of inserts) lines.splice(position % (lines.length + 1), 0, phrase + '\n')
  return lines.join('')
}

/**
 * Insert lines as blocks of their own at block boundaries (after a blank
 * line), never inside a block.
 *
 * @param input
 *   The text.
 * @param inserts
 *   `[boundary, phrase]` pairs; boundaries wrap around the boundary count.
 * @returns
 *   The text with the blocks added.
 */
export function insertBlocks(input: string, inserts: Array<[number, string]>): string {
  // Odd indices are the blank-line separators between blocks.
  const parts = input.split(/(\n[ \t]*\n(?:[ \t]*\n)*)/)
  const boundaries = (parts.length - 1) / 2
  if (boundaries < 1) return input
  for (const [boundary, phrase] of inserts) {
    const index = 2 * (boundary % boundaries) + 1
    parts[index] = parts[index]! + phrase + '\n\n'
  }
  return parts.join('')
}

/** Words for HTML-ish text: prose, entities, scripts of several writing systems, times. */
const WORDS = ['river', 'crossing', 'council', 'the', 'Share', 'Updated', '&amp;', '&lt;b&gt;', '&#x3C;', '&nbsp;', '&bogus;', 'Ünïcödé', '中文', 'مرحبا', '12:30', '2024-06-19', '"', "'", '.', '!', 'By Jane Doe', 'javascript:alert(1)']

/** An arbitrary HTML-ish page: nested elements with odd attributes, text, comments and broken tags. */
export const htmlishPage: fc.Arbitrary<string> = (() => {
  const text = fc.array(fc.constantFrom(...WORDS), {minLength: 1, maxLength: 12}).map((words) => words.join(' '))
  const attribute = fc.constantFrom(
    ' class="story"',
    ' hidden',
    ' aria-hidden="true"',
    ' style="display:none"',
    ' href="javascript:alert(1)"',
    ' href="/relative/link"',
    ' src="data:text/html,<script>x</script>"',
    ' src="data:image/png;base64,iVBORw0KGgo="',
    ' onclick="steal()"',
    " data-x='<p>'",
    ' broken="unclosed',
    ' itemprop="articleBody"'
  )
  const tag = fc.constantFrom('p', 'div', 'span', 'a', 'b', 'i', 'h1', 'h2', 'ul', 'ol', 'li', 'article', 'main', 'section', 'header', 'footer', 'nav', 'aside', 'figure', 'figcaption', 'img', 'br', 'blockquote', 'time', 'table', 'tr', 'td', 'template', 'noscript', 'svg', 'iframe', 'button')
  const odd = fc.constantFrom('<!-- comment -->', '<!--', '-->', '<![CDATA[ x ]]>', '<!doctype html>', '<?xml version="1.0"?>', '<', '>', '</', '<p', '</div', '<a href="', '&', '&#', '<br/>', '</p></p>', '\u0000', '\r', '\u2028')
  const raw = fc.constantFrom(
    `<script>var ${SECRET} = "</p>"</script>`,
    `<style>.${SECRET} { display: none }</style>`,
    `<script type="application/ld+json">{"__proto__": {"zzpolluted": 1}, "@type": "NewsArticle", "headline": "A headline", "author": {"name": "Jane Doe", "constructor": {"prototype": {"zzpolluted": 1}}}}</script>`,
    '<script type="application/ld+json">{"broken": </script>'
  )
  const tree = fc.letrec<{node: string; element: string}>((tie) => ({
    node: fc.oneof({depthSize: 'small'}, text, odd, raw, tie('element')),
    element: fc
      .record({
        tag,
        attributes: fc.array(attribute, {maxLength: 3}),
        children: fc.array(tie('node'), {maxLength: 5}),
        close: fc.boolean()
      })
      .map(({tag, attributes, children, close}) => `<${tag}${attributes.join('')}>${children.join('\n')}${close ? `</${tag}>` : ''}`)
  }))
  return fc
    .record({body: fc.array(tree.node, {minLength: 1, maxLength: 6}), wrap: fc.boolean(), title: text})
    .map(({body, wrap, title}) =>
      wrap ? `<!doctype html><html><head><title>${title}</title></head><body>${body.join('\n')}</body></html>` : body.join('\n')
    )
})()

/** Formats to parse with. */
const format = fc.constantFrom('text', 'html', 'auto') as fc.Arbitrary<'text' | 'html' | 'auto'>

/** Strings made to hurt: any UTF-16 unit (lone surrogates too), markup and line-break pieces. */
const hostileString = fc
  .array(
    fc.oneof(
      fc.string({unit: 'binary', maxLength: 20}),
      fc.integer({min: 0, max: 0xffff}).map((code) => String.fromCharCode(code)),
      fc.constantFrom('\n', '\n\n', '\r', '\r\n', '\u2028', '<', '>', '&', '<p>', '</div>', '<script>', '•', '- ', '12:30', 'BST', 'By ', 'Share', 'Updated at 12:30')
    ),
    {maxLength: 80}
  )
  .map((parts) => parts.join(''))

/**
 * Every property, with its CI run count.
 *
 * @param fixtures
 *   The fixtures to mutate.
 * @returns
 *   The properties.
 */
export function allProperties(fixtures: Fixture[]): NamedProperty[] {
  const properties: NamedProperty[] = [
    {
      name: 'arbitrary strings give a valid Article',
      runs: 400,
      property: fc.property(hostileString, format, (input, chosen) => {
        parseChecked(input, {format: chosen})
      })
    },
    {
      name: 'arbitrary bytes give a valid Article',
      runs: 150,
      property: fc.property(fc.uint8Array({maxLength: 2000}), format, (input, chosen) => {
        parseChecked(input, {format: chosen})
      })
    },
    {
      name: 'arbitrary HTML-ish trees give a valid Article, with no script text once HTML is read',
      runs: 300,
      property: fc.property(htmlishPage, fc.constantFrom('html', 'auto') as fc.Arbitrary<'html' | 'auto'>, (input, chosen) => {
        parseChecked(input, {format: chosen})
      })
    }
  ]
  for (const fixture of fixtures) {
    const options = fixture.options
    properties.push(
      {
        name: `${fixture.name}: truncated at any point gives a valid Article`,
        runs: 15,
        property: fc.property(fc.nat({max: fixture.input.length}), (end) => {
          parseChecked(fixture.input.slice(0, end), options)
        })
      },
      {
        name: `${fixture.name}: lines shuffled give a valid Article`,
        runs: 10,
        property: fc.property(fc.integer(), (seed) => {
          parseChecked(shuffleLines(fixture.input, seed), options)
        })
      },
      {
        name: `${fixture.name}: furniture lines added anywhere give a valid Article`,
        runs: 12,
        property: fc.property(fc.array(fc.tuple(fc.nat(), fc.constantFrom(...ALL_FURNITURE)), {minLength: 1, maxLength: 30}), (inserts) => {
          parseChecked(insertLines(fixture.input, inserts), options)
        })
      },
      {
        name: `${fixture.name}: whitespace mangled gives a valid Article`,
        runs: 10,
        property: fc.property(fc.integer(), (seed) => {
          parseChecked(mangleWhitespace(fixture.input, seed), options)
        })
      }
    )
    if (fixture.kind === 'text') {
      const body = toPlainText(parse(fixture.input, options))
      properties.push({
        name: `${fixture.name}: blocks of pure furniture added between blocks leave the body unchanged`,
        runs: 15,
        property: fc.property(fc.array(fc.tuple(fc.nat(), fc.constantFrom(...PURE_FURNITURE)), {minLength: 1, maxLength: 8}), (inserts) => {
          const article = parseChecked(insertBlocks(fixture.input, inserts), options)
          if (toPlainText(article) !== body) throw new Error('the body changed')
        })
      })
    }
  }
  return properties
}

/**
 * Run every property (or those whose name contains `--only`) with many runs.
 *
 * @returns
 *   Exit code: 0 when all hold.
 */
function main(): number {
  const args = process.argv.slice(2)
  const flag = (name: string): string | undefined => {
    const index = args.indexOf(`--${name}`)
    return index === -1 ? undefined : args[index + 1]
  }
  const factor = Number(flag('runs') ?? 50)
  const seed = Number(flag('seed') ?? Math.floor(Math.random() * 2 ** 31))
  const only = flag('only')
  console.log(`fuzz: seed ${seed}, ${factor}× the CI runs${htmlWired ? '' : ' (HTML front end not wired yet: html runs the text front end)'}`)
  let failed = 0
  for (const named of allProperties(loadFixtures())) {
    if (only && !named.name.includes(only)) continue
    const start = performance.now()
    const details = fc.check(named.property as fc.IProperty<unknown[]>, {seed, numRuns: named.runs * factor})
    const seconds = ((performance.now() - start) / 1000).toFixed(1)
    if (details.failed) {
      failed++
      console.log(`FAIL ${named.name} (${seconds} s)\n  seed ${seed}, path ${details.counterexamplePath}`)
      console.log(`  replay: npm run fuzz -- --seed ${seed} --runs ${factor} --only ${JSON.stringify(named.name)}`)
      console.log(`  counterexample: ${fc.stringify(details.counterexample).slice(0, 2000)}`)
      console.log(`  error: ${String(details.errorInstance).slice(0, 500)}`)
    } else {
      console.log(`ok   ${named.name} (${named.runs * factor} runs, ${seconds} s)`)
    }
  }
  console.log(failed ? `${failed} properties failed (seed ${seed})` : 'all properties hold')
  return failed ? 1 : 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main()
