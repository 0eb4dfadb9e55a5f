/**
 * The text front end's rules, each proved on small inputs written here (not
 * the seed samples): furniture, spam cards, captions, headline, bylines,
 * listing, live-blog posts.
 */
import {describe, expect, it} from 'vitest'
import {parse, parseWithMessages, toPlainText} from '../src/index.js'
import {readLoneCredit, splitCaption} from '../src/util/captions.js'
import {isCallToAction} from '../src/plugins/drop-trailing-promos.js'
import {splitTitle} from '../src/util/titles.js'
import {isPersonName} from '../src/util/names.js'
import {readByline} from '../src/util/bylines.js'

/** Join lines as a scraper leaves them: one blank line between blocks. */
const page = (...blocks: string[]) => blocks.join('\n\n')

const prose = (topic: string) =>
  `The council said on Tuesday that ${topic} would be reviewed by an independent panel before the end of the year.`

describe('furniture', () => {
  it('should drop share bars, skip links (even glued), prompts and glyphs', () => {
    const article = parse(
      page(
        'Skip to contentSkip to navigation',
        'Harbour bridge to close for repairs',
        'Share',
        '›',
        'Accept cookies',
        prose('the bridge'),
        'Most read',
        'This story is more than 2 years old',
        'Tags:'
      ),
      {format: 'text'}
    )
    expect(article.title).toBe('Harbour bridge to close for repairs')
    expect(toPlainText(article)).toBe(prose('the bridge'))
  })

  it('should drop notices, reading times, sign-up calls and ad labels, in several languages, but not prose about them', () => {
    const chrome = [
      'Alle Rechte vorbehalten.',
      '© 2021 Daily Ledger. All rights reserved.',
      '(Alle Angaben ohne Gewähr)',
      '4 min read',
      '12 minutes - 2310 words',
      'Lesezeit: 3 Minuten',
      'Anzeige, enthält Affiliate Links',
      'This article contains affiliate links to shops we like.',
      'Never miss a story by signing up to our newsletter today!',
      'Sign up for our morning briefing, straight to your inbox.',
      'You must be logged in to post a comment.',
      'Ähnliche Beiträge',
      'Lire aussi',
      'Inhaltsverzeichnis',
      'Rezept drucken'
    ]
    const content = [
      prose('the bridge'),
      'Subscribers to the council newsletter were told about the closure in March, months before the works began.',
      'Advertising revenue fell by a third, the company said, as readers moved to other platforms.',
      'Twelve minutes later, the second train arrived at the platform.'
    ]
    const article = parse(page('Harbour bridge to close for repairs', ...chrome.flatMap((line, index) => [line, content[index % content.length]!])), {format: 'text'})
    const body = toPlainText(article)
    for (const line of chrome) expect(body).not.toContain(line)
    for (const line of content) expect(body).toContain(line)
  })

  it('should drop the strings of a comment form, in several languages, but not a report about comments', () => {
    const chrome = [
      'Leave a Reply',
      'Schreibe einen Kommentar',
      '3 Kommentare zu „Brücke wird gesperrt“',
      '12 responses to “Harbour bridge to close for repairs”',
      'Your email address will not be published. Required fields are marked *',
      'Votre adresse e-mail ne sera pas publiée.',
      'This site uses Akismet to reduce spam. Learn how your comment data is processed.',
      'Notify me of follow-up comments by email.',
      'Save my name, email, and website in this browser for the next time I comment.'
    ]
    const content = [
      prose('the bridge'),
      'Three comments to the council were read aloud at the meeting, and all of them opposed the closure.',
      'Residents who leave a reply to the consultation before June will be invited to a public hearing.'
    ]
    const article = parse(page('Harbour bridge to close for repairs', ...chrome.flatMap((line, index) => [line, content[index % content.length]!])), {format: 'text'})
    const body = toPlainText(article)
    for (const line of chrome) expect(body).not.toContain(line)
    for (const line of content) expect(body).toContain(line)
  })

  it('should drop calls to action among the last paragraphs, not a report about a newsletter', () => {
    const news = 'The newsletter, which reaches 40,000 readers, will close in June after the council cut its budget, officials said.'
    const article = parse(
      page(
        'Harbour bridge to close for repairs',
        prose('the bridge'),
        'Sign up to our morning briefing and get the day’s top stories delivered to your inbox.',
        prose('the works'),
        news,
        'Follow the Harbour Gazette on Instagram and Facebook for more local news.',
        'Enjoyed this story? Please consider supporting our journalism with a small monthly gift.'
      ),
      {format: 'text'}
    )
    expect(toPlainText(article)).toBe([prose('the bridge'), prose('the works'), news].join('\n\n'))
    expect(isCallToAction('Download our free app for iOS and Android to read the full story.')).toBe(true)
    expect(isCallToAction('Abonnieren Sie unsere Newsletter und wir liefern die wichtigsten Nachrichten.')).toBe(true)
    expect(isCallToAction(news)).toBe(false)
  })

  it('should report each dropped line with its position', () => {
    const {messages} = parseWithMessages(page('Bridge closes', 'Most read', prose('the bridge')), {format: 'text'})
    const dropped = messages.find((message) => message.ruleId === 'furniture-dropped')
    expect(dropped?.place).toMatchObject({start: {line: 3, column: 1}})
    expect(dropped?.actual).toBe('Most read')
  })
})

describe('spam', () => {
  it('should drop a contact card in any field order and never take its name as author', () => {
    const article = parse(
      page(
        'Local bakery wins national award',
        'By Priya Raman',
        prose('the award'),
        'Author information',
        'Phone: +44 1632 960001',
        'Name: Otto Quist',
        'Hobby: Kayaking, Origami',
        'Address: 12 Fake Lane, Nowhere',
        'Views: 1234',
        'Rating: 4.5 / 5 (12 voted)'
      ),
      {format: 'text'}
    )
    expect(article.authors).toEqual([{name: 'Priya Raman'}])
    expect(toPlainText(article)).toBe(prose('the award'))
  })

  it('should drop a run of personal fields even without a heading', () => {
    const article = parse(page('Title of a story here', prose('the plan'), 'Name: Ann Lee', 'Birthday: 1990-01-01', 'Job: Clerk'), {format: 'text'})
    expect(toPlainText(article)).toBe(prose('the plan'))
  })

  it('should drop a copier’s repeated title', () => {
    const article = parse(page('Storm hits coast (2023)', prose('the storm'), 'Storm hits coast (2023)'), {format: 'text'})
    expect(article.title).toBe('Storm hits coast')
    expect(toPlainText(article)).toBe(prose('the storm'))
  })
})

describe('captions', () => {
  it('should split a photo’s credit glued to the caption’s last word, but not a name that ends in a label', () => {
    expect(splitCaption('Der Kandidat vor der Wahl: Boris NadeschdinBild: Jane Doe/dpa')).toEqual({caption: 'Der Kandidat vor der Wahl: Boris Nadeschdin', credit: 'Jane Doe/dpa', media: 'image'})
    expect(splitCaption('Fans vor dem Stadion am SonntagFoto: Jon Varga')).toEqual({caption: 'Fans vor dem Stadion am Sonntag', credit: 'Jon Varga', media: 'image'})
    expect(splitCaption('07.06.2016: UniCredit: Die Bank senkt ihre Prognose')).toBeUndefined()
    expect(splitCaption('Das Stadtbild: eine Ruine am Hafen')).toBeUndefined()
  })

  it('should split the common credit forms', () => {
    expect(splitCaption('Fans queue outside the stadium. Photograph: Ann Lee/Reuters')).toEqual({caption: 'Fans queue outside the stadium.', credit: 'Ann Lee/Reuters', media: 'image'})
    expect(splitCaption('A flooded street in Leeds (Photo: Tom Hart/AP)')).toEqual({caption: 'A flooded street in Leeds', credit: 'Tom Hart/AP', media: 'image'})
    expect(splitCaption('Der Bahnhof am Morgen. Foto: dpa')).toEqual({caption: 'Der Bahnhof am Morgen.', credit: 'dpa', media: 'image'})
    expect(splitCaption('Protesters march on the capital – video')).toEqual({caption: 'Protesters march on the capital', media: 'video'})
    expect(splitCaption('The lake at dawn. © Jane Doe')).toEqual({caption: 'The lake at dawn.', credit: 'Jane Doe', media: 'image'})
    expect(splitCaption('Strikers in the hall / (C) Sam Fox')).toEqual({caption: 'Strikers in the hall', credit: 'Sam Fox', media: 'image'})
    expect(splitCaption('Le ministre à Paris (crédito: Ana Lima/AFP)')).toEqual({caption: 'Le ministre à Paris', credit: 'Ana Lima/AFP', media: 'image'})
    expect(splitCaption('The minister in Prague, photo: Government archive')).toEqual({caption: 'The minister in Prague', credit: 'Government archive', media: 'image'})
    expect(splitCaption('Figure 4: a weak layer in the snow pack.')).toEqual({caption: 'a weak layer in the snow pack.', media: 'image'})
    // The separator before the credit is neither the caption's nor the credit's; a full stop ends the caption's sentence and stays.
    expect(splitCaption('Anna Weber at the harbour, Foto: Jane Doe')).toEqual({caption: 'Anna Weber at the harbour', credit: 'Jane Doe', media: 'image'})
    expect(splitCaption('The quay in winter; Photo: Tom Hart')).toEqual({caption: 'The quay in winter', credit: 'Tom Hart', media: 'image'})
    expect(splitCaption('Boats at dawn. – Foto: Ann Lee')).toEqual({caption: 'Boats at dawn.', credit: 'Ann Lee', media: 'image'})
    expect(splitCaption('Boats at dawn | Bild: Ann Lee')).toEqual({caption: 'Boats at dawn', credit: 'Ann Lee', media: 'image'})
    expect(splitCaption('He loved the photo: it was taken at dawn.')).toBeUndefined()
    expect(splitCaption('He said: the result was close.')).toBeUndefined()
    expect(splitCaption('The recipe is © the family, and always was the best part of the whole long winter season')).toBeUndefined()
  })

  it('should read a credit that stands on its own line', () => {
    expect(readLoneCredit('Photograph by Jane Doe, Island Trust')).toBe('Jane Doe, Island Trust')
    expect(readLoneCredit('(Credit: Sam Fox / Agency)')).toBe('Sam Fox / Agency')
    expect(readLoneCredit('Bild via Flickr')).toBe('Flickr')
    expect(readLoneCredit('(© AFP/Jane Doe)')).toBe('AFP/Jane Doe')
    expect(readLoneCredit('Photo by the author was great, and we said: nothing')).toBeUndefined()
    expect(readLoneCredit('Photographs by the dozen were taken that day by everyone who came to the opening of the bridge')).toBeUndefined()
  })

  it('should give a lone credit to the figure before it, with the caption between', () => {
    const html = `<article><h1>Island reborn after the goats left</h1><p>${prose('the island')}</p>
      <figure><img src="https://example.com/island.jpg"></figure><div>The island from the sea.</div><div>Photograph by Jane Doe</div>
      <p>${prose('the goats')}</p><p>Credit: Sam Fox</p><p>${prose('the rats')}</p></article>`
    const article = parse(html, {format: 'html'})
    // The figure after the first paragraph is the lead image, with the caption and credit it was given.
    expect(article.image).toEqual({src: 'https://example.com/island.jpg', caption: 'The island from the sea.', credit: 'Jane Doe'})
    expect(article.body).toEqual([
      {type: 'paragraph', text: prose('the island')},
      {type: 'paragraph', text: prose('the goats')},
      {type: 'figure', media: 'image', credit: 'Sam Fox'},
      {type: 'paragraph', text: prose('the rats')}
    ])
  })

  it('should keep a caption repeated as alt text once', () => {
    const article = parse(
      page('Bridge closes for a week of repairs', prose('the bridge'), 'Workers on the bridge.\nWorkers on the bridge. Picture: Sam Fox\nWorkers on the bridge. Picture: Sam Fox', prose('the works')),
      {format: 'text'}
    )
    expect(article.body).toEqual([
      {type: 'paragraph', text: prose('the bridge')},
      {type: 'figure', media: 'image', caption: 'Workers on the bridge.', credit: 'Sam Fox'},
      {type: 'paragraph', text: prose('the works')}
    ])
  })
})

describe('headline', () => {
  it('should split site names and farm suffixes', () => {
    expect(splitTitle('Rates held at 5% | Money Daily')).toEqual({title: 'Rates held at 5%', siteName: 'Money Daily'})
    expect(splitTitle('Rates held at 5% - The Ledger')).toEqual({title: 'Rates held at 5%', siteName: 'The Ledger'})
    expect(splitTitle('Rates held - as banks warn of slowdown')).toEqual({title: 'Rates held - as banks warn of slowdown'})
    expect(splitTitle('Rates held (2019)')).toEqual({title: 'Rates held'})
    // A CJK site name and channel after a dash or an underscore, with no space; a short title's dash is its own.
    expect(splitTitle('港口工程五月开工，码头将重建-港口网')).toEqual({title: '港口工程五月开工，码头将重建', siteName: '港口网'})
    expect(splitTitle('港口工程五月开工，码头将重建_新闻频道_港口网')).toEqual({title: '港口工程五月开工，码头将重建', siteName: '港口网'})
    expect(splitTitle('中国-东盟')).toEqual({title: '中国-东盟'})
    expect(splitTitle('Rates held at five per cent – My website')).toEqual({title: 'Rates held at five per cent', siteName: 'My website'})
    expect(splitTitle('Rates held at five per cent – and rising')).toEqual({title: 'Rates held at five per cent – and rising'})
  })

  it('should take a section label and a standfirst', () => {
    const article = parse(
      page('Science', 'Comet visible to the naked eye this week', 'Astronomers say the best views will come just before dawn on Friday', 'By Lena Fischer, science editor', prose('the comet')),
      {format: 'text'}
    )
    expect(article.section).toBe('Science')
    expect(article.standfirst).toBe('Astronomers say the best views will come just before dawn on Friday')
    expect(article.authors).toEqual([{name: 'Lena Fischer', role: 'science editor'}])
  })

  it('should drop a later copy of the headline, also with a space before its colon, and read the byline under the standfirst after it', () => {
    const article = parse(
      page('Harbour works: the board decides', 'Harbour works : the board decides', 'The board agreed that the works would go ahead before the winter storms, after a year of delays.', 'Lena Fischer', prose('the works'), prose('the ferry')),
      {format: 'text'}
    )
    expect(article.title).toBe('Harbour works: the board decides')
    expect(JSON.stringify(article.body)).not.toContain('Harbour works :')
    expect(article.authors).toEqual([{name: 'Lena Fischer'}])
  })

  it('should take the headline under a share bar that names X, a prompt to save the story, or Google’s preferred-source button, and drop them', () => {
    for (const chrome of ['Facebook Email X LinkedIn Copy link', 'Add to your saved stories', 'To revisit this article, visit My Profile, then View saved stories', 'Add as preferred on Google']) {
      const article = parse(page(chrome, 'Harbour bridge to close for repairs', prose('the bridge'), prose('the works')), {format: 'text'})
      expect(article.title, chrome).toBe('Harbour bridge to close for repairs')
      expect(JSON.stringify(article.body), chrome).not.toContain(chrome)
    }
    // X beside no network is no share bar: a line of code stays.
    expect(toPlainText(parse(page('Harbour bridge to close for repairs', prose('the bridge'), 'print x', prose('the works')), {format: 'text'}))).toContain('print x')
  })

  it('should drop a consent dialog’s buttons flattened into one line, but not a sentence with a verb of consent', () => {
    for (const chrome of ['Auswahl speichern Alle akzeptieren', 'Accept all Reject all', 'Zustimmen Ablehnen', 'SAVE & ACCEPT', 'Accepter Refuser']) {
      const article = parse(page(chrome, 'Harbour bridge to close for repairs', prose('the bridge'), prose('the works')), {format: 'text'})
      expect(article.title, chrome).toBe('Harbour bridge to close for repairs')
      expect(JSON.stringify(article.body), chrome).not.toContain(chrome)
    }
    for (const kept of ['Accept the offer', 'We accept all']) {
      expect(toPlainText(parse(page('Harbour bridge to close for repairs', prose('the bridge'), kept, prose('the works')), {format: 'text'})), kept).toContain(kept)
    }
  })

  it('should take the headline under skip links and navigation toggles, in several languages, and drop them', () => {
    for (const chrome of ['Skip to the content', 'Jump to navigation Skip navigation', 'Toggle navigation', 'Zur Hauptnavigation springen Zur Suche springen Zum Inhalt springen', 'Menü Springe zum Inhalt', 'Omitir para ir al contenido principal', 'Aller au contenu principal', 'Przejdź do treści', 'Hoppa till huvudinnehållet', 'Hopp til hovedinnhold', 'Spring til indhold', 'Siirry sisältöön', 'Pular para o conteúdo principal', 'Přejít na obsah', 'Skip to Main ContentAccessibility Help', 'skip to main | skip to sidebar']) {
      const article = parse(page(chrome, 'Harbour bridge to close for repairs', prose('the bridge'), prose('the works')), {format: 'text'})
      expect(article.title, chrome).toBe('Harbour bridge to close for repairs')
      expect(JSON.stringify(article.body), chrome).not.toContain(chrome)
    }
    // A line that only starts with such words is text.
    const kept = 'Skip to the end of the story: the bridge reopens in May'
    expect(toPlainText(parse(page('Harbour bridge to close for repairs', prose('the bridge'), kept, prose('the works')), {format: 'text'}))).toContain(kept)
  })

  it('should take no headline rather than a first line that is an address, a phone number or digits', () => {
    for (const first of ['https://example.org/news/harbour-bridge-to-close', '0800 723 454 6', '01. 11. 2023', '31° 26° 17° 21°']) {
      const {article, messages} = parseWithMessages(page(first, prose('the bridge'), prose('the works'), prose('the ferry')), {format: 'text'})
      expect(article.title, first).toBe('')
      expect(messages.find((message) => message.ruleId === 'title-missing')?.actual, first).toBe(first)
    }
    // A headline with a number in it is still one.
    expect(parse(page('Bridge closes for 6 weeks: 20,000 drivers a day take the ferry', prose('the bridge'), prose('the works')), {format: 'text'}).title).toBe('Bridge closes for 6 weeks: 20,000 drivers a day take the ferry')
  })

  it('should take no standfirst from a meta line, a link, a credit or a tag list under the headline, but a summary with no full stop', () => {
    const under = (line: string) => parse(page('Harbour bridge to close for repairs', line, prose('the bridge'), prose('the works')), {format: 'text'}).standfirst
    for (const line of ['Posted in Local news by harbourdesk on August 3, 2019', 'Filed under: Harbour, Bridges, Council, Transport', 'via Harbour Daily https://example.org/a/123', 'Foto: Harbour Board / Lena Fischer', 'bridges, ferries, council, harbour, works']) {
      expect(under(line), line).toBeUndefined()
    }
    expect(under('Drivers face long detours as the council starts work on the old crossing')).toBe('Drivers face long detours as the council starts work on the old crossing')
  })

  it('should give an empty title to an empty page', () => {
    expect(parse('', {format: 'text'})).toEqual({kind: 'article', title: '', authors: [], keyPoints: [], body: [], posts: [], related: []})
  })
})

describe('bylines', () => {
  it('should read names, roles and several authors', () => {
    expect(readByline('By Ana Souza and Tom Price')).toEqual([{name: 'Ana Souza'}, {name: 'Tom Price'}])
    expect(readByline('Live reporting by Kwame Mensah')).toEqual([{name: 'Kwame Mensah'}])
    expect(readByline('Von Ursula von der Heide, Berlin')).toEqual([{name: 'Ursula von der Heide', role: 'Berlin'}])
    expect(readByline('By the time the rain stopped, the match was over')).toBeUndefined()
    expect(isPersonName('Breaking News Today')).toBe(false)
  })

  it('should not take a sentence that opens with a name, an interview question or a greeting for a byline', () => {
    const authors = (line: string) => parse(page('Harbour works to start in May', line, prose('the harbour'), prose('the pier')), {format: 'text'}).authors
    expect(authors('Maria Lopez, born 1926, is known for her sharp satires of academic life.')).toEqual([])
    expect(authors('Frau Lopez, was genau ist das Hafenprojekt und wer ist daran beteiligt?')).toEqual([])
    expect(authors('Hallo Maria')).toEqual([])
    expect(authors('Erstellt von Tom')).toEqual([])
    expect(authors('Antwort von Tom')).toEqual([])
    expect(readByline('Herausgegeben von Tom Price, Ana Souza')).toBeUndefined()
    expect(authors('Maria Lopez')).toEqual([{name: 'Maria Lopez'}])
  })

  it('should read a subheading of two words deep in a story as a subheading, not a byline', () => {
    const article = parse(page('Harbour works to start in May', prose('the harbour'), prose('the pier'), 'Rechtliche Besonderheiten', prose('the permit')), {format: 'text'})
    expect(article.authors).toEqual([])
    expect(toPlainText(article)).toContain('Rechtliche Besonderheiten')
  })

  it('should read a name under a lone byline cue, and a writer\'s name that opens several posts', () => {
    const cued = parse(page('Harbour works to start in May', prose('the harbour'), prose('the pier'), 'Ein Beitrag von:', 'Maria Lopez', prose('the permit')), {format: 'text'})
    expect(cued.authors).toEqual([{name: 'Maria Lopez'}])
    expect(toPlainText(cued)).not.toContain('Beitrag von')
    const feed = parse(page('Harbour works live', prose('the harbour'), prose('the pier'), 'Tom Price', prose('the permit'), prose('the crane'), 'Tom Price', prose('the quay')), {format: 'text'})
    expect(feed.authors).toEqual([{name: 'Tom Price'}])
    expect(toPlainText(feed)).not.toContain('Tom Price')
  })

  it('should keep only the role of a byline, not the fields after it', () => {
    expect(readByline('Autorin: Maria Lopez, Hafenamt, Oktober 2008')).toEqual([{name: 'Maria Lopez', role: 'Hafenamt'}])
    expect(readByline('Autor: Tom Price; Illustrator: Ana Souza')).toEqual([{name: 'Tom Price'}])
    expect(readByline('By Tom Price, Datum: 15.Jun.19, Anzahl der Kommentare: 0')).toEqual([{name: 'Tom Price'}])
    expect(readByline('By Tom Price, Talstadt')).toEqual([{name: 'Tom Price', role: 'Talstadt'}])
  })
})

describe('listing', () => {
  it('should turn teasers closed by “Continue reading” into related items', () => {
    const teaser = (n: number) => page(`Story number ${n} makes the news`, `A standfirst for story ${n} without a full stop`, prose(`story ${n}`), 'Continue reading…')
    const article = parse(page(teaser(1), teaser(2), teaser(3)), {format: 'text'})
    expect(article.kind).toBe('listing')
    expect(article.title).toBe('')
    expect(article.related).toHaveLength(3)
    expect(article.related[1]).toEqual({title: 'Story number 2 makes the news', standfirst: 'A standfirst for story 2 without a full stop', summary: prose('story 2')})
    expect(article.body).toEqual([])
  })
})

describe('live blogs', () => {
  it('should open posts at footers and titles, and keep a pinned post once', () => {
    const pinned = page('Ministers agree a budget deal after late talks', prose('the budget'))
    const article = parse(
      page(
        'Budget live: all the latest from parliament',
        pinned,
        'Share',
        'Updated at',
        prose('the vote'),
        'Share',
        'Updated at',
        'Opposition leader calls the plan a missed chance',
        prose('the plan'),
        pinned
      ),
      {format: 'text'}
    )
    expect(article.kind).toBe('liveblog')
    expect(article.posts.map((post) => [post.title, post.pinned])).toEqual([
      ['Ministers agree a budget deal after late talks', true],
      [undefined, false],
      ['Opposition leader calls the plan a missed chance', false]
    ])
    expect(article.posts.map((post) => post.id)).toEqual([
      'ministers-agree-a-budget-deal-after',
      'the-council-said-on-tuesday-that',
      'opposition-leader-calls-the-plan-a'
    ])
  })

  it('should credit a name with a bio to its post, with a label', () => {
    const article = parse(
      page('Election live: results come in', prose('turnout'), 'Share', 'Analysis', 'Maria Lopez', 'Maria Lopez', 'Maria Lopez is our political editor', prose('the polls'), 'Share'),
      {format: 'text'}
    )
    expect(article.posts[1]).toMatchObject({label: 'Analysis', authors: [{name: 'Maria Lopez'}], body: [{type: 'paragraph', text: prose('the polls')}]})
    expect(article.authors).toEqual([])
  })

  it('should give a post the same id in two snapshots of the page', () => {
    const post = (title: string) => page(title, prose(title.toLowerCase()), 'Share', 'Updated at')
    const earlier = parse(page('Storm live: latest updates', post('Trains cancelled across the north'), post('Schools close early in the west')), {format: 'text'})
    const later = parse(page('Storm live: latest updates', post('Power cuts hit thousands of homes'), post('Trains cancelled across the north'), post('Schools close early in the west')), {format: 'text'})
    const ids = (article: typeof earlier) => article.posts.map((each) => each.id)
    expect(ids(later).slice(1)).toEqual(ids(earlier))
    expect(new Set(ids(later)).size).toBe(3)
  })
})

describe('furniture joined on one line', () => {
  it('should drop calls to action joined by "or", "and" or a bar, and keep a line that only starts like one', () => {
    const article = parse(
      page('Harbour bridge to close for repairs', 'Sign in or register', prose('the bridge'), 'Share | Comments', 'Ask a question or make a plan for the weekend', prose('the ferry')),
      {format: 'text'}
    )
    expect(toPlainText(article)).toBe(page(prose('the bridge'), 'Ask a question or make a plan for the weekend', prose('the ferry')))
  })
})

describe('lists across dropped lines', () => {
  it('should keep one list when a furniture line stands between its items', () => {
    const article = parse(page('Harbour bridge to close for repairs', prose('the bridge'), '• The first point of the list', 'Advertisement', '• The second point of the list'), {format: 'text'})
    expect(article.body.filter((block) => block.type === 'list')).toEqual([{type: 'list', items: ['The first point of the list', 'The second point of the list'], ordered: false}])
  })
})

describe('a lone time stamp', () => {
  it('should read a page\'s only stamp, in the header, as its publication time on the given day', () => {
    const article = parse(page('Harbour reopens after the storm', 'By Jane Doe', '14:05 BST', prose('the harbour'), prose('the boats')), {
      format: 'text',
      date: '2026-03-04'
    })
    expect(article.kind).toBe('article')
    expect(article.published?.iso).toBe('2026-03-04T14:05:00+01:00')
    expect(toPlainText(article)).not.toContain('14:05')
  })

  it('should leave a stamp after the prose out of the publication time, and a stamp without a day too', () => {
    const late = parse(page('Harbour reopens after the storm', prose('the harbour'), '14:05 BST', prose('the boats')), {format: 'text', date: '2026-03-04'})
    expect(late.published).toBeUndefined()
    const {article, messages} = parseWithMessages(page('Harbour reopens after the storm', '14:05 BST', prose('the harbour')), {format: 'text'})
    expect(article.published).toBeUndefined()
    expect(messages.map((message) => message.ruleId)).toContain('timestamp-ambiguous')
  })
})

describe('an article that is no live blog', () => {
  it('should not open a post after a single share line, nor take numbered sections for post titles', () => {
    const article = parse(
      page('Five ways to save on your energy bill', prose('the bills'), '2. Turn the heating down a degree', prose('the heating'), '3. Check the windows for draughts', prose('the windows'), 'Share', 'Like us on Facebook'),
      {format: 'text'}
    )
    expect(article.kind).toBe('article')
    expect(article.posts).toEqual([])
    expect(toPlainText(article)).toContain('2. Turn the heating down a degree')
  })
})

describe('post titles under a stamp', () => {
  it('should take a two-word line under a post\'s stamp, before its prose, for its title', () => {
    const article = parse(
      page('Ferry strike live: all the latest', '09:30', 'Unions meet the operator', prose('the talks'), 'Share', '08:45', 'Crossings cancelled', prose('the crossings'), 'Share', '08:00', 'Strike begins at dawn', prose('the strike'), 'Share'),
      {format: 'text', date: '2024-05-02', timeZone: 'UTC'}
    )
    expect(article.posts.map((post) => post.title)).toEqual(['Unions meet the operator', 'Crossings cancelled', 'Strike begins at dawn'])
    expect(article.posts[1]?.body).toEqual([{type: 'paragraph', text: prose('the crossings')}])
  })
})
