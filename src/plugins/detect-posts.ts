/**
 * Group a live blog's lines into posts, opened where `post-openers.ts`
 * says. The first short line of a post is its title; "Label: title" splits
 * off the label. A post shown twice (pinned above the feed and again in it)
 * is kept once, `pinned`.
 *
 * Fewer than two posts: the page is not a live blog and the tree is left as
 * it is.
 *
 * @module
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Block, Line, PostNode, Root} from '../tree.js'
import {allBlocks, allLines, claim, isUnclaimed} from '../util/lines.js'
import type {Author} from '../schema/article.js'
import {addAuthors} from './collect-authors.js'
import {findOpeners, isLabelLine, isTitleLike, POST_LABELS, STAMPED_TITLE_MIN_WORDS, showsLiveBlogStructure, type Opener} from './post-openers.js'
import {foldLine} from '../util/line-text.js'
import {fold, slug} from '../util/text.js'

/** Headings of summary posts, which are key events. */
const SUMMARY_TITLE = /^(?:summary|recap|what we know|key events|the day so far|at a glance|round-?up)\b/i

/** "Label: title". The title starts at a non-space, so `\s*` and the title never compete for the same spaces (ReDoS-safe). */
const LABELLED_TITLE = /^([^:]{2,24}):\s*(\S.*)$/u

/**
 * Read a post's title and label from its first lines, claiming them.
 *
 * @param post
 *   The post.
 */
function readTitle(post: PostNode): void {
  const data = (post.data ??= {})
  const lines = post.children.flatMap((block) => block.children).filter(isUnclaimed)
  let first: Line | undefined = lines[0]
  if (first && isLabelLine(first)) {
    data.label = first.value.replace(/[:.]$/, '')
    claim(first, {role: 'post-label', label: data.label})
    first = lines[1]
    if (!first || !isTitleLike(first) || lines.indexOf(first) > 3) return
  }
  const minWords = data.published ? STAMPED_TITLE_MIN_WORDS : undefined
  if (!first || !isTitleLike(first, minWords) || lines.length < 2) return
  const labelled = LABELLED_TITLE.exec(first.value)
  if (labelled && POST_LABELS.has(fold(labelled[1]!))) {
    data.label = labelled[1]!.trim()
    data.title = labelled[2]!.trim()
  } else {
    data.title = first.value
  }
  claim(first, {role: 'post-title', title: data.title})
}

/**
 * Give each post a stable id: its time without colons and a slug of its title
 * or first words, made unique.
 *
 * @param posts
 *   The posts.
 */
function assignIds(posts: PostNode[]): void {
  const seen = new Map<string, number>()
  for (const post of posts) {
    const data = (post.data ??= {})
    // Ids the page gives (HTML front end) are kept: they are the page's own.
    if (data.id) continue
    const time = data.published?.time?.replaceAll(':', '') ?? ''
    const firstText = firstProse(post)?.value ?? ''
    const base = [time, slug(data.title ?? firstText)].filter(Boolean).join('-') || 'post'
    const count = (seen.get(base) ?? 0) + 1
    seen.set(base, count)
    data.id = count === 1 ? base : `${base}-${count}`
  }
}

/**
 * The signature of a post for spotting a pinned copy: title and first paragraph.
 *
 * @param post
 *   The post.
 * @returns
 *   The folded signature.
 */
function signature(post: PostNode): string {
  return fold(`${post.data?.title ?? ''} ${firstProse(post)?.value ?? ''}`)
}

/**
 * The first line of a post's own text: not its label, title or a name.
 *
 * @param post
 *   The post.
 * @returns
 *   The line, if any.
 */
function firstProse(post: PostNode): Line | undefined {
  return post.children
    .flatMap((block) => block.children)
    .find((line) => isUnclaimed(line) && !isLabelLine(line))
}

/**
 * Keep a post shown twice once: the first copy, flagged pinned. The later
 * copy loses the lines it repeats; whatever else it holds (the scraper may
 * have run the next posts into it) stays, as a post of its own.
 *
 * @param posts
 *   The posts in page order.
 * @param file
 *   The file.
 * @returns
 *   The posts without empty copies.
 */
function dropPinnedCopies(posts: PostNode[], file: VFile): PostNode[] {
  const bySignature = new Map<string, PostNode>()
  return posts.filter((post) => {
    const key = signature(post)
    const original = bySignature.get(key)
    if (!original) {
      bySignature.set(key, post)
      return true
    }
    original.data = {...original.data, pinned: true}
    report(file, 'duplicate-dropped', 'Unexpected post shown twice (pinned), kept once', post, post.data?.title)
    const seen = new Set(linesOf(original).map((line) => foldLine(line)))
    for (const line of linesOf(post)) {
      if (line.data?.role === 'post-footer' || !seen.has(foldLine(line))) continue
      claim(line, {role: 'furniture'})
    }
    delete post.data!.title
    delete post.data!.label
    return linesOf(post).some((line) => isUnclaimed(line) || line.data?.role === 'caption')
  })
}

/**
 * All lines of a post.
 *
 * @param post
 *   The post.
 * @returns
 *   Its lines in order.
 */
function linesOf(post: PostNode): Line[] {
  return post.children.flatMap((block) => block.children)
}

/**
 * unified transformer plugin: wrap live-blog posts.
 *
 * @returns
 *   Transformer.
 */
export function detectPosts() {
  return function (tree: Root, file: VFile): void {
    if (tree.children.some((child) => child.type === 'post')) {
      finishMarkupPosts(tree, file)
      return
    }
    const lines = allLines(tree)
    const openers = findOpeners(lines, showsLiveBlogStructure(lines))
    if (openers.size < 2) return
    const children = groupPosts(tree, openers, file)
    const posts = children.filter((child): child is PostNode => child.type === 'post')
    for (const each of posts) {
      creditAuthors(each)
      readTitle(each)
      if (each.data?.title && SUMMARY_TITLE.test(each.data.title)) each.data.keyEvent = true
      setPosition(each)
    }
    const kept = new Set(dropPinnedCopies(posts, file))
    tree.children = children.filter((child) => child.type === 'block' || kept.has(child))
    assignIds([...kept])
  }
}

/**
 * Wrap the blocks from each opening line to the next into a post.
 *
 * @param tree
 *   The tree (its children are not changed).
 * @param openers
 *   Index of each opening line (in page order) → why.
 * @param file
 *   The file.
 * @returns
 *   The root's new children: blocks before the first post, then posts.
 */
function groupPosts(tree: Root, openers: Map<number, Opener>, file: VFile): Array<Block | PostNode> {
  const children: Array<Block | PostNode> = []
  let post: PostNode | undefined
  let index = 0
  for (const block of allBlocks(tree)) {
    // A block without lines has nothing to place: it is left out.
    if (block.children.length === 0) continue
    for (const part of splitAtOpeners(block, index, openers)) {
      const opener = openers.get(index)
      const first = part.children[0]!
      if (opener) {
        post = {type: 'post', children: [], data: {}}
        children.push(post)
        if (opener === 'title') report(file, 'post-boundary-weak', `Unexpected post opened by a title line alone, expected a time or footer`, first, first.value)
      }
      for (const line of part.children) if (line.data?.role === 'post-time' && post) post.data!.published = line.data.timestamp
      if (post) post.children.push(part)
      else children.push(part)
      index += part.children.length
    }
  }
  return children
}

/**
 * Cut a block where posts open inside it, so that each part belongs to one
 * post. A block no post opens inside is returned itself, not copied: a
 * page-long live blog has 100,000 blocks, and copies of them all beside the
 * originals were the peak of a whole parse.
 *
 * @param block
 *   The block.
 * @param first
 *   Index of its first line in page order.
 * @param openers
 *   Index of each opening line → why.
 * @returns
 *   The parts, in order.
 */
function splitAtOpeners(block: Block, first: number, openers: Map<number, Opener>): Block[] {
  const lines = block.children
  const starts = [0]
  for (let at = 1; at < lines.length; at++) if (openers.has(first + at)) starts.push(at)
  if (starts.length === 1) return [block]
  return starts.map((start, part) => {
    const cut: Block = {type: 'block', children: lines.slice(start, starts[part + 1] ?? lines.length)}
    if (block.position) cut.position = block.position
    return cut
  })
}

/**
 * Finish the posts that a front end built from markup: bylines inside them
 * credited, pinned copies dropped, ids for those without one.
 *
 * @param tree
 *   The tree, with post nodes.
 * @param file
 *   The file.
 */
function finishMarkupPosts(tree: Root, file: VFile): void {
  const posts = tree.children.filter((child): child is PostNode => child.type === 'post')
  for (const each of posts) {
    const authors = [...(each.data?.authors ?? [])]
    for (const block of each.children) for (const line of block.children) if (line.data?.role === 'byline') addAuthors(authors, line.data.authors)
    if (authors.length > 0) each.data = {...each.data, authors}
  }
  const kept = new Set(dropPinnedCopies(posts, file))
  tree.children = tree.children.filter((child) => child.type === 'block' || kept.has(child))
  assignIds([...kept])
}

/**
 * Credit the bylines inside a post to the post.
 *
 * @param post
 *   The post.
 */
function creditAuthors(post: PostNode): void {
  const authors: Author[] = []
  for (const block of post.children) {
    for (const line of block.children) if (line.data?.role === 'byline') addAuthors(authors, line.data.authors)
  }
  if (authors.length > 0) post.data = {...post.data, authors}
}

/**
 * Give a post the span of its blocks.
 *
 * @param post
 *   The post.
 */
function setPosition(post: PostNode): void {
  const lines = post.children.flatMap((block) => block.children)
  const start = lines[0]?.position?.start
  const end = lines[lines.length - 1]?.position?.end
  if (start && end) post.position = {start, end}
}
