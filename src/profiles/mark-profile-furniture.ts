/**
 * The line stage of a site profile: lines that are the site's own chrome
 * (its furniture phrases), alone on a line, are dropped as the generic
 * furniture is, in HTML and in scraped text alike.
 *
 * @module
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Root} from '../tree.js'
import {allLines, claim, isUnclaimed} from '../util/lines.js'
import {foldLine} from '../util/line-text.js'
import {fold} from '../util/text.js'
import type {SiteProfile} from './schema.js'

/**
 * Drop the profile's furniture lines.
 *
 * @param profile
 *   The page's site profile.
 * @returns
 *   The transform.
 */
export function markProfileFurniture(profile: SiteProfile) {
  const phrases = new Set(profile.furniturePhrases.map((phrase) => fold(phrase)))
  return function (tree: Root, file: VFile): void {
    if (phrases.size === 0) return
    for (const line of allLines(tree)) {
      if (!isUnclaimed(line) || !phrases.has(foldLine(line))) continue
      claim(line, {role: 'furniture'})
      report(file, 'furniture-dropped', `Unexpected page furniture \`${line.value}\` (site profile \`${profile.name}\`), dropped`, line, line.value)
    }
  }
}
