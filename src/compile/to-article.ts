/**
 * The compiler: the annotated tree to an `Article`, validated by `ArticleSchema`.
 *
 * It reads the page top to bottom and turns each line that no plugin set
 * aside into a block: content lines into paragraphs (or list items, headings,
 * quotes, as their hint says), caption lines into figures. Lines with any
 * other role were consumed by the plugin that claimed them (their facts live
 * on `root.data` or `post.data`) and are skipped here.
 *
 * @module
 */
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {StandfirstError} from '../errors.js'
import {ArticleSchema, type Article, type Block as BlockOut, type Post} from '../schema/article.js'
import type {Block, Line, PostNode, Root} from '../tree.js'

declare module 'unified' {
  interface CompileResultMap {
    Article: Article
  }
}

/**
 * Turn the blocks of the page (or of a post) into output blocks.
 *
 * @param blocks
 *   Blocks in page order.
 * @returns
 *   Output blocks.
 */
export function compileBlocks(blocks: Block[]): BlockOut[] {
  const out: BlockOut[] = []
  let list: {type: 'list'; items: string[]; ordered: boolean} | undefined
  // Whether only blocks that give nothing stand between this block and the list.
  let bridged = false
  for (const block of blocks) {
    // A block of dropped lines only (an ad label, a share bar between two
    // halves of a list) gives nothing: the list before it goes on after it.
    if (givesNothing(block)) {
      bridged = list !== undefined
      continue
    }
    if (!bridged) list = undefined
    bridged = false
    for (const line of block.children) {
      const role = line.data?.role
      const hint = line.data?.hint
      if (role === 'caption') {
        list = undefined
        out.push(compileFigure(line))
        continue
      }
      if (role !== undefined) continue
      if (hint?.media) {
        list = undefined
        out.push(compileFigure(line))
        continue
      }
      if (hint?.listItem) {
        const ordered = Boolean(hint.ordered)
        if (!list || list.ordered !== ordered) {
          list = {type: 'list', items: [], ordered}
          out.push(list)
        }
        list.items.push(line.value)
        continue
      }
      list = undefined
      if (hint?.heading) out.push({type: 'heading', text: line.value, level: hint.heading})
      else if (hint?.quote) out.push({type: 'quote', text: line.value, ...(hint.quoteSource ? {source: hint.quoteSource} : {})})
      else out.push({type: 'paragraph', text: line.value})
    }
  }
  return out
}

/**
 * Whether every line of a block was claimed by a plugin for a field or
 * dropped (no content, no figure).
 *
 * @param block
 *   The block.
 * @returns
 *   Whether the block gives no output block.
 */
function givesNothing(block: Block): boolean {
  return block.children.every((line) => line.data?.role !== undefined && line.data.role !== 'caption')
}

/**
 * A caption (or media) line as a figure block.
 *
 * @param line
 *   The line.
 * @returns
 *   The figure.
 */
function compileFigure(line: Line): BlockOut {
  const data = line.data ?? {}
  const hint = data.hint ?? {}
  const figure: BlockOut = {type: 'figure', media: data.media ?? hint.media ?? 'image'}
  const caption = data.role === 'caption' ? (data.caption ?? line.value) : undefined
  if (caption) figure.caption = caption
  if (data.credit) figure.credit = data.credit
  if (hint.src) figure.src = hint.src
  if (hint.alt) figure.alt = hint.alt
  return figure
}

/**
 * A post node as an output post.
 *
 * @param node
 *   The post.
 * @param index
 *   Its position in the feed, for a fallback id.
 * @returns
 *   The post.
 */
function compilePost(node: PostNode, index: number): Post {
  const data = node.data ?? {}
  const post: Post = {
    id: data.id ?? `post-${index + 1}`,
    authors: data.authors ?? [],
    pinned: Boolean(data.pinned),
    keyEvent: Boolean(data.keyEvent),
    body: compileBlocks(node.children)
  }
  if (data.published) post.published = data.published
  if (data.updated) post.updated = data.updated
  if (data.title) post.title = data.title
  if (data.label) post.label = data.label
  return post
}

/**
 * Build the article from the tree.
 *
 * @param tree
 *   The annotated tree.
 * @returns
 *   The article (not yet validated).
 */
export function treeToArticle(tree: Root): Article {
  const data = tree.data ?? {}
  const topBlocks: Block[] = []
  const posts: Post[] = []
  for (const child of tree.children) {
    if (child.type === 'block') topBlocks.push(child)
    else posts.push(compilePost(child, posts.length))
  }
  const article: Article = {
    kind: data.kind ?? 'article',
    title: data.title ?? '',
    authors: data.authors ?? [],
    keyPoints: data.keyPoints ?? [],
    body: compileBlocks(topBlocks),
    posts,
    related: data.related ?? []
  }
  if (data.standfirst) article.standfirst = data.standfirst
  if (data.url) article.url = data.url
  if (data.siteName) article.siteName = data.siteName
  if (data.section) article.section = data.section
  if (data.language) article.language = data.language
  if (data.source) article.source = data.source
  if (data.image) article.image = data.image
  if (data.published) article.published = data.published
  if (data.updated) article.updated = data.updated
  if (data.transcript) article.transcript = data.transcript
  return article
}

/**
 * unified compiler plugin: the tree to a validated `Article` (in `file.result`).
 * A schema failure becomes one message per zod issue and then a
 * `StandfirstError` with the code `schema-invalid` (a bug in standfirst:
 * `parse` throws no other kind of error).
 */
export const toArticle: Plugin<[], Root, Article> = function () {
  this.compiler = (tree, file: VFile) => {
    const article = treeToArticle(tree as Root)
    const result = ArticleSchema.safeParse(article)
    if (result.success) return result.data
    for (const issue of result.error.issues) {
      file.message(`Unexpected invalid \`${issue.path.join('.')}\`: ${issue.message}`, {
        ruleId: 'schema-invalid',
        source: 'standfirst'
      })
    }
    throw new StandfirstError('schema-invalid', `Unexpected invalid Article (a bug in standfirst, please report it): ${result.error.issues.map((issue) => `\`${issue.path.join('.')}\` ${issue.message}`).join('; ')}`)
  }
}
