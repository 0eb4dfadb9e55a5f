/**
 * `npm run bench:batch -- [pages] [jobs…]`: time the built `standfirst batch`
 * on real pages and report its peak memory.
 *
 * The pages are those of `../shared/corpus` (Readability.js's `source.html`
 * files, trafilatura's `eval/*.html`, fundus-dev's `*.html.gz`), repeated
 * through symbolic links until there are `pages` of them (default: 10,000),
 * 1,000 to a folder. Each `--jobs` value (default: 1 and 2) runs once under
 * `/usr/bin/time -v`, which gives the peak resident set size of the whole
 * process (main thread and workers). Needs `npm run build` first.
 *
 * @module
 */
import {spawnSync} from 'node:child_process'
import {rmSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {corpusPages, linkPages} from './corpus-links.js'

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))

const count = Number(process.argv[2] ?? 10_000)
const jobsList = process.argv.length > 3 ? process.argv.slice(3).map(Number) : [1, 2]
const root = linkPages(count)
console.log(`${count} pages (links to ${corpusPages().length} corpus pages) under ${root}`)
console.log('| --jobs | pages | errors | wall s | pages/s | MB/s | peak RSS MB | CPU s (user+sys) |')
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
for (const jobs of jobsList) {
  const out = join(root, `out-${jobs}.jsonl`)
  const result = spawnSync('/usr/bin/time', ['-v', process.execPath, cli, 'batch', join(root, 'pages'), '--out', out, '--jobs', String(jobs)], {encoding: 'utf8'})
  const summary = /standfirst: (\d+) pages?, (\d+) errors? in ([\d.]+) s \(([\d.]+) pages\/s, ([\d.]+) MB\/s\)/.exec(result.stderr)
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)
  const user = /User time \(seconds\): ([\d.]+)/.exec(result.stderr)
  const system = /System time \(seconds\): ([\d.]+)/.exec(result.stderr)
  if (!summary || !rss || !user || !system) throw new Error(`Unexpected output of the batch:\n${result.stderr}`)
  const cpu = (Number(user[1]) + Number(system[1])).toFixed(1)
  console.log(`| ${jobs} | ${summary[1]} | ${summary[2]} | ${summary[3]} | ${summary[4]} | ${summary[5]} | ${(Number(rss[1]) / 1024).toFixed(0)} | ${cpu} |`)
}
rmSync(root, {recursive: true, force: true})
