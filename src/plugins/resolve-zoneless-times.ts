/**
 * Times the page writes with a day and a wall clock but no zone, and that
 * nothing else on the page gave a zone (no offset in its metadata, no zone
 * in the options), are read in the zone of the page's country: "26.04.2024,
 * 20:44 Uhr" on a `.de` site is German time. Only where the country has one
 * offset that day (see `util/country-zone.ts`); otherwise they stay
 * unresolved, as the page wrote them. Each inference is reported.
 *
 * @module
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Settings} from '../options.js'
import type {Timestamp} from '../schema/article.js'
import type {PostData, Root, RootData} from '../tree.js'
import {countryZone, pageCountry} from '../util/country-zone.js'
import {inZone} from '../util/timestamps.js'
import {settingsOf} from '../file-settings.js'

/** A holder of `published` / `updated`: the page or a post. */
type TimedData = Pick<RootData | PostData, 'published' | 'updated'>

/**
 * Whether a timestamp waits for a zone: a day and a time, no zone.
 *
 * @param time
 *   A timestamp (optional).
 * @returns
 *   Whether the country's zone would resolve it.
 */
function lacksZone(time: Timestamp | undefined): time is Timestamp & {date: string; time: string} {
  return Boolean(time?.date && time.time && !time.timeZone)
}

/**
 * unified transformer plugin: resolve zoneless times in the page's country's zone.
 *
 * @param attached
 *   Validated options (`timeZone`: when given, every time already has a zone). Those a file carries come first (`settingsOf`).
 * @returns
 *   Transformer.
 */
export function resolveZonelessTimes(attached: Pick<Settings, 'timeZone'>) {
  return function (tree: Root, file: VFile): void {
    if (settingsOf(file, attached).timeZone) return
    const data = (tree.data ??= {})
    const holders: TimedData[] = [data]
    for (const child of tree.children) if (child.type === 'post' && child.data) holders.push(child.data)
    if (!holders.some((holder) => lacksZone(holder.published) || lacksZone(holder.updated))) return
    const country = pageCountry(data.url, data.language)
    if (!country) return
    let postTimes = 0
    let postZone: string | undefined
    for (const holder of holders) {
      for (const key of ['published', 'updated'] as const) {
        const time = holder[key]
        if (!lacksZone(time)) continue
        const zone = countryZone(country.region, time.date)
        if (!zone) continue
        holder[key] = inZone(time, zone)
        if (holder !== data) {
          postTimes++
          postZone = zone
        } else report(file, 'zone-inferred', `The ${key === 'published' ? 'publication' : 'update'} time \`${time.text}\` has no zone: read in \`${zone}\`, the zone of the page's country (${country.region}, from ${country.source})`)
      }
    }
    if (postTimes > 0) report(file, 'zone-inferred', `${postTimes} post time(s) without a zone read in \`${postZone}\`, the zone of the page's country (${country.region}, from ${country.source})`)
  }
}
