/**
 * Find the main content: the element that holds the article's paragraphs.
 *
 * Scoring as Readability.js does, on hast and without a DOM: each paragraph
 * (a `<p>`, `<pre>`, `<td>`, or a `<div>` that holds text directly) scores by
 * its length and commas, and passes its score to its parent in full, its
 * grandparent in half, and further ancestors in less. An ancestor's score is
 * weighted by its class and id words (`entry-content` up, `promo` down) and
 * by how little of its text is links. The best ancestor wins; siblings that
 * score well, or are clean paragraphs, join it; when several top candidates
 * share an ancestor, that ancestor is taken (text split across columns).
 *
 * The choice is recorded on the elements (`data.main`), and the elements
 * around the headline on `data.header`, for `hastToLines` to read.
 *
 * @module
 */
import type {Element, Root as HastRoot} from 'hast'
import type {VFile} from 'vfile'
import {attribute, findAllElements, hintWords, isElement, type HastParent, mark} from './hast.js'
import {linkDensity, measuresOf, type Measures} from './measure.js'

/** Words of a class or id that say "content". */
const CONTENT_WORDS = new Set(['article', 'articlebody', 'body', 'content', 'entry', 'hentry', 'main', 'page', 'post', 'text', 'blog', 'story', 'news', 'artikel', 'beitrag', 'inhalt', 'contenu', 'detail', 'prose', 'richtext'])

/** Words of a class or id that say "not content" (what `pruneBoilerplate` left). */
const NOT_CONTENT_WORDS = new Set(['meta', 'teaser', 'widget', 'box', 'extra', 'more', 'list', 'links', 'tool', 'tools', 'contact', 'foot', 'header', 'head', 'aside', 'card', 'cards', 'hero', 'author', 'bio', 'caption', 'credits'])

/** Tags scored as paragraphs. */
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote'])

/** Containers that may also hold text directly. */
const CONTAINER_TAGS = new Set(['div', 'section', 'article', 'main', 'span', 'font', 'center', 'body', 'td'])

/** Block-level tags: text beside them is not inline text of the container. */
const BLOCK_TAGS = new Set(['p', 'div', 'section', 'article', 'main', 'ul', 'ol', 'dl', 'table', 'blockquote', 'pre', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr'])

/** A paragraph shorter than this does not vote. */
const MIN_PARAGRAPH = 25

/** How the score of a paragraph is passed up: parent, grandparent, then the rest. */
const ANCESTOR_LEVELS = 5

/** Candidate data kept per element. */
interface Candidate {
  element: Element
  score: number
}

declare module 'hast' {
  interface ElementData {
    /** Set by `selectMainContent`: the element is (part of) the main content. */
    main?: boolean
    /** Set by `selectMainContent`: the element holds the headline, outside the main content. */
    header?: boolean
  }
}

/**
 * The weight of an element's class and id words.
 *
 * @param element
 *   The element.
 * @returns
 *   +25 for content words, −25 for others, summed.
 */
function classWeight(element: Element): number {
  let weight = 0
  const words = hintWords(element)
  if (words.some((word) => CONTENT_WORDS.has(word))) weight += 25
  if (words.some((word) => NOT_CONTENT_WORDS.has(word))) weight -= 25
  if ((attribute(element, 'itemprop') ?? '').includes('articleBody')) weight += 50
  return weight
}

/**
 * A container's base score by its tag.
 *
 * @param element
 *   The element.
 * @returns
 *   The base.
 */
function tagWeight(element: Element): number {
  switch (element.tagName) {
    case 'div':
    case 'article':
    case 'main':
      return 5
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3
    default:
      return /^h[1-6]$/.test(element.tagName) || element.tagName === 'th' ? -5 : 0
  }
}

/**
 * The text a container holds directly (text nodes and inline elements), as
 * Readability turns a `<div>` without block children into a paragraph.
 *
 * @param element
 *   The container.
 * @param measures
 *   Text figures.
 * @returns
 *   Length and commas of its inline text.
 */
function inlineText(element: Element, measures: Measures): {length: number; commas: number} {
  let length = 0
  let commas = 0
  for (const child of element.children) {
    if (child.type === 'text') {
      length += child.value.trim().length
      commas += countCommas(child.value)
    } else if (child.type === 'element' && !BLOCK_TAGS.has(child.tagName)) {
      length += measures.get(child)?.text ?? 0
    }
  }
  return {length, commas}
}

/** Commas in the scripts of the corpora (Latin, CJK, Arabic). */
function countCommas(text: string): number {
  let count = 0
  for (const char of text) if (char === ',' || char === '，' || char === '、' || char === '،') count++
  return count
}

/**
 * Score every paragraph and pass the scores up.
 *
 * @param tree
 *   The page.
 * @param measures
 *   Text figures.
 * @param parents
 *   Each element's parent.
 * @returns
 *   Candidates by element.
 */
function scoreParagraphs(tree: HastRoot, measures: Measures, parents: Map<Element, HastParent>): Map<Element, Candidate> {
  const candidates = new Map<Element, Candidate>()
  const candidate = (element: Element): Candidate => {
    let found = candidates.get(element)
    if (!found) {
      found = {element, score: tagWeight(element) + classWeight(element)}
      candidates.set(element, found)
    }
    return found
  }
  const paragraphs = findAllElements(tree, (element) => PARAGRAPH_TAGS.has(element.tagName) || CONTAINER_TAGS.has(element.tagName))
  for (const paragraph of paragraphs) {
    let length: number
    let commas: number
    if (PARAGRAPH_TAGS.has(paragraph.tagName)) {
      length = measures.get(paragraph)?.text ?? 0
      commas = length >= MIN_PARAGRAPH ? countCommas(textOf(paragraph)) : 0
    } else {
      ;({length, commas} = inlineText(paragraph, measures))
    }
    if (length < MIN_PARAGRAPH) continue
    const score = 1 + commas + Math.min(Math.floor(length / 100), 3)
    // A text-holding div scores itself first, as Readability's converted paragraph would score its parent.
    let ancestor: HastParent | undefined = PARAGRAPH_TAGS.has(paragraph.tagName) ? parents.get(paragraph) : paragraph
    for (let level = 0; level < ANCESTOR_LEVELS && ancestor && ancestor.type === 'element'; level++) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3
      candidate(ancestor).score += score / divider
      ancestor = parents.get(ancestor)
    }
  }
  for (const each of candidates.values()) each.score *= 1 - linkDensity(measures, each.element)
  return candidates
}

/** Text of an element, for comma counting. */
function textOf(element: Element): string {
  let text = ''
  for (const child of element.children) {
    if (child.type === 'text') text += child.value
    else if (child.type === 'element') text += textOf(child)
  }
  return text
}

/**
 * Map each element to its parent.
 *
 * @param node
 *   The tree.
 * @param parents
 *   The map, filled in.
 * @returns
 *   The map.
 */
function mapParents(node: HastParent, parents: Map<Element, HastParent> = new Map()): Map<Element, HastParent> {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    parents.set(child, node)
    mapParents(child, parents)
  }
  return parents
}

/**
 * The ancestors of an element, nearest first.
 *
 * @param element
 *   The element.
 * @param parents
 *   The parent map.
 * @returns
 *   Its ancestors.
 */
function ancestorsOf(element: Element, parents: Map<Element, HastParent>): Element[] {
  const list: Element[] = []
  for (let node = parents.get(element); node && node.type === 'element'; node = parents.get(node)) list.push(node)
  return list
}

/**
 * When several of the best candidates share an ancestor, the text is split
 * across them (columns, sections): take the ancestor.
 *
 * @param top
 *   The best candidate.
 * @param ranked
 *   Candidates, best first.
 * @param parents
 *   The parent map.
 * @returns
 *   The element to start from.
 */
function widenToSharedAncestor(top: Candidate, ranked: Candidate[], parents: Map<Element, HastParent>): Element {
  const close = ranked.slice(1, 6).filter((each) => each.score >= top.score * 0.75)
  if (close.length < 2) return top.element
  const lists = close.map((each) => new Set(ancestorsOf(each.element, parents)))
  for (const ancestor of ancestorsOf(top.element, parents)) {
    if (ancestor.tagName === 'body' || ancestor.tagName === 'html') break
    if (lists.filter((list) => list.has(ancestor)).length >= 2) return ancestor
  }
  return top.element
}

/**
 * The siblings of the chosen element that belong with it.
 *
 * @param chosen
 *   The main element.
 * @param score
 *   Its score.
 * @param candidates
 *   All candidates.
 * @param measures
 *   Text figures.
 * @param parents
 *   The parent map.
 * @returns
 *   The elements of the main content, in page order.
 */
function withSiblings(chosen: Element, score: number, candidates: Map<Element, Candidate>, measures: Measures, parents: Map<Element, HastParent>): Element[] {
  const parent = parents.get(chosen)
  if (!parent || parent.type !== 'element' || parent.tagName === 'html') return [chosen]
  const threshold = Math.max(10, score * 0.2)
  const chosenClass = attribute(chosen, 'class')
  const kept: Element[] = []
  for (const sibling of parent.children) {
    if (!isElement(sibling)) continue
    if (sibling === chosen) {
      kept.push(sibling)
      continue
    }
    const bonus = chosenClass && attribute(sibling, 'class') === chosenClass ? score * 0.2 : 0
    const siblingScore = candidates.get(sibling)?.score ?? 0
    // A lead photo beside the body (inside the same article) belongs with it.
    if (siblingScore + bonus >= threshold || sibling.tagName === 'figure') {
      kept.push(sibling)
      continue
    }
    if (sibling.tagName !== 'p') continue
    const length = measures.get(sibling)?.text ?? 0
    const density = linkDensity(measures, sibling)
    if ((length > 80 && density < 0.25) || (length > 0 && length <= 80 && density === 0 && /[.!?]["”’»]?(?:\s|$)/.test(textOf(sibling)))) kept.push(sibling)
  }
  return kept
}

/**
 * Pick the main content of a page.
 *
 * @param tree
 *   The page, pruned.
 * @param measures
 *   Text figures.
 * @param required
 *   Elements the main content must hold (live-blog posts), if any.
 * @returns
 *   The main elements in page order, or none when nothing scored.
 */
export function findMainContent(tree: HastRoot, measures: Measures, required: Element[] = []): Element[] {
  const parents = mapParents(tree)
  const candidates = scoreParagraphs(tree, measures, parents)
  const ranked = [...candidates.values()].sort((a, b) => b.score - a.score)
  const top = ranked[0]
  if (!top) return []
  let chosen = widenToSharedAncestor(top, ranked, parents)
  // The main content must hold the live-blog feed: widen to their common ancestor.
  for (const element of required) {
    if (element === chosen || ancestorsOf(element, parents).includes(chosen)) continue
    const ours = new Set([chosen, ...ancestorsOf(chosen, parents)])
    chosen = ancestorsOf(element, parents).find((ancestor) => ours.has(ancestor)) ?? chosen
  }
  return withSiblings(chosen, candidates.get(chosen)?.score ?? top.score, candidates, measures, parents)
}

/**
 * The element around the headline (`h1`) when it stands outside the main
 * content: the headline's nearest ancestor that is short, so that the
 * byline, dateline and standfirst next to it are read too.
 *
 * @param tree
 *   The page.
 * @param main
 *   The main elements.
 * @param measures
 *   Text figures.
 * @returns
 *   The header element, if any.
 */
function findHeader(tree: HastRoot, main: Element[], measures: Measures): Element | undefined {
  const parents = mapParents(tree)
  const h1 = findAllElements(tree, (element) => element.tagName === 'h1')[0]
  if (!h1) return undefined
  const ancestors = ancestorsOf(h1, parents)
  if (main.some((element) => element === h1 || ancestors.includes(element))) return undefined
  let header: Element = h1
  for (const ancestor of ancestors) {
    if ((measures.get(ancestor)?.text ?? 0) > 600 || main.some((element) => ancestorsOf(element, parents).includes(ancestor))) break
    header = ancestor
  }
  return header
}

/**
 * unified transformer plugin: mark the main content (`data.main`) and the
 * headline's surroundings (`data.header`).
 *
 * @returns
 *   Transformer.
 */
export function selectMainContent() {
  return function (tree: HastRoot, file: VFile): void {
    const measures = measuresOf(tree)
    const required = file.data.livePosts ?? []
    const main = findMainContent(tree, measures, required)
    for (const element of main) mark(element, {main: true})
    const header = findHeader(tree, main, measures)
    if (header) mark(header, {header: true})
  }
}
