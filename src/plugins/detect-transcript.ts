/**
 * Recognise a transcript (a long run of unpunctuated speech) and segment it.
 * (Interface; implementation in progress.)
 *
 * @module
 */
import type {Root} from '../tree.js'

/**
 * unified transformer plugin: claim transcript lines and set `root.data.transcript`.
 *
 * @returns
 *   Transformer.
 */
export function detectTranscript() {
  return function (tree: Root): void {
    void tree
  }
}
