/**
 * The stage of a learned site profile: lines the profile learned as the
 * site's furniture are dropped, each with a `learned-furniture-dropped`
 * message.
 *
 * It runs after the generic drops (the furniture, spam and boilerplate of
 * every site), and claims nothing they took; and before the headline and
 * standfirst are chosen, since `learnSite` learns the menu lines and
 * taglines the generic rules take for those on most of a site's pages.
 *
 * @module
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Root} from '../tree.js'
import {allLines, claim, isUnclaimed} from '../util/lines.js'
import {lineKey} from './line-key.js'
import type {LearnedSite} from './schema.js'

/**
 * Drop the learned furniture lines.
 *
 * @param learned
 *   The learned site profile.
 * @returns
 *   The transform.
 */
export function markLearnedFurniture(learned: LearnedSite) {
  const keys = new Set(learned.furniture.map((line) => lineKey(line.text)))
  return function (tree: Root, file: VFile): void {
    if (keys.size === 0) return
    for (const line of allLines(tree)) {
      if (!isUnclaimed(line) || line.data?.hint?.media || !keys.has(lineKey(line.value))) continue
      claim(line, {role: 'furniture'})
      report(file, 'learned-furniture-dropped', `Unexpected \`${line.value.trim()}\`, learned as the site’s furniture (repeated across its pages), dropped`, line, line.value.trim())
    }
  }
}
