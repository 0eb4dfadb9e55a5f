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
  'envelope', 'search', 'follow', 'folgen', 'us', 'uns', 'text', 'message'
])

/** A share bar on one line has at most this many words. */
const SHARE_BAR_MAX_WORDS = 16

/**
 * Whether a folded line (lower case) is a share bar: two words or more,
 * each a network's or a share button's, at least one of them a network's.
 *
 * @param folded
 *   The line, folded to lower case.
 * @returns
 *   Whether it is.
 */
export function isShareBar(folded: string): boolean {
  const words = folded.split(/[\s|·•/,:]+/u).filter(Boolean)
  if (words.length < 2 || words.length > SHARE_BAR_MAX_WORDS) return false
  let networks = 0
  for (const word of words) {
    if (NETWORKS.has(word)) networks++
    else if (!BUTTON_WORDS.has(word)) return false
  }
  return networks > 0
}
