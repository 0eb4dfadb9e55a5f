/**
 * Credit the bylines that stand outside any post to the article.
 *
 * @module
 */
import type {Author} from '../schema/article.js'
import type {Root} from '../tree.js'

/**
 * Add authors to a list, each name once.
 *
 * @param list
 *   The list, changed in place.
 * @param found
 *   Authors to add (optional).
 */
export function addAuthors(list: Author[], found: Author[] | undefined): void {
  for (const author of found ?? []) {
    if (!list.some((known) => known.name === author.name)) list.push(author)
  }
}

/**
 * unified transformer plugin: the article's authors.
 *
 * @returns
 *   Transformer.
 */
export function collectAuthors() {
  return function (tree: Root): void {
    const authors: Author[] = [...(tree.data?.authors ?? [])]
    for (const child of tree.children) {
      if (child.type !== 'block') continue
      for (const line of child.children) if (line.data?.role === 'byline') addAuthors(authors, line.data.authors)
    }
    tree.data = {...tree.data, authors}
  }
}
