/**
 * Rules for the structure of whole-page text dumps, each proved on small
 * invented inputs: what of a page is the article and what is the page's
 * chrome around it (teasers, meta lines), when only the text is left.
 */
import {describe, expect, it} from 'vitest'
import {parse, toPlainText} from '../src/index.js'

/** Join lines as a scraper leaves them: one blank line between blocks. */
const page = (...blocks: string[]) => blocks.join('\n\n')

const prose = (topic: string) =>
  `The council said on Tuesday that ${topic} would be reviewed by an independent panel before the end of the year.`

describe('teasers in an article', () => {
  it('should keep the paragraphs above an inline “Read more” link in the body, and leave the page an article', () => {
    const text = page(
      'Harbour bridge to close for repairs',
      prose('the bridge'),
      prose('the ferry'),
      'Ferry fares to rise in the spring',
      'Read more',
      prose('the tunnel'),
      prose('the harbour wall'),
      'Tunnel tolls frozen for another year',
      'Read more',
      prose('the lighthouse')
    )
    const article = parse(text, {format: 'text'})
    const body = toPlainText(article)
    for (const topic of ['the ferry', 'the tunnel', 'the harbour wall']) expect(body).toContain(prose(topic))
    expect(article.kind).not.toBe('listing')
  })

  it('should take only the teaser closing a segment, not the article above it', () => {
    const teaser = (n: number) => [`Story number ${n} makes the news`, `A standfirst for story ${n} without a full stop`, prose(`story ${n}`), 'Continue reading…']
    const text = page('Harbour bridge to close for repairs', prose('the bridge'), prose('the ferry'), prose('the tunnel'), ...teaser(1), ...teaser(2))
    const article = parse(text, {format: 'text'})
    const body = toPlainText(article)
    for (const topic of ['the ferry', 'the tunnel']) expect(body).toContain(prose(topic))
    expect(body).not.toContain(prose('story 1'))
    expect(article.related.map((teaser) => teaser.title)).toEqual(['Story number 1 makes the news', 'Story number 2 makes the news'])
  })
})
