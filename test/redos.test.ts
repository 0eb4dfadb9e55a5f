/**
 * ReDoS: every regular expression in `src/` must be safe from catastrophic
 * backtracking, since `parse` runs them over whatever the web returns.
 *
 * Regex literals are found by parsing each source file with the TypeScript
 * compiler API. Expressions built at run time (`new RegExp(...)`, `RegExp(...)`)
 * have no literal source, so the test records them as they are built: it
 * wraps the global `RegExp` constructor, imports every module under `src/`,
 * and checks that each file built as many expressions as it has
 * constructor calls. A constructor call inside a function (not run at import)
 * fails that count: list such expressions in `BUILT_LATER` below.
 *
 * Each expression goes to recheck (`checkSync`); its status must be `safe`.
 * A vulnerable one fails with its file, line and recheck's attack string.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {checkSync} from 'recheck'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'

const srcRoot = new URL('../src/', import.meta.url).pathname

/** One expression to check, with where it is written. */
interface Found {
  /** `file:line`, relative to `src/`. */
  where: string
  source: string
  flags: string
}

/**
 * Expressions built inside functions, so not seen at import: list them here
 * as `[where, source, flags]` (none today).
 */
const BUILT_LATER: Array<[string, string, string]> = []

/**
 * Expressions recheck flags that are known and reported to their owners, by
 * source. Each must still be flagged (a fixed one fails here until its entry
 * goes), and nothing else may be.
 */
const KNOWN_UNSAFE: Record<string, string> = {
  // Quadratic in a run of tags without `>`, but `sniffFormat` only reads the first 4,096 characters.
  [String.raw`<\/?(?:p|div|span|a|br|article|section|h[1-6]|ul|ol|li|img|figure|table|script|main)\b[^>]*>`]:
    'parse.ts: bounded by the 4,096-character head it runs on',
}

/**
 * Every `.ts` file under a folder.
 *
 * @param folder
 *   Absolute path.
 * @returns
 *   Absolute paths, sorted.
 */
function sourceFiles(folder: string): string[] {
  const files: string[] = []
  for (const entry of readdirSync(folder, {withFileTypes: true})) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) files.push(...sourceFiles(path))
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) files.push(path)
  }
  return files.sort()
}

/**
 * Regex literals and the lines of `RegExp` constructor calls in one file.
 *
 * @param file
 *   Absolute path.
 * @returns
 *   The literals, and the `file:line` of each constructor call.
 */
function scan(file: string): {literals: Found[]; constructed: string[]} {
  const text = readFileSync(file, 'utf8')
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const name = relative(srcRoot, file)
  const literals: Found[] = []
  const constructed: string[] = []
  const where = (node: ts.Node) => `${name}:${sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const literal = node.text
      const close = literal.lastIndexOf('/')
      literals.push({where: where(node), source: literal.slice(1, close), flags: literal.slice(close + 1)})
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      constructed.push(where(node))
    }
    ts.forEachChild(node, visit)
  }
  visit(sourceFile)
  return {literals, constructed}
}

/**
 * Import every module under `src/` with the global `RegExp` wrapped, so that
 * expressions built at import time are recorded with the file that built them.
 *
 * @param files
 *   Absolute paths of the modules.
 * @returns
 *   What each file built, by path relative to `src/`.
 */
async function recordBuilt(files: string[]): Promise<Map<string, Array<{source: string; flags: string}>>> {
  const built = new Map<string, Array<{source: string; flags: string}>>()
  const original = globalThis.RegExp
  globalThis.RegExp = new Proxy(original, {
    construct(target, args: [string | RegExp, string?]) {
      const result = Reflect.construct(target, args) as RegExp
      // The first stack frame in `src/` is the file whose code built it.
      const frame = new Error('locate').stack?.split('\n').find((line) => line.includes(srcRoot))
      const match = frame ? /\/src\/([^:)]+\.ts)/.exec(frame) : null
      if (match) {
        const list = built.get(match[1]!) ?? []
        list.push({source: result.source, flags: result.flags})
        built.set(match[1]!, list)
      }
      return result
    }
  })
  try {
    // `cli.ts` runs a command line when imported: not imported, only scanned.
    for (const file of files) if (!file.endsWith('/cli.ts')) await import(file)
  } finally {
    globalThis.RegExp = original
  }
  return built
}

/**
 * recheck's parameters: a fixed random seed, and no limit in wall-clock time
 * (`null`), only its limits in steps. Its time limits made the verdict depend
 * on the machine's load: under load an attack ran past `attackTimeout` and
 * counted as a success ("vulnerable"), and checks ran past `timeout`
 * ("unknown"). Counted in steps, the same expression gets the same verdict
 * on any machine.
 */
const RECHECK_PARAMETERS = {randomSeed: 1, timeout: null, attackTimeout: null, incubationTimeout: null, seedingTimeout: null} as const

/**
 * Ask recheck about one expression.
 *
 * @param found
 *   The expression.
 * @returns
 *   Its status, and a description of the attack when vulnerable.
 */
function verdict(found: Found): string {
  const result = checkSync(found.source, found.flags, RECHECK_PARAMETERS)
  if (result.status === 'safe') return 'safe'
  if (result.status === 'vulnerable') {
    return `vulnerable (${result.complexity.type}) at ${found.where}: /${found.source}/${found.flags}, attack ${result.attack.pattern}`
  }
  return `unknown (${result.error.kind}) at ${found.where}: /${found.source}/${found.flags}`
}

describe('regular expressions in src/', async () => {
  const files = sourceFiles(srcRoot)
  const scans = files.map((file) => ({file, ...scan(file)}))
  const built = await recordBuilt(files)
  const all: Found[] = scans.flatMap((s) => s.literals)
  for (const [where, source, flags] of BUILT_LATER) all.push({where, source, flags})
  // The constructor calls' line numbers label the built expressions, in source order.
  for (const {file, constructed} of scans) {
    const name = relative(srcRoot, file)
    const seen = built.get(name) ?? []
    seen.forEach((entry, index) => all.push({where: constructed[index] ?? name, ...entry}))
  }

  it('should find the regular expressions (the scan works)', () => {
    expect(all.length).toBeGreaterThan(50)
  })

  it('should see every `RegExp` constructor call built at import, or listed in BUILT_LATER', () => {
    const missing: string[] = []
    for (const {file, constructed} of scans) {
      const name = relative(srcRoot, file)
      const seen = built.get(name) ?? []
      const listed = BUILT_LATER.filter(([where]) => where.startsWith(name + ':')).length
      if (seen.length + listed < constructed.length) missing.push(...constructed)
    }
    expect(missing, 'constructor calls not run at import: list them in BUILT_LATER').toEqual([])
  })

  it('should pass recheck: every expression is safe', () => {
    // Each distinct expression once: tables of phrases repeat few sources.
    const seen = new Set<string>()
    const failures: string[] = []
    const known: string[] = []
    for (const found of all) {
      const key = `/${found.source}/${found.flags}`
      if (seen.has(key)) continue
      seen.add(key)
      const status = verdict(found)
      if (status === 'safe') continue
      if (found.source in KNOWN_UNSAFE) known.push(found.source)
      else failures.push(status)
    }
    expect(failures).toEqual([])
    expect(known.sort(), 'a known-unsafe expression is now safe or gone: remove its entry').toEqual(Object.keys(KNOWN_UNSAFE).sort())
  }, 300_000)
})
