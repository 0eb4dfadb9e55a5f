/**
 * The time budget of one parse (`options.timeBudgetMs`): once it is spent,
 * the optional stages still to run are skipped, each with a message, and
 * the page is compiled from what the stages before them made. Every stage
 * is linear in the size of its input, so the budget is a safety net, not a
 * limit real pages meet: it bounds how long a hostile input can hold a
 * worker.
 *
 * The clock is read between stages only; a stage that has started runs to
 * its end. Output then depends on the machine's speed, which is why the
 * default is far above what any real page needs.
 *
 * @module
 */
import type {Node} from 'unist'
import type {Transformer} from 'unified'
import type {VFile} from 'vfile'
import {report} from './messages.js'

declare module 'vfile' {
  interface DataMap {
    /** When the time budget runs out, in `performance.now()` milliseconds. */
    deadline: number
    /** Whether a stage was skipped for lack of time (reported once). */
    overBudget: boolean
  }
}

/**
 * Start the clock of one parse.
 *
 * @param file
 *   The file being parsed.
 * @param budget
 *   Milliseconds the parse may take.
 */
export function startClock(file: VFile, budget: number): void {
  file.data.deadline = performance.now() + budget
}

/**
 * Wrap an optional stage so that it is skipped, with a message, once the
 * time budget is spent.
 *
 * @param name
 *   The stage's name, for the message.
 * @param attacher
 *   The stage (a unified plugin that returns a transformer).
 * @returns
 *   The same stage, skipped when time is out.
 */
export function optional<Args extends unknown[], Tree extends Node>(name: string, attacher: (...args: Args) => Transformer<Tree, Tree> | ((tree: Tree, file: VFile) => void)) {
  // One wrapper a stage, made once: a processor is built for each parse, and making ~30 wrappers (each named with
  // `Object.defineProperty`) cost a third of the parse of a short text.
  const known = wrappers.get(attacher)
  if (known) return known as typeof stage
  const stage = function (this: unknown, ...args: Args) {
    const transformer = attacher.apply(this, args) as (tree: Tree, file: VFile) => Tree | void
    return function (tree: Tree, file: VFile): Tree | void {
      if (file.data.deadline !== undefined && performance.now() > file.data.deadline) {
        file.data.overBudget = true
        report(file, 'time-budget-spent', `Unexpected parse longer than its time budget (\`options.timeBudgetMs\`), stage \`${name}\` skipped`)
        return undefined
      }
      return transformer(tree, file)
    }
  }
  // Named as the stage, for profiles and `scripts/bench-stages.ts`.
  Object.defineProperty(stage, 'name', {value: name})
  wrappers.set(attacher, stage)
  return stage
}

/** The wrapper of each optional stage, by its plugin (see `optional`). */
const wrappers = new WeakMap<object, unknown>()
