/**
 * The fast paths of the HTML front end's helpers answer as their general
 * paths do: plain class names read as they stand, others split by
 * `splitNames`; text measured with ASCII and non-ASCII whitespace alike.
 */
import type {Element, Root} from 'hast'
import {describe, expect, it} from 'vitest'
import {hintWords} from '../src/html/hast.js'
import {measureText} from '../src/html/measure.js'

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
