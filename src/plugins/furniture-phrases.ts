/**
 * The table of page furniture: phrases that, alone on a line, are page chrome
 * on news sites and never content. Folded (see `fold`): lower case, no
 * punctuation at the ends. Grouped by what they are, with where they come from.
 *
 * @module
 */

/** Lines that close a live-blog post (share bar and its "Updated at" stamp). */
export const POST_FOOTER_PHRASES: readonly string[] = [
  'share',
  'updated at',
  'share this post',
  'share this update',
  'copy link',
  'link copied',
  'teilen',
  'partager'
]

/** Lines that close a teaser on a listing page. */
export const TEASER_END_PHRASES: readonly string[] = [
  'continue reading',
  'read more',
  'read the full story',
  'read full article',
  'weiterlesen',
  'mehr lesen',
  'lire la suite',
  'leer más',
  'continua a leggere'
]

/** Everything else that is chrome: navigation, prompts, promos, labels of page regions. */
export const FURNITURE_PHRASES: readonly string[] = [
  // Skip links (screen-reader navigation rendered as text).
  'skip to main content',
  'skip to content',
  'skip to navigation',
  'skip to key events',
  'skip to footer',
  'skip to search',
  'jump to',
  // Live-blog chrome.
  'key events',
  'show key events only',
  'live feed',
  'live',
  'from',
  'updated',
  'loading',
  'show more',
  'load more',
  'load more updates',
  'newest first',
  'oldest first',
  'latest',
  'auto update',
  'updates will appear automatically',
  'latest updates',
  'refresh',
  'ask a question or make a comment',
  'ask a question',
  'leave a comment',
  'comments',
  'view comments',
  'join the conversation',
  // Bylines' and datelines' labels left alone on their line by copiers.
  'published',
  'on',
  'posted',
  'posted on',
  'last updated',
  'veröffentlicht',
  'aktualisiert',
  'publié',
  'mis à jour',
  // Social and site chrome.
  'connect with us',
  'follow us',
  'share on facebook',
  'share on twitter',
  'share on x',
  'share on whatsapp',
  'share via email',
  'facebook',
  'twitter',
  'whatsapp',
  'email',
  'print',
  'copy',
  'save',
  'bookmark',
  'menu',
  'search',
  'close',
  'sign in',
  'log in',
  'subscribe',
  'register',
  'advertisement',
  'advertising',
  'sponsored',
  'anzeige',
  'publicité',
  'most viewed',
  'most read',
  'most popular',
  'trending',
  'related',
  'related articles',
  'related stories',
  'related content',
  'more on this story',
  'more stories',
  'top articles',
  'latest posts',
  'recent posts',
  'you might also like',
  'recommended',
  'topics',
  'tags',
  'back to top',
  // Cookie and newsletter prompts.
  'accept',
  'accept all',
  'accept cookies',
  'reject all',
  'manage cookies',
  'cookie settings',
  'privacy settings',
  'sign up',
  'sign up to our newsletter',
  'newsletter',
  'get our newsletter'
]

/**
 * Patterns for furniture lines whose wording varies. Each is anchored and
 * linear-time.
 */
export const FURNITURE_PATTERNS: readonly RegExp[] = [
  // Guardian's age warning: "This story is more than 2 years old".
  /^this (?:article|story|page) is (?:more|over) than (?:a|an|one|\d{1,3}) (?:days?|weeks?|months?|years?) old$/,
  // Podcast promos: "Listen to the Daily above and tap here to follow wherever you get your podcasts".
  /\bwherever you get your podcasts\b/,
  /^(?:listen|subscribe) (?:to|on) .{0,60}\bpodcasts?\b/,
  // Live-blog update toggles: "(latest) or (oldest)".
  /^\(\p{L}+\)(?: (?:and|or) \(\p{L}+\))*$/u,
  // Cookie consent sentences.
  /^(?:we|this (?:site|website)) uses? cookies\b/,
  // "Updated at 14:20", "Updated 5 minutes ago".
  /^updated (?:at )?\d{1,2}[.:]\d{2}(?: ?[ap]\.?m\.?)?$/,
  /^\d{1,3} (?:seconds?|minutes?|mins?|hours?|hrs?|days?) ago$/,
  // Comment counts and similar: "12 comments".
  /^\d{1,6} (?:comments?|replies|shares?)$/,
  // Copyright lines.
  /^(?:©|\(c\)|copyright\b)/
]
