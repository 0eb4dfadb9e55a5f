/**
 * Run by `test/memory.test.ts` in a process of its own (`--expose-gc`):
 * parse a 10 MB page, let it go, and print how much the heap grew over its
 * baseline, in bytes, as JSON. Module-level caches that kept the page's
 * lines would show here.
 */
import {parse} from '../src/index.js'

const format = process.argv[2] === 'text' ? 'text' : 'html'
const gc = (globalThis as {gc?: () => void}).gc
if (!gc) throw new Error('run with --expose-gc')

/**
 * A page of about `bytes` bytes whose every line differs (a cache keyed by
 * lines would keep them all), with bylines, stamps, captions and class names.
 *
 * @param bytes
 *   The size wanted.
 * @returns
 *   The page.
 */
function page(bytes: number): string {
  const parts: string[] = [format === 'html' ? '<!doctype html><html><head><title>A long page</title></head><body><article><h1>A long page</h1>' : 'A long page\n\n']
  let size = 0
  for (let index = 0; size < bytes; index++) {
    const text = `Paragraph ${index} tells of the ${index}th meeting of the council, which voted on item ${index * 7} after a long debate that ran late into the evening.`
    const line = format === 'html' ? `<p class="para-${index % 5000}" data-n${index % 3000}="x">${text}</p><figure><img src="/i/${index}.jpg"><figcaption>Picture ${index}. Photograph: Agency ${index}</figcaption></figure>` : `${text}\n\nPicture ${index}. Photograph: Agency ${index}\n\n`
    parts.push(line)
    size += line.length
  }
  parts.push(format === 'html' ? '</article></body></html>' : '')
  return parts.join('')
}

/**
 * The heap in use after a full collection.
 *
 * @returns
 *   Bytes.
 */
function heapAfterCollection(): number {
  gc!()
  gc!()
  return process.memoryUsage().heapUsed
}

// Warm up: compile every module and fill the caches with a small page, then measure.
parse(page(200_000), {format})
const baseline = heapAfterCollection()
let input: string | undefined = page(10 * 1024 * 1024)
let article: unknown = parse(input, {format})
input = undefined
article = undefined
void article
const after = heapAfterCollection()
process.stdout.write(JSON.stringify({format, baseline, after, growth: after - baseline}) + '\n')
