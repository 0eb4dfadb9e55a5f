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
 * @module
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {Root} from '../tree.js'
import {allLines, claim, isUnclaimed} from '../util/lines.js'

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
const TRADE = String.raw`(?:(?:senior |staff |contributing |freelance |freie[rn]? |political |chief )?(?:writer|reporter|editor|correspondent|journalist|columnist|contributor|professor|lecturer|researcher|fellow|redakteur(?:in)?|autor(?:in)?|journalist(?:in)?|korrespondent(?:in)?|kolumnist(?:in)?|professor(?:in)?|rédact(?:eur|rice)|journaliste|chroniqueu(?:r|se)|correspondant(?:e)?|periodista|redactor(?:a)?|corresponsal|columnista|giornalista|dziennikar(?:z|ka)|redaktor(?:ka)?))`

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
 * @returns
 *   `true` when it is.
 */
export function isAuthorBio(text: string): boolean {
  if (text.length > BIO_MAX_LENGTH) return false
  const name = NAME.exec(text)
  return name !== null && OCCUPATION.test(text.slice(name[0].length))
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
    const lines = allLines(tree).filter(isUnclaimed)
    for (const line of lines.slice(-TAIL_LINES)) {
      if (!isAuthorBio(line.value)) continue
      claim(line, {role: 'furniture'})
      report(file, 'furniture-dropped', `Unexpected author biography \`${line.value}\` at the end of the article, dropped`, line, line.value)
    }
  }
}
