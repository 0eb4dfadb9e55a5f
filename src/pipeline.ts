/**
 * The processor: which plugins run, in which order. Read this file to follow
 * a page from input to `Article`.
 *
 * @module
 */
import {unified, type Processor} from 'unified'
import type {Article} from './schema/article.js'
import type {Settings} from './options.js'
import type {Root} from './tree.js'
import {fromText} from './parse/from-text.js'
import {toArticle} from './compile/to-article.js'

/**
 * Build the processor for one format.
 *
 * @param format
 *   Which front end reads the input.
 * @param settings
 *   Validated options.
 * @returns
 *   A frozen processor whose `processSync` leaves an `Article` in `file.result`.
 */
export function createProcessor(format: 'text' | 'html', settings: Settings): Processor<Root, Root, Root, Root, Article> {
  void format
  void settings
  return unified().use(fromText).use(toArticle).freeze() as unknown as Processor<Root, Root, Root, Root, Article>
}
