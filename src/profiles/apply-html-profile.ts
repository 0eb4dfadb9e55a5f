/**
 * The HTML stage of a site profile: before any generic rule reads the page,
 * drop what the profile says is never content, and mark the elements its
 * selectors match with the hints the generic rules already read: a class
 * word (`standfirst`, `byline`, `timestamp`, `caption`, `credit`), a shared
 * first class for live posts (`live-post`: one feed, announced as live), an
 * `<h1>` for the headline. The generic rules then decide as they always do;
 * a profile whose selectors no longer match changes nothing.
 *
 * @module
 */
import type {Element, ElementContent, Root as HastRoot, Text} from 'hast'
import type {SiteProfile} from './schema.js'
import {selectList} from './select.js'

/** The class word each part is marked with: one the generic rules read (see `src/html/class-words.ts`). */
const MARKS = {
  standfirst: 'standfirst',
  byline: 'byline',
  postTime: 'timestamp',
  caption: 'caption',
  credit: 'credit'
} as const

/** Selectors of every profile (one array each: a list is compiled once). */
const FIGCAPTION = ['figcaption']
const CREDIT = ['.credit']

/** The first class given to every live post: posts are grouped by tag and first class, and `live` says the feed is live. */
const POST_CLASS = 'live-post'

/**
 * Apply a site profile to a page's tree.
 *
 * @param profile
 *   The page's site profile.
 * @returns
 *   The transform.
 */
export function applyHtmlProfile(profile: SiteProfile) {
  return function (tree: HastRoot): void {
    const {selectors} = profile
    if (selectors.drop) dropAll(tree, new Set(matches(selectors.drop, tree)))
    for (const element of matches(selectors.headline, tree)) {
      // An `<h2>` or a `<div>` the site sets as its headline: read as the page's heading.
      element.tagName = 'h1'
    }
    for (const part of ['standfirst', 'byline', 'postTime', 'caption', 'credit'] as const) {
      for (const element of matches(selectors[part], tree)) addClass(element, MARKS[part], false)
    }
    const posts = matches(selectors.posts, tree)
    for (const element of posts) addClass(element, POST_CLASS, true)
    if (posts.length > 0) liftPosts(tree, new Set(posts))
    if (profile.creditStyles.length > 0) {
      const captions = new Set([...matches(FIGCAPTION, tree), ...matches(selectors.caption, tree)])
      for (const caption of captions) splitCredit(caption, profile.creditStyles)
    }
  }
}

/**
 * The elements any of some selectors match, in page order, each once.
 *
 * @param selectors
 *   CSS selectors (optional).
 * @param tree
 *   The page.
 * @returns
 *   The elements.
 */
function matches(selectors: readonly string[] | undefined, tree: HastRoot): Element[] {
  if (!selectors || selectors.length === 0) return []
  // One selector list: each element once, in tree order.
  return selectList(selectors, tree)
}

/**
 * Give an element a class word, forgetting the words read before.
 *
 * @param element
 *   The element.
 * @param name
 *   The class name.
 * @param first
 *   Put it first (the class posts are grouped by).
 */
function addClass(element: Element, name: string, first: boolean): void {
  const current = element.properties.className
  const classes = Array.isArray(current) ? current.map(String) : []
  if (classes.includes(name) && !first) return
  // Elements without attributes share one frozen, empty object (see `src/html/hast-tree-adapter.ts`): this one gets its own.
  if (!Object.isExtensible(element.properties)) element.properties = {}
  element.properties.className = first ? [name, ...classes.filter((each: string) => each !== name)] : [...classes, name]
  if (element.data?.hintWords) delete element.data.hintWords
}

/**
 * Put each post in the place of a wrapper that holds nothing else (the
 * `<li>` around each post of a list): the generic rules take the outermost
 * run of timed siblings as the feed, and the wrappers would be read as the
 * posts, their content as one list item.
 *
 * @param tree
 *   The page.
 * @param posts
 *   The post elements.
 */
function liftPosts(tree: HastRoot, posts: Set<Element>): void {
  const stack: Array<HastRoot | Element> = [tree]
  while (stack.length > 0) {
    const parent = stack.pop()!
    parent.children = (parent.children as ElementContent[]).map((child) => {
      if (child.type !== 'element' || posts.has(child)) return child
      const only = soleElement(child)
      return only && posts.has(only) ? only : child
    })
    for (const child of parent.children) if (child.type === 'element' && !posts.has(child)) stack.push(child)
  }
}

/**
 * The one element child of an element with no other content (blank text aside).
 *
 * @param element
 *   The element.
 * @returns
 *   Its only child, or `undefined`.
 */
function soleElement(element: Element): Element | undefined {
  let only: Element | undefined
  for (const child of element.children) {
    if (child.type === 'element') {
      if (only) return undefined
      only = child
    } else if (child.type === 'text' && child.value.trim()) return undefined
  }
  return only
}

/**
 * Remove some elements from the tree (with their content).
 *
 * @param tree
 *   The page.
 * @param doomed
 *   The elements to remove.
 */
function dropAll(tree: HastRoot, doomed: Set<Element>): void {
  if (doomed.size === 0) return
  const stack: Array<HastRoot | Element> = [tree]
  while (stack.length > 0) {
    const parent = stack.pop()!
    const kept = (parent.children as ElementContent[]).filter((child) => !(child.type === 'element' && doomed.has(child)))
    if (kept.length !== parent.children.length) parent.children = kept
    for (const child of kept) if (child.type === 'element') stack.push(child)
  }
}

/**
 * Set a caption's credit apart: from the first of the site's credit words
 * to the end of that text, wrapped in `<span class="credit">` (without the
 * words when they are a label such as `Photograph:`). A caption
 * whose markup already marks a credit is left alone.
 *
 * @param caption
 *   A caption element.
 * @param styles
 *   Words that open a credit.
 */
function splitCredit(caption: Element, styles: readonly string[]): void {
  if (matches(CREDIT, {type: 'root', children: [caption]}).length > 0) return
  const stack: Element[] = [caption]
  while (stack.length > 0) {
    const parent = stack.pop()!
    for (let index = 0; index < parent.children.length; index++) {
      const child = parent.children[index]!
      if (child.type === 'element') {
        stack.push(child)
        continue
      }
      if (child.type !== 'text') continue
      const found = firstStyle(child.value, styles)
      if (found === undefined) continue
      // A label ("Photograph:", "Credit...") introduces the credit; a style that names the agency ("REUTERS/") is part of it.
      const start = isLabel(found.style) ? found.at + found.style.length : found.at
      const credit: Element = {type: 'element', tagName: 'span', properties: {className: ['credit']}, children: [{type: 'text', value: unbracket(child.value.slice(start).trim())}]}
      const before: Text = {type: 'text', value: child.value.slice(0, found.at)}
      // A label taken out leaves a space: read as one paragraph (no figure found), the caption's last word and the credit's first stay apart.
      const gap: Text[] = start > found.at ? [{type: 'text', value: ' '}] : []
      parent.children.splice(index, 1, ...(before.value.trim() ? [before] : []), ...gap, credit)
      return
    }
  }
}

/** A credit in brackets, as some sites set it: "[Jane Doe/Reuters]", "(AP Photo/Jane Doe)". */
const BRACKETED = /^[[(]([^[\]()]+)[\])]$/

/**
 * A credit without the brackets around it.
 *
 * @param credit
 *   The credit's text.
 * @returns
 *   The text inside the brackets, or the text as it is.
 */
function unbracket(credit: string): string {
  return BRACKETED.exec(credit)?.[1]!.trim() ?? credit
}

/** A credit style that ends like a label (`Photograph:`, `Image source,`, `Credit...`): not part of the credit. */
const LABEL_END = /(?:[:,]|\.\.\.|…)\s*$/

/**
 * Whether a credit style is a label before the credit, not its first words.
 *
 * @param style
 *   The style.
 * @returns
 *   Whether it is.
 */
function isLabel(style: string): boolean {
  return LABEL_END.test(style)
}

/**
 * Where the first credit style of a text starts, and which it is.
 *
 * @param text
 *   Caption text.
 * @param styles
 *   Words that open a credit.
 * @returns
 *   The index and the style, or `undefined`.
 */
function firstStyle(text: string, styles: readonly string[]): {at: number; style: string} | undefined {
  let first: {at: number; style: string} | undefined
  for (const style of styles) {
    const at = text.indexOf(style)
    if (at >= 0 && (first === undefined || at < first.at)) first = {at, style}
  }
  return first
}
