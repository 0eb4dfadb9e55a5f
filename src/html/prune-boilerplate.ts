/**
 * Drop regions of the page that are boilerplate by what the markup says
 * they are: navigation, asides, footers, site headers, forms, and elements
 * whose role, class or id names a boilerplate concern (comments, share bars,
 * related links, newsletter and cookie prompts, ads, breadcrumbs, menus).
 *
 * A region that holds the headline or the page's main landmarks, or most of
 * its text, is never dropped whatever its class says: `has-sidebar` on the
 * wrapper of the whole page must not take the article with it. A dropped
 * region's `<time datetime>` elements stay on its parent, as data, not text.
 *
 * @module
 */
import type {Element, Root as HastRoot} from 'hast'
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import {attribute, findElement, hintWords, type HastParent} from './hast.js'
import {addMeasures, measuresOf, subtractMeasures, type Measures} from './measure.js'
import {orphanHeadings} from './orphan-headings.js'
import {createTeaserMemo, isTeaser, teaserText, type TeaserMemo} from './teasers.js'
import {ALWAYS_BOILERPLATE_WORDS, AUTHOR_BIO_WORDS, AUTHOR_WORDS, OTHER_ITEMS_WORDS} from './class-words.js'
import {boilerplateWord, CONTENT_COMPOUNDS, NAMED_CONTAINER_TAGS} from './boilerplate-words.js'
import {isTimeAside, keepTimes} from './dropped-times.js'
import {headlineSummaryIn} from './header-summary.js'
import {isPlayer, isPlayerControls} from './players.js'
import {isLightbox, isProseForm, isSlideshow, PROSE_GUARD} from './region-shapes.js'

/** Elements that are boilerplate by their tag. */
const BOILERPLATE_TAGS = new Set(['nav', 'aside', 'footer', 'form', 'menu'])

/** ARIA landmark roles that are never the main content. */
const BOILERPLATE_ROLES = new Set(['navigation', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'banner', 'menu', 'menubar', 'toolbar'])


/** What keeps a region: it holds the page's landmarks (and the headline: see `holdsLandmark`). */
const LANDMARK_TAGS = new Set(['main'])

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
  if (BOILERPLATE_TAGS.has(element.tagName)) return isTimeAside(element) ? undefined : `<${element.tagName}>`
  const role = attribute(element, 'role')
  if (role && BOILERPLATE_ROLES.has(role.trim().toLowerCase())) return `role=${role}`
  if (element.tagName === 'header') return isSiteHeader(element) ? '<header>' : undefined
  // Only containers are named for what they hold: a heading's id (`nav_section_2`) is an anchor.
  if (!NAMED_CONTAINER_TAGS.has(element.tagName)) return undefined
  const word = boilerplateWord(element)
  if (word && !isBoxWordOnText(word, element)) return `class or id \`${word}\``
  if (isAuthorBox(element)) return 'author box'
  return isSlideshow(element) ? 'slideshow' : undefined
}

/**
 * Whether a word that names a box beside the story names, on this element,
 * the story's own text: a paragraph "Contact the reporter at …" (`contact`
 * on a `<p>` or `<span>`), an info box drawn as a table, which is the
 * subject's facts (an encyclopedia's infobox).
 *
 * @param word
 *   The element's boilerplate word.
 * @param element
 *   The element.
 * @returns
 *   Whether the element stays.
 */
function isBoxWordOnText(word: string, element: Element): boolean {
  if (word === 'infobox') return element.tagName === 'table'
  return word === 'contact' && (element.tagName === 'p' || element.tagName === 'span')
}

/**
 * Text beside a slideshow (or beside the teasers) that makes the page an
 * article with a slideshow in it, not a gallery page (or a listing): fifty
 * captions outweigh the article they stand in, and still are not its text.
 */
const ARTICLE_BESIDE_SLIDESHOW = 3000

/** Block containers an author box comes in. */
const AUTHOR_BOX_TAGS = new Set(['div', 'section', 'aside'])

/**
 * Whether an element is an author's box: a block container named for the
 * author (a byline is a span or a line, and stays).
 *
 * @param element
 *   The element.
 * @returns
 *   Whether it is.
 */
function isAuthorBox(element: Element): boolean {
  return AUTHOR_BOX_TAGS.has(element.tagName) && hintWords(element).some((word) => AUTHOR_WORDS.has(word)) && !hasDirectTextOnly(element)
}

/**
 * Whether an element holds only inline content (a one-line byline `<div>`).
 *
 * @param element
 *   The element.
 * @returns
 *   Whether it does.
 */
function hasDirectTextOnly(element: Element): boolean {
  return element.children.every((child) => child.type !== 'element' || ['a', 'span', 'strong', 'b', 'em', 'time', 'br', 'img'].includes(child.tagName))
}

/**
 * Whether a `<header>` is the site's (it holds navigation), not an
 * article's or a post's (time, title, byline).
 *
 * @param element
 *   The header.
 * @returns
 *   Whether it is the site's.
 */
function isSiteHeader(element: Element): boolean {
  return element.children.some((child) => child.type === 'element' && (child.tagName === 'nav' || child.tagName === 'ul' || attribute(child, 'role') === 'navigation' || isSiteHeader(child)))
}

/**
 * Whether a region is named as one that is boilerplate whatever it holds:
 * reader comments, consent prompts (`cookie` in any compound: `cookiehint`,
 * `cookiebanner`, whose notice is paragraphs of prose), breadcrumbs.
 *
 * @param element
 *   The region.
 * @returns
 *   Whether it is.
 */
function isAlwaysBoilerplate(element: Element): boolean {
  if (BOILERPLATE_TAGS.has(element.tagName) || element.tagName === 'header' || !NAMED_CONTAINER_TAGS.has(element.tagName)) return false
  const word = boilerplateWord(element)
  return word !== undefined && (ALWAYS_BOILERPLATE_WORDS.has(word) || (word.startsWith('comment') && !CONTENT_COMPOUNDS.has(word)) || word.includes('cookie'))
}

/**
 * Whether a region named as boilerplate by a weak word holds prose enough
 * to be content (a section class `--ads` around the article's paragraphs).
 *
 * @param element
 *   The region.
 * @param measures
 *   Text figures.
 * @returns
 *   Whether it is kept.
 */
function holdsProse(element: Element, measures: Measures): boolean {
  if (element.tagName === 'form') return isProseForm(element, measures)
  if (BOILERPLATE_TAGS.has(element.tagName) || element.tagName === 'header') return false
  const word = boilerplateWord(element)
  // An author's bio is prose by nature: its length does not make it the article's.
  if (!word || isAlwaysBoilerplate(element) || namesOtherStories(word) || AUTHOR_BIO_WORDS.has(word)) return false
  const figures = measures.get(element)
  return figures !== undefined && figures.text - figures.links >= PROSE_GUARD && figures.links < figures.text * 0.3
}

/**
 * Whether a boilerplate word names a region of other stories (`related`,
 * `relatedArticles`, `recommended`, `mostread`, `newsletter`): their cards
 * carry excerpts, so prose does not make such a region the article's (the
 * share of the page's text and the headline still do).
 *
 * @param word
 *   A boilerplate word of the region.
 * @returns
 *   Whether it names other stories.
 */
function namesOtherStories(word: string): boolean {
  return OTHER_ITEMS_WORDS.has(word) || word.startsWith('related') || word.endsWith('related')
}

/**
 * Whether an element holds a landmark of the main content: `<main>`, the
 * article's body by its `itemprop`, or the headline. Where the metadata
 * chose the headline, only that heading counts: the `<h1>` of a site's
 * header (its logo) or of a teaser does not keep its region.
 *
 * @param element
 *   The element.
 * @param headlineChosen
 *   Whether `readMetadata` marked the headline.
 * @returns
 *   Whether it does.
 */
function holdsLandmark(element: Element, headlineChosen: boolean): boolean {
  for (const child of element.children) {
    if (child.type !== 'element') continue
    if (child.data?.headline === true || (child.tagName === 'h1' && !headlineChosen)) return true
    if (LANDMARK_TAGS.has(child.tagName)) return true
    if ((attribute(child, 'itemprop') ?? '').includes('articleBody') || holdsLandmark(child, headlineChosen)) return true
  }
  return false
}

/** What the pruning walk of one page reads at every region. */
interface Pruning {
  /** Text figures, kept up to date with each drop. */
  measures: Measures
  /** The page's teaser tests so far. */
  memo: TeaserMemo
  /** The page's text length. */
  pageText: number
  /** For messages. */
  file: VFile
  /** Whether teaser cards are dropped (the page is no listing). */
  teasers: boolean
  /** Whether `readMetadata` marked the headline. */
  headlineChosen: boolean
  /** The page's descriptions, which the summary under the headline repeats. */
  descriptions: readonly string[]
}

/**
 * Why a child of a node goes, if it does.
 *
 * @param child
 *   The child.
 * @param previous
 *   Its previous element sibling (optional).
 * @param pruning
 *   The page's pruning state.
 * @param inPlayer
 *   Whether the node is inside a media player.
 * @returns
 *   The reason, or `undefined` when it stays.
 */
function dropReason(child: Element, previous: Element | undefined, pruning: Pruning, inPlayer: boolean): string | undefined {
  const {measures, memo, pageText, teasers, headlineChosen} = pruning
  const reason = boilerplateReason(child) ?? (inPlayer && isPlayerControls(child) ? 'player controls' : teasers && isTeaser(child, measures, memo) ? 'teaser card' : undefined)
  if (!reason) return undefined
  const text = measures.get(child)?.text ?? 0
  // Comments and consent prompts may be most of a page's text: only a landmark saves them.
  const always = isAlwaysBoilerplate(child)
  // The site's banner holds the site's name as a headline: not the article's.
  const banner = attribute(child, 'role')?.trim().toLowerCase() === 'banner'
  // A slideshow, a stream of teasers or an `<aside>` (a live ticker in the sidebar) may outweigh the article beside it.
  const outweighs = reason === 'slideshow' || reason === 'teaser card' || child.tagName === 'aside'
  const most = text > pageText * MAX_TEXT_SHARE && !(outweighs && pageText - text >= ARTICLE_BESIDE_SLIDESHOW)
  if ((!banner && holdsLandmark(child, headlineChosen)) || (!always && (most || holdsProse(child, measures) || isLightbox(child)))) return undefined
  return reason
}

/**
 * What stays of a dropped region: the summary under the headline, when the
 * region is named for something else (a header's "footer" of subheadlines)
 * and one of its blocks repeats the page's description.
 *
 * @param region
 *   The dropped region.
 * @param reason
 *   Why it goes.
 * @param previous
 *   Its previous element sibling (optional).
 * @param pruning
 *   The page's pruning state.
 * @returns
 *   The element that takes the region's place, if any.
 */
function keptOfRegion(region: Element, reason: string, previous: Element | undefined, pruning: Pruning): Element | undefined {
  if (!reason.startsWith('class or id')) return undefined
  const summary = headlineSummaryIn(region, previous, pruning.descriptions)
  if (!summary) return undefined
  const figures = pruning.measures.get(summary) ?? pruning.measures.get(region)
  if (figures && !pruning.measures.has(summary)) pruning.measures.set(summary, {...figures})
  report(pruning.file, 'summary-kept', `Unexpected ${reason} region, dropped but for its summary: it follows the headline and repeats the page’s description`, summary)
  return summary
}

/**
 * Drop boilerplate regions below a node.
 *
 * @param node
 *   A parent.
 * @param pruning
 *   The page's pruning state.
 * @param ancestors
 *   The node and its ancestors that are elements, from the top (a stack the walk keeps).
 * @param inPlayer
 *   Whether the node is inside a media player.
 */
function prune(node: HastParent, pruning: Pruning, ancestors: Element[], inPlayer = false): void {
  // A quotation's `<footer>` names its source, a figure's its credit: content, not page furniture.
  if (node.type === 'element' && (node.tagName === 'blockquote' || node.tagName === 'figure')) return
  const {measures, file} = pruning
  let dropped: Set<Element> | undefined
  let kept: Map<Element, Element> | undefined
  let previous: Element | undefined
  for (const child of node.children) {
    if (child.type !== 'element') continue
    const reason = dropReason(child, previous, pruning, inPlayer)
    const summary = reason ? keptOfRegion(child, reason, previous, pruning) : undefined
    previous = child
    if (!reason) continue
    if (summary) (kept ??= new Map()).set(child, summary)
    else if ((measures.get(child)?.text ?? 0) > 0) report(file, 'boilerplate-dropped', `Unexpected ${reason} region, dropped`, child)
    ;(dropped ??= new Set()).add(child)
  }
  // Most elements lose nothing: build a new list only when one does.
  if (dropped) {
    for (const heading of orphanHeadings(node.children, dropped)) {
      report(file, 'boilerplate-dropped', 'Unexpected heading of a dropped region, dropped', heading)
      dropped.add(heading)
    }
    for (const region of dropped) {
      keepTimes(node, region)
      // Every decision about an element reads its own subtree's figures, made before anything in it goes: the
      // ancestors' figures can follow each drop, and the next plugins need not measure the page again.
      subtractMeasures(measures, ancestors, region)
      const summary = kept?.get(region)
      if (summary) addMeasures(measures, ancestors, summary)
    }
    node.children = node.children.flatMap((child) => (child.type !== 'element' || !dropped.has(child) ? [child] : (kept?.get(child) ?? []))) as typeof node.children
  }
  for (const child of node.children) {
    if (child.type !== 'element') continue
    ancestors.push(child)
    prune(child, pruning, ancestors, inPlayer || isPlayer(child))
    ancestors.pop()
  }
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
    const measures = measuresOf(tree)
    let pageText = 0
    for (const child of tree.children) if (child.type === 'element') pageText += measures.get(child)?.text ?? 0
    // A page made of teasers is a listing: they are its content, and stay.
    // The teaser tests of this page, remembered for the pruning walk that asks them again.
    const memo = createTeaserMemo()
    const inTeasers = teaserText(tree, measures, memo)
    const rest = pageText - inTeasers
    const teasers = rest >= inTeasers || rest >= ARTICLE_BESIDE_SLIDESHOW
    const headlineChosen = findElement(tree, (element) => element.data?.headline === true) !== undefined
    // The figures stay cached, kept up to date with each drop (`subtractMeasures`).
    const descriptions = file.data.metadata?.descriptions ?? []
    prune(tree, {measures, memo, pageText, file, teasers, headlineChosen, descriptions}, [])
  }
}
