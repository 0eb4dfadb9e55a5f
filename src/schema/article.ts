import * as z from 'zod'

/**
 * The zod schema of a {@link Timestamp}: a moment as the page wrote it,
 * resolved as far as the page (and the `date` / `timeZone` options) allow.
 *
 * @example
 *   ```ts
 *   const stamp = TimestampSchema.parse({text: '15:46', time: '15:46'})
 *   ```
 */
export const TimestampSchema = z
  .object({
    text: z.string().describe('The timestamp as written on the page.'),
    iso: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})$/)
      .optional()
      .describe('Full ISO 8601 instant with offset, when date, time and zone are all known.'),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional()
      .describe('The calendar day, YYYY-MM-DD, when known.'),
    time: z
      .string()
      .regex(/^\d{2}:\d{2}(?::\d{2})?$/)
      .optional()
      .describe('The wall-clock time, HH:MM or HH:MM:SS (24 h), when known.'),
    timeZone: z
      .string()
      .optional()
      .describe('The IANA zone or UTC offset used to resolve the time.')
  })
  .describe('A point in time as written on the page, resolved where possible.')

/**
 * The zod schema of an {@link Author}: a person credited with the article or a post.
 *
 * @example
 *   ```ts
 *   const ok = AuthorSchema.safeParse({name: ''}).success // false: a name is never empty
 *   ```
 */
export const AuthorSchema = z
  .object({
    name: z.string().min(1).describe('The person’s name.'),
    role: z.string().optional().describe('Their role, e.g. “Transport correspondent”.'),
    url: z.string().optional().describe('A link to their profile page.')
  })
  .describe('A person credited with writing or reporting; never page furniture or spam.')

/**
 * The zod schema of a {@link ParagraphBlock}.
 *
 * @example
 *   ```ts
 *   ParagraphBlockSchema.parse({type: 'paragraph', text: 'Schools will stay closed.'})
 *   ```
 */
export const ParagraphBlockSchema = z
  .object({
    type: z.literal('paragraph').describe('Always `paragraph`: tells this block from the others.'),
    text: z.string().min(1).describe('The paragraph’s text, on one line, with spacing normalised; never empty.')
  })
  .describe('A paragraph of body text.')

/**
 * The zod schema of a {@link HeadingBlock}.
 *
 * @example
 *   ```ts
 *   HeadingBlockSchema.parse({type: 'heading', text: 'What happens next', level: 2})
 *   ```
 */
export const HeadingBlockSchema = z
  .object({
    type: z.literal('heading').describe('Always `heading`: tells this block from the others.'),
    text: z.string().min(1).describe('The heading’s text; never empty.'),
    level: z
      .number()
      .int()
      .min(1)
      .max(6)
      .describe('Its rank, 1 to 6, as `<h1>` to `<h6>`: the level of the HTML element (scraped text gives no headings).')
  })
  .describe('A heading inside the body.')

/**
 * The zod schema of a {@link QuoteBlock}.
 *
 * @example
 *   ```ts
 *   QuoteBlockSchema.parse({type: 'quote', text: 'We will rebuild.'})
 *   ```
 */
export const QuoteBlockSchema = z
  .object({
    type: z.literal('quote').describe('Always `quote`: tells this block from the others.'),
    text: z.string().min(1).describe('The quoted text; never empty.'),
    source: z.string().optional().describe('Who or what is quoted, when the page attributes the quotation; absent otherwise.')
  })
  .describe('A block quotation.')

/**
 * The zod schema of a {@link ListBlock}.
 *
 * @example
 *   ```ts
 *   ListBlockSchema.parse({type: 'list', items: ['Trains halted'], ordered: false})
 *   ```
 */
export const ListBlockSchema = z
  .object({
    type: z.literal('list').describe('Always `list`: tells this block from the others.'),
    items: z.array(z.string().min(1)).min(1).describe('The text of each item, in order; at least one, none empty.'),
    ordered: z.boolean().describe('Whether the list is numbered rather than bulleted.')
  })
  .describe('A bulleted or numbered list.')

/**
 * The zod schema of a {@link FigureBlock}.
 *
 * @example
 *   ```ts
 *   FigureBlockSchema.parse({type: 'figure', media: 'video', caption: 'The storm reaches the coast.'})
 *   ```
 */
export const FigureBlockSchema = z
  .object({
    type: z.literal('figure').describe('Always `figure`: tells this block from the others.'),
    media: z
      .enum(['image', 'video', 'audio', 'embed'])
      .describe('What the figure shows: a photo or graphic (`image`), a `video`, an `audio` clip, or an `embed` (a post of a social network, a map, an interactive).'),
    caption: z.string().optional().describe('Its caption, without the credit; absent when the page gives none.'),
    credit: z.string().optional().describe('Who made or owns it (a photographer, an agency), split off the caption; absent when the page gives none.'),
    src: z.string().optional().describe('The address of the media, as absolute as the page (and the `url` option) allow; absent in scraped text, which has none.'),
    alt: z.string().optional().describe('Its alternative text; absent when the page gives none.')
  })
  .describe('A photo, video, audio clip or embed with its caption and credit.')

/**
 * The zod schema of a {@link Block}: any of the block schemas, told apart by `type`.
 *
 * @example
 *   ```ts
 *   const block = BlockSchema.parse(JSON.parse(json)) // ParagraphBlock | HeadingBlock | …
 *   ```
 */
export const BlockSchema = z
  .discriminatedUnion('type', [
    ParagraphBlockSchema,
    HeadingBlockSchema,
    QuoteBlockSchema,
    ListBlockSchema,
    FigureBlockSchema
  ])
  .describe('One block of content: paragraph, heading, quote, list or figure.')

/**
 * The zod schema of a {@link Post}: one entry of a live blog.
 *
 * @example
 *   ```ts
 *   const fields = PostSchema.keyof().options // ['id', 'published', 'updated', …]
 *   ```
 */
export const PostSchema = z
  .object({
    id: z.string().min(1).describe('Stable id: the same post in two snapshots gets the same id.'),
    published: TimestampSchema.optional().describe('When the post was published, as its stamp says; absent when it has none.'),
    updated: TimestampSchema.optional().describe('When the post was last updated, when the page says so apart from its publication; absent otherwise.'),
    title: z.string().optional().describe('The post’s headline, when it has one.'),
    label: z
      .string()
      .optional()
      .describe('A label the page puts on the post, e.g. “Analysis”, “Watch”, “In pictures”.'),
    authors: z.array(AuthorSchema).describe('The people who wrote the post, when the post names them; empty otherwise (the article’s `authors` may still name the blog’s writers).'),
    pinned: z.boolean().describe('The page pins this post above the feed.'),
    keyEvent: z.boolean().describe('The page marks this post as a key event.'),
    body: z.array(BlockSchema).describe('The post’s content, its title and stamp left out.')
  })
  .describe('A live-blog entry.')

/**
 * The zod schema of a {@link TranscriptSegment}.
 *
 * @example
 *   ```ts
 *   TranscriptSegmentSchema.parse({text: 'Good evening.', speaker: 'Presenter'})
 *   ```
 */
export const TranscriptSegmentSchema = z
  .object({
    text: z.string().min(1).describe('The words of this segment; never empty.'),
    speaker: z.string().optional().describe('Who speaks, when the transcript names them; absent otherwise.')
  })
  .describe('A segment of a transcript.')

/**
 * The zod schema of a {@link Transcript}: the spoken text of a video or audio report.
 *
 * @example
 *   ```ts
 *   TranscriptSchema.parse({text: 'Good evening.', segments: [{text: 'Good evening.'}]})
 *   ```
 */
export const TranscriptSchema = z
  .object({
    text: z.string().min(1).describe('The whole transcript as one string.'),
    segments: z.array(TranscriptSegmentSchema).describe('Readable segments of about 60 words at most.')
  })
  .describe('The transcript of a video or audio report.')

/**
 * The zod schema of a {@link Teaser}: an item of a listing page, or a related link.
 *
 * @example
 *   ```ts
 *   TeaserSchema.parse({title: 'Rail services halted', url: 'https://example.com/news/2'})
 *   ```
 */
export const TeaserSchema = z
  .object({
    title: z.string().min(1).describe('The teaser’s headline; never empty.'),
    standfirst: z.string().optional().describe('The summary line under it, when the listing shows one.'),
    summary: z.string().optional().describe('The lede paragraphs the listing shows.'),
    url: z.string().optional().describe('Where it links to, when the page gives a link (absent in scraped text).')
  })
  .describe('An item of a listing page, or a related link.')

/**
 * The zod schema of an {@link Image}: the article's lead image.
 *
 * @example
 *   ```ts
 *   ImageSchema.parse({src: 'https://example.com/harbour.jpg', width: 1200, height: 720})
 *   ```
 */
export const ImageSchema = z
  .object({
    src: z.string().min(1).describe('Absolute URL of the image, its largest rendition when the page offers several.'),
    alt: z.string().optional().describe('Its alternative text.'),
    caption: z.string().optional().describe('Its caption, without the credit.'),
    credit: z.string().optional().describe('Who made or owns it: a photographer, an agency.'),
    width: z.number().int().positive().optional().describe('Width in pixels, when the page says.'),
    height: z.number().int().positive().optional().describe('Height in pixels, when the page says.')
  })
  .describe('The lead image: the photo shown with the headline, else the one the page declares for sharing; never a logo, avatar, icon or tracking pixel.')

/**
 * The zod schema of an {@link Article}: a parsed news page. `parse` validates
 * its result with it; use it to check an article read back from storage.
 *
 * @example
 *   ```ts
 *   const article = ArticleSchema.parse(JSON.parse(storedJson))
 *   ```
 */
export const ArticleSchema = z
  .object({
    kind: z.enum(['article', 'liveblog', 'video', 'listing']).describe('What the page is.'),
    title: z.string().describe('The headline, without site-name or farm suffixes; empty when none was found.'),
    standfirst: z.string().optional().describe('The summary line under the headline.'),
    url: z.string().optional().describe('The page’s address: the `url` option, else its canonical URL.'),
    siteName: z.string().optional().describe('The publication’s name.'),
    section: z.string().optional().describe('The section the page is filed under.'),
    language: z.string().optional().describe('BCP 47 language tag.'),
    authors: z.array(AuthorSchema).describe('The people who wrote the story, in byline order; never an organisation.'),
    source: z.string().optional().describe('The organisation credited for the story instead of or beside people: a news agency (“dpa”, “AFP”) or a newsroom.'),
    image: ImageSchema.optional().describe('The lead image; absent when the page shows or declares none.'),
    published: TimestampSchema.optional().describe('When the page was first published; absent when it does not say.'),
    updated: TimestampSchema.optional().describe('When the page was last updated; absent when it does not say.'),
    keyPoints: z.array(z.string().min(1)).describe('The bullet summary of the story.'),
    body: z.array(BlockSchema).describe('The main content; for a live blog, what stands above the feed.'),
    posts: z.array(PostSchema).describe('Live-blog entries in page order, each once.'),
    transcript: TranscriptSchema.optional().describe('The transcript of a video or audio report; absent when the page has none.'),
    related: z.array(TeaserSchema).describe('A listing’s items, or related links.')
  })
  .describe('A news page turned into clean, typed data.')

export type {
  Article,
  Author,
  Block,
  FigureBlock,
  HeadingBlock,
  Image,
  ListBlock,
  ParagraphBlock,
  Post,
  QuoteBlock,
  Teaser,
  Timestamp,
  Transcript,
  TranscriptSegment
} from './types.js'
