/**
 * Authors are people: every source of names (JSON-LD, `<meta>`, `rel=author`,
 * byline elements, "By" lines), what is cut from a name (job titles, roles,
 * agencies, initials, handles), and what is never an author (organisations,
 * CMS accounts, subheadings, photographers, prompts). Every page here is
 * written for the test, with invented names.
 */
import {describe, expect, it} from 'vitest'
import {parse, parseWithMessages, toPlainText} from '../src/index.js'
import {cleanName, isRole} from '../src/util/author-roles.js'
import {isPersonName} from '../src/util/names.js'
import {isOrganisation} from '../src/util/organisations.js'
import {readByline} from '../src/util/bylines.js'

/** Body paragraphs, long enough to be prose. */
const prose = (topic: string, count = 3) =>
  Array.from({length: count}, (_, index) => `<p>Paragraph ${index + 1} about ${topic}: the harbour board met on Tuesday and agreed that the works would go ahead before the winter storms.</p>`).join('\n')

/** A paragraph of scraped text, long enough to be prose. */
const textProse = (topic: string) => `The harbour board met on Tuesday and agreed that the works on ${topic} would go ahead before the winter storms.`

/** A page with a head and a body. */
const html = (head: string, content: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${content}</body></html>`

/** A JSON-LD script of a news article with these authors. */
const jsonLd = (author: unknown, extra: Record<string, unknown> = {}) =>
  `<script type="application/ld+json">${JSON.stringify({'@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Harbour works to start in May', author, ...extra})}</script>`

const url = 'https://www.valley-post.test/news/harbour-works'

/** The names of a page's authors. */
const names = (input: string) => parse(input, {format: 'html', url}).authors.map((author) => author.name)

describe('bylines in text', () => {
  it('should read several names joined in any language', () => {
    expect(readByline('By Jane Doe and John Roe')?.map((author) => author.name)).toEqual(['Jane Doe', 'John Roe'])
    expect(readByline('Von Maria Lopez und Hans Gruber')?.map((author) => author.name)).toEqual(['Maria Lopez', 'Hans Gruber'])
    expect(readByline('Par Claire Martin et Luc Bernard')?.map((author) => author.name)).toEqual(['Claire Martin', 'Luc Bernard'])
    expect(readByline('Por Maria Lopez y Juan Perez')?.map((author) => author.name)).toEqual(['Maria Lopez', 'Juan Perez'])
    expect(readByline('Av Kari Nordmann og Ola Nordmann')?.map((author) => author.name)).toEqual(['Kari Nordmann', 'Ola Nordmann'])
    expect(readByline('By Jane Doe, John Roe and Maria Lopez')?.map((author) => author.name)).toEqual(['Jane Doe', 'John Roe', 'Maria Lopez'])
    expect(readByline('Von: JANE DOE')).toEqual([{name: 'JANE DOE'}])
  })

  it('should give a job title in the plural after the last name to every name, a singular one to the last only', () => {
    expect(readByline('By Jane Doe and John Roe / Staff Writers')).toEqual([{name: 'Jane Doe', role: 'Staff Writers'}, {name: 'John Roe', role: 'Staff Writers'}])
    expect(readByline('Von Maria Lopez und Hans Gruber, Korrespondenten')).toEqual([{name: 'Maria Lopez', role: 'Korrespondenten'}, {name: 'Hans Gruber', role: 'Korrespondenten'}])
    expect(readByline('By Jane Doe and John Roe, Washington Correspondent')).toEqual([{name: 'Jane Doe'}, {name: 'John Roe', role: 'Washington Correspondent'}])
    // A title of its own stays its name's.
    expect(readByline('By Jane Doe, Science Editor, and John Roe, Staff Writers')?.[0]).toEqual({name: 'Jane Doe', role: 'Science Editor'})
  })

  it('should read a byline with the writers\' email addresses beside their names, and not cut a name glued to one', () => {
    expect(readByline('Por Maria Lopez mlopez@valley-post.test')).toEqual([{name: 'Maria Lopez'}])
    expect(readByline('By Jane Doe | jane.doe@valley-post.test')).toEqual([{name: 'Jane Doe'}])
    expect(readByline('By Jane Doe and John Roe (jroe@valley-post.test)')).toEqual([{name: 'Jane Doe'}, {name: 'John Roe'}])
    // Glued by the markup, the name's end cannot be told from the address: no byline rather than a cut name.
    expect(readByline('Por Maria Lopez Reinamaria.lopez@valley-post.test')).toBeUndefined()
  })

  it('should read a name with its e-mail address and the date after them, with no "By", as the byline and the dateline, not the standfirst', () => {
    const text = ['Harbour works to start in May', 'Maria Lopez maria.lopez@valley-post.test | Viernes 22 abril, 2022', textProse('the harbour'), textProse('the ferry')].join('\n\n')
    const article = parse(text, {format: 'text'})
    expect(article.authors).toEqual([{name: 'Maria Lopez'}])
    expect(article.published?.date).toBe('2022-04-22')
    expect(article.standfirst).toBeUndefined()
  })

  it('should not take a two-word subheading after the first paragraph of a scraped text for its writer, but keep the name right under the standfirst', () => {
    const story = (...lines: string[]) => parse(['Harbour works to start in May', ...lines].join('\n\n'), {format: 'text'}).authors.map((author) => author.name)
    // Lines between the headline and the first paragraph (no standfirst), then a subheading that reads like a name.
    expect(story('Harbour notes', 'Ferry log, part two', textProse('the harbour'), 'Example Data', textProse('the ferry'), textProse('the tunnel'))).toEqual([])
    expect(story('Maria Lopez', '4 May 2024', textProse('the harbour'), 'Recent Findings', textProse('the ferry'))).toEqual(['Maria Lopez'])
    // The standfirst right under the headline, the writer's name right under it.
    expect(story('The board agreed that the works would go ahead before the winter storms, after a year of delays.', 'Maria Lopez', textProse('the ferry'), textProse('the tunnel'))).toEqual(['Maria Lopez'])
  })

  it('should read the writer\'s name alone over or under the dateline at the top of a scraped text, not as the section', () => {
    const top = (...lines: string[]) => parse([...lines, textProse('the harbour'), textProse('the ferry')].join('\n\n'), {format: 'text'})
    for (const lines of [['Maria Lopez', '22.11.2022', 'Harbour works to start in May'], ['22.11.2022', 'Maria Lopez', 'Harbour works to start in May']]) {
      const article = top(...lines)
      expect(article.authors, lines.join(' / ')).toEqual([{name: 'Maria Lopez'}])
      expect(article.section, lines.join(' / ')).toBeUndefined()
      expect(article.title, lines.join(' / ')).toBe('Harbour works to start in May')
    }
    // A section label with no date beside it stays the section.
    expect(top('Harbour News', 'Harbour works to start in May').section).toBe('Harbour News')
    // "Article by" opens a byline as "Written by" does.
    expect(top('Harbour works to start in May', 'Article by Maria Lopez').authors).toEqual([{name: 'Maria Lopez'}])
    // A label of either sex alone on its line, over the name: "AUTOR/IN".
    const labelled = top('Harbour works to start in May', '21.4.2021, 16:41 Uhr', 'AUTOR/IN', 'Maria Lopez')
    expect(labelled.authors).toEqual([{name: 'Maria Lopez'}])
    expect(labelled.title).toBe('Harbour works to start in May')
    expect(JSON.stringify(labelled.body)).not.toContain('AUTOR')
  })

  it('should read a labelled field of the writer, not of a placeholder or a desk', () => {
    expect(readByline('Author: Jane Doe')).toEqual([{name: 'Jane Doe'}])
    expect(readByline('Autorin: Maria Lopez')).toEqual([{name: 'Maria Lopez'}])
    expect(readByline('Auteur : Claire Martin')).toEqual([{name: 'Claire Martin'}])
    // German's labels for either sex.
    expect(readByline('Autor/in: Maria Lopez')).toEqual([{name: 'Maria Lopez'}])
    expect(readByline('Autor*innen: Maria Lopez und Hans Gruber')).toEqual([{name: 'Maria Lopez'}, {name: 'Hans Gruber'}])
    expect(readByline('Author: admin')).toBeUndefined()
    expect(readByline('Autor: Redaktion')).toBeUndefined()
    const article = parse(html('', `<main><h1>Harbour works to start in May</h1><p>Autor: Hans Gruber</p>${prose('the harbour')}</main>`), {format: 'html'})
    expect(article.authors).toEqual([{name: 'Hans Gruber'}])
    expect(article.body.some((block) => 'text' in block && /Gruber/.test(block.text))).toBe(false)
  })

  it('should keep a title between names for the name before it', () => {
    expect(readByline('By Jane Doe, Environment correspondent, and John Roe')).toEqual([{name: 'Jane Doe', role: 'Environment correspondent'}, {name: 'John Roe'}])
  })

  it('should cut job titles, roles, agencies, initials and handles from a name', () => {
    expect(readByline('By Jane Doe | Correspondent')).toEqual([{name: 'Jane Doe', role: 'Correspondent'}])
    expect(readByline('By Jane DoeStaff Writer')).toEqual([{name: 'Jane Doe', role: 'Staff Writer'}])
    expect(readByline('By Jane DoeSenior Correspondent')).toEqual([{name: 'Jane Doe', role: 'Senior Correspondent'}])
    expect(readByline('By Jane Doe SmithStaff Writer')).toEqual([{name: 'Jane Doe Smith', role: 'Staff Writer'}])
    // A firm's titles, also when their words look like a name.
    expect(readByline('By Jane Doe, Growth Marketing Manager')).toEqual([{name: 'Jane Doe', role: 'Growth Marketing Manager'}])
    expect(readByline('By Jane Doe Managing Director')).toEqual([{name: 'Jane Doe', role: 'Managing Director'}])
    // A brand's inner capital in the title is no title glued to the name.
    expect(readByline('By Jane Doe ValleyPost Staff')).toEqual([{name: 'Jane Doe', role: 'ValleyPost Staff'}])
    expect(readByline('By Jane Doe Political Correspondent')).toEqual([{name: 'Jane Doe', role: 'Political Correspondent'}])
    expect(readByline('By Jane Doe @janedoe')).toEqual([{name: 'Jane Doe'}])
    expect(readByline('Von Hans Gruber (hg)')).toEqual([{name: 'Hans Gruber'}])
    expect(cleanName('Hans Gruber/dpa')).toEqual({name: 'Hans Gruber', agency: 'dpa'})
    expect(cleanName('Jane Doe (AFP)')).toEqual({name: 'Jane Doe', agency: 'AFP'})
    expect(cleanName('Jane Doe / Journalist')).toEqual({name: 'Jane Doe', role: 'Journalist'})
    expect(isRole('Dal nostro inviato')).toBe(true)
    // A Korean byline's title after the name, and its count of co-writers.
    expect(cleanName('홍길동 기자')).toEqual({name: '홍길동', role: '기자'})
    expect(cleanName('홍길동 특파원 외 1명')).toEqual({name: '홍길동', role: '특파원'})
    expect(cleanName('기자')).toEqual({name: '기자'})
    // A profession before the name is a role; an honorific and a title that goes on ("Attorney General") stay.
    expect(readByline('Autor: Rechtsanwalt Hans Gruber')).toEqual([{name: 'Hans Gruber', role: 'Rechtsanwalt'}])
    expect(cleanName('Korrespondentin Maria Lopez')).toEqual({name: 'Maria Lopez', role: 'Korrespondentin'})
    expect(cleanName('Dr. Jane Doe')).toEqual({name: 'Dr. Jane Doe'})
    expect(cleanName('Attorney General Jane Doe').name).toBe('Attorney General Jane Doe')
  })

  it('should credit an agency named beside the people as the source', () => {
    const page = (byline: string) => parse(html('', `<main><h1>Harbour works to start in May</h1><p>${byline}</p>${prose('the harbour')}</main>`), {format: 'html'})
    expect(page('By Jane Doe and AP')).toMatchObject({authors: [{name: 'Jane Doe'}], source: 'AP'})
    expect(page('Von Hans Gruber/dpa')).toMatchObject({authors: [{name: 'Hans Gruber'}], source: 'dpa'})
    expect(page('By Jane Doe, Reuters')).toMatchObject({authors: [{name: 'Jane Doe'}], source: 'Reuters'})
    expect(readByline('By Jane Doe/Reuters files')).toBeUndefined()
    // The same in a `<meta name="author">`: the person, and the site's own desk as the source.
    const meta = parse(html('<meta property="og:site_name" content="VPN Sachsen"><meta name="author" content="Jane Doe, VPN SACHSEN-ANHALT">', `<main><h1>Harbour works to start in May</h1>${prose('the harbour')}</main>`), {format: 'html', url: 'https://www.vpn.test/news/1'})
    expect(meta).toMatchObject({authors: [{name: 'Jane Doe'}], source: 'VPN SACHSEN-ANHALT'})
  })

  it('should read a name written surname first, with initials or the surname’s particles after the given name', () => {
    expect(readByline('By Doe, Jane')).toEqual([{name: 'Jane Doe'}])
    const head = '<meta name="DC.Creator" content="Kooman, F."><meta name="DC.Creator" content="Jong, Michiel de">'
    expect(names(html(head, `<main><h1>Harbour works to start in May</h1>${prose('the harbour')}</main>`))).toEqual(['F. Kooman', 'Michiel de Jong'])
    // Two people, or a name and a role, are no surname-first name.
    expect(readByline('By Jane Doe, John Roe')).toEqual([{name: 'Jane Doe'}, {name: 'John Roe'}])
  })

  it('should not read a photographer\'s or an editor\'s credit as a byline', () => {
    expect(readByline('Photographs by Jane Doe')).toBeUndefined()
    expect(readByline('Edited by John Roe')).toBeUndefined()
  })

  it('should keep a credit that names no writer out of the body and of the authors', () => {
    const article = parse(html('', `<main><h1>Harbour works to start in May</h1><p>By Jane Doe</p><p>Edited by John Roe</p>${prose('the harbour')}<p>By Staff Writer</p></main>`), {format: 'html'})
    expect(article.authors).toEqual([{name: 'Jane Doe'}])
    expect(article.body.map((block) => ('text' in block ? block.text : ''))).not.toContain('Edited by John Roe')
    expect(article.body.map((block) => ('text' in block ? block.text : ''))).not.toContain('By Staff Writer')
  })

  it('should read a name with a nickname or initials in parentheses between given name and surname', () => {
    expect(isPersonName('Richard (R.J.) Hart')).toBe(true)
    expect(isPersonName('William (Bill) Hart')).toBe(true)
    // Not at the end (an agency, initials) and not a sentence's aside.
    expect(isPersonName('Jane Doe (AFP)')).toBe(false)
    expect(isPersonName('The harbour (and the quay) Reopens')).toBe(false)
    const byline = '<span class="byline"><a href="/writer/richard-hart/" rel="author">Richard (R.J.) Hart</a></span>'
    expect(names(html('', `<article><h1>Harbour works to start in May</h1>${byline}${prose('the harbour')}</article>`))).toEqual(['Richard (R.J.) Hart'])
  })

  it('should not take prompts, labels or shouted words for names', () => {
    expect(isPersonName('View My Complete Profile')).toBe(false)
    expect(isPersonName('Related Coverage')).toBe(false)
    expect(isPersonName('War. This. Is. War.')).toBe(false)
    expect(isPersonName('J. R. Doe')).toBe(true)
    // Pronouns and question words open prompts and subheadings; the surnames spelt like one stay names.
    expect(isPersonName('What Happened')).toBe(false)
    expect(isPersonName('Überprüfen Sie Ihren Posteingang')).toBe(false)
    expect(isPersonName('How It Works')).toBe(false)
    expect(isPersonName('He Jiankui')).toBe(true)
    // "der" and "den" only after "von" or "van"; words glued into one by a flattened menu.
    expect(isPersonName('Weitere Digitalisierung der Schweizer Kinos')).toBe(false)
    expect(isPersonName('Ursula von der Leyen')).toBe(true)
    expect(isPersonName('Jan van den Broek')).toBe(true)
    expect(isPersonName('Gesamte SeiteEnglishGeschichten der GegenwartGespräche')).toBe(false)
    expect(isPersonName('Ronald McDonald')).toBe(true)
  })
})

describe('authors from metadata', () => {
  it('should take JSON-LD people, and an organisation as the source', () => {
    const article = parse(html(jsonLd([{'@type': 'Person', name: 'Jane Doe'}, {'@type': 'Organization', name: 'Valley Newswire'}]), `<main><h1>Harbour works to start in May</h1>${prose('the harbour')}</main>`), {format: 'html', url})
    expect(article.authors).toEqual([{name: 'Jane Doe'}])
    expect(article.source).toBe('Valley Newswire')
  })

  it('should read given and family names, and a person the graph refers to', () => {
    expect(names(html(jsonLd({'@type': 'Person', givenName: 'Maria', familyName: 'Lopez'}), `<main><h1>Harbour works to start in May</h1>${prose('the harbour')}</main>`))).toEqual(['Maria Lopez'])
    const graph = `<script type="application/ld+json">${JSON.stringify({'@context': 'https://schema.org', '@graph': [{'@type': 'NewsArticle', headline: 'Harbour works to start in May', author: {'@id': 'https://www.valley-post.test/#/person/1'}}, {'@type': 'Person', '@id': 'https://www.valley-post.test/#/person/1', name: 'Jane Doe'}]})}</script>`
    expect(names(html(graph, `<main><h1>Harbour works to start in May</h1>${prose('the harbour')}</main>`))).toEqual(['Jane Doe'])
  })

  it('should not take a CMS account, a desk or the publisher for a person', () => {
    const admin = jsonLd({'@id': 'https://www.valley-post.test/author/admin/', name: 'Valley P'})
    expect(names(html(admin, `<main><h1>Harbour works to start in May</h1>${prose('the harbour')}</main>`))).toEqual([])
    const desk = parse(html(jsonLd({'@type': 'Person', name: 'Our Foreign Staff'}), `<main><h1>Harbour works to start in May</h1>${prose('the harbour')}</main>`), {format: 'html', url})
    expect(desk.authors).toEqual([])
    expect(desk.source).toBe('Our Foreign Staff')
    const publisher = '<meta property="og:site_name" content="Valley Post"><meta name="author" content="Valley Post"><meta property="article:author" content="Maria Lopez">'
    const article = parse(html(publisher, `<main><h1>Harbour works to start in May</h1>${prose('the harbour')}</main>`), {format: 'html', url})
    expect(article.authors).toEqual([{name: 'Maria Lopez'}])
    expect(article.source).toBe('Valley Post')
  })

  it('should read a line of the writers the metadata names, with their roles and no "By", as their byline: not the standfirst, not the body', () => {
    const head = jsonLd([{'@type': 'Person', name: 'Jane Doe'}, {'@type': 'Person', name: 'John Roe'}])
    const byline = '<div class="article-author"><a href="/bio/jane-doe">Jane Doe</a>, Staff Attorney, Harbour Rights Project<br>&amp; <a href="/bio/john-roe">John Roe</a>, Director of Education, Valley Schools Trust</div><div class="date">July 25, 2019 | 11:15 PM</div>'
    const article = parse(html(head, `<main><h1>Harbour works to start in May</h1>${byline}${prose('the harbour')}</main>`), {format: 'html', url})
    expect(article.standfirst).toBeUndefined()
    expect(toPlainText(article)).not.toMatch(/Staff Attorney|Director of Education/)
    expect(article.authors.map((author) => author.name)).toEqual(['Jane Doe', 'John Roe'])
    // A summary that opens with another name, or a sentence about the writer, is no byline.
    const summary = '<p class="standfirst">Maria Lopez, the harbour master, says the works will start in May</p>'
    expect(parse(html(head, `<main><h1>Harbour works to start in May</h1>${summary}${prose('the harbour')}</main>`), {format: 'html', url}).standfirst).toBe('Maria Lopez, the harbour master, says the works will start in May')
  })

  it('should read a byline of linked names, each with its role, however long, without metadata; not an author box of one name and a bio', () => {
    const byline = '<div class="article-author"><a href="/bio/jane-doe-0">Jane Doe</a>, Staff Attorney, Harbour Rights Project of the Valley<br>&amp; <a href="/bio/john-roe">John Roe</a>, Director of Education Equity, Valley Schools Trust</div>'
    const article = parse(html('', `<main><h1>Harbour works to start in May</h1>${byline}${prose('the harbour')}</main>`), {format: 'html', url})
    expect(article.authors.map((author) => author.name)).toEqual(['Jane Doe', 'John Roe'])
    const box = '<div class="article-author"><a href="/bio/jane-doe-0">Jane Doe</a> has written about the harbour, its ferries and the fishing fleet of the valley for twenty years, and won two regional prizes for it.</div>'
    expect(parse(html('', `<main><h1>Harbour works to start in May</h1>${prose('the harbour')}${box}</main>`), {format: 'html', url}).authors).toEqual([])
  })

  it('should read a byline that is mostly its linked names under the headline, not drop it as link text; a teaser\'s stays out', () => {
    for (const byline of ['<div class="meta">Von <a href="/redaktion/jane-doe"><strong>Jane Doe</strong></a></div>', '<p>By <a href="/staff/jane-doe">Jane Doe</a> and <a href="/staff/john-roe">John Roe</a></p>']) {
      const article = parse(html('', `<main><h1>Harbour works to start in May</h1>${byline}${prose('the harbour')}</main>`), {format: 'html', url})
      expect(article.authors[0]?.name).toBe('Jane Doe')
      expect(toPlainText(article)).not.toContain('Jane Doe')
    }
    // Nor is a byline heading right before a list of links dropped as that list's heading.
    const links = '<ul><li><a href="/a">Ferry timetable</a></li><li><a href="/b">Dock vote</a></li><li><a href="/c">Harbour cafe</a></li></ul>'
    expect(names(html('', `<main><h1>Harbour works to start in May</h1><h2>By <a href="/author/jane-doe/">Jane Doe</a>.</h2>${links}${prose('the harbour')}</main>`))).toEqual(['Jane Doe'])
    const teaser = '<a href="/news/ferry"><div>Ferry timetable changes</div><div>Von <span>Maria Lopez</span></div></a>'
    expect(names(html('', `<main><h1>Harbour works to start in May</h1>${prose('the harbour')}${teaser}</main>`))).toEqual([])
  })

  it('should read a linked name and the date after it, with no "By", under the headline: the writer and the date, not link text', () => {
    // The name is most of the line's text, and a link: as a link list, the line would be dropped with both.
    for (const tag of ['h6', 'div', 'p']) {
      const meta = `<${tag} class="bottom"><a href="/autor/maria-lopez-fernandez_7617"><strong>Maria Lopez Fernandez</strong></a> <span>3/5/2022 22:41</span></${tag}>`
      const article = parse(html('', `<article><h1>Harbour works to start in May</h1>${meta}${prose('the harbour')}</article>`), {format: 'html', url})
      expect(article.authors.map((author) => author.name)).toEqual(['Maria Lopez Fernandez'])
      expect(article.published?.date).toBe('2022-05-03')
      expect(article.published?.time).toBe('22:41')
      expect(toPlainText(article)).not.toContain('Maria Lopez')
    }
    // A link that is no name, with a date, stays link text: a teaser's "Read more 3/5/2022".
    const more = '<div><a href="/news/ferry-timetable">Ferry timetable changes today</a> <span>3/5/2022</span></div>'
    expect(names(html('', `<article><h1>Harbour works to start in May</h1>${more}${prose('the harbour')}</article>`))).toEqual([])
  })

  it('should not take the site\'s declared name without its domain ending for a person', () => {
    const head = '<meta property="og:site_name" content="Le Phare.fr"><meta property="og:article:author" content="Le Phare">'
    const article = parse(html(head, `<main><h1>Harbour works to start in May</h1><p class="byline">Par <a href="/signataires/jane-doe/">Jane Doe</a></p>${prose('the harbour')}</main>`), {format: 'html', url: 'https://www.lephare.example/news/harbour'})
    expect(article.authors.map((author) => author.name)).toEqual(['Jane Doe'])
    expect(article.source).toBe('Le Phare')
  })

  it('should not take a name that the JSON-LD types an organisation elsewhere for a person, with or without its accents', () => {
    const graph = (author: string) => `${jsonLd({'@type': 'Person', name: author})}<script type="application/ld+json">${JSON.stringify({'@context': 'https://schema.org', '@type': 'NewsMediaOrganization', name: 'La Gaceta del Puerto'})}</script><script type="application/ld+json">${JSON.stringify({'@context': 'https://schema.org', '@type': 'Organization', name: 'La Republica'})}</script>`
    expect(names(html(graph('La República'), `<main><h1>Harbour works to start in May</h1>${prose('the harbour')}</main>`))).toEqual([])
    expect(names(html(graph('La Gaceta del Puerto'), `<main><h1>Harbour works to start in May</h1>${prose('the harbour')}</main>`))).toEqual([])
    expect(names(html(graph('María López'), `<main><h1>Harbour works to start in May</h1>${prose('the harbour')}</main>`))).toEqual(['María López'])
  })

  it('should keep a person whose own site the page is', () => {
    const head = '<meta name="author" content="Jane Doe"><meta name="copyright" content="Jane Doe">'
    expect(parse(html(head, `<main><h1>Harbour works to start in May</h1>${prose('the harbour')}</main>`), {format: 'html', url: 'https://janedoe.test/posts/harbour'}).authors).toEqual([{name: 'Jane Doe'}])
  })

  it('should read every `article:author`, their roles apart, and author keys of any vendor', () => {
    const head = '<meta property="article:author" content="Jane Doe / Journalist"><meta property="article:author" content="John Roe / Journalist">'
    expect(parse(html(head, `<main><h1>Harbour works to start in May</h1>${prose('the harbour')}</main>`), {format: 'html', url}).authors).toEqual([
      {name: 'Jane Doe', role: 'Journalist'},
      {name: 'John Roe', role: 'Journalist'}
    ])
    expect(names(html('<meta name="vendor:author" content="Maria Lopez">', `<main><h1>Harbour works to start in May</h1>${prose('the harbour')}</main>`))).toEqual(['Maria Lopez'])
    expect(names(html('<meta name="twitter:creator" content="ValleyPost">', `<main><h1>Harbour works to start in May</h1>${prose('the harbour')}</main>`))).toEqual([])
  })

  it('should take people only from a vendor\'s key, and read "Posted by" and desks in compounds', () => {
    expect(names(html('<meta name="appbanner:author" content="Open in our app">', `<main><h1>Harbour works to start in May</h1>${prose('the harbour')}</main>`))).toEqual([])
    expect(names(html('<meta name="author" content="Eingestellt von Maria Lopez">', `<main><h1>Harbour works to start in May</h1>${prose('the harbour')}</main>`))).toEqual(['Maria Lopez'])
    expect(names(html('<meta name="author" content="Valley Onlineredaktion">', `<main><h1>Harbour works to start in May</h1>${prose('the harbour')}</main>`))).toEqual([])
  })

  it('should keep a person whose surname the host spells', () => {
    const page = html('<meta name="author" content="Jane Lopez">', `<main><h1>Harbour works to start in May</h1>${prose('the harbour')}</main>`)
    expect(parse(page, {format: 'html', url: 'https://lopez.test/harbour'}).authors).toEqual([{name: 'Jane Lopez'}])
    expect(parse(html('<meta name="author" content="Lopez Insight">', `<main><h1>Harbour works to start in May</h1>${prose('the harbour')}</main>`), {format: 'html', url: 'https://lopez.test/harbour'}).authors).toEqual([])
  })

  it('should read a tag of several properties, and a name with its address', () => {
    expect(names(html('<meta property="dc:creator og:site_name" content="Maria Lopez">', `<main><h1>Harbour works to start in May</h1>${prose('the harbour')}</main>`))).toEqual(['Maria Lopez'])
    expect(names(html('<meta name="author" content="Jane Doe - https://janedoe.test/">', `<main><h1>Harbour works to start in May</h1>${prose('the harbour')}</main>`))).toEqual(['Jane Doe'])
  })

  it('should take the paper\'s own author tag over the microdata of the works it cites', () => {
    const cited = (names: string) => `<li itemscope itemtype="https://schema.org/ScholarlyArticle"><meta itemprop="author" content="${names}"><span>${names} A study of harbours. J Coast Eng 2011.</span></li>`
    const references = `<h2>References</h2><ol>${cited('NH. Shore, SP. Quay, ')}${cited('H. Pier, ')}${cited('F. Dock, ')}</ol>`
    const page = html('<meta name="citation_author" content="Maria Lopez">', `<main><h1>Harbour works to start in May</h1>${prose('the harbour')}${references}</main>`)
    expect(names(page)).toEqual(['Maria Lopez'])
    // Alone, a microdata author tag still names the writer.
    expect(names(html('', `<main itemscope itemtype="https://schema.org/Article"><meta itemprop="author" content="Maria Lopez"><h1>Harbour works to start in May</h1>${prose('the harbour')}</main>`))).toEqual(['Maria Lopez'])
  })

  it('should read a microdata name without the list separator its element ends with', () => {
    const person = (name: string) => `<span itemscope itemprop="author" itemtype="http://schema.org/Person"><a href="/autoren/${name.toLowerCase().replace(' ', '-')}"><span itemprop="image"><img src="/${name.replace(' ', '_')}.jpg" alt="${name}"></span><div class="profil"><span itemprop="name">${name}, </span></div></a></span>`
    const meta = (people: string) => `<div class="meta">${people}<span>am Sonntag, 11.12.2022 - 05:00</span> <a href="#kommentare">(1 Kommentar)</a></div>`
    expect(names(html('', `<main><h1>Harbour works to start in May</h1>${meta(person('Maria Lopez'))}${prose('the harbour')}</main>`))).toEqual(['Maria Lopez'])
    expect(names(html('', `<main><h1>Harbour works to start in May</h1>${meta(person('Maria Lopez') + person('Jane Doe'))}${prose('the harbour')}</main>`))).toEqual(['Maria Lopez', 'Jane Doe'])
  })

  it('should not take a number or a slug for a name', () => {
    expect(names(html('<meta name="author" content="104233">', `<main><h1>Harbour works to start in May</h1>${prose('the harbour')}</main>`))).toEqual([])
    expect(names(html(jsonLd({'@type': 'Person', name: 'jane-doe'}), `<main><h1>Harbour works to start in May</h1>${prose('the harbour')}</main>`))).toEqual([])
  })

  it('should take a visible byline that names everyone the metadata names, and more', () => {
    const byline = '<address>Von <a rel="author" href="/autoren/jane-doe/">Jane Doe</a> und <a rel="author" href="/autoren/hans-gruber/">Hans Gruber</a></address>'
    expect(names(html('<meta name="author" content="Jane Doe">', `<main><h1>Harbour works to start in May</h1>${byline}${prose('the harbour')}</main>`))).toEqual(['Jane Doe', 'Hans Gruber'])
  })

  it('should not widen the metadata\'s author with a teaser\'s byline further down, after the article\'s own named no one', () => {
    const head = `<meta property="og:site_name" content="Valley Post">${jsonLd({'@type': 'Person', name: 'Jane Doe', alternateName: 'jd'})}`
    const article = `<article><h1>Harbour works to start in May</h1><div class="byline">Von dpa, jd</div>${prose('the harbour')}</article>`
    const teaser = '<article class="teaser"><h2>Ferry timetable changes</h2><div class="byline">Von Jane Doe, Hans Gruber</div></article>'
    expect(names(html(head, `<main>${article}${teaser}</main>`))).toEqual(['Jane Doe'])
    // The article's own byline, first on the page, still widens it.
    const own = `<article><h1>Harbour works to start in May</h1><div class="byline">Von Jane Doe, Hans Gruber</div>${prose('the harbour')}</article>`
    expect(names(html(head, `<main>${own}</main>`))).toEqual(['Jane Doe', 'Hans Gruber'])
  })

  it('should not take the byline of a related card: in an aside, a rail of related stories, a link to another article, or an article nested in the article', () => {
    const story = `<h1>Harbour works to start in May</h1>${prose('the harbour')}`
    const card = '<h2>Ferry timetable changes</h2><span class="author">By <span class="authorname">Jane Doe</span></span>'
    expect(names(html('', `<article>${story}<aside class="related"><ul><li>${card}</li></ul></aside></article>`))).toEqual([])
    // A card that links as a whole to another article, in a rail of related stories or not.
    const linked = '<a href="/news/ferry-timetable"><div class="card-text"><h3>Ferry timetable changes for the summer</h3><div class="authors">von <span>Jane Doe</span></div></div></a>'
    expect(names(html('', `<article>${story}<div class="box">${linked}</div></article>`))).toEqual([])
    expect(names(html('', `<article>${story}<div class="recirculation-box"><div class="authors">von <span>Jane Doe</span></div></div></article>`))).toEqual([])
    // Author links in a promotion of other stories are theirs.
    const promo = '<section class="content-promo"><div class="asset"><h3>Does the harbour still matter?</h3><span class="author">by <a rel="author" href="/profiles/jane-doe/">Jane Doe</a></span></div></section>'
    expect(names(html('', `<article><h1>Harbour works to start in May</h1><span class="byline">by <a rel="author" href="/profiles/hans-gruber/">Hans Gruber</a></span>${prose('the harbour')}</article>${promo}`))).toEqual(['Hans Gruber'])
    // A teaser nested in the article does not widen the metadata's author with its own.
    const teaser = '<h2>Ferry timetable changes</h2><span class="author">By Jane Doe and Hans Gruber</span>'
    expect(names(html(jsonLd({'@type': 'Person', name: 'Jane Doe'}), `<article>${story}<div class="more"><article class="teaser">${teaser}</article></div></article>`))).toEqual(['Jane Doe'])
    expect(names(html('', `<article><h1>Harbour works to start in May</h1><span class="author">By <span class="authorname">Jane Doe</span></span>${prose('the harbour')}</article>`))).toEqual(['Jane Doe'])
  })
})

  it('should not take author links or microdata spread over a rail of teaser cards for the article\'s authors', () => {
    const card = (title: string, name: string, slug: string) => `<li><div class="item"><h3><a href="/news/${slug}">${title}, and what the board said about it on Tuesday</a></h3><p>By <a rel="author" href="/author/${slug}/">${name}</a> <time>12 May</time></p></div></li>`
    const rail = `<ul class="grid">${card('Ferry timetable changes', 'Hans Gruber', 'hans-gruber')}${card('Dock workers vote on the new contract', 'Maria Lopez', 'maria-lopez')}${card('Harbour cafe reopens', 'Jane Doe', 'jane-doe')}</ul>`
    const story = `<h1>Harbour works to start in May</h1>${prose('the harbour')}`
    // The metadata names the writer; the rail, which names her too, does not widen it.
    expect(names(html(jsonLd({'@type': 'Person', name: 'Jane Doe'}), `<main>${story}</main>${rail}`))).toEqual(['Jane Doe'])
    // Nothing else names a writer: the rail's names are no one's byline here.
    expect(names(html('', `<main>${story}</main>${rail}`))).toEqual([])
    const microdataCard = (name: string) => `<article class="card"><h2><a href="/news/other">Another story from the harbour, with its own writer</a></h2><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">${name}</span></span></article>`
    expect(names(html('', `<main>${story}</main><section>${microdataCard('Hans Gruber')}${microdataCard('Maria Lopez')}</section>`))).toEqual([])
    // One byline of several linked names stands together: it widens the metadata's author.
    const byline = '<p class="meta">By <a rel="author" href="/author/jane-doe/">Jane Doe</a>, <a rel="author" href="/author/hans-gruber/">Hans Gruber</a> and <a rel="author" href="/author/maria-lopez/">Maria Lopez</a> · 12 May 2024</p>'
    expect(names(html('<meta name="author" content="Jane Doe">', `<main><h1>Harbour works to start in May</h1>${byline}${prose('the harbour')}</main>`))).toEqual(['Jane Doe', 'Hans Gruber', 'Maria Lopez'])
    expect(names(html('', `<main><h1>Harbour works to start in May</h1>${byline}${prose('the harbour')}</main>`))).toEqual(['Jane Doe', 'Hans Gruber', 'Maria Lopez'])
  })

describe('authors from the page', () => {
  it('should take a later metadata key that names everyone the first names, and more', () => {
    const head = '<meta name="author" content="Jane Doe"><meta property="article:author" content="Jane Doe / Journalist"><meta property="article:author" content="John Roe / Journalist">'
    expect(names(html(head, `<main><h1>Harbour works to start in May</h1>${prose('the harbour')}</main>`))).toEqual(['Jane Doe', 'John Roe'])
  })

  it('should read a byline below a headline set as an h2 (the page has no h1), not one above it', () => {
    const head = '<title>Harbour works to start in May | Valley Post</title>'
    expect(names(html(head, `<div class="header"><h2>Harbour works to start in May</h2><div class="author">Jane Doe</div></div>${prose('the harbour')}`))).toEqual(['Jane Doe'])
    expect(names(html(head, `<div class="author">Jane Doe</div><div class="header"><h2>Harbour works to start in May</h2></div>${prose('the harbour')}`))).toEqual([])
  })

  it('should not take the page’s section, set alone under the headline, for its writer', () => {
    const page = (label: string) => html('<meta property="article:section" content="Harbour Life">', `<main><h1>Harbour works to start in May</h1><p><strong>${label}</strong></p><p><strong>${label}</strong></p><p>12 May 2024</p>${prose('the harbour')}</main>`)
    const section = parse(page('Harbour Life'), {format: 'html', url})
    expect(section.authors).toEqual([])
    expect(toPlainText(section)).not.toContain('Harbour Life')
    // A writer's name there, over the dateline, is a byline as ever.
    expect(names(html('<meta property="article:section" content="Harbour Life">', `<main><h1>Harbour works to start in May</h1><p>Jane Doe</p><p>12 May 2024</p>${prose('the harbour')}</main>`))).toEqual(['Jane Doe'])
  })

  it('should not take the editors an article closes with ("Redaktion: …") for its writers', () => {
    const credit = '<p class="text__byline">Redaktion: Tom Price und <a href="/redaktion/jane-doe">Jane Doe</a></p>'
    expect(names(html('', `<main><h1>Harbour works to start in May</h1>${prose('the harbour')}${credit}</main>`))).toEqual([])
  })

  it('should read a byline of names in parts, one to each element', () => {
    const byline = '<div class="article-byline"><div class="origins"><span>Jane Doe</span> <span>Maria Lopez</span> <span>John Roe</span></div></div>'
    expect(names(html('', `<main><h1>Harbour works to start in May</h1>${byline}${prose('the harbour')}</main>`))).toEqual(['Jane Doe', 'Maria Lopez', 'John Roe'])
    // One name in a block of its own: a list of one writer, a div in a div.
    expect(names(html('', `<main><h1>Harbour works to start in May</h1><ul class="author"><li>Jane Doe</li></ul>${prose('the harbour')}</main>`))).toEqual(['Jane Doe'])
    expect(names(html('', `<main><h1>Harbour works to start in May</h1><div class="author"><div>Jane Doe</div></div>${prose('the harbour')}</main>`))).toEqual(['Jane Doe'])
    // A part that is no name makes the element no byline of names.
    expect(names(html('', `<main><h1>Harbour works to start in May</h1><div class="author"><div>Harbour desk news</div></div>${prose('the harbour')}</main>`))).toEqual([])
  })

  it('should not take a translator\'s linked name for the writer\'s, and follow a user page', () => {
    const translated = '<p class="first-author">Übersetzung <span><a href="/author/jane-doe/">Jane Doe</a></span></p>'
    expect(names(html('', `<main><h1>Harbour works to start in May</h1>${translated}${prose('the harbour')}</main>`))).toEqual([])
    const user = '<div class="byline"><a href="https://community.valley-post.test/u/JD77">Jane Doe</a></div>'
    expect(names(html('', `<main><h1>Harbour works to start in May</h1>${user}${prose('the harbour')}</main>`))).toEqual(['Jane Doe'])
  })

  it('should read a byline marked by its test id, where classes are generated', () => {
    const byline = '<div class="x1 y2" data-testid="header-byline"><a class="z3" href="/meet-the-team/jane-doe-x1">Jane Doe</a> and <span>AP</span></div>'
    expect(names(html('', `<main><h1>Harbour works to start in May</h1>${byline}${prose('the harbour')}</main>`))).toEqual(['Jane Doe'])
  })

  it('should not take a CMS account or a team linked as the author', () => {
    const admin = '<div class="byline"><a rel="author" href="https://www.valley-post.test/author/admin/">Valley P</a></div>'
    expect(names(html('', `<main><h1>Harbour works to start in May</h1>${admin}${prose('the harbour')}</main>`))).toEqual([])
    const team = '<div class="byline">Posted by <a rel="author" href="/profile/123">Harbour Developers</a></div>'
    expect(names(html('', `<main><h1>Harbour works to start in May</h1>${team}${prose('the harbour')}</main>`))).toEqual([])
  })

  it('should read a byline element with a colon after "Von", or a name alone below the headline', () => {
    const colon = '<div class="author"><span class="author__prefix">Von: </span> <span class="author__name">MARIA LOPEZ</span></div>'
    expect(names(html('', `<main><h1>Harbour works to start in May</h1>${colon}${prose('the harbour')}</main>`))).toEqual(['MARIA LOPEZ'])
    const bare = '<div class="details"><span class="author no-link">Maria Lopez</span></div>'
    expect(names(html('', `<main><h1>Harbour works to start in May</h1>${bare}${prose('the harbour')}</main>`))).toEqual(['Maria Lopez'])
  })

  it('should read the "By" line of an author block that wraps the standfirst too', () => {
    const standfirst = '<p class="excerpt">The harbour board agreed on Tuesday that the works on the old pier would start in May, before the first of the winter storms.</p>'
    const block = `<div class="author"><div class="infos">Par <a class="author" href="/auteur/lopez-maria/">Maria Lopez</a><br> Le <span class="date">17/02/2020</span></div>${standfirst}</div>`
    expect(names(html('', `<main><section class="pageHeader"><h1>Harbour works to start in May</h1>${block}</section><section class="postContent">${prose('the harbour')}</section></main>`))).toEqual(['Maria Lopez'])
    // An author box below the story, its bio naming the writer without a "By": no byline.
    const box = `<div class="author-box"><div><a href="/auteur/lopez-maria/">Maria Lopez</a></div><p>Maria Lopez writes about the sea, the harbour and the fishing fleet of the valley, and has done so for twenty years.</p></div>`
    expect(names(html('', `<main><h1>Harbour works to start in May</h1>${prose('the harbour')}${box}</main>`))).toEqual([])
  })

  it('should read a byline printed after the date, in the dateline\'s line or the next', () => {
    const page = (meta: string) => parse(html('<meta property="article:published_time" content="2022-02-03T11:53:18+01:00">', `<main><h1>Harbour works to start in May</h1>${meta}${prose('the harbour')}</main>`), {format: 'html', url})
    for (const meta of ['<p class="entry-meta">Veröffentlicht am 03.02.2022 von Maria Lopez</p>', '<div class="meta-info"><span class="date">01. Dez. 2022 | 14:08 Uhr</span> <br>| von <a href="/profil/maria-lopez.html"><span>Maria Lopez</span></a></div>']) {
      const article = page(meta)
      expect(article.authors.map((author) => author.name)).toEqual(['Maria Lopez'])
      expect(article.body.some((block) => 'text' in block && /Lopez/.test(block.text))).toBe(false)
    }
    // Nothing else dates the page: the dateline does, and its byline names the writer.
    const undated = parse(html('', `<main><h1>Harbour works to start in May</h1><p class="entry-meta">Posted on 3 May 2024 by Jane Doe</p>${prose('the harbour')}</main>`), {format: 'html', url})
    expect(undated.authors.map((author) => author.name)).toEqual(['Jane Doe'])
    expect(undated.published?.date).toBe('2024-05-03')
    // A site account after the date ("von jdoe") names no one, and the date is the dateline's all the same, in text too.
    for (const account of ['von jdoe', 'by admin_2']) {
      const dated = parse(html('', `<main><h1>Harbour works to start in May</h1><p class="entry-meta">11.09.2011, 16:20 ${account}</p>${prose('the harbour')}</main>`), {format: 'html', url})
      expect(dated.authors).toEqual([])
      expect(dated.published?.time).toBe('16:20')
      expect(toPlainText(dated)).not.toContain(account)
      const text = parse(`Harbour works to start in May\n\n11.09.2011, 16:20 ${account}\n\nThe harbour board met on Tuesday and agreed that the works would go ahead before the winter storms.`, {format: 'text'})
      expect(text.published?.date).toBe('2011-09-11')
    }
    // A sentence after the date is no account.
    const sentence = parse(html('', `<main><h1>Harbour works to start in May</h1><p>11.09.2011, 16:20 by the harbour the works began.</p>${prose('the harbour')}</main>`), {format: 'html', url})
    expect(sentence.published).toBeUndefined()
  })

  it('should read a date and the writers the metadata names, in two elements of one row with no "by"', () => {
    const row = '<div class="info"><span class="subtitle">28. Jan. 2022</span> <span class="subtitle-light"><span class="author">Maria Lopez</span></span></div>'
    const page = (head: string) => parse(html(head, `<main><h1>Harbour works to start in May</h1>${row}${prose('the harbour')}</main>`), {format: 'html', url})
    const named = page('<meta name="author" content="Maria Lopez">')
    expect(named.published?.date).toBe('2022-01-28')
    expect(named.authors.map((author) => author.name)).toEqual(['Maria Lopez'])
    expect(toPlainText(named)).not.toContain('28. Jan. 2022')
    // No metadata names her: two capitalised words after a date may be a place ("3 May 2024 Town Hall"), and the row stays.
    const unnamed = parse(html('', `<main><h1>Harbour works to start in May</h1><p>3 May 2024 Town Hall</p>${prose('the harbour')}</main>`), {format: 'html', url})
    expect(unnamed.published).toBeUndefined()
    expect(toPlainText(unnamed)).toContain('3 May 2024 Town Hall')
  })

  it('should read a byline link over the headline in the article\'s own header, not one over it outside the article', () => {
    const byline = '<div class="authors"><a href="/author/marialopez/"><img src="/m.jpg" class="author-thumbnail"> Maria Lopez </a></div>'
    expect(names(html('', `<main><article><header>${byline}<h1>Harbour works to start in May</h1></header>${prose('the harbour')}</article></main>`))).toEqual(['Maria Lopez'])
    expect(names(html('', `<main>${byline}<article><h1>Harbour works to start in May</h1>${prose('the harbour')}</article></main>`))).toEqual([])
  })

  it('should read a byline printed before the date in one line, and date the page from it', () => {
    for (const [meta, date] of [['<p class="date-author">Maria Lopez, 01.12.2021</p>', '2021-12-01'], ['<p>Por Maria Lopez | 03/05/2022 20:36</p>', '2022-05-03']]) {
      const article = parse(html('', `<main><h1>Harbour works to start in May</h1>${meta}${prose('the harbour')}</main>`), {format: 'html', url})
      expect(article.authors.map((author) => author.name)).toEqual(['Maria Lopez'])
      expect(article.published?.date).toBe(date)
      expect(article.body.some((block) => 'text' in block && /Lopez/.test(block.text))).toBe(false)
    }
  })

  it('should read a link classed as the author\'s, though the block it stands in is mostly link text', () => {
    const byline = '<p class="text-gray">Von <a class="article-author" href="/de/autoren/maria-lopez">Maria Lopez</a></p>'
    expect(names(html('', `<main><article><header><h1>Harbour works to start in May</h1>${byline}</header>${prose('the harbour')}</article></main>`))).toEqual(['Maria Lopez'])
    // An author box's "all posts" link is no name.
    const box = '<div class="post-author"><h4>Zur Person<a href="/autoren/maria-lopez/" class="post-author__all-posts">Alle Beiträge</a></h4></div>'
    expect(names(html('', `<main><article><h1>Harbour works to start in May</h1>${prose('the harbour')}${box}</article></main>`))).toEqual([])
  })

  it('should read a byline shown to the eye only or to the ear only', () => {
    const page = (byline: string) => html('', `<main><h1>Harbour works to start in May</h1>${byline}${prose('the harbour')}</main>`)
    expect(names(page('<div class="screen-reader-text">An article by <a href="/team/maria" rel="author">Maria Lopez</a>, published on 23.01.2020</div>'))).toEqual(['Maria Lopez'])
    expect(names(page('<div class="info" aria-hidden="true"><span>von</span> <a href="/team/maria" rel="author">Maria Lopez</a></div>'))).toEqual(['Maria Lopez'])
    // Hidden from everyone (a template, a closed menu), it names no one.
    expect(names(page('<div style="display:none"><a href="/team/maria" rel="author">Maria Lopez</a></div>'))).toEqual([])
  })

  it('should read the names of a byline printed with its date, and keep the date for the dateline', () => {
    expect(readByline('By Jane Doe March 11, 2015 3:46 PM')).toEqual([{name: 'Jane Doe'}])
    expect(readByline('Von Maria Lopez | Aktualisiert 12.05.2024, 09:36 Uhr')).toEqual([{name: 'Maria Lopez'}])
    expect(readByline('By Jane Doe and John Roe, published on 3 June 2023 at 14:20 CEST')).toEqual([{name: 'Jane Doe'}, {name: 'John Roe'}])
    // The date is no role: "12 May 2024" after the comma is not Jane Doe's title.
    expect(readByline('By Jane Doe, 12 May 2024')).toEqual([{name: 'Jane Doe'}])
    const element = '<cite class="byline vcard"><span>By </span><span class="fn">JANE DOE</span> <abbr>March 11, 2015 3:46 PM</abbr></cite>'
    expect(names(html('', `<main><h1>Harbour works to start in May</h1>${element}${prose('the harbour')}</main>`))).toEqual(['JANE DOE'])
    // A name alone over the dateline, in a plain paragraph with no byline class: the writer.
    const meta = '<p class="info"><a href="/topic/maria-lopez">Maria Lopez</a><br>28.04.2024 | 09:36 Uhr</p><p>Short teaser line here.</p>'
    const article = parse(html('', `<main><h1>Harbour works to start in May</h1>${meta}${prose('the harbour')}</main>`), {format: 'html', url})
    expect(article.authors.map((author) => author.name)).toEqual(['Maria Lopez'])
    expect(article.published?.date).toBe('2024-04-28')
    expect(article.published?.time).toBe('09:36')
    expect(article.body.some((block) => 'text' in block && /Maria Lopez|09:36/.test(block.text))).toBe(false)
    // Over the date of a syndicated story, an agency, or a provider linked on its own site, is no writer.
    for (const provider of ['<a href="https://agency.example/">Associated Press</a>', '<a href="https://provider.example/">Harbour Finance</a>']) {
      const syndicated = `<p class="info">${provider}<br>28.04.2024 | 09:36 Uhr</p><p>Short teaser line here.</p>`
      expect(names(html('', `<main><h1>Harbour works to start in May</h1>${syndicated}${prose('the harbour')}</main>`))).toEqual([])
    }
  })

  it('should read "Escribe Name" as a byline, and leave out the one-word section after "in" / "en"', () => {
    expect(readByline('Escribe Ana Ruiz Bermejo')).toEqual([{name: 'Ana Ruiz Bermejo'}])
    expect(readByline('Escriben: Ana Ruiz y Luis Gil')).toEqual([{name: 'Ana Ruiz'}, {name: 'Luis Gil'}])
    expect(readByline('Escribe tu comentario')).toBeUndefined()
    expect(readByline('Escribe Ana Ruiz en Política')).toEqual([{name: 'Ana Ruiz'}])
    expect(readByline('Posted by Jane Doe in News')).toEqual([{name: 'Jane Doe'}])
    // Dutch "en" is "and": two writers, not a section.
    expect(readByline('Door Jan Jansen en Piet Pietersen')).toEqual([{name: 'Jan Jansen'}, {name: 'Piet Pietersen'}])
  })

  it('should read a byline whose row leaves a separator or the word before the date after the names', () => {
    for (const line of ['By Ines Waldmann |', 'By Ines Waldmann -', 'von Ines Waldmann ·', 'By Ines Waldmann on', 'Von Ines Waldmann am', 'Von Ines Waldmann // 1. November 2023', '| Por: Ines Waldmann |']) {
      expect(readByline(line)).toEqual([{name: 'Ines Waldmann'}])
    }
    // A capitalised last word is a name's, not a cue.
    expect(readByline('Von Anna Am')).toEqual([{name: 'Anna Am'}])
  })

  it('should keep an account or desk byline (or a short list of them) above the story out of the body, crediting no writer', () => {
    // Also a short list of accounts: the site and an editor's sign, an editor's sign and an agency.
    for (const line of ['von jdoe_77 |', 'By Newsdesk', 'by harbourfan on', 'di Harbourpost.test', 'Von harbour-post, jd', 'Von: abc/dpa']) {
      const result = parse(html('', `<main><h1>Harbour works to start in May</h1><p>${line}</p>${prose('the harbour')}</main>`), {format: 'html'})
      expect(result.authors).toEqual([])
      expect(toPlainText(result)).not.toContain(line.trim().split(' ')[1]!)
    }
    // The site's own name under a first paragraph (a teaser no rule took) is a byline all the same; another account there is not read.
    const site = (line: string) => toPlainText(parse(html('<meta property="og:site_name" content="harbourpost.test">', `<main><h1>Harbour works to start in May</h1>${prose('the harbour', 1)}<p>${line}</p>${prose('the pier')}</main>`), {format: 'html'}))
    expect(site('von harbourpost.test')).not.toContain('von harbourpost.test')
    expect(site('von jdoe_77')).toContain('von jdoe_77')
    // Inside the story, a line that opens with "By" is prose.
    const sentence = 'By Monday the harbour was closed.'
    expect(toPlainText(parse(html('', `<main><h1>Harbour works to start in May</h1>${prose('the harbour')}<p>${sentence}</p>${prose('the pier')}</main>`), {format: 'html'}))).toContain(sentence)
  })

  it('should drop an author whose page is the site account named after the site, not a blogger writing as the admin', () => {
    const page = (name: string) => html('', `<main><h1>Harbour works to start in May</h1><p class="byline">by <a href="https://www.harbourpost.test/author/admin/">${name}</a> |</p>${prose('the harbour')}</main>`)
    const account = parseWithMessages(page('Harbourpost D'), {format: 'html', url: 'https://www.harbourpost.test/news/works'})
    expect(account.article.authors).toEqual([])
    expect(account.messages.some((message) => message.ruleId === 'author-dropped' && /site account/.test(message.reason))).toBe(true)
    expect(parse(page('Ines Waldmann'), {format: 'html', url: 'https://www.harbourpost.test/news/works'}).authors).toEqual([{name: 'Ines Waldmann', url: 'https://www.harbourpost.test/author/admin/'}])
  })

  it('should read each contributor\'s part in brackets: "(reporting)" names a writer, "(photography)" a photographer who is none', () => {
    expect(readByline('By Ines Waldmann (reporting) and Tom Berg (photography)')).toEqual([{name: 'Ines Waldmann'}])
    expect(readByline('By Ines Waldmann and Tom Berg (photos)')).toEqual([{name: 'Ines Waldmann'}])
    expect(readByline('By Tom Berg (photography)')).toEqual([])
    const result = parse(html('', `<main><h1>Harbour works to start in May</h1><p>By Tom Berg (photography)</p>${prose('the harbour')}</main>`), {format: 'html'})
    expect(result.authors).toEqual([])
    expect(toPlainText(result)).not.toContain('Tom Berg')
  })

  it('should not take a field label over a count in a time-classed field for a writer over a dateline', () => {
    // A recipe card: "Prep Time" over "15" in an element classed as a time: a label and a duration, no byline.
    const card = (label: string, minutes: number) => `<div class="recipe-time-container"><span class="recipe-time-label">${label} </span><span class="recipe-time">${minutes}</span> <span class="recipe-unit">mins</span></div>`
    const page = html('', `<main><h1>Harbour bread with herbs</h1>${prose('the dough', 2)}<div class="recipe-card">${card('Prep Time', 15)}${card('Cook Time', 20)}</div>${prose('the oven', 2)}</main>`)
    expect(names(page)).toEqual([])
  })

  it('should read names alone before the story starts, not subheadings inside it', () => {
    const page = `<main><h1>Harbour works to start in May</h1><p><strong>Jane Doe/John Roe</strong></p>${prose('the harbour', 2)}<p>UNUSUAL FINDINGS</p>${prose('the pier', 2)}<p><b>Store Keeper</b></p>${prose('the quay', 2)}</main>`
    expect(names(html('', page))).toEqual(['Jane Doe', 'John Roe'])
  })

  it('should not credit the writer of a byline below the story\'s first paragraph, unless no one else is named', () => {
    const page = (top: string) => `<main><h1>Harbour works to start in May</h1>${top}${prose('the harbour')}<p>By John Roe</p>${prose('the pier', 1)}</main>`
    expect(names(html('', page('<p>By Jane Doe</p>')))).toEqual(['Jane Doe'])
    expect(names(html('', page('')))).toEqual(['John Roe'])
  })

  it('should credit the writer who signs off below the story, and keep the sign-off out of the body', () => {
    for (const signOff of ['<p><em>Posted by Maria Lopez, Head of Outreach</em></p>', '<p><em>Von <span>Hans Gruber</span></em></p>']) {
      const long = '<p>The harbour board met on Tuesday and agreed that the works on the old pier would go ahead in May, before the first of the winter storms, and that the fishing fleet would moor at the north quay while the builders drove the new piles into the bed of the harbour, a task the engineers expect to take most of the summer.</p>'
      const article = parse(html('', `<main><article><h1>Harbour works to start in May</h1>${prose('the harbour')}${long}${signOff}</article></main>`), {format: 'html', url})
      expect(article.authors.map((author) => author.name)).toEqual([signOff.includes('Maria') ? 'Maria Lopez' : 'Hans Gruber'])
      expect(article.body.some((block) => 'text' in block && /Lopez|Gruber/.test(block.text))).toBe(false)
    }
  })

  it('should say why a name was left out', () => {
    const page = `<main><h1>Harbour works to start in May</h1>${prose('the harbour', 2)}<p>UNUSUAL FINDINGS</p>${prose('the pier', 2)}</main>`
    const {messages} = parseWithMessages(html('', page), {format: 'html'})
    expect(messages.find((message) => message.ruleId === 'author-dropped')?.reason).toContain('UNUSUAL FINDINGS')
  })

  it('should not credit the site itself, nor the same person twice', () => {
    const page = `<main><h1>Harbour works to start in May</h1><p>By Valley Post</p>${prose('the harbour')}</main>`
    expect(names(html('<meta property="og:site_name" content="Valley Post">', page))).toEqual([])
    const twice = `<main><h1>Harbour works to start in May</h1><p>By JANE DOE</p>${prose('the harbour')}</main>`
    expect(names(html('<meta name="author" content="Jane Doe">', twice))).toEqual(['Jane Doe'])
  })

  it('should know the site by the name it declares, however the byline spaces it', () => {
    const page = (byline: string) => `<main><h1>Harbour works to start in May</h1><p>${byline}</p>${prose('the harbour')}</main>`
    const site = '<meta property="og:site_name" content="Talstadt Hafen Kurier">'
    expect(names(html(site, page('By Talstadt Hafenkurier')))).toEqual([])
    expect(names(html(site, page('By Talstadt-Hafen Kurier')))).toEqual([])
    expect(names(html(site, page('By Talstadt Kurier')))).toEqual(['Talstadt Kurier'])
    // A domain alone may be a person's own site: their name spelled as one word is still theirs.
    expect(parse(html('<meta property="og:site_name" content="janedoe.test">', page('By Jane Doe')), {format: 'html', url: 'https://janedoe.test/harbour'}).authors.map((author) => author.name)).toEqual(['Jane Doe'])
  })

  it('should not take a title repeated as the app\'s name for the site\'s name, and read the site off the title instead', () => {
    const head = '<title>Harbour works to start in May - Valley Sports</title><meta name="application-name" content="Harbour works to start in May - Valley Sports">'
    const page = `<main><h1>Harbour works to start in May</h1><p>Valley Sports • 02.02.2022</p>${prose('the harbour')}</main>`
    const article = parse(html(head, page), {format: 'html', url})
    expect(article.siteName).toBe('Valley Sports')
    expect(article.authors).toEqual([])
  })
})

describe('names that are not people', () => {
  const page = (head: string, byline = '') => html(head, `<main><h1>Harbour works to start in May</h1>${byline}${prose('the harbour')}</main>`)
  const read = (head: string, byline = '', address = url) => {
    const article = parse(page(head, byline), {format: 'html', url: address})
    return {names: article.authors.map((author) => author.name), source: article.source}
  }

  it('should drop the words that open a byline before the name, in any language', () => {
    expect(read('', '<p>Veröffentlicht von Hans Gruber</p>').names).toEqual(['Hans Gruber'])
    expect(read('', '<p>Blog Beitrag von Maria Lopez</p>').names).toEqual(['Maria Lopez'])
    expect(read('', '<div class="meta">Ein Artikel von <strong>Maria Lopez</strong> | 27.01.2022 - 12:45</div>').names).toEqual(['Maria Lopez'])
    expect(read('', '<p>Eine Kolumne von Hans Gruber</p>').names).toEqual(['Hans Gruber'])
    expect(read('', '<div class="byline">Artikel von Jane Doe</div>').names).toEqual(['Jane Doe'])
    expect(read('', '<div class="byline">Eingestellt von der Michel</div>').names).toEqual([])
    expect(read('', '<div class="byline"><a href="/author/hgruber/">von hgruber</a></div>').names).toEqual([])
    expect(readByline('Posted by Jane Doe')).toEqual([{name: 'Jane Doe'}])
  })

  it('should take a newspaper\'s title for the source, not a person: an article opens it, or the host spells it', () => {
    for (const title of ['Der Talbote', 'Il Vallone', 'Het Dalblad', 'El Valle']) expect(isPersonName(title)).toBe(false)
    for (const name of ['El Hadji Fall', 'Karim El Amrani', 'Anneke van der Berg', 'Ursula von der Linde']) expect(isPersonName(name)).toBe(true)
    expect(read('<meta name="author" content="El Valle">', '', 'https://www.elvalle.test/news/harbour-works')).toEqual({names: [], source: 'El Valle'})
    // A person's own site still names a person.
    expect(read('<meta name="author" content="Jane Doe">', '', 'https://www.janedoe.test/news/harbour-works').names).toEqual(['Jane Doe'])
    // "Von" opens a byline, not a name: a pen name after it is no person's name.
    expect(read('', '<div class="post-meta"><a href="/author/der-bote/" class="author"><span>Von </span> Der Talbote</a></div>').names).toEqual([])
  })

  it('should read the author\'s name from an `author_name` key', () => {
    expect(read('<meta property="article:author_name" content="Jane Doe">').names).toEqual(['Jane Doe'])
  })

  it('should read the writer from a card\'s label and data pair that says "Written by", in any language', () => {
    const pair = (label: string, name: string) => `<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes"><meta name="twitter:label2" content="${label}"><meta name="twitter:data2" content="${name}">`
    expect(read(pair('Written by', 'Jane Doe')).names).toEqual(['Jane Doe'])
    expect(read(pair('Verfasst von', 'Hans Gruber')).names).toEqual(['Hans Gruber'])
    expect(read(pair('Geschreven door', 'Anneke van der Berg')).names).toEqual(['Anneke van der Berg'])
    // Another label ("Filed under") names no writer; nor does a desk under "Written by".
    expect(read(pair('Filed under', 'Jane Doe')).names).toEqual([])
    expect(read(pair('Written by', 'Talbote Redaktion')).names).toEqual([])
  })

  it('should take a newspaper named by its German compound for an organisation', () => {
    for (const title of ['Oberland Volksblatt', 'Taler Anzeiger', 'Talzeitung', 'Neue Talrundschau']) expect(isOrganisation(title, {keys: []})).toBe(true)
    expect(isOrganisation('Ruth Blatt', {keys: []})).toBe(false)
  })

  it('should not take a CMS placeholder or a label for a person', () => {
    expect(read('<meta name="author" content="Super User">').names).toEqual([])
    expect(read('<meta name="author" content="No Author">').names).toEqual([])
    expect(read('', '<p class="author">Beitrag von Gesponserte Inhalte</p>').names).toEqual([])
    expect(read('', '<p class="author">By Sponsored Content</p>').names).toEqual([])
  })

  it('should not take a link to the writer\'s social profile for a second writer', () => {
    const byline = '<div class="byline"><a href="/autor/jane-doe/">Jane Doe</a> <a href="https://social.example/janedoe">Folge Jane Doe auf Facebook</a> <a href="https://micro.example/janedoe">Follow Jane Doe on Twitter</a></div>'
    expect(read('', byline).names).toEqual(['Jane Doe'])
    // Links named by a verb alone ("Seguir", "Mail") are contact links by their address: a social network's host, an e-mail.
    const contacts = '<ul class="autor"><li><a href="/autor/jane-doe">Jane Doe</a></li><li> / </li><li><a href="https://twitter.com/@janedoe">Seguir</a></li><li> / </li><li><a href="/cdn-cgi/l/email-protection#a3cf">Enviar</a></li><li><a href="mailto:jane@valley-post.test">Mail</a></li></ul>'
    expect(read('', contacts).names).toEqual(['Jane Doe'])
    // A link of another kind beside the name still makes the box something else than a byline.
    expect(read('', '<ul class="autor"><li><a href="/autor/jane-doe">Jane Doe</a></li><li><a href="/autor/">Alle Autoren</a></li></ul>').names).toEqual([])
  })

  it('should credit institutions, firms and blogs as the source, with their units, not as people', () => {
    expect(read('<meta name="author" content="Feuerwehr Talstadt, Abteilung Wasserrettung">')).toEqual({names: [], source: 'Feuerwehr Talstadt, Abteilung Wasserrettung'})
    expect(read('<meta name="author" content="Departement für Hafen, Verkehr und Umwelt HVU">')).toEqual({names: [], source: 'Departement für Hafen, Verkehr und Umwelt HVU'})
    expect(read('<meta name="author" content="University of Talstadt">')).toEqual({names: [], source: 'University of Talstadt'})
    expect(read('<meta name="author" content="Valley Média">')).toEqual({names: [], source: 'Valley Média'})
    expect(read('<meta name="author" content="HafenBlog">')).toEqual({names: [], source: 'HafenBlog'})
    expect(read('<meta name="author" content="Harbour Works AG">')).toEqual({names: [], source: 'Harbour Works AG'})
    expect(read('', '<p>By Harbour Works AG, Hafenstrasse 9, 8201 Talstadt</p>').names).toEqual([])
    expect(read('<meta name="author" content="Valley Post, Talstadt, Germany"><meta property="og:site_name" content="Valley Post">').source).toBe('Valley Post')
  })

  it('should keep a person whose site bears their name, though it is the site\'s name', () => {
    expect(read('<meta property="og:site_name" content="Jane Doe"><meta name="author" content="Jane Doe">', '', 'https://janedoefoundation.test/news/harbour').names).toEqual(['Jane Doe'])
  })

  it('should not take words, a greeting, a phrase or an address for a name', () => {
    expect(read('<meta name="author" content="deinen Hafenbloggern">').names).toEqual([])
    expect(read('<meta name="author" content="Maria Lopez, Theme designed">').names).toEqual(['Maria Lopez'])
    expect(read('<meta name="author" content="jane[at]valley-post.test">').names).toEqual([])
    for (const words of ['Das Talstädter Hafenfest', 'Liebe Leserinnen', 'Valley TV', 'Valley Broadcasting', 'Harbour Works GmbH']) expect(isPersonName(words)).toBe(false)
  })

  it('should credit a domain as the source, and take neither a user name nor an address for a person', () => {
    expect(read('<meta name="author" content="HARBOURNEWS.INFO">')).toEqual({names: [], source: 'HARBOURNEWS.INFO'})
    expect(read('<meta name="author" content="jane.doe">')).toEqual({names: [], source: undefined})
    expect(read('<meta property="article:author" content="social.example/valleypost">')).toEqual({names: [], source: undefined})
    expect(read('<meta name="author" content="Organization for Harbour Works">')).toEqual({names: [], source: 'Organization for Harbour Works'})
    expect(read('<meta name="author" content="Bundesverband Hafenbau">')).toEqual({names: [], source: 'Bundesverband Hafenbau'})
  })

  it('should read a second name after the first one\'s place, and not take an editorial desk\'s abbreviation for a name', () => {
    expect(readByline('By Jane Doe, London, John Roe')).toEqual([{name: 'Jane Doe', role: 'London'}, {name: 'John Roe'}])
    expect(readByline('By Jane Doe, London')).toEqual([{name: 'Jane Doe', role: 'London'}])
    expect(readByline('By Jane Doe, Senior Staff Technologist, Valley Speech, Privacy, and Technology Project')?.map((author) => author.name)).not.toContain('Technology Project')
    expect(read(jsonLd({'@type': 'Person', name: 'red.'}))).toEqual({names: [], source: 'red.'})
  })

  it('should read a name once when the byline prints it twice, without quotes, and without a cue glued to it', () => {
    expect(read('', '<div class="byline">By Jane Doe Jane Doe</div>').names).toEqual(['Jane Doe'])
    expect(read('<meta name="author" content="\'Jane Doe, John Roe\'">').names).toEqual(['Jane Doe', 'John Roe'])
    expect(read('', '<div class="byline">By Jane Doe and John RoePublished May 3, 2024</div>').names).toEqual(['Jane Doe', 'John Roe'])
    expect(readByline('von Jane Doe, Online-Redaktion Veröffentlicht: 26.12.2022')).toEqual([{name: 'Jane Doe', role: 'Online-Redaktion'}])
  })

  it('should not take a label or a prompt in a byline\'s place for a name', () => {
    expect(read('', '<div class="byline">Über Maria</div>').names).toEqual([])
    expect(read('', '<p>ESCUCHA LA NOTICIA</p>').names).toEqual([])
    expect(read('', '<div class="byline">Aus der Region</div>').names).toEqual([])
  })

  it('should read a person, her role and the organisation from one value, but not two people as one', () => {
    const article = parse(page(jsonLd({'@type': 'Person', name: 'Maria Lopez, professor of maritime law at Talstadt University, Valley Post'}) + '<meta property="og:site_name" content="Valley Post">'), {format: 'html', url})
    expect(article.authors).toEqual([{name: 'Maria Lopez', role: 'professor of maritime law at Talstadt University'}])
    expect(article.source).toBe('Valley Post')
    expect(read('<meta name="author" content="Maria Lopez, Jane Doe, Valley Post"><meta property="og:site_name" content="Valley Post">').names).toEqual(['Maria Lopez', 'Jane Doe'])
  })

  it('should credit the agency of a wire story signed with its place, over the organisation the metadata names', () => {
    expect(read('', '<p>AFP, MANILA</p>')).toEqual({names: [], source: 'AFP'})
    expect(read('<meta name="author" content="Valley Post"><meta property="og:site_name" content="Valley Post">', '<p>By Jane Doe/dpa</p>')).toEqual({names: ['Jane Doe'], source: 'dpa'})
    expect(read('', '<p>Harbour, Talstadt</p>').source).toBeUndefined()
    expect(read('<meta name="author" content="Valley Post et AFP">', '<p>AFP, MANILA</p>').source).toBe('Valley Post et AFP')
  })

  it('should read the writer and the date from the byline\'s own aside under the headline, not from a sidebar', () => {
    const aside = '<aside class="author sans-photo"><h3><a href="/auteur/jane-doe" title="Jane Doe"><span>Jane Doe</span></a></h3><time datetime="2020-02-19">19 février 2020</time></aside>'
    const article = parse(html('', `<main><h1>Harbour works to start in May</h1>${aside}${prose('the harbour')}</main>`), {format: 'html', url})
    expect(article.authors.map((author) => author.name)).toEqual(['Jane Doe'])
    expect(article.published?.date).toBe('2020-02-19')
    const teasers = ['2019-09-14', '2019-12-03', '2020-01-07', '2020-01-21'].map((day) => `<div class="card"><h3><a href="/story/${day}">Another story</a></h3><time datetime="${day}">${day}</time></div>`).join('')
    const byline = '<div class="byline">By <a href="/auteur/jane-doe">Jane Doe</a> <time datetime="2020-02-19">19 février 2020</time></div>'
    expect(parse(html('', `<main><h1>Harbour works to start in May</h1>${byline}${prose('the harbour')}</main>${teasers}`), {format: 'html', url}).published?.date).toBe('2020-02-19')
    // The article's own date by its class name, among teasers' dates.
    const own = '<div class="c-article__time"><time datetime="2019-07-30T13:16:29-04:00">July 30, 2019 <span>1:16 pm</span></time></div>'
    expect(parse(html('', `<main><h1>Harbour works to start in May</h1>${own}${prose('the harbour')}</main>${teasers}`), {format: 'html', url}).published?.iso).toBe('2019-07-30T13:16:29-04:00')
    // The byline's time is the update the metadata names: the publication is the metadata's.
    const updated = jsonLd({'@type': 'Person', name: 'Jane Doe'}, {datePublished: '2017-12-15T08:50:02-05:00', dateModified: '2018-07-24T18:15:58+00:00'})
    const bylineUpdate = '<div class="byline">By Jane Doe <time datetime="2018-07-24T18:15:58+00:00">Jul 24, 2018</time></div>'
    expect(parse(html(updated, `<main><h1>Harbour works to start in May</h1>${bylineUpdate}${prose('the harbour')}</main>`), {format: 'html', url}).published?.date).toBe('2017-12-15')
    const sidebar = '<aside class="sidebar"><h3><a href="/auteur/john-roe">John Roe</a></h3><time datetime="2019-09-14">14 septembre 2019</time></aside>'
    const other = parse(html('', `<main><h1>Harbour works to start in May</h1>${prose('the harbour')}</main>${sidebar}`), {format: 'html', url})
    expect(other.authors).toEqual([])
    expect(other.published).toBeUndefined()
  })

  it('should read the writer from an aside in the article (its meta column), not from one classed as a rail or another region', () => {
    const column = (attributes: string) => `<aside${attributes}><section class="author"><img src="/avatar.jpg" alt=""><span class="author-name"><strong>Jane Doe</strong></span></section><section class="meta"><time datetime="2020-04-24T08:30:00+02:00">24. April 2020</time></section></aside>`
    const page = (attributes: string) => html('<meta name="author" content="Valley Post"><meta property="og:site_name" content="Valley Post">', `<main><article><header><h1>Harbour works to start in May</h1></header><div class="grid">${column(attributes)}<div class="body">${prose('the harbour')}</div></div></article></main>`)
    expect(names(page(''))).toEqual(['Jane Doe'])
    expect(names(page(' class="meta"'))).toEqual(['Jane Doe'])
    // The same column classed as another region (related stories, a sidebar), or an aside outside the article, is not the article's.
    expect(names(page(' class="related"'))).toEqual([])
    expect(names(page(' class="article-sidebar"'))).toEqual([])
    expect(names(html('', `<main><article><h1>Harbour works to start in May</h1>${prose('the harbour')}</article>${column('')}</main>`))).toEqual([])
  })

  it('should take a first name alone and the full name it opens for one writer', () => {
    const account = jsonLd({'@type': 'Person', name: 'Maria', url: 'https://www.valley-post.test/author/maria/'})
    expect(parse(page(account, '<p>Eine Kolumne von Maria Lopez</p>'), {format: 'html', url}).authors).toEqual([{name: 'Maria Lopez', url: 'https://www.valley-post.test/author/maria/'}])
  })

  it('should read two names joined by a dash, but keep a role after one', () => {
    expect(read('<meta name="author" content="Jane Doe - John Roe">').names).toEqual(['Jane Doe', 'John Roe'])
    expect(read('<meta name="author" content="Jane Doe - Journalist">').names).toEqual(['Jane Doe'])
  })
})

describe('many authors', () => {
  // How the time grows with such pages is measured by `npm run bench:rule-scaling` (run by CI), not here.
  it('should read a page of 20,000 microdata authors as each person once, and keep every line of repeated name lines', () => {
    const authors = Array.from({length: 20_000}, (_, index) => `<span itemprop="author"><span itemprop="name">Jane Doe${'e'.repeat(index % 5)}</span></span>`).join('')
    const article = parse(html('', `<main><h1>Harbour works to start in May</h1>${authors}${prose('the harbour')}</main>`), {format: 'html', url})
    expect(article.authors.map((author) => author.name)).toEqual(['Jane Doe', 'Jane Doee', 'Jane Doeee', 'Jane Doeeee', 'Jane Doeeeee'])
    const lines = Array.from({length: 5000}, () => 'Jane Doe\n\nJane Doe\n\nJane Doe reports for the Valley Post from Lisbon.').join('\n\n')
    const text = parse(lines, {format: 'text'})
    expect(text.body.filter((block) => block.type === 'paragraph' && block.text.endsWith('from Lisbon.'))).toHaveLength(5000)
  })
})
