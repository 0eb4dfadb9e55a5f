/**
 * `npm run bench:queue -- [pages] [workers…]`: throughput of `standfirst
 * enqueue` / `worker` / `collect` on one machine, for 1 and 2 workers
 * (`--jobs 1` each) by default.
 *
 * Starts Debian's `redis-server` on a free port, and for each worker count:
 * enqueues `pages` corpus pages (default: 1,000; see `corpus-links.ts`) on
 * a fresh queue, starts the workers, and times from their start until
 * `collect --wait` has written every result. Needs `npm run build` first.
 *
 * @module
 */
import {spawn, spawnSync} from 'node:child_process'
import {once} from 'node:events'
import {readFileSync, rmSync} from 'node:fs'
import {createServer} from 'node:net'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {linkPages} from './corpus-links.js'

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))

/** A TCP port nobody listens on now. */
async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1')
  await once(server, 'listening')
  const {port} = server.address() as {port: number}
  server.close()
  return port
}

const count = Number(process.argv[2] ?? 1000)
const workerCounts = process.argv.length > 3 ? process.argv.slice(3).map(Number) : [1, 2]
const root = linkPages(count)
const port = await freePort()
const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {stdio: 'ignore'})
await new Promise((resolve) => setTimeout(resolve, 500))
const url = `redis://127.0.0.1:${port}`
try {
  console.log(`${count} corpus pages, Redis on this machine`)
  console.log('| workers (--jobs 1 each) | pages collected | seconds | pages/s | enqueue s |')
  console.log('| ---: | ---: | ---: | ---: | ---: |')
  for (const workers of workerCounts) {
    const common = ['--redis', url, '--queue', `bench-${workers}`]
    const enqueueStart = performance.now()
    const enqueued = spawnSync(process.execPath, [cli, 'enqueue', join(root, 'pages'), ...common], {encoding: 'utf8'})
    if (enqueued.status !== 0) throw new Error(enqueued.stderr)
    const enqueueSeconds = (performance.now() - enqueueStart) / 1000
    const started = performance.now()
    const running = Array.from({length: workers}, () => spawn(process.execPath, [cli, 'worker', ...common, '--jobs', '1'], {stdio: 'ignore'}))
    const out = join(root, `out-${workers}.jsonl`)
    const collect = spawn(process.execPath, [cli, 'collect', ...common, '--wait', '--out', out], {stdio: 'ignore'})
    await once(collect, 'exit')
    const seconds = (performance.now() - started) / 1000
    for (const worker of running) worker.kill('SIGTERM')
    await Promise.all(running.map((worker) => once(worker, 'exit')))
    const lines = readFileSync(out, 'utf8').split('\n').filter(Boolean).length
    console.log(`| ${workers} | ${lines} | ${seconds.toFixed(1)} | ${(lines / seconds).toFixed(1)} | ${enqueueSeconds.toFixed(1)} |`)
  }
} finally {
  redis.kill('SIGTERM')
  rmSync(root, {recursive: true, force: true})
}
