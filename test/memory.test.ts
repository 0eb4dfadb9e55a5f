/**
 * Bounded memory: after a 10 MB page is parsed and let go, the heap is back
 * within a few MB of where it was (module-level caches are bounded by the
 * characters they hold, not by their number of entries). Each format runs
 * in a process of its own, with `--expose-gc`, so that collections are
 * forced and nothing else shares the heap.
 */
import {execFile} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'

const run = promisify(execFile)
const probe = fileURLToPath(new URL('heap-probe.ts', import.meta.url))

/** Growth allowed over the baseline heap, in bytes: the caches' budgets (about 2 MB) and some slack. */
const MAX_GROWTH = 4 * 1024 * 1024

describe('memory', () => {
  for (const format of ['html', 'text'] as const) {
    it(`should let the heap fall back within a few MB of its baseline after a 10 MB page (${format})`, async () => {
      const {stdout} = await run(process.execPath, ['--expose-gc', '--import', 'tsx', probe, format], {maxBuffer: 1 << 20})
      const {growth} = JSON.parse(stdout) as {growth: number}
      expect(growth).toBeLessThan(MAX_GROWTH)
    }, 120_000)
  }
})
