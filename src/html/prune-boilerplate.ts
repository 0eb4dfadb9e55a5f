/**
 * Drop regions of the page that are boilerplate by what the markup says
 * they are: navigation, asides, footers, site headers, forms, and elements
 * whose role, class or id names a boilerplate concern (comments, share bars,
 * related links, newsletter and cookie prompts, ads, breadcrumbs, menus).
 *
 * A region that holds the headline or the page's main landmarks, or most of
 * its text, is never dropped whatever its class says: `has-sidebar` on the
 * wrapper of the whole page must not take the article with it.
 *
 * @module
 */
import type {Element, Root as HastRoot} from 'hast'
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import {attribute, hintWords, type HastParent} from './hast.js'
import {measureText, type Measures} from './measure.js'

/** Elements that are boilerplate by their tag. */
const BOILERPLATE_TAGS = new Set(['nav', 'aside', 'footer', 'form', 'menu'])

/** ARIA landmark roles that are never the main content. */
const BOILERPLATE_ROLES = new Set(['navigation', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'banner', 'menu', 'menubar', 'toolbar'])

/** Class and id words that name a boilerplate concern, in the languages of the corpora. */
export const BOILERPLATE_WORDS = new Set([
  'comment', 'comments', 'commentlist', 'kommentare', 'kommentar', 'commentaires', 'disqus', 'respond',
  'sidebar', 'share', 'sharing', 'sharebar', 'shariff', 'social', 'socials', 'sociallinks',
  'related', 'relatedposts', 'recommended', 'recommendations', 'recirculation', 'trending', 'popular', 'mostread',
  'newsletter', 'subscribe', 'subscription', 'signup', 'cookie', 'cookies', 'consent', 'gdpr', 'cmp',
  'breadcrumb', 'breadcrumbs', 'popup', 'modal', 'advert', 'advertisement', 'advertising', 'ad', 'ads', 'adslot',
  'adsense', 'dfp', 'sponsored', 'sponsor', 'outbrain', 'taboola', 'promo', 'menu', 'navbar', 'nav',
  'navigation', 'footer', 'masthead', 'toolbar', 'tags', 'tagcloud', 'pagination', 'pager', 'login', 'skiplink', 'werbung', 'anzeige'
])

/** What keeps a region: it holds the page's landmarks. */
const LANDMARK_TAGS = new Set(['h1', 'main'])

/** A region holding more than this share of the page's text is never boilerplate by its name alone. */
const MAX_TEXT_SHARE = 0.5

/**
 * Why an element is boilerplate, if it is.
 *
 * @param element
 *   The element.
 * @returns
 *   The reason, or `undefined`.
 */
function boilerplateReason(element: Element): string | undefined {
  if (BOILERPLATE_TAGS.has(element.tagName)) return `<${element.tagName}>`
  const role = attribute(element, 'role')
  if (role && BOILERPLATE_ROLES.has(role.trim().toLowerCase())) return `role=${role}`
  if (element.tagName === 'header') return '<header>'
  const word = hintWords(element).find((each) => BOILERPLATE_WORDS.has(each))
  return word ? `class or id \`${word}\`` : undefined
}

/**
 * Whether an element holds a landmark of the main content.
 *
 * @param element
 *   The element.
 * @returns
 *   Whether it does.
 */
function holdsLandmark(element: Element): boolean {
  for (const child of element.children) {
    if (child.type !== 'element') continue
    if (LANDMARK_TAGS.has(child.tagName) || (attribute(child, 'itemprop') ?? '').includes('articleBody') || holdsLandmark(child)) return true
  }
  return false
}

/**
 * Drop boilerplate regions below a node.
 *
 * @param node
 *   A parent.
 * @param measures
 *   Text figures.
 * @param pageText
 *   The page's text length.
 * @param file
 *   For messages.
 */
function prune(node: HastParent, measures: Measures, pageText: number, file: VFile): void {
  node.children = node.children.filter((child) => {
    if (child.type !== 'element') return true
    const reason = boilerplateReason(child)
    if (!reason) return true
    const text = measures.get(child)?.text ?? 0
    if (text > pageText * MAX_TEXT_SHARE || holdsLandmark(child)) return true
    if (text > 0) report(file, 'boilerplate-dropped', `Unexpected ${reason} region, dropped`, child)
    return false
  }) as typeof node.children
  for (const child of node.children) if (child.type === 'element') prune(child, measures, pageText, file)
}

/**
 * unified transformer plugin: drop navigation, asides, footers and regions
 * whose role, class or id says they are boilerplate.
 *
 * @returns
 *   Transformer.
 */
export function pruneBoilerplate() {
  return function (tree: HastRoot, file: VFile): void {
    const measures = measureText(tree)
    let pageText = 0
    for (const child of tree.children) if (child.type === 'element') pageText += measures.get(child)?.text ?? 0
    prune(tree, measures, pageText, file)
  }
}
