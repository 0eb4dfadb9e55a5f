/**
 * The HTML front end's rules, each proved on small pages written here (not
 * the fixtures): author links, sections, key points, post times, embeds,
 * the end of a live feed.
 */
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'

/** A page around a body, with an optional head. */
const html = (body: string, head = '') => `<!doctype html><html lang="en"><head><title>Page</title>${head}</head><body>${body}</body></html>`

/** A paragraph of prose about a topic. */
const prose = (topic: string) =>
  `<p>The county council said on Thursday that ${topic} would be reviewed by an independent panel before the end of the year, after residents complained about the delays.</p>`

/** A live-blog post of `<article>` markup with a time and prose. */
const post = (id: string, datetime: string, shown: string, extra = '') =>
  `<article class="entry" id="${id}"><header><time datetime="${datetime}">${shown}</time><h2>Update on ${id}</h2></header>${prose(`the plan for ${id}`)}${extra}</article>`

describe('post times', () => {
  it('should give a `<time>` the precision it shows: "09:30" is `09:30`, not `09:30:00`', () => {
    const feed = ['a', 'b', 'c'].map((id, index) => post(id, `2024-05-02T0${9 - index}:30:00+02:00`, `0${9 - index}:30`)).join('')
    const article = parse(html(`<main><h1>Ferry strike live</h1><div class="live-feed">${feed}</div></main>`), {format: 'html'})
    expect(article.posts.map((each) => each.published?.time)).toEqual(['09:30', '08:30', '07:30'])
    expect(article.posts[0]?.published?.iso).toBe('2024-05-02T09:30:00+02:00')
  })

  it('should keep seconds the page does not show when they are not zero', () => {
    const feed = ['a', 'b', 'c'].map((id, index) => post(id, `2024-05-02T0${9 - index}:30:15Z`, `0${9 - index}:30`)).join('')
    const article = parse(html(`<main><h1>Ferry strike live</h1><div class="live-feed">${feed}</div></main>`), {format: 'html'})
    expect(article.posts[0]?.published?.time).toBe('09:30:15')
  })
})
