/**
 * Rules for the structure of whole-page text dumps, each proved on small
 * invented inputs: what of a page is the article and what is the page's
 * chrome around it (teasers, meta lines), when only the text is left.
 */
import {describe, expect, it} from 'vitest'
import {parse, parseWithMessages, toPlainText} from '../src/index.js'

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

/** A menu of a whole-page dump: enough short lines for the dump rules to apply. */
const menu = ['Home', 'World', 'Business', 'Sport', 'Culture', 'Travel', 'Weather', 'Opinion', 'Video', 'Podcasts', 'Puzzles', 'Obituaries', 'Letters']

describe('stamp lines of a dump', () => {
  it('should drop a date that opens a short line of chrome, wherever it stands, but not a timeline entry, a sentence or an event’s date', () => {
    const chrome = ['3.2.2021 9:40 Uhr Anna Weber 12 Kommentare', 'Publiziert: 04.05.2021, 12:35', '21.01.2022 Pressemitteilung', '8. November 2021 | Lokales', '14 March 2023 - Tom Price - 7 comments']
    const content = ['12. Mai 2020: Die Brücke wird gesperrt', 'Am 3. Mai 2021 wurde die Brücke gesperrt.', 'Termin: 29.02.2020, 19 Uhr']
    const lines = chrome.flatMap((line, index) => [line, prose(`item ${index}`), content[index % content.length]!])
    const body = toPlainText(parse(page(...menu, 'Harbour bridge to close for repairs', prose('the bridge'), ...lines), {format: 'text'}))
    for (const line of chrome) expect(body).not.toContain(line)
    for (const line of content) expect(body).toContain(line)
  })

  it('should leave HTML alone: a date in a paragraph there is the text’s', () => {
    const html = '<html><body><article><h1>Bridge closes</h1><p>' + prose('the bridge') + '</p><p>21.01.2022 Pressemitteilung</p><p>' + prose('the ferry') + '</p></article></body></html>'
    expect(toPlainText(parse(html, {format: 'html'}))).toContain('21.01.2022 Pressemitteilung')
  })
})

describe('lists the article announces', () => {
  const footer = ['About us', 'Contact', 'Careers', 'Advertise', 'Privacy']

  it('should keep a list of short lines after a sentence ending in a colon, and the paragraph after it', () => {
    const list = ['Bring a warm coat', 'Check the timetable', 'Buy tickets early', 'Expect delays at noon']
    const text = page(...menu, 'Harbour bridge to close for repairs', prose('the bridge'), prose('the ferry'), 'Travellers were given the following advice by the council:', list.join('\n'), prose('the tunnel'), footer.join('\n'))
    const body = toPlainText(parse(text, {format: 'text'}))
    for (const line of list) expect(body).toContain(line)
    expect(body).toContain(prose('the tunnel'))
    for (const line of footer) expect(body).not.toContain(line)
  })

  it('should not read a label with a colon as announcing a list: its links are chrome', () => {
    const links = ['Ferry fares to rise', 'Tunnel tolls frozen', 'Lighthouse for sale', 'Harbour wall repaired']
    const text = page(...menu, 'Harbour bridge to close for repairs', prose('the bridge'), prose('the ferry'), 'More news:', links.join('\n'), footer.join('\n'))
    const body = toPlainText(parse(text, {format: 'text'}))
    for (const line of links) expect(body).not.toContain(line)
  })
})

describe('lists of quantities', () => {
  it('should keep the ingredients of a recipe (a quantity and its unit opening each line), in several languages, among menus', () => {
    const ingredients = ['250 g flour', '2 tbsp olive oil', '½ cup warm milk', '3 große Eier', '1 Pck. Backpulver', '200 ml Sahne']
    const text = page(...menu, 'Harbour bakery shares its bread recipe', prose('the bread'), 'Ingredients', ingredients.join('\n'), 'Method', prose('the dough'), prose('the oven'), menu.join('\n'))
    const body = toPlainText(parse(text, {format: 'text'}))
    for (const line of ingredients) expect(body).toContain(line)
  })

  it('should keep an amount alone on its line and the unit and ingredient under it, but not a ranking’s numbers and headlines', () => {
    const ingredients = ['1', 'cup warm milk', '1/4', 'cup melted butter', '2', 'tbsp runny honey', '½', 'tsp fine salt']
    const ranking = ['1', 'Large crowds expected at the harbour festival', '2', 'Small boats banned from the inner basin', '3', 'Medium tide warning for the weekend']
    const text = page([...menu, ...ranking].join('\n'), 'Harbour bakery shares its bread recipe', prose('the bread'), 'Ingredients', ingredients.join('\n'), 'Method', prose('the dough'), prose('the oven'), menu.join('\n'))
    const body = toPlainText(parse(text, {format: 'text'}))
    for (const line of ingredients.filter((line) => /\p{L}/u.test(line))) expect(body).toContain(line)
    for (const line of ranking.filter((line) => /\p{L}/u.test(line))) expect(body).not.toContain(line)
  })
})

describe('sentences one a line', () => {
  const footer = ['About us', 'Careers', 'Advertise', 'Privacy', 'Terms of use']

  it('should keep the steps of a recipe, a short sentence a line, in several languages, and the paragraph after them', () => {
    const steps = ['Preheat the oven to 220 degrees.', 'Knead the dough for ten minutes.', 'Den Teig eine Stunde ruhen lassen.', 'Enfourner le pain pour une demi-heure.']
    const text = page(...menu, 'Harbour bakery shares its bread recipe', prose('the bread'), prose('the flour'), prose('the oven'), 'Method', steps.join('\n'), prose('the loaf'), footer.join('\n'))
    const body = toPlainText(parse(text, {format: 'text'}))
    for (const line of [...steps, prose('the loaf')]) expect(body).toContain(line)
    for (const line of footer) expect(body).not.toContain(line)
  })

  it('should not read the questions of an FAQ menu, teasers cut short or initials as sentences', () => {
    const questions = ['How do I renew my parking permit?', 'Where can I leave my bike overnight?', 'When does the last ferry leave today?']
    const teasers = ['Ferry fares will rise again in the spring...', 'The old lighthouse is for sale at last…', 'Rowing club wins its first title in years...']
    const parts = ['Harbour history in pictures Part I.', 'Harbour history in pictures Part II.', 'Harbour history in pictures Part III.']
    const text = page(...menu, 'Harbour bakery shares its bread recipe', prose('the bread'), prose('the flour'), prose('the oven'), questions.join('\n'), teasers.join('\n'), parts.join('\n'), footer.join('\n'))
    const body = toPlainText(parse(text, {format: 'text'}))
    for (const line of [...questions, ...teasers, ...parts]) expect(body).not.toContain(line)
    expect(body).toContain(prose('the oven'))
  })
})

describe('fact boxes', () => {
  const footer = ['About us', 'Careers', 'Advertise', 'Privacy', 'Terms of use']

  it('should keep a run of labelled values that mix figures and words, in several languages, and the paragraph after it', () => {
    const facts = ['Architect: Jane Roe', 'Opened: 1931', 'Höhe: 42 Meter', 'Style: Art Deco', 'Étages : 4']
    const text = page(...menu, 'Harbour library reopens after restoration', prose('the library'), prose('the reading room'), prose('the archive'), 'The building at a glance', facts.join('\n'), prose('the garden'), footer.join('\n'))
    const body = toPlainText(parse(text, {format: 'text'}))
    for (const line of [...facts, prose('the garden')]) expect(body).toContain(line)
    for (const line of footer) expect(body).not.toContain(line)
  })

  it('should not read teasers after their kickers, a counter or a ticker, or repeated labels as a fact box', () => {
    const teasers = ['Harbour: Ferry fares to rise', 'Weather: Storm warning issued', 'Sport: Rowing club wins title']
    const counter = ['Online: 12', 'Guests: 9', 'Members: 3']
    const repeated = ['Concert: 3 May, Town Hall', 'Concert: 9 May, Old Church', 'Concert: 12 May, Harbour Stage']
    const text = page([...menu.slice(0, 6), ...teasers, 'Markets', ...counter, 'Events', ...repeated, ...menu.slice(6)].join('\n'), 'Harbour library reopens after restoration', prose('the library'), prose('the reading room'), prose('the archive'), footer.join('\n'))
    const body = toPlainText(parse(text, {format: 'text'}))
    for (const line of [...teasers, ...counter, ...repeated]) expect(body).not.toContain(line)
    expect(body).toContain(prose('the library'))
  })
})

describe('notices of the site', () => {
  it('should drop licence notices, disclaimers, comment policies and form consent, even a long consent text, but not news about them', () => {
    const consent = 'Mit Absenden meiner E-Mail-Adresse willige ich ein, den Newsletter des Hafenblatts zu erhalten. ' + 'Die Einwilligung kann ich jederzeit widerrufen, die Daten werden nur dafür genutzt. '.repeat(6)
    const chrome = [
      'Alle Texte dieses Blogs stehen unter einer Creative Commons Namensnennung 4.0 Lizenz.',
      'All content on this site is licensed under a Creative Commons Attribution licence.',
      'Trotz sorgfältiger Prüfung übernehmen wir keine Haftung für die Inhalte externer Links.',
      'The Harbour Times is not responsible for the content of external sites.',
      'Les opinions exprimées dans ce blog n’engagent que leurs auteurs.',
      'We welcome reader comments on our stories, as long as they stay on topic.',
      'Mit der Nutzung dieses Formulars erklärst du dich mit der Speicherung deiner Daten einverstanden.',
      consent
    ]
    const content = [
      'The museum licensed its photographs under a Creative Commons licence last year, a spokesman said.',
      'The court held that the paper was not responsible for what readers wrote under its stories.'
    ]
    const lines = chrome.flatMap((line, index) => [line, prose(`item ${index}`), content[index % content.length]!])
    const body = toPlainText(parse(page(...menu, 'Harbour bridge to close for repairs', prose('the bridge'), ...lines), {format: 'text'}))
    for (const line of chrome) expect(body).not.toContain(line.trim())
    for (const line of content) expect(body).toContain(line)
  })
})

describe('short calls to action', () => {
  it('should drop support asks, sign-up and share prompts, order and download buttons on short lines, but not a paragraph with those words', () => {
    const chrome = ['Unterstützen Sie uns', 'Jede kleine Spende hilft!', 'Immer informiert mit dem Hafen-Brief. Jetzt anmelden!', 'Artikel gefallen? Vergiss nicht zu teilen!', 'Besuchen Sie unseren Online-Shop!', 'Buch bestellen', 'Diesen Artikel als PDF herunterladen', 'Télécharger au format EPUB']
    const content = ['Der Verein bat die Stadt, das Projekt zu unterstützen, und sammelte dafür im Sommer über tausend Unterschriften in der ganzen Stadt. Jetzt anmelden können sich Familien ab Montag im Rathaus.']
    const lines = chrome.flatMap((line, index) => [line, prose(`item ${index}`), content[index % content.length]!])
    const body = toPlainText(parse(page(...menu, 'Harbour bridge to close for repairs', prose('the bridge'), ...lines), {format: 'text'}))
    for (const line of chrome) expect(body).not.toContain(line)
    for (const line of content) expect(body).toContain(line)
  })
})

describe('link box headings, share prompts and ad labels', () => {
  it('should drop them in several languages, but keep sentences that start with the same words', () => {
    const chrome = ['Lesen Sie auch die folgenden Beiträge:', 'Weitere Beiträge aus der Kolumne', 'Related articles', 'Artículos relacionados', 'Teile diesen Beitrag auf Social Media.', 'ANZEIGE - Heute schon an den Urlaub gedacht?', 'Advertisement: Save on ferry tickets']
    const content = ['Lesen Sie auch in Zukunft kritisch, sagte die Lehrerin den Schülern am letzten Schultag.', 'Weitere Beiträge zahlt die Stadt erst im nächsten Jahr.']
    const lines = chrome.flatMap((line, index) => [line, prose(`item ${index}`), content[index % content.length]!])
    const body = toPlainText(parse(page(...menu, 'Harbour bridge to close for repairs', prose('the bridge'), ...lines), {format: 'text'}))
    for (const line of chrome) expect(body).not.toContain(line)
    for (const line of content) expect(body).toContain(line)
  })
})

describe('captions that place people in the photo', () => {
  it('should take a line saying where a person stands as a caption, in several languages, not as text', () => {
    const captions = ['Anna Weber (l.) and Tom Price at the harbour on Monday.', 'Der Bürgermeister (rechts) mit der neuen Kapitänin.', 'La ministra (izq.) junto al alcalde.']
    const content = ['The mayor, who stood on the left of the stage, thanked the crews for their work over the winter.']
    const lines = captions.flatMap((line, index) => [line, prose(`item ${index}`), content[0]!])
    const body = toPlainText(parse(page(...menu, 'Harbour bridge to close for repairs', prose('the bridge'), ...lines), {format: 'text'}))
    for (const line of captions) expect(body).not.toContain(line)
    expect(body).toContain(content[0])
  })
})

describe('the header under a menu', () => {
  const menu = ['Home', 'News', 'Sport', 'Kultur', 'Leben', 'Menschen', 'Shop', 'Kontakt', 'Reisen', 'Wetter', 'Politik', 'Wirtschaft', 'Digital', 'Wissen', 'Auto']
  const body = [prose('the harbour'), prose('the pier'), prose('the quay'), prose('the crane')]

  it('should keep the date and the byline above the headline, however many header lines follow them, and not take either for the headline', () => {
    const article = parse(page(...menu, '6. Oktober 2022', 'By Maria Lopez', 'Harbour works to start in May after years of delay', 'In talks with the harbour master', 'A word from the council', ...body), {format: 'text'})
    expect(article.title).toBe('Harbour works to start in May after years of delay')
    expect(article.authors).toEqual([{name: 'Maria Lopez'}])
    expect(article.published?.date).toBe('2022-10-06')
  })

  it('should still drop the menu\'s last items above the header', () => {
    const article = parse(page(...menu, 'Harbour works to start in May after years of delay', 'In talks with the harbour master', ...body), {format: 'text'})
    expect(article.title).toBe('Harbour works to start in May after years of delay')
    expect(toPlainText(article)).not.toContain('Auto')
  })
})

describe('the headline right above the story', () => {
  it('should take the headline-like line right above the story, not a label far above it', () => {
    const article = parse(page('Aktuelles', 'Hafen Talstadt', 'Termine', 'Presse', 'Harbour works to start in May after years of delay', prose('the harbour'), prose('the pier'), prose('the quay')), {format: 'text'})
    expect(article.title).toBe('Harbour works to start in May after years of delay')
  })

  it('should take no headline rather than a first line that reads as none (a counter, a byline, a date), and say so', () => {
    const story = [prose('the harbour'), prose('the pier'), prose('the quay')]
    for (const first of ['Estimated reading time: 6 minutes', '4 Min. Lesedauer', 'von Jane am 26/10/13, 03:48 pm']) {
      const {article, messages} = parseWithMessages(page(first, ...story), {format: 'text'})
      expect(article.title).toBe('')
      expect(messages.some((message) => message.ruleId === 'title-missing' && message.reason.includes('reads as no headline'))).toBe(true)
    }
    // A clause of a script written without spaces is a headline's, though it counts as one word.
    expect(parse(page('暴风雨关闭港口', ...story), {format: 'text'}).title).toBe('暴风雨关闭港口')
  })

  it('should take the line that says the words of the page’s address for the headline, wherever it stands', () => {
    const url = 'https://www.valley-post.test/region/harbour-works-to-start-in-may-after-years-of-delay-1234.html'
    const dump = page('Aktuelles', 'Hafen Talstadt', 'Termine', 'Home / Region / Harbour works to start in May after years of delay', 'Ferry fares rise again in spring', 'Harbour works to start in May after years of delay', 'By Jane Doe', prose('the harbour'), 'Why the harbour works start in May', prose('the pier'), prose('the quay'))
    const {article, messages} = parseWithMessages(dump, {format: 'text', url})
    expect(article.title).toBe('Harbour works to start in May after years of delay')
    expect(messages.find((message) => message.ruleId === 'title-found')?.reason).toMatch(/words of the page’s address/)
    // A slug cut short, with accents folded, still names its line; a standfirst that repeats its words is no headline.
    const german = page('Menü', 'Suche', 'Brücke über die Förde wird ab März gesperrt', 'Die Brücke über die Förde wird ab März für Reparaturen gesperrt, teilte die Stadt mit.', prose('the bridge'))
    expect(parse(german, {format: 'text', url: 'https://zeitung.example.de/lokales/bruecke-ueber-die-foerde-wird-ab-maerz-gesp'}).title).toBe('Brücke über die Förde wird ab März gesperrt')
    // An address without a slug (an id, a short section) leaves the other rules to find the headline.
    const withoutSlug = parseWithMessages(dump, {format: 'text', url: 'https://www.valley-post.test/article/1234'})
    expect(withoutSlug.messages.find((message) => message.ruleId === 'title-found')?.reason).not.toMatch(/address/)
  })

  it('should keep a first line that reads as a headline, with short lines (key points) under it', () => {
    const article = parse(page('Harbour works to start in May after years of delay', 'Key points:', '• The quay closes', '• Ferries move south', '• Works last a year', prose('the harbour'), prose('the pier')), {format: 'text'})
    expect(article.title).toBe('Harbour works to start in May after years of delay')
  })
})
