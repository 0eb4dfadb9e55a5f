/**
 * Every site profile the library ships, one file per site. To add a site,
 * write `<name>.ts` beside this file (see `docs/adding-a-site.md`) and list
 * it here.
 *
 * @module
 */
import type {SiteProfileInput} from '../schema.js'
import {alJazeera} from './al-jazeera.js'
import {ap} from './ap.js'
import {bbc} from './bbc.js'
import {cnn} from './cnn.js'
import {guardian} from './guardian.js'
import {independent} from './independent.js'
import {nbcNews} from './nbc-news.js'
import {npr} from './npr.js'
import {nytimes} from './nytimes.js'
import {reuters} from './reuters.js'
import {skyNews} from './sky-news.js'
import {washingtonPost} from './washington-post.js'

/** The shipped profiles, as written (validated by `siteProfiles`). */
export const SITES: readonly SiteProfileInput[] = [alJazeera, ap, bbc, cnn, guardian, independent, nbcNews, npr, nytimes, reuters, skyNews, washingtonPost]
