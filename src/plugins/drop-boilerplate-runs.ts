/**
 * Drop runs of lines that look like navigation, footers or related links in
 * whole-page text dumps. (Interface; implementation in progress.)
 *
 * @module
 */
import type {Root} from '../tree.js'

/**
 * unified transformer plugin: mark boilerplate lines `furniture`.
 *
 * @returns
 *   Transformer.
 */
export function dropBoilerplateRuns() {
  return function (tree: Root): void {
    void tree
  }
}
