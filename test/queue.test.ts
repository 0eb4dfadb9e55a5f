/**
 * `standfirst enqueue`, `worker` and `collect` against a real `redis-server`
 * (Debian's package; `.ci/run` installs it), started here on a free port
 * and stopped at the end. `npm test` builds first.
 */
import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import {once} from 'node:events'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {createServer} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Redis} from 'ioredis'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {ArticleSchema} from '../src/index.js'

const cli = new URL('../dist/cli.js', import.meta.url).pathname

/** A TCP port nobody listens on now. */
async function freePort(): Promise<number> {
  const server = createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const {port} = server.address() as {port: number}
  server.close()
  await once(server, 'close')
  return port
}

/** Wait a little. */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A news page in HTML, long enough that parsing it takes a few milliseconds. */
function htmlPage(title: string): string {
  const body = Array.from({length: 30}, (_, i) => `<p>Paragraph ${i + 1}: the council met on Tuesday to discuss the harbour wall and the budget for next year.</p>`)
  return `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>${body.join('')}</article></body></html>`
}

let server: ChildProcess
let url: string

beforeAll(async () => {
  const port = await freePort()
  server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {stdio: ['ignore', 'pipe', 'inherit']})
  url = `redis://127.0.0.1:${port}`
  let output = ''
  server.stdout!.on('data', (chunk) => (output += chunk))
  for (let tries = 0; tries < 200 && !output.includes('Ready to accept connections'); tries++) await sleep(25)
  expect(output).toContain('Ready to accept connections')
})

afterAll(async () => {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM')
    await once(server, 'exit')
  }
})

describe('standfirst enqueue, worker, collect', () => {
  it('should account for every page exactly once when one of two workers is killed mid-run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'standfirst-queue-'))
    const count = 300
    const ids = Array.from({length: count}, (_, i) => `page:${i}`)
    const input = join(dir, 'pages.jsonl')
    writeFileSync(input, ids.map((id) => JSON.stringify({id, url: `https://news.example.com/${id.slice(5)}`, html: htmlPage(`Report ${id}`)})).join('\n') + '\n')
    const queue = 'crawl'
    const common = ['--redis', url, '--queue', queue]
    // Enqueued twice: the second time adds nothing (job ids derive from page ids).
    for (let round = 0; round < 2; round++) {
      const enqueued = spawnSync(process.execPath, [cli, 'enqueue', input, ...common], {encoding: 'utf8'})
      expect(enqueued.stderr).toBe(`standfirst: ${count} pages enqueued on \`${queue}\`\n`)
      expect(enqueued.status).toBe(0)
    }
    const redis = new Redis(url)
    try {
      expect(await redis.llen(`bull:${queue}:wait`)).toBe(count)
      const worker = () => spawn(process.execPath, [cli, 'worker', ...common, '--jobs', '1', '--stalled-ms', '1000'], {stdio: ['ignore', 'ignore', 'pipe']})
      const doomed = worker()
      const survivor = worker()
      let survivorLog = ''
      survivor.stderr!.on('data', (chunk) => (survivorLog += chunk))
      // Kill one worker once a sixth of the pages have results, while it holds jobs.
      for (let tries = 0; tries < 3000 && (await redis.hlen(`standfirst:${queue}:results`)) < count / 6; tries++) await sleep(10)
      expect(await redis.hlen(`standfirst:${queue}:results`)).toBeLessThan(count)
      doomed.kill('SIGKILL')
      await once(doomed, 'exit')
      const out = join(dir, 'collected.jsonl')
      const collect = spawn(process.execPath, [cli, 'collect', ...common, '--out', out, '--wait'], {stdio: ['ignore', 'ignore', 'pipe']})
      let collectLog = ''
      collect.stderr!.on('data', (chunk) => (collectLog += chunk))
      const [code] = await once(collect, 'exit')
      expect(code, collectLog).toBe(0)
      survivor.kill('SIGTERM')
      await once(survivor, 'exit')
      // The killed worker's jobs were found stalled and parsed again.
      expect(survivorLog).toMatch(/^standfirst: worker parsed \d+ pages \(0 errors\) in [\d.]+ s; [1-9]\d* stalled jobs put back\n$/)
      const lines = readFileSync(out, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as {id: string; url: string; article: unknown})
      expect(lines.map((line) => line.id).toSorted()).toEqual(ids.toSorted())
      for (const line of lines.slice(0, 20)) {
        const article = ArticleSchema.parse(line.article)
        expect([article.title, article.url]).toEqual([`Report ${line.id}`, line.url])
      }
      expect(collectLog).toBe(`standfirst: collected ${count} results (0 errors) from \`${queue}\`\n`)
      // Nothing left: a second collect writes nothing.
      const again = spawnSync(process.execPath, [cli, 'collect', ...common], {encoding: 'utf8'})
      expect([again.stdout, again.status]).toEqual(['', 0])
      expect(await redis.hlen(`standfirst:${queue}:results`)).toBe(0)
    } finally {
      redis.disconnect()
    }
  }, 180_000)

  it('should fail in one line on bad usage', () => {
    for (const args of [['worker', '--queue', 'q'], ['enqueue', '--redis', 'redis://127.0.0.1:1', '--queue', 'q'], ['collect', '--redis', 'redis://x', '--queue', 'q', '--jobs', '2']]) {
      const result = spawnSync(process.execPath, [cli, ...args], {encoding: 'utf8'})
      expect(result.status, args.join(' ')).toBe(2)
      expect(result.stderr).toMatch(/^standfirst: [^\n]+\n$/)
    }
  })
})
