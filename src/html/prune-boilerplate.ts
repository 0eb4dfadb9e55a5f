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
import {attribute, findElement, foldWhitespace, hintWords, mark, textContent, type HastParent} from './hast.js'
import {measuresOf, subtractMeasures, type Measures} from './measure.js'
import {orphanHeadings} from './orphan-headings.js'
import {createTeaserMemo, isTeaser, teaserText, type TeaserMemo} from './teasers.js'
import {ALWAYS_BOILERPLATE_WORDS, AUTHOR_BIO_WORDS, AUTHOR_WORDS, CLASS_UNREAD_TAGS, OTHER_ITEMS_WORDS} from './class-words.js'
import {boilerplateWord, CONTENT_COMPOUNDS} from './boilerplate-words.js'

/** Elements that are boilerplate by their tag. */
const BOILERPLATE_TAGS = new Set(['nav', 'aside', 'footer', 'form', 'menu'])

/** ARIA landmark roles that are never the main content. */
const BOILERPLATE_ROLES = new Set(['navigation', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'banner', 'menu', 'menubar', 'toolbar'])

/** A region named as boilerplate that holds this much prose (text outside links) is content. */
const PROSE_GUARD = 400

/** Elements whose class or id may name them boilerplate: containers, not text. */
const NAMED_CONTAINER_TAGS = new Set(['div', 'section', 'ul', 'ol', 'dl', 'li', 'table', 'tbody', 'tr', 'td', 'article', 'figure', 'iframe', 'center', 'span', 'p'])

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

/** Class words of a gallery of photos, in the languages of the corpora. */
const GALLERY_WORDS = new Set(['gallery', 'galleries', 'slideshow', 'carousel', 'slider', 'diaporama', 'galerie', 'bildergalerie', 'fotogalerie', 'galeria', 'galleria', 'fotostrecke'])

/** A slide's counter: "3/50", "3 / 50", "3 of 50", "3 von 50", "3 sur 50", "3 de 50", "3 di 50". */
const SLIDE_COUNTER = /^\d{1,3}\s*(?:\/|of|von|sur|de|di|z)\s*\d{1,3}$/i

/**
 * Text beside a slideshow (or beside the teasers) that makes the page an
 * article with a slideshow in it, not a gallery page (or a listing): fifty
 * captions outweigh the article they stand in, and still are not its text.
 */
const ARTICLE_BESIDE_SLIDESHOW = 3000

/** Counted slides that make a gallery a slideshow: a figure with two photos is no slideshow. */
const MIN_SLIDES = 3

/**
 * Whether an element is a slideshow: named a gallery, and its slides are
 * numbered ("1/50", "2/50", …). Its counters, arrows and the captions of
 * photos shown one at a time are a widget, not the article's text; the
 * article's own photos are `<figure>`s and are read as such.
 *
 * @param element
 *   The element.
 * @returns
 *   Whether it is.
 */
function isSlideshow(element: Element): boolean {
  if (!hintWords(element).some((word) => GALLERY_WORDS.has(word))) return false
  let counters = 0
  const count = (node: Element): boolean => {
    for (const child of node.children) {
      if (child.type === 'text' && child.value.length <= 16 && SLIDE_COUNTER.test(child.value.trim()) && ++counters >= MIN_SLIDES) return true
      if (child.type === 'element' && count(child)) return true
    }
    return false
  }
  return count(element)
}

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

/** Paragraphs of prose that make a form the page's content: a shop's product form around its description. */
const FORM_MIN_PARAGRAPHS = 2

/** Characters that make a paragraph prose, not a form's label or notice line. */
const FORM_PARAGRAPH_MIN_TEXT = 80

/**
 * Whether a `<form>` holds prose: a shop wraps a product's description in
 * its order form, a content system the whole article. A search box, a
 * comment form or a sign-up holds labels and one notice, not paragraphs.
 *
 * @param element
 *   The form.
 * @param measures
 *   Text figures.
 * @returns
 *   Whether it is kept.
 */
function isProseForm(element: Element, measures: Measures): boolean {
  const figures = measures.get(element)
  if (figures === undefined || figures.text - figures.links < PROSE_GUARD || figures.links >= figures.text * 0.3) return false
  let paragraphs = 0
  return (
    findElement(element, (child) => {
      if (child.tagName !== 'p') return false
      const text = measures.get(child)
      return text !== undefined && text.text - text.links >= FORM_PARAGRAPH_MIN_TEXT && ++paragraphs >= FORM_MIN_PARAGRAPHS
    }) !== undefined
  )
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

/** Class words of an overlay that may be a lightbox: the article's photo, shown large on a click. */
const OVERLAY_WORDS = new Set(['modal', 'popup'])

/**
 * Whether a region named as an overlay (`ui-modal`) is a photo's lightbox:
 * it holds a captioned figure, which is the article's.
 *
 * @param element
 *   The region.
 * @returns
 *   Whether it is.
 */
function isLightbox(element: Element): boolean {
  const word = boilerplateWord(element)
  if (!word || !OVERLAY_WORDS.has(word)) return false
  return findElement(element, (child) => child.tagName === 'figcaption') !== undefined
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

declare module 'hast' {
  interface ElementData {
    /**
     * Set by `pruneBoilerplate`: the `<time datetime>` elements of the
     * regions dropped from this element. A time is data wherever it stands: a
     * post's "Updated at" stamp sits in its footer, among the share buttons,
     * and the footer goes while `findLivePosts` still reads the stamp.
     */
    droppedTimes?: Element[]
  }
}

/** An aside that shows a post's time holds this many characters at most ("19:30", "Heute, 14:05 Uhr"). */
const TIME_ASIDE_MAX_LENGTH = 40

/**
 * Whether an element is an `<aside>` that holds a time and nothing more: a
 * live-blog post's stamp beside its text (`<aside><time>19:30</time></aside>`),
 * not a sidebar. `findLivePosts`, which runs after this, reads it.
 *
 * @param element
 *   The element.
 * @returns
 *   Whether it is.
 */
function isTimeAside(element: Element): boolean {
  if (element.tagName !== 'aside') return false
  // The cheap test first: most asides are sidebars without a time, whose text (often long) need not be joined and cleaned.
  if (findElement(element, (each) => each.tagName === 'time') === undefined) return false
  const text = foldWhitespace(textContent(element))
  return text.length > 0 && text.length <= TIME_ASIDE_MAX_LENGTH
}

/**
 * Keep the machine-readable times of a region dropped from a parent on the
 * parent (never as text).
 *
 * @param parent
 *   The parent, marked.
 * @param region
 *   The dropped region.
 */
function keepTimes(parent: HastParent, region: Element): void {
  if (parent.type !== 'element') return
  const times: Element[] = parent.data?.droppedTimes ?? []
  const collect = (node: Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (child.tagName === 'time' && attribute(child, 'datetime') !== undefined) times.push(child)
      else collect(child)
    }
  }
  collect(region)
  if (times.length > 0) mark(parent, {droppedTimes: times})
}

/**
 * Drop boilerplate regions below a node.
 *
 * @param node
 *   A parent.
 * @param measures
 *   Text figures.
 * @param memo
 *   The page's teaser tests so far.
 * @param pageText
 *   The page's text length.
 * @param file
 *   For messages.
 * @param ancestors
 *   The node and its ancestors that are elements, from the top (a stack the walk keeps).
 */
function prune(node: HastParent, measures: Measures, memo: TeaserMemo, pageText: number, file: VFile, teasers: boolean, headlineChosen: boolean, ancestors: Element[], inPlayer = false): void {
  // A quotation's `<footer>` names its source, a figure's its credit: content, not page furniture.
  if (node.type === 'element' && (node.tagName === 'blockquote' || node.tagName === 'figure')) return
  let dropped: Set<Element> | undefined
  for (const child of node.children) {
    if (child.type !== 'element') continue
    const reason = boilerplateReason(child) ?? (inPlayer && isPlayerControls(child) ? 'player controls' : teasers && isTeaser(child, measures, memo) ? 'teaser card' : undefined)
    if (!reason) continue
    const text = measures.get(child)?.text ?? 0
    // Comments and consent prompts may be most of a page's text: only a landmark saves them.
    const always = isAlwaysBoilerplate(child)
    // The site's banner holds the site's name as a headline: not the article's.
    const banner = attribute(child, 'role')?.trim().toLowerCase() === 'banner'
    // A slideshow, a stream of teasers or an `<aside>` (a live ticker in the sidebar) may outweigh the article beside it.
    const outweighs = reason === 'slideshow' || reason === 'teaser card' || child.tagName === 'aside'
    const most = text > pageText * MAX_TEXT_SHARE && !(outweighs && pageText - text >= ARTICLE_BESIDE_SLIDESHOW)
    if ((!banner && holdsLandmark(child, headlineChosen)) || (!always && (most || holdsProse(child, measures) || isLightbox(child)))) continue
    if (text > 0) report(file, 'boilerplate-dropped', `Unexpected ${reason} region, dropped`, child)
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
    }
    node.children = node.children.filter((child) => child.type !== 'element' || !dropped.has(child)) as typeof node.children
  }
  for (const child of node.children) {
    if (child.type !== 'element') continue
    ancestors.push(child)
    prune(child, measures, memo, pageText, file, teasers, headlineChosen, ancestors, inPlayer || isPlayer(child))
    ancestors.pop()
  }
}

/** Class words of a media player. */
const PLAYER_WORDS = new Set(['player', 'videoplayer', 'audioplayer', 'video', 'videojs', 'audio'])

/** Class words of a player's controls: its bar, its settings menus (quality, caption styles, fonts). */
const CONTROL_WORDS = new Set(['control', 'controls', 'controlbar', 'settings'])

/**
 * Whether an element is a media player (`video-js`, `ym-player`).
 *
 * @param element
 *   The element.
 * @returns
 *   Whether it is.
 */
function isPlayer(element: Element): boolean {
  return !CLASS_UNREAD_TAGS.has(element.tagName) && hintWords(element).some((word) => PLAYER_WORDS.has(word))
}

/**
 * Whether an element inside a media player is its controls: a control bar,
 * a settings menu ("Video Quality", "Closed Captions", a list of fonts),
 * which a script draws over the video, and which are never the article's.
 *
 * @param element
 *   An element inside a player.
 * @returns
 *   Whether it is.
 */
function isPlayerControls(element: Element): boolean {
  return NAMED_CONTAINER_TAGS.has(element.tagName) && hintWords(element).some((word) => CONTROL_WORDS.has(word))
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
    prune(tree, measures, memo, pageText, file, teasers, headlineChosen, [])
  }
}
