/**
 * Property-based tests (fast-check), with a fixed seed and few runs so that
 * the file runs in seconds. Each property says what the output is about, not
 * only that it validates: arbitrary strings, bytes and HTML-ish trees give
 * clean fields and no text that is not the input's (no script, style,
 * markup or invented text); prose keeps every sentence; an article followed
 * by junk keeps its paragraphs; every fixture truncated, shuffled, with
 * furniture lines added or whitespace mangled keeps to its input's text,
 * keeps no furniture, and whitespace changes nothing; blocks of pure
 * furniture added to a text fixture change nothing.
 *
 * The properties are defined in `scripts/fuzz.ts`, which runs them with many
 * more runs and a random seed (`npm run fuzz`). The checks they use are
 * tested here too, on articles made to break them: a check that cannot fail
 * proves nothing.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {
  allProperties,
  checkClean,
  checkFromSource,
  checkKept,
  checkNoFurniture,
  htmlSource,
  insertBlocks,
  loadFixtures,
  textSource
} from '../scripts/fuzz.js'
import {parse, toPlainText, type Article} from '../src/index.js'

/** Fixed, so that CI is repeatable; `npm run fuzz` searches with random seeds. */
const SEED = 20_240_619

/** An article with the given body paragraphs and title, the rest empty. */
function article(paragraphs: string[], title = ''): Article {
  return {kind: 'article', title, authors: [], keyPoints: [], body: paragraphs.map((text) => ({type: 'paragraph', text})), posts: [], related: []}
}

describe('the checks the properties use', () => {
  const text = 'Bridge to close for repairs\n\nThe council said the bridge would close in May.\nWork will take a year.\n'
  const html =
    '<html><head><title>Bridge to close</title><script>var code = 1</script></head><body>' +
    '<p>The council said <b>the bridge</b> would close.</p><p hidden>Hidden words here.</p><!-- a comment --></body></html>'

  it('should pass an article made of the input’s lines', () => {
    expect(() => checkFromSource(article(['The council said the bridge would close in May.'], 'Bridge to close for repairs'), textSource(text))).not.toThrow()
    expect(() => checkFromSource(article(['The council said the bridge would close.'], 'Bridge to close'), htmlSource(html))).not.toThrow()
    // The parser joins a figure's credit elements with ` / ` (and a table row's cells with ` | `): the joiner is no word.
    expect(() => checkFromSource(article(['The council said / the bridge would close.']), htmlSource(html))).not.toThrow()
    expect(() => checkFromSource(article(['the bridge / The council said']), htmlSource(html))).toThrow(/words in the order/)
  })

  it('should catch invented, merged, cut, reordered, hidden, commented and code text', () => {
    const source = textSource(text)
    expect(() => checkFromSource(article(['The council said the bridge would close in June.']), source)).toThrow(/word "June"/)
    expect(() => checkFromSource(article(['The council said the bridge would close in May. Work will take a year.']), source)).toThrow(/run of a line/)
    expect(() => checkFromSource(article(['The council said the bridge']), source)).toThrow(/whole line/)
    const page = htmlSource(html)
    expect(() => checkFromSource(article(['would close. The council said']), page)).toThrow(/words in the order/)
    expect(() => checkFromSource(article(['Hidden words here.']), page)).toThrow(/word "Hidden"/)
    expect(() => checkFromSource(article(['a comment']), page)).toThrow(/word "comment"/)
    expect(() => checkFromSource(article(['var code = 1']), page)).toThrow(/word "var"/)
    expect(() => checkFromSource(article(['The council said <b>the bridge</b> would close.']), page)).toThrow(/markup "<b"/)
    // With hidden text counted as the page's, the hidden paragraph is no invention; code still is.
    expect(() => checkFromSource(article(['Hidden words here.']), htmlSource(html, true))).not.toThrow()
    expect(() => checkFromSource(article(['var code = 1']), htmlSource(html, true))).toThrow(/word "var"/)
  })

  it('should catch controls, line breaks, invisibles and unfolded whitespace in any field', () => {
    expect(() => checkClean(article(['Clean text.'], 'A title'))).not.toThrow()
    for (const dirty of ['Bell\u0007 here', 'Two\nlines', 'Zero\u200bwidth', 'Soft\u00adhyphen', ' Leading space', 'Two  spaces', 'Tab\there']) {
      expect(() => checkClean(article([dirty])), JSON.stringify(dirty)).toThrow()
    }
    expect(() => checkClean({...article([]), authors: [{name: 'Jane\u0001 Doe'}]})).toThrow(/authors\[0\]\.name/)
  })

  it('should catch furniture kept as content, and a lost sentence', () => {
    expect(() => checkNoFurniture(article(['Share']))).toThrow(/furniture kept as body\[0\]\.text/)
    expect(() => checkNoFurniture(article(['Skip to main content.']))).toThrow(/furniture/)
    expect(() => checkNoFurniture(article(['Share the cost of the bridge, the council said.']))).not.toThrow()
    expect(() => checkKept(article(['One. Two.']), 'Two.')).not.toThrow()
    expect(() => checkKept(article(['One.']), 'Two.')).toThrow(/sentence lost/)
  })
})

describe('properties', () => {
  const fixtures = loadFixtures()

  it('should find fixtures of both front ends to mutate', () => {
    expect(fixtures.filter((fixture) => fixture.kind === 'text').length).toBeGreaterThan(0)
    expect(fixtures.filter((fixture) => fixture.kind === 'html').length).toBeGreaterThan(0)
  })

  it('should insert blocks only at blank-line boundaries', () => {
    expect(insertBlocks('a\nb\n\nc\n', [[0, 'X']])).toBe('a\nb\n\nX\n\nc\n')
    expect(insertBlocks('a\nb\n', [[0, 'X']])).toBe('a\nb\n')
  })

  // Found by the fuzzer: furniture after a post title made it the page's standfirst.
  it('should keep a live-blog post title when a furniture block follows it', () => {
    const fixture = fixtures.find((f) => f.name === 'guardian/2024-06-19-liveblog-footers-copy')
    // A missing fixture fails here: it must not pass by doing nothing.
    expect(fixture, 'fixture guardian/2024-06-19-liveblog-footers-copy').toBeDefined()
    const {input, options} = fixture!
    const before = parse(input, options)
    const after = parse(insertBlocks(input, [[6, 'Skip to main content']]), options)
    expect(before.posts.length).toBeGreaterThan(1)
    expect(after.standfirst).toBe(before.standfirst)
    expect(after.posts.map((post) => post.title)).toEqual(before.posts.map((post) => post.title))
    expect(toPlainText(after)).toBe(toPlainText(before))
  })

  for (const named of allProperties(fixtures)) {
    it(named.name, () => {
      fc.assert(named.property as fc.IProperty<unknown[]>, {seed: SEED, numRuns: named.runs})
    }, 60_000)
  }
})
