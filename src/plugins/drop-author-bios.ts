/**
 * Drop the author's biography that closes an article in a whole-page text
 * dump: "Jane Doe is a senior writer for The Daily, covering energy.",
 * "Max Muster ist Redakteur im Ressort Wirtschaft.", "Marie Dupont est
 * journaliste au service politique."
 *
 * An author box is markup in HTML (its class names it), and the HTML front
 * end drops it; a dump keeps its text as a paragraph after the story's last.
 * What gives it away is its shape: it opens with a name (two to four
 * capitalised words) and says what that person does for a living in the
 * words of newsrooms and universities (writer, editor, correspondent,
 * professor; Redakteur, Autorin; journaliste; periodista; dziennikarz), or
 * that the person writes about or covers a field. Mid-article, the same
 * shape introduces a person of the story, so only the last few blocks are
 * searched, and only short paragraphs.
 *
 * A blog's author box is read by its frame anywhere on the page: a label
 * ("About the author", "Autoreninfo", "Über Jane Doe") and, after the
 * biography, a link to the author's other posts ("View all posts by Jane
 * Doe", "Zeige alle Beiträge von …"). What stands between is the biography,
 * whatever its wording ("I cook for my family and friends."). With the
 * label alone, the paragraph must open with the author's name or introduce
 * its writer ("Ich bin Steffi, …"), unless the label says "the author" in
 * so many words.
 *
 * @module
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Line, Root} from '../tree.js'
import {allLines, claim, isUnclaimed} from '../util/lines.js'
import {foldLine, lineWords, lowerLine} from '../util/line-text.js'
import {fold, groupedAfterNoLetter} from '../util/text.js'
import {isPersonName} from '../util/names.js'

/** How many content lines at the end of the page are searched. */
const TAIL_LINES = 10

/** A biography is a short paragraph: a longer one is the story's. */
const BIO_MAX_LENGTH = 400


/**
 * A name at the start of a line: two to four capitalised words ("Perry Bacon
 * Jr.", "Anna-Lena von Berg"). Read with case, apart from what follows: a
 * sentence's first word and a noun ("The plan covers …") is no name.
 */
const NAME = /^\p{Lu}[\p{L}'’.-]+(?: (?:\p{Lu}[\p{L}'’.-]*|von|van|de|der|da|di|del|le|la)){1,3} /u

/** Trades of the people who sign articles, in the languages of the corpora. */
const TRADE_WORDS = String.raw`writer|reporter|editor|correspondent|journalist|columnist|contributor|professor|lecturer|researcher|fellow|founder|co-founder|consultant|expert|redakteur(?:in)?|autor(?:in)?|journalist(?:in)?|korrespondent(?:in)?|kolumnist(?:in)?|professor(?:in)?|rédact(?:eur|rice)|journaliste|chroniqueu(?:r|se)|correspondant(?:e)?|periodista|redactor(?:a)?|corresponsal|columnista|giornalista|dziennikar(?:z|ka)|redaktor(?:ka)?`

/** A trade, with a grade before it ("senior writer", "freier Journalist"). */
const TRADE = String.raw`(?:(?:senior |staff |contributing |freelance |freie[rn]? |political |chief )?(?:${TRADE_WORDS}))`

/**
 * What follows the name in a biography: "is a … writer", "ist Redakteurin
 * …", "est journaliste …", or "writes about", "covers", "schreibt über".
 */
const OCCUPATION = new RegExp(
  `^(?:(?:is|was|ist|war|est|es|è|jest)(?: (?:an?|the|ein|eine|un|une|una|la|le))?(?: [\\p{L}-]+){0,3}? ${TRADE}\\b|(?:writes about|covers|schreibt über|écrit sur|escribe sobre)\\b)`,
  'iu'
)

/**
 * Whether a paragraph is an author's biography.
 *
 * @param text
 *   The paragraph.
 * @param maxLength
 *   The longest biography read (default: `BIO_MAX_LENGTH`).
 * @returns
 *   `true` when it is.
 */
export function isAuthorBio(text: string, maxLength = BIO_MAX_LENGTH): boolean {
  if (text.length > maxLength) return false
  const name = NAME.exec(text)
  return name !== null && OCCUPATION.test(text.slice(name[0].length))
}

/** Labels that open an author box, folded, with no name: "the author" said in so many words, or the one word ("Autor", over the name and the biography). */
const AUTHOR_BOX_LABEL = /^(?:(?:the )?authors?|autor(?:in)?|auteur|autrice|autore|autora|verfasser(?:in)?|about the authors?|über (?:den autor|die autorin)(?:\s?\/\s?(?:den autor|die autorin))?|zum autor|zur autorin|autoreninfo|autorinfo|à propos de l'auteur|sobre el autor|o autorze)$/u

/** A label that opens an author box with the author's name: "About Jane Doe", "Über Steffi 1009 Artikel". */
const NAMED_BOX_LABEL = /^(?:[Aa]bout|[Üü]ber|[Àà] propos de|[Ss]obre|O) (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})(?: \d+ (?:[Aa]rticles?|[Aa]rtikel|[Bb]eiträge|[Pp]osts|[Aa]rtículos|[Aa]rtykuł(?:y|ów)))?$/u

/** The link that closes an author box: the author's other posts, in lower case (tested on `lowerLine`: a case-blind pattern costs four times as much). */
const ALL_POSTS_LINK = /\b(?:(?:view|see) all (?:posts|articles) by|zeige alle beiträge von|alle beiträge von|voir tous les articles de|ver todas las entradas de|zobacz wszystkie wpisy)\b/u

/** A writer introducing themself: "I am Joyce", "Ich bin Steffi", "Je suis …". */
const SELF_INTRODUCTION = /^(?:i am|i'm|i’m|ich bin|je suis|soy|jestem|sono)\s/iu

/**
 * A writer introducing themself by name, then what they are: "I am Joyce from
 * Singapore.", "Ich bin Eleonore, Betreiberin von …", "I'm Amy and I'm so
 * glad …". The name is one capitalised word, which a sentence of the story
 * ("I am not sure") rarely has there.
 */
const NAMED_SELF_INTRODUCTION = /^(?:[Ii] am|[Ii]['’]m|[Ii]ch bin|[Jj]e suis|[Ss]oy|[Jj]estem|[Ss]ono) \p{Lu}[\p{L}-]+(?:,| (?:and|und|from|aus|et|de|y|i|e|z)\s|\.)/u

/**
 * A trade alone on a line, under the writer's name at the end of an article:
 * "Redakteur in der Wirtschaft.", "Example.com Redakteur", "Senior Editor".
 * Tested on the line's lower case, the look back after each word: a
 * case-blind pattern that looks back first is tried slowly at every position.
 * The words are grouped by their first letter: the test took a third less.
 */
const TRADE_LINE = new RegExp(`${groupedAfterNoLetter(TRADE_WORDS)}(?!\\p{L})`, 'u')

/** A trade line is a few words. */
const TRADE_LINE_MAX_WORDS = 6

/** The link under an author box that names the author: "Latest posts by Jane Doe (see all)", "Weitere Beiträge von Jane Doe". */
const NAMED_POSTS_LINK = /^(?:(?:latest|more|all|recent) (?:posts|articles) (?:by|from)|(?:weitere|mehr|alle|neueste) (?:beiträge|artikel) von|(?:tous les|plus d['’]|derniers) articles de) (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3})/iu

/** A biography has this many words or more: a shorter line in the box is the author's name. */
const BIO_MIN_WORDS = 5

/** Lines an author box holds between its label and its closing link, at most. */
const AUTHOR_BOX_LINES = 3

/**
 * Which author box a line opens: `true` for one labelled "the author", the
 * author's name for one labelled with it, `undefined` for no box.
 *
 * @param line
 *   Any line, claimed or not (a bylines rule may take the label for a byline).
 * @returns
 *   What the label says.
 */
function authorBoxLabel(line: Line): true | string | undefined {
  if (line.value.length > 80) return undefined
  if (AUTHOR_BOX_LABEL.test(foldLine(line))) return true
  return NAMED_BOX_LABEL.exec(line.value)?.[1]
}

/**
 * The biography lines of the author boxes of a page: after a label, up to
 * `AUTHOR_BOX_LINES` lines, when the box's closing link follows them, or the
 * label names "the author", or the paragraph opens with the author's name or
 * introduces its writer.
 *
 * @param lines
 *   All lines of the page, in order.
 * @returns
 *   The unclaimed lines to drop.
 */
function authorBoxLines(lines: Line[]): Line[] {
  const found = new Set<Line>()
  lines.forEach((line, index) => {
    for (const bio of biographyAboveLink(lines, index)) found.add(bio)
    // The link itself, or a biography that ends with it on one line ("… Zeige alle Beiträge von Jane Doe").
    if (isUnclaimed(line) && line.value.length <= BIO_MAX_LENGTH && ALL_POSTS_LINK.test(lowerLine(line))) found.add(line)
    const label = authorBoxLabel(line)
    if (label === undefined) return
    const box = lines.slice(index + 1, index + 1 + AUTHOR_BOX_LINES)
    const close = box.findIndex((candidate) => ALL_POSTS_LINK.test(lowerLine(candidate)))
    // Without its closing link, the box ends with its first paragraph (a name line may stand before it).
    const firstParagraph = box.findIndex((candidate) => lineWords(candidate) >= BIO_MIN_WORDS)
    const inside = close === -1 ? box.slice(0, firstParagraph + 1) : box.slice(0, close)
    let dropped = false
    for (const candidate of inside) {
      if (!isUnclaimed(candidate) || candidate.value.length > BIO_MAX_LENGTH || found.has(candidate)) continue
      const opens = typeof label === 'string' && candidate.value.startsWith(label)
      if (close === -1 && label !== true && !opens && !SELF_INTRODUCTION.test(candidate.value)) continue
      found.add(candidate)
      dropped = true
    }
    if (dropped && isUnclaimed(line)) found.add(line)
  })
  return [...found]
}

/**
 * The biography above an author box's link to the author's other posts,
 * when the link names the author and the box opens with that name:
 * "Jane Doe" / "I'm Jane, …" / "Latest posts by Jane Doe (see all)".
 *
 * @param lines
 *   All lines of the page, in order.
 * @param index
 *   The index of a line that may be the link.
 * @returns
 *   The unclaimed lines between the name and the link.
 */
function biographyAboveLink(lines: Line[], index: number): Line[] {
  const line = lines[index]!
  if (line.value.length > 80) return []
  const name = NAMED_POSTS_LINK.exec(line.value)?.[1]
  if (!name) return []
  const folded = fold(name)
  for (let start = index - 1; start >= Math.max(0, index - 1 - AUTHOR_BOX_LINES); start--) {
    if (foldLine(lines[start]!) !== folded) continue
    return lines.slice(start + 1, index).filter((bio) => isUnclaimed(bio) && bio.value.length <= BIO_MAX_LENGTH)
  }
  return []
}

/**
 * Whether a line among the last of a page is the author's: a biography
 * ("Jane Doe is a reporter …") or a writer introducing themself by name ("I
 * am Joyce from Singapore.").
 *
 * @param line
 *   The line.
 * @returns
 *   `true` when it is.
 */
function isClosingAuthorLine(line: Line): boolean {
  const text = line.value
  return isAuthorBio(text) || (text.length <= BIO_MAX_LENGTH && NAMED_SELF_INTRODUCTION.test(text))
}

/**
 * Whether a line is a writer's trade alone under their name ("Jane Doe" /
 * "Senior Editor", "Redakteur in der Wirtschaft."): a signature's second
 * line, wherever it stands, as no sentence of the story is so short.
 *
 * @param line
 *   The line.
 * @param previous
 *   The line above it, claimed or not.
 * @returns
 *   `true` when it is.
 */
function isTradeUnderName(line: Line, previous: Line | undefined): boolean {
  return previous !== undefined && lineWords(line) <= TRADE_LINE_MAX_WORDS && TRADE_LINE.test(lowerLine(line)) && isPersonName(previous.value)
}

/**
 * unified transformer plugin: drop an author's biography among the last
 * blocks of a text dump.
 *
 * @param format
 *   The input's format: only scraped text is read (default: `'text'`).
 * @returns
 *   Transformer.
 */
export function dropAuthorBios(format: 'text' | 'html' = 'text') {
  return function (tree: Root, file: VFile): void {
    if (format !== 'text') return
    const all = allLines(tree)
    // The tail is read as it stands before the boxes are dropped; the boxes go first, so that a label is dropped with its biography.
    const tail = all.filter(isUnclaimed).slice(-TAIL_LINES)
    for (const line of authorBoxLines(all)) {
      claim(line, {role: 'furniture'})
      report(file, 'furniture-dropped', `Unexpected author biography \`${line.value}\` in an author box, dropped`, line, line.value)
    }
    for (const line of tail) {
      if (!isUnclaimed(line) || !isClosingAuthorLine(line)) continue
      claim(line, {role: 'furniture'})
      report(file, 'furniture-dropped', `Unexpected author biography \`${line.value}\` at the end of the article, dropped`, line, line.value)
    }
    // The name is the line above among the unclaimed ones: a line of furniture between them changes nothing.
    const unclaimed = all.filter(isUnclaimed)
    unclaimed.forEach((line, index) => {
      if (!isTradeUnderName(line, unclaimed[index - 1])) return
      claim(line, {role: 'furniture'})
      report(file, 'furniture-dropped', `Unexpected trade \`${line.value}\` under the author’s name, dropped`, line, line.value)
    })
  }
}
