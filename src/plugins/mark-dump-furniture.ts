/**
 * Mark the furniture of whole-page text dumps that the shared table
 * (`furniture-phrases.ts`) does not know: the labels a page's chrome leaves
 * as lines once its markup is gone. In HTML the markup says where labels
 * sit, and the shared table serves both; only the cross-links and notices,
 * which are sentences in any markup, are read there too.
 *
 * Shapes, each a line on its own:
 *
 * - a label of the page's chrome, from the table in `dump-labels.ts` (share bar, legal
 *   links, "Back to overview", "Read also", "Log in"), in the languages of
 *   the corpora;
 * - a cross-link: such a "read also" label, a colon and the linked headline
 *   ("Read more: Flood barrier opens", "Lea también: …");
 * - a taxonomy line: "Tags:", "Filed under", "Themen:" followed by a list of
 *   terms, not a sentence;
 * - a comment's header left by a blog engine: "Comment by Name — 17.07, 2011
 *   @ 14:29", "Pingback von …", which always carries the comment's time;
 * - a row of share-bar buttons: two to five words, each a one-word label of
 *   either table ("Share Comment Print", "Weiterempfehlen Drucken");
 * - the heading of a box of links ("More from Travel", "Die meistgelesenen
 *   Artikel", "Lesen Sie auch die folgenden Beiträge:") and a comment
 *   section's prompt ("Post your comments", "Kommentare geschlossen");
 * - an advertisement's label opening its teaser ("ANZEIGE - …");
 * - a teaser ending in its "read on" link, a tag cloud with counts (see
 *   `dump-teaser-shapes.ts`);
 * - the text of a cookie consent dialog, of any length (see
 *   `cookie-notices.ts`);
 * - a row of links joined by spaced slashes ("Comics / Science / Happy
 *   news"), a blog engine's entry meta ("Posted by Jane at 12:53") and the
 *   label of a suggested citation.
 *
 * @module
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Line, Root} from '../tree.js'
import {afterNoLetter, joinPatterns} from '../util/join-patterns.js'
import {allLines, claim, isUnclaimed} from '../util/lines.js'
import {foldLine, lowerLine} from '../util/line-text.js'
import {PhraseSet} from '../util/phrase-set.js'
import {fold} from '../util/text.js'
import {isCookieNotice} from './cookie-notices.js'
import {DUMP_LABELS} from './dump-labels.js'
import {endsInReadOnLink, isCountedTermList} from './dump-teaser-shapes.js'
import {FURNITURE_PHRASES, POST_FOOTER_PHRASES, TEASER_END_PHRASES} from './furniture-phrases.js'

/** Labels that announce a link to another article; followed by a colon (or a link's arrow: "À lire aussi » …") and a headline, the line is that link. */
const CROSS_LINK = new RegExp(
  '^(?:read (?:more|also|next)|see also|related|also read|lesen sie (?:auch|mehr|hier)|auch lesen|mehr zum thema|lire aussi|à lire aussi|voir aussi|lea (?:más|también)|lee (?:más|también)|le puede interesar|te puede interesar|vea (?:más|también)|ver también|mira|mira también|puedes ver|veja (?:também|mais)|leia (?:também|mais)|leggi anche|czytaj (?:też|także|więcej)|zobacz (?:też|także)|dowiedz się więcej)\\s?[:»›]\\s?\\S.{0,200}$',
  'u'
)

/** A taxonomy label, then a list of terms (no full stop: not a sentence). */
const TAXONOMY = /^(?:(?:tags?|tagi|categories|category|kategorien?|schlagwörter|schlagworte|stichwörter|themen|topics|catégories?|étiquettes|mots-clés|etiquetas|categorías?|temas) ?:|filed under|tagged(?: with)?)\s\P{P}[^.!?]{0,160}$/u

/** The header of a comment or pingback that a blog engine prints: who, then when (a clock time). */
const COMMENT_HEADER = /^(?:comment|pingback|trackback|kommentar) (?:by|von|from|de|par)\s.{1,100}\b\d{1,2}[:.]\d{2}\b.{0,20}$/u

/**
 * Notices of the page, not of the article, in the languages of the
 * corpora: cookie and consent prompts, newsletter consent, affiliate
 * disclosures, paywall counters and prompts ("Already a subscriber?", "To
 * read the full story, subscribe"), comment policies, a blog's entry meta
 * ("This entry was posted in …"), outdated-browser warnings. Each names
 * the page's machinery (cookies, a form, links, the browser, the
 * subscription), so that a
 * sentence of news does not match; searched in short lines only.
 */
const NOTICES: readonly RegExp[] = [
  /\b(?:we use|we and our partners use|this (?:site|website) uses|wir (?:verwenden|nutzen|setzen)|diese (?:website|webseite|seite) (?:verwendet|nutzt)|nous utilisons|ce site utilise|utilizamos|usamos|este sitio (?:web )?(?:utiliza|usa)|korzystamy z|używamy|utilizziamo|questo sito utilizza)\b.{0,30}\b(?:cookies?|plików cookie)\b/u,
  /\bprotected by recaptcha\b/u,
  /\b(?:i consent to receiving|ich (?:akzeptiere|willige) .{0,80}\b(?:datenschutz|newsletter|e-mail|werbung)|mit (?:dem )?absenden .{0,60}\bwillige ich|enter your email(?: address)? (?:below|here|to)|um neue beiträge per e-mail zu erhalten|informiere mich über neue beiträge per e-mail)/u,
  /\b(?:we may (?:receive|earn) (?:a )?(?:small )?(?:commission|compensation)|advertising disclosure|affiliate disclosure|für links auf dieser seite\b.{0,40}\bprovision)/u,
  /\b(?:vous avez lu|you have read|you've read|sie haben) \d{1,2} (?:des|of|von) \d{1,2} (?:articles?|artikeln?)\b/u,
  /\b(?:already (?:a )?(?:subscriber|member)|ich bin (?:bereits |schon )?abonnent|bereits abonnent|déjà abonné|ya (?:eres|soy) suscriptor)/u,
  /\b(?:to (?:view|read|continue reading) (?:the )?(?:full|rest of the|entire|whole) (?:story|article)|um (?:den|diesen) (?:ganzen |vollständigen |kompletten )?artikel (?:zu )?(?:lesen|weiterzulesen)|pour (?:lire|accéder à) la suite|para (?:seguir|continuar) leyendo)\b/u,
  /\b(?:comments? (?:are|will be) (?:moderated|reviewed)|kommentare werden (?:moderiert|vor der veröffentlichung geprüft)|les commentaires sont modérés)\b/u,
  /^(?:this entry was posted (?:in|on)|dieser eintrag wurde (?:am .{1,40} )?veröffentlicht|der beitrag wurde am .{1,60} veröffentlicht|cette entrée a été publiée|esta entrada fue publicada)\b/u,
  /^(?:veröffentlicht in|posted in|publié dans|publicado en)\s?:\s?\S.{0,60}$/u,
  // A blog's entry meta in German: "Abgelegt unter: Reisen, Wetter 5 Kommentare", "Erstellt am … und abgelegt unter …".
  /^(?:(?:erstellt|veröffentlicht|geschrieben|verfasst) am\b.{1,80}\b)?abgelegt unter\b/u,
  // A photo's instruction, which says what the reader's click does: "Zum Vergrößern auf das Bild klicken", "Click to enlarge".
  /\b(?:zum vergrößern (?:(?:bitte )?(?:auf das bild |auf die grafik )?(?:an)?klicken)|(?:click|tap) (?:on the (?:image|picture|photo) )?to enlarge|cliquez (?:sur l['’]image )?pour agrandir|(?:haga|haz) clic (?:en la imagen )?para ampliar|kliknij,? aby powiększyć)\b/u,
  /\b(?:you are using (?:a|an) (?:outdated |old )?browser|ihr browser (?:ist veraltet|unterstützt)|votre navigateur (?:est obsolète|ne prend pas en charge))/u,
  // A prompt about the reader's ad blocker: "We noticed you're using an ad blocker", "Please disable the ad blocking feature", "Leider benutzen Sie einen Adblocker".
  /\b(?:you(?:['’]re| are) using an ad[- ]?blocker|(?:disable|turn off|deactivate|pause) (?:your |the )?ad[- ]?block(?:er|ing feature|ing software)\b|(?:benutzen|verwenden|nutzen) sie einen (?:ad[- ]?blocker|werbeblocker)|(?:deaktiviere|deaktivieren sie|schalte|schalten sie) (?:deinen|ihren) (?:ad[- ]?blocker|werbeblocker)|estás usando un bloqueador de anuncios|(?:vous utilisez|désactivez) (?:un|votre) bloqueur de publicités?)/u,
  // The site's licence and its disclaimers, which stand under every page of it.
  /\b(?:licensed under|lizenziert unter|available under|(?:steht|stehen|unterliegen|unterliegt|veröffentlicht) unter)\b.{0,40}\b(?:creative[- ]commons|cc[- ]by)|\bunterliegen dieser creative[- ]commons/u,
  /\b(?:keine haftung für (?:die )?inhalte externer|nicht verantwortlich für (?:den|die) inhalte? externer|not responsible for the (?:content of external|opinions)|n['’]engagent que (?:leurs|son|ses) auteurs?)/u,
  /\b(?:we welcome reader comments|we ask that comments|comments under (?:a )?pseudonym|mit der nutzung dieses formulars|per kontaktformular anfragen zukommen)/u,
  // A blocked embed's placeholder, which asks for a click or consent: "Klicken Sie auf den Button, um den Inhalt von … zu laden", "… stellen ohne dein Einverständnis keine Verbindung zu Twitter her".
  /\bum (?:den|diesen) inhalt (?:von \S+ )?zu laden\b|\bclick (?:here |the button )?(?:below )?to load (?:the )?content\b|\bohne (?:dein|ihr) einverständnis keine verbindung\b/u,
  // The German placeholder of an embed held back until consent, in its three voices: "An dieser Stelle findest du einen externen Inhalt von YouTube, der den Artikel ergänzt",
  // "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden", "… können personenbezogene Daten an Drittplattformen übermittelt werden", "YouTube-Inhalte erlauben".
  /\ban dieser stelle (?:findest du|finden sie|findet ihr) (?:einen |den )?externen inhalt\b|\bich bin damit einverstanden, dass mir (?:externe )?inhalte\b.{0,40}\bangezeigt werden\b|\bpersonenbezogene daten (?:können )?an drittplattformen\b|^\p{L}+-inhalte? (?:erlauben|aktivieren|laden|anzeigen)$/u,
  // A prompt for the browser's notifications: "Benachrichtigungen aktivieren", "Dürfen wir Sie in Ihrem Browser … informieren?".
  /\b(?:benachrichtigung(?:en)? (?:aktivieren|erlauben)|dürfen wir sie in ihrem browser|allow (?:push )?notifications|activer les notifications)\b/u,
  // An affiliate disclosure: "This post may contain affiliate links", "Bei den Verlinkungen handelt es sich um Affiliate Links".
  /\b(?:contains?|enthält|enthalten|sind|are|handelt es sich um|mit|sogenannte)\s(?:\S+\s){0,2}affiliate[- ]links?\b/u,
  // A support ask for the site's journalism: "Unterstützen Sie diese Form des Journalismus", "Soutenez le journalisme indépendant" (and `NEEDLE_NOTICES`).
  /\b(?:unterstützen sie (?:\S+ ){0,4}journalismus|soutenez (?:\S+ ){0,3}journalisme|apoya (?:\S+ ){0,3}periodismo)\b/u,
  // An advertisement's label opening its teaser: "ANZEIGE - Heute mal ausgehen?", "Advertisement: …".
  /^(?:anzeige|werbung|advertisement|sponsored|publicidad|publicité|reklama)\s?[-–:|]\s/u
]

/**
 * Notices that no word boundary opens, each with a text it cannot match
 * without: looked for with a native search first. Joined with `NOTICES`,
 * they were tried at every position of every line (a fifth of the joined
 * pattern's time on the lines of the text corpus); the bar or the words
 * stand in few lines.
 */
const NEEDLE_NOTICES: ReadonlyArray<{needle: string; pattern: RegExp}> = [
  // A file's link with its type and size: "Informationsschreiben PDF | 38 KB".
  {needle: '|', pattern: new RegExp(String.raw`${afterNoLetter('pdf|docx?|xlsx?|pptx?|zip')}\s?\|\s?\d+(?:[.,]\d+)?\s?[km]b\b`, 'u')},
  // A support ask for the site's journalism in Polish: "Wesprzyj nas".
  {needle: 'wesprzyj nas', pattern: new RegExp(String.raw`${afterNoLetter('wesprzyj nas')}(?!\p{L})`, 'u')}
]

/**
 * Whether a line in lower case is one of `NEEDLE_NOTICES`.
 *
 * @param lower
 *   The line in lower case.
 * @returns
 *   `true` when it is.
 */
function isNeedleNotice(lower: string): boolean {
  for (const {needle, pattern} of NEEDLE_NOTICES) if (lower.includes(needle) && pattern.test(lower)) return true
  return false
}

/**
 * The opening of a consent text under a form, which may run long (the
 * controller's address, the purposes): "Mit Absenden meiner E-Mail-Adresse
 * willige ich …", "Prosimy o zaznaczenie checkboxa …". Read in lines of
 * any length up to `LONG_NOTICE_MAX_LENGTH`: no paragraph of news opens so.
 */
const CONSENT_OPENING = /^(?:mit (?:der |dem )?(?:nutzung|absenden|absendung)\b.{0,60}\b(?:willige ich|erklärst du dich|erklären sie sich)|hiermit willige ich|prosimy o zaznaczenie)/u

/** A consent text is at most this long. */
const LONG_NOTICE_MAX_LENGTH = 2000

/**
 * The heading of a box of links to other stories: "More from Travel",
 * "Mehr zu Klima und Energie", "Die meistgelesenen Artikel", "Más sobre …":
 * its first words (`isMoreLinksHeading` reads the rest).
 */
const MORE_LINKS_HEADING = /^(?:more from|más sobre|mehr (?:zu|von|aus|kolumnen)|entdecke weitere|entdecken sie weitere|(?:die )?meist(?:gelesen|geklickt|kommentiert|diskutiert|-diskutiert)|most (?:read|popular|viewed)|lesen sie auch|weitere (?:beiträge|artikel|meldungen)|ähnliche (?:artikel|beiträge)|related (?:articles|stories|posts)|more (?:articles|stories)|autres articles|artículos relacionados|otros artículos)\b/u

/**
 * A comment section's prompt or state, on a line of its own: "Post your
 * comments", "Kommentieren Sie hier", "No responses so far", "Kommentare
 * geschlossen", "Ihre Meinung zu diesem Thema".
 */
const COMMENT_PROMPT = /^(?:post (?:your|a) comments?|kommentieren sie hier|no responses? (?:so far|yet)|ihre meinung zu diesem thema|kommentarfeed|kommentare geschlossen|comments are closed)\b/u

/** A link box's heading is a few words: at most this many characters, with no sentence's end. */
const HEADING_MAX_LENGTH = 60

/**
 * Whether a line is the heading of a box of links.
 *
 * @param lower
 *   The line in lower case.
 * @returns
 *   `true` when it is.
 */
function isMoreLinksHeading(lower: string): boolean {
  // The anchored pattern first: it fails on a line's first word, where the search for a sentence's end reads the whole line.
  return lower.length <= HEADING_MAX_LENGTH && MORE_LINKS_HEADING.test(lower) && !/[.!?]/u.test(lower)
}

/**
 * A blog engine's entry meta at a post's foot, in a dump: "Posted by Jane at
 * 12:53", "Eingestellt von Jane um 21:11" (who and a clock time), and the
 * label of the citation an academic blog suggests ("Suggested citation …",
 * "Zitiervorschlag: …").
 */
const ENTRY_META = /^(?:eingestellt von|posted by|publié par|publicado por|pubblicato da) .{1,60}\b(?:um|at|à|a las?|alle) \d{1,2}[:.]\d{2}$|^(?:suggested citation|zitiervorschlag|how to cite this (?:article|post))\b/u

/** A forum's or a blog's widget of who is online, the whole line: "13 Besucher sind online (2 Mitglieder)", "5 users online". */
const WHO_IS_ONLINE = /^\d+ (?:besucher|gäste|benutzer|mitglieder|users?|visitors?|guests?|members?) (?:sind |are |is )?online(?: \([^()]{1,80}\))?$/u

/** A blog's post navigation, its label and the linked headline: "Article suivant …", "Vorheriger Beitrag …", "Next post: …". */
const POST_NAVIGATION = /^(?:article (?:précédent|precedent|suivant)|(?:previous|next) (?:article|post|story)|vorheriger (?:artikel|beitrag)|nächster (?:artikel|beitrag)|vorschau auf den nächsten artikel|artículo (?:anterior|siguiente)|articolo (?:precedente|successivo))\b/u

/** Cross-links, taxonomy lines, comment headers and prompts, entry meta, widgets, post navigation and notices (but `NEEDLE_NOTICES`) as one pattern: one pass over a line instead of one per shape. */
const ANY_SHAPE = joinPatterns([CROSS_LINK, TAXONOMY, COMMENT_HEADER, COMMENT_PROMPT, ENTRY_META, WHO_IS_ONLINE, POST_NAVIGATION, ...NOTICES], 'u')

/** The shapes that are sentences, not labels: a cross-link to another story and the page's notices (but `NEEDLE_NOTICES`), as one pattern. */
const SENTENCE_SHAPES = joinPatterns([CROSS_LINK, ...NOTICES], 'u')

/** Notices, like every other shape here, are short: a longer line that matches is text about cookies or browsers. */
const NOTICE_MAX_LENGTH = 400

/** What separates the items of a breadcrumb or a flattened menu: bars ("Kontakt | Impressum") or arrows ("Home › News"). */
const MENU_SEPARATOR = /[|›»>]/u

/** A menu's item has at most this many characters. */
const MENU_ITEM_MAX_LENGTH = 40

/** An item of a flattened menu has at most this many words. */
const MENU_ITEM_MAX_WORDS = 4

/** Joined by bars, a menu has this many items or more: fewer may be a kicker and its headline, or a name and its outlet. */
const BAR_MENU_MIN_ITEMS = 4

/** A date or a clock time: a dateline or a byline's stamp ("Published: Tuesday | April 26, 2022 | 9:52 PM"), which later stages read. */
const STAMP = /\b(?:1[89]|20)\d\d\b|\b\d{1,2}[:.]\d{2}\b/u

/** Links of a site's footer menu: chrome in a row of links, though a heading alone ("About us") may be content. */
const FOOTER_LINKS = new Set(['kontakt', 'contact', 'contact us', 'about', 'about us', 'über uns', 'sitemap', 'mediadaten', 'barrierefreiheit', 'netiquette', 'faq', 'hilfe', 'help', 'jobs', 'karriere', 'presse', 'cookie-richtlinie', 'cookie-einstellungen', 'haftungsausschluss', 'disclaimer', 'legal notice', 'rss', 'newsletter'])

/**
 * Whether a folded item of a row of links is chrome: a label of either
 * table or a link of a footer menu.
 *
 * @param folded
 *   The folded item.
 * @returns
 *   `true` when it is.
 */
function isMenuItem(folded: string): boolean {
  return LABELS.has(folded) || FOOTER_LINKS.has(folded) || SHARED_LABELS.has(folded)
}

/**
 * Whether a line is a breadcrumb or a menu flattened into one line.
 *
 * @param text
 *   The line.
 * @returns
 *   `true` when it is.
 */
function isMenuLine(text: string): boolean {
  // Most lines hold neither kind of separator: one search tells.
  if (!ANY_SEPARATOR.test(text)) return false
  if (SPACED_SLASH.test(text) && !MENU_SEPARATOR.test(text)) return isSlashMenu(text)
  // Guillemets are quotes when the line has their closing form too.
  if (!MENU_SEPARATOR.test(text) || /[«‹]/u.test(text) || STAMP.test(text)) return false
  // Split, not a regular expression over the items: one would backtrack on every separator.
  const items = text.split(MENU_SEPARATOR).map((item) => item.trim())
  if (items.length < 3 || !items.every(isMenuItemShape)) return false
  return !text.includes('|') || items.length >= BAR_MENU_MIN_ITEMS || items.every((item) => isMenuItem(fold(item)))
}

/** Spaced slashes join the links of a row of tags or share buttons: "Comics / Science / Happy news". */
const SPACED_SLASH = / \/ /u

/** A separator of either kind of menu line. */
const ANY_SEPARATOR = new RegExp(`${MENU_SEPARATOR.source}|${SPACED_SLASH.source}`, 'u')

/**
 * Whether a line is a row of three links or more joined by spaced slashes,
 * each a few words with no digit (a date or a fraction is written so too).
 *
 * @param text
 *   The line.
 * @returns
 *   `true` when it is.
 */
function isSlashMenu(text: string): boolean {
  const items = text.split(SPACED_SLASH).map((item) => item.trim())
  return items.length >= 3 && items.every((item) => isMenuItemShape(item) && !/[\p{N}]/u.test(item))
}

/**
 * Whether an item of a row looks like a link of a menu: a few words, no
 * sentence.
 *
 * @param item
 *   The trimmed item.
 * @returns
 *   `true` when it does.
 */
function isMenuItemShape(item: string): boolean {
  return item.length > 0 && item.length <= MENU_ITEM_MAX_LENGTH && !/[.!?]/u.test(item) && item.split(/\s+/u).length <= MENU_ITEM_MAX_WORDS
}

/** A count after a label. */
const COUNT = /\s?\(\d{1,6}\)$/

/** A row of share-bar buttons has at most this many words. */
const BUTTON_ROW_MAX_WORDS = 5

/** And at most this many characters (five labels of the tables). */
const BUTTON_ROW_MAX_LENGTH = 80

/** Labels looked up whole. */
const LABELS = new PhraseSet(DUMP_LABELS)

/** The labels of the shared table. */
const SHARED_LABELS = new Set([...FURNITURE_PHRASES, ...POST_FOOTER_PHRASES, ...TEASER_END_PHRASES])

/** One-word labels of both tables, the buttons of a share bar or toolbar. */
const BUTTONS = new Set([...SHARED_LABELS, ...DUMP_LABELS].filter((phrase) => !phrase.includes(' ')))

/**
 * Whether a folded line is a row of buttons: two or more words, each a
 * one-word label.
 *
 * @param folded
 *   The folded line.
 * @returns
 *   `true` when every word is a button.
 */
function isButtonRow(folded: string): boolean {
  // Most lines fail on their first word: split only those that pass it.
  const space = folded.indexOf(' ')
  if (folded.length > BUTTON_ROW_MAX_LENGTH || space < 0 || !BUTTONS.has(folded.slice(0, space))) return false
  const words = folded.split(' ')
  return words.length >= 2 && words.length <= BUTTON_ROW_MAX_WORDS && words.every((word) => BUTTONS.has(word))
}

/**
 * Whether a line is dump furniture.
 *
 * @param line
 *   The line.
 * @returns
 *   `true` when it is.
 */
export function isDumpFurniture(line: Line): boolean {
  const text = line.value
  // Every shape below is a short line: prose paragraphs are passed over at once.
  if (isCookieNotice(text, lowerLine(line))) return true
  if (text.length > NOTICE_MAX_LENGTH) return text.length <= LONG_NOTICE_MAX_LENGTH && CONSENT_OPENING.test(lowerLine(line))
  // A label may carry a count: "Vos réactions (11)", "Comments (3)".
  const folded = text.endsWith(')') ? fold(text.replace(COUNT, '')) : foldLine(line)
  if (LABELS.has(folded) || isButtonRow(folded)) return true
  const lower = lowerLine(line)
  return ANY_SHAPE.test(lower) || isNeedleNotice(lower) || isMoreLinksHeading(lower) || isMenuLine(text) || endsInReadOnLink(lower) || isCountedTermList(text)
}

/**
 * Whether a line of HTML is one of the sentence shapes of the chrome: a
 * cross-link whose headline the markup left unlinked ("Read also: …"), or
 * a notice of the page (cookies, an affiliate disclosure, "This entry was
 * posted in …"). Labels and menus are left to the markup, which places
 * them; a table's cells are data.
 *
 * @param line
 *   The line.
 * @returns
 *   `true` when it is.
 */
function isHtmlChromeSentence(line: Line): boolean {
  if (line.value.length > NOTICE_MAX_LENGTH || line.data?.hint?.tableCell || line.data?.hint?.quote) return false
  const lower = lowerLine(line)
  return SENTENCE_SHAPES.test(lower) || isNeedleNotice(lower)
}

/**
 * unified transformer plugin: mark the chrome labels of text dumps
 * `furniture`; in HTML, only the chrome that is a sentence (a cross-link,
 * a notice), which the markup does not tell from the text.
 *
 * @param format
 *   The input's format (default: `'text'`).
 * @returns
 *   Transformer.
 */
export function markDumpFurniture(format: 'text' | 'html' = 'text') {
  return function (tree: Root, file: VFile): void {
    const isChrome = format === 'text' ? isDumpFurniture : isHtmlChromeSentence
    for (const line of allLines(tree)) {
      if (!isUnclaimed(line) || !isChrome(line)) continue
      claim(line, {role: 'furniture'})
      report(file, 'furniture-dropped', `Unexpected page furniture \`${line.value}\`, dropped`, line, line.value)
    }
  }
}
