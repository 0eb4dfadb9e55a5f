/**
 * The table of page furniture: phrases that, alone on a line, are page chrome
 * on news sites and never content. Folded (see `fold`): lower case, no
 * punctuation at the ends. Grouped by what they are, with where they come from.
 *
 * @module
 */
import {COUNTED_READING_TIME, LABELLED_READING_TIME} from '../util/reading-time.js'
import {isConsentButtons, isServerError, isSkipLinks} from './furniture-shapes.js'
import {GALLERY_COUNTER, PHOTO_CONTROL_PHRASES} from './photo-controls.js'
import {isShareBar} from './share-bar.js'

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
  // A breadcrumb trail's label.
  'you are here',
  'sie sind hier',
  'sie befinden sich hier',
  'du bist hier',
  'vous êtes ici',
  'usted está aquí',
  'sei qui',
  'jesteś tutaj',
  'u bevindt zich hier',
  'du är här',
  'você está aqui',
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
  'ask a question',
  'make a comment',
  'post a comment',
  'leave a comment',
  'comments',
  'view comments',
  'join the conversation',
  'kommentare öffnen',
  'kommentare anzeigen',
  'kommentare',
  'kommentieren',
  'diskutieren sie mit',
  'diskutieren sie mit uns',
  'commentaires',
  'commenter',
  'comentarios',
  'komentarze',
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
  'print this page',
  'print recipe',
  'drucken',
  'artikel drucken',
  'rezept drucken',
  'imprimer',
  'imprimer cette page',
  'imprimir',
  'print version',
  'printer-friendly version',
  'printer friendly version',
  'druckversion',
  'druckansicht',
  'version imprimable',
  'versión impresa',
  'versión para imprimir',
  'share this article',
  'share this story',
  'artikel teilen',
  'diesen artikel teilen',
  'möchten sie den artikel teilen',
  'partager cet article',
  'compartir',
  'udostępnij',
  'copy',
  'save',
  'bookmark',
  'save article',
  'save for later',
  'saved stories',
  'add to your saved stories',
  'add to saved stories',
  'to revisit this article, visit my profile, then view saved stories',
  'to revisit this article, select my account, then view saved stories',
  // Google's button for a reader's preferred sources.
  'add as preferred on google',
  'add as a preferred source on google',
  'set as preferred source on google',
  'als bevorzugte quelle auf google hinzufügen',
  'als bevorzugte quelle bei google hinzufügen',
  'merken',
  'artikel merken',
  'zur merkliste',
  'zur merkliste hinzufügen',
  'enregistrer',
  'guardar',
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
  'werbung',
  'publicité',
  'publicidad',
  'pubblicità',
  'reklama',
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
  'you may also like',
  'related posts',
  'read next',
  'read also',
  'ähnliche beiträge',
  'ähnliche artikel',
  'verwandte artikel',
  'weitere artikel',
  'mehr zum thema',
  'das könnte sie auch interessieren',
  'das könnte dich auch interessieren',
  'articles similaires',
  'à lire aussi',
  'lire aussi',
  'artículos relacionados',
  'te puede interesar',
  'zobacz też',
  'czytaj także',
  'recommended',
  'topics',
  'tags',
  'back to top',
  'table of contents',
  'inhaltsverzeichnis',
  'sommaire',
  'spis treści',
  // Cookie and newsletter prompts.
  'accept',
  'accept all',
  'accept cookies',
  'reject all',
  'manage cookies',
  'cookie settings',
  'privacy settings',
  // The title of an embed held back until consent is given (a tweet, a video of another site).
  'externer inhalt',
  'empfohlener externer inhalt',
  'empfohlener redaktioneller inhalt',
  'external content',
  'contenu externe',
  'contenido externo',
  'sign up',
  'sign up to our newsletter',
  'newsletter',
  'get our newsletter',
  // A photo's buttons: enlarge, full screen (`photo-controls.ts`, which also reads the caption under an enlarge button).
  ...PHOTO_CONTROL_PHRASES
]

/**
 * A podcast's promo: "Subscribe to Morning Brief wherever you get your
 * podcasts", "Listen to … on Apple Podcasts". Both name podcasts, which
 * few lines do: the word is looked for first. Without the `u` flag, as
 * the patterns were written (their `.` reads UTF-16 units, not characters).
 */
const PODCAST_PROMO = /\bwherever you get your podcasts\b|^(?:listen|subscribe) (?:to|on) .{0,60}\bpodcasts?\b/

/** "All rights reserved", in the languages of the corpora. */
const RIGHTS_RESERVED = 'all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|wszelkie prawa zastrzeżone|chroniony prawem autorskim|urheberrechtlich geschützt'

/** A short line (200 characters at most) whose first 80 characters lead to "all rights reserved". */
const RIGHTS_NOTICE = new RegExp(String.raw`^(?=.{0,200}$).{0,80}\b(?:${RIGHTS_RESERVED})\b`, 'u')

/**
 * The same words anywhere, which `RIGHTS_NOTICE` needs: an unanchored search
 * skips through a line faster than `RIGHTS_NOTICE` tries each of its first 80
 * positions, and most lines hold none of the words.
 */
const RIGHTS_WORDS = new RegExp(`(?:${RIGHTS_RESERVED})`, 'u')

/** `RIGHTS_NOTICE` reads lines of 200 characters at most: 400 UTF-16 units (a paragraph is not searched for the words). */
const RIGHTS_NOTICE_MAX_UNITS = 400

/**
 * Patterns for furniture lines whose wording varies. Each is anchored and
 * linear-time. Those that read no `.` carry the `u` flag even where they
 * need none, which changes nothing they match: `mark-furniture.ts` joins
 * the anchored expressions of that flag into one.
 */
export const FURNITURE_PATTERNS: ReadonlyArray<Pick<RegExp, 'test'>> = [
  // Skip links and navigation toggles, alone or several on a line.
  {test: isSkipLinks},
  // A server's error message printed into the page.
  {test: isServerError},
  // A consent dialog's buttons on one line.
  {test: isConsentButtons},
  // A gallery's counter: "Bild 3 von 10", "Photo 2 of 8".
  GALLERY_COUNTER,
  // Archive age warnings: "This story is more than 2 years old".
  /^this (?:article|story|page) is (?:more|over) than (?:a|an|one|\d{1,3}) (?:days?|weeks?|months?|years?) old$/u,
  // Podcast promos: "Subscribe to Morning Brief wherever you get your podcasts".
  {test: (text: string) => text.includes('podcast') && PODCAST_PROMO.test(text)},
  // Live-blog update toggles: "(latest) or (oldest)".
  /^\(\p{L}+\)(?: (?:and|or) \(\p{L}+\))*$/u,
  // Cookie consent sentences.
  /^(?:we|this (?:site|website)) uses? cookies\b/u,
  // "Updated at 14:20", "Updated 5 minutes ago".
  /^updated (?:at )?\d{1,2}[.:]\d{2}(?: ?[ap]\.?m\.?)?$/u,
  // Also a question's or an answer's age ("Asked 8 years, 2 months ago").
  /^(?:(?:last )?updated |published |posted |asked |answered |modified |edited )?(?:\d{1,3}|an?|one) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)(?:, \d{1,3} (?:minutes?|hours?|days?|weeks?|months?))? ago$/u,
  // A player's availability note: "Video verfügbar bis 28.02.2021", "Available until 5 March", "02:57 Min.. Verfügbar bis 06.05.2024".
  /^(?:(?:video|audio|podcast|sendung|vidéo|vídeo) |\d{1,2}:\d{2}(?::\d{2})? ?(?:min\.*|minuten\.?)? ?)?(?:verfügbar bis|abrufbar bis|available (?:until|till)|disponible jusqu'(?:au|à)|disponible hasta)\b.{0,40}$/u,
  // A permalink or short link offered for copying: "Permalink: https://…", "Permalien https://…".
  /^(?:permalink|permalien|enlace permanente|kurzlink|short ?link)(?: ?: ?| )?(?:https?:\/\/\S{1,200})?$/u,
  // A list's count of what it shows: "Showing 1–10 of 19 results", "Es werden die Weine 1 bis 10 von insgesamt 19 angezeigt".
  /^(?:showing|zeige|affichage(?: de)?|mostrando) \d{1,6} ?(?:[-–]|bis|to|à|a) ?\d{1,6} (?:of|von|sur|de) (?:insgesamt )?\d{1,7}(?: \p{L}{1,20}){0,2}$/u,
  /^es werden (?:die )?(?:\p{L}{1,20} )?\d{1,6} bis \d{1,6} \(?von (?:insgesamt )?\d{1,7}\)? (?:\p{L}{1,20} )?angezeigt$/u,
  // A share bar flattened into a line: "Teilen Twittern Email", "Compartir en Facebook Compartir en Twitter".
  {test: isShareBar},
  // Comment counts and similar: "12 comments", "Kommentare: 1".
  /^\d{1,6} (?:comments?|replies|shares?)$/u,
  /^(?:comments?|kommentare?|commentaires?|comentarios?|commenti|komentarze?|reactions?|reaktionen|réactions?) ?: ?\d{1,6}$/u,
  // Copyright lines, and the notices that say the same in a sentence.
  /^(?:©|\(c\)|copyright\b)/u,
  {test: (text: string) => text.length <= RIGHTS_NOTICE_MAX_UNITS && RIGHTS_WORDS.test(text) && RIGHTS_NOTICE.test(text)},
  // Disclaimers: "Alle Angaben ohne Gewähr".
  /^\(?(?:alle )?angaben ohne gewähr\)?$/u,
  // Reading times: "5 min read", "21 minutes - 4312 words", "Lesezeit: 3 Minuten".
  COUNTED_READING_TIME,
  LABELLED_READING_TIME,
  // Advertising labels and affiliate disclosures: "Anzeige, enthält Affiliate Links", "*Werbung. Dieser Beitrag …".
  /^\*?(?:anzeige|werbung|advertisement|sponsored|reklama)\s?[.,:|*]/u,
  /^this (?:post|article|page|story) (?:contains|may contain|includes) (?:affiliate links|references to products|sponsored)/u,
  // Calls to sign up: "Never miss the latest news by signing up to our newsletter today!".
  /^(?:never miss|sign up|subscribe|get the latest|stay up[- ]to[- ]date|abonnieren sie|melden sie sich|jetzt anmelden|inscrivez-vous|abonnez-vous|suscríbete|zapraszamy (?:też |także )?do subskrypcji)\b.{0,120}\b(?:newsletter|inbox|app|edition|updates|our work|subskrypcji)\b.{0,40}$/u,
  // Comment forms (the strings of the common blog engines, in the languages of the corpora): the call, the counts, the privacy notes.
  // The call may carry the form's "cancel reply" link ("Leave a Reply Cancel reply", "Schreibe einen Kommentar Antworten abbrechen").
  /^(?:schreibe?n? einen kommentar|schreibe eine antwort|kommentar (?:verfassen|schreiben|abgeben)|write a comment|leave a (?:reply|comment)|add a comment|laisser un commentaire|laisser une réponse|écrire un commentaire|deja un comentario|deja una respuesta|escribe un comentario|lascia un commento|dodaj komentarz|napisz komentarz)(?: (?:zu|to|on|à|a)\b.{0,120}| (?:cancel reply|antworten abbrechen|antwort abbrechen|annuler la réponse|cancelar (?:la )?respuesta|anuluj pisanie odpowiedzi))?$/u,
  /^\d{1,6} (?:kommentare?|antworten?|responses?|repl(?:y|ies)|comments?|commentaires?|réponses?|comentarios?|respuestas?|commenti|risposte|komentarz[ey]?|odpowiedzi) (?:zu|to|on|sur|à|a|en|para|do)\b.{0,160}$/u,
  /^(?:your email address will not be published|(?:deine|ihre) e-mail-adresse wird nicht veröffentlicht|votre adresse (?:e-mail|de messagerie|email) ne sera pas publiée|tu dirección de correo electrónico no será publicada|il tuo indirizzo email non sarà pubblicato|twój adres e-mail nie zostanie opublikowany|required fields are marked|erforderliche felder sind (?:mit .{1,3} )?markiert|les champs obligatoires sont indiqués)\b.{0,120}$/u,
  // (The words first, then the length: most lines fail on their first word, without being read to the end.)
  /^(?=(?:this site|diese website|ce site|este sitio|questo sito) .{0,20}\bakismet\b).{0,200}$/u,
  /^(?:notify me of (?:follow-up comments|new posts)|benachrichtige mich über (?:nachfolgende kommentare|neue beiträge)|prévenez-moi de tous les nouveaux (?:commentaires|articles)|save my name, email, and website in this browser|meinen namen, meine e-mail-adresse und meine website in diesem browser speichern)\b.{0,120}$/u,
  // Log-in prompts of comment sections.
  /^(?:you must be logged in|sie müssen (?:sich )?(?:einloggen|anmelden|angemeldet sein)|vous devez être connecté)/u
]
