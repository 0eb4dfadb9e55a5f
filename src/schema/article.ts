import * as z from 'zod'

/**
 * A moment as the page wrote it, resolved as far as the page (and the
 * `date` / `timeZone` options) allow.
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

/** A person credited with the article or a post. */
export const AuthorSchema = z
  .object({
    name: z.string().min(1).describe('The person’s name.'),
    role: z.string().optional().describe('Their role, e.g. “Transport correspondent”.'),
    url: z.string().optional().describe('A link to their profile page.')
  })
  .describe('A person credited with writing or reporting; never page furniture or spam.')

/** A paragraph of body text. */
export const ParagraphBlockSchema = z.object({
  type: z.literal('paragraph'),
  text: z.string().min(1)
})

/** A heading inside the body. */
export const HeadingBlockSchema = z.object({
  type: z.literal('heading'),
  text: z.string().min(1),
  level: z.number().int().min(1).max(6)
})

/** A block quotation. */
export const QuoteBlockSchema = z.object({
  type: z.literal('quote'),
  text: z.string().min(1),
  source: z.string().optional()
})

/** A bulleted or numbered list. */
export const ListBlockSchema = z.object({
  type: z.literal('list'),
  items: z.array(z.string().min(1)).min(1),
  ordered: z.boolean()
})

/** A photo, video, audio clip or embed with its caption and credit. */
export const FigureBlockSchema = z.object({
  type: z.literal('figure'),
  media: z.enum(['image', 'video', 'audio', 'embed']),
  caption: z.string().optional(),
  credit: z.string().optional(),
  src: z.string().optional(),
  alt: z.string().optional()
})

/** One block of body content. */
export const BlockSchema = z
  .discriminatedUnion('type', [
    ParagraphBlockSchema,
    HeadingBlockSchema,
    QuoteBlockSchema,
    ListBlockSchema,
    FigureBlockSchema
  ])
  .describe('One block of content: paragraph, heading, quote, list or figure.')

/** One entry of a live blog. */
export const PostSchema = z
  .object({
    id: z.string().min(1).describe('Stable id: the same post in two snapshots gets the same id.'),
    published: TimestampSchema.optional(),
    updated: TimestampSchema.optional(),
    title: z.string().optional().describe('The post’s headline, when it has one.'),
    label: z
      .string()
      .optional()
      .describe('A label the page puts on the post, e.g. “Analysis”, “Watch”, “In pictures”.'),
    authors: z.array(AuthorSchema),
    pinned: z.boolean().describe('The page pins this post above the feed.'),
    keyEvent: z.boolean().describe('The page marks this post as a key event.'),
    body: z.array(BlockSchema)
  })
  .describe('A live-blog entry.')

/** A segment of a transcript. */
export const TranscriptSegmentSchema = z.object({
  text: z.string().min(1),
  speaker: z.string().optional()
})

/** The spoken text of a video or audio report. */
export const TranscriptSchema = z
  .object({
    text: z.string().min(1).describe('The whole transcript as one string.'),
    segments: z.array(TranscriptSegmentSchema).describe('Readable segments of about 60 words at most.')
  })
  .describe('The transcript of a video or audio report.')

/** A teaser: an item of a listing page, or a related link. */
export const TeaserSchema = z
  .object({
    title: z.string().min(1),
    standfirst: z.string().optional(),
    summary: z.string().optional().describe('The lede paragraphs the listing shows.'),
    url: z.string().optional()
  })
  .describe('An item of a listing page, or a related link.')

/** The article's lead image. */
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

/** A parsed news page. */
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
    image: ImageSchema.optional(),
    published: TimestampSchema.optional(),
    updated: TimestampSchema.optional(),
    keyPoints: z.array(z.string().min(1)).describe('The bullet summary of the story.'),
    body: z.array(BlockSchema).describe('The main content; for a live blog, what stands above the feed.'),
    posts: z.array(PostSchema).describe('Live-blog entries in page order, each once.'),
    transcript: TranscriptSchema.optional(),
    related: z.array(TeaserSchema).describe('A listing’s items, or related links.')
  })
  .describe('A news page turned into clean, typed data.')

export type Timestamp = z.infer<typeof TimestampSchema>
export type Author = z.infer<typeof AuthorSchema>
export type Block = z.infer<typeof BlockSchema>
export type ParagraphBlock = z.infer<typeof ParagraphBlockSchema>
export type HeadingBlock = z.infer<typeof HeadingBlockSchema>
export type QuoteBlock = z.infer<typeof QuoteBlockSchema>
export type ListBlock = z.infer<typeof ListBlockSchema>
export type FigureBlock = z.infer<typeof FigureBlockSchema>
export type Post = z.infer<typeof PostSchema>
export type TranscriptSegment = z.infer<typeof TranscriptSegmentSchema>
export type Transcript = z.infer<typeof TranscriptSchema>
export type Teaser = z.infer<typeof TeaserSchema>
export type Image = z.infer<typeof ImageSchema>
export type Article = z.infer<typeof ArticleSchema>
