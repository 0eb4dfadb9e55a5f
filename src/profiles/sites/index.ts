/**
 * Every site profile the library ships, one file per site. To add a site,
 * write `<name>.ts` beside this file (see `docs/adding-a-site.md`) and list
 * it here.
 *
 * @module
 */
import type {SiteProfileInput} from '../schema.js'
import {bbc} from './bbc.js'
import {guardian} from './guardian.js'

/** The shipped profiles, as written (validated by `siteProfiles`). */
export const SITES: readonly SiteProfileInput[] = [bbc, guardian]
