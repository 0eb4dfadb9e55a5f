/**
 * `toPlainText`: the text a reader reads below the headline.
 *
 * @module
 */
import type {Article, Block} from './schema/article.js'

/**
 * The readable text of one block; figures have none.
 *
 * @param block
 *   A body block.
 * @returns
 *   Its text, or `undefined`.
 */
function blockText(block: Block): string | undefined {
  switch (block.type) {
    case 'list':
      return block.items.join('\n')
    case 'figure':
      return undefined
    default:
      return block.text
  }
}

/**
 * The readable main text of an article: every body block, then every post
 * (its title, then its blocks), separated by blank lines. Title, standfirst,
 * key points, captions, credits, teasers and the transcript are left out.
 *
 * @example
 *   ```ts
 *   import {parse, toPlainText} from 'standfirst'
 *   const text = toPlainText(parse(html))
 *   // 'First paragraph of the story…\n\nSecond paragraph…'
 *   ```
 *
 * @param article
 *   A parsed article.
 * @returns
 *   Plain text.
 */
export function toPlainText(article: Article): string {
  const parts: string[] = []
  for (const block of article.body) {
    const text = blockText(block)
    if (text) parts.push(text)
  }
  for (const post of article.posts) {
    if (post.title) parts.push(post.title)
    for (const block of post.body) {
      const text = blockText(block)
      if (text) parts.push(text)
    }
  }
  return parts.join('\n\n')
}
