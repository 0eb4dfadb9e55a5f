/**
 * Media players inside a page: the player itself (its video is content) and
 * the controls a script draws over it (a control bar, settings menus),
 * which `pruneBoilerplate` drops.
 *
 * @module
 */
import type {Element} from 'hast'
import {CLASS_UNREAD_TAGS} from './class-words.js'
import {hintWords} from './hast.js'
import {NAMED_CONTAINER_TAGS} from './boilerplate-words.js'

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
export function isPlayer(element: Element): boolean {
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
export function isPlayerControls(element: Element): boolean {
  return NAMED_CONTAINER_TAGS.has(element.tagName) && hintWords(element).some((word) => CONTROL_WORDS.has(word))
}

