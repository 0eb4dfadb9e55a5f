/**
 * The page's publication and update instants from every common source:
 * machine values in their many forms, meta names, `<time>` elements and the
 * visible dateline, and which wins when they disagree. Each rule on small
 * pages written here.
 */
import {describe, expect, it} from 'vitest'
import {parse, parseWithMessages} from '../src/index.js'
import {readMachineTime} from '../src/html/metadata/times.js'

describe('readMachineTime', () => {
  it('should read the non-ISO forms CMSs write into metadata', () => {
    expect(readMachineTime('Mon Aug 03 12:45:00 EDT 2015', {})?.iso).toBe('2015-08-03T12:45:00-04:00')
    expect(readMachineTime('Thu Sep 16 2021 03:52:10 GMT+0000 (Coordinated Universal Time)', {})?.iso).toBe('2021-09-16T03:52:10+00:00')
    expect(readMachineTime('Tue, 21 Nov 2023 10:00:00 +0000', {})?.iso).toBe('2023-11-21T10:00:00+00:00')
    expect(readMachineTime('2024-04-26 20:44:10.5+02:00', {})?.iso).toBe('2024-04-26T20:44:10+02:00')
    expect(readMachineTime('2024-09-16T21:33+0100', {})?.iso).toBe('2024-09-16T21:33:00+01:00')
    expect(readMachineTime('2024-04-26 20:44', {})).toEqual({text: '2024-04-26 20:44', date: '2024-04-26', time: '20:44'})
    expect(readMachineTime('2022-5-3T23:57:00', {})).toMatchObject({date: '2022-05-03', time: '23:57:00'})
  })

  it('should not take the start of the Unix epoch, a CMS\'s unset date, for a time, in any zone', () => {
    for (const value of ['1970-01-01T01:00:00+01:00', '1970-01-01T00:00:00Z', '1969-12-31T19:00:00-05:00', '1970-01-01']) expect(readMachineTime(value, {})).toBeUndefined()
    expect(readMachineTime('1970-01-03T10:00:00Z', {})?.iso).toBe('1970-01-03T10:00:00+00:00')
    const placeholder = parse(page(`<main><h1>Council reviews the bridge plan</h1><p>The county council said on Thursday that the bridge plan would be reviewed by an independent panel before the end of the year.</p></main>`, '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council reviews the bridge plan","datePublished":"1970-01-01T01:00:00+01:00"}</script>'), {format: 'html'})
    expect(placeholder.published).toBeUndefined()
  })
})

/** A page around a body, with a head. */
const page = (body: string, head = '') => `<!doctype html><html lang="en"><head><title>Page</title>${head}</head><body>${body}</body></html>`

/** An article: a headline, the given header markup, and prose. */
const article = (header: string) =>
  `<article><header><h1>Council reviews the bridge plan</h1>${header}</header><p>The county council said on Thursday that the bridge plan would be reviewed by an independent panel before the end of the year, after residents complained about the delays.</p><p>Work on the approach roads stopped in March, and the contractor has not said when it will start again, the council added.</p></article>`

/** The messages of a rule. */
const said = (html: string, ruleId: string) => parseWithMessages(html, {format: 'html'}).messages.filter((message) => message.ruleId === ruleId).map((message) => message.reason)

describe('publication time sources', () => {
  it('should read the meta names of Dublin Core, analytics and recommendation tools', () => {
    const published = (head: string) => parse(page(article(''), head), {format: 'html'}).published?.iso
    expect(published('<meta name="cXenseParse:publishtime" content="2025-02-11T23:55:00+0000">')).toBe('2025-02-11T23:55:00+00:00')
    expect(published('<meta name="parsely-page" content=\'{"title": "A", "pub_date": "2024-05-02T07:30:00Z"}\'>')).toBe('2024-05-02T07:30:00+00:00')
    expect(published('<meta name="dcterms.created" content="2024-05-02T09:30:00+02:00">')).toBe('2024-05-02T09:30:00+02:00')
    expect(published('<meta name="sailthru.date" content="Mon Aug 03 12:45:00 EDT 2015">')).toBe('2015-08-03T12:45:00-04:00')
    expect(published('<meta name="publish_date" content="2024-05-02T09:30:00+02:00">')).toBe('2024-05-02T09:30:00+02:00')
  })

  it('should give a date-only page a date-only time, and let no midnight stand for a time', () => {
    expect(parse(page(article(''), '<meta name="date" content="2024-05-02">'), {format: 'html'}).published).toEqual({text: '2024-05-02', date: '2024-05-02'})
    const midnight = page(article('<time datetime="2024-05-02T00:00:00+02:00">2.5.2024</time>'), '<meta name="date" content="2024-05-02">')
    expect(parse(midnight, {format: 'html'}).published).toEqual({text: '2024-05-02', date: '2024-05-02'})
  })

  it('should let a full instant of the same day beat a date-only source, and say so', () => {
    const html = page(article('<time class="published" datetime="2024-05-02T09:30:00+02:00">2 May 2024</time>'), '<meta name="date" content="2024-05-02">')
    expect(parse(html, {format: 'html'}).published?.iso).toBe('2024-05-02T09:30:00+02:00')
    expect(said(html, 'instant-chosen')[0]).toMatch(/time\[datetime\].*time of day/)
  })

  it('should prefer the source that agrees with the visible date when sources disagree, and say so', () => {
    const html = page(article('<time datetime="2024-05-02T09:30:00+02:00">2 May 2024</time>'), '<meta property="article:published_time" content="2024-05-09T10:00:00Z">')
    expect(parse(html, {format: 'html'}).published?.iso).toBe('2024-05-02T09:30:00+02:00')
    expect(said(html, 'instant-chosen')[0]).toMatch(/agrees with the visible date `2 May 2024`/)
  })

  it('should prefer, among the instants near the visible date, the one written on that day', () => {
    // The date meta and the first instant say the evening before; the `<time>` says the morning shown, two hours off UTC.
    const head = '<meta name="datePublished" content="2019-10-18"><meta name="date" content="2019-10-18T20:00:25+00:00">'
    const html = page(article('<time datetime="2019-10-19T03:00:00+00:00">19.10.2019, 05:00 Uhr</time>'), head)
    expect(parse(html, {format: 'html'}).published?.iso).toBe('2019-10-19T03:00:00+00:00')
    expect(said(html, 'instant-chosen')[0]).toMatch(/`time\[datetime\]` agrees with the visible date/)
  })

  it('should prefer the visible time of day to an instant of another day, but not a visible date alone', () => {
    const head = '<meta name="date" content="2022-01-26T14:32:06+02:00">'
    expect(parse(page(article('<time datetime="2022-01-21">21.01.2022 - 13:30</time>'), head), {format: 'html'}).published).toMatchObject({date: '2022-01-21', time: '13:30'})
    expect(parse(page(article('<time datetime="2022-01-21">21.01.2022</time>'), head), {format: 'html'}).published?.iso).toBe('2022-01-26T14:32:06+02:00')
  })

  it('should read the visible date of a <time> that also shows its update', () => {
    const time = '<time datetime="2024-12-07T12:43:39Z">Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024, 12:43 PM UTC</time>'
    const html = page(article(time), '<meta property="article:published_time" content="2024-12-07T12:43:39Z">')
    expect(parse(html, {format: 'html'}).published?.iso).toBe('2024-12-06T22:00:00+00:00')
  })

  it('should count a UTC instant as agreeing with the local day it falls on', () => {
    const head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council reviews the bridge plan", "datePublished": "2022-05-04T00:25:56Z", "dateCreated": "2022-05-03T23:53:14Z"}</script>'
    const html = page(article('<time datetime="3 May 2022">3 May 2022</time>'), head)
    expect(parse(html, {format: 'html'}).published?.iso).toBe('2022-05-04T00:25:56+00:00')
  })
})

describe('the article’s own <time>', () => {
  it('should never take a comment’s, a related list’s or a card’s time', () => {
    const comments = '<section class="comments"><p>Ann wrote <time datetime="2024-05-03T10:00:00Z">3 May</time>: agreed.</p></section>'
    expect(parse(page(article('') + comments), {format: 'html'}).published).toBeUndefined()
    const related = '<ul><li><a href="/a">Earlier story</a> <time datetime="2024-04-01T10:00:00Z">1 April</time></li><li><a href="/b">Another story</a> <time datetime="2024-04-02T10:00:00Z">2 April</time></li></ul>'
    expect(parse(page(article('') + related), {format: 'html'}).published).toBeUndefined()
    const card = '<div class="related"><h3>Earlier story</h3><time datetime="2024-04-01T10:00:00Z">1 April</time></div>'
    expect(parse(page(article('') + card), {format: 'html'}).published).toBeUndefined()
  })

  it('should read a <time> without a datetime by its text when it says it is the publication, and not today’s date in a site header', () => {
    expect(parse(page(article('<p>Report and pictures <time class="published">30.01.2024</time></p>')), {format: 'html'}).published).toMatchObject({date: '2024-01-30'})
    const header = '<header class="site"><a href="/">Home</a> <time>Mittwoch, 8. Juli 2020</time></header>'
    expect(parse(page(header + article('<p>Report and pictures</p>')), {format: 'html'}).published).toBeUndefined()
  })

  it('should take the time of an inline meta list, or one in a container that has a sidebar', () => {
    const list = '<ul class="meta"><li>By Ann Lee</li><li><time datetime="2024-05-02T09:30:00+02:00">2 May 2024</time></li></ul>'
    expect(parse(page(article(list)), {format: 'html'}).published?.iso).toBe('2024-05-02T09:30:00+02:00')
    const modified = `<div class="layout has-sidebar">${article('<time datetime="2024-05-02T09:30:00+02:00">2 May 2024</time>')}</div>`
    expect(parse(page(modified), {format: 'html'}).published?.iso).toBe('2024-05-02T09:30:00+02:00')
  })

  it('should read a date element that keeps its machine time in a data attribute, and the article’s own time beside lists of dated stories', () => {
    const own = '<ul class="info"><li><div class="date" data-seconds="1586537895" data-datetime="10 April 2020">10 April 2020</div></li></ul>'
    const related = Array.from({length: 4}, (_, index) => `<li><a href="/s${index}">Story ${index}</a><div class="date" data-seconds="${1586225817 + index * 86_400}">${7 + index} April 2020</div></li>`).join('')
    const result = parse(page(article(own) + `<ul class="more">${related}</ul>`), {format: 'html'})
    expect(result.published?.iso).toBe('2020-04-10T16:58:15+00:00')
    expect(result.published?.date).toBe('2020-04-10')
    // Without a date class, a data attribute is no date element; many own times make a feed, not one article's.
    expect(parse(page(article('<div data-seconds="1586537895">10 April 2020</div>')), {format: 'html'}).published?.time).toBeUndefined()
    const feed = Array.from({length: 4}, (_, index) => `<p>Item <time datetime="2024-04-0${index + 1}T10:00:00Z">${index + 1} April</time></p>`).join('')
    expect(parse(page(article('') + feed), {format: 'html'}).published).toBeUndefined()
  })

  it('should read the ISO date a microformat keeps in a title (`<abbr class=published title>`), and no tooltip', () => {
    // Blogger's post footer: the time of day shown, the instant in the title of an hAtom `abbr`, also `itemprop=datePublished`.
    const blogger = '<div class="post-footer">Posted at <abbr class="published" itemprop="datePublished" title="2018-06-05T08:00:00-07:00">08:00</abbr></div>'
    expect(parse(page(article(blogger)), {format: 'html'}).published).toMatchObject({iso: '2018-06-05T08:00:00-07:00', text: '08:00'})
    const hatom = '<p class="meta">Posted on <abbr class="published" title="2017-07-23T17:06:45+0000">23. Juli 2017</abbr></p>'
    expect(parse(page(article(hatom)), {format: 'html'}).published?.iso).toBe('2017-07-23T17:06:45+00:00')
    const updated = '<p class="meta"><span class="updated" title="2013-04-04T18:52:11+00:00">4 April</span></p>'
    expect(parse(page(article(updated)), {format: 'html'}).updated?.iso).toBe('2013-04-04T18:52:11+00:00')
    // A title that is no ISO date is a tooltip: the shown day alone is read, without a time of day.
    const tooltip = '<p class="meta">Posted on <abbr class="published" title="Wednesday, 5 June 2018">5 June 2018</abbr></p>'
    expect(parse(page(article(tooltip)), {format: 'html'}).published).toMatchObject({date: '2018-06-05'})
    expect(parse(page(article(tooltip)), {format: 'html'}).published?.time).toBeUndefined()
  })

  it('should take the dated element beside the headline on a page whose rails show many other times, and only one', () => {
    // No <article>, no lists: the rails' times stand where the article's could, each under its own heading.
    const stamp = (seconds: number, text: string) => `<div class="date" data-seconds="${seconds}">${text}</div>`
    const rail = Array.from({length: 3}, (_, index) => `<div class="box"><h3><a href="/s${index}">Story ${index}</a></h3>${stamp(1586225817 + index * 86_400, `${index + 1} hours ago`)}</div>`).join('')
    const story = (meta: string) =>
      page(`<div class="story"><h1>Council reviews the bridge plan</h1><div class="meta">${meta}</div><div class="body"><p>The county council said on Thursday that the bridge plan would be reviewed by an independent panel before the end of the year.</p><p>Work on the approach roads stopped in March, the council added.</p></div></div><div class="rail">${rail}</div>`)
    expect(parse(story(stamp(1586537895, '10 April 2020')), {format: 'html'}).published?.iso).toBe('2020-04-10T16:58:15+00:00')
    // Two different times beside the headline: neither instant is known to be the publication (the first line's date may still be read as a dateline).
    expect(parse(story(stamp(1586537895, '10 April 2020') + stamp(1586624295, '11 April 2020')), {format: 'html'}).published?.time).toBeUndefined()
  })

  it('should read the date a page shows by its headline as text alone, when no other source gives one', () => {
    // The meta line under the headline, in a box the pruning drops with its share buttons.
    const shown = (markup: string) => parse(page(`<main><div class="article-header"><h1>Council reviews the bridge plan</h1><div class="meta-box share"><a href="https://twitter.com/share">Tweet</a>${markup}</div></div><div class="text"><p>The county council said on Thursday that the bridge plan would be reviewed by an independent panel before the end of the year.</p><p>Work on the approach roads stopped in March, the council added.</p></div></main>`), {format: 'html'}).published
    expect(shown('<span class="fecha">martes, 5 de marzo de 2024 · 21:40</span>')).toMatchObject({date: '2024-03-05', time: '21:40'})
    expect(shown('<div class="post-date">DONNERSTAG, 14.03.2024</div>')).toMatchObject({date: '2024-03-14'})
    expect(shown('<p class="date">Written: 2024-03-12 16:05:10</p>')).toMatchObject({date: '2024-03-12', time: '16:05:10'})
    // Words beside the date, or an update's class: no publication date.
    expect(shown('<span class="date">Closing date for entries 12.02.2023, see rules</span>')).toBeUndefined()
    expect(shown('<span class="updated">12.02.2023</span>')).toBeUndefined()
    const {messages} = parseWithMessages(page(article('<div class="date">24.01.2022</div>')), {format: 'html'})
    expect(messages.map((message) => message.reason).join('\n')).toMatch(/Publication date from `24\.01\.2022`, the date shown by the headline/)
  })

  it('should not take a shown date that stands far from the headline, after another heading, or among many', () => {
    // Today's date in the site's header, far above the article.
    const header = '<div class="top"><div class="bar"><em class="fecha">Miércoles 4 de Mayo 2022</em></div></div>'
    expect(parse(page(header + `<div class="wrap"><div class="col">${article('')}</div></div>`), {format: 'html'}).published).toBeUndefined()
    // A teaser's date follows the teaser's heading.
    const teaser = '<section class="picks"><h2><a href="/other">Another story entirely</a></h2><p class="date">2023-11-03</p></section>'
    expect(parse(page(`<main>${article('')}${teaser}</main>`), {format: 'html'}).published).toBeUndefined()
    // Three dates by the headline, in a box the pruning drops: a list of dated items, not the article's date.
    const dates = ['01.03.2021', '02.03.2021', '03.03.2021'].map((date) => `<li><span class="date">${date}</span></li>`).join('')
    const box = `<div class="share-box"><a href="https://twitter.com/share">Tweet</a><ul>${dates}</ul></div>`
    expect(parse(page(`<main><div class="head"><h1>Council reviews the bridge plan</h1>${box}</div><div class="text"><p>The county council said on Thursday that the bridge plan would be reviewed by an independent panel before the end of the year.</p></div></main>`), {format: 'html'}).published).toBeUndefined()
    // Another source gives the publication: the shown date does not replace it.
    const declared = '<meta property="article:published_time" content="2022-01-25T14:47:35+01:00">'
    expect(parse(page(article('<div class="date">26.01.2022</div>'), declared), {format: 'html'}).published?.iso).toBe('2022-01-25T14:47:35+01:00')
  })

  it('should not let the update time shown in the header judge the publication', () => {
    const head = '<meta property="article:published_time" content="2012-05-10T14:29:05Z"><meta property="article:modified_time" content="2026-04-24T11:16:53Z">'
    const result = parse(page(article('<time datetime="2026-04-24T11:16:53Z">24 April 2026</time>'), head), {format: 'html'})
    expect(result.published?.iso).toBe('2012-05-10T14:29:05+00:00')
    expect(result.updated?.iso).toBe('2026-04-24T11:16:53+00:00')
  })

  it('should read a <time itemprop=dateModified> as the update, not the publication', () => {
    const result = parse(page(article('<time itemprop="dateModified" datetime="2016-09-14T07:07:00-04:00">Last updated September 14, 2016</time>')), {format: 'html'})
    expect(result.published).toBeUndefined()
    expect(result.updated?.iso).toBe('2016-09-14T07:07:00-04:00')
  })

  it('should read a time marked both published and updated as the publication, and an update only right after it', () => {
    const header = '<time class="entry-date published" datetime="2024-05-02T09:30:00+02:00">2 May</time><time class="updated" datetime="2024-05-03T08:00:00+02:00">3 May</time>'
    expect(parse(page(article(header)), {format: 'html'})).toMatchObject({published: {iso: '2024-05-02T09:30:00+02:00'}, updated: {iso: '2024-05-03T08:00:00+02:00'}})
    const cards = '<div class="more"><time class="entry-date published updated" datetime="2023-03-24T10:31:33+02:00">March 24, 2023</time></div><div class="more"><time class="updated" datetime="2018-01-27T13:34:54+02:00">January 27, 2018</time></div>'
    const both = parse(page(article('<time class="entry-date published updated" datetime="2024-05-02T09:30:00+02:00">2 May</time>') + cards), {format: 'html'})
    expect(both.published?.iso).toBe('2024-05-02T09:30:00+02:00')
    expect(both.updated).toBeUndefined()
  })
})

describe('slashed days in machine values', () => {
  it('should read a slashed day only when its order shows', () => {
    expect(readMachineTime('06/13/2019', {})?.date).toBe('2019-06-13')
    expect(readMachineTime('13/06/2019', {})?.date).toBe('2019-06-13')
    expect(readMachineTime('01/10/2017', {})).toBeUndefined()
    // The shown text of an element without a machine value is read as text is, day first.
    expect(readMachineTime('10/05/2022 05:22 pm', {}, '10/05/2022 05:22 pm')).toMatchObject({date: '2022-05-10', time: '17:22'})
  })
})

describe('JSON-LD wrapped in CDATA markers', () => {
  it('should read JSON-LD whose script wraps it in bare <![CDATA[ … ]]> markers', () => {
    const head = '<script type="application/ld+json">\n<![CDATA[\n{"@type": "NewsArticle", "headline": "Council reviews the bridge plan", "datePublished": "2018-04-05T06:00:00-04:00"}\n]]>\n</script>'
    expect(parse(page(article(''), head), {format: 'html'}).published?.iso).toBe('2018-04-05T06:00:00-04:00')
  })
})

describe('a time written without a zone', () => {
  it('should take the offset every other instant of the page that week carries, and say so', () => {
    const comments = '<section class="comments"><p>Ann <time datetime="2023-04-29T11:14:10+02:00">29.4.</time></p><p>Bo <time datetime="2023-05-02T19:04:15+02:00">2.5.</time></p></section>'
    const html = page(article('') + comments, '<meta property="article:published_time" content="2023-04-28T18:41:00">')
    expect(parse(html, {format: 'html'}).published?.iso).toBe('2023-04-28T18:41:00+02:00')
    expect(said(html, 'instant-chosen')[0]).toMatch(/read in `\+02:00`/)
  })

  it('should not take UTC, nor offsets that differ, nor those of another month', () => {
    const published = (times: string) => parse(page(article('') + `<section class="comments">${times}</section>`, '<meta property="article:published_time" content="2023-04-28T18:41:00">'), {format: 'html'}).published
    expect(published('<time datetime="2023-04-29T11:14:10Z">29.4.</time>')?.iso).toBeUndefined()
    expect(published('<time datetime="2023-04-29T11:14:10+02:00">29.4.</time><time datetime="2023-04-30T11:14:10+01:00">30.4.</time>')?.iso).toBeUndefined()
    expect(published('<time datetime="2023-06-29T11:14:10+02:00">29.6.</time>')?.iso).toBeUndefined()
  })
})

describe('the visible dateline beside the metadata', () => {
  it('should let a dateline that gives the time of a date-only meta stand, and say so', () => {
    const html = page(article('<p class="date">22.11.2024 07.57</p>'), '<meta name="dc.date" content="2024-11-22">')
    expect(parse(html, {format: 'html'}).published).toMatchObject({date: '2024-11-22', time: '07:57'})
    expect(said(html, 'instant-chosen')[0]).toMatch(/`dateline` gives the time of day/)
  })

  it('should read a dateline labelled "Datum:" or "Stand:", or with "klo" or "@" before the time, and take it out of the body', () => {
    for (const [line, date, time] of [['Datum: 18.10.2021', '2021-10-18', undefined], ['Stand: 08.07.2026 05:00 Uhr', '2026-07-08', '05:00'], ['19.2.2020 klo 14.00', '2020-02-19', '14:00'], ['Oct 13, 2020 @ 4:48 pm', '2020-10-13', '16:48']] as const) {
      const result = parse(page(article(`<p>${line}</p>`)), {format: 'html'})
      expect(result.published?.date, line).toBe(date)
      expect(result.published?.time, line).toBe(time)
      expect(JSON.stringify(result.body), line).not.toContain(line)
    }
  })

  it('should take, of two labels of one wall clock, the one whose instant a third source gives on another clock, and say so', () => {
    // JSON-LD labels the site's UTC clock with a local offset; the `<meta>` and the `<time>` agree on the instant.
    const head = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour works to start","datePublished":"2020-02-02T19:14:27+01:00"}</script><meta property="article:published_time" content="2020-02-02T19:14:27Z">'
    const time = '<time class="published" datetime="2020-02-02T20:14:27+01:00">2. Februar 2020</time>'
    const html = page(article(time), head)
    expect(parse(html, {format: 'html'}).published?.iso).toBe('2020-02-02T19:14:27+00:00')
    expect(said(html, 'instant-chosen')[0]).toMatch(/another source gives that instant too/)
    // Two labels alone, or a third that only copies one of them (the same wall clock), leave the most trusted.
    expect(parse(page(article(''), head), {format: 'html'}).published?.iso).toBe('2020-02-02T19:14:27+01:00')
    const copy = '<time class="published" datetime="2020-02-02T19:14:27Z">2. Februar 2020</time>'
    expect(parse(page(article(copy), head), {format: 'html'}).published?.iso).toBe('2020-02-02T19:14:27+01:00')
  })

  it('should keep the metadata’s instant when a date near the top disagrees with it', () => {
    const html = page(article('<p class="date">28. Juni 2014</p>'), '<meta property="article:published_time" content="2018-09-27T14:51:09+02:00">')
    expect(parse(html, {format: 'html'}).published?.iso).toBe('2018-09-27T14:51:09+02:00')
  })

  it('should not take an embedded video’s upload for the article’s publication', () => {
    const head = '<meta itemprop="datePublished" content="2021-03-08T11:15:28Z"><script type="application/ld+json">{"@type": "VideoObject", "name": "Clip", "uploadDate": "2021-03-14T19:14:36Z"}</script>'
    expect(parse(page(article(''), head), {format: 'html'}).published?.iso).toBe('2021-03-08T11:15:28+00:00')
    const video = '<script type="application/ld+json">{"@type": "VideoObject", "name": "Clip", "uploadDate": "2021-03-14T19:14:36Z"}</script>'
    expect(parse(page(article(''), video), {format: 'html'}).published?.iso).toBe('2021-03-14T19:14:36+00:00')
  })

  it('should date a page by its social or forum post when it has no article node', () => {
    const head = '<script type="application/ld+json">{"@type": "SocialMediaPosting", "headline": "Release notes", "datePublished": "2014-09-02T08:35:27-04:00"}</script>'
    expect(parse(page(article(''), head), {format: 'html'}).published?.iso).toBe('2014-09-02T08:35:27-04:00')
  })
})

describe('visible datelines in several languages', () => {
  /** A long article (more paragraphs than a header holds) closed by the given markup. */
  const closedBy = (closing: string) =>
    page(`<article><h1>Council reviews the bridge plan</h1>${Array.from({length: 20}, (_, index) => `<p>Paragraph ${index + 1}: the county council said that the bridge plan would be reviewed by an independent panel before the end of the year.</p>`).join('')}${closing}</article>`)

  it('should read a cue with an accent ("Publié le", "Créé:") and take the line out of the body', () => {
    for (const cue of ['Publié le', 'Créé:', 'Erstellt am', 'Veröffentlicht am']) {
      const found = parse(page(article(`<p>${cue} 12.12.2019 à 07h36</p>`)), {format: 'html', timeZone: 'Europe/Paris'})
      expect(found.published?.iso, cue).toBe('2019-12-12T07:36:00+01:00')
      expect(JSON.stringify(found.body), cue).not.toContain('12.12.2019')
    }
  })

  it('should read the publication before a bracketed update, with an agency before both, and take the line out of the body', () => {
    const line = 'AFP 14 mars 2024 à 08:15 (Mis à jour : 14 mars 2024 à 09:40)'
    const found = parse(page(article(`<p>${line}</p>`)), {format: 'html', timeZone: 'Europe/Paris'})
    expect(found.published?.iso).toBe('2024-03-14T08:15:00+01:00')
    expect(found.updated?.iso).toBe('2024-03-14T09:40:00+01:00')
    expect(JSON.stringify(found.body)).not.toContain('AFP')
    // An unlabelled time after the update's label is the update's own.
    expect(parse(page(article('<p>Mis à jour le 14 mars 2024 à 09:40</p>')), {format: 'html'}).published).toBeUndefined()
  })

  it('should read Portuguese cues with "em" ("postado em … / atualizado em …") as the publication and the update', () => {
    const found = parse(page(article('<div class="date"><small>postado em 04/05/2022 05:49 / atualizado em 04/05/2022 06:10</small></div>')), {format: 'html'})
    expect(found.published).toMatchObject({date: '2022-05-04', time: '05:49'})
    expect(found.updated).toMatchObject({date: '2022-05-04', time: '06:10'})
    expect(JSON.stringify(found.body)).not.toContain('postado')
    // The update's cue alone says what its stamp is: not the publication.
    const update = parse(page(article('<p>Atualizado em 04/05/2022 06:10</p>')), {format: 'html'})
    expect(update.published).toBeUndefined()
    expect(update.updated).toMatchObject({date: '2022-05-04', time: '06:10'})
  })

  it('should read a meta row that a count of comments closes, and one whose byline names an account', () => {
    for (const line of ['Von Ines Waldmann / 6. März 2024 / Keine Kommentare', 'By Ines Waldmann | March 6, 2024 | 12 Comments', 'von jdoe · 6. März 2024', 'Von Ines / 6. März 2024 / 3 Kommentare']) {
      const found = parse(page(article(`<p>${line}</p>`)), {format: 'html'})
      expect(found.published?.date, line).toBe('2024-03-06')
      expect(JSON.stringify(found.body), line).not.toMatch(/Kommentare|Comments|jdoe/)
    }
    // A count of comments in a sentence is the sentence's.
    const sentence = 'On 6. März 2024 the council counted 12 comments.'
    expect(JSON.stringify(parse(page(article(`<p>${sentence}</p>`)), {format: 'html'}).body)).toContain(sentence)
  })

  it('should read a dateline with a place, a desk or an agency before the date, or a section after it, and not a label with a colon', () => {
    for (const [line, date] of [['Kiel, 4. März 2024', '2024-03-04'], ['Graz - Mittwoch, 06.03.2024, 10:05 Uhr', '2024-03-06'], ['dpa am 07.03.2024', '2024-03-07'], ['Mittwoch, 6. März 2024 - Handel', '2024-03-06'], ['08 de marzo 2024 a las 08:10 hrs.', '2024-03-08']] as const) {
      const found = parse(page(article(`<p>${line}</p>`)), {format: 'html'})
      expect(found.published?.date, line).toBe(date)
      expect(JSON.stringify(found.body), line).not.toContain(line.slice(0, 8))
    }
    // A desk with no separator, an editor's initials after the date, "Article" before the cue.
    expect(parse(page(article('<p>Redaktion 4. März 2024 09:15</p>')), {format: 'html'}).published?.time).toBe('09:15')
    expect(parse(page(article('<p>Erstellt am: 04.03.2024 18:36 / ab</p>')), {format: 'html'}).published?.time).toBe('18:36')
    expect(parse(page(article('<p>Article mis à jour le 9 mars 2024.</p>')), {format: 'html'}).updated?.date).toBe('2024-03-09')
    // An event's date, a date inside a sentence, a word with no separator that is no desk: no dateline.
    for (const line of ['Termin: 28.02.2024, 18:30 Uhr', 'Meeting in Kiel, 4. März 2024', 'Meeting 4. März 2024']) expect(parse(page(article(`<p>${line}</p>`)), {format: 'html'}).published, line).toBeUndefined()
  })

  it('should read Polish and Scandinavian months and cues', () => {
    expect(parse(page(article('<p>opublikowano: 7 kwietnia 2021, 11:49</p>')), {format: 'html', timeZone: 'Europe/Warsaw'}).published?.iso).toBe('2021-04-07T11:49:00+02:00')
    expect(parse(page(article('<p>Publicerad 12 augusti 2021 kl 14.05</p>')), {format: 'html', timeZone: 'Europe/Stockholm'}).published?.iso).toBe('2021-08-12T14:05:00+02:00')
    expect(parse(page(article('<p>Publisert 2. mai 2021. Oppdatert 3. desember 2021</p>')), {format: 'html'}).updated?.date).toBe('2021-12-03')
  })

  it('should read the visible dateline of a page in Russian, Czech, Turkish, Finnish or Greek', () => {
    const dated = (line: string, timeZone: string) => parse(page(article(`<p>${line}</p>`)), {format: 'html', timeZone}).published
    expect(dated('15 августа 2016, 13:43', 'Europe/Moscow')?.iso).toBe('2016-08-15T13:43:00+03:00')
    expect(dated('Publikováno 3. května 2024 8:15', 'Europe/Prague')?.iso).toBe('2024-05-03T08:15:00+02:00')
    expect(dated('12 Şubat 2023 14:05', 'Europe/Istanbul')?.iso).toBe('2023-02-12T14:05:00+03:00')
    expect(dated('Julkaistu 3. toukokuuta 2024 klo 14.05', 'Europe/Helsinki')?.iso).toBe('2024-05-03T14:05:00+03:00')
    expect(dated('3 Μαΐου 2024', 'Europe/Athens')?.date).toBe('2024-05-03')
  })

  it('should take a cue and a date closing the article out of the body, and give what the header did not', () => {
    const found = parse(closedBy('<p>Aktualisiert am 17.01.2021.</p>'), {format: 'html'})
    expect(found.updated?.date).toBe('2021-01-17')
    expect(JSON.stringify(found.body)).not.toContain('Aktualisiert')
    // A sentence that holds a date is prose.
    const prose = parse(closedBy('<p>Aktualisiert wurde der Plan am 17.01.2021 nach der Sitzung.</p>'), {format: 'html'})
    expect(JSON.stringify(prose.body)).toContain('Aktualisiert wurde')
  })

  it('should take the date-classed line that closes the article when the header has none, but not one of several', () => {
    const closing = '<p class="publishedDate">Créé: 12.12.2019, 07h36</p>'
    expect(parse(closedBy(closing), {format: 'html', timeZone: 'Europe/Zurich'}).published?.iso).toBe('2019-12-12T07:36:00+01:00')
    // Several dated elements below the body (comments, teasers) give the article none.
    const comments = '<p class="comment-date">Créé: 13.12.2019, 08h10</p><p class="comment-date">Créé: 14.12.2019, 09h15</p>'
    expect(parse(closedBy(comments), {format: 'html', timeZone: 'Europe/Zurich'}).published).toBeUndefined()
  })
})

describe('the zone of post stamps', () => {
  const feed = ['21:22', '21:01', '20:40'].map((time, index) => `<p>${time}</p><p>Update ${index}: the county council said the bridge plan would be reviewed by an independent panel before the end of the year, residents were told.</p>`).join('')

  it('should not read time-only post stamps in the Z of a UTC machine timestamp', () => {
    const result = parse(page(`<main><h1>Level 5 live</h1>${feed}</main>`, '<meta property="article:published_time" content="2020-10-06T07:15:59Z">'), {format: 'html'})
    const stamps = [...result.posts.map((post) => post.published), result.published].filter((time) => time?.time?.length === 5)
    expect(stamps.length).toBeGreaterThan(0)
    for (const stamp of stamps) expect(stamp?.iso).toBeUndefined()
  })

  it('should read them in the offset of a publication time that carries one', () => {
    const result = parse(page(`<main><h1>Level 5 live</h1>${feed}</main>`, '<meta property="article:published_time" content="2020-10-06T08:15:59+01:00">'), {format: 'html'})
    const stamps = [...result.posts.map((post) => post.published), result.published].filter((time) => time?.time?.length === 5)
    expect(stamps.map((stamp) => stamp?.iso?.slice(-6))).toContain('+01:00')
  })
})

describe('a dateline closed by a reading time', () => {
  const prose = '<p>The county council said on Tuesday that the bridge plan would be reviewed by an independent panel before the end of the year, residents were told.</p>'.repeat(3)

  it('should read the date of a dateline that a reading time closes, and keep both out of the body', () => {
    // The last: the separator lost with the markup, the label glued to the time.
    for (const dateline of ['06.01.2026, Lesezeit 5 Min.', '6 January 2026 · 5 min read', '2026-01-06 | Temps de lecture : 4 min', '06.01.2026 - 09:15 UhrLesedauer: 3 Min.']) {
      const result = parse(page(`<main><h1>Bridge plan to be reviewed</h1><p class="meta">${dateline}</p>${prose}</main>`), {format: 'html'})
      expect(result.published?.date).toBe('2026-01-06')
      expect(JSON.stringify(result.body)).not.toMatch(/Lese|lecture|read/)
    }
  })

  it('should read a byline and date that a named reading time closes after a space ("By Jane Doe Mar 4, 2024 5 min read")', () => {
    const result = parse(page(`<main><h1>Bridge plan to be reviewed</h1><p>By Ines Waldmann Mar 4, 2024 5 min read</p>${prose}</main>`), {format: 'html'})
    expect(result.published?.date).toBe('2024-03-04')
    expect(result.authors).toEqual([{name: 'Ines Waldmann'}])
    expect(JSON.stringify(result.body)).not.toContain('min read')
    // A count of minutes that does not say it is a reading time stays where it is.
    const plain = parse(page(`<main><h1>Bridge plan to be reviewed</h1><p>By Ines Waldmann Mar 4, 2024 5 min</p>${prose}</main>`), {format: 'html'})
    expect(plain.published).toBeUndefined()
  })

  it('should not take a sentence that ends in minutes for a dateline', () => {
    const result = parse(page(`<main><h1>Bridge plan to be reviewed</h1><p>On 06.01.2026, the ferry was late by 5 min.</p>${prose}</main>`), {format: 'html'})
    expect(result.published).toBeUndefined()
  })
})
