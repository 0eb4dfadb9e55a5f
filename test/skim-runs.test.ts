/**
 * `skimRuns`: parse5 with runs of plain characters read at once builds the
 * same tree as parse5 alone, whatever ends or interrupts a run (a `<` in a
 * script, a quote or a character reference in a value, a carriage return, a
 * NUL, a surrogate pair, the end of the input). This guards the use of
 * parse5's protected members against a change of parse5.
 */
import {parse} from 'parse5'
import {describe, expect, it} from 'vitest'
import {hastTreeAdapter, parseToHast, settleText} from '../src/html/hast-tree-adapter.js'

/** The tree without what only the parser reads (parents are cycles). */
const PARSE_ONLY = new Set(['parent', 'attrs', 'flatLength', 'depth'])

/**
 * A tree as JSON, to compare.
 *
 * @param tree
 *   A tree of `hastTreeAdapter`.
 * @returns
 *   Its JSON.
 */
function json(tree: unknown): string {
  return JSON.stringify(tree, (key, value: unknown) => (PARSE_ONLY.has(key) ? undefined : value))
}

/**
 * The tree of parse5 alone, with the same adapter.
 *
 * @param html
 *   A page.
 * @returns
 *   Its JSON.
 */
function plainParse(html: string): string {
  const tree = parse(html, {treeAdapter: hastTreeAdapter})
  settleText()
  return json(tree)
}

/** Pieces of pages, joined at random below. */
const PIECES = [
  '<script>', '</script>', '<script type="application/ld+json">', '<style>', '</style>', '<noscript>', '</noscript>',
  '<iframe>', '</iframe>', '<xmp>', '<textarea>', '</textarea>', '<title>', '</title>', '<svg>', '</svg>', '<table>', '<p>',
  '<!--', '-->', '</scr', 'ipt>', '<', '>', '/', '=', 'a b', 'x<y', '{"a": "b"}', ' ', '\t', '\n', '\r', '\r\n', '\0',
  '😀', '\ud800', 'é', '&amp;', '&', '&#x26;', '<a href="', '<p class="', "<p title='", '<img data-src="', '"', "'", ' x=',
  // Text in the modes where words and spaces are read as one run, and beside them.
  'one two  three', ' \n lead', '<pre>', '<b>', '</b>', '<i>', '<td>', '<caption>', '<tr>', '<frameset>', '<math>', '</math>', '<select>', '<body>', '</body>', '</html>',
  // Names of tags and attributes (capitals are lower-cased, other letters kept), and comments.
  '<DiV', '</DIV>', '<sEcTiOn', ' DATA-Src="', ' ClAsS=', ' dätä-İx=', ' a\u0000b', ' x"y=', "'", '<!---', '--!>', '<!-->', '<!-- a - b <c -->', '<!',
  // End tags with attributes or a trailing solidus (parse errors read through; the end-tag token is reused, `end-tag-token.ts`).
  '</p class="x">', '</b/>', '</a x y=1>'
]

/**
 * A random number generator with a seed, so that a failure is repeated.
 *
 * @param seed
 *   The seed.
 * @returns
 *   A function giving numbers in [0, 1).
 */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
}

describe('skimRuns', () => {
  it('builds the tree parse5 builds, on pages made to interrupt runs', () => {
    const pages = [
      '<script>var a = 1 < 2;\r\nvar b = "</div>";</script><p>Text</p>',
      '<script><!--<script>x</script>y--></script><p>After</p>',
      '<style>p { color: red }\r\n</style><p class="a\r\nb &amp; c" title=\'it&apos;s\'>x</p>',
      '<script type="application/ld+json">{"headline": "A \u0000 b 😀 \ud800 c"}</script>',
      '<p data-x="never closed',
      '<script>never closed',
      '<img srcset="a.jpg 1x, b.jpg 2x" alt="&lt;b&gt;">',
      '<DIV ClaSS="x" DATA-Ünï="y" a\r\nb=1 c\u0000d><sPaN/>Text</DiV><!-- kept - out <b>old</b> --!><!-- 😀 \ud800 --><!-- never closed',
      // Past parse5's buffer mark (64 KiB since the last token), it drops the input it has read as it emits a
      // token: a run read before its token is made (the spaces' token ends at the words) is then appended as text.
      '<p><b>b</b>' + ' '.repeat(70_000) + 'words after spaces</p><p title="' + 'v'.repeat(70_000) + '">x</p>'
    ]
    for (const html of pages) expect(json(parseToHast(html, 400).tree)).toBe(plainParse(html))
  })

  it('builds the tree parse5 builds, on random pages', () => {
    const next = random(12)
    for (let page = 0; page < 3000; page++) {
      let html = ''
      const pieces = 1 + Math.floor(next() * 25)
      for (let index = 0; index < pieces; index++) html += PIECES[Math.floor(next() * PIECES.length)]
      expect(json(parseToHast(html, 400).tree), JSON.stringify(html)).toBe(plainParse(html))
    }
  })
})
