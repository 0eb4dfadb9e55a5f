/**
 * Recognising a person's name: a few capitalised words, the particles of
 * names allowed, and no word of a headline, a label, a firm or an
 * institution. Bylines, which are read with it, are in `bylines.ts`.
 *
 * @module
 */
import {isCapitalised} from './text.js'

/** Lower-case particles that names may contain ("Anna van der Berg", "Paulo da Costa"). */
const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'do', 'dos', 'du', 'la', 'le', 'del', 'di', 'al', 'bin', 'ibn', 'ter'])

/**
 * Whether a word is a lower-case particle of names ("von", "van", "da").
 *
 * @param word
 *   The word.
 * @returns
 *   Whether it is.
 */
export function isNameParticle(word: string): boolean {
  return NAME_PARTICLES.has(word)
}

/** A name has two to five words (particles included). */
const NAME_MIN_WORDS = 2
const NAME_MAX_WORDS = 5

/**
 * Words of the names CMSs put where no person is named ("Super User", "No
 * Author") and of labels in an author's place ("Gesponserte Inhalte"): a
 * name holding one is no person's, in a byline or in metadata.
 */
export const PLACEHOLDER_WORDS = new Set(['user', 'admin', 'administrator', 'webmaster', 'author', 'autor', 'unknown', 'unbekannt', 'anonymous', 'sponsored', 'gesponserte', 'gesponsert', 'inhalte'])

/**
 * Words that are capitalised in headlines and labels but are not names; a
 * line containing one is not a name line.
 */
const NOT_NAME_WORDS = new Set([
  'the', 'a', 'an', 'news', 'live', 'latest', 'breaking', 'update', 'updates', 'analysis', 'watch', 'video', 'comment',
  'opinion', 'key', 'events', 'share', 'more', 'read', 'most', 'top', 'world', 'politics', 'business', 'sport', 'home',
  'summary', 'day', 'points', 'photo', 'photos', 'pictures', 'minister', 'president', 'government', 'police', 'north',
  'south', 'east', 'west', 'new', 'city', 'state', 'united', 'national', 'international', 'party', 'war', 'day', 'today',
  // Prompts and labels of author boxes, rails and section heads ("View my complete profile", "Related coverage", "Up next").
  'view', 'my', 'your', 'our', 'profile', 'follow', 'all', 'complete', 'related', 'coverage', 'next', 'up', 'story', 'stories',
  'articles', 'posts', 'contact', 'subscribe', 'newsletter', 'sign', 'staff', 'team', 'desk', 'newsroom', 'editors', 'redaktion',
  'bio', 'about', 'author', 'authors', 'by', 'from', 'of', 'and', 'or', 'to', 'in', 'on', 'for', 'with',
  // "From our correspondent", in the languages of news sites.
  'afficher', 'profil', 'perfil', 'mon', 'mein', 'ver', 'complet', 'completo', 'vollständiges',
  'dalla', 'dal', 'nostra', 'nostro', 'notre', 'nuestro', 'nuestra', 'unser', 'unsere', 'unserem', 'unserer', 'vom',
  // Articles and greetings, which open a title or a letter, never a name ("Das Hafenfest", "Liebe Leserinnen").
  'das', 'die', 'les', 'los', 'las', 'ein', 'eine', 'une', 'dear', 'liebe', 'lieber', 'hallo', 'hello', 'hi', 'hey', 'bonjour', 'salut', 'hola', 'ciao', 'moin', 'servus',
  // Words of a byline's opening and of labels in a byline's place ("Blog Beitrag von", "Sponsored Content", "Super User").
  'blog', 'beitrag', 'artikel', 'kolumne', 'posted', 'published', 'veröffentlicht', 'eingestellt', 'erstellt', 'geschrieben', 'verfasst', 'gepostet', 'content',
  // A comment's heading ("Antwort von Azad", "Reply from Jane").
  'antwort', 'antworten', 'reply', 'réponse', 'respuesta',
  ...PLACEHOLDER_WORDS,
  // Legal forms and broadcasters: a firm's or a channel's name ("Harbour Works AG", "Valley TV").
  'ag', 'gmbh', 'inc', 'ltd', 'llc', 'plc', 'corp', 'kg', 'kgaa', 'sarl', 'bv', 'nv', 'oy', 'tv', 'channel', 'broadcasting',
  // Words of an institution's or a programme's name ("Technology Project", "Harbour Institute").
  'project', 'projekt', 'programme', 'program', 'initiative', 'network', 'center', 'centre', 'institute', 'institut',
  'foundation', 'society', 'council', 'committee', 'association', 'union', 'office', 'department', 'ministry',
  'university', 'college', 'school', 'company', 'corporation', 'agency',
  // A link to the writer's profile on a social network ("Follow Jane Doe on Twitter").
  'facebook', 'twitter', 'instagram', 'linkedin', 'youtube', 'tiktok', 'mastodon', 'bluesky', 'threads', 'xing',
  // German and Spanish labels and prompts ("Über Steffi", "Aus der Region", "Im Wortlaut", "Escucha la noticia").
  'über', 'aus', 'im', 'listen', 'escucha', 'noticia', 'écouter', 'ascolta',
  // "All posts" of an author box ("Alle Beiträge", "Tous les articles").
  'alle', 'beiträge', 'tous', 'todos', 'tutti',
  // Determiners and prompts of a feature list's or a box's heading ("Keine Anzahlung", "Zu Ihrer Information", "Descarga la App").
  'kein', 'keine', 'zu', 'ihr', 'ihre', 'ihrer', 'time', 'location', 'app', 'apps', 'download', 'descarga', 'descargar',
  // Pronouns and question words, which open prompts and subheadings ("Überprüfen Sie Ihren Posteingang", "What Happened"), never a
  // name ("Sie", "Du" and "He" are surnames too: not listed).
  'ihren', 'ihnen', 'ihrem', 'sich', 'wir', 'ich', 'euch', 'we', 'you', 'she', 'they', 'it', 'its', 'this', 'that',
  'these', 'what', 'how', 'why', 'when', 'where', 'who', 'which'
])

/** One word of a name: capitalised, letters with inner apostrophes or hyphens, or an initial with its dot ("J.", "J.R.", "Jr."). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*|(?:\p{Lu}\.){1,3}|\p{Lu}\p{Ll}\.)$/u

/**
 * Whether a word may be one word of a name: capitalised, or an initial.
 *
 * @param word
 *   The word.
 * @returns
 *   Whether it may.
 */
export function isNameWord(word: string): boolean {
  return NAME_WORD.test(word)
}

/**
 * A nickname or initials in parentheses between a given name and a surname
 * ("Richard (R.J.) Eskow", "William (Bill) Hart"): one or two words or
 * initials, which the name keeps.
 */
const MIDDLE_NICKNAME = /(?<=\S)\s\(\p{L}[\p{L}.'’-]*(?:\s\p{L}[\p{L}.'’-]*)?\)\s(?=\S)/u

/**
 * Whether a text is just a person's name ("Mara Ellison", "Anneke van der
 * Berg", "Richard (R.J.) Eskow").
 *
 * @param text
 *   A cleaned line or part of one.
 * @returns
 *   `true` when it reads as a name.
 */
export function isPersonName(text: string): boolean {
  const words = (text.includes('(') ? text.replace(MIDDLE_NICKNAME, ' ') : text).trim().split(/\s+/)
  if (words.length < NAME_MIN_WORDS || words.length > NAME_MAX_WORDS) return false
  if (!isCapitalised(words[0]!) || !isCapitalised(words[words.length - 1]!)) return false
  if (opensWithArticle(words)) return false
  return words.every((word, index) => {
    // "der" and "den" stand in a name after "von" or "van" only ("Ursula von der Leyen"): "Digitalisierung der Kinos" is none.
    if (FOLLOWING_PARTICLES.has(word)) return LEADING_PARTICLES.has(words[index - 1] ?? '')
    if (NAME_PARTICLES.has(word)) return true
    return NAME_WORD.test(word) && !NOT_NAME_WORDS.has(word.toLowerCase()) && !isGluedWords(word)
  })
}

/** Particles that stand in a name only after one of `LEADING_PARTICLES` ("van der", "von den"). */
const FOLLOWING_PARTICLES = new Set(['der', 'den'])

/** See `FOLLOWING_PARTICLES`. */
const LEADING_PARTICLES = new Set(['von', 'van'])

/** A lower-case letter, then a capital: where words glued together meet ("SeiteEnglish"), or inside a name ("McDonald"). */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/gu

/**
 * Whether a word is several words glued together, as a menu flattened
 * without spaces leaves them ("SeiteEnglishGeschichten"): two inner
 * capitals or more. A name has one at most ("McDonald", "DeShawn",
 * "FitzGerald").
 *
 * @param word
 *   A word.
 * @returns
 *   Whether it is.
 */
function isGluedWords(word: string): boolean {
  return (word.match(INNER_CAPITAL)?.length ?? 0) >= 2
}

/**
 * Words that open a title ("Der Spiegel", "Il Post", "Het Parool") or a
 * byline ("Von Der Spendenbär") and stand in a name only inside it
 * ("Anneke van der Berg", "Ursula von der Leyen").
 */
const OPENING_ARTICLES = new Set(['Der', 'Het', 'Il', 'Gli', 'Von'])

/**
 * Whether a name's words open with a definite article or a byline's "Von":
 * a newspaper's title or a byline, not a person. "El" counts before one
 * word only ("El Espectador", "El País"): it opens longer names ("El Hadji
 * Diouf"), and stands inside others ("Karim El Amrani").
 *
 * @param words
 *   The words.
 * @returns
 *   Whether they do.
 */
function opensWithArticle(words: string[]): boolean {
  return OPENING_ARTICLES.has(words[0]!) || (words[0] === 'El' && words.length === 2)
}

/**
 * Whether a text is written in capitals ("JANE DOE").
 *
 * @param text
 *   The text.
 * @returns
 *   Whether it has letters and no lower-case one.
 */
export function isUpperCase(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text)
}
