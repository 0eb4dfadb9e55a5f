/**
 * The HTML front end's rules, each proved on small pages written here (not
 * the fixtures): author links, sections, key points, post times, embeds,
 * the end of a live feed.
 */
import {describe, expect, it} from 'vitest'
import {parse, parseWithMessages} from '../src/index.js'

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

describe('post times beside the text', () => {
  it('should read a post\'s time from an aside that holds only it, not drop it as a sidebar', () => {
    const entry = (index: number) => `<div class="entry"><aside class="entry__aside"><time>${19 - Math.floor(index / 3)}:${String((index * 7) % 60).padStart(2, '0')}</time></aside><div class="entry__body"><p>Update ${index + 1}: the riders came round the last bend and the crowd rose as the leader crossed the line in front.</p></div></div>`
    const feed = Array.from({length: 8}, (_, index) => entry(index)).join('')
    const article = parse(html(`<main><h1>Live: the last night of the season</h1><div class="feed">${feed}</div></main>`), {format: 'html'})
    expect(article.kind).toBe('liveblog')
    expect(article.posts.map((each) => each.published?.time)).toEqual(['19:00', '19:07', '19:14', '18:21', '18:28', '18:35', '17:42', '17:49'])
    // The page's day dates them, a day back where the clock passes midnight going down a newest-first feed.
    const times = ['00:40', '00:10', '23:50', '23:20']
    const night = times.map((time, index) => `<div class="entry"><aside><time>${time}</time></aside><div><p>Update ${index + 1}: the riders came round the last bend and the crowd rose as the leader crossed the line in front.</p></div></div>`).join('')
    const dated = parse(html(`<main><h1>Live: the last night of the season</h1><p class="date">29 September 2020</p><div class="feed">${night}</div></main>`, '<meta name="live" content="LiveBlogPosting">'), {format: 'html', timeZone: 'Europe/Warsaw'})
    expect(dated.posts.map((each) => each.published?.iso)).toEqual(['2020-09-29T00:40:00+02:00', '2020-09-29T00:10:00+02:00', '2020-09-28T23:50:00+02:00', '2020-09-28T23:20:00+02:00'])
    // A sidebar stays a sidebar.
    const sidebar = '<aside class="rail"><h3>Latest</h3><p>Another story of the day, about the trains and the roads.</p><time>10:30</time></aside>'
    const page = parse(html(`<main><h1>Harbour works to start in May</h1>${prose('the harbour')}</main>${sidebar}`), {format: 'html'})
    expect(page.body.some((block) => 'text' in block && /trains/.test(block.text))).toBe(false)
  })
})

describe('post update times', () => {
  it('should read a post\'s update stamp in its footer, which goes as chrome while the stamp stays', () => {
    const footer = '<footer class="entry-footer"><a href="/share">Share</a> <time class="entry-updated" datetime="2024-05-02T09:41:00Z">Updated at 9.41am</time></footer>'
    const feed = post('a', '2024-05-02T09:30:00Z', '9.30am', footer) + post('b', '2024-05-02T08:30:00Z', '8.30am') + post('c', '2024-05-02T07:30:00Z', '7.30am')
    const article = parse(html(`<main><h1>Ferry strike live</h1><div class="live-feed">${feed}</div></main>`), {format: 'html'})
    expect(article.posts.map((each) => each.updated?.iso)).toEqual(['2024-05-02T09:41:00+00:00', undefined, undefined])
    expect(JSON.stringify(article)).not.toContain('Share')
  })
})

describe('author links', () => {
  const url = 'https://www.example-gazette.test/news/2024/05/02/harbour-works'

  it('should read a byline of links without "By" as its people, each with the page it links to', () => {
    const article = parse(
      html(`<main><h1>Harbour works to start in May</h1><div class="story__byline"><div class="name"><a href="/people/ines-calder/">Ines Calder</a></div><div class="role">Gazette staff</div></div>${prose('the harbour')}</main>`),
      {format: 'html', url}
    )
    expect(article.authors).toEqual([{name: 'Ines Calder', url: 'https://www.example-gazette.test/people/ines-calder/'}])
  })

  it('should give authors named elsewhere (meta, a "By" line) the pages their byline links to, in any language', () => {
    const article = parse(
      html(
        `<main><h1>Harbour works to start in May</h1><p class="article-auteur">Par <a href="/auteurs/ines-calder">Ines Calder</a> et <a href="https://www.example-gazette.test/auteurs/olek-brandt">Olek Brandt</a>, correspondants permanents à Brest</p>${prose('the harbour')}</main>`,
        '<meta name="author" content="Ines Calder">'
      ),
      {format: 'html', url}
    )
    expect(article.authors).toEqual([
      {name: 'Ines Calder', url: 'https://www.example-gazette.test/auteurs/ines-calder'},
      {name: 'Olek Brandt', role: 'correspondants permanents à Brest', url: 'https://www.example-gazette.test/auteurs/olek-brandt'}
    ])
  })

  it('should not take a teaser\'s byline (above the headline, in a list), nor a name linked to a page that is not a person\'s', () => {
    const teaser = '<div class="teaser"><a href="/news/other-story">Other story</a><span class="byline"><a href="/people/olek-brandt">Olek Brandt</a></span></div>'
    const credit = '<div class="byline"><a href="https://images.example/file/harbour-at-dusk.jpg">Marta Quell</a></div>'
    const article = parse(html(`${teaser}<main><h1>Harbour works to start in May</h1>${credit}${prose('the harbour')}</main>`), {format: 'html', url})
    expect(article.authors).toEqual([])
    const list = `<ul><li>${teaser}</li></ul>`
    expect(parse(html(`<main><h1>Harbour works to start in May</h1>${prose('the harbour')}</main>${list}`), {format: 'html', url}).authors).toEqual([])
  })

  it('should not take an author box whose links are not all names, nor a link to a place in the page', () => {
    const article = parse(
      html(`<main><h1>Harbour works to start in May</h1>${prose('the harbour')}<div class="author-card"><a href="#top">Ines Calder</a> <a href="/follow">Follow</a></div></main>`),
      {format: 'html', url}
    )
    expect(article.authors).toEqual([])
  })
})

describe('section', () => {
  it('should take the section from a category link when no metadata gives one', () => {
    const article = parse(
      html(`<main><div class="cat"><a href="/category/harbour-news/" rel="category tag">Harbour News</a></div><h1>Harbour works to start in May</h1>${prose('the harbour')}</main>`),
      {format: 'html'}
    )
    expect(article.section).toBe('Harbour News')
  })

  it('should prefer the section the metadata gives, and not take a long link', () => {
    const link = '<a href="/category/x/" rel="category">Harbour News</a>'
    expect(parse(html(`<main>${link}<h1>Harbour works</h1>${prose('the harbour')}</main>`, '<meta property="article:section" content="Coast">'), {format: 'html'}).section).toBe('Coast')
    const long = '<a href="/category/x/" rel="category">Everything you need to know about the harbour</a>'
    expect(parse(html(`<main>${long}<h1>Harbour works</h1>${prose('the harbour')}</main>`), {format: 'html'}).section).toBeUndefined()
  })
})

describe('key points', () => {
  const bullets = '<ul><li>The ferry will not run on Saturday or Sunday</li><li>Buses replace it between the two piers</li></ul>'

  it('should read the bullets under a "Summary" heading above the body as key points, not as a section or body text', () => {
    const article = parse(html(`<main><h1>Ferry strike: what it means for you</h1><h2>Summary</h2>${bullets}${prose('the ferry timetable')}</main>`), {format: 'html'})
    expect(article.keyPoints).toEqual(['The ferry will not run on Saturday or Sunday', 'Buses replace it between the two piers'])
    expect(article.section).toBeUndefined()
    expect(article.body.map((block) => block.type)).toEqual(['paragraph'])
  })

  it('should leave a "Summary" that closes the text in the body', () => {
    const article = parse(html(`<main><h1>Ferry strike: what it means for you</h1>${prose('the ferry timetable')}<h2>Summary</h2>${bullets}</main>`), {format: 'html'})
    expect(article.keyPoints).toEqual([])
    expect(article.body.map((block) => block.type)).toEqual(['paragraph', 'heading', 'list'])
  })
})

describe('datelines', () => {
  const feed = ['a', 'b', 'c'].map((id, index) => `<div class="card"><span class="card-time">${14 - index}:05 BST</span><h3>Update on ${id}</h3>${prose(`the plan for ${id}`)}</div>`).join('')

  it('should read "Last updated: 13:20 BST" in the header as the update time on the page\'s day', () => {
    const page = html(`<main><h1>Bridge closed live</h1><div class="meta"><span class="dateline">Tuesday 8 April 2025</span> <span class="last-update">Last updated: 14:05 BST</span></div><div class="live">${feed}</div></main>`, '<meta name="date" content="2025-04-08">')
    const article = parse(page, {format: 'html'})
    expect(article.updated).toMatchObject({iso: '2025-04-08T14:05:00+01:00', time: '14:05'})
    expect(JSON.stringify(article.body)).not.toContain('Last updated')
  })

  it('should read the Portuguese and Spanish cues of a dateline', () => {
    const page = (meta: string) => parse(html(`<main><h1>Bridge closed for the works</h1><p class="meta">${meta}</p>${prose('the bridge')}</main>`), {format: 'html'})
    const article = page('postado em 04/05/2022 05:49 / atualizado em 04/05/2022 07:50')
    expect(article.published).toMatchObject({date: '2022-05-04', time: '05:49'})
    expect(article.updated).toMatchObject({date: '2022-05-04', time: '07:50'})
    expect(page('Publicada el 04/05/2022 a las 05:49').published).toMatchObject({date: '2022-05-04', time: '05:49'})
  })

  it('should not take a post\'s own update line for the page\'s', () => {
    const cards = feed.replace('</h3>', '</h3><p>Updated: 15:10 BST</p>')
    const article = parse(html(`<main><h1>Bridge closed live</h1><div class="live">${cards}</div></main>`, '<meta name="date" content="2025-04-08">'), {format: 'html'})
    expect(article.posts.length).toBe(3)
    expect(article.updated).toBeUndefined()
  })
})

describe('the end of a live feed', () => {
  const feed = ['a', 'b', 'c'].map((id, index) => post(id, `2024-05-02T0${9 - index}:30:00Z`, `0${9 - index}:30`)).join('')

  it('should drop a short sign-off below the last post, sentence or not', () => {
    const page = html(`<main><h1>Ferry strike live</h1><div class="live-feed">${feed}<div class="feed-end">That is all from us today, thanks for reading.</div></div></main>`)
    const article = parse(page, {format: 'html'})
    expect(article.posts.length).toBe(3)
    expect(article.body).toEqual([])
  })

  it('should keep a long paragraph below the feed', () => {
    const page = html(`<main><h1>Ferry strike live</h1><div class="live-feed">${feed}</div>${prose('the ferry timetable')}</main>`)
    expect(parse(page, {format: 'html'}).body.map((block) => block.type)).toEqual(['paragraph'])
  })
})

describe('embeds', () => {
  it('should keep a social post\'s text as the caption, its author as the credit, and drop the date of its attribution line', () => {
    const embed = '<blockquote class="social-embed"><p>The north pier is closed until further notice. Use the south pier.</p>&mdash; Harbour Office (@harbouroffice) <a href="https://social.example/harbouroffice/status/42">May 2, 2024</a></blockquote>'
    const article = parse(html(`<main><h1>Ferry strike</h1>${prose('the pier')}${embed}</main>`), {format: 'html'})
    expect(article.body[1]).toEqual({
      type: 'figure',
      media: 'embed',
      caption: 'The north pier is closed until further notice. Use the south pier.',
      credit: 'Harbour Office (@harbouroffice)',
      src: 'https://social.example/harbouroffice/status/42'
    })
  })

  it('should keep an embed without an attribution line whole', () => {
    const embed = '<blockquote class="social-embed"><p>The north pier is closed until further notice.</p><p>Use the south pier.</p></blockquote>'
    const article = parse(html(`<main><h1>Ferry strike</h1>${prose('the pier')}${embed}</main>`), {format: 'html'})
    expect(article.body[1]).toMatchObject({type: 'figure', caption: 'The north pier is closed until further notice. Use the south pier.'})
    expect(article.body[1]).not.toHaveProperty('credit')
  })
})

describe('the site\'s name', () => {
  it('should not read a line that is only the site\'s name (the publisher under a byline) as a person or a paragraph', () => {
    const article = parse(
      html(
        `<main><h1>Harbour works to start in May</h1><div class="story-byline"><div class="who"><a href="/staff/ines-calder/">Ines Calder</a></div><div class="org">Harbour Gazette</div></div>${prose('the harbour')}</main>`,
        '<meta property="og:site_name" content="Harbour Gazette">'
      ),
      {format: 'html'}
    )
    expect(article.authors.map((author) => author.name)).toEqual(['Ines Calder'])
    expect(article.body.map((block) => block.type)).toEqual(['paragraph'])
  })
})

describe('bylines elsewhere', () => {
  it('should not take a commenter\'s linked name for the article\'s author', () => {
    const comments = '<ol class="comment-list"><li><div class="comment-author vcard"><a href="https://reader.example/">Marta Quell</a></div><p>I disagree with this plan, it is far too expensive for the town.</p></li></ol>'
    const article = parse(html(`<main><h1>Harbour works to start in May</h1>${prose('the harbour')}</main>${comments}`), {format: 'html'})
    expect(article.authors).toEqual([])
  })

  it('should not take a sidebar\'s author list for the article\'s author', () => {
    const aside = '<aside><div class="authors"><a href="/people/ines-calder">Ines Calder</a></div></aside>'
    const article = parse(html(`<main><h1>Harbour works to start in May</h1>${prose('the harbour')}</main>${aside}`), {format: 'html'})
    expect(article.authors).toEqual([])
  })
})

describe('a short line below the headline', () => {
  it('should be header furniture, not the section nor body text', () => {
    const article = parse(html(`<main><h1>Harbour works to start in May</h1><p>Enlarge image</p>${prose('the harbour')}</main>`), {format: 'html'})
    expect(article.section).toBeUndefined()
    expect(article.body.map((block) => block.type)).toEqual(['paragraph'])
  })

  it('should stay a heading when it is one', () => {
    const article = parse(html(`<main><h1>Harbour works to start in May</h1><h2>Background</h2>${prose('the harbour')}</main>`), {format: 'html'})
    expect(article.body.map((block) => block.type)).toEqual(['heading', 'paragraph'])
  })
})

describe('names in headings', () => {
  it('should not read a name alone in a heading as a byline', () => {
    const article = parse(html(`<main><h1>Five questions for the harbour master</h1>${prose('the harbour')}<h2>Marta Quell</h2>${prose('the pier')}</main>`), {format: 'html'})
    expect(article.authors).toEqual([])
    expect(article.body.map((block) => block.type)).toEqual(['paragraph', 'heading', 'paragraph'])
  })
})

describe('author pages', () => {
  it('should not give an author the home page or imprint their byline links to', () => {
    const article = parse(
      html(`<main><h1>Harbour works to start in May</h1><p class="byline">By <a href="/impressum.html">Ines Calder</a>, harbour correspondent</p>${prose('the harbour')}</main>`),
      {format: 'html', url: 'https://www.example-gazette.test/news/1'}
    )
    expect(article.authors).toEqual([{name: 'Ines Calder', role: 'harbour correspondent'}])
  })
})

describe('text locked behind a paywall', () => {
  const page = (locked: string) => html(`<main><article><h1>Ferry fares rise again</h1>${prose('the fares')}${locked}</article></main>`)

  it('should keep a hidden paywall block of prose paragraphs: the page holds the article\'s text', () => {
    const article = parse(page(`<div class="article-paywall" hidden>${prose('the timetable')}${prose('the harbour')}</div>`), {format: 'html'})
    const text = article.body.map((block) => ('text' in block ? block.text : '')).join('\n')
    expect(text).toContain('the timetable would be reviewed')
    expect(text).toContain('the harbour would be reviewed')
  })

  it('should drop a hidden subscription prompt, and hidden prose without a paywall class', () => {
    const prompt = '<div class="paywall-prompt" style="display: none"><p>Subscribe to keep reading</p><button>Subscribe</button></div>'
    const hidden = `<div class="more" hidden>${prose('the timetable')}${prose('the harbour')}</div>`
    const article = parse(page(prompt + hidden), {format: 'html'})
    const text = article.body.map((block) => ('text' in block ? block.text : '')).join('\n')
    expect(text).not.toContain('Subscribe')
    expect(text).not.toContain('the timetable')
    expect(text).toContain('the fares')
  })
})

describe('news tickers', () => {
  const en = (topic: string) => `The council said on Thursday that ${topic} would be reviewed by an independent panel before the end of the year.`
  const ticker = (lines: string[], head = '') => html(`<main><article><h1>Storm latest: the day in brief</h1>${head}${lines.join('')}</article></main>`)
  const times = (article: ReturnType<typeof parse>) => article.posts.map((post) => post.published?.iso)

  it('should open a post at each time that starts a paragraph, in every common form', () => {
    const dashed = parse(ticker(['14:20 GMT – the dam', '13:55 GMT – the bridge', '13:10 GMT – the harbour'].map((line) => `<p><b>${line.slice(0, 9)}</b>${line.slice(9, 12)}${en(line.slice(12))}</p>`)), {format: 'html', date: '2024-11-19'})
    expect(dashed.kind).toBe('liveblog')
    expect(times(dashed)).toEqual(['2024-11-19T14:20:00+00:00', '2024-11-19T13:55:00+00:00', '2024-11-19T13:10:00+00:00'])
    expect(dashed.posts[0]?.body).toEqual([{type: 'paragraph', text: en('the dam')}])
    const french = parse(ticker(['14h20', '13h55', '13h10'].map((time) => `<p>${time} ${en(`the dam at ${time}`)}</p>`)), {format: 'html', date: '2024-11-19', timeZone: 'Europe/Paris'})
    expect(times(french)).toEqual(['2024-11-19T14:20:00+01:00', '2024-11-19T13:55:00+01:00', '2024-11-19T13:10:00+01:00'])
  })

  it('should date the stamps below a day line, and step back over midnight in a newest-first feed', () => {
    const days = parse(ticker(['<h2>Tuesday 19 November</h2>', `<p>09:12 ${en('the dam')}</p>`, `<p>08:40 ${en('the bridge')}</p>`, '<h2>Monday 18 November</h2>', `<p>23:05 ${en('the harbour')}</p>`]), {format: 'html', date: '2024-11-20', timeZone: 'Europe/London'})
    expect(times(days)).toEqual(['2024-11-19T09:12:00+00:00', '2024-11-19T08:40:00+00:00', '2024-11-18T23:05:00+00:00'])
    expect(JSON.stringify(days)).not.toContain('Monday 18 November')
    const midnight = parse(ticker([`<p>00:40 ${en('the dam')}</p>`, `<p>00:05 ${en('the bridge')}</p>`, `<p>23:50 ${en('the harbour')}</p>`, `<p>23:10 ${en('the school')}</p>`]), {format: 'html', date: '2024-11-19', timeZone: 'UTC'})
    expect(times(midnight)).toEqual(['2024-11-19T00:40:00+00:00', '2024-11-19T00:05:00+00:00', '2024-11-18T23:50:00+00:00', '2024-11-18T23:10:00+00:00'])
  })

  it('should leave a schedule table and a rail of the latest news below an article alone', () => {
    const schedule = parse(ticker(['<p>Time | Place</p>', '<p>11:00 AM | Leaves home and walks to the library with her friends</p>', '<p>2:00 PM | Leaves the library and waits near the harbour gate</p>', '<p>4:20 PM | Walks along the quay and says goodbye to everyone</p>']), {format: 'html'})
    expect(schedule.kind).toBe('article')
    const article = Array.from({length: 12}, (_, index) => `<p>${en(`part ${index} of the plan`)}</p>`).join('')
    const rail = `<ul>${['14:44', '14:32', '14:10', '13:54'].map((time) => `<li>${time} Ministers meet to discuss the new harbour budget today</li>`).join('')}</ul>`
    const withRail = parse(ticker([article, rail]), {format: 'html', date: '2024-11-19'})
    expect(withRail.kind).toBe('article')
    expect(withRail.posts).toEqual([])
  })

  it('should read a post time kept in a data attribute (epoch milliseconds) and a clock with an age glued before it', () => {
    const card = (index: number, time: string) => `<div class="update" ${time}><h3>Update ${index}</h3><p>${en(`item ${index}`)}</p></div>`
    const epoch = parse(html(`<main><h1>Storm latest</h1><div class="feed">${[0, 1, 2].map((index) => card(index, `data-post-time="${1_714_640_000_000 - index * 600_000}"`)).join('')}</div></main>`), {format: 'html'})
    expect(times(epoch)).toEqual(['2024-05-02T08:53:20+00:00', '2024-05-02T08:43:20+00:00', '2024-05-02T08:33:20+00:00'])
    expect(epoch.posts.map((post) => post.title)).toEqual(['Update 0', 'Update 1', 'Update 2'])
    const aged = (index: number) => `<div class="post"><time>${21 + index} mins ago11:4${5 - index}</time><h3>Update ${index}</h3><p>${en(`item ${index}`)}</p></div>`
    const glued = parse(html(`<main><h1>Storm latest</h1><div class="feed">${[0, 1, 2].map(aged).join('')}</div></main>`), {format: 'html', date: '2024-05-02', timeZone: 'UTC'})
    expect(times(glued)).toEqual(['2024-05-02T11:45:00+00:00', '2024-05-02T11:44:00+00:00', '2024-05-02T11:43:00+00:00'])
    expect(JSON.stringify(glued)).not.toContain('mins ago')
  })
})

describe('the zone of time-only post stamps', () => {
  const card = (index: number) => `<div class="post"><time>2${index}:1${index}</time><h3>Update ${index}</h3>${prose(`item ${index}`)}</div>`
  const feed = `<main><h1>Harbour fire live</h1><div class="live-feed">${[2, 1, 0].map(card).join('')}</div></main>`
  const utc = '<meta property="article:published_time" content="2020-10-06T19:00:00Z">'

  it('should not read them in the Z of a UTC machine timestamp', () => {
    const article = parse(html(feed, utc), {format: 'html'})
    expect(article.posts.map((post) => [post.published?.date, post.published?.time, post.published?.iso])).toEqual([
      ['2020-10-06', '22:12', undefined],
      ['2020-10-06', '21:11', undefined],
      ['2020-10-06', '20:10', undefined]
    ])
  })

  it('should read them in the offset of the page\'s JSON-LD updates', () => {
    const updates = [0, 1, 2].map((index) => `{"@type":"BlogPosting","headline":"Update ${index}","datePublished":"2020-10-06T2${index}:1${index}:00+01:00"}`).join(',')
    const jsonLd = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Harbour fire live","liveBlogUpdate":[${updates}]}</script>`
    const article = parse(html(feed, utc + jsonLd), {format: 'html'})
    expect(article.posts.map((post) => post.published?.iso)).toEqual(['2020-10-06T22:12:00+01:00', '2020-10-06T21:11:00+01:00', '2020-10-06T20:10:00+01:00'])
  })
})

describe('structured data confirms and completes the posts of the markup', () => {
  const liveBlog = (updates: string) => `<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Harbour fire live","liveBlogUpdate":[${updates}]}</script>`

  it('should read per-post microdata: the exact instant behind a shown clock, and the headline', () => {
    const card = (index: number) =>
      `<div class="post" itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting"><meta itemprop="datePublished" content="2024-03-05T1${index}:2${index}:00+01:00"><span class="time">1${index}:2${index}</span><p class="post-title" itemprop="headline">Crews reach pier ${index}</p>${prose(`pier ${index}`)}</div>`
    const article = parse(html(`<main><h1>Harbour fire live</h1><div class="live-feed">${[3, 2, 1].map(card).join('')}</div></main>`), {format: 'html'})
    expect(article.kind).toBe('liveblog')
    expect(article.posts.map((post) => [post.published?.iso, post.title])).toEqual([
      ['2024-03-05T13:23:00+01:00', 'Crews reach pier 3'],
      ['2024-03-05T12:22:00+01:00', 'Crews reach pier 2'],
      ['2024-03-05T11:21:00+01:00', 'Crews reach pier 1']
    ])
    expect(JSON.stringify(article.posts[0]!.body)).not.toContain('Crews reach pier')
  })

  it('should complete a shown clock with the JSON-LD update of the same title, and only when the minutes agree', () => {
    const card = (index: number) => `<div class="post"><span class="time">1${index}:2${index}</span><h3>Crews reach pier ${index}</h3>${prose(`pier ${index}`)}</div>`
    const feed = `<main><h1>Harbour fire live</h1><div class="live-feed">${[3, 2, 1].map(card).join('')}</div></main>`
    const updates = [1, 2, 3].map((index) => `{"@type":"BlogPosting","headline":"Crews reach pier ${index}","datePublished":"2024-03-05T1${index}:${index === 1 ? '59' : `2${index}`}:00+01:00"}`).join(',')
    const article = parse(html(feed, liveBlog(updates)), {format: 'html'})
    // The third post's update gives another minute: not taken, and the clock alone has no day.
    expect(article.posts.map((post) => post.published?.iso)).toEqual(['2024-03-05T13:23:00+01:00', '2024-03-05T12:22:00+01:00', undefined])
    const disagreeing = [1, 2, 3].map((index) => `{"@type":"BlogPosting","headline":"Crews reach pier ${index}","datePublished":"2024-03-05T1${index}:59:00+01:00"}`).join(',')
    const unconfirmed = parse(html(feed, liveBlog(disagreeing)), {format: 'html'})
    expect(unconfirmed.posts.map((post) => post.published?.time)).toEqual(['13:23', '12:22', '11:21'])
  })

  it('should trust the JSON-LD over `Z` stamps one hour off every one of its instants, and say so', () => {
    const card = (index: number) => `<div class="post" id="p${index}"><time datetime="2024-03-05T1${index}:2${index}:00Z">1${index}:2${index}</time><h3>Crews reach pier ${index}</h3>${prose(`pier ${index}`)}</div>`
    const feed = `<main><h1>Harbour fire live</h1><div class="live-feed">${[3, 2, 1].map(card).join('')}</div></main>`
    const updates = (offset: string) => [1, 2, 3].map((index) => `{"@type":"BlogPosting","@id":"https://example.com/live#p${index}","headline":"Pier ${index}","datePublished":"2024-03-05T1${index}:2${index}:00${offset}"}`).join(',')
    const {article, messages} = parseWithMessages(html(feed, liveBlog(updates('+01:00'))), {format: 'html'})
    expect(article.posts.map((post) => post.published?.iso)).toEqual(['2024-03-05T13:23:00+01:00', '2024-03-05T12:22:00+01:00', '2024-03-05T11:21:00+01:00'])
    expect(messages.some((message) => message.ruleId === 'instant-chosen' && message.reason.includes('labelled as UTC'))).toBe(true)
    // The same instants: nothing to correct.
    const agreeing = parse(html(feed, liveBlog(updates('+00:00'))), {format: 'html'})
    expect(agreeing.posts.map((post) => post.published?.iso)).toEqual(['2024-03-05T13:23:00+00:00', '2024-03-05T12:22:00+00:00', '2024-03-05T11:21:00+00:00'])
  })
})

describe('ordinary pages stay articles', () => {
  const story = `<h1>Harbour plan reviewed</h1>${prose('the harbour plan')}${prose('the budget')}`

  it('should not take a list of items that show only their day for posts, whatever time their datetime keeps', () => {
    const item = (index: number) => `<div class="feed-item"><time datetime="2020-10-1${index}T13:08:24Z">10/1${index}/2020</time>${prose(`item ${index}`)}</div>`
    const article = parse(html(`<main>${story}<div class="feed">${[8, 7, 6, 5, 4, 3].map(item).join('')}</div></main>`), {format: 'html'})
    expect(article.kind).toBe('article')
    expect(article.posts).toEqual([])
  })

  it('should not take answers written years apart for posts', () => {
    const answer = (year: number) => `<div class="answer"><time datetime="${year}-02-06T21:03:32">${year}-02-06 21:03</time>${prose(`the answer of ${year}`)}</div>`
    const article = parse(html(`<main>${story}<div class="answers">${[2014, 2015, 2016, 2018, 2019, 2021].map(answer).join('')}</div></main>`), {format: 'html'})
    expect(article.kind).toBe('article')
    expect(JSON.stringify(article)).toContain('the answer of 2018')
  })

  it('should read the times of a schedule table as its text, not as post stamps', () => {
    const row = (time: string, place: string) => `<tr><td>${time}</td><td><p>Leaves for ${place} and stays there until the next stop of the day.</p></td></tr>`
    const table = `<table><tr><th>Time</th><th>Location</th></tr>${row('8:10 AM', 'the library')}${row('12:30 PM', 'the harbour')}${row('4:00 PM', 'the station')}</table>`
    const article = parse(html(`<main>${story}${table}</main>`), {format: 'html'})
    expect(article.kind).toBe('article')
    expect(JSON.stringify(article.body)).toContain('12:30 PM')
  })
})

describe('a note of the feed\'s zone', () => {
  it('should read the stamps below "All times BST" in BST, and drop the note', () => {
    const en = (topic: string) => `The council said on Thursday that ${topic} would be reviewed by an independent panel before the end of the year.`
    const feed = ['9.41am', '9.12am', '8.50am'].map((time, index) => `<h3>${time}</h3><p>${en(`item ${index}`)}</p>`).join('')
    const article = parse(html(`<main><article><h1>Storm latest: live updates</h1><p>All times BST</p>${feed}</article></main>`), {format: 'html', date: '2024-07-18', timeZone: 'Europe/Berlin'})
    expect(article.posts.map((post) => post.published?.iso)).toEqual(['2024-07-18T09:41:00+01:00', '2024-07-18T09:12:00+01:00', '2024-07-18T08:50:00+01:00'])
    expect(JSON.stringify(article)).not.toContain('All times BST')
  })

  it('should read a ticker of scraped text under "Alle Zeiten in MEZ" in MEZ', () => {
    const de = (topic: string) => `Der Rat sagte am Donnerstag, dass ${topic} bis zum Ende des Jahres von einem Gremium geprüft werde.`
    const text = ['Sturm im Norden: der Ticker', 'Alle Zeiten in MEZ', ...['12.31', '11.02', '09.15'].map((time, index) => `${time} Uhr: ${de(`der Punkt ${index}`)}`)].join('\n\n')
    const article = parse(text, {format: 'text', date: '2024-01-18', timeZone: 'America/New_York'})
    expect(article.posts.map((post) => post.published?.iso)).toEqual(['2024-01-18T12:31:00+01:00', '2024-01-18T11:02:00+01:00', '2024-01-18T09:15:00+01:00'])
  })
})

describe('a live feed of two posts', () => {
  it('should keep the ids the page gives from the second post on, as it grows', () => {
    const card = (id: number, time: string) => `<article class="entry" data-post-id="p-${id}"><time datetime="2024-05-02T${time}:00Z">${time}</time><h2>Update ${id}</h2>${prose(`update ${id}`)}</article>`
    const page = (cards: string) => html(`<main><h1>Ferry strike live</h1><div class="live-feed">${cards}</div></main>`)
    const two = parse(page(card(17, '09:30') + card(16, '08:45')), {format: 'html'})
    const three = parse(page(card(18, '10:15') + card(17, '09:30') + card(16, '08:45')), {format: 'html'})
    expect(two.posts.map((post) => post.id)).toEqual(['p-17', 'p-16'])
    expect(three.posts.map((post) => post.id)).toEqual(['p-18', 'p-17', 'p-16'])
  })
})
