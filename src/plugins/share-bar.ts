/**
 * A share bar flattened into one line: the networks' names and the share
 * buttons' words side by side ("Teilen Twittern Email", "Compartir en
 * Facebook Compartir en Twitter", "FB Tweet More"), which no sentence is.
 *
 * @module
 */

/** Networks and channels a share bar offers, and the short forms of their buttons. */
const NETWORKS = new Set([
  'facebook', 'fb', 'twitter', 'tweet', 'twittern', 'tweeten', 'whatsapp', 'telegram', 'linkedin', 'xing', 'pinterest', 'pin',
  'reddit', 'tumblr', 'flipboard', 'pocket', 'messenger', 'instagram', 'youtube', 'tiktok', 'threads', 'bluesky', 'mastodon',
  'email', 'e-mail', 'mail', 'sms', 'rss', 'vk', 'weibo', 'wechat'
])

/** The words around the networks on a share bar: its verbs and labels in the corpora's languages, and its icons' names. */
const BUTTON_WORDS = new Set([
  'share', 'sharing', 'shares', 'teilen', 'partager', 'compartir', 'compartilhar', 'condividi', 'condividere', 'udostępnij', 'delen', 'dela',
  'send', 'senden', 'versenden', 'envoyer', 'enviar', 'invia', 'print', 'drucken', 'imprimer', 'imprimir', 'stampa', 'copy', 'kopieren', 'copier', 'copiar',
  'link', 'url', 'more', 'mehr', 'plus', 'más', 'close', 'schließen', 'fermer', 'cerrar', 'options', 'extra', 'this', 'article', 'story', 'page',
  'artikel', 'beitrag', 'seite', 'on', 'auf', 'via', 'per', 'en', 'sur', 'par', 'por', 'in', 'su', 'op', 'no', 'na', 'with', 'mit', 'to', 'an',
  'envelope', 'search', 'follow', 'folgen', 'us', 'uns', 'text', 'message',
  // Twitter's new name: a share bar's word beside a network, no network of its own ("print x" is code).
  'x'
])

/** A share bar on one line has at most this many words, and this many characters. */
const SHARE_BAR_MAX_WORDS = 16
const SHARE_BAR_MAX_LENGTH = 200

/** The longest word of either list. */
const BAR_WORD_MAX_LENGTH = Math.max(...[...NETWORKS, ...BUTTON_WORDS].map((word) => word.length))

/**
 * Whether a character code separates the words of a share bar: a space, a
 * tab, a bar, a dot or bullet, a slash, a comma, a colon.
 *
 * @param code
 *   A character code.
 * @returns
 *   Whether it does.
 */
function isSeparator(code: number): boolean {
  return code === 32 || code === 9 || code === 124 || code === 183 || code === 8226 || code === 47 || code === 44 || code === 58
}

/**
 * Whether a line's first word is a network's or a share button's (read by
 * character codes: this runs on every short line of a page).
 *
 * @param folded
 *   The line, folded.
 * @returns
 *   Whether it is.
 */
function opensWithBarWord(folded: string): boolean {
  let end = 0
  while (end < folded.length && !isSeparator(folded.charCodeAt(end))) {
    if (++end > BAR_WORD_MAX_LENGTH) return false
  }
  const first = folded.slice(0, end)
  return NETWORKS.has(first) || BUTTON_WORDS.has(first)
}

/** One word of a share bar: what stands between its spaces and separators. */
const WORD = /[^\s|·•/,:]+/gu

/**
 * Whether a folded line (lower case) is a share bar: two words or more,
 * each a network's or a share button's, at least one of them a network's.
 * Most lines fail on their first word: the words are read one by one,
 * with no list of them made.
 *
 * @param folded
 *   The line, folded to lower case.
 * @returns
 *   Whether it is.
 */
export function isShareBar(folded: string): boolean {
  // Most lines are longer than any share bar, or open with another word: told before the words are read one by one.
  if (folded.length > SHARE_BAR_MAX_LENGTH || !opensWithBarWord(folded)) return false
  let words = 0
  let networks = 0
  WORD.lastIndex = 0
  for (let match = WORD.exec(folded); match; match = WORD.exec(folded)) {
    const word = match[0]
    if (NETWORKS.has(word)) networks++
    else if (!BUTTON_WORDS.has(word)) return false
    if (++words > SHARE_BAR_MAX_WORDS) return false
  }
  return words >= 2 && networks > 0
}
