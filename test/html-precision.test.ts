/**
 * The HTML front end's precision rules (issue 13, item 2), each proved on a
 * small page written here: what is furniture inside the article container
 * goes, the article's own text stays.
 */
import {describe, expect, it} from 'vitest'
import {parse, parseWithMessages, toPlainText} from '../src/index.js'

/** A page around a body. */
const html = (body: string) => `<!doctype html><html lang="en"><head><title>Page</title></head><body>${body}</body></html>`

/** A paragraph of prose about a topic. */
const prose = (topic: string) =>
  `<p>The county council said on Thursday that ${topic} would be reviewed by an independent panel before the end of the year, after residents complained about the delays.</p>`

/** The article: a headline and four paragraphs. */
const story = ['the bridge', 'the ferry', 'the harbour wall', 'the car park'].map(prose).join('')

describe('a rail of other stories inside the article', () => {
  // Cards with excerpts are prose enough to pass for content by their text alone.
  const card = (title: string) => `<li><h3><a href="/news/${title.toLowerCase().replace(/ /g, '-')}">${title}</a></h3><p>An excerpt of that other story, long enough to read as a paragraph of prose about ${title.toLowerCase()} and what the town decided about it.</p></li>`
  const rail = `<div class="related-articles"><h2>More on this</h2><ul>${card('School run changes')}${card('New bus lanes')}${card('Library hours cut')}</ul></div>`

  it('should drop a region named for related stories even when its cards carry excerpts', () => {
    const {article, messages} = parseWithMessages(html(`<main><article><h1>Bridge to close for repairs</h1>${story}${rail}</article></main>`), {format: 'html'})
    const text = toPlainText(article)
    expect(text).toContain('the harbour wall')
    expect(text).not.toContain('An excerpt of that other story')
    expect(messages.some((message) => message.ruleId === 'boilerplate-dropped' && message.reason.includes('related'))).toBe(true)
  })

  it('should keep a region so named when it holds most of the page\'s text', () => {
    const article = parse(html(`<main><h1>Bridge to close for repairs</h1><div class="post related-content">${story}</div></main>`), {format: 'html'})
    expect(toPlainText(article)).toContain('the car park')
  })
})

describe('a teaser card: a link around a headline and an excerpt', () => {
  const teaser = '<div class="box"><a href="/news/bus-lanes"><h3>New bus lanes open in the centre</h3><p>Drivers will have to share the road with buses from Monday, the council said.</p></a></div>'

  it('should read the text of a link that wraps blocks as link text, and drop it', () => {
    const {article, messages} = parseWithMessages(html(`<main><article><h1>Bridge to close for repairs</h1>${prose('the bridge')}${teaser}${prose('the ferry')}</article></main>`), {format: 'html'})
    const text = toPlainText(article)
    expect(text).toContain('the ferry')
    expect(text).not.toContain('New bus lanes')
    expect(text).not.toContain('share the road')
    expect(messages.some((message) => message.ruleId === 'boilerplate-dropped' && String(message.actual).includes('share the road'))).toBe(true)
  })

  it('should keep blocks inside a link that goes nowhere (`javascript:`, a fragment) or that swallows the article (an unclosed `<a>`)', () => {
    const script = parse(html(`<main><h1>Bridge to close for repairs</h1><a href="javascript:">${prose('the bridge')}</a></main>`), {format: 'html'})
    expect(toPlainText(script)).toContain('the bridge')
    const unclosed = parse(html(`<main><h1>Bridge to close for repairs</h1><a href="/home">${story}</a></main>`), {format: 'html'})
    expect(toPlainText(unclosed)).toContain('the car park')
  })
})

describe('a teaser card inside the article', () => {
  it('should drop a container named `teaser` that holds a heading linking to another story', () => {
    const card = '<div class="teaser teaser--inline"><h3 class="teaser__title"><a href="/news/bus-lanes">New bus lanes open</a></h3><div class="teaser__text"><p>Drivers will have to share the road with buses from Monday, the council said on Thursday, after a long consultation that drew more than two hundred replies from residents.</p></div></div>'
    const {article, messages} = parseWithMessages(html(`<main><article><h1>Bridge to close for repairs</h1>${prose('the bridge')}${card}${prose('the ferry')}</article></main>`), {format: 'html'})
    expect(toPlainText(article)).not.toContain('share the road')
    expect(toPlainText(article)).toContain('the ferry')
    expect(messages.some((message) => message.ruleId === 'boilerplate-dropped' && message.reason.includes('teaser card'))).toBe(true)
  })

  it('should keep the article\'s own teaser (its standfirst), which links to no story', () => {
    const article = parse(html(`<main><article><h1>Bridge to close for repairs</h1><div class="teaser"><p>The crossing shuts for six weeks from Monday while engineers replace its joints.</p></div>${story}</article></main>`), {format: 'html'})
    expect(article.standfirst).toBe('The crossing shuts for six weeks from Monday while engineers replace its joints.')
  })
})

describe('a slideshow inside the article', () => {
  const slides = (count: number) =>
    Array.from({length: count}, (_, index) => `<li><h2><span class="counter">${index + 1}/${count}</span> Market day ${index + 1}</h2><p>Traders set out their stalls before dawn on the ${index + 1}th day of the fair, as they have for two centuries.</p></li>`).join('')

  it('should drop a gallery whose slides are numbered, even when its captions outweigh the article', () => {
    // A long article (twenty paragraphs), and a longer slideshow in it.
    const long = Array.from({length: 20}, (_, index) => prose(`works section ${index + 1}`)).join('')
    const {article, messages} = parseWithMessages(html(`<main><article><h1>Bridge to close for repairs</h1>${long}<div class="inline-gallery"><ul>${slides(40)}</ul></div>${story}</article></main>`), {format: 'html'})
    const text = toPlainText(article)
    expect(text).toContain('the car park')
    expect(text).not.toContain('Traders set out their stalls')
    expect(text).not.toContain('1/40')
    expect(messages.some((message) => message.ruleId === 'boilerplate-dropped' && message.reason.includes('slideshow'))).toBe(true)
  })

  it('should keep the slideshow of a gallery page, where it is the content', () => {
    const article = parse(html(`<main><h1>The fair in pictures</h1><div class="gallery"><ul>${slides(6)}</ul></div></main>`), {format: 'html'})
    expect(toPlainText(article)).toContain('Traders set out their stalls')
  })
})

describe('a stream of teasers', () => {
  const stream = (count: number) =>
    `<ul class="stream">${Array.from({length: count}, (_, index) => `<li><h3><a href="/news/story-${index}">Other story number ${index + 1}</a></h3><p>The excerpt of the other story ${index + 1}, which tells what the council decided about the roads and the schools this week.</p></li>`).join('')}</ul>`
  const long = Array.from({length: 20}, (_, index) => prose(`works section ${index + 1}`)).join('')

  it('should drop a list whose items hold headings linking away, even when it outweighs the article', () => {
    const {article, messages} = parseWithMessages(html(`<main><article><h1>Bridge to close for repairs</h1>${long}</article><h2>Recommended for you</h2>${stream(40)}</main>`), {format: 'html'})
    const text = toPlainText(article)
    expect(text).toContain('works section 20')
    expect(text).not.toContain('The excerpt of the other story')
    expect(messages.some((message) => message.ruleId === 'boilerplate-dropped' && message.reason.includes('teaser card'))).toBe(true)
  })

  it('should keep the teasers of a page made of them (a listing, in sections, none of them most of the page)', () => {
    const article = parse(html(`<main><h1>Local news</h1><section><h2>Roads</h2>${stream(8)}</section><section><h2>Schools</h2>${stream(8)}</section><section><h2>Parks</h2>${stream(8)}</section></main>`), {format: 'html'})
    expect(JSON.stringify(article)).toContain('The excerpt of the other story 3')
  })

  it('should keep a list of the article\'s own points, which link nowhere', () => {
    const points = `<ul>${['roads', 'schools', 'parks', 'libraries'].map((topic) => `<li><h3>The ${topic}</h3><p>What the plan means for the ${topic} of the town.</p></li>`).join('')}</ul>`
    const article = parse(html(`<main><article><h1>Bridge to close for repairs</h1>${long}${points}</article></main>`), {format: 'html'})
    expect(toPlainText(article)).toContain('What the plan means for the parks')
  })
})

describe('a grid of teaser cards (blocks, not list items)', () => {
  const grid = `<div class="tiles">${['Harbour festival returns', 'Night buses extended', 'Market square repaved'].map((title, index) => `<div class="tile"><h3 class="tile-title"><a href="/news/tile-${index}">${title}</a></h3><div class="tile-text">A line of excerpt about ${title.toLowerCase()}, to tempt the reader over to it.</div></div>`).join('')}</div>`

  it('should drop a grid whose blocks each hold a heading linking away and a short excerpt', () => {
    const {article, messages} = parseWithMessages(html(`<main><article><h1>Bridge to close for repairs</h1>${story}</article><div class="latest"><h2>Latest</h2>${grid}</div></main>`), {format: 'html'})
    const text = toPlainText(article)
    expect(text).toContain('the car park')
    expect(text).not.toContain('A line of excerpt')
    expect(messages.some((message) => message.ruleId === 'boilerplate-dropped' && message.reason.includes('teaser card'))).toBe(true)
  })

  it('should keep a blog\'s front page of whole posts under linked titles beside a long sidebar', () => {
    const post = (index: number) => `<div class="entry"><h2><a href="/blog/post-${index}">Post number ${index}</a></h2>${prose(`post ${index} and the bridge`)}${prose(`post ${index} and the ferry`)}${prose(`post ${index} and the quay`)}${prose(`post ${index} and the pier`)}</div>`
    const sidebar = `<div class="widgets">${Array.from({length: 24}, (_, index) => prose(`widget ${index}`)).join('')}</div>`
    const article = parse(html(`<main><h1>The harbour blog</h1><div class="entries">${post(1)}${post(2)}${post(3)}</div>${sidebar}</main>`), {format: 'html'})
    expect(JSON.stringify(article)).toContain('post 2 and the quay')
  })
})

describe('the controls of a media player', () => {
  it('should drop the control bar and settings menus drawn over a video, and keep the article', () => {
    const player = '<div class="video-js"><video src="https://example.com/clip.mp4"></video><div class="vjs-control-bar"><div>Play</div><div>Current Time 0:00</div><div>Duration Time 2:31</div></div><div class="player-settings"><ul><li>Video Quality</li><li>Auto</li><li>High (HD)</li><li>Closed Captions</li></ul></div></div>'
    const {article, messages} = parseWithMessages(html(`<main><article><h1>Bridge to close for repairs</h1>${prose('the bridge')}${player}${prose('the ferry')}</article></main>`), {format: 'html'})
    const text = toPlainText(article)
    expect(text).toContain('the ferry')
    expect(text).not.toContain('Current Time')
    expect(text).not.toContain('Video Quality')
    expect(messages.filter((message) => message.reason.includes('player controls'))).toHaveLength(2)
  })
})

describe('a live ticker in the sidebar of an ordinary article', () => {
  it('should drop an `<aside>` even when its feed holds more text than the article', () => {
    const ticker = `<aside class="mod"><div class="live"><ul>${Array.from({length: 40}, (_, index) => `<li><span>${10 + Math.floor(index / 4)}:${String(index % 4 * 15).padStart(2, '0')}</span> Another item of the news ticker, number ${index + 1}, about the weather, the trains and the roads of the region this morning.</li>`).join('')}</ul></div></aside>`
    const long = Array.from({length: 20}, (_, index) => prose(`works section ${index + 1}`)).join('')
    const {article, messages} = parseWithMessages(html(`<div class="page"><article><h1>Bridge to close for repairs</h1>${long}</article>${ticker}</div>`), {format: 'html'})
    const text = toPlainText(article)
    expect(text).toContain('works section 20')
    expect(text).not.toContain('news ticker')
    expect(messages.some((message) => message.ruleId === 'boilerplate-dropped' && message.reason.includes('<aside>'))).toBe(true)
  })
})

describe('a list of sentences about links', () => {
  it('should keep a list whose items say something around their links, however much of it is linked', () => {
    const items = ['Ana Silva', 'Olek Brandt', 'Ines Calder'].map((name, index) => `<li><a href="/people/${index}">${name}</a> fixed an old and annoying issue with <a href="/bugs/${index}">the revoked permissions of add-ons in the developer tools panel (bug ${1000 + index})</a> that users reported this week.</li>`).join('')
    const article = parse(html(`<main><article><h1>These weeks in the browser</h1>${prose('the release')}<ul>${items}</ul>${prose('the next release')}</article></main>`), {format: 'html'})
    expect(toPlainText(article)).toContain("Olek Brandt fixed an old and annoying issue with")
  })

  it('should still drop a list of bare links (a menu, related titles)', () => {
    const menu = `<ul>${['Home', 'News', 'Sport', 'Weather'].map((label) => `<li><a href="/${label.toLowerCase()}">${label}</a></li>`).join('')}</ul>`
    const article = parse(html(`<main><article><h1>Bridge to close for repairs</h1>${story}${menu}</article></main>`), {format: 'html'})
    expect(toPlainText(article)).not.toContain('Weather')
  })
})

describe('the headline that keeps a region', () => {
  it('should drop a site header whose `<h1>` is the logo, when the metadata chose the article\'s headline', () => {
    const head = '<header class="site"><h1 class="logo">The Courier</h1><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav><div class="strap">Your independent local paper since 1871</div></header>'
    const page = `<!doctype html><html lang="en"><head><title>Bridge to close for repairs | The Courier</title><meta property="og:title" content="Bridge to close for repairs"></head><body>${head}<main><article><h2>Bridge to close for repairs</h2>${story}</article></main></body></html>`
    const {article, messages} = parseWithMessages(page, {format: 'html'})
    expect(article.title).toBe('Bridge to close for repairs')
    expect(JSON.stringify(article)).not.toContain('Your independent local paper')
    expect(messages.some((message) => message.ruleId === 'boilerplate-dropped' && message.reason.includes('<header>'))).toBe(true)
  })
})

describe('a page of one line', () => {
  it('should read the only line of a page without a title as its text, not as its headline', () => {
    const page = '<!doctype html><html><body><ul><li><p>Harbour wall repairs begin on Monday and run until the spring, the council says</p></li></ul></body></html>'
    const article = parse(page, {format: 'html'})
    expect(article.title).toBe('')
    expect(toPlainText(article)).toContain('Harbour wall repairs begin on Monday')
  })

  it('should still take the first line of a longer page as its headline only', () => {
    const page = `<!doctype html><html><body><p>Harbour wall repairs begin on Monday</p>${prose('the harbour wall')}</body></html>`
    const article = parse(page, {format: 'html'})
    expect(article.title).toBe('Harbour wall repairs begin on Monday')
    expect(toPlainText(article)).not.toContain('Harbour wall repairs begin on Monday')
  })
})

describe('the meta line of a blog post', () => {
  const meta = '<p class="info">Tuesday | 3 March 2020 | filed in Travel | 4 comments</p>'

  it('should drop a line near the top cut by bars into short fields, one of them a date', () => {
    const {article, messages} = parseWithMessages(html(`<main><article><h1>Bridge to close for repairs</h1>${meta}${story}</article></main>`), {format: 'html'})
    const text = toPlainText(article)
    expect(text).not.toContain('4 comments')
    expect(text).toContain('the car park')
    expect(messages.some((message) => message.ruleId === 'furniture-dropped' && String(message.actual).includes('filed in Travel'))).toBe(true)
  })

  it('should drop a meta line whose field lists categories, and date the page by it when nothing else does', () => {
    const listed = '<p>By Valley Desk, in News, Harbour, Business, Property, Tourism · 31 Jan 2025, 20:02 · 0 Comments</p>'
    const article = parse(html(`<main><article><h1>Bridge to close for repairs</h1>${listed}${story}</article></main>`), {format: 'html'})
    expect(toPlainText(article)).not.toContain('0 Comments')
    expect(article.published).toMatchObject({date: '2025-01-31', time: '20:02'})
    // A date the metadata gives stays.
    const dated = parse(html(`<main><article><h1>Bridge to close for repairs</h1><time datetime="2025-01-30T08:00:00Z">30 Jan</time>${listed}${story}</article></main>`), {format: 'html'})
    expect(dated.published?.iso).toBe('2025-01-30T08:00:00+00:00')
  })

  it('should keep a line of bars without a date, and such a line far below the header', () => {
    const noDate = parse(html(`<main><article><h1>Bridge to close for repairs</h1><p>Bridge | Ferry | Harbour</p>${story}</article></main>`), {format: 'html'})
    expect(toPlainText(noDate)).toContain('Bridge | Ferry | Harbour')
    const late = parse(html(`<main><article><h1>Bridge to close for repairs</h1>${story.repeat(5)}${meta}${prose('the end')}</article></main>`), {format: 'html'})
    expect(toPlainText(late)).toContain('4 comments')
  })
})

describe('an author\'s bio under the article', () => {
  it('should drop a region named for the author\'s bio however much prose it holds', () => {
    const bio = `<div class="author-bio"><p>Jane Roe has covered the county for the paper since 2009, after ten years at a regional radio station where she produced the morning programme and reported on the harbour, the council and the courts.</p><p>She studied history in Leeds and lives by the coast with two dogs and far too many books about lighthouses, ferries and the people who keep them running.</p><p>Before that she taught English in a secondary school for three years and wrote a weekly column about walking the coastal path in every season.</p></div>`
    const {article, messages} = parseWithMessages(html(`<main><article><h1>Bridge to close for repairs</h1>${story}${bio}</article></main>`), {format: 'html'})
    const text = toPlainText(article)
    expect(text).toContain('the car park')
    expect(text).not.toContain('lighthouses')
    expect(messages.some((message) => message.ruleId === 'boilerplate-dropped' && message.reason.includes('bio'))).toBe(true)
  })
})

describe('chrome that is a sentence', () => {
  it('should drop a cross-link whose headline is not linked and a notice of the blog engine, and keep the story', () => {
    const crossLink = '<p><strong>Read also:</strong> Ferry timetable changes from May</p>'
    const notice = '<p class="small">This entry was posted in Local news on Tuesday and tagged harbour, ferry.</p>'
    const {article, messages} = parseWithMessages(html(`<main><article><h1>Bridge to close for repairs</h1>${prose('the bridge')}${crossLink}${prose('the ferry')}${notice}</article></main>`), {format: 'html'})
    const text = toPlainText(article)
    expect(text).not.toContain('Ferry timetable changes')
    expect(text).not.toContain('This entry was posted')
    expect(text).toContain('the ferry')
    expect(messages.some((message) => message.ruleId === 'furniture-dropped' && String(message.actual).startsWith('Read also:'))).toBe(true)
  })

  it('should keep such words inside a quotation', () => {
    const article = parse(html(`<main><article><h1>Bridge to close for repairs</h1>${prose('the bridge')}<blockquote><p>Read also: the small print, the minister said.</p></blockquote>${prose('the ferry')}</article></main>`), {format: 'html'})
    expect(toPlainText(article)).toContain('Read also: the small print')
  })
})

describe('a paywall prompt', () => {
  it('should drop the prompts of a paywall, in HTML and in scraped text, and keep the story', () => {
    const prompts = ['To read the full story, please subscribe to the Harbour Times.', 'Already a subscriber? Log in to continue.', 'Sie sind bereits Abonnent? Hier anmelden.']
    const fromHtml = toPlainText(parse(html(`<main><article><h1>Bridge to close for repairs</h1>${prose('the bridge')}${prompts.map((line) => `<p>${line}</p>`).join('')}</article></main>`), {format: 'html'}))
    const fromText = toPlainText(parse(`Bridge to close for repairs\n\n${prose('the bridge').replace(/<\/?p>/g, '')}\n\n${prompts.join('\n\n')}\n`, {format: 'text'}))
    for (const text of [fromHtml, fromText]) {
      expect(text).toContain('the bridge')
      for (const line of prompts) expect(text).not.toContain(line)
    }
  })
})

describe('a call to action above the page\'s last blocks', () => {
  it('should drop a call to action among the last ten blocks, and keep one higher up in a long article', () => {
    const promo = '<p>For the latest stories from the coast, download the Harbour Times app for your phone.</p>'
    const tail = ['the bus lanes', 'the library', 'the school run', 'the market', 'the pool', 'the park'].map(prose).join('')
    const near = toPlainText(parse(html(`<main><article><h1>Bridge to close for repairs</h1>${story}${promo}${tail}</article></main>`), {format: 'html'}))
    expect(near).not.toContain('download the Harbour Times app')
    expect(near).toContain('the park')
    const more = ['the museum', 'the tram', 'the beach', 'the cinema', 'the hospital', 'the station'].map(prose).join('')
    const far = toPlainText(parse(html(`<main><article><h1>Bridge to close for repairs</h1>${story}${promo}${tail}${more}</article></main>`), {format: 'html'}))
    expect(far).toContain('download the Harbour Times app')
  })
})

describe('the heading of a region dropped as boilerplate', () => {
  const firstHalf = ['the bridge', 'the ferry'].map(prose).join('')
  const secondHalf = ['the harbour wall', 'the car park'].map(prose).join('')

  it('should drop a heading whose section went with the region under it', () => {
    const search = '<div class="box"><h3>Search the archive</h3><form><input name="q"><button>Go</button></form></div>'
    const text = toPlainText(parse(html(`<main><article><h1>Bridge to close for repairs</h1>${firstHalf}${search}${secondHalf}</article></main>`), {format: 'html'}))
    expect(text).toContain('the car park')
    expect(text).not.toContain('Search the archive')
  })

  it('should keep a heading with text of its own under it, and the one under the headline', () => {
    const page = `<main><article><header><h1>Bridge to close for repairs</h1><h2>Repairs will take a year, the council says</h2><div class="share-tools"><a href="/s">Share</a></div></header>${firstHalf}<h3>What happens next</h3><div class="advert">Buy now</div>${secondHalf}</article></main>`
    const {article} = parseWithMessages(html(page), {format: 'html'})
    const text = `${article.standfirst ?? ''}\n${toPlainText(article)}`
    expect(text).toContain('Repairs will take a year')
    expect(text).toContain('What happens next')
  })
})

describe('a contact box', () => {
  it('should drop a box of contact details named so, and keep the story around it', () => {
    const contact = '<div class="article-contact"><p>Questions about this page? Write to the press office at press@example.org or call the switchboard on weekdays between nine and five.</p></div>'
    const page = `<main><article><h1>Bridge to close for repairs</h1>${prose('the bridge')}${prose('the ferry')}${contact}${prose('the harbour wall')}${prose('the car park')}</article></main>`
    const text = toPlainText(parse(html(page), {format: 'html'}))
    expect(text).toContain('the car park')
    expect(text).not.toContain('Write to the press office')
  })

  it('should keep a paragraph of the story so named: the reporter\'s contact line', () => {
    const page = `<main><article><h1>Bridge to close for repairs</h1>${story}<p class="graf graf-contact">Contact the reporter at reporter@example.org with tips about the bridge.</p></article></main>`
    expect(toPlainText(parse(html(page), {format: 'html'}))).toContain('Contact the reporter at')
  })
})

describe('a cookie notice named by a compound word', () => {
  it('should drop a notice whose class compounds `cookie`, however much prose it holds', () => {
    const notice = `<div class="cookiehint"><p>${'This site stores small files on your device to remember your settings and to measure how often each page is read. '.repeat(4)}</p><p>You can change your choice at any time in the settings at the bottom of each page.</p></div>`
    const page = `<main><article><h1>Bridge to close for repairs</h1>${story}</article>${notice}</main>`
    const text = toPlainText(parse(html(page), {format: 'html'}))
    expect(text).toContain('the car park')
    expect(text).not.toContain('small files on your device')
  })
})

describe('an info box beside the story', () => {
  it('should drop a short box named an info box, and keep the story around it', () => {
    const box = '<div class="article-infobox"><h3>Further reading</h3><p>Our guide to the county\'s bridges and the council\'s budget for the year, in one place.</p></div>'
    const page = `<main><article><h1>Bridge to close for repairs</h1>${prose('the bridge')}${prose('the ferry')}${box}${prose('the harbour wall')}${prose('the car park')}</article></main>`
    const text = toPlainText(parse(html(page), {format: 'html'}))
    expect(text).toContain('the car park')
    expect(text).not.toContain('Further reading')
    expect(text).not.toContain('Our guide to the county')
  })

  it('should keep an info box drawn as a table: the subject\'s facts', () => {
    const facts = '<table class="infobox"><tr><th>Opened</th><td>1887</td></tr><tr><th>Length</th><td>412 metres of stone arches</td></tr></table>'
    const page = `<main><article><h1>Bridge to close for repairs</h1>${prose('the bridge')}${facts}${prose('the ferry')}${prose('the harbour wall')}</article></main>`
    expect(toPlainText(parse(html(page), {format: 'html'}))).toContain('412 metres of stone arches')
  })
})

describe('calls to action in HTML', () => {
  it('should drop a button\'s short call wherever it stands, and keep a paragraph about the same thing', () => {
    const button = '<p class="download"><span class="icon"></span>Das Protokoll als PDF herunterladen (120 KB)</p>'
    const mention = '<p>The council said residents could download the report as a PDF from its website, or read it at the library.</p>'
    const page = `<main><article><h1>Bridge to close for repairs</h1>${prose('the bridge')}${button}${mention}${prose('the ferry')}${prose('the harbour wall')}</article></main>`
    const text = toPlainText(parse(html(page), {format: 'html'}))
    expect(text).not.toContain('als PDF herunterladen')
    expect(text).toContain('download the report as a PDF')
    expect(text).toContain('the harbour wall')
  })

  it('should drop a membership ask that closes the article, its paragraph and its button', () => {
    const box = '<div><h2>An informed public decides better</h2><p>We have reported on this county for 120 years.<br><strong>Become a member and enjoy exclusive benefits</strong></p><a href="/join">Join now</a></div>'
    const page = `<main><article><h1>Bridge to close for repairs</h1>${story}${box}</article></main>`
    const text = toPlainText(parse(html(page), {format: 'html'}))
    expect(text).toContain('the car park')
    expect(text).not.toContain('Become a member')
    expect(text).not.toContain('reported on this county for 120 years')
  })

  it('should drop an ask that closes a list, and keep the list\'s items above it', () => {
    const tips = '<ul><li>Check the closures before you set out.</li><li>Leave ten minutes earlier than usual.</li><li>Take the ferry when the queue is short. Werden Sie Mitglied und erhalten Sie exklusive Angebote!</li></ul>'
    const steps = '<ol><li>Open your account page. Melden Sie sich mit Ihrer Kundennummer an.</li><li>Choose the booking you want to change.</li></ol>'
    const page = `<main><article><h1>Bridge to close for repairs</h1>${story}${steps}${tips}</article></main>`
    const text = toPlainText(parse(html(page), {format: 'html'}))
    expect(text).toContain('Leave ten minutes earlier than usual.')
    expect(text).not.toContain('Werden Sie Mitglied')
    expect(text).toContain('Melden Sie sich mit Ihrer Kundennummer an')
  })

  it('should drop a closing invitation to subscribe, in Polish too', () => {
    const page = `<main><article><h1>Bridge to close for repairs</h1>${story}<p>Zapraszamy także do subskrypcji naszego tygodnika i oglądania audycji telewizji.</p></article></main>`
    const text = toPlainText(parse(html(page), {format: 'html'}))
    expect(text).toContain('the car park')
    expect(text).not.toContain('Zapraszamy')
  })
})

describe('the age of a question or an answer', () => {
  it('should drop "Asked 3 years, 2 months ago" and keep the question', () => {
    const page = `<main><article><h1>When to use the past perfect?</h1><p>Asked 3 years, 2 months ago</p>${prose('the bridge')}${prose('the ferry')}<p>answered 5 weeks ago</p>${prose('the harbour wall')}</article></main>`
    const text = toPlainText(parse(html(page), {format: 'html'}))
    expect(text).not.toContain('months ago')
    expect(text).not.toContain('weeks ago')
    expect(text).toContain('the harbour wall')
  })
})

describe('the chrome of embeds and players', () => {
  it('should drop the title of an embed held back until consent, and a video\'s availability note', () => {
    const consent = '<div><div>Externer Inhalt</div><p>Nothing from the other site is loaded until you agree.</p></div>'
    const player = '<div class="player"><video src="/v.mp4"></video><dl><dt>Video verfügbar bis 28.02.2027</dt></dl></div>'
    const page = `<main><article><h1>Bridge to close for repairs</h1>${prose('the bridge')}${consent}${prose('the ferry')}${player}${prose('the harbour wall')}</article></main>`
    const text = toPlainText(parse(html(page), {format: 'html'}))
    expect(text).not.toContain('Externer Inhalt')
    expect(text).not.toContain('verfügbar bis')
    expect(text).toContain('the harbour wall')
  })

  it('should keep a sentence that says how long something is available', () => {
    const page = `<main><article><h1>Bridge to close for repairs</h1>${prose('the bridge')}<p>Available until the end of March, the temporary ferry will run every twenty minutes from the old quay.</p>${prose('the ferry')}</article></main>`
    expect(toPlainText(parse(html(page), {format: 'html'}))).toContain('Available until the end of March, the temporary ferry')
  })
})

describe('links and counts offered by the page', () => {
  it('should drop a permalink line and a list\'s count of what it shows', () => {
    const page = `<main><article><h1>Bridge to close for repairs</h1>${prose('the bridge')}<p>Permalink: https://example.org/p/ab12</p>${prose('the ferry')}<p>Showing 1–10 of 42 results</p><p>Es werden die Artikel 11 bis 20 von insgesamt 42 angezeigt</p>${prose('the harbour wall')}</article></main>`
    const text = toPlainText(parse(html(page), {format: 'html'}))
    expect(text).not.toContain('Permalink')
    expect(text).not.toContain('Showing 1–10')
    expect(text).not.toContain('angezeigt')
    expect(text).toContain('the harbour wall')
  })

  it('should keep a sentence that talks of a permalink or of what a survey shows', () => {
    const page = `<main><article><h1>Bridge to close for repairs</h1>${prose('the bridge')}<p>Showing 10 of 42 cracks to the press, the engineer said the rest were too small to matter.</p><p>Permalinks to each inspection report will be published on the council's site next week.</p>${prose('the ferry')}</article></main>`
    const text = toPlainText(parse(html(page), {format: 'html'}))
    expect(text).toContain('Showing 10 of 42 cracks')
    expect(text).toContain('Permalinks to each inspection report')
  })
})
