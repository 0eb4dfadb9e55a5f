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

describe('a form around prose', () => {
  it('should keep a form that holds paragraphs of prose (a product\'s description in its order form)', () => {
    const form = `<form action="/basket" method="post"><label>Amount</label><input name="amount"><div class="description">${prose('the bridge')}${prose('the ferry')}${prose('the pier')}</div></form>`
    // Beside the page's other text, so that the form is not most of it.
    const intro = ['the harbour wall', 'the car park', 'the bus lanes'].map(prose).join('')
    const article = parse(html(`<main><h1>Bridge to close for repairs</h1>${intro}${form}</main>`), {format: 'html'})
    const text = toPlainText(article)
    expect(text).toContain('the bridge')
    expect(text).toContain('the ferry')
  })

  it('should drop a comment form and a sign-up form, whose text is labels and one notice', () => {
    const comment = '<form action="/comment"><p>Your email address will not be published. Required fields are marked.</p><label>Comment</label><textarea></textarea><label>Name</label><input name="name"></form>'
    const signup = '<form action="/signup"><h3>Our newsletter</h3><p>Get the best stories of the week in your inbox every Friday morning.</p><input name="email"></form>'
    const article = parse(html(`<main><h1>Bridge to close for repairs</h1>${prose('the bridge')}${prose('the ferry')}${comment}${signup}</main>`), {format: 'html'})
    const text = toPlainText(article)
    expect(text).toContain('the ferry')
    expect(text).not.toContain('will not be published')
    expect(text).not.toContain('Get the best stories')
  })
})

describe('a live commentary named as comments', () => {
  it('should keep the newsroom\'s running commentary (`live-match-comments`) and still drop the readers\' comments', () => {
    const entry = (minute: string, text: string) => `<div class="live-match-comment"><div class="live-match-comment-time"><span>${minute}'</span></div><div class="live-match-comment-body">${text}</div></div>`
    const commentary = `<div class="live-match-comments">${entry('90', 'The referee adds five minutes of stoppage time after a long delay for an injury.')}${entry('88', 'Harbour City nearly score again, but the header from the corner goes just wide.')}</div>`
    const readers = '<div class="comments"><div class="comment-body">Great match, I was in the stand behind the goal and the noise was incredible all evening.</div></div>'
    const text = toPlainText(parse(html(`<main><h1>Harbour City draw with Valley Rovers</h1>${prose('the match')}${commentary}${readers}</main>`), {format: 'html'}))
    expect(text).toContain('stoppage time')
    expect(text).toContain('goes just wide')
    expect(text).not.toContain('behind the goal')
  })
})

describe('a post in a list item', () => {
  it('should read a blog engine\'s post inside `<ul><li class="post">` paragraph by paragraph, not as one list item', () => {
    const post = `<li class="post"><h2><a href="/2024/05/harbour">Harbour works to start in May</a></h2><div class="postdata">Posted by Jane Doe</div><div class="entry">${prose('the harbour wall')}${prose('the bridge')}${prose('the ferry')}</div></li>`
    const comments = '<li class="post"><h3>No Comments</h3><p>Leave a comment</p></li>'
    const article = parse(html(`<div id="content"><ul>${post}${comments}</ul></div>`), {format: 'html'})
    const paragraphs = article.body.filter((block) => block.type === 'paragraph').map((block) => ('text' in block ? block.text : ''))
    expect(paragraphs.some((text) => text.startsWith('The county council said on Thursday that the bridge'))).toBe(true)
    expect(paragraphs.every((text) => !text.includes('Posted by Jane Doe The county council'))).toBe(true)
  })

  it('should keep a list whose items hold a short paragraph or two a list', () => {
    const step = (what: string) => `<li><p>${what}.</p><p>Check it twice.</p></li>`
    const list = `<ol>${step('Close the valve')}${step('Drain the pipe')}${step('Open the hatch')}</ol>`
    const article = parse(html(`<main><h1>Bridge to close for repairs</h1>${prose('the harbour wall')}${prose('the bridge')}${list}</main>`), {format: 'html'})
    expect(JSON.stringify(article.body.filter((block) => block.type === 'list'))).toContain('Drain the pipe. Check it twice.')
  })
})
