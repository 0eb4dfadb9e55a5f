/**
 * Corpus pages as many times over as a throughput benchmark wants them
 * (`bench-batch.ts`, `bench-queue.ts`): symbolic links in a fresh folder.
 *
 * @module
 */
import {mkdirSync, mkdtempSync, readdirSync, symlinkSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {basename, join} from 'node:path'
import {FUNDUS_ROOT, READABILITY_ROOT, TRAFILATURA_ROOT} from './corpus.js'

/** Every corpus page, as a path. */
export function corpusPages(): string[] {
  const readability = readdirSync(READABILITY_ROOT, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(READABILITY_ROOT, entry.name, 'source.html'))
  // One eval file lacks the `.html` a directory walk takes.
  const trafilatura = readdirSync(join(TRAFILATURA_ROOT, 'eval'))
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(TRAFILATURA_ROOT, 'eval', name))
  const fundus = readdirSync(FUNDUS_ROOT)
    .filter((name) => name.endsWith('.html.gz'))
    .map((name) => join(FUNDUS_ROOT, name))
  return [...readability, ...trafilatura, ...fundus].sort()
}

/**
 * A folder with `count` links to corpus pages under `pages/`, 1,000 to a
 * subfolder, in corpus order, repeated.
 *
 * @param count
 *   Pages wanted.
 * @returns
 *   The folder.
 */
export function linkPages(count: number): string {
  const pages = corpusPages()
  const root = mkdtempSync(join(tmpdir(), 'standfirst-bench-batch-'))
  for (let i = 0; i < count; i++) {
    const folder = join(root, 'pages', String(Math.floor(i / 1000)).padStart(3, '0'))
    if (i % 1000 === 0) mkdirSync(folder, {recursive: true})
    const page = pages[i % pages.length]!
    const name = basename(page) === 'source.html' ? `${basename(join(page, '..'))}.html` : basename(page)
    symlinkSync(page, join(folder, `${String(i).padStart(5, '0')}-${name}`))
  }
  return root
}
