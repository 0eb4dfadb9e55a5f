/**
 * Scaling benchmark: milliseconds per MB of input for 10 KB to 20 MB, both
 * front ends. Inputs repeat realistic text: the fixtures' scraped texts for
 * `text`, and an HTML page built from the same paragraphs (with navigation,
 * scripts and an aside around them) for `html`.
 *
 * Cost must grow about linearly: from 1 MB up, a size costing more than 3×
 * the per-MB cost of the 1 MB input is flagged, and the exit code is 1.
 *
 *   npm run bench:scaling
 *   npm run bench:scaling -- --sizes 10k,1m,5m --format text
 *   npm run bench:scaling -- --fixture video-transcript --sizes 256k,1m,2m,5m
 *
 * @module
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse} from '../src/index.js'
import {listCases} from './fixture-store.js'

const KB = 1024
const MB = 1024 * KB

/** Sizes to measure, in bytes. */
const DEFAULT_SIZES = [10 * KB, 100 * KB, 1 * MB, 5 * MB, 10 * MB, 20 * MB]

/** From 1 MB up, a per-MB cost above this multiple of the 1 MB one is flagged. */
const MAX_GROWTH = 3

const fixturesRoot = fileURLToPath(new URL('../fixtures/', import.meta.url))

/**
 * The fixtures' scraped texts, joined.
 *
 * @param only
 *   Keep only fixtures whose name contains this (optional).
 * @returns
 *   The text.
 */
function fixtureText(only?: string): string {
  const texts: string[] = []
  for (const item of listCases(fixturesRoot)) {
    if (only && !item.name.includes(only)) continue
    if (item.inputName === 'input.txt') texts.push(readFileSync(join(item.folder, item.inputName), 'utf8').trim())
  }
  return texts.join('\n\n')
}

/** Escape text for HTML. */
function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * Repeat `unit` until the result is `size` characters (cut at a line end).
 *
 * @param unit
 *   What to repeat.
 * @param size
 *   Target length.
 * @returns
 *   The input.
 */
function repeatTo(unit: string, size: number): string {
  const text = unit.repeat(Math.ceil(size / unit.length))
  const cut = text.lastIndexOf('\n', size)
  return text.slice(0, cut > size / 2 ? cut : size)
}

/**
 * Build an input of about `size` bytes in one format.
 *
 * @param format
 *   `text` or `html`.
 * @param size
 *   Target size.
 * @param text
 *   The fixtures' text.
 * @returns
 *   The input.
 */
function build(format: 'text' | 'html', size: number, text: string): string {
  if (format === 'text') return repeatTo(text + '\n\n', size)
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((block) => `<p>${escape(block).replace(/\n/g, '<br>')}</p>`)
    .join('\n')
  const head =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Scaling benchmark page</title>' +
    '<script>window.dataLayer = [];</script><style>.nav { display: flex }</style></head><body>' +
    '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>' +
    '<main><article><h1>Scaling benchmark page</h1>\n'
  const tail = '\n</article><aside><h2>Most viewed</h2><ul><li><a href="/a">A story</a></li></ul></aside></main></body></html>'
  return head + repeatTo(paragraphs + '\n', size - head.length - tail.length) + tail
}

/**
 * Milliseconds to parse one input: the median of a few runs for small
 * inputs (so that timer noise does not dominate), one run for large ones.
 *
 * @param input
 *   The input.
 * @param format
 *   Front end.
 * @returns
 *   Milliseconds.
 */
function measure(input: string, format: 'text' | 'html'): number {
  const runs = input.length < MB ? 5 : 1
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    parse(input, {format})
    times.push(performance.now() - start)
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!
}

/** Parse a size such as `10k`, `5m`. */
function parseSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)b?$/i.exec(value.trim())
  if (!match) throw new Error(`Unknown size \`${value}\`, expected e.g. 10k or 5m`)
  const unit = match[2]!.toLowerCase() === 'm' ? MB : match[2]!.toLowerCase() === 'k' ? KB : 1
  return Math.round(Number(match[1]) * unit)
}

/** Label a size. */
function label(size: number): string {
  return size >= MB ? `${size / MB} MB` : `${size / KB} KB`
}

/**
 * Run the benchmark and print the table.
 *
 * @returns
 *   Exit code: 1 when a size is flagged.
 */
function main(): number {
  const args = process.argv.slice(2)
  const flag = (name: string): string | undefined => {
    const index = args.indexOf(`--${name}`)
    return index === -1 ? undefined : args[index + 1]
  }
  const sizes = flag('sizes')?.split(',').map(parseSize) ?? DEFAULT_SIZES
  const formats = (flag('format')?.split(',') ?? ['text', 'html']) as Array<'text' | 'html'>
  const text = fixtureText(flag('fixture'))
  if (!text) throw new Error('No text fixture matches `--fixture`')
  let flagged = 0
  console.log(`node ${process.version}, ${new Date().toISOString()}`)
  for (const format of formats) {
    // Warm up the JIT and the lazily built tables.
    parse(build(format, 100 * KB, text), {format})
    console.log(`\n${format}\n| size | ms | ms per MB | × 1 MB per-MB |\n| ---: | ---: | ---: | ---: |`)
    let baseline: number | undefined
    for (const size of sizes) {
      const input = build(format, size, text)
      const bytes = new TextEncoder().encode(input).byteLength
      const ms = measure(input, format)
      const perMb = ms / (bytes / MB)
      if (size === MB) baseline = perMb
      const ratio = baseline && size >= MB ? perMb / baseline : undefined
      const bad = ratio !== undefined && ratio > MAX_GROWTH
      if (bad) flagged++
      console.log(`| ${label(size)} | ${ms.toFixed(0)} | ${perMb.toFixed(0)} | ${ratio === undefined ? '' : ratio.toFixed(2)}${bad ? ' FLAG: superlinear' : ''} |`)
    }
  }
  console.log(flagged ? `\n${flagged} sizes cost more than ${MAX_GROWTH}× the 1 MB per-MB cost` : `\nno size from 1 MB up costs more than ${MAX_GROWTH}× the 1 MB per-MB cost`)
  return flagged ? 1 : 0
}

process.exitCode = main()
