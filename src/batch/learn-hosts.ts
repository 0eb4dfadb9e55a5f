/**
 * `learnSite: true` in a batch: learn each host's furniture from its first
 * pages, then parse every page of the host with it.
 *
 * Results stay in input order and memory stays flat: a page waits for its
 * host's profile inside the batch's window of pages in flight, never
 * outside it. A host learns from its first `LEARN_SAMPLE` pages, or, when
 * the window's oldest page waits on a host still sampling (its other pages
 * are far apart in the input, or the input has ended), from the pages it
 * has by then: fewer than 3 pages learn nothing.
 *
 * @module
 */
import type Tinypool from 'tinypool'
import {hostOf, learnFromLines, thresholdsOf, type PageLines} from '../learn/learn-site.js'
import type {LearnedSite} from '../learn/schema.js'
import {dispatch, taskOf, type BatchOutcome, type RunBatchSettings} from './dispatch.js'
import type {PendingPage, WorkerLines, WorkerTask} from './types.js'

/**
 * Pages of a host learned from. Sixteen put the 50% share at 8 pages: a
 * line there is the site's, not a run of stories'. They are held in the
 * window while their host learns, so the window grows by as many.
 */
export const LEARN_SAMPLE = 16

/**
 * Hosts remembered at once, each with its profile (a few hundred short
 * lines at most). Past this, the oldest is forgotten: a page of it that
 * comes later learns again.
 */
const MAX_HOSTS = 10_000

/** What is known of one host. */
interface HostState {
  /** The lines of its sample pages, as the workers return them (emptied once learned). */
  samples: Array<Promise<PageLines | undefined>>
  /** Whether it has stopped sampling. */
  settled: boolean
  /** Its profile, once learned. */
  profile: Promise<LearnedSite>
  /** Start learning from the samples. */
  learn: () => void
}

/** A page's outcome, and the host it waits on. */
export interface LearningEntry {
  /** The outcome. */
  outcome: Promise<BatchOutcome>
  /** The page's host, when it learns. */
  host?: string
}

/**
 * Learns hosts' profiles on the pool and parses pages with them.
 *
 * @internal
 */
export class HostLearner {
  /** Hosts in the order first seen. */
  private readonly hosts = new Map<string, HostState>()
  /** The pool. */
  private readonly pool: Tinypool
  /** Parse options. */
  private readonly options: RunBatchSettings['options']

  /**
   * @param pool
   *   The workers.
   * @param options
   *   Parse options.
   */
  constructor(pool: Tinypool, options: RunBatchSettings['options']) {
    this.pool = pool
    this.options = options
  }

  /**
   * Take a page: parse it once its host's profile is known.
   *
   * @param page
   *   The page.
   * @returns
   *   Its outcome, and its host.
   */
  submit(page: PendingPage): LearningEntry {
    const host = hostOf(page.url)
    if (host === undefined) return {outcome: dispatch(this.pool, page, this.options)}
    const state = this.hosts.get(host) ?? this.add(host)
    if (!state.settled) {
      state.samples.push(this.linesOf(page))
      if (state.samples.length >= LEARN_SAMPLE) this.settle(host)
    }
    const outcome = state.profile.then((learned) => dispatch(this.pool, page, learned.furniture.length > 0 ? {...this.options, learned} : this.options))
    return {outcome, host}
  }

  /**
   * Stop sampling a host and learn from what it has: its pages are about
   * to be waited for.
   *
   * @param host
   *   The host (optional: pages without one wait on none).
   */
  settle(host: string | undefined): void {
    const state = host === undefined ? undefined : this.hosts.get(host)
    if (!state || state.settled) return
    state.settled = true
    state.learn()
  }

  /**
   * Start a host's state, forgetting the oldest host past `MAX_HOSTS`.
   *
   * @param host
   *   The host.
   * @returns
   *   Its state.
   */
  private add(host: string): HostState {
    if (this.hosts.size >= MAX_HOSTS) {
      const oldest = this.hosts.keys().next().value!
      // Its waiting pages must still be parsed.
      this.settle(oldest)
      this.hosts.delete(oldest)
    }
    let learn!: () => void
    const sampled = new Promise<void>((resolve) => (learn = resolve))
    const state: HostState = {samples: [], settled: false, profile: Promise.resolve({pages: 0, furniture: []}), learn}
    // Learning starts once sampling stops (`settle`).
    state.profile = sampled.then(() => this.learnHost(host, state))
    this.hosts.set(host, state)
    return state
  }

  /**
   * Learn a host's profile from its samples.
   *
   * @param host
   *   The host.
   * @param state
   *   Its state.
   * @returns
   *   The profile.
   */
  private async learnHost(host: string, state: HostState): Promise<LearnedSite> {
    const samples = state.samples
    state.samples = []
    const lines = (await Promise.all(samples)).filter((each): each is PageLines => each !== undefined)
    return learnFromLines(lines, thresholdsOf(), host)
  }

  /**
   * Ask a worker for a page's lines, keeping the page's bytes (they are
   * parsed again, with the profile).
   *
   * @param page
   *   The page.
   * @returns
   *   Its lines, or nothing when it cannot be parsed.
   */
  private async linesOf(page: PendingPage): Promise<PageLines | undefined> {
    const task: WorkerTask = {...taskOf(page, this.options), learn: true}
    try {
      // No transfer list: the bytes stay here for the page's own parse.
      return ((await this.pool.run(task)) as WorkerLines).lines
    } catch {
      return undefined
    }
  }
}
