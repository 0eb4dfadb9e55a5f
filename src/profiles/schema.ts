/**
 * The shape of a site profile: what is known of one site, as plain data.
 *
 * A profile never replaces the generic rules: they always run. It only adds
 * knowledge they cannot guess: which of the site's elements is the
 * standfirst or the byline, which lines of its scraped text are chrome, the
 * zone its times are written in. A page of a known site whose markup has
 * changed still parses, by the generic rules alone.
 *
 * @module
 */
import type {Root} from 'hast'
import {selectAll} from 'hast-util-select'
import * as z from 'zod'
import {isTimeZone} from '../util/time-zones.js'

/** An empty tree, to try selectors on. */
const EMPTY_ROOT: Root = {type: 'root', children: []}

/**
 * Whether a string is a CSS selector `hast-util-select` can run.
 *
 * @param selector
 *   The selector.
 * @returns
 *   Whether it is.
 */
function isSelector(selector: string): boolean {
  try {
    selectAll(selector, EMPTY_ROOT)
    return true
  } catch {
    return false
  }
}

/** CSS selectors (as `hast-util-select` reads them), any of which may match. */
const Selectors = z.array(z.string().min(1).refine(isSelector, 'a CSS selector')).min(1)

/** Selectors for the parts of the site's pages, each marked for the generic rules to read. */
export const ProfileSelectorsSchema = z
  .object({
    headline: Selectors.optional().describe('The element that holds the headline, when it is not the page\'s `<h1>` (it is read as one).'),
    standfirst: Selectors.optional().describe('The standfirst (dek, summary under the headline): marked as a summary, as a `standfirst` class would.'),
    byline: Selectors.optional().describe('The byline: marked as one, as a `byline` class would, for the article and for each live post.'),
    posts: Selectors.optional().describe('Each post of a live blog: grouped as one feed whatever their own classes, and announced as live.'),
    postTime: Selectors.optional().describe('The time of a live post (inside the post): marked as a timestamp.'),
    caption: Selectors.optional().describe('A photo caption inside a figure: marked as a caption.'),
    credit: Selectors.optional().describe('A photo credit inside a figure or caption: marked as a credit.'),
    drop: Selectors.optional().describe('What is never content on this site (share bars, promos, "read more" boxes): removed before any rule runs.')
  })
  .strict()

/** What is known of one site, as data (see the module comment). */
export const SiteProfileSchema = z
  .object({
    name: z
      .string()
      .regex(/^[a-z\d]+(?:-[a-z\d]+)*$/, 'a lower-case name such as `bbc` or `sky-news`')
      .describe('The profile\'s name: lower case, words joined by `-`; `options.site` names it, and its fixtures live in `fixtures/<name>/`.'),
    hosts: z
      .array(z.string().regex(/^(?:[a-z\d-]+\.)+[a-z]{2,}$/, 'a lower-case host name such as `bbc.co.uk`'))
      .min(1)
      .describe('Host names of the site\'s pages: a page\'s `url` matches when its host is one of these or a subdomain of one (`bbc.co.uk` matches `www.bbc.co.uk`).'),
    timeZone: z
      .string()
      .refine(isTimeZone, 'an IANA time zone')
      .optional()
      .describe('The IANA zone the site writes its times in: used when `options.timeZone` is not given, for times that carry no offset.'),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z\d]{2,8})*$/, 'a BCP 47 language tag such as `en-GB`')
      .optional()
      .describe('The language of the site\'s pages (BCP 47): the Article\'s `language` when the page does not say.'),
    selectors: ProfileSelectorsSchema.default({}).describe('CSS selectors for the parts of the site\'s HTML pages.'),
    furniturePhrases: z
      .array(z.string().min(1))
      .default([])
      .describe('Whole lines that are the site\'s chrome ("Watch live", "Listen to this article"): dropped wherever they stand alone on a line, in HTML and in scraped text. Compared after folding case and whitespace.'),
    creditStyles: z
      .array(z.string().min(1))
      .default([])
      .describe('Words that open a photo credit inside the site\'s captions ("Photograph:", "(AP Photo/", "Image source,"): the rest of the caption\'s text from there is the credit, where the markup does not set it apart (HTML). A style that ends like a label (`:`, `,`, `...`) is left out of the credit; any other (`REUTERS/`) is its first words.')
  })
  .strict()

/** A site profile, as written in `src/profiles/<name>.ts` (defaults not yet filled in). */
export type SiteProfileInput = z.input<typeof SiteProfileSchema>

/** A site profile, validated, with defaults filled in. */
export type SiteProfile = z.output<typeof SiteProfileSchema>
