/**
 * The fast paths of the helpers answer as their general paths do: plain
 * class names read as they stand, others split by `splitNames`; text
 * measured with ASCII and non-ASCII whitespace alike; lines folded with or
 * without typographic marks alike, and cleaned with or without invisible
 * characters and extra spaces alike; sentences' ends read from the end as
 * the pattern finds them.
 */
import fc from 'fast-check'
import type {Element, Root} from 'hast'
import {describe, expect, it} from 'vitest'
import {hintWords} from '../src/html/hast.js'
import {measureText} from '../src/html/measure.js'
import {cleanLine, endsLikeSentence, foldLowerCase} from '../src/util/text.js'

/** The seed of the property checks, fixed as in `properties.test.ts`. */
const SEED = 20_240_619

/** A `<div>` with class names and an id. */
const div = (className: string[] | undefined, id?: string): Element => ({type: 'element', tagName: 'div', properties: {className, id}, children: []})

describe('hintWords', () => {
  it('should split plain names at - and _, dropping empty words', () => {
    expect(hintWords(div(['article__body--wide', '-x_', 'main'], 'story-1'))).toEqual(['article', 'body', 'wide', 'x', 'main', 'story', '1'])
  })

  it('should split camelCase and lower-case it, in class and id alike', () => {
    expect(hintWords(div(['NewsletterBox', 'plain-name'], 'mainContent'))).toEqual(['newsletter', 'box', 'plain', 'name', 'main', 'content'])
  })

  it('should lower-case capitals of any script and split at any space', () => {
    expect(hintWords(div(['ÄrgerNis'], 'a\u00a0b'))).toEqual(['ärger', 'nis', 'a', 'b'])
  })

  it('should give no words to an element without class or id', () => {
    expect(hintWords(div(undefined))).toEqual([])
  })
})

describe('measureText', () => {
  /** A root with one paragraph of text. */
  const page = (text: string): {root: Root; paragraph: Element} => {
    const paragraph: Element = {type: 'element', tagName: 'p', properties: {}, children: [{type: 'text', value: text}]}
    return {root: {type: 'root', children: [paragraph]}, paragraph}
  }

  it('should fold runs of whitespace, ASCII or not, to one character and drop them at the ends', () => {
    const {root, paragraph} = page('\u00a0 one\u3000\u2003two\t\nthree\u00a0')
    expect(measureText(root).get(paragraph)?.text).toBe('one two three'.length)
  })

  it('should count letters of other scripts as text', () => {
    const {root, paragraph} = page('Straße ünd 東京 Ελλάδα')
    expect(measureText(root).get(paragraph)?.text).toBe('Straße ünd 東京 Ελλάδα'.length)
  })
})

describe('foldLowerCase', () => {
  /** The general path: every typographic mark and whitespace run replaced, then the marks at the ends trimmed. */
  const general = (lower: string): string =>
    foldLowerCase(`${lower.replace(/[‘’`´“”„«»–—‒―]|\s{2,}|[^\S ]/g, (mark) => ({'‘': "'", '’': "'", '`': "'", '´': "'", '“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '–': '-', '—': '-', '‒': '-', '―': '-'})[mark] ?? ' ')}`)

  /** Texts made of letters, spaces, whitespace of other kinds and typographic marks. */
  const texts = fc.string({unit: fc.constantFrom('a', 'b', ' ', ' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '’', '“', '«', '–', '`', '´', '.', 'é', '東')})

  it('should fold a text as the general path does, whether it holds marks or not', () => {
    fc.assert(fc.property(texts, (text) => foldLowerCase(text) === general(text)), {seed: SEED, numRuns: 2000})
  })

  it('should fold two spaces in a row, and a space before other whitespace, to one space', () => {
    expect(foldLowerCase('a  b')).toBe('a b')
    expect(foldLowerCase('a \u00a0b')).toBe('a b')
    expect(foldLowerCase('a b')).toBe('a b')
  })
})

describe('cleanLine', () => {
  /** The general path: invisible characters dropped (a next-line control made a space), whitespace runs folded, the ends trimmed. */
  const general = (raw: string): string =>
    raw
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200D\u2060\uFEFF]/g, (character) => (character === '\u0085' ? ' ' : ''))
      .replace(/\s+/g, ' ')
      .trim()

  /** Lines made of letters, spaces, other whitespace and invisible characters. */
  const lines = fc.string({unit: fc.constantFrom('a', 'b', ' ', ' ', ' ', '\t', '\r', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u00ad', '\u200b', '\u0085', '\u0007', '’', 'é', '東')})

  it('should clean a line as the general path does, whether it is clean already or not', () => {
    fc.assert(fc.property(lines, (line) => cleanLine(line) === general(line)), {seed: SEED, numRuns: 2000})
  })

  it('should clean every UTF-16 unit as the general path does, inside a line and at its ends', () => {
    const differ: string[] = []
    for (let unit = 0; unit <= 0xffff; unit++) {
      const character = String.fromCharCode(unit)
      for (const line of [`a${character}b`, `${character}ab`, `ab${character}`]) if (cleanLine(line) !== general(line)) differ.push(unit.toString(16))
    }
    expect(differ).toEqual([])
  })
})

describe('endsLikeSentence', () => {
  /** The general path: a pattern anchored at the end. */
  const general = (text: string): boolean => /[.!?…:;]["'”’»)\]]*$/u.test(text)

  /** Texts made of letters, sentence marks, closing marks and an astral character. */
  const texts = fc.string({unit: fc.constantFrom('a', ' ', '.', '!', '?', '…', ':', ';', ',', '"', "'", '”', '’', '»', ')', ']', '(', '。', '😀')})

  it('should tell the end of a sentence as the pattern does', () => {
    fc.assert(fc.property(texts, (text) => endsLikeSentence(text) === general(text)), {seed: SEED, numRuns: 2000})
  })
})
