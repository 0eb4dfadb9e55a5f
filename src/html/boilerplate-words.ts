/**
 * Which class and id words name a boilerplate region: the words of
 * `class-words.ts`, their compounds (`entryfooter`, `relatedposts`), less
 * the modifiers (`has-ads`), a content system's component prefix
 * (`cmp-text`) and a live commentary (`liveticker-comment`). Split from
 * `prune-boilerplate.ts`, which decides what such a region holds.
 *
 * @module
 */
import type {Element} from 'hast'
import {BoundedCache} from '../util/bounded-cache.js'
import {hintWords} from './hast.js'
import {BOILERPLATE_WORDS, LIVE_WORDS, MODIFIER_WORDS} from './class-words.js'

/** Stems that make a compound word boilerplate too (`entryfooter`, `relatedposts`, `footerlinks`). */
const BOILERPLATE_STEMS = ['footer', 'related', 'newsletter', 'sidebar', 'breadcrumb', 'cookie', 'advert', 'trending', 'sharing', 'socialmedia', 'comment']

/** Compounds of a stem that are content: an opinion piece is a "commentary". */
export const CONTENT_COMPOUNDS = new Set(['commentary', 'commentator', 'commentators'])

/**
 * Whether a class or id word names a boilerplate concern.
 *
 * @param word
 *   A lower-case word.
 * @returns
 *   Whether it does.
 */
function isBoilerplateWord(word: string): boolean {
  // Class words repeat across pages and elements: each is judged once.
  return wordVerdicts.get(word, judgeWord)
}

/**
 * `isBoilerplateWord` without the cache.
 *
 * @param word
 *   A lower-case word.
 * @returns
 *   Whether it names a boilerplate concern.
 */
function judgeWord(word: string): boolean {
  return BOILERPLATE_WORDS.has(word) || (!CONTENT_COMPOUNDS.has(word) && BOILERPLATE_STEMS.some((stem) => word.length > stem.length && (word.startsWith(stem) || word.endsWith(stem))))
}

/** Verdicts of `isBoilerplateWord`, by word (at most 128K characters of words held). */
const wordVerdicts = new BoundedCache<boolean>(131_072, 64)

/** Component names after the `cmp` prefix of a content system's components (`cmp-text`, `cmp-container`): the article's parts. */
const CONTENT_COMPONENT_WORDS = new Set(['container', 'text', 'title', 'image', 'teaser', 'list', 'embed', 'separator', 'contentfragment'])

/**
 * Whether a boilerplate word is the prefix of a content system's component
 * name, not a concern: `cmp` names a consent prompt (`cmp-banner`), but
 * also prefixes the components of a widespread content system
 * (`cmp-container`, `cmp-text`), which hold the article itself.
 *
 * @param word
 *   A boilerplate word.
 * @param next
 *   The word after it in the same class name, if any.
 * @returns
 *   Whether it is such a prefix.
 */
function isComponentPrefix(word: string, next: string | undefined): boolean {
  return word === 'cmp' && next !== undefined && CONTENT_COMPONENT_WORDS.has(next)
}

/**
 * Whether a comment word names a live commentary, the newsroom's running
 * account of a match or an event (`live-match-comments`,
 * `liveticker-comment`), not the readers' comments: a live word stands in
 * the same class name.
 *
 * @param word
 *   A boilerplate word.
 * @param words
 *   The words of the class name it is in.
 * @returns
 *   Whether it is.
 */
function isLiveCommentary(word: string, words: string[]): boolean {
  return word.startsWith('comment') && words.some((other) => LIVE_WORDS.has(other))
}

/**
 * The first boilerplate word of an element's class names and id, skipping
 * modifiers (`has-ads`).
 *
 * @param element
 *   The element.
 * @returns
 *   The word, if any.
 */
export function boilerplateWord(element: Element): string | undefined {
  // Most elements have no such word: the cached words tell at once.
  if (!hintWords(element).some(isBoilerplateWord)) return undefined
  const {className, id} = element.properties
  const names = [...(Array.isArray(className) ? className.map(String) : []), ...(typeof id === 'string' ? [id] : [])]
  for (const name of names) {
    const words = hintWords({type: 'element', tagName: 'span', properties: {className: [name]}, children: []})
    const found = words.find((word, index) => isBoilerplateWord(word) && !MODIFIER_WORDS.has(words[index - 1] ?? '') && !isComponentPrefix(word, words[index + 1]) && !isLiveCommentary(word, words))
    if (found) return found
  }
  return undefined
}

/** Elements whose class or id may name them boilerplate: containers, not text. */
export const NAMED_CONTAINER_TAGS = new Set(['div', 'section', 'ul', 'ol', 'dl', 'li', 'table', 'tbody', 'tr', 'td', 'article', 'figure', 'iframe', 'center', 'span', 'p'])
