/**
 * Telling chrome from photos among a page's images: trackers and icons by
 * their declared size, avatars by their small square, logos, icons, avatars
 * and placeholders by their names, classes and paths.
 *
 * @module
 */
import type {Element} from 'hast'
import {attribute, hintWords} from './hast.js'
import {withoutQuery} from './urls.js'

/** Images this small (declared width or height, in pixels) are trackers or icons. */
const MIN_IMAGE_SIZE = 50

/**
 * A square image this small is a face next to a byline or a profile
 * picture (author pictures come at 64, 96, 143 and 150 pixels in the
 * corpora), not a news photo.
 */
const MAX_AVATAR_SIZE = 160

/**
 * Words of a class, id, alt text or file path that make an image page
 * chrome rather than a photo: logos, icons, avatars, emoji, sprites,
 * badges.
 */
const JUNK_WORDS = new Set(['logo', 'logos', 'icon', 'icons', 'favicon', 'favicons', 'avatar', 'avatars', 'gravatar', 'emoji', 'emojis', 'sprite', 'badge', 'spacer'])

/**
 * Words of a file path only (as classes they name a real image's wrapper,
 * `RatioPlaceholder`, its state, `is-loading`, or an analytics hook,
 * `js-tracking`): tracking pixels, what is shown while the real image
 * loads, buttons drawn as images, and advertisements.
 */
const PATH_WORDS = new Set(['pixel', 'tracking', 'tracker', 'blank', 'transparent', 'placeholder', 'spinner', 'loader', 'loading'])

/** Words of a file's own name (not of the folders above it, where an article's slug may say anything): a button drawn as an image. */
const FILE_NAME_WORDS = new Set(['button', 'buttons'])

/** Folders that hold advertisements, named so alone (`/uploads/advertisement/…`; a slug joins words with dashes). */
const AD_FOLDERS = new Set(['ads', 'advert', 'adverts', 'advertisement', 'advertisements', 'werbung', 'anzeigen'])

/** The folder of a CMS's plugins (`/wp-content/plugins/…/img/play.png`): their images are the plugin's buttons and badges, never an article's photo, which the CMS stores with its uploads. */
const PLUGIN_FOLDER = 'plugins'

/** An icon glued to what it shows, in a path (`playicon.png`, `shareicons.svg`): a word ending in "icon", that is no other word. */
const GLUED_ICON = /^[a-z]{2,8}icons?$/

/** Words that end in "icon" and are no icon. */
const ICON_LOOKALIKES = new Set(['silicon', 'lexicon', 'silicons', 'lexicons'])

/** An icon file (`favicon.ico`, `docs@2x.ico`). */
const ICON_FILE = /\.ico$/i

/** A lower-case letter then a capital: where a camel-cased name joins two words (`renderTimingPixel`). */
const CAMEL_JOIN = /(\p{Ll})(\p{Lu})/gu

/**
 * A positive whole number from an attribute (`"640"`, `"640px"`), if any.
 *
 * @param value
 *   The attribute value (optional).
 * @returns
 *   The number, if any.
 */
export function pixels(value: string | undefined): number | undefined {
  const number = Number.parseInt(value ?? '', 10)
  return number > 0 && /^\s*\d+(?:px)?\s*$/.test(value ?? '') ? number : undefined
}

/**
 * Whether a URL or a name holds a junk word (`/icons/share.png`,
 * `site-logo`, `gravatar.com`).
 *
 * @param text
 *   A URL, class names or alt text.
 * @param path
 *   Whether the text is a URL's path, where placeholder words count too
 *   (default: `false`).
 * @returns
 *   Whether it does.
 */
export function hasJunkWord(text: string, path = false): boolean {
  if (path && (ICON_FILE.test(text) || isAdOrButtonPath(text))) return true
  const words = wordsOf(text)
  for (const [index, word] of words.entries()) {
    if (JUNK_WORDS.has(word) || (path && PATH_WORDS.has(word))) return true
    // In a path, a logo glued to its owner's name ("sitelogo.png", "googlelogo_color"), an icon to what it shows ("playicon.png"), and a default user's picture.
    if (path && (word.endsWith('logo') || (GLUED_ICON.test(word) && !ICON_LOOKALIKES.has(word)) || (word === 'user' && words[index - 1] === 'default'))) return true
  }
  return false
}

/**
 * The lower-case words of a name or path, a camel-cased name split at its
 * capitals (`renderTimingPixel` → render, timing, pixel).
 *
 * @param text
 *   A URL, class names or alt text.
 * @returns
 *   Its words (runs of ASCII letters).
 */
function wordsOf(text: string): string[] {
  return text.replace(CAMEL_JOIN, '$1 $2').toLowerCase().split(/[^a-z]+/)
}

/**
 * Whether an image path leads to an advertisement's folder or names a
 * button in its file name (`/uploads/advertisement/thumb.jpg`,
 * `Facebook_Button.jpg`).
 *
 * @param path
 *   A URL's host and path.
 * @returns
 *   Whether it does.
 */
function isAdOrButtonPath(path: string): boolean {
  const segments = path.toLowerCase().split('/')
  const file = segments.pop() ?? ''
  if (segments.some((segment) => AD_FOLDERS.has(segment) || segment === PLUGIN_FOLDER)) return true
  return wordsOf(file).some((word) => FILE_NAME_WORDS.has(word))
}

/**
 * The width and height an image declares, in pixels; none when they are
 * only its aspect ratio (`width="16" height="9"`, which some sites write to
 * reserve the picture's shape while it loads: no picture is 16 pixels wide).
 *
 * @param image
 *   The `<img>`.
 * @returns
 *   The declared size (each part only when declared).
 */
export function declaredSize(image: Element): {width?: number; height?: number} {
  const width = pixels(attribute(image, 'width'))
  const height = pixels(attribute(image, 'height'))
  if (width !== undefined && height !== undefined && ASPECT_RATIOS.has(`${width}:${height}`)) return {}
  return {...(width === undefined ? {} : {width}), ...(height === undefined ? {} : {height})}
}

/** Aspect ratios written as a size (a square is left out: a 1×1 image is a tracking pixel). */
const ASPECT_RATIOS = new Set(['16:9', '9:16', '4:3', '3:4', '3:2', '2:3', '21:9', '5:4', '4:5'])

/** What a page shows while the real image loads, by its file's path. */
const PLACEHOLDER_WORDS = new Set(['blank', 'transparent', 'placeholder', 'placeholders', 'spinner', 'loader', 'loading', 'pixel'])

/**
 * Whether an image's URL is a placeholder's (`/img/placeholders/placeholder_1000x750.jpg`, `blank.gif`).
 *
 * @param url
 *   The URL.
 * @returns
 *   Whether it is.
 */
export function isPlaceholderUrl(url: string): boolean {
  const path = pathOf(url)
  // Most paths hold no part of these words: say so before splitting the path into words (a replace, a split and an
  // array per rendition of every image). Exact: a word of `wordsOf` is a run of ASCII letters of the lower-cased path.
  if (!PLACEHOLDER_PARTS.test(path.toLowerCase())) return false
  return wordsOf(path).some((word) => PLACEHOLDER_WORDS.has(word))
}

/**
 * A part of each of `PLACEHOLDER_WORDS`: a lower-cased path without one holds none of them. (Tested on
 * `toLowerCase`, as `wordsOf` reads, not with `/i`: the Kelvin sign lower-cases to `k`, which `/i` does not match.)
 * `loade` and `loadi`, not `load`: every WordPress image's path holds `uploads`.
 */
const PLACEHOLDER_PARTS = /blank|transparent|placeholder|spinner|loade|loadi|pixel/

/**
 * Whether an image is not a photo: declared tiny, a small square (an
 * avatar), or named, classed or stored as a logo, icon, avatar or tracker.
 *
 * @param image
 *   The `<img>`.
 * @param src
 *   Its chosen source (optional).
 * @returns
 *   Whether it is junk.
 */
export function isJunkImage(image: Element, src: string | undefined): boolean {
  const {width, height} = declaredSize(image)
  if ((width !== undefined && width < MIN_IMAGE_SIZE) || (height !== undefined && height < MIN_IMAGE_SIZE)) return true
  if (width !== undefined && width === height && width <= MAX_AVATAR_SIZE) return true
  if (isJunkNamed(image)) return true
  if (src && hasJunkWord(pathOf(src), true)) return true
  return false
}

/**
 * Whether an image's class or id names a logo, icon or avatar
 * (`site-logo`, `author-avatar`).
 *
 * @param element
 *   The image.
 * @returns
 *   Whether it does.
 */
function isJunkNamed(element: Element): boolean {
  return hintWords(element).some((word) => JUNK_WORDS.has(word))
}

/** Class words of a container that is a logo or an avatar. */
export const LOGO_WORDS = new Set(['logo', 'logos', 'icon', 'icons', 'favicon', 'avatar', 'avatars', 'gravatar'])

/**
 * Whether a container's class or id names a logo, icon or avatar (`<a
 * class="site-logo"><img></a>`).
 *
 * @param element
 *   The container.
 * @returns
 *   Whether it does.
 */
export function isLogoNamed(element: Element): boolean {
  return hintWords(element).some((word) => LOGO_WORDS.has(word))
}

/**
 * The host and path of a URL (its query holds sizes and tokens, not names).
 *
 * @param url
 *   A URL, absolute or not.
 * @returns
 *   Host and path.
 */
function pathOf(url: string): string {
  return withoutQuery(url)
}
