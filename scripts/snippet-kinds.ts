/**
 * What kind of page region a snippet of the trafilatura set sits in, for the
 * `--failures` listings of `bench-accuracy.ts` and `bench-text-dumps.ts`: the
 * snippet is found in the page's own markup, and the tags and class or id
 * words of the elements around it name its kind ("related", "share",
 * "comments", "caption", …). Kept furniture and lost content are grouped by
 * these kinds, so the effect of each rule shows as a count.
 *
 * @module
 */
import type {Element, Root, RootContent} from 'hast'
import {fromParse5} from 'hast-util-from-parse5'
import {parse as parseHtml} from 'parse5'

/** Kinds, most specific first: the first whose words or tags appear around the snippet names it. */
const KINDS: Array<{kind: string; words: string[]; tags?: string[]}> = [
  {kind: 'comments', words: ['comment', 'comments', 'disqus', 'reply', 'replies', 'respond', 'kommentar', 'kommentare', 'commentaires']},
  {kind: 'share / social', words: ['share', 'sharing', 'social', 'shariff', 'sharebar', 'facebook', 'twitter', 'whatsapp', 'teilen']},
  {kind: 'newsletter / promo / ad', words: ['newsletter', 'subscribe', 'subscription', 'signup', 'promo', 'cta', 'paywall', 'ad', 'ads', 'advert', 'advertisement', 'sponsor', 'sponsored', 'banner', 'anzeige', 'werbung']},
  {kind: 'related / more', words: ['related', 'recommended', 'recommendations', 'more', 'teaser', 'teasers', 'popular', 'trending', 'readmore', 'also', 'recirculation', 'outbrain', 'taboola', 'latest', 'next', 'prev', 'previous']},
  {kind: 'author bio', words: ['author', 'authors', 'bio', 'biography', 'byline', 'profile', 'autor', 'about']},
  {kind: 'tags / topics', words: ['tag', 'tags', 'topics', 'topic', 'keywords', 'category', 'categories', 'themen', 'schlagworte']},
  {kind: 'navigation', words: ['nav', 'menu', 'breadcrumb', 'breadcrumbs', 'navigation', 'pagination', 'pager', 'skip'], tags: ['nav']},
  {kind: 'footer / legal', words: ['footer', 'copyright', 'legal', 'imprint', 'impressum', 'disclaimer'], tags: ['footer']},
  {kind: 'caption / gallery', words: ['caption', 'credit', 'gallery', 'slideshow', 'figure', 'photo', 'image'], tags: ['figcaption', 'figure']},
  {kind: 'date / meta line', words: ['date', 'time', 'meta', 'dateline', 'published', 'updated', 'info']},
  {kind: 'sidebar / widget', words: ['sidebar', 'widget', 'aside', 'rail', 'box'], tags: ['aside']},
  {kind: 'header', words: ['header', 'masthead', 'head'], tags: ['header']},
  {kind: 'table', words: [], tags: ['table']},
  {kind: 'heading', words: ['title', 'headline', 'heading'], tags: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']},
  {kind: 'list item', words: [], tags: ['li']},
  {kind: 'blockquote / embed', words: ['quote', 'embed', 'tweet', 'instagram'], tags: ['blockquote', 'iframe']}
]

/** A text run of the page and the element it is in. */
interface TextRun {
  text: string
  parent: Element | undefined
}

/** A page read once for locating its snippets. */
export interface LocatablePage {
  runs: TextRun[]
  parents: Map<Element, Element | undefined>
}

/** Fold whitespace and case. */
const fold = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase()

/**
 * Read a page's text runs and element parents.
 *
 * @param html
 *   The page.
 * @returns
 *   What `kindOf` needs.
 */
export function readLocatable(html: string): LocatablePage {
  const tree = fromParse5(parseHtml(html)) as Root
  const runs: TextRun[] = []
  const parents = new Map<Element, Element | undefined>()
  const walk = (children: RootContent[], parent: Element | undefined): void => {
    for (const child of children) {
      if (child.type === 'text') {
        const text = fold(child.value)
        if (text) runs.push({text, parent})
      } else if (child.type === 'element') {
        if (child.tagName === 'script' || child.tagName === 'style') continue
        parents.set(child, parent)
        walk(child.tagName === 'template' && child.content ? (child.content.children as RootContent[]) : child.children, child)
      }
    }
  }
  walk(tree.children, undefined)
  return {runs, parents}
}

/**
 * The element a snippet starts in: the text run that holds its start, else
 * the first long run inside it (a snippet spread over several elements).
 *
 * @param page
 *   The page.
 * @param snippet
 *   A snippet of the set.
 * @returns
 *   The element, if the page's markup shows the snippet.
 */
function locate(page: LocatablePage, snippet: string): Element | undefined {
  const folded = fold(snippet)
  const head = folded.slice(0, 40)
  const holder = page.runs.find((run) => run.text.includes(head))
  if (holder) return holder.parent
  return page.runs.find((run) => run.text.length >= Math.min(20, folded.length) && folded.includes(run.text))?.parent
}

/**
 * The words of an element's tag, class and id.
 *
 * @param element
 *   An element.
 * @returns
 *   Lower-case words.
 */
function wordsOf(element: Element): string[] {
  const className = element.properties.className
  const classes = Array.isArray(className) ? className.join(' ') : String(className ?? '')
  return `${classes} ${String(element.properties.id ?? '')}`
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean)
}

/**
 * The kind of region a snippet sits in.
 *
 * @param page
 *   The page, read by `readLocatable`.
 * @param snippet
 *   A snippet of the set.
 * @returns
 *   A kind from `KINDS`, `body text` when nothing around it names one, or `not in the markup` (scripts, attributes).
 */
export function kindOf(page: LocatablePage, snippet: string): string {
  let element = locate(page, snippet)
  if (!element) return 'not in the markup'
  const tags = new Set<string>()
  const words = new Set<string>()
  for (let depth = 0; element && depth < 12; depth++) {
    tags.add(element.tagName)
    for (const word of wordsOf(element)) words.add(word)
    element = page.parents.get(element)
  }
  for (const {kind, words: kindWords, tags: kindTags} of KINDS) {
    if (kindTags?.some((tag) => tags.has(tag)) || kindWords.some((word) => words.has(word))) return kind
  }
  return 'body text'
}

/** One miss of an extractor: a page, the snippet, kept or lost. */
export interface Miss {
  page: string
  snippet: string
  kind: string
  /** `kept`: a `without` snippet in the output (furniture kept); `lost`: a `with` snippet missing. */
  side: 'kept' | 'lost'
}

/**
 * Print the misses grouped by side and kind: a count table, then the
 * snippets of each group.
 *
 * @param misses
 *   Every miss.
 * @param perKind
 *   How many snippets to list per group.
 */
export function printMisses(misses: Miss[], perKind: number): void {
  for (const side of ['kept', 'lost'] as const) {
    const ofSide = misses.filter((miss) => miss.side === side)
    const groups = new Map<string, Miss[]>()
    for (const miss of ofSide) groups.set(miss.kind, [...(groups.get(miss.kind) ?? []), miss])
    const sorted = [...groups].sort((a, b) => b[1].length - a[1].length)
    console.log(`\n### ${side === 'kept' ? 'Furniture kept (a `without` snippet in the output)' : 'Content lost (a `with` snippet missing)'}: ${ofSide.length}, by kind\n`)
    console.log('| kind | snippets | pages |')
    console.log('| --- | --: | --: |')
    for (const [kind, list] of sorted) console.log(`| ${kind} | ${list.length} | ${new Set(list.map((miss) => miss.page)).size} |`)
    for (const [kind, list] of sorted) {
      console.log(`\n#### ${side}: ${kind} (${list.length})\n`)
      for (const miss of list.slice(0, perKind)) {
        const text = miss.snippet.replace(/\s+/g, ' ')
        console.log(`- ${miss.page}: ${text.length > 90 ? text.slice(0, 89) + '…' : text}`)
      }
      if (list.length > perKind) console.log(`- … ${list.length - perKind} more`)
    }
  }
}
