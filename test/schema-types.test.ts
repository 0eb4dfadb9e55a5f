// The named output types (src/schema/types.ts) and `ParseOptions` must be
// exactly the types their zod schemas infer: `tsc --noEmit` (in `npm test`)
// fails on any difference, a field added to a schema and not to its type
// included. Each schema field must also carry a description, which the
// JSON Schema and the API reference share.
import {describe, expectTypeOf, it, expect} from 'vitest'
import type * as z from 'zod'
import {
  ArticleSchema,
  AuthorSchema,
  BlockSchema,
  FigureBlockSchema,
  HeadingBlockSchema,
  ImageSchema,
  LearnedLineSchema,
  LearnedSiteSchema,
  ListBlockSchema,
  ParagraphBlockSchema,
  ParseOptionsSchema,
  PostEditSchema,
  PostFieldSchema,
  PostSchema,
  PostsDiffSchema,
  QuoteBlockSchema,
  TeaserSchema,
  TimestampSchema,
  TranscriptSchema,
  TranscriptSegmentSchema,
  type Article,
  type Author,
  type Block,
  type FigureBlock,
  type HeadingBlock,
  type Image,
  type LearnedLine,
  type LearnedSite,
  type ListBlock,
  type ParagraphBlock,
  type ParseOptions,
  type Post,
  type PostEdit,
  type PostField,
  type PostsDiff,
  type QuoteBlock,
  type Teaser,
  type Timestamp,
  type Transcript,
  type TranscriptSegment
} from '../src/index.js'

describe('named types', () => {
  it('equal the types their schemas infer', () => {
    expectTypeOf<Article>().toEqualTypeOf<z.infer<typeof ArticleSchema>>()
    expectTypeOf<Author>().toEqualTypeOf<z.infer<typeof AuthorSchema>>()
    expectTypeOf<Block>().toEqualTypeOf<z.infer<typeof BlockSchema>>()
    expectTypeOf<FigureBlock>().toEqualTypeOf<z.infer<typeof FigureBlockSchema>>()
    expectTypeOf<HeadingBlock>().toEqualTypeOf<z.infer<typeof HeadingBlockSchema>>()
    expectTypeOf<Image>().toEqualTypeOf<z.infer<typeof ImageSchema>>()
    expectTypeOf<ListBlock>().toEqualTypeOf<z.infer<typeof ListBlockSchema>>()
    expectTypeOf<ParagraphBlock>().toEqualTypeOf<z.infer<typeof ParagraphBlockSchema>>()
    expectTypeOf<Post>().toEqualTypeOf<z.infer<typeof PostSchema>>()
    expectTypeOf<PostEdit>().toEqualTypeOf<z.infer<typeof PostEditSchema>>()
    expectTypeOf<PostField>().toEqualTypeOf<z.infer<typeof PostFieldSchema>>()
    expectTypeOf<PostsDiff>().toEqualTypeOf<z.infer<typeof PostsDiffSchema>>()
    expectTypeOf<QuoteBlock>().toEqualTypeOf<z.infer<typeof QuoteBlockSchema>>()
    expectTypeOf<Teaser>().toEqualTypeOf<z.infer<typeof TeaserSchema>>()
    expectTypeOf<Timestamp>().toEqualTypeOf<z.infer<typeof TimestampSchema>>()
    expectTypeOf<Transcript>().toEqualTypeOf<z.infer<typeof TranscriptSchema>>()
    expectTypeOf<TranscriptSegment>().toEqualTypeOf<z.infer<typeof TranscriptSegmentSchema>>()
    expectTypeOf<LearnedLine>().toEqualTypeOf<z.infer<typeof LearnedLineSchema>>()
    expectTypeOf<LearnedSite>().toEqualTypeOf<z.infer<typeof LearnedSiteSchema>>()
    expectTypeOf<ParseOptions>().toEqualTypeOf<z.input<typeof ParseOptionsSchema>>()
  })
})

/** Object schemas whose every field users read or write. */
const OBJECT_SCHEMAS = {
  ArticleSchema,
  AuthorSchema,
  FigureBlockSchema,
  HeadingBlockSchema,
  ImageSchema,
  LearnedLineSchema,
  LearnedSiteSchema,
  ListBlockSchema,
  ParagraphBlockSchema,
  ParseOptionsSchema,
  PostEditSchema,
  PostSchema,
  PostsDiffSchema,
  QuoteBlockSchema,
  TeaserSchema,
  TimestampSchema,
  TranscriptSchema,
  TranscriptSegmentSchema
}

describe('schema descriptions', () => {
  for (const [name, schema] of Object.entries(OBJECT_SCHEMAS)) {
    it(`${name} and each of its fields are described`, () => {
      expect(schema.description, name).toBeTruthy()
      const undescribed = Object.entries(schema.shape)
        .filter(([, field]) => !(field as z.ZodType).description)
        .map(([key]) => key)
      expect(undescribed, name).toEqual([])
    })
  }
})
