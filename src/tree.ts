/**
 * The shared syntax tree that every plugin works on.
 *
 * Both front ends (scraped text, HTML) produce it: a `root` of `block`s
 * (runs of lines that belong together: a paragraph, a run of captions, a
 * list), each holding `line`s with positions in the input. Plugins never
 * delete nodes; they mark what a line *is* in `line.data.role`, so that the
 * compiler can read the page top to bottom and messages can point at the
 * source. `detectPosts` is the one plugin that changes the shape: it wraps
 * the blocks of each live-blog entry into a `post` node.
 *
 * @module
 */
import type {Literal, Node, Parent, Position} from 'unist'
import type {Author, Image, Timestamp} from './schema/article.js'

/**
 * What a line turned out to be. Lines start as `undefined` (plain content)
 * and each plugin claims the lines of its concern.
 */
export type LineRole =
  /** Page furniture: share buttons, skip links, "Updated at", menus. */
  | 'furniture'
  /** Content-farm spam: fake author cards, ratings, the title repeated. */
  | 'spam'
  | 'title'
  | 'standfirst'
  /** A short label right above the headline ("Analysis", "Emotional interview"). */
  | 'kicker'
  | 'section'
  | 'site-name'
  /** A line that only carries the article's dateline(s). */
  | 'dateline'
  /** An article-level byline ("By …"). */
  | 'byline'
  /** A heading that introduces key points ("Key points", "At a glance"). */
  | 'key-points-heading'
  | 'key-point'
  /** The time stamp that opens a live-blog post. */
  | 'post-time'
  | 'post-title'
  | 'post-label'
  | 'post-byline'
  /** A post's footer ("Share", "Updated at"): a post boundary. */
  | 'post-footer'
  | 'caption'
  /** The lead image's figure at the top of the body: compiled into `Article.image`, not the body. */
  | 'lead-image'
  | 'transcript'
  | 'teaser-title'
  | 'teaser-standfirst'
  | 'teaser-summary'
  /** "Continue reading…" closing a teaser. */
  | 'teaser-end'

/** What the HTML front end knows about a line's element; the text front end sets `listItem` for bullets. */
export interface LineHint {
  /** The line came from a heading of this level. */
  heading?: number
  /** The line is an item of a list. */
  listItem?: boolean
  /** With `listItem`: the list is numbered. */
  ordered?: boolean
  /** The line came from a table's cell or row (a schedule's "8:10 AM" is no post stamp). */
  tableCell?: boolean
  /** The line came from a block quotation. */
  quote?: boolean
  /** With `quote`: who is quoted (the quotation's `<footer>` or `<cite>`). */
  quoteSource?: string
  /** The line is an image, video or embed (HTML front end). */
  media?: 'image' | 'video' | 'audio' | 'embed'
  /** Media source, resolved against `url`. */
  src?: string
  /** Alternative text of an image. */
  alt?: string
  /** Width and height of the media, in pixels, when the page says. */
  width?: number
  height?: number
  /** The line came from a figure caption element. */
  figcaption?: boolean
  /** Machine-readable time (`<time datetime>`). */
  dateTime?: string
  /** A link the whole line points to. */
  href?: string
  /** The line is the heading the page's metadata chose as its headline (HTML front end). */
  headline?: boolean
  /** The line's element says by its class, role or `itemprop` that it is a summary (`standfirst`, `dek`, `lead`, `doc-subtitle`). */
  summary?: boolean
  /** The line's element is wholly bold (`<strong>`, `<b>`). */
  bold?: boolean
  /** The line's element is unlike its siblings: not one of a run of paragraphs of one kind. */
  apart?: boolean
  /** The line's element is marked as the body's first paragraph (`first-paragraph`, `dropcap`). */
  opening?: boolean
  /** The line stands inside a link block or a teaser card: another story's card, perhaps (HTML front end). */
  inLink?: boolean
  /** With `listItem`: the item opens with a link to another page, as a teaser's time and title do (HTML front end). */
  linkFirst?: boolean
}

/** Data a plugin attaches to a line. */
export interface LineData {
  role?: LineRole
  hint?: LineHint
  /** For `caption` lines: the credit split off the caption text. */
  credit?: string
  /** For `caption` lines: the caption without its credit. */
  caption?: string
  /** For `caption` lines: the kind of media the caption describes. */
  media?: 'image' | 'video' | 'audio' | 'embed'
  /** For byline lines: the people named. */
  authors?: Author[]
  /** For post-time and dateline lines: the timestamps read. */
  timestamp?: Timestamp
  /** For dateline lines: the update stamp, when the line has one. */
  updated?: Timestamp
  /** For `post-label` lines, or a title that starts with a label. */
  label?: string
  /** For `post-title` lines: the title without its label. */
  title?: string
}

/** One line of the input (text front end) or one block element's text (HTML front end). */
export interface Line extends Literal {
  type: 'line'
  value: string
  position?: Position
  data?: LineData
}

/** A run of lines that belong together. */
export interface Block extends Parent {
  type: 'block'
  children: Line[]
  position?: Position
}

/** Data on a live-blog post node. */
export interface PostData {
  id?: string
  published?: Timestamp
  updated?: Timestamp
  title?: string
  label?: string
  authors?: Author[]
  pinned?: boolean
  keyEvent?: boolean
}

/** One live-blog entry: the blocks between two post boundaries. */
export interface PostNode extends Parent {
  type: 'post'
  children: Block[]
  position?: Position
  data?: PostData
}

/** Page-level facts collected by the plugins, compiled into the `Article`. */
export interface RootData {
  title?: string
  standfirst?: string
  siteName?: string
  section?: string
  language?: string
  url?: string
  authors?: Author[]
  /** The organisation credited instead of or beside people (an agency). */
  source?: string
  /** The lead image: decided by `extractLeadImage` alone, from the evidence below and the tree's figures. */
  image?: Image
  /** Evidence: the images the page declares (JSON-LD, `og:image`, `twitter:image`), resolved, most trusted first, each with its source and, when its figure was found in the page, that figure's caption and credit. */
  declaredImages?: Array<Image & {source: string}>
  published?: Timestamp
  updated?: Timestamp
  keyPoints?: string[]
  /** What the page is: decided by `classifyKind` alone, from the evidence below and the tree. */
  kind?: 'article' | 'liveblog' | 'video' | 'listing'
  /** Evidence: the type the page declares in its structured data (`NewsArticle`, `VideoObject`…). */
  declaredType?: string
  /** Evidence: the summaries the page's metadata gives (meta and OpenGraph descriptions, JSON-LD `description`), compared with the visible text. */
  descriptions?: string[]
  /** Evidence: `detectListing` found the teasers of a listing page. */
  listing?: boolean
  /** Evidence: the pages the page's bylines link to, by the name each link shows (HTML front end). */
  authorUrls?: Map<string, string>
  transcript?: {text: string; segments: Array<{text: string; speaker?: string}>}
  related?: Array<{title: string; standfirst?: string; summary?: string; url?: string}>
  /** Which front end built the tree. */
  format?: 'text' | 'html'
}

/** The whole page. */
export interface Root extends Parent {
  type: 'root'
  children: Array<Block | PostNode>
  position?: Position
  data?: RootData
}

export type AnyNode = Root | Block | PostNode | Line | Node
