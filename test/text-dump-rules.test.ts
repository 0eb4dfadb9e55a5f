/**
 * The rules for whole-page text dumps (a page's entire text, menus and
 * footers included), each proved on small inputs written here: the chrome
 * labels of `markDumpFurniture`, and what must stay (short paragraphs,
 * quotes, subheadings).
 */
import {describe, expect, it} from 'vitest'
import {parse, parseWithMessages, toPlainText} from '../src/index.js'

/** Join lines as a scraper leaves them: one blank line between blocks. */
const page = (...blocks: string[]) => blocks.join('\n\n')

const prose = (topic: string) =>
  `The council said on Tuesday that ${topic} would be reviewed by an independent panel before the end of the year.`

/**
 * Parse a page of chrome lines between paragraphs, and the plain text.
 *
 * @param chrome
 *   Lines of chrome.
 * @param content
 *   Lines of content.
 * @returns
 *   The plain text of the article.
 */
function bodyOf(chrome: string[], content: string[]): string {
  const lines = chrome.flatMap((line, index) => [line, content[index % content.length]!])
  return toPlainText(parse(page('Harbour bridge to close for repairs', prose('the bridge'), ...lines), {format: 'text'}))
}

describe('chrome labels of text dumps', () => {
  it('should drop labels of share bars, comments, cross-links, navigation, accounts and legal links, in several languages', () => {
    const chrome = ['Diese Seite teilen', 'Podziel się', 'View Comments', 'Kommentare: 1', 'Comments: 12', 'Vos réactions (11)', 'Explore further', 'Lesen Sie auch', 'Veja Também:', 'Zurück zur Übersicht', 'Newer Post Older Post Home', 'Jetzt registrieren', 'Impressum', 'Política de privacidad', 'Bild vergrößern', 'Externer Inhalt', 'Jetzt abonnieren', 'Über den Autor', 'Suche nach:', 'Search for:', 'Beitragsnavigation', 'Post navigation', 'Teilen mit:', 'Sie befinden sich hier:', 'You are here:', 'Vous êtes ici :', '02:57 Min.. Verfügbar bis 06.05.2024.']
    const content = [prose('the ferry'), prose('the tunnel'), '“We had no choice,” she said.']
    const body = bodyOf(chrome, content)
    for (const line of chrome) expect(body).not.toContain(line)
    for (const line of content) expect(body).toContain(line)
  })

  it('should drop a cross-link (a “read also” label, a colon, a headline) but not a sentence that starts with the same words', () => {
    const chrome = ['Read more: Flood barrier opens after ten years', 'Lea también: Impiden el ingreso de dos reporteros', 'Czytaj też: Wyścig zbrojeń ruszył z kopyta', 'VEA TAMBIÉN: El puerto cierra por la tormenta']
    const content = [prose('the ferry'), 'Read more about the plan on the council’s website.', 'Lesen Sie mehr darüber im Bericht des Rechnungshofs, der am Montag erschien.']
    const body = bodyOf(chrome, content)
    for (const line of chrome) expect(body).not.toContain(line)
    for (const line of content) expect(body).toContain(line)
  })

  it('should drop taxonomy lines (label and terms) but keep a heading or a sentence that starts with such a word', () => {
    const chrome = ['Tags: python, docker, getting started', 'Filed under 2020 Election', 'Themen: Corona-Virus, Pflege, Senioren', 'Kategorie: Allgemein, News']
    const content = [prose('the ferry'), 'Topics for the next meeting', 'Themen: Die Sitzung behandelt den Haushalt und die Brücke.']
    const body = bodyOf(chrome, content)
    for (const line of chrome) expect(body).not.toContain(line)
    for (const line of content) expect(body).toContain(line)
  })

  it('should drop the header of a blog comment (who and when) but not a line that names a comment without a time', () => {
    const chrome = ['Comment by Bob — 17.07, 2011 @ 14:29', 'Pingback von Lesezeichen | 22.07.2014 14:09']
    const content = [prose('the ferry'), 'Kommentar von Anna Weber']
    const body = bodyOf(chrome, content)
    for (const line of chrome) expect(body).not.toContain(line)
    for (const line of content) expect(body).toContain(line)
  })

  it('should drop a row of toolbar buttons, each a known label, but not a short line with other words', () => {
    const chrome = ['Weiterempfehlen Drucken', 'Share Email Print', 'Login Subscribe']
    const content = [prose('the ferry'), 'Share prices fell', 'Print run doubled']
    const body = bodyOf(chrome, content)
    for (const line of chrome) expect(body).not.toContain(line)
    for (const line of content) expect(body).toContain(line)
  })

  it('should drop a share bar flattened into a line, networks and buttons in any order and language, as the headline too, but not a line that names a network among other words', () => {
    const chrome = ['Teilen Twittern Email', 'Compartir en Facebook Compartir en Twitter Compartir en WhatsApp', 'FB Tweet More', 'Facebook Instagram Envelope Search', 'Auf Mastodon teilen', 'Partager sur Facebook Partager par e-mail', 'Udostępnij na Twitter']
    const content = [prose('the ferry'), 'Facebook shares fell on Tuesday', 'Twitter and the harbour board', 'Email from the mayor arrived late']
    const body = bodyOf(chrome, content)
    for (const line of chrome) expect(body).not.toContain(line)
    for (const line of content) expect(body).toContain(line)
    // A share bar above the headline is no headline.
    expect(parse(page('Share on Facebook Share on Twitter', 'Harbour bridge to close for repairs', prose('the bridge')), {format: 'text'}).title).toBe('Harbour bridge to close for repairs')
    expect(parse(page('auf Facebook teilen', 'Harbour bridge to close for repairs', prose('the bridge')), {format: 'text'}).title).toBe('Harbour bridge to close for repairs')
  })

  it('should drop the page’s notices (cookies, consent, affiliate links, paywall counters, comment policy, entry meta, browser), in several languages, but not news about them', () => {
    const chrome = [
      'Wir verwenden Cookies, um Ihnen die bestmögliche Erfahrung zu bieten.',
      // Long notices name cookies twice; the site's owner speaks of its cookies, or asks the reader to agree.
      'Um Ihnen ein schnelleres Nutzererlebnis zu bieten, setzen wir Cookies ein. Wenn Sie unsere Seiten weiter nutzen, stimmen Sie der Verwendung von Cookies auf diesen Seiten und bei unseren Partnern zu. Mehr dazu',
      'Cookies helfen bei der Bereitstellung unserer Inhalte und Angebote. Wenn Sie unsere Angebote weiter nutzen, sind Sie damit einverstanden, dass Cookies gespeichert werden und Daten fließen. Mehr',
      'Informujemy, że korzystamy z cookies.',
      'This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.',
      'Ich akzeptiere die Datenschutzerklärung und möchte den Newsletter erhalten.',
      'Enter your email address to subscribe to this blog and receive notifications of new posts by email.',
      'Advertising disclosure: We may receive compensation for some of the links in our stories.',
      'Vous avez lu 1 des 4 articles gratuits ce mois-ci.',
      'Please understand that comments are moderated and it is not always possible to publish all of them.',
      'This entry was posted in Local news. Bookmark the permalink.',
      'Veröffentlicht in: Originalbeitrag',
      'You are using a browser version with limited support for CSS.'
    ]
    const content = [
      prose('the ferry'),
      'Regulators said the company used cookies to track readers without their consent, and fined it.',
      'The paper said it had lost readers since it began charging for articles.'
    ]
    const body = bodyOf(chrome, content)
    for (const line of chrome) expect(body).not.toContain(line)
    for (const line of content) expect(body).toContain(line)
  })

  it('should drop breadcrumbs and menus flattened into a line, but not a kicker and its headline, a name and its outlet, or a dateline', () => {
    const chrome = ['Home › News › Local', 'Start|Magazin|Coole Tipps|Magic Cleaning', 'Kontakt | Impressum | Datenschutz', 'Über uns | Autoren | Kontakt | Datenschutz | Impressum']
    const content = [prose('the ferry'), 'Physik | Verschränkung lässt »seltsames« Metall entstehen', 'Anna Weber | Harbour Times', 'Published: Tuesday | April 26, 2022 | 9:52 PM']
    const body = bodyOf(chrome, content)
    for (const line of chrome) expect(body).not.toContain(line)
    for (const line of content) expect(body).toContain(line)
  })

  it('should report each label dropped, with its position', () => {
    const {messages} = parseWithMessages(page('Bridge closes', prose('the bridge'), 'Explore further', prose('the ferry')), {format: 'text'})
    const dropped = messages.find((message) => message.ruleId === 'furniture-dropped' && message.actual === 'Explore further')
    expect(dropped?.place).toEqual({start: {line: 5, column: 1, offset: 130}, end: {line: 5, column: 16, offset: 145}})
  })

  it('should leave HTML alone: its markup places the labels', () => {
    const html = '<html><body><article><h1>Bridge closes</h1><p>' + prose('the bridge') + '</p><h2>Explore further</h2><p>' + prose('the ferry') + '</p></article></body></html>'
    expect(toPlainText(parse(html, {format: 'html'}))).toContain('Explore further')
  })
})

/** A menu of a whole-page dump: enough short lines for the dump rules to apply. */
const menu = ['Home', 'World', 'Business', 'Sport', 'Culture', 'Travel', 'Weather', 'Opinion', 'Video', 'Podcasts', 'Puzzles', 'Obituaries', 'Letters']

describe('server error messages printed into the page', () => {
  const errors = [
    "Warning: mysql_connect(): Access denied for user ''@'localhost' (using password: NO) in /var/www/site/db.php on line 12",
    'Strict Standards: Non-static method Gallery::render() should not be called statically in /www/htdocs/blog/plugin.php on line 407',
    'Deprecated: Assigning the return value of new by reference is deprecated in /home/site/wp-settings.php on line 472'
  ]

  it('should drop them, in scraped text and in HTML, above the headline too, but keep a sentence about a warning', () => {
    const text = parse(page(...errors, 'Harbour bridge to close for repairs', prose('the bridge'), prose('the works')), {format: 'text'})
    expect(text.title).toBe('Harbour bridge to close for repairs')
    const html = parse(`<html><body>${errors.map((error) => `<b>${error}</b><br>`).join('')}<article><h1>Harbour bridge to close for repairs</h1><p>${prose('the bridge')}</p><p>${prose('the works')}</p></article></body></html>`, {format: 'html'})
    for (const article of [text, html]) for (const error of errors) expect(toPlainText(article)).not.toContain(error.slice(0, 30))
    const kept = 'Warning: the council says the bridge will close in /May, and the works run on line 4 of the plan.'
    expect(toPlainText(parse(page('Harbour bridge to close for repairs', prose('the bridge'), kept, prose('the works')), {format: 'text'}))).toContain(kept)
  })
})

describe('cookie consent dialogs', () => {
  it('should drop a dialog’s banner, buttons, category headings and table rows, in several languages, at any length', () => {
    const chrome = [
      'Diese Website verwendet Cookies, um Ihre Erfahrungen zu verbessern, während Sie durch die Website navigieren. Von diesen Cookies werden die als notwendig eingestuften Cookies in Ihrem Browser gespeichert, da sie für das Funktionieren der Website unerlässlich sind.',
      'Alle Cookies akzeptieren',
      'Notwendige Cookies',
      'Cookies de mesures d’audience',
      'Ces cookies permettent d’établir des statistiques de fréquentation du site, en cliquant sur « Tout accepter » vous consentez à leur dépôt.',
      'Necessary cookies are absolutely essential for the website to function properly.',
      'PHPSESSID session This cookie is native to PHP applications and is set by the server.',
      'You can change your cookie settings at any time.'
    ]
    const content = [
      prose('the ferry'),
      'Regulators said the company used cookies to track readers without their consent, and fined it.',
      'Die Behörde sagt, sie habe Cookies ohne Einwilligung der Leser gesetzt.',
      'Bake the cookies for twelve minutes, until you see the edges turn golden.',
      'Chocolate chip cookies'
    ]
    const {article, messages} = parseWithMessages(page('Harbour bridge to close for repairs', prose('the bridge'), ...chrome.flatMap((line, index) => [line, content[index % content.length]!])), {format: 'text'})
    const body = toPlainText(article)
    for (const line of chrome) expect(body).not.toContain(line)
    for (const line of content) expect(body).toContain(line)
    expect(messages.map(String).join('\n')).toContain('Unexpected page furniture `Alle Cookies akzeptieren`, dropped')
  })
})

describe('the end of a whole-page dump', () => {
  it('should drop the short lines after the last paragraph, each with its position, but keep a short closing sentence', () => {
    const {article, messages} = parseWithMessages(
      page(...menu, 'Harbour bridge to close for repairs', prose('the bridge'), prose('the ferry'), 'He was 84.', 'Markets'),
      {format: 'text'}
    )
    const body = toPlainText(article)
    expect(body).toContain('He was 84.')
    expect(body).not.toContain('Markets')
    const dropped = messages.find((message) => message.ruleId === 'furniture-dropped' && message.actual === 'Markets')
    expect(dropped?.place).toEqual({start: {line: 35, column: 1, offset: 390}, end: {line: 35, column: 8, offset: 397}})
  })

  it('should carry the article on past a run of short lines without chrome labels when substantial prose follows, but end it at a share bar', () => {
    const article = ['the bridge', 'the ferry', 'the tunnel', 'the harbour wall', 'the lighthouse', 'the quay'].map(prose)
    // A fact box: short lines that cost the main text more than the two paragraphs after it score.
    const facts = ['Four lanes', 'Steel deck', 'Stone towers', 'Two footpaths', 'One cycle lane', 'Built by hand', 'Painted green', 'Lit at night']
    const later = [
      'Engineers who inspected the deck last winter found rust along most of the steel beams under the northern lanes, and they warned that the repairs could not wait another season without a risk to the thousands of drivers who cross it every morning on their way to the docks and the town.',
      'The work will start in March, when the ferry company adds two crossings an hour, and the council expects the bridge to reopen to cars in the autumn, once the new beams are in place and the road surface has been laid again by the crews from the yard.'
    ]
    const footer = ['About us', 'Contact', 'Careers', 'Advertise', 'Privacy']
    const carriedOn = toPlainText(parse(page(...menu, 'Harbour bridge to close for repairs', ...article, facts.join('\n'), ...later, footer.join('\n')), {format: 'text'}))
    for (const paragraph of later) expect(carriedOn).toContain(paragraph)
    for (const line of footer) expect(carriedOn).not.toContain(line)
    // The same run with a share bar's label in it: the page's chrome, after which the article is over.
    const ended = toPlainText(parse(page(...menu, 'Harbour bridge to close for repairs', ...article, ['Share this', ...facts].join('\n'), ...later, footer.join('\n')), {format: 'text'}))
    for (const paragraph of later) expect(ended).not.toContain(paragraph)
  })

  it('should read past a label said before every paragraph and subheading, and drop it, but keep a speaker’s name said so', () => {
    const article = ['the bridge', 'the ferry', 'the tunnel', 'the harbour wall', 'the lighthouse', 'the quay'].map(prose)
    const footer = ['About us', 'Contact', 'Careers', 'Advertise', 'Privacy']
    // A screen reader's landmark before every paragraph, and around the subheadings, as some news sites print it.
    const labelled = [article[0]!, 'Main story', article[1]!, 'Main story', article[2]!, 'Main story', 'Crews start in March', 'Main story', article[3]!, 'Main story', article[4]!, 'Main story', 'Cars return in autumn', 'Main story', article[5]!]
    const body = toPlainText(parse(page(...menu, 'Harbour bridge to close for repairs', ...labelled, footer.join('\n')), {format: 'text'}))
    for (const line of [...article, 'Crews start in March', 'Cars return in autumn']) expect(body).toContain(line)
    expect(body).not.toContain('Main story')
    // An interview's speaker, named before each answer, is no label to drop (the bylines' rules read such names).
    const interview = [article[0]!, 'Mara Ellison', article[1]!, 'Jon Varga', article[2]!, 'Mara Ellison', article[3]!, 'Jon Varga', article[4]!, 'Mara Ellison', article[5]!, 'Jon Varga', prose('the dock'), 'Mara Ellison', prose('the road'), 'Jon Varga', prose('the canal')]
    const {article: answers, messages} = parseWithMessages(page(...menu, 'Harbour bridge to close for repairs', ...interview, footer.join('\n')), {format: 'text'})
    expect(messages.filter((message) => message.ruleId === 'furniture-dropped' && /Ellison|Varga/.test(String(message.actual)))).toEqual([])
    expect(toPlainText(answers)).toContain(prose('the canal'))
  })

  it('should keep short lines between paragraphs (a subheading, a one-line quote)', () => {
    const body = toPlainText(parse(page(...menu, 'Harbour bridge to close for repairs', prose('the bridge'), 'What happens next', '“It is a relief”', prose('the ferry')), {format: 'text'}))
    expect(body).toContain('What happens next')
    expect(body).toContain('“It is a relief”')
  })
})

describe('whole-page dumps in scripts written without spaces', () => {
  it('should read Chinese paragraphs as prose (about two characters a word): the menu around them is dropped, they stay', () => {
    const chineseMenu = ['首页', '新闻', '财经', '体育', '娱乐', '科技', '教育', '健康', '旅游', '军事', '房产', '时尚', '视频']
    const paragraphs = [
      '市议会周二表示，这座大桥将在年底前由一个独立小组进行全面审查，维修工程预计明年春天开始。',
      '在维修期间，所有车辆将绕行至北边的新隧道，公共汽车的路线也会随之调整，市民可以在网站上查询。',
      '“我们别无选择，”一位工程师说。“这座桥已经使用了八十年，必须尽快加固。”'
    ]
    const article = parse(page(...chineseMenu, '大桥将关闭维修', ...paragraphs, '关于我们', '联系我们', '隐私政策', '网站地图'), {format: 'text'})
    const text = [article.standfirst, toPlainText(article)].join('\n\n')
    for (const paragraph of paragraphs) expect(text).toContain(paragraph)
    // The menu, but for the last lines above the headline (the header, kept as in any dump), and the footer are dropped.
    for (const item of [...chineseMenu.slice(0, 10), '关于我们', '网站地图']) expect(text).not.toContain(item)
  })
})

describe('paragraphs broken over several lines', () => {
  it('should read a hard-wrapped paragraph (a long line, then one that goes on in lower case) as prose, not as a run of short lines', () => {
    const wrapped = [
      'The council said on Tuesday that the old harbour bridge',
      'would be closed for repairs from the first week of May,',
      'and that traffic would be sent through the new tunnel',
      'until the engineers had finished their work on the piers'
    ].join('\n')
    const article = parse(page(...menu, 'Harbour bridge to close for repairs', prose('the bridge'), prose('the ferry'), 'Share', 'Print', 'Email', 'Weather', wrapped, prose('the tunnel')), {format: 'text'})
    const body = toPlainText(article)
    expect(body).toContain('would be closed for repairs from the first week of May,')
    expect(body).toContain('until the engineers had finished their work on the piers')
  })

  it('should not join a menu whose items start in lower case', () => {
    const lowerMenu = ['home', 'world news and politics today', 'business', 'sport', 'culture', 'travel', 'weather', 'opinion', 'video', 'podcasts', 'puzzles', 'letters', 'about']
    const body = toPlainText(parse(page('Harbour bridge to close for repairs', prose('the bridge'), prose('the ferry'), lowerMenu.join('\n')), {format: 'text'}))
    expect(body).not.toContain('world news and politics today')
  })
})

describe('code and data between paragraphs', () => {
  it('should keep a code block between two paragraphs as part of the article, and still drop the menu above it', () => {
    const intro = [
      'The harbour office published the script it uses to count the ferries that cross the bay every morning, and',
      'several readers asked how it works. It reads the log of the port, keeps the crossings of the day, and adds',
      'them up by boat, so that the office can see which of the old ferries is used the most and when.'
    ].join(' ')
    const code = ['import csv', 'from datetime import date', 'def crossings(path):', '    rows = csv.reader(open(path))', '    today = date.today().isoformat()', '    kept = filter(is_today, rows)', '    return len(list(kept))', 'print(crossings("port.log"))']
    const article = parse(page(...menu, 'How the harbour counts its ferries', intro, code.join('\n'), prose('the script'), prose('the ferry'), prose('the tunnel')), {format: 'text'})
    const body = toPlainText(article)
    for (const line of code) expect(body).toContain(line.trim())
    expect(body).toContain(intro)
    expect(body).not.toContain('Podcasts')
  })
})

describe('short paragraphs above the main text', () => {
  it('should keep short paragraphs, each a block of its own, between the menu and the article, and drop the menu', () => {
    const lead = ['Three things changed in the harbour this week', 'The ferry timetable moved to summer hours', 'The old bridge reopened after the repairs', 'And the fish market came back to the quay']
    const article = parse(page(menu.join('\n'), ...lead, prose('the bridge'), prose('the ferry'), prose('the tunnel')), {format: 'text'})
    const text = [article.title, article.standfirst, toPlainText(article)].join('\n')
    for (const line of lead) expect(text).toContain(line)
    for (const item of menu.slice(0, 10)) expect(text).not.toContain(item)
  })

  it('should keep a paragraph of two or three words that ends as a sentence, alone in its block, and the short lines after it', () => {
    const lead = ['Fuji Superia 400.', 'Shot in May!', 'Camera: Nikon FM2', 'Lens: 50 mm']
    const article = parse(page(menu.join('\n'), lead[0]!, lead[1]!, `${lead[2]}\n${lead[3]}\nDeveloper: Rodinal`, 'Harbour at dawn', prose('the bridge'), prose('the ferry'), prose('the tunnel')), {format: 'text'})
    const text = [article.title, article.standfirst, toPlainText(article)].join('\n')
    for (const line of lead) expect(text).toContain(line)
    for (const item of menu.slice(0, 10)) expect(text).not.toContain(item)
  })

  it('should still drop a menu whose lines are two words with no full stop, or end in a colon', () => {
    const items = ['Our Shop', 'Follow us:', 'Gift cards', 'Contact us', 'Press area', 'Privacy policy']
    const article = parse(page(menu.join('\n'), ...items, 'Harbour at dawn', prose('the bridge'), prose('the ferry'), prose('the tunnel')), {format: 'text'})
    const text = [article.title, article.standfirst, toPlainText(article)].join('\n')
    for (const item of items.slice(0, 3)) expect(text).not.toContain(item)
  })

  it('should drop the menu’s last items when the menu runs into the headline, but keep the section’s label and a dateline there', () => {
    const headline = 'Harbour bridge to close for a year of repairs'
    const {article, messages} = parseWithMessages(page([...menu, 'Local news', 'Harbour', headline, prose('the bridge')].join('\n'), prose('the ferry'), prose('the tunnel')), {format: 'text'})
    const text = [article.title, article.standfirst, toPlainText(article)].join('\n')
    expect(article.title).toBe(headline)
    expect(article.section).toBe('Harbour')
    expect(text).not.toContain('Local news')
    expect(messages.map(String).join('\n')).toContain('short line `Local news` between a menu and the headline')
    const dated = parse(page([...menu, 'Letters', '12.05.2024', headline, prose('the bridge')].join('\n'), prose('the ferry'), prose('the tunnel')), {format: 'text'})
    expect(JSON.stringify(dated.published)).toContain('2024-05-12')
  })

  it('should keep the headline over a byline and a dateline that stand under more header lines than a header has, and still drop the menu', () => {
    const headline = 'Harbour bridge to close for a year of repairs'
    const header = [headline, 'Drivers face long detours as the council starts work on the old crossing', 'Lena Fischer', 'Transport Editor', '@lenafischer', 'Monday 28 September 2020 19:27', '0 comments', 'Article bookmarked', 'Saved']
    const article = parse(page([...menu, ...header].join('\n'), prose('the bridge'), prose('the ferry'), prose('the tunnel')), {format: 'text'})
    expect(article.title).toBe(headline)
    const text = [article.title, article.standfirst, toPlainText(article)].join('\n')
    for (const item of menu.slice(0, 10)) expect(text).not.toContain(item)
    // A date printed over the headline: the menu's item over the date is not taken for the headline.
    const dated = parse(page([...menu, 'Search by Keyword', 'March 29, 2019', 'Community', headline, 'Lena Fischer', 'Saved', 'Share', 'Print'].join('\n'), prose('the bridge'), prose('the ferry'), prose('the tunnel')), {format: 'text'})
    expect(dated.title).toBe(headline)
  })

  it('should keep the headline over a standfirst paragraph and the credits under it, though a menu runs right up to it', () => {
    const headline = 'Harbour bridge to close for a year of repairs'
    const standfirst = 'Berlin. The council explains why the old crossing cannot wait any longer, and what drivers should expect.'
    const article = parse(page([...menu, 'Local news', headline].join('\n'), standfirst, 'Von Lena Fischer', '06.11.2025, 21:00 Uhr', prose('the bridge'), prose('the ferry'), prose('the tunnel')), {format: 'text'})
    expect(article.title).toBe(headline)
    expect(article.standfirst).toBe(standfirst)
    expect(article.authors).toEqual([{name: 'Lena Fischer'}])
    const text = [article.title, article.standfirst, toPlainText(article)].join('\n')
    for (const item of menu.slice(0, 10)) expect(text).not.toContain(item)
  })

  it('should keep the headline over a standfirst when the writer’s name, role and date stand between it and the story', () => {
    const headline = 'Harbour bridge to close for a year of repairs'
    const standfirst = 'The council explains why the old crossing cannot wait any longer, and what drivers should expect.'
    const credits = ['Lena Fischer', 'Harbour correspondent', '06.11.2025, 21:00 Uhr']
    const article = parse(page([...menu, 'Local news', headline].join('\n'), standfirst, ...credits, prose('the bridge'), prose('the ferry'), prose('the tunnel')), {format: 'text'})
    expect(article.title).toBe(headline)
    expect([article.standfirst, toPlainText(article)].join('\n')).toContain(standfirst)
  })

  it('should count the labels dropped already among a menu’s items, so that a short run of them goes too', () => {
    // Every other line is a known label, dropped first: the three others alone are too few for a menu.
    const items = ['Harbour news', 'Weather desk', 'Ferry times']
    const lines = ['Home', items[0], 'Impressum', items[1], 'Kontakt', items[2], 'Datenschutz', 'Tide tables', 'Harbour bridge to close for a year of repairs', 'By Jane Doe']
    const {article} = parseWithMessages(page('Stories from the harbour, every week.', lines.join('\n'), prose('the bridge'), prose('the ferry'), prose('the tunnel'), menu.join('\n')), {format: 'text'})
    const text = [article.title, article.standfirst, toPlainText(article)].join('\n')
    for (const item of items) expect(text).not.toContain(item)
    expect(text).toContain('Harbour bridge to close for a year of repairs')
    expect(text).toContain(prose('the tunnel'))
  })

  it('should keep the short lines above a headline when a paragraph ends the menu before them', () => {
    const header = ['Analysis', 'Harbour', 'Harbour bridge to close for a year of repairs']
    const {article, messages} = parseWithMessages(page(menu.join('\n'), 'Stories from the harbour, every week.', header.join('\n'), prose('the bridge'), prose('the ferry'), prose('the tunnel')), {format: 'text'})
    const reasons = messages.map(String).join('\n')
    expect(reasons).not.toContain('between a menu and the headline')
    expect(reasons).not.toContain('`Analysis`')
    expect(JSON.stringify(article)).toContain('Analysis')
  })
})

describe('dumps with a blank line after every line', () => {
  // Some scrapers (and some pages' markup) give every line a block of its own, the menu's items included.
  const items = ['Best Travel Credit Cards', 'Best Cash Back Credit Cards', 'Help for Low Credit Scores', 'Find the Savings Account for You', 'Best Student Loan Refinance', 'Best Mortgages for Bad Credit', 'All Investing and Retirement Plans', 'Best Investing Apps for Beginners']
  const headline = 'Harbour bridge to close for a year of repairs'
  const standfirst = 'Drivers face long detours as the council starts work on the old crossing next month.'

  it('should drop a menu of items of four words or more, and keep the headline over its standfirst and the byline', () => {
    // A page of 40 blocks and more: fewer say too little of how the scraper writes blocks.
    const top = [...items, ...menu, ...items.map((item) => `${item} in 2026`)]
    const article = parse(page('Monday 7 December 2026', ...top, headline, standfirst, 'By Lena Fischer', 'Share', 'Tweet', 'Email', prose('the bridge'), prose('the ferry'), prose('the tunnel'), prose('the quay')), {format: 'text'})
    const text = [article.title, article.standfirst, toPlainText(article)].join('\n')
    for (const item of items) expect(text).not.toContain(item)
    expect(article.title).toBe(headline)
    expect(article.authors).toEqual([{name: 'Lena Fischer'}])
    // The site's date of the day, atop its menu, is no dateline of the article.
    expect(article.published).toBeUndefined()
  })

  it('should still keep such lines as short paragraphs in a dump whose blocks say where paragraphs are', () => {
    const lead = ['Three things changed in the harbour this week', 'The ferry timetable moved to summer hours', 'The old bridge reopened after the repairs', 'And the fish market came back to the quay']
    const blocks = [menu.join('\n'), ...lead, prose('the bridge'), prose('the ferry'), prose('the tunnel')]
    const article = parse(page(...blocks, ...Array.from({length: 40}, (_, index) => `Line ${index + 1}\nof a list`)), {format: 'text'})
    const text = [article.title, article.standfirst, toPlainText(article)].join('\n')
    for (const line of lead) expect(text).toContain(line)
  })
})

describe('headings of link boxes and comment prompts', () => {
  it('should drop the heading of a box of links to other stories and the prompts of a comment section, in several languages', () => {
    const chrome = ['More from Travel', 'Mehr zu Klima und Energie', 'Die meistgelesenen Artikel', 'Más sobre Economía', 'Most read', 'Post your comments', 'Kommentieren Sie hier', 'No responses so far', 'Kommentare geschlossen']
    const content = [prose('the ferry'), prose('the tunnel'), '“We had no choice,” she said.']
    const body = bodyOf(chrome, content)
    for (const line of chrome) expect(body).not.toContain(line)
    for (const line of content) expect(body).toContain(line)
  })

  it('should keep sentences that open with the same words', () => {
    const content = ['Mehr von dem Geld fließt in diesem Jahr in die Schulen der Stadt, sagte der Bürgermeister am Dienstag.', 'Most popular among the riders of the harbour was the night ferry, the council said on Tuesday.', 'More from the council on the future of the bridge is expected on Friday, a spokesman said.']
    const body = bodyOf(['Share', 'Print', 'Share'], content)
    for (const line of content) expect(body).toContain(line)
  })
})

describe('calls to action on lines of their own', () => {
  it('should drop a newsletter box, a subscription or donation prompt anywhere in a dump, but not news about a newsletter', () => {
    const chrome = ['The Harbour Weekly Newsletter', 'Sign up to get the best stories of the week', 'Our free newsletter brings you the news of the port every Friday', 'We rely on your support to keep local news free', 'To read the full story, please subscribe', 'Unser kostenloser Newsletter informiert Sie jeden Morgen', 'Jetzt spenden']
    const content = [prose('the ferry'), 'The port’s newsletter, first printed in 1952, now reaches twelve thousand homes, its editor said.', '“We print it on Thursdays,” she said.']
    const body = bodyOf(chrome, content)
    for (const line of chrome) expect(body).not.toContain(line)
    for (const line of content) expect(body).toContain(line)
  })

  it('should leave HTML alone: there only the last blocks are searched', () => {
    // More paragraphs after the box than the tail that `dropTrailingPromos` searches.
    const after = ['the ferry', 'the tunnel', 'the quay', 'the market', 'the pier', 'the lock', 'the canal', 'the dock', 'the marina', 'the beach', 'the lighthouse', 'the station'].map((topic) => `<p>${prose(topic)}</p>`).join('')
    const html = `<article><h1>Harbour bridge to close</h1><p>${prose('the bridge')}</p><p>The Harbour Weekly Newsletter</p>${after}</article>`
    expect(toPlainText(parse(html, {format: 'html'}))).toContain('The Harbour Weekly Newsletter')
  })
})

describe('the author’s biography at the end of a dump', () => {
  const story = ['Tom Reed is a professor of geology who has studied the bridge for ten years.', ...['the bridge', 'the ferry', 'the tunnel', 'the quay', 'the market', 'the lock', 'the pier', 'the station', 'the depot', 'the beach'].map(prose)]

  it('should drop the biography that closes the article, in several languages, but not a person of the story introduced the same way', () => {
    for (const bio of ['Jane Doe is a senior writer for The Harbour Times, covering transport.', 'Max Muster ist Redakteur im Ressort Wirtschaft.', 'Marie Dupont est journaliste au service politique.', 'Ana Ruiz writes about cities and climate.']) {
      const body = toPlainText(parse(page(...menu, 'Harbour bridge to close for repairs', ...story, bio, 'Share', 'Print'), {format: 'text'}))
      expect(body).not.toContain(bio)
      expect(body).toContain(story[0])
    }
  })

  it('should drop the biography of an author box anywhere in a dump: between its label and its link to the author’s posts, or under a label that says “the author”', () => {
    const boxes = [
      ['Über Jane Doe', 'Gardener, cook and mother of three, happiest by the sea.', 'Zeige alle Beiträge von Jane Doe →'],
      ['About the author', 'Tom has covered the port since 2009 and still takes the ferry to work.'],
      ['About Jane Doe 120 posts', 'I am Jane, and I write about the harbour every week.'],
      ['Gardener, cook and mother of three, happiest by the sea. View all posts by Jane Doe']
    ]
    for (const box of boxes) {
      const body = toPlainText(parse(page(...menu, 'Harbour bridge to close for repairs', story[1]!, ...box, ...story.slice(2)), {format: 'text'}))
      for (const line of box) expect(body).not.toContain(line)
      expect(body).toContain(story[2])
    }
  })

  it('should drop the biography under a one-word “Author” label and the name, and the biography above a link to the author’s posts that names the author', () => {
    const boxes = [
      ['Autor', 'Mira Quellen', 'ist Hafenmeisterin in Tallow und schreibt seit 2015 über Fähren.'],
      ['Author', 'Tom Varga', 'Tom has sailed the harbour for twenty years and still rows to work.'],
      ['Jane Doe', 'I’m Jane and I love boats, bridges and long walks on the quay.', 'Latest posts by Jane Doe (see all)']
    ]
    for (const box of boxes) {
      const body = toPlainText(parse(page(...menu, 'Harbour bridge to close for repairs', story[1]!, ...story.slice(2), ...box, 'Share', 'Print'), {format: 'text'}))
      for (const line of box.slice(1)) expect(body).not.toContain(line)
      for (const line of story.slice(1)) expect(body).toContain(line)
    }
  })

  it('should drop a writer introducing themself by name at the end, and a trade alone under a name, but not a sentence in the first person or naming a trade', () => {
    for (const closing of ['I am Joyce from Tallow. This blog is about the food of the harbour.', 'Ich bin Mira, Hafenmeisterin und Fährfan.']) {
      expect(toPlainText(parse(page(...menu, 'Harbour bridge to close for repairs', ...story, closing), {format: 'text'}))).not.toContain(closing)
    }
    const signed = toPlainText(parse(page(...menu, 'Harbour bridge to close for repairs', ...story.slice(0, 5), 'Mira Quellen\nRedakteurin im Ressort Hafen', ...story.slice(5)), {format: 'text'}))
    expect(signed).not.toContain('Redakteurin im Ressort Hafen')
    for (const kept of ['I am not sure the bridge will reopen in May, she said.', 'The editor declined to comment.']) {
      expect(toPlainText(parse(page(...menu, 'Harbour bridge to close for repairs', ...story, kept), {format: 'text'}))).toContain(kept)
    }
    const unnamed = 'Readers asked many questions about the ferry.'
    expect(toPlainText(parse(page(...menu, 'Harbour bridge to close for repairs', ...story, unnamed, 'Latest posts by Jane Doe (see all)'), {format: 'text'}))).toContain(unnamed)
  })

  it('should keep a paragraph under a heading that merely starts like an author box’s label', () => {
    const paragraph = 'The harbour master said the new quay would be ready before the summer season.'
    const body = toPlainText(parse(page(...menu, 'Harbour bridge to close for repairs', story[1]!, 'About Harbour Quay', paragraph, ...story.slice(2)), {format: 'text'}))
    expect(body).toContain(paragraph)
  })

  it('should keep a closing paragraph that names a trade, or says what something covers, without being a biography', () => {
    for (const closing of ['A reporter asked the mayor whether the tunnel would open in time.', 'The plan covers the bridge, the ferry and the tunnel.']) {
      expect(toPlainText(parse(page(...menu, 'Harbour bridge to close for repairs', ...story, closing), {format: 'text'}))).toContain(closing)
    }
  })
})

it('should keep a sentence that mentions an edition and signing up for alerts', () => {
  const content = [prose('the ferry'), 'The shop has no stock of the special edition either, but you can sign up for alerts when it comes back.']
  const body = bodyOf(['The Harbour Weekly Newsletter', 'Jetzt spenden'], content)
  for (const line of content) expect(body).toContain(line)
})

describe('photo credits without a label', () => {
  it('should drop a line that is only a credit naming an agency or stock library, and a short caption ending in one', () => {
    const chrome = ['Mira Quellen/Shutterstock', 'Dreamstime', 'Tallow bay / Depositphotos', 'Die Brücke im Nebel. (fjordlicht / iStock.com)', '. Imagen: Pexels', 'Kaupunki aamulla. Kuva: PEKKA VARJO', 'The ferry leaves the quay on Monday. (AP Photo/Ann Lee)', 'Traffic on the bridge near the harbour (Getty/Tom Price)', 'Die Fähre im Hafen von Tallow / picture alliance']
    const content = [prose('the ferry'), prose('the tunnel')]
    const body = bodyOf(chrome, content)
    for (const line of chrome) expect(body).not.toContain(line)
    for (const line of content) expect(body).toContain(line)
  })

  it('should keep a paragraph that ends with its wire service or the sources of a wire story', () => {
    const content = ['The ferry will run twice a day from May, the operator said (Reuters).', 'Die Fähre fährt ab Mai zweimal am Tag, teilte der Betreiber mit. (dpa/AFP)', 'Reuters and Bloomberg both reported the sale on Monday.', 'Most voters back the ferry, a poll found (Reuters/Ipsos).']
    const body = bodyOf(['Mira Quellen/Shutterstock', 'Dreamstime', 'Tallow bay / Depositphotos', 'Pexels'], content)
    for (const line of content) expect(body).toContain(line)
  })
})

describe('captions beside a lone credit', () => {
  const story = [prose('the bridge'), prose('the ferry'), prose('the tunnel')]

  it('should drop the short line that shares a block with a credit, before or after it, but not the paragraphs around', () => {
    const captions = ['Die Fähre am Kai von Tallow.', 'Ein Kran über dem Hafen im Nebel.', 'The quay at dawn']
    const text = page('Harbour bridge to close for repairs', story[0]!, `${captions[0]}\n© Mira Quellen`, story[1]!, `Foto © Jon Varga\n${captions[1]}`, story[2]!, `${captions[2]}\nPhoto: Ilse Brandt`, 'The tunnel reopens in May.')
    const body = toPlainText(parse(text, {format: 'text'}))
    for (const caption of captions) expect(body).not.toContain(caption)
    for (const line of [...story, 'The tunnel reopens in May.']) expect(body).toContain(line)
  })

  it('should keep the last line of a story above the site’s copyright notice', () => {
    const text = page('Harbour bridge to close for repairs', ...story, 'The tunnel reopens in May.\n© 2024 Harbour Media')
    expect(toPlainText(parse(text, {format: 'text'}))).toContain('The tunnel reopens in May.')
  })
})

describe('photos shown by their buttons and split labels', () => {
  const story = [prose('the bridge'), prose('the ferry'), prose('the tunnel')]

  /** The figures of a parsed page, as caption and credit. */
  const figuresOf = (text: string) =>
    parse(text, {format: 'text'}).body.flatMap((block) => (block.type === 'figure' ? [{caption: block.caption, credit: block.credit}] : []))

  it('should read the line under a photo’s enlarge button as its caption, with the credit it carries, in several languages', () => {
    const text = page('Harbour bridge to close for repairs', story[0]!, 'Bild vergrößern', 'Die Fähre am Kai von Tallow im Morgennebel', story[1]!, '사진 확대', '항구 축제에 모인 시민들이 손을 흔들고 있다. [사진 = 연합뉴스]', story[2]!, 'Enlarge image', 'Ferry passengers queue at the quay on Monday. Reuters', 'The tunnel reopens in May.')
    expect(figuresOf(text)).toEqual([
      {caption: 'Die Fähre am Kai von Tallow im Morgennebel', credit: undefined},
      {caption: '항구 축제에 모인 시민들이 손을 흔들고 있다.', credit: '연합뉴스'},
      {caption: 'Ferry passengers queue at the quay on Monday.', credit: 'Reuters'}
    ])
    const body = toPlainText(parse(text, {format: 'text'}))
    for (const line of ['Bild vergrößern', '사진 확대', 'Enlarge image', 'Morgennebel', '연합뉴스', 'Reuters']) expect(body).not.toContain(line)
    for (const line of [...story, 'The tunnel reopens in May.']) expect(body).toContain(line)
  })

  it('should not take the paragraphs under a photo without caption, or a label, for a caption', () => {
    const opening = 'The ferry will run twice a day from May. The operator said the timetable had been agreed with the council.'
    const text = page('Harbour bridge to close for repairs', 'Bild vergrößern', opening, story[0]!, 'Click to enlarge', 'KEYWORDS', story[1]!, story[2]!)
    expect(figuresOf(text)).toEqual([])
    expect(toPlainText(parse(text, {format: 'text'}))).toContain(opening)
  })

  it('should give the credit under its lone label to the figure above, and drop the label', () => {
    const text = page('Harbour bridge to close for repairs', story[0]!, 'Bild vergrößern', 'Die Fähre am Kai von Tallow im Morgennebel', 'Foto:', 'Jon Varga', story[1]!, story[2]!)
    expect(figuresOf(text)).toEqual([{caption: 'Die Fähre am Kai von Tallow im Morgennebel', credit: 'Jon Varga'}])
    const body = toPlainText(parse(text, {format: 'text'}))
    expect(body).not.toContain('Foto:')
    expect(body).not.toContain('Jon Varga')
  })

  it('should keep a gallery’s photo once when the dump prints its caption and credit twice, under its full-screen button', () => {
    const photo = ['Выйти из полноэкранного режима', 'Развернуть на весь экран', 'Паром у причала ранним утром', 'Фото: Иван Петров', 'Паром у причала ранним утром', 'Фото: Иван Петров']
    const text = page('Harbour bridge to close for repairs', story[0]!, ...photo, story[1]!, story[2]!)
    expect(figuresOf(text)).toEqual([{caption: 'Паром у причала ранним утром', credit: 'Иван Петров'}])
    const body = toPlainText(parse(text, {format: 'text'}))
    for (const line of photo) expect(body).not.toContain(line)
  })

  it('should drop a gallery’s counter and its buttons, in text and in HTML', () => {
    const chrome = ['Bild 3 von 10', 'Photo 2 of 8', 'Foto 1 de 1', 'Vollbild', 'Fullscreen']
    expect(bodyOf(chrome, [prose('the ferry')])).not.toMatch(/Bild 3|Photo 2|Foto 1|Vollbild|Fullscreen/)
    const html = `<article><h1>Harbour bridge to close for repairs</h1><p>${story[0]}</p>${chrome.map((line) => `<p>${line}</p>`).join('')}<p>${story[1]}</p></article>`
    expect(toPlainText(parse(html, {format: 'html'}))).not.toMatch(/Bild 3|Photo 2|Foto 1|Vollbild|Fullscreen/)
  })
})

describe('headlines under a cross-link label', () => {
  const story = [prose('the bridge'), prose('the ferry'), prose('the tunnel')]

  it('should drop the linked headlines under a “read also” label, in its block or the next', () => {
    const headlines = ['Tallow mayor opens new quay', 'Ferry fares to rise in spring', 'Neue Brücke über die Varn geplant']
    const text = page('Harbour bridge to close for repairs', story[0]!, 'Read also:', `${headlines[0]}\n${headlines[1]}`, story[1]!, `Lesen Sie auch\n${headlines[2]}`, story[2]!)
    const body = toPlainText(parse(text, {format: 'text'}))
    for (const headline of headlines) expect(body).not.toContain(headline)
    for (const line of story) expect(body).toContain(line)
  })

  it('should drop the headlines under a “related posts” box’s label, and under “Zobacz również”', () => {
    const headlines = ['Harbour Board Camera Settings', 'Harbour Board Difficulty Levels', 'Nowy prom kursuje od maja']
    const text = page('Harbour bridge to close for repairs', story[0]!, story[1]!, `Related Posts\n${headlines[0]}\n${headlines[1]}`, story[2]!, prose('the quay'), `Zobacz również\n${headlines[2]}`, prose('the pier'))
    const body = toPlainText(parse(text, {format: 'text'}))
    for (const headline of headlines) expect(body).not.toContain(headline)
    for (const line of [...story, prose('the quay'), prose('the pier')]) expect(body).toContain(line)
  })

  it('should keep a sentence after such a label, a list of bullets, and a line whose colon introduces what follows', () => {
    const kept = ['The ferry is the only way across.', 'Spare parts for the bridge', 'The mayor told the council:']
    const text = page('Harbour bridge to close for repairs', story[0]!, 'Related', kept[0]!, story[1]!, `See also\n• ${kept[1]}`, story[2]!, `Zobacz też\n${kept[2]}`, prose('the quay'))
    const body = toPlainText(parse(text, {format: 'text'}))
    for (const line of [...kept, ...story]) expect(body).toContain(line)
  })
})

it('should drop the offer of a newsletter, but keep a sentence about one', () => {
  const content = [prose('the ferry'), 'Readers get the weekly harbour newsletter, the council said.']
  const body = bodyOf(['Get the best Tallow harbour stories in our weekly newsletter', 'Receive Quay Report and other email newsletters'], content)
  expect(body).not.toContain('Get the best Tallow')
  expect(body).not.toContain('Receive Quay Report')
  for (const line of content) expect(body).toContain(line)
})

describe('entry meta, photo instructions, comment forms, arrowed cross-links', () => {
  it('should drop them, in several languages', () => {
    const chrome = [
      'Abgelegt unter: Reisen, Hafen 4 Kommentare',
      'Erstellt am Montag 3. März 2015 um 10:12 und abgelegt unter Reisen, Hafen. Kommentare zu diesem Eintrag im RSS-Feed',
      'Der neue Fahrplan der Fähren. Zum Vergrößern auf das Bild klicken.',
      'Click to enlarge',
      'Cliquez sur l’image pour agrandir',
      'Leave a Reply Cancel reply',
      'Schreibe einen Kommentar Antworten abbrechen',
      'Deja una respuesta Cancelar la respuesta',
      'À lire aussi » Le port rouvre ses quais après trois mois',
      'Lesen Sie auch › Die Brücke bleibt bis zum Sommer gesperrt'
    ]
    const content = [prose('the ferry'), prose('the tunnel'), '“We had no choice,” she said.']
    const body = bodyOf(chrome, content)
    for (const line of chrome) expect(body).not.toContain(line)
    for (const line of content) expect(body).toContain(line)
  })

  it('should keep sentences with the same words', () => {
    const content = [
      'Die Akten wurden im Archiv abgelegt unter strengen Auflagen, sagte die Stadt am Dienstag.',
      'Die Stadt will den Hafen vergrößern und dafür zwei neue Kräne kaufen, sagte der Bürgermeister.',
      'Deja una respuesta clara al consejo, pidió el alcalde, antes de cancelar la respuesta anterior.',
      'Read also the council’s notes » they explain why the bridge must close for a year.'
    ]
    const body = bodyOf(['Share', 'Print', 'Share', 'Print'], content)
    for (const line of content) expect(body).toContain(line)
  })
})

describe('teasers ending in a “read on” link and tag clouds with counts', () => {
  it('should drop them', () => {
    const chrome = [
      'Die Fähre fährt wieder: was Pendler jetzt wissen müssen. Weiterlesen …',
      'weiterlesen 6 Minuten',
      'The harbour’s new lighthouse keeper tells her story. Read More',
      'Le quai rouvre enfin. Pour lire la suite',
      'Hafen (182) Fähren (97) Brücken (41) Leuchttürme (12)',
      'Mai 2021 (2) April 2021 (5) März 2021 (1)',
      'Harbour Life (611 posts) Ferries (578) Bridges (341)'
    ]
    const content = [prose('the ferry'), prose('the tunnel'), '“We had no choice,” she said.']
    const body = bodyOf(chrome, content)
    for (const line of chrome) expect(body).not.toContain(line)
    for (const line of content) expect(body).toContain(line)
  })

  it('should keep sentences that name reading on or give counts in brackets', () => {
    const content = [
      'Wer weiterlesen will, muss bis Freitag warten, sagte der Verlag am Dienstag.',
      'She asked the council to read more of the report before the vote on Friday.',
      'Nach Hamburg (12), Bremen (9) und Kiel (4) meldete auch Rostock neue Fälle, sagte die Behörde.',
      'The ferries (12) and the barges (4) were counted on Monday, the harbour master said.'
    ]
    const body = bodyOf(['Share', 'Print', 'Share', 'Print'], content)
    for (const line of content) expect(body).toContain(line)
  })
})

describe('sign-up boxes', () => {
  const story = [prose('the bridge'), prose('the ferry'), prose('the tunnel')]

  it('should drop the blurb between a sign-up heading and the form’s field or button, and the consent note under it', () => {
    const boxes = [
      ['Get our Harbour Politics newsletter', 'The sharpest reporting from the quays and the council chamber, twice a week.', 'Sign me up!', 'You may unsubscribe at any time; we never share your email address.'],
      ['Neues vom Hafen per E-Mail', 'Wir schicken Ihnen jeden Freitag die wichtigsten Geschichten aus Tallow.', 'E-Mail-Adresse*'],
      ['Notre lettre d’information', 'Toute l’actualité du port dans votre boîte, chaque matin.', 'Envoyer']
    ]
    for (const box of boxes) {
      const body = toPlainText(parse(page('Harbour bridge to close for repairs', story[0]!, ...box, story[1]!, story[2]!), {format: 'text'}))
      for (const line of box) expect(body).not.toContain(line)
      for (const line of story) expect(body).toContain(line)
    }
  })

  it('should keep what follows a sign-up heading when no form closes the box, and a contact line', () => {
    const kept = ['The council will publish the plans for the new quay on Monday, the mayor said.', 'Send your questions to the harbour office.']
    const text = page('Harbour bridge to close for repairs', story[0]!, 'The newsletter that started it all', kept[0]!, story[1]!, kept[1]!, 'Email', 'harbour@example.org', story[2]!)
    const body = toPlainText(parse(text, {format: 'text'}))
    for (const line of [...kept, ...story]) expect(body).toContain(line)
  })
})

describe('teaser boxes under a heading', () => {
  const story = [prose('the bridge'), prose('the ferry'), prose('the tunnel')]

  it('should drop the headlines and blurbs under a box’s heading, when the page’s furniture closes the box', () => {
    const box = ['Weitere interessante Themen', 'Neue Fähre für Tallow', 'Die Stadt kauft ein zweites Schiff für die Linie über den Fjord.', 'Brücke bleibt gesperrt', 'Was Pendler jetzt wissen müssen.']
    const body = toPlainText(parse(page('Harbour bridge to close for repairs', ...story, ...box, 'Impressum\nDatenschutz\nKontakt'), {format: 'text'}))
    for (const line of box) expect(body).not.toContain(line)
    for (const line of story) expect(body).toContain(line)
  })

  it('should keep the text that goes on under such a heading: an inline cross-link’s next paragraph, the article’s numbered heading', () => {
    const kept = ['The harbour master said the new quay would be ready before the summer season.', '3. The new timetable']
    const text = page('Harbour bridge to close for repairs', story[0]!, 'Mehr zum Thema', 'Neue Fähre für Tallow', kept[0]!, story[1]!, 'Related articles', 'Ferry fares to rise', 'Bridge stays shut', kept[1]!, story[2]!)
    const body = toPlainText(parse(text, {format: 'text'}))
    for (const line of [...kept, ...story]) expect(body).toContain(line)
  })
})

describe('the masthead above the menu', () => {
  const story = [prose('the bridge'), prose('the ferry'), prose('the tunnel')]
  const menu = ['Zum Inhalt springen', 'Startseite', 'Impressum', 'Datenschutz', 'Newsletter', 'Suche']

  it('should drop the site’s name and tagline above its menu, and skip links in several languages', () => {
    const masthead = ['Harbour Notes', 'Gedanken über Boote, Brücken und die Menschen, die sie am Laufen halten']
    const article = parse(page(...masthead, menu.join('\n'), 'Aller au contenu', 'Harbour bridge to close for repairs', ...story), {format: 'text'})
    const text = `${article.title}\n${article.standfirst ?? ''}\n${toPlainText(article)}`
    for (const line of [...masthead, 'Zum Inhalt springen', 'Aller au contenu']) expect(text).not.toContain(line)
    expect(article.title).toBe('Harbour bridge to close for repairs')
    for (const line of story) expect(text).toContain(line)
  })

  it('should keep a headline and a standfirst above a share bar, and short lines above a menu that opens far down the page', () => {
    const standfirst = 'The council will close the harbour bridge for a year from May, and the ferry will run twice as often while the work goes on.'
    const opening = page('Harbour bridge to close for repairs', standfirst, 'Facebook\nTwitter\nE-Mail', ...story)
    expect(toPlainText(parse(opening, {format: 'text'}))).toContain(standfirst)
    const headlineAboveShareBar = parse(page('Harbour bridge to close for repairs', 'Share\nPrint\nE-Mail', ...story), {format: 'text'})
    expect(headlineAboveShareBar.title).toBe('Harbour bridge to close for repairs')
    const short = ['The bridge opened in 1932.', 'It carries 20,000 cars a day.']
    const late = page('Harbour bridge to close for repairs', ...short, ...story, ...story.map((line) => line.replace('council', 'mayor')), menu.join('\n'))
    const body = toPlainText(parse(late, {format: 'text'}))
    for (const line of short) expect(body).toContain(line)
  })
})

describe('notices of embeds, notifications, affiliate links, file links and support asks', () => {
  it('should drop them, in several languages', () => {
    const chrome = [
      'Klicken Sie auf den Button, um den Inhalt von karten.example zu laden.',
      'Wir achten auf deine Daten und stellen ohne dein Einverständnis keine Verbindung zu Mastodon her.',
      'Benachrichtigungen aktivieren Dürfen wir Sie in Ihrem Browser über neue Artikel informieren?',
      'Dieser Beitrag enthält Affiliate-Links. Kaufst du darüber, erhalten wir eine Provision.',
      'This post may contain affiliate links.',
      'Fahrplan der Fähre 2024 PDF | 120 KB',
      'Gefällt Ihnen der Text? Unterstützen Sie unabhängigen Journalismus aus dem Hafen.',
      'An dieser Stelle findest du einen externen Inhalt von Videoportal, der den Artikel ergänzt.',
      'Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene Daten an Drittplattformen übermittelt werden.',
      'Videoportal-Inhalte erlauben',
      'We noticed you’re using an ad blocker.',
      'To use this site, please disable the ad blocking feature and reload the page.',
      'Leider benutzen Sie einen Adblocker. Wir finanzieren unseren Journalismus durch Anzeigen.'
    ]
    const content = [prose('the ferry'), prose('the tunnel'), '“We had no choice,” she said.', 'Die Stadt ist damit einverstanden, dass die Fähre am Sonntag fährt.', 'More readers than ever use an ad blocker, the survey found.']
    const body = bodyOf(chrome, content)
    for (const line of chrome) expect(body).not.toContain(line)
    for (const line of content) expect(body).toContain(line)
  })

  it('should keep sentences about the same things', () => {
    const content = [
      'Affiliate links let bloggers earn money from the shops they write about, the study found.',
      'Die Stadt will den Inhalt des Vertrags erst im Mai laden, sagte der Sprecher.',
      'Der Verlag sagte, er wolle den Journalismus im Hafen stärken und zwei Stellen schaffen.',
      'The report runs to 120 pages and can be downloaded as a PDF from the council’s website.'
    ]
    const body = bodyOf(['Share', 'Print', 'Share', 'Print'], content)
    for (const line of content) expect(body).toContain(line)
  })
})

describe('entry meta, slash rows and share labels', () => {
  it('should drop them', () => {
    const chrome = ['Article suivant Le port rouvre ses quais après trois mois', 'Vorheriger Beitrag Die Fähre fährt wieder', '13 Besucher sind online (2 Mitglieder, 11 Gäste)', 'Teilen Senden', 'Posted by Jane Doe at 12:53', 'Eingestellt von Mira um 21:11', 'Suggested citation Doe, Jane: The harbour bridge, Harbour Notes, 2024.', 'Harbours / bridges / ferries / good news', 'Messenger', 'Empfiehl dies deinen Freunden.']
    const content = [prose('the ferry'), prose('the tunnel'), '“We had no choice,” she said.']
    const body = bodyOf(chrome, content)
    for (const line of chrome) expect(body).not.toContain(line)
    for (const line of content) expect(body).toContain(line)
  })

  it('should keep sentences and data that look alike', () => {
    const content = ['The next story in the series looks at the ferry, the editor said.', '12 users online were able to book a seat before the ferry sold out, the operator said.', 'Posted by the council at the harbour office, the notice warns of delays.', 'The ferry runs Monday / Wednesday / Friday at 7 / 9 / 11.', 'Ferries / bridges / tunnels: the council weighs three options for the crossing.']
    const body = bodyOf(['Share', 'Print', 'Share', 'Print', 'Share'], content)
    for (const line of content) expect(body).toContain(line)
  })
})


describe('the first line', () => {
  const story = [prose('the bridge'), prose('the ferry'), prose('the tunnel')]

  it('should keep a first line that is a sentence of Chinese as text', () => {
    const opening = '港口大桥将于五月关闭一年，渡轮班次将增加一倍。'
    const article = parse(page(opening, ...story), {format: 'text'})
    expect(article.title).not.toBe(opening)
    expect(`${article.standfirst ?? ''}\n${toPlainText(article)}`).toContain(opening)
  })

  it('should read no headline in a first line all in lower case, or a blog’s “published by” line, and keep it as text', () => {
    for (const opening of ['search chevron-down check plus clock close chevron-right bell theme icon', '5 from 7 votes']) {
      const article = parse(page(opening, ...story), {format: 'text'})
      expect(article.title, opening).toBeFalsy()
      expect(`${article.standfirst ?? ''}\n${toPlainText(article)}`, opening).toContain(opening)
    }
    // A writer's name with a job title or a handle, a "Published" line in Swedish: bylines and datelines, no headline.
    for (const opening of ['Daniel Gross Redakteur', 'Greg Smith@GregSmith', 'Publicerad 22:31']) expect(parse(page(opening, ...story), {format: 'text'}).title, opening).toBeFalsy()
    // The blog's meta line is its byline.
    const published = parse(page('Veröffentlicht von Hans Gruber', ...story), {format: 'text'})
    expect(published.title).toBeFalsy()
    expect(published.authors).toEqual([{name: 'Hans Gruber'}])
    // A capital anywhere makes it a headline again.
    expect(parse(page('yes we camp in Madrid', ...story), {format: 'text'}).title).toBe('yes we camp in Madrid')
  })

  it('should take a long headline as the title', () => {
    const headline = 'Harbour bridge in Tallow to close for a year of repairs from May, and the ferry will run twice as often'
    expect(parse(page(headline, ...story), {format: 'text'}).title).toBe(headline)
  })
})
