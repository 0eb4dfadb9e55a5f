/**
 * The browser half of `check-runtimes.ts`: bundle the installed package with
 * esbuild for the browser platform (a `node:` import would fail the build),
 * serve a page from localhost, and in headless Chromium parse every fixture
 * on the page and in a module Web Worker; each Article must equal the one
 * Node gives. Also measures the bundle, minified and gzipped.
 *
 * @module
 */
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import {extname, join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {isDeepStrictEqual} from 'node:util'
import {gzipSync} from 'node:zlib'
import {build} from 'esbuild'
import {chromium} from 'playwright-core'

/** One input to parse in every runtime. */
export interface Sample {
  /** Where it came from (`html/article-json-ld`). */
  name: string
  /** The input's bytes (an array, to pass as JSON). */
  bytes: number[]
  /** The options to parse it with. */
  options: Record<string, unknown>
}

/** What a runtime returns for one sample: the Article, or the error. */
interface Outcome {
  name: string
  article?: unknown
  error?: string
}

/** Chromium flags: headless, no sandbox (CI runs as root), and nothing that reaches the network by itself. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

/** How long the page may take to parse every sample, on the page and in the worker. */
const PAGE_TIMEOUT_MS = 120_000

/** The browser-side sources, bundled by esbuild. */
const SOURCES: Record<string, string> = {
  'parse-samples.js': `import {parse} from 'standfirst'
export function parseSamples(samples) {
  return samples.map(({name, bytes, options}) => {
    try {
      return {name, article: parse(new Uint8Array(bytes), options)}
    } catch (error) {
      return {name, error: String(error && error.stack || error)}
    }
  })
}
`,
  'page.js': `import {parseSamples} from './parse-samples.js'
window.standfirstResults = (async () => {
  const samples = await (await fetch('/samples.json')).json()
  const page = parseSamples(samples)
  const worker = new Worker('/worker.js', {type: 'module'})
  const inWorker = await new Promise((resolve, reject) => {
    worker.onmessage = (event) => resolve(event.data)
    worker.onerror = (event) => reject(new Error('worker: ' + event.message))
    worker.postMessage(samples)
  })
  return {page, worker: inWorker, hasDocument: typeof document !== 'undefined'}
})()
`,
  'worker.js': `import {parseSamples} from './parse-samples.js'
self.onmessage = (event) => self.postMessage(parseSamples(event.data))
`,
  'size-parse.js': `export {parse} from 'standfirst'\n`,
  'size-all.js': `export * from 'standfirst'\n`
}

/** Content types of the files served. */
const TYPES: Record<string, string> = {'.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json'}

/**
 * Bundle the browser entries and measure the size bundles.
 *
 * @param project
 *   The consumer project (with the tarball installed).
 * @param out
 *   Where the served files go.
 * @returns
 *   Sizes in bytes, minified and minified+gzipped, of a bundle of `parse`
 *   alone and of the whole API.
 */
async function bundle(project: string, out: string): Promise<Record<'parse' | 'all', {min: number; gzip: number}>> {
  const src = join(project, 'browser')
  mkdirSync(src, {recursive: true})
  for (const [name, source] of Object.entries(SOURCES)) writeFileSync(join(src, name), source)
  const common = {bundle: true, platform: 'browser', format: 'esm', target: 'es2022', minify: true, logLevel: 'warning', absWorkingDir: project} as const
  await build({...common, entryPoints: [join(src, 'page.js'), join(src, 'worker.js')], outdir: out})
  const sizes = {} as Record<'parse' | 'all', {min: number; gzip: number}>
  for (const which of ['parse', 'all'] as const) {
    const result = await build({...common, entryPoints: [join(src, `size-${which}.js`)], write: false})
    const code = result.outputFiles[0]!.contents
    sizes[which] = {min: code.byteLength, gzip: gzipSync(code, {level: 9}).byteLength}
  }
  return sizes
}

/**
 * Serve the page, its scripts and the samples from localhost.
 *
 * @param out
 *   The bundled files.
 * @param samples
 *   The samples, served as `/samples.json`.
 * @returns
 *   The server, listening on an ephemeral port of 127.0.0.1.
 */
async function serve(out: string, samples: Sample[]): Promise<Server> {
  const files: Record<string, string | Buffer> = {
    '/': '<!doctype html><html><head><meta charset="utf-8"><title>standfirst</title><script type="module" src="/page.js"></script></head><body></body></html>',
    '/page.js': readFileSync(join(out, 'page.js')),
    '/worker.js': readFileSync(join(out, 'worker.js')),
    '/samples.json': JSON.stringify(samples)
  }
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    const body = files[path]
    response.writeHead(body === undefined ? 404 : 200, {'content-type': `${TYPES[extname(path) || '.html']}; charset=utf-8`})
    response.end(body ?? 'not found')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return server
}

/**
 * Parse the samples in headless Chromium, on the page and in a worker.
 *
 * @param url
 *   The page.
 * @returns
 *   Both runtimes' outcomes and the browser's version.
 */
async function runChromium(url: string): Promise<{page: Outcome[]; worker: Outcome[]; version: string; hasDocument: boolean}> {
  const profile = mkdtempSync(join(tmpdir(), 'standfirst-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS
  })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(url)
    const results = await page.evaluate(
      (timeout) =>
        Promise.race([
          (window as unknown as {standfirstResults: Promise<{page: Outcome[]; worker: Outcome[]; hasDocument: boolean}>}).standfirstResults,
          new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), timeout))
        ]),
      PAGE_TIMEOUT_MS
    )
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`)
    return {...results, version: context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent))}
  } finally {
    await context.close()
    rmSync(profile, {recursive: true, force: true})
  }
}

/**
 * Check that a runtime gave, for every sample, the Article Node gives.
 *
 * @param runtime
 *   Its name, for errors.
 * @param outcomes
 *   What it gave.
 * @param expected
 *   What Node gave, by sample name (through JSON, as the browser's came).
 */
function compare(runtime: string, outcomes: Outcome[], expected: Map<string, unknown>): void {
  if (outcomes.length !== expected.size) throw new Error(`${runtime}: ${outcomes.length} results for ${expected.size} samples`)
  for (const {name, article, error} of outcomes) {
    if (error !== undefined) throw new Error(`${runtime}: ${name} threw ${error}`)
    if (!isDeepStrictEqual(JSON.parse(JSON.stringify(article)), expected.get(name))) throw new Error(`${runtime}: ${name} differs from Node's Article`)
  }
}

/**
 * Kibibytes, for the report.
 *
 * @param bytes
 *   A size.
 * @returns
 *   Such as `131.2 KiB`.
 */
function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`
}

/**
 * Bundle for the browser, parse every sample in Chromium on a page and in a
 * Web Worker, and compare with Node.
 *
 * @param project
 *   The consumer project (with the tarball installed).
 * @param samples
 *   What to parse.
 * @param passed
 *   Reports a check that passed.
 */
export async function checkBrowser(project: string, samples: Sample[], passed: (what: string) => void): Promise<void> {
  if (samples.length === 0) throw new Error('no samples to parse in the browser')
  const out = join(project, 'www')
  const sizes = await bundle(project, out)
  passed(
    `esbuild, platform browser (no node: import): parse alone ${kib(sizes.parse.min)} minified, ${kib(sizes.parse.gzip)} minified+gzipped; ` +
      `the whole API ${kib(sizes.all.min)}, ${kib(sizes.all.gzip)}`
  )
  const installed = (await import(pathToFileURL(join(project, 'node_modules', 'standfirst', 'dist', 'index.js')).href)) as typeof import('../src/index.js')
  const expected = new Map(samples.map(({name, bytes, options}) => [name, JSON.parse(JSON.stringify(installed.parse(new Uint8Array(bytes), options))) as unknown]))
  const server = await serve(out, samples)
  try {
    const {port} = server.address() as AddressInfo
    const results = await runChromium(`http://127.0.0.1:${port}/`)
    if (!results.hasDocument) throw new Error('the page has no document: not a browser page')
    compare('page', results.page, expected)
    passed(`Chromium ${results.version}, on a page served from localhost: ${samples.length} fixtures parse to the Articles Node gives`)
    compare('worker', results.worker, expected)
    passed(`Chromium ${results.version}, in a module Web Worker: ${samples.length} fixtures parse to the Articles Node gives`)
  } finally {
    server.close()
  }
}
