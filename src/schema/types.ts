/**
 * The output types, declared by name so that editors and the API reference
 * show `Article`, `Post`, `Author`… where `z.infer` would show an anonymous
 * expansion. `test/schema-types.test.ts` checks that each equals the type
 * its zod schema infers; each field's description is written once, in the
 * schema's `.describe()`, which the JSON Schema, the API reference (a
 * typedoc plugin) and the built declarations (`scripts/describe-types.mjs`,
 * for editors) share.
 *
 * @module
 */

/**
 * A point in time as written on the page, resolved as far as the page (and
 * the `date` and `timeZone` options) allow: `text` always, `iso` only when
 * day, time and zone are all known.
 *
 * @example
 *   ```ts
 *   const stamp: Timestamp = {
 *     text: '15:46:35',
 *     iso: '2024-06-19T15:46:35+01:00',
 *     date: '2024-06-19',
 *     time: '15:46:35',
 *     timeZone: 'Europe/London'
 *   }
 *   ```
 */
export interface Timestamp {
  text: string
  iso?: string
  date?: string
  time?: string
  timeZone?: string
}

/**
 * A person credited with the article or a post.
 *
 * @example
 *   ```ts
 *   const author: Author = {name: 'Priya Ramaswamy', url: 'https://example.com/profile/priya-ramaswamy'}
 *   ```
 */
export interface Author {
  name: string
  role?: string
  url?: string
}

/**
 * A paragraph of body text.
 *
 * @example
 *   ```ts
 *   const block: ParagraphBlock = {type: 'paragraph', text: 'Schools will stay closed tomorrow.'}
 *   ```
 */
export interface ParagraphBlock {
  type: 'paragraph'
  text: string
}

/**
 * A heading inside the body.
 *
 * @example
 *   ```ts
 *   const block: HeadingBlock = {type: 'heading', text: 'What happens next', level: 2}
 *   ```
 */
export interface HeadingBlock {
  type: 'heading'
  text: string
  level: number
}

/**
 * A block quotation.
 *
 * @example
 *   ```ts
 *   const block: QuoteBlock = {type: 'quote', text: 'We will rebuild.', source: 'The mayor'}
 *   ```
 */
export interface QuoteBlock {
  type: 'quote'
  text: string
  source?: string
}

/**
 * A bulleted or numbered list.
 *
 * @example
 *   ```ts
 *   const block: ListBlock = {type: 'list', items: ['Trains halted', 'Ferries cancelled'], ordered: false}
 *   ```
 */
export interface ListBlock {
  type: 'list'
  items: string[]
  ordered: boolean
}

/**
 * A photo, video, audio clip or embed with its caption and credit.
 *
 * @example
 *   ```ts
 *   const block: FigureBlock = {
 *     type: 'figure',
 *     media: 'image',
 *     src: 'https://example.com/harbour.jpg',
 *     caption: 'Waves break over the harbour wall.',
 *     credit: 'Jane Doe/Agency'
 *   }
 *   ```
 */
export interface FigureBlock {
  type: 'figure'
  media: 'image' | 'video' | 'audio' | 'embed'
  caption?: string
  credit?: string
  src?: string
  alt?: string
}

/**
 * One block of content: tell them apart by `type`.
 *
 * @example
 *   ```ts
 *   function textOf(block: Block): string {
 *     if (block.type === 'list') return block.items.join('\n')
 *     if (block.type === 'figure') return block.caption ?? ''
 *     return block.text
 *   }
 *   ```
 */
export type Block = ParagraphBlock | HeadingBlock | QuoteBlock | ListBlock | FigureBlock

/**
 * One entry of a live blog.
 *
 * @example
 *   ```ts
 *   for (const post of parse(html).posts) {
 *     console.log(post.id, post.published?.iso ?? post.published?.text, post.title ?? '')
 *   }
 *   ```
 */
export interface Post {
  id: string
  published?: Timestamp
  updated?: Timestamp
  title?: string
  label?: string
  authors: Author[]
  pinned: boolean
  keyEvent: boolean
  body: Block[]
}

/**
 * A segment of a transcript.
 *
 * @example
 *   ```ts
 *   const segment: TranscriptSegment = {text: 'Good evening and welcome to the programme.'}
 *   ```
 */
export interface TranscriptSegment {
  text: string
  speaker?: string
}

/**
 * The spoken text of a video or audio report.
 *
 * @example
 *   ```ts
 *   const {transcript} = parse(text, {format: 'text'})
 *   if (transcript) for (const segment of transcript.segments) console.log(segment.text)
 *   ```
 */
export interface Transcript {
  text: string
  segments: TranscriptSegment[]
}

/**
 * A teaser: an item of a listing page, or a related link.
 *
 * @example
 *   ```ts
 *   const article = parse(html)
 *   if (article.kind === 'listing') for (const teaser of article.related) console.log(teaser.title, teaser.url)
 *   ```
 */
export interface Teaser {
  title: string
  standfirst?: string
  summary?: string
  url?: string
}

/**
 * The article's lead image.
 *
 * @example
 *   ```ts
 *   const {image} = parse(html, {url})
 *   if (image) console.log(image.src, image.caption, image.credit)
 *   ```
 */
export interface Image {
  src: string
  alt?: string
  caption?: string
  credit?: string
  width?: number
  height?: number
}

/**
 * A news page turned into clean, typed data: what `parse` returns.
 *
 * @example
 *   ```ts
 *   const article: Article = parse(html, {url: 'https://example.com/news/1'})
 *   console.log(article.kind, article.title, article.authors.map((author) => author.name))
 *   ```
 */
export interface Article {
  kind: 'article' | 'liveblog' | 'video' | 'listing'
  title: string
  standfirst?: string
  url?: string
  siteName?: string
  section?: string
  language?: string
  authors: Author[]
  source?: string
  image?: Image
  published?: Timestamp
  updated?: Timestamp
  keyPoints: string[]
  body: Block[]
  posts: Post[]
  transcript?: Transcript
  related: Teaser[]
}

/**
 * The name of a field of a `Post`, as `PostEdit.changed` lists it:
 * `'published'`, `'title'`, `'body'`, …
 *
 * @example
 *   ```ts
 *   const field: PostField = 'body'
 *   ```
 */
export type PostField = keyof Post

/**
 * A post in both snapshots whose fields differ.
 *
 * @example
 *   ```ts
 *   for (const {id, changed, after} of diffPosts(before, after).edited) {
 *     console.log(id, changed.join(', '), after.updated?.iso)
 *   }
 *   ```
 */
export interface PostEdit {
  id: string
  before: Post
  after: Post
  changed: PostField[]
}

/**
 * What `diffPosts` returns: the posts of a live blog that are new, edited or
 * removed between two snapshots of the page, matched by id.
 *
 * @example
 *   ```ts
 *   const {added, edited, removed, unchanged} = diffPosts(before, after)
 *   ```
 */
export interface PostsDiff {
  added: Post[]
  removed: Post[]
  edited: PostEdit[]
  unchanged: number
}
