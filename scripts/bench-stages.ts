/**
 * Benchmark (not a test): the HTML pipeline's time stage by stage, this
 * checkout against another (a `git worktree` of the base branch, with its
 * own `node_modules` or a link to these), in one process, interleaved page by
 * page and the order swapped from page to page: on a shared machine two
 * separate runs differ more than most speed changes. Each page's two
 * Articles are compared too (a speed change must change no output).
 *
 * Pages: the trafilatura pages, then the fundus pages (most of them of sites
 * with a profile), then the Readability.js pages, from `../shared/corpus`.
 *
 * Usage: `tsx scripts/bench-stages.ts --base /tmp/base [--limit N] [--rounds R] [--profiled] [--format text]`
 *
 * `--format text` times the text pipeline instead, on the trafilatura pages'
 * text dumps (rendered as `bench:text` renders them), parsed without a URL.
 *
 * `--limit` applies to each corpus; `--profiled` keeps only pages whose
 * site has a profile. Stages are timed by wrapping each plugin of the
 * processor (`createProcessor`) before it is frozen; the parser and the
 * compiler are timed apart. Stages are matched by their place in the
 * pipeline (with a profile or without), so both checkouts must run the same
 * plugins in the same order (as a speed change does); each is named after
 * this checkout's plugin (the `optional` ones carry their stage's name).
 *
 * @module
 */
import {resolve} from 'node:path'
import {parseArgs} from 'node:util'
import {VFile} from 'vfile'
import {decode, fundusPages, htmlText, intOption, READABILITY_URL, readabilityPages, trafilaturaBytes, trafilaturaPages} from './corpus.js'

const {values} = parseArgs({
  options: {base: {type: 'string'}, limit: {type: 'string'}, rounds: {type: 'string'}, profiled: {type: 'boolean'}, format: {type: 'string'}}
})
if (!values.base || (values.format && values.format !== 'html' && values.format !== 'text')) {
  console.error('Usage: tsx scripts/bench-stages.ts --base PATH-OF-ANOTHER-CHECKOUT [--limit N] [--rounds R] [--profiled] [--format html|text]')
  process.exit(2)
}
const format = values.format === 'text' ? 'text' : 'html'
const limit = intOption(values.limit, 'limit')
const rounds = intOption(values.rounds, 'rounds') ?? 1
const WARM_UP = 30

/** What a checkout offers to build and run its processor. */
interface Checkout {
  label: string
  createProcessor: (format: 'html' | 'text', settings: unknown, config: object) => unknown
  validateOptions: (options: unknown) => {timeZone?: string | undefined}
  chooseProfile: (settings: unknown) => {timeZone?: string} | undefined
  /** Milliseconds by stage. */
  times: Map<string, number>
}

/**
 * Load a checkout's modules.
 *
 * @param label
 *   What to call it.
 * @param root
 *   Its folder.
 * @returns
 *   The checkout.
 */
async function load(label: string, root: string): Promise<Checkout> {
  const pipeline = await import(resolve(root, 'src/pipeline.ts'))
  const options = await import(resolve(root, 'src/options.ts'))
  const registry = await import(resolve(root, 'src/profiles/registry.ts'))
  return {label, createProcessor: pipeline.createProcessor, validateOptions: options.validateOptions, chooseProfile: registry.chooseProfile, times: new Map()}
}

const checkouts = [await load('base', values.base), await load('this', resolve(import.meta.dirname, '..'))] as const

/** A page ready to parse: HTML, or a text dump with `--format text`. */
interface Page {
  html: string
  url: string | undefined
}

const htmlPages = (): Page[] => [
  ...trafilaturaPages({limit}).map((page) => ({html: decode(trafilaturaBytes(page)), url: page.url})),
  ...fundusPages({limit}).map((page) => ({html: page.html, url: page.truth.url})),
  ...readabilityPages({limit}).map((page) => ({html: page.source, url: READABILITY_URL}))
]
// The dumps as `bench:speed` parses them: without a URL, so no profile.
const textPages = (): Page[] => trafilaturaPages({limit}).map((page) => ({html: htmlText(decode(trafilaturaBytes(page))), url: undefined}))
const all = format === 'text' ? textPages() : htmlPages()
const pages = values.profiled ? all.filter((page) => checkouts[1].chooseProfile(checkouts[1].validateOptions({url: page.url}))) : all

/** A unified processor, as far as this script uses it. */
interface TimedProcessor {
  attachers: Array<[(...args: unknown[]) => unknown, ...unknown[]]>
  parse: (file: VFile) => unknown
  runSync: (tree: unknown, file: VFile) => unknown
  stringify: (tree: unknown, file: VFile) => unknown
}

/**
 * Parse a page with a checkout, timing each stage.
 *
 * @param checkout
 *   The checkout.
 * @param page
 *   The page.
 * @param measure
 *   Whether to add the times.
 * @returns
 *   The Article's JSON.
 */
function runPage(checkout: Checkout, page: Page, measure: boolean): string {
  const add = (stage: string, ms: number) => {
    if (measure) checkout.times.set(stage, (checkout.times.get(stage) ?? 0) + ms)
  }
  const validated = checkout.validateOptions(page.url ? {format, url: page.url} : {format})
  const profile = checkout.chooseProfile(validated)
  const settings = profile?.timeZone && !validated.timeZone ? {...validated, timeZone: profile.timeZone} : validated
  const processor = checkout.createProcessor(format, settings, {positions: false, profile}) as TimedProcessor
  processor.attachers = processor.attachers.map(([plugin, ...args], index) => {
    const stage = `${String(index).padStart(2, '0')}${profile ? ' (profiled)' : ''}`
    if (checkout === checkouts[1] && plugin.name) names.set(stage, plugin.name)
    const timed = function (this: unknown, ...options: unknown[]) {
      const transformer = plugin.apply(this, options)
      if (typeof transformer !== 'function') return transformer
      return (tree: unknown, file: VFile) => {
        const started = performance.now()
        const result: unknown = transformer(tree, file)
        add(stage, performance.now() - started)
        return result
      }
    }
    return [timed, ...args]
  })
  const file = new VFile({value: page.html})
  file.data.quiet = true
  let started = performance.now()
  const tree = processor.parse(file)
  add('(parse)', performance.now() - started)
  const done = processor.runSync(tree, file)
  started = performance.now()
  processor.stringify(done, file)
  add('(compile)', performance.now() - started)
  return JSON.stringify(file.result)
}

/** This checkout's name of each stage. */
const names = new Map<string, string>()

for (const page of pages.slice(0, WARM_UP)) for (const checkout of checkouts) runPage(checkout, page, false)
let differing = 0
for (let round = 0; round < rounds; round++) {
  for (const [index, page] of pages.entries()) {
    const order = (index + round) % 2 === 0 ? checkouts : ([checkouts[1], checkouts[0]] as const)
    const [first, second] = order.map((checkout) => runPage(checkout, page, true))
    if (first !== second) differing++
  }
}

const [base, ours] = checkouts
const total = (checkout: Checkout) => [...checkout.times.values()].reduce((a, b) => a + b, 0)
console.log(`## Stages (${format}): ${pages.length} pages × ${rounds} round${rounds === 1 ? '' : 's'}, interleaved; Articles differing: ${differing}\n`)
console.log('| stage | base ms | this ms | this ÷ base |')
console.log('| --- | --: | --: | --: |')
for (const stage of [...new Set([...base.times.keys(), ...ours.times.keys()])].sort()) {
  const [before, after] = [base.times.get(stage) ?? 0, ours.times.get(stage) ?? 0]
  console.log(`| ${stage} ${names.get(stage) ?? ''} | ${before.toFixed(0)} | ${after.toFixed(0)} | ${before > 0 ? (after / before).toFixed(3) : '–'} |`)
}
console.log(`| total | ${total(base).toFixed(0)} | ${total(ours).toFixed(0)} | ${(total(ours) / total(base)).toFixed(3)} |`)
