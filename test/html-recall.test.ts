/**
 * The HTML front end's recall rules (issue 13, item 2), each proved on a
 * small page written here: regions whose markup looks like furniture but
 * that hold the article's own text stay.
 */
import {describe, expect, it} from 'vitest'
import {parse, parseWithMessages, toPlainText} from '../src/index.js'

/** A page around a body. */
const html = (body: string) => `<!doctype html><html lang="de"><head><title>Page</title></head><body>${body}</body></html>`

/** A paragraph of prose about a topic. */
const prose = (topic: string) =>
  `<p>The county council said on Thursday that ${topic} would be reviewed by an independent panel before the end of the year, after residents complained about the delays.</p>`

describe('a content system\'s `cmp-` components', () => {
  it('should keep the article\'s components (`cmp-container`, `cmp-text`) and still drop a consent prompt (`cmp-banner`)', () => {
    const body = `<div class="cmp-container"><div class="cmp-text">${prose('the bridge')}${prose('the ferry')}</div></div>`
    const consent = '<div class="cmp-banner"><p>We use cookies to measure how the site is used. You can change your choice at any time in the settings of this site.</p></div>'
    const {article} = parseWithMessages(html(`<main><h1>Bridge to close for repairs</h1>${prose('the harbour wall')}${body}${consent}</main>`), {format: 'html'})
    const text = toPlainText(article)
    expect(text).toContain('the harbour wall')
    expect(text).toContain('the bridge')
    expect(text).toContain('the ferry')
    expect(text).not.toContain('We use cookies')
  })
})
