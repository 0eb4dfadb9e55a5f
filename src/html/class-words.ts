/**
 * The class and id words the HTML front end reads, in the languages of the
 * pages it was measured on: what a container's `class` or `id` says it holds
 * (a byline, a time, a standfirst, a credit, a live feed, boilerplate).
 * `hintWords` splits class names and ids into these lower-case words
 * (`article__byline--wide` → article, byline, wide; `NewsletterBox` →
 * newsletter, box).
 *
 * Generic vocabulary only: a site's own class names belong in its profile.
 *
 * @module
 */

/**
 * Class words of a standfirst element. Not `kicker` (the label above a
 * headline) nor `description` (a slideshow's or a product's as often as an
 * article's): a summary that only calls itself a description is found by
 * its agreement with the meta description instead.
 */
export const STANDFIRST_WORDS = new Set(['standfirst', 'sub', 'subline', 'chapo', 'chapeau', 'vorspann', 'entradilla', 'sommario', 'dek', 'deck', 'subtitle', 'subheadline', 'subhead', 'subheader', 'strapline', 'lede', 'lead', 'leadtext', 'intro', 'excerpt', 'abstract', 'summary', 'teaser', 'einleitung', 'preface'])

/** Class words of the body's first paragraph (`first-paragraph`, `dropcap`): body text, however it stands apart. */
export const OPENING_WORDS = new Set(['first', 'firstparagraph', 'dropcap', 'initial'])

/**
 * Class words of a credit inside a caption or figure. Words that hold
 * `credit` or `copyright` (`imagecredit`, `copyrightnotice`) count too.
 */
export const CREDIT_WORDS = new Set(['credit', 'credits', 'copyright', 'source', 'photographer', 'courtesy', 'distributor', 'agency', 'fotograf', 'photog', 'quelle', 'bildquelle'])

/** Class words of a credit only inside a caption element, where the photographer is its "author" (outside, it is the article's byline). */
export const CAPTION_AUTHOR_WORDS = new Set(['author', 'autor', 'auteur', 'byline'])

/**
 * Class words of a caption outside a `<figcaption>` (a `<p class="caption">`
 * beside an image), in the languages of the corpora: Bildunterschrift
 * (`bu`), légende, didascalia, pie de foto, cutline. Words that hold
 * `caption` (`imagecaption`) count too. Read only inside a figure.
 */
export const CAPTION_WORDS = new Set(['caption', 'captions', 'figcaption', 'legend', 'legende', 'bildunterschrift', 'bu', 'bildtext', 'didascalia', 'pie', 'epigrafe', 'infotext', 'description', 'desc', 'cutline'])

/**
 * Class words of a container that holds a photo and its caption, when it is
 * not a `<figure>`: `div.article__picture`, `div.media-block`, `div.img-box`.
 */
export const FIGURE_WORDS = new Set(['figure', 'fig', 'image', 'images', 'img', 'photo', 'picture', 'pic', 'media', 'foto', 'bild', 'imagen', 'immagine'])

/** Class words of an embedded social post. */
export const EMBED_WORDS = new Set(['twitter', 'tweet', 'instagram', 'tiktok', 'facebook', 'embed', 'bluesky', 'mastodon', 'threads'])

/** Class and id words that say a page or container is live. */
export const LIVE_WORDS = new Set(['live', 'liveblog', 'livefeed', 'liveticker', 'ticker', 'timeline', 'updates', 'feed', 'stream', 'newsblog', 'newsticker', 'directo', 'diretta'])

/** Class words that mark a time element. */
export const TIME_WORDS = new Set(['time', 'timestamp', 'date', 'dates', 'datetime', 'dateline', 'published', 'posted', 'pubdate', 'updated', 'update', 'modified', 'datum', 'fecha'])

/** Class words that mark a byline. */
export const BYLINE_WORDS = new Set(['author', 'authors', 'byline', 'contributor', 'contributors', 'contrib', 'writer', 'reporter', 'auteur', 'autor', 'autoren', 'verfasser'])

/** Class and id words of readers' comments, whose bylines are the readers' (`comment-author`). */
export const DISCUSSION_WORDS = new Set(['comment', 'comments', 'commentlist', 'kommentare', 'kommentar', 'commentaires', 'disqus', 'respond', 'replies', 'reply'])

/**
 * Class words of a region of other articles: related and recommended
 * stories, lists of teasers. Their times and bylines are those articles'.
 * Not a single `teaser`, `card` or `sidebar`: pages call their own header so
 * too.
 */
export const OTHER_ITEMS_WORDS = new Set(['related', 'relatedposts', 'recommended', 'recommendations', 'recirculation', 'trending', 'popular', 'mostread', 'teasers', 'cards', 'promo', 'promos', 'newsletter', 'outbrain', 'taboola'])

/** Tags whose class words are not read as a region's: an article's and the page's classes carry its tags and categories (`tag-live`, `category-related`). */
export const CLASS_UNREAD_TAGS = new Set(['html', 'body', 'main', 'article'])

/** Class words of a pinned post. */
export const PINNED_WORDS = new Set(['pinned', 'sticky', 'pin'])

/** Class words of a key event. */
export const KEY_EVENT_WORDS = new Set(['key', 'keyevent', 'highlight', 'highlighted', 'important', 'breaking'])

/** Class words of an update time. */
export const UPDATED_WORDS = new Set(['updated', 'modified', 'update', 'edited'])

/** Class words of a label on a post ("Analysis", "Key event", "Pinned post"). */
export const LABEL_WORDS = new Set(['label', 'badge', 'kicker', 'flag', 'tag'])

/** Class and id words that name a boilerplate concern, in the languages of the corpora. */
export const BOILERPLATE_WORDS = new Set([
  'comment', 'comments', 'commentlist', 'kommentare', 'kommentar', 'commentaires', 'disqus', 'respond',
  'sidebar', 'share', 'sharing', 'sharebar', 'shariff', 'social', 'socials', 'sociallinks',
  'related', 'relatedposts', 'recommended', 'recommendations', 'recirculation', 'trending', 'popular', 'mostread',
  'newsletter', 'subscribe', 'subscription', 'signup', 'cookie', 'cookies', 'consent', 'gdpr', 'cmp',
  'breadcrumb', 'breadcrumbs', 'popup', 'modal', 'advert', 'advertisement', 'advertising', 'ad', 'ads', 'adslot',
  'adsense', 'dfp', 'sponsored', 'sponsor', 'outbrain', 'taboola', 'promo', 'menu', 'navbar', 'nav',
  'navigation', 'footer', 'masthead', 'toolbar', 'tags', 'tagcloud', 'pagination', 'pager', 'login', 'skiplink', 'werbung', 'anzeige',
  'bio', 'biography', 'authorbio', 'authorbox', 'autorbox', 'rating', 'ratings', 'feedback', 'poll', 'survey',
  'postmeta', 'postnav', 'pagenav', 'prevnext', 'subnav', 'topnav', 'sitenav', 'mainnav', 'submenu', 'dropdown',
  'offcanvas', 'flyout', 'contact', 'infobox', 'utility', 'promotion', 'donate', 'donation', 'likes', 'reactions', 'categories', 'archive', 'archives'
])

/** Words that make a region boilerplate whatever it holds: reader comments and consent prompts are prose too. */
export const ALWAYS_BOILERPLATE_WORDS = new Set(['comment', 'comments', 'commentlist', 'kommentare', 'kommentar', 'commentaires', 'disqus', 'respond', 'cookie', 'cookies', 'consent', 'gdpr', 'cmp', 'breadcrumb', 'breadcrumbs'])

/** Words before a boilerplate word that make it a modifier (`has-ads`, `with-sidebar`): the region holds one, it is not one. */
export const MODIFIER_WORDS = new Set(['has', 'with', 'no', 'without', 'show', 'is'])

/** Boilerplate words of an author's bio: prose by nature, so its length does not make it the article's. */
export const AUTHOR_BIO_WORDS = new Set(['bio', 'biography', 'authorbio', 'authorbox', 'autorbox'])

/** Class words of an author's box (a bio under the article), not of a byline. */
export const AUTHOR_WORDS = new Set(['author', 'autor', 'authors', 'auteur'])
