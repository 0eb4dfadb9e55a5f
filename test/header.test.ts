/**
 * The header of an HTML page: the visible headline among the metadata
 * titles, the site names and sections cut from those titles, and the
 * standfirst under the headline. Every page here is written for the test
 * (invented names and words), with the negative cases beside each rule: a
 * cookie text, the first body paragraph, a kicker, a byline and a dateline
 * are never the standfirst, and a colon inside a headline stays.
 */
import {describe, expect, it} from 'vitest'
import {parse, parseWithMessages, toPlainText} from '../src/index.js'
import {agreesWithAny, tokenF1} from '../src/util/agreement.js'
import {letterKey} from '../src/util/letter-key.js'
import {affixAround, stripSiteNames} from '../src/util/titles.js'

/** Body paragraphs, long enough to be prose. */
const body = (topic: string, count = 3) =>
  Array.from({length: count}, (_, index) => `<p>Paragraph ${index + 1} about ${topic}: the harbour board met on Tuesday and agreed that the works would go ahead before the winter storms.</p>`).join('\n')

/** A page with a head and a body. */
const html = (head: string, content: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${content}</body></html>`

/** The `reason` of the first message with a rule id. */
const reasonOf = (input: string, ruleId: string) => parseWithMessages(input, {format: 'html'}).messages.find((message) => message.ruleId === ruleId)?.reason

describe('title utilities', () => {
  it('should compare headlines by their letters', () => {
    expect(letterKey('Harbour: “Reopens” ｜ ＡＢＣ')).toBe('harbourreopensabc')
  })

  it('should find a site name or kicker around a headline, with every separator', () => {
    for (const separator of ['|', '-', '–', '—', ':', '·', '»', '/', '｜', '：', 'ㅣ', '／', '－']) {
      expect(affixAround(`Harbour reopens after the storm ${separator} Valley Post`, 'Harbour reopens after the storm'), separator).toEqual({affix: 'Valley Post', at: 'end'})
      expect(affixAround(`Valley Post ${separator} Harbour reopens after the storm`, 'Harbour reopens after the storm'), separator).toEqual({affix: 'Valley Post', at: 'start'})
    }
    expect(affixAround('Harbour reopens after the storm [Valley Post]', 'Harbour reopens after the storm')?.at).toBe('end')
    expect(affixAround('Who reopened the harbour? - Valley Post', 'Who reopened the harbour?')?.affix).toBe('Valley Post')
  })

  it('should not take words of the headline itself for an affix', () => {
    expect(affixAround('Harbour reopens after the storm', 'Harbour reopens')).toBeUndefined()
    // The affix is the smaller part: a logo's text is not confirmed by a title that ends with it.
    expect(affixAround('A long story about the harbour works | Post', 'Post')).toBeUndefined()
  })

  it('should strip declared names at either end, however joined, and keep a colon of the headline', () => {
    expect(stripSiteNames('Storm: the harbour reopens | Valley Post', ['Valley Post'])).toEqual({title: 'Storm: the harbour reopens', removed: ['Valley Post']})
    expect(stripSiteNames('Valley Post - Storm: the harbour reopens', ['Valley Post']).title).toBe('Storm: the harbour reopens')
    expect(stripSiteNames('港が三年ぶりに再開した：谷新聞デジタル', ['谷新聞デジタル']).title).toBe('港が三年ぶりに再開した')
    expect(stripSiteNames('항구가 다시 열렸다"-사회ㅣ계곡일보', ['계곡일보', '사회']).title).toBe('항구가 다시 열렸다"')
    // A name inside the headline, without a separator, is part of it.
    expect(stripSiteNames('Valley Post staff win an award', ['Valley Post']).title).toBe('Valley Post staff win an award')
  })

  it('should measure agreement by shared words', () => {
    expect(tokenF1('The harbour reopens today', 'the harbour reopens today.')).toBe(1)
    expect(agreesWithAny('The harbour board reopened the quay on Tuesday', ['Council elects a new mayor'])).toBe(false)
  })
})

describe('headline', () => {
  it('should read the heading a reader sees: no hidden part, no button label, a space at each break', () => {
    const hidden = html('<title>Other words entirely here</title>', `<article><h1>Harbour quay <span hidden>secret words</span>reopens<button>Listen</button></h1>${body('the quay')}</article>`)
    expect(parse(hidden, {format: 'html'}).title).toBe('Harbour quay reopens')
    const broken = html('<title>Other words entirely here</title>', `<article><h1>Harbour quay<br>reopens <div>after three years</div></h1>${body('the quay')}</article>`)
    expect(parse(broken, {format: 'html'}).title).toBe('Harbour quay reopens after three years')
  })

  it('should leave a heading’s permalink glyph out (¶), in markup and in text', () => {
    const page = html('<title>Shared history — a guide</title>', `<article><h1>Shared history<a class="headerlink" href="#shared-history" title="Permalink">¶</a></h1>${body('the history')}</article>`)
    expect(parse(page, {format: 'html'}).title).toBe('Shared history')
    expect(parse(`Shared history¶\n\n${body('the history').replace(/<\/?p>/g, '\n\n')}`, {format: 'text'}).title).toBe('Shared history')
  })

  it('should not take a title’s longer part for a site name', () => {
    // Only the document title: "Google - Site Reliability Engineering" names a book's site, not a page called "Google".
    expect(parse(html('<title>Google - Site Reliability Engineering</title>', `<article>${body('the pager')}</article>`), {format: 'html'}).title).toBe('Google - Site Reliability Engineering')
    expect(parse(html('<title>Mozilla - Wikipedia</title>', `<article>${body('the browser')}</article>`), {format: 'html'}).title).toBe('Mozilla')
  })

  it('should take the visible h1 over the SEO and social titles, and say why', () => {
    const page = html('<title>Quay reopening: what you need to know | Valley Post</title><meta property="og:title" content="Quay reopening: what you need to know">', `<article><h1>Harbour quay reopens after three years of works</h1>${body('the quay')}</article>`)
    expect(parse(page, {format: 'html'}).title).toBe('Harbour quay reopens after three years of works')
    expect(reasonOf(page, 'title-found')).toMatch(/`h1`/)
  })

  it('should name the metadata that confirms the heading', () => {
    const page = html('<title>Harbour quay reopens - Valley Post</title><meta property="og:title" content="Harbour quay reopens">', `<article><h1>Harbour quay reopens</h1>${body('the quay')}</article>`)
    expect(parse(page, {format: 'html'}).title).toBe('Harbour quay reopens')
    expect(reasonOf(page, 'title-found')).toBe('Headline from the page’s `h1`, confirmed by `meta[og:title]`, `title`')
  })

  it('should keep a colon that is part of the headline', () => {
    const page = html('<title>Storm: the harbour reopens | Valley Post</title>', `<article><h1>Storm: the harbour reopens</h1>${body('the storm')}</article>`)
    expect(parse(page, {format: 'html'}).title).toBe('Storm: the harbour reopens')
  })

  it('should cut site names and sections from metadata when the page shows no heading', () => {
    const head = '<title>Harbour quay reopens - Harbours ｜ Valley Post</title><meta property="og:site_name" content="Valley Post"><meta property="article:section" content="Harbours">'
    expect(parse(html(head, `<article>${body('the quay')}</article>`), {format: 'html'}).title).toBe('Harbour quay reopens')
  })

  it('should cut the site name before a tagline, and a domain after a dash, when the page shows no heading', () => {
    const tagline = '<title>Harbour quay reopens | Valley Post | Read it first!</title><meta property="og:site_name" content="Valley Post">'
    expect(parse(html(tagline, `<article>${body('the quay')}</article>`), {format: 'html'}).title).toBe('Harbour quay reopens')
    expect(parse(html('<title>Harbour quay reopens - valley-post.example</title>', `<article>${body('the quay')}</article>`), {format: 'html'}).title).toBe('Harbour quay reopens')
  })

  it('should read an article laid out inside a list item block by block: headline, standfirst, byline and body apart', () => {
    const page = `<main><ul><li id="story"><h1>Harbour quay reopens</h1><h2>The quay was closed for two years while the harbour board rebuilt its walls</h2><ul><li><div class="name">By Jane Doe</div></li></ul>${body('the quay')}</li></ul></main>`
    const article = parse(html('', page), {format: 'html'})
    expect(article.title).toBe('Harbour quay reopens')
    expect(article.standfirst).toBe('The quay was closed for two years while the harbour board rebuilt its walls')
    expect(article.authors).toEqual([{name: 'Jane Doe'}])
    expect(article.body.filter((block) => block.type === 'paragraph')).toHaveLength(3)
  })

  it('should pass over an h1 in a breadcrumb trail for the heading the metadata confirms', () => {
    const trail = '<nav><ul><li><a href="/">Home</a></li><li><h1>Quay: harbour reopens</h1></li></ul></nav>'
    const page = html('<meta property="og:title" content="Harbour quay reopens after three years">', `<article>${trail}<h2>Harbour quay reopens after three years</h2>${body('the quay')}</article>`)
    expect(parse(page, {format: 'html'}).title).toBe('Harbour quay reopens after three years')
  })

  it('should take the h1 under a body whose classes only say how the page shows its breadcrumbs', () => {
    const head = '<title>Harbour works: start in May | Valley Post</title><meta property="og:title" content="Harbour works start in May">'
    const page = html(head, `<article><header><h1>Harbour board agrees to start the works on the old pier in May</h1></header>${body('the quay')}</article>`).replace('<body>', '<body class="single theme-breadcrumbs-hidden">')
    expect(parse(page, {format: 'html'}).title).toBe('Harbour board agrees to start the works on the old pier in May')
  })

  it('should take the one h2 classed as the headline when the h1 went to a breadcrumb and the metadata titles agree with neither', () => {
    const trail = '<nav><ul><li><a href="/">Home</a></li><li><h1>Quay reopens: boats are back!</h1></li></ul></nav>'
    const head = '<title>Quay reopens: boats are back!</title><meta property="og:title" content="Quay reopens: boats are back!"><meta name="description" content="The works took three years and cost the town more than planned, but the boats are back.">'
    const header = '<header class="article__header"><h2 class="article__header__headline">Harbour quay reopens to boats and crowds after three years</h2><p>The works took three years and cost the town more than planned, but the boats are back.</p></header>'
    const {article, messages} = parseWithMessages(html(head, `${trail}<article>${header}${body('the quay')}</article>`), {format: 'html'})
    expect(article.title).toBe('Harbour quay reopens to boats and crowds after three years')
    expect(article.standfirst).toBe('The works took three years and cost the town more than planned, but the boats are back.')
    expect(messages.find((message) => message.ruleId === 'title-found')?.reason).toContain('classed as the headline')
    // A sidebar's `h2 class="title"` is no headline, nor are two headline-classed teasers: the metadata decides.
    const widget = html(head, `${trail}<article><h2 class="title">Follow the harbour by email</h2>${body('the quay')}</article>`)
    expect(parse(widget, {format: 'html'}).title).toBe('Quay reopens: boats are back!')
    const teasers = '<h2 class="teaser-headline">Ferry timetable changes for the winter</h2><h2 class="teaser-headline">Fish market opens a second hall</h2>'
    expect(parse(html(head, `${trail}<article>${body('the quay')}${teasers}</article>`), {format: 'html'}).title).toBe('Quay reopens: boats are back!')
  })

  it('should take the heading of an hgroup when the h1 went to a breadcrumb and the metadata titles agree with that h1', () => {
    const trail = '<nav><ul><li><a href="/">Home</a></li><li><a href="/harbours/">Harbours</a></li><li><h1>Quay: the harbour reopens at last</h1></li></ul></nav>'
    const head = '<title>Quay: the harbour reopens at last</title><meta property="og:title" content="Quay: the harbour reopens at last">'
    const group = '<hgroup><p>Three years of works</p><h2>Harbour quay reopens to boats and crowds</h2></hgroup>'
    const page = html(head, `<article>${trail}${group}${body('the quay')}</article>`)
    const {article, messages} = parseWithMessages(page, {format: 'html'})
    expect(article.title).toBe('Harbour quay reopens to boats and crowds')
    expect(messages.find((message) => message.ruleId === 'title-found')?.reason).toContain('hgroup')
    // Two headline groups tell nothing apart: the metadata decides.
    const twoGroups = html(head, `<article>${trail}${group}${body('the quay')}<hgroup><h2>Another story about the port fees</h2></hgroup></article>`)
    expect(parse(twoGroups, {format: 'html'}).title).toBe('Quay: the harbour reopens at last')
  })

  it('should take a blog theme\'s post title in an h3, under the blog\'s name in the h1, when a title opens with it', () => {
    const post = 'Harbour quay reopens to boats and crowds'
    const theme = (head: string) => html(head, `<header><h1>Notes from the Valley</h1><p>A blog about boats</p></header><div class="post"><h2 class="date-header">Tuesday, 3 May 2022</h2><h3 class="post-title"><a href="/2022/05/quay.html">${post}</a></h3>${body('the quay')}</div>`)
    const {article, messages} = parseWithMessages(theme(`<title>${post} - Notes from the Valley</title><meta property="og:title" content="${post}">`), {format: 'html'})
    expect(article.title).toBe(post)
    expect(messages.find((message) => message.ruleId === 'title-found')?.reason).toContain('`h3`')
    // The blog's tagline above the post is no part of it.
    expect(toPlainText(article)).not.toContain('A blog about boats')
    // A title that holds the h3 after something else (a kicker, the site's name) does not say the h3 is the story: the h1 stays.
    expect(parse(theme(`<title>Boats and quays: ${post}</title>`), {format: 'html'}).title).toBe('Notes from the Valley')
  })

  it('should not take a headline a CMS wrote into the section for the site’s name', () => {
    const headline = 'Council approves the new harbour bridge after a long debate'
    const head = `<title>Harbour bridge plan | Valley Post</title><meta property="article:section" content="${headline}">`
    const article = parse(html(head, `<article><h1>${headline}</h1>${body('the bridge')}</article>`), {format: 'html'})
    expect(article.title).toBe(headline)
    expect(article.section).toBeUndefined()
  })

  it('should split a kicker off the heading when the metadata has the headline alone', () => {
    const page = html('<meta property="og:title" content="City win the harbour derby">', `<article><h1><span class="topline">Football</span> <span>City win the harbour derby</span></h1>${body('the derby')}</article>`)
    expect(parse(page, {format: 'html'}).title).toBe('City win the harbour derby')
  })

  it('should take the headline under its kicker when the metadata gives the kicker as the title and the classes name the headline', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour tips for winter"}</script>'
    const heading = (first: string, last: string) => `<h2><span class="${first}">Harbour tips for winter</span><span class="${last}">How the quay stays open in storms: ten rules for the season</span></h2>`
    const {article, messages} = parseWithMessages(html(ld, `<article>${heading('subline', 'headline')}${body('the quay')}</article>`), {format: 'html'})
    expect(article.title).toBe('How the quay stays open in storms: ten rules for the season')
    expect(messages.find((message) => message.ruleId === 'title-found' || /under its kicker/.test(message.reason))?.reason).toMatch(/under its kicker `Harbour tips for winter`/)
    // A heading whose first part is the classed headline puts a subtitle after it: the metadata's title stands.
    expect(parse(html(ld, `<article>${heading('headline', 'subtitle')}${body('the quay')}</article>`), {format: 'html'}).title).toBe('Harbour tips for winter')
  })

  it('should not take the site’s logo for the headline', () => {
    const page = html('<title>Harbour quay reopens | Valley Post</title>', `<header><h1><a href="/">Valley Post</a></h1></header><article>${body('the quay')}</article>`)
    expect(parse(page, {format: 'html'}).title).toBe('Harbour quay reopens')
  })

  it('should take the logo that links home for the site’s name, however long, and the post’s heading for the headline', () => {
    const logo = '<header><h1><a href="https://valley-rowing.example/">Valley Rowing and Canoe Club of the Lower Harbour</a></h1></header>'
    const page = html('<title>Winter regatta › Valley Rowing and Canoe Club of the Lower Harbour</title>', `${logo}<article><h2 class="entry-title">Winter regatta</h2>${body('the regatta')}</article>`)
    expect(parse(page, {format: 'html'}).title).toBe('Winter regatta')
    // With no heading of its own, the page's title loses the logo's text all the same.
    const bare = html('<title>Rowing news for the winter season – Valley Rowing Club</title>', `<header><h1><a href="/index.html">Valley Rowing Club</a></h1></header><div>${body('the season')}</div>`)
    expect(parse(bare, {format: 'html'}).title).toBe('Rowing news for the winter season')
    // A headline that links to its own page is no logo.
    const permalink = html('<title>Valley Rowing Club » Winter regatta results</title>', `<article><h1><a href="/2026/01/winter-regatta">Winter regatta results</a></h1>${body('the regatta')}</article>`)
    expect(parse(permalink, {format: 'html'}).title).toBe('Winter regatta results')
  })

  it('should take an article’s heading that a long site name follows in the title, but not a kicker that a colon joins to the headline', () => {
    const page = html('<title>Harbour tides | Regional Office for Coastal Protection and Harbour Maintenance</title>', `<article><h1>Harbour tides</h1>${body('the tides')}</article>`)
    expect(parse(page, {format: 'html'}).title).toBe('Harbour tides')
    const kicker = html('<title>Harbour derby: City win with a late goal from the penalty spot</title>', `<article><h1>Harbour derby</h1><h2>City win with a late goal from the penalty spot</h2>${body('the derby')}</article>`)
    expect(parse(kicker, {format: 'html'}).title).not.toBe('Harbour derby')
  })

  it('should take the page’s h1 that opens a title whose long tail names the site, not the whole title', () => {
    const tail = 'Wines of the Iberian coast in Lisbon - Vinhos do Porto and Vinhos Verdes'
    const page = html(`<title>Douro valley - ${tail}</title><meta property="og:site_name" content="Vinhos do Porto">`, `<div class="page-header"><h1>Douro valley</h1></div><div>${body('the valley')}</div>`)
    expect(parse(page, {format: 'html'}).title).toBe('Douro valley')
    // Nor when a trail of sections follows it, whatever the site calls itself.
    const trail = html('<title>Harbour quay reopens / Politics / Region / Article / Home - VP Online - News, pictures and videos</title>', `<div><span class="category">Politics</span><h1>Harbour quay reopens</h1>${body('the quay')}</div>`)
    expect(parse(trail, {format: 'html'}).title).toBe('Harbour quay reopens')
    // Without the site's name in the tail, a heading shorter than the rest is the site's name in the title.
    const logo = html('<title>Valley Post - Harbour quay reopens after two years of repairs to its walls</title>', `<div class="brand"><h1>Valley Post</h1></div><div>${body('the quay')}</div>`)
    expect(parse(logo, {format: 'html'}).title).not.toBe('Valley Post')
  })

  it('should take the page’s h1 that opens a title whose tail begins with the site’s host label', () => {
    const title = '<title>Harbour quay reopens - Valley Boats - Sailmakers, boat repairs and chandlery in Kiel</title>'
    const page = html(title, `<div class="headline"><h1>Harbour quay reopens</h1></div><div>${body('the quay')}</div>`)
    // The host `valleyboats-kiel` begins with the tail's part "Valley Boats": the tail names the site.
    expect(parse(page, {format: 'html', url: 'https://www.valleyboats-kiel.example/news/quay'}).title).toBe('Harbour quay reopens')
    // On another host, nothing says the tail is the site's: the title stands as the page wrote it.
    expect(parse(page, {format: 'html', url: 'https://www.harbour-news.example/quay'}).title).not.toBe('Harbour quay reopens')
  })

  it('should read a bar drawn with a box-drawing character as a separator, glued or spaced', () => {
    expect(parse(html('<title>Harbour quay reopens│Valley Post</title>', body('the quay')), {format: 'html'}).title).toBe('Harbour quay reopens')
    expect(parse(html('<title>Harbour quay reopens ¦ Valley Post</title>', body('the quay')), {format: 'html'}).title).toBe('Harbour quay reopens')
  })

  it('should split off a kicker its class names one, at either end of the heading, when no metadata confirms the heading', () => {
    const first = html('<title>Quay | Valley Post</title>', `<h1><span class="category"><span class="aural">Topic </span>Harbours</span> New rules for the quay at night</h1>${body('the quay')}`)
    const {article, messages} = parseWithMessages(first, {format: 'html'})
    expect(article.title).toBe('New rules for the quay at night')
    expect(messages.find((message) => message.ruleId === 'title-found')?.reason).toMatch(/kicker `Harbours` split off \(its class says so\)/)
    const last = html('<title>Quay | Valley Post</title>', `<h1><span>New rules for the quay at night</span><span class="sr-only">: </span><small class="c-topline">Harbours</small></h1>${body('the quay')}`)
    expect(parse(last, {format: 'html'}).title).toBe('New rules for the quay at night')
    // A first span without such a class may be part of the headline: it stays.
    const plain = html('<title>Quay | Valley Post</title>', `<h1><span>Harbours</span> New rules for the quay at night</h1>${body('the quay')}`)
    expect(parse(plain, {format: 'html'}).title).toBe('Harbours New rules for the quay at night')
  })

  it('should leave text for screen readers only (`aural`, `assistive-text`) out of a heading and a caption', () => {
    const page = html('<title>Quay | Valley Post</title>', `<h1>New rules for the quay<span class="aural"> (opens in a new window)</span></h1><figure><img src="/q.jpg"><figcaption><span class="assistive-text">Image caption </span>The quay at night</figcaption></figure>${body('the quay')}`)
    const article = parse(page, {format: 'html'})
    expect(article.title).toBe('New rules for the quay')
    expect(JSON.stringify(article)).not.toMatch(/Image caption|new window/)
  })

  it('should take the page’s h1 over a heading in a video player that the video’s JSON-LD name confirms, and read a long body as an article', () => {
    const video = '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "VideoObject", "name": "Harbour master talks about the night of the storm"}</script>'
    const player = '<div class="video__end-slate"><h3>Just watched</h3><h2>Harbour master talks about the night of the storm</h2></div>'
    const long = Array.from({length: 12}, () => body('the quay', 3)).join('')
    const {article, messages} = parseWithMessages(html(`<title>What we learned about the storm - Valley Post</title>${video}`, `${player}<article><h1>Walls, boats and a long night: what we learned about the storm</h1>${long}</article>`), {format: 'html'})
    expect(article.title).toBe('Walls, boats and a long night: what we learned about the storm')
    expect(article.kind).toBe('article')
    expect(messages.some((message) => message.ruleId === 'kind-decided')).toBe(true)
    // A page of the video itself, with a short description, stays a video, its headline the video's.
    const page = parse(html(`<title>Harbour master talks about the night of the storm</title>${video}`, `<h1>Harbour master talks about the night of the storm</h1>${body('the storm', 2)}`), {format: 'html'})
    expect(page.kind).toBe('video')
    expect(page.title).toBe('Harbour master talks about the night of the storm')
  })

  it('should not take a label that calls itself a summary for the standfirst, but the summary after it', () => {
    const label = '<h2 class="teaser-summary">16.10.2024 Harbour Weekly · Valley TV</h2>'
    const summary = '<p class="teaser-summary">The harbour board met on Tuesday and agreed that the quay would reopen before the summer season began.</p>'
    expect(parse(html('', `<main><h1>Harbour quay reopens after repairs</h1>${label}${summary}${body('the quay')}</main>`), {format: 'html'}).standfirst).toBe('The harbour board met on Tuesday and agreed that the quay would reopen before the summer season began.')
  })

  it('should not take a bookmark or print button\'s label above the headline for its kicker', () => {
    for (const label of ['Artikel merken', 'Save for later', 'Druckversion', 'Versión impresa']) {
      const {article, messages} = parseWithMessages(html('', `<main><div class="bar"><span class="tooltip">${label}</span></div><h1>Harbour quay reopens after repairs</h1>${body('the quay')}</main>`), {format: 'html'})
      expect(article.title).toBe('Harbour quay reopens after repairs')
      expect(messages.some((message) => String(message.reason).includes(`furniture \`${label}\``))).toBe(true)
    }
  })

  it('should drop a separator left dangling at the end of a title, and keep one that is the headline’s', () => {
    for (const title of ['Harbour quay reopens | ', 'Harbour quay reopens //', 'Harbour quay reopens –']) {
      expect(parse(html(`<title>${title}</title>`, `<div>${body('the quay')}</div>`), {format: 'html'}).title).toBe('Harbour quay reopens')
    }
    expect(parse(html('<title>Learning C++</title>', `<div>${body('the language')}</div>`), {format: 'html'}).title).toBe('Learning C++')
  })

  it('should set the kicker above the headline aside: not body text, not a byline', () => {
    const page = html('<meta property="og:title" content="Harbour quay reopens after three years">', `<article><p>Emotional return</p><h2>Harbour quay reopens after three years</h2>${body('the quay')}</article>`)
    const article = parse(page, {format: 'html'})
    expect(article.title).toBe('Harbour quay reopens after three years')
    expect(article.authors).toEqual([])
    expect(toPlainText(article)).not.toContain('Emotional return')
  })

  it('should take the metadata’s spelling where markup lost a space', () => {
    const page = html('<meta property="og:title" content="Harbour reopens: crowds return">', `<article><h1><span>Harbour reopens:</span>crowds return</h1>${body('the crowds')}</article>`)
    expect(parse(page, {format: 'html'}).title).toBe('Harbour reopens: crowds return')
  })
})

describe('standfirst', () => {
  const head = (description?: string) => `<title>Harbour quay reopens | Valley Post</title>${description ? `<meta name="description" content="${description}">` : ''}`
  const dek = 'The quay had been closed since a storm damaged its wall three winters ago'

  it('should take an element whose class says it is a summary, and report it', () => {
    const page = html(head(), `<article><h1>Harbour quay reopens</h1><p class="article-dek">${dek}</p>${body('the quay')}</article>`)
    expect(parse(page, {format: 'html'}).standfirst).toBe(dek)
    expect(reasonOf(page, 'standfirst-found')).toMatch(/class or role/)
  })

  it('should take a paragraph set apart under the headline that agrees with the meta description', () => {
    const page = html(head(dek + '.'), `<article><div class="top"><h1>Harbour quay reopens</h1><p>${dek}.</p></div><div class="text">${body('the quay')}</div></article>`)
    expect(parse(page, {format: 'html'}).standfirst).toBe(dek + '.')
  })

  it('should not take the first body paragraph, even when the description repeats it', () => {
    const first = 'The harbour board met on Tuesday and agreed that the quay would reopen to boats before the winter storms.'
    const page = html(head(first), `<article><h1>Harbour quay reopens</h1><div class="text"><p>${first}</p>${body('the quay')}</div></article>`)
    const article = parse(page, {format: 'html'})
    expect(article.standfirst).toBeUndefined()
    expect(toPlainText(article)).toContain(first)
  })

  it('should take a wholly bold paragraph that agrees with the description, not one that does not', () => {
    const bold = (description?: string) => html(head(description), `<article><h1>Harbour quay reopens</h1><div class="text"><p><strong>${dek}.</strong></p>${body('the quay')}</div></article>`)
    expect(parse(bold(dek), {format: 'html'}).standfirst).toBe(dek + '.')
    expect(parse(bold(), {format: 'html'}).standfirst).toBeUndefined()
  })

  it('should take a wholly bold paragraph that opens as a description cut short, but no plain first paragraph', () => {
    const lede = `${dek}, and the boats came back on the first morning. The harbour master counted forty of them before noon.`
    const cut = `${lede.slice(0, 120)}...`
    const bold = html(head(cut), `<article><h1>Harbour quay reopens</h1><div class="text"><p><strong>${lede}</strong></p>${body('the quay')}</div></article>`)
    expect(parse(bold, {format: 'html'}).standfirst).toBe(lede)
    expect(reasonOf(bold, 'standfirst-found')).toMatch(/cut short/)
    // The site's software cut the body's first paragraph for its description: a plain paragraph stays body text.
    const plain = html(head(cut), `<article><h1>Harbour quay reopens</h1><div class="text"><p class="first">${lede}</p>${body('the quay')}</div></article>`)
    expect(parse(plain, {format: 'html'}).standfirst).toBeUndefined()
    // A bold paragraph that opens otherwise than the cut description is no standfirst.
    const other = html(head('The town council will vote on the new parking fees for the harbour next week, the mayor said...'), `<article><h1>Harbour quay reopens</h1><div class="text"><p><strong>${lede}</strong></p>${body('the quay')}</div></article>`)
    expect(parse(other, {format: 'html'}).standfirst).toBeUndefined()
  })

  it('should take the paragraph a byline follows, and not merge the byline into it', () => {
    const page = html(head(), `<article><h1>Harbour quay reopens</h1><p>${dek}</p><p>By Ana Souza and Tom Price</p>${body('the quay')}</article>`)
    const article = parse(page, {format: 'html'})
    expect(article.standfirst).toBe(dek)
    expect(article.authors).toEqual([{name: 'Ana Souza'}, {name: 'Tom Price'}])
  })

  it('should never take a byline or a dateline, and look past them', () => {
    const page = html(head(), `<article><h1>Harbour quay reopens</h1><p class="byline">By Ana Souza, harbour correspondent</p><p><time datetime="2024-05-12T10:00:00Z">12 May 2024, 10:00</time></p><p class="standfirst">${dek}</p>${body('the quay')}</article>`)
    expect(parse(page, {format: 'html'}).standfirst).toBe(dek)
    const bare = html(head(), `<article><h1>Harbour quay reopens</h1><p class="byline">By Ana Souza, harbour correspondent</p><p>12 May 2024, 10:00</p>${body('the quay')}</article>`)
    expect(parse(bare, {format: 'html'}).standfirst).toBeUndefined()
  })

  it('should keep a byline inside the summary element out of the standfirst', () => {
    const page = html(head(), `<article><h1>Harbour quay reopens</h1><div class="standfirst"><p>${dek}.</p><p>By Ana Souza (words) and Tom Price (pictures)</p></div>${body('the quay')}</article>`)
    expect(parse(page, {format: 'html'}).standfirst).toBe(dek + '.')
  })

  it('should not take a kicker above the headline, nor merge it into the standfirst', () => {
    const page = html(head(), `<article><p class="kicker">Harbour works update</p><h1>Harbour quay reopens</h1><p class="standfirst">${dek}</p>${body('the quay')}</article>`)
    expect(parse(page, {format: 'html'}).standfirst).toBe(dek)
  })

  it('should not take the writer\'s biography for the summary, though its box calls it a description', () => {
    const box = '<div itemprop="author" itemscope itemtype="http://schema.org/Person"><div class="author-description" itemprop="description">Jane Doe, photographer from Talstadt and founder of Valley Frames. Follow me on the social networks.</div></div>'
    const page = `<main><h1>Harbour quay reopens</h1>${box}${body('the quay')}</main>`
    expect(parse(html('', page), {format: 'html'}).standfirst).toBeUndefined()
    const plain = '<div itemprop="author" itemscope itemtype="http://schema.org/Person"><div class="box-desc"><div itemprop="description">Jane Doe, photographer from Talstadt and founder of Valley Frames. Follow me on the social networks.</div></div></div>'
    expect(parse(html('', `<main><h1>Harbour quay reopens</h1>${plain}${body('the quay')}</main>`), {format: 'html'}).standfirst).toBeUndefined()
  })

  it('should keep the date printed inside the summary heading out of the standfirst, as the dateline', () => {
    const page = `<main><h1>Harbour quay reopens</h1><div class="deck"><h2>The quay was closed for two years while the harbour board rebuilt its walls<span class="hl-date">Monday, 6 January 2020</span></h2></div>${body('the quay')}</main>`
    const article = parse(html('', page), {format: 'html'})
    expect(article.standfirst).toBe('The quay was closed for two years while the harbour board rebuilt its walls')
    expect(article.published?.date).toBe('2020-01-06')
  })

  it('should not take a cookie text', () => {
    const cookie = '<p><strong>We use cookies to give you the best experience on our harbour news site</strong></p>'
    const page = html(head('We use cookies to give you the best experience on our harbour news site'), `${cookie}<article><h1>Harbour quay reopens</h1><div class="text">${body('the quay')}</div></article>`)
    expect(parse(page, {format: 'html'}).standfirst).toBeUndefined()
  })

  it('should not take the headline repeated with a label, nor key points under a label', () => {
    // A summary may quote the headline, though.
    const quoting = html(head(), `<article><h1>Harbour quay reopens</h1><p class="summary">“Harbour quay reopens” is the last story in our series on the coast this winter</p>${body('the quay')}</article>`)
    expect(parse(quoting, {format: 'html'}).standfirst).toMatch(/^“Harbour quay reopens” is/)
    const repeat = html(head(), `<article><h1>Harbour quay reopens</h1><p class="summary">News agency, 12 May: Harbour quay reopens</p>${body('the quay')}</article>`)
    expect(parse(repeat, {format: 'html'}).standfirst).toBeUndefined()
    const points = html(head(), `<article><h1>Harbour quay reopens</h1><div class="summary"><p>In short</p><ul><li>The quay reopens to boats on Monday after three years.</li><li>The works cost twice the first estimate.</li></ul></div>${body('the quay')}</article>`)
    expect(parse(points, {format: 'html'}).standfirst).toBeUndefined()
  })

  it('should take bullets that call themselves a summary right under the headline', () => {
    const page = html(head(), `<article><h1>Harbour quay reopens</h1><ul class="summary-bullets"><li>The quay reopens to boats on Monday after three years.</li><li>The works cost twice the first estimate.</li></ul>${body('the quay')}</article>`)
    expect(parse(page, {format: 'html'}).standfirst).toBe('The quay reopens to boats on Monday after three years. The works cost twice the first estimate.')
  })

  it('should never leave the standfirst in the body twice', () => {
    const page = html(head(), `<article><h1>Harbour quay reopens</h1><p class="standfirst">${dek}</p><div class="text"><p>${dek}</p>${body('the quay')}</div></article>`)
    const article = parse(page, {format: 'html'})
    expect(article.standfirst).toBe(dek)
    expect(toPlainText(article)).not.toContain(dek)
  })

  it('should take a long heading right under the headline as its subtitle, not a short one', () => {
    const subtitle = 'Boats may moor again from Monday, three years after a storm broke the wall, the board said'
    expect(parse(html(head(), `<article><h1>Harbour quay reopens</h1><h2>${subtitle}</h2>${body('the quay')}</article>`), {format: 'html'}).standfirst).toBe(subtitle)
    expect(parse(html(head(), `<article><h1>Harbour quay reopens</h1><h2>Boats may moor again</h2>${body('the quay')}</article>`), {format: 'html'}).standfirst).toBeUndefined()
  })
})

describe('a summary in a box named for something else', () => {
  const summary = 'The harbour board will reopen the quay to boats on Monday, three years after a storm broke its wall'
  const head = (description?: string) => `<title>Harbour quay reopens | Valley Post</title>${description ? `<meta property="og:description" content="${description}">` : ''}`
  const box = `<ul class="footer"><li><h2>${summary}</h2></li><li><h2><a href="/analysis/harbour-money">Analysis — Where the money for the harbour came from, by Ana Souza</a></h2></li></ul>`

  it('should keep the summary under the headline that repeats the description, and drop the rest of the box', () => {
    const page = html(head(summary), `<article><div class="top"><h1>Harbour quay reopens</h1>${box}</div>${body('the quay')}</article>`)
    const {article, messages} = parseWithMessages(page, {format: 'html'})
    expect(article.standfirst).toBe(summary)
    expect(toPlainText(article)).not.toContain('Where the money')
    expect(messages.find((message) => message.ruleId === 'summary-kept')?.reason).toMatch(/follows the headline and repeats the page’s description/)
  })

  it('should drop the box when the page has no description, or when it does not follow the headline', () => {
    expect(parse(html(head(), `<article><div class="top"><h1>Harbour quay reopens</h1>${box}</div>${body('the quay')}</article>`), {format: 'html'}).standfirst).toBeUndefined()
    const below = parse(html(head(summary), `<article><div class="top"><h1>Harbour quay reopens</h1><p class="date">4 March 2024</p>${box}</div>${body('the quay')}</article>`), {format: 'html'})
    expect(below.standfirst).toBeUndefined()
    expect(toPlainText(below)).not.toContain(summary)
  })
})

describe('a standfirst set bold by a utility class', () => {
  it('should take a paragraph whose class sets it bold, and that agrees with the meta description, for the standfirst', () => {
    const summary = 'Ministers agree on a new budget for the harbour after a night of talks in the capital.'
    const body = 'The council said on Tuesday that the harbour plan would be reviewed by an independent panel before the end of the year.'
    const html = `<!doctype html><html><head><title>Budget deal</title><meta name="description" content="${summary}"></head><body><main><h1>Harbour budget agreed after night of talks</h1><div class="item"><p class="text-lg font-bold">${summary}</p></div><div class="item"><p class="text-lg">${body}</p></div><div class="item"><p class="text-lg">${body.replace('Tuesday', 'Monday')}</p></div></main></body></html>`
    const article = parse(html, {format: 'html'})
    expect(article.standfirst).toBe(summary)
    expect(toPlainText(article)).not.toContain('night of talks in the capital')
  })
})

describe('the header below a standfirst kept with the body', () => {
  it('should read the byline and dateline between a standfirst the main content keeps by its class and the body', () => {
    const page = html('<title>Harbour works approved</title>', `<main><article><div class="story"><p class="section"><a href="/coast">Coast</a></p><h1>Harbour works approved</h1><p class="subtitle">The board agreed on a plan for the winter.</p><div class="meta-line">Por Ines Waldmann | 03/05/2022 20:36</div><div class="share"><a href="https://twitter.com/share">Tweet</a></div><div class="text">${body('the harbour', 4)}</div></div></article></main>`)
    const result = parse(page, {format: 'html'})
    expect(result.authors).toEqual([{name: 'Ines Waldmann'}])
    expect(result.published).toMatchObject({date: '2022-05-03', time: '20:36'})
    expect(result.standfirst).toBe('The board agreed on a plan for the winter.')
    expect(toPlainText(result)).not.toContain('Waldmann')
  })
})

describe('a heading in parts spelled by a title with the site name', () => {
  it('should spell a two-part heading as the metadata title spells it before the site name', () => {
    const page = html('<title>Harbour Week - Boats return to the river - Valley Post</title><meta property="og:title" content="Harbour Week - Boats return to the river - Valley Post">', `<main><article><h1><span class="overline">Harbour Week</span> <span>Boats return to the river</span></h1>${body('the boats')}</article></main>`)
    expect(parse(page, {format: 'html'}).title).toBe('Harbour Week - Boats return to the river')
    // One element: its own text, whatever the title adds.
    const plain = html('<title>Boats return to the river - Valley Post</title>', `<main><article><h1>Boats return to the river</h1>${body('the boats')}</article></main>`)
    expect(parse(plain, {format: 'html'}).title).toBe('Boats return to the river')
  })
})
