/**
 * The shape of a learned site profile: the lines that `learnSite` found
 * repeated across the pages of one site, as plain data (JSON), so that it
 * can be stored, read, edited and handed to `parse` as `options.learned`.
 *
 * @module
 */
import * as z from 'zod'

/**
 * One line of furniture learned from a site's pages.
 *
 * @example
 *   ```ts
 *   LearnedLineSchema.parse({text: 'Sign up for our newsletter', pages: 5})
 *   ```
 */
export const LearnedLineSchema = z
  .object({
    text: z
      .string()
      .min(1)
      .describe('The line as one of the pages wrote it. A line of a page matches when both are the same once case, whitespace and the punctuation at their ends are folded and every run of digits is read as one digit (`© 2024` matches `© 2025`).'),
    pages: z.number().int().positive().describe('On how many of the pages learned from the line was left in the text by the generic rules.')
  })
  .strict()
  .describe('A line of page furniture learned from a site’s pages.')

/**
 * A learned site profile: what `learnSite` returns and `options.learned`
 * takes.
 *
 * @example
 *   ```ts
 *   const learned = LearnedSiteSchema.parse(JSON.parse(readFileSync('courier.json', 'utf8')))
 *   const article = parse(html, {learned})
 *   ```
 */
export const LearnedSiteSchema = z
  .object({
    host: z.string().min(1).optional().describe('The host name the pages learned from share (from their `url`), when they all gave one and it was the same.'),
    pages: z.number().int().nonnegative().describe('How many distinct pages the profile was learned from (copies of one page, with the same headline, count once).'),
    furniture: z
      .array(LearnedLineSchema)
      .describe('Lines that recur on enough of the pages to be the site’s furniture, most frequent first: dropped from a page parsed with this profile wherever the generic rules leave them in the text.')
  })
  .strict()
  .describe('A site profile learned from several pages of one site: the lines repeated across them.')

/**
 * One line of furniture learned from a site's pages (the type
 * `LearnedLineSchema` infers).
 *
 * @example
 *   ```ts
 *   const line: LearnedLine = {text: 'Related stories', pages: 6}
 *   ```
 */
export interface LearnedLine {
  text: string
  pages: number
}

/**
 * A learned site profile (the type `LearnedSiteSchema` infers): what
 * `learnSite` returns and `options.learned` takes.
 *
 * @example
 *   ```ts
 *   const learned: LearnedSite = learnSite(pages)
 *   for (const line of learned.furniture) console.log(line.pages, line.text)
 *   ```
 */
export interface LearnedSite {
  host?: string
  pages: number
  furniture: LearnedLine[]
}
