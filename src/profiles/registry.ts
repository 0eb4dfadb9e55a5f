/**
 * The known site profiles, and how a page picks one: by the host of its
 * `url`, or by name when `options.site` forces one.
 *
 * @module
 */
import {StandfirstError} from '../errors.js'
import {SiteProfileSchema, type SiteProfile, type SiteProfileInput} from './schema.js'
import {SITES} from './sites/index.js'

/** The profiles, validated once, on first use (a typo in one is a test failure, never a crash of `parse` later). */
let validated: SiteProfile[] | undefined

/**
 * Every known profile, validated.
 *
 * @returns
 *   The profiles, in name order.
 */
export function siteProfiles(): readonly SiteProfile[] {
  validated ??= SITES.map((site: SiteProfileInput) => SiteProfileSchema.parse(site)).sort((a, b) => a.name.localeCompare(b.name))
  return validated
}

/**
 * The names of the known profiles.
 *
 * @returns
 *   Names, sorted.
 */
export function siteProfileNames(): string[] {
  return siteProfiles().map((profile) => profile.name)
}

/**
 * The profile a page's address belongs to: its host is one of the profile's
 * hosts or a subdomain of one. The longest matching host wins (a section
 * with its own profile under a larger site).
 *
 * @param url
 *   The page's absolute URL.
 * @returns
 *   The profile, or `undefined` for an unknown site.
 */
export function profileForUrl(url: string): SiteProfile | undefined {
  let host: string
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '')
  } catch {
    return undefined
  }
  let best: SiteProfile | undefined
  let bestLength = 0
  for (const profile of siteProfiles()) {
    for (const pattern of profile.hosts) {
      if ((host === pattern || host.endsWith('.' + pattern)) && pattern.length > bestLength) {
        best = profile
        bestLength = pattern.length
      }
    }
  }
  return best
}

/**
 * The profile a parse uses: the one `site` names, else the one of `url`'s
 * host, else none (the generic rules alone).
 *
 * @param settings
 *   `site` and `url` from the options.
 * @returns
 *   The profile, or `undefined`.
 * @throws {StandfirstError}
 *   When `site` names no known profile (the message lists the known ones).
 */
export function chooseProfile(settings: {site?: string; url?: string}): SiteProfile | undefined {
  if (settings.site !== undefined) {
    const profile = siteProfiles().find((each) => each.name === settings.site)
    if (profile) return profile
    throw new StandfirstError(
      'invalid-option',
      `Unknown site profile \`${settings.site}\`, expected one of ${siteProfileNames().map((name) => `\`${name}\``).join(', ')}`,
      'site'
    )
  }
  return settings.url === undefined ? undefined : profileForUrl(settings.url)
}
