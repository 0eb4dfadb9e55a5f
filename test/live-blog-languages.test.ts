/**
 * Live blogs and news tickers in HTML, in five languages, as the CMSs of
 * different countries mark them up; and ordinary articles with times in
 * them that must not become live blogs. Every page, name and text here is
 * invented. Each page asserts what a reader would: the kind, how many
 * posts, each post's instant, title and author where the page shows them,
 * and that no stamp or label is left in a post's body.
 */
import {isDeepStrictEqual} from 'node:util'
import {afterAll, describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import type {Article} from '../src/index.js'

/** A page around a body, in a language, with an optional head. */
const page = (lang: string, body: string, head = '') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Page</title>${head}</head><body><header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>${body}<footer class="site-footer"><p>© 2024 Example Media</p></footer></body></html>`

const published = (iso: string) => `<meta property="article:published_time" content="${iso}">`

/** What a reader expects of one post. */
interface PostSpec {
  /** The instant, with the offset the page's zone has that day. */
  iso: string
  title?: string
  author?: string
}

/** What a reader expects of a live page. */
interface LiveSpec {
  posts: PostSpec[]
  /** Text that must not stay in any post's body (stamps, labels). */
  notInBodies: string[]
}

/** Checks made and passed, printed at the end: the measure of this file. */
const tally = {made: 0, passed: 0}
afterAll(() => {
  console.log(`live-blog-languages: ${tally.passed}/${tally.made} checks pass`)
})

/** One soft check, counted. */
function check(actual: unknown, expected: unknown, name: string): void {
  tally.made++
  if (isDeepStrictEqual(actual, expected)) tally.passed++
  expect.soft(actual, name).toEqual(expected)
}

/** The plain text of a post's body. */
function bodyText(post: Article['posts'][number]): string {
  return post.body.map((block) => ('text' in block ? block.text : 'items' in block ? block.items.join(' ') : '')).join('\n')
}

/**
 * Check a live page as a reader would, each check soft, so that a failing
 * page shows every check it fails.
 */
function checkLive(article: Article, spec: LiveSpec): void {
  check(article.kind, 'liveblog', 'kind')
  check(article.posts.length, spec.posts.length, 'post count')
  spec.posts.forEach((want, index) => {
    const got = article.posts[index]
    const iso = got?.published?.iso
    check(iso === undefined ? undefined : new Date(iso).toISOString(), new Date(want.iso).toISOString(), `post ${index + 1} instant`)
    if (want.title !== undefined) check(got?.title, want.title, `post ${index + 1} title`)
    if (want.author !== undefined) check(got?.authors.map((author) => author.name), [want.author], `post ${index + 1} author`)
    const body = got ? bodyText(got) : ''
    const left = spec.notInBodies.filter((text) => body.includes(text))
    check(left, [], `post ${index + 1} body without stamps and labels`)
  })
}

/** Check an ordinary page: not a live blog, no posts. */
function checkOrdinary(article: Article): void {
  check(article.kind === 'liveblog', false, 'not a live blog')
  check(article.posts.length, 0, 'post count')
}

const de = {
  feuer: 'Die Feuerwehr meldet seit dem frühen Morgen mehr als dreihundert Einsätze, vor allem wegen vollgelaufener Keller und umgestürzter Bäume in den Ortsteilen am Fluss.',
  bahn: 'Der Bahnverkehr zwischen Ahlfeld und Seebruck bleibt bis auf Weiteres eingestellt, teilte ein Sprecher des Netzbetreibers am Vormittag auf Anfrage mit.',
  schule: 'In mehreren Gemeinden fällt der Unterricht aus, die Schulämter bitten Eltern, ihre Kinder nach Möglichkeit zu Hause zu betreuen und die Straßen zu meiden.',
  strom: 'Rund zwölftausend Haushalte sind nach Angaben des Versorgers ohne Strom, Techniker arbeiten an den beschädigten Leitungen im Norden des Landkreises.',
  warnung: 'Der Wetterdienst hat für die Nacht eine Unwetterwarnung der zweithöchsten Stufe ausgegeben und rechnet mit Hagel, Sturmböen und Starkregen bis zum Morgen.'
}

const fr = {
  greve: 'Les syndicats appellent à poursuivre le mouvement jusqu’à la fin de la semaine, selon un communiqué diffusé en fin de matinée par l’intersyndicale régionale.',
  trains: 'La direction annonce un train sur trois sur les lignes régionales et prévient que la circulation restera très perturbée jusqu’à jeudi soir au moins.',
  ministre: 'Le ministre des transports a reçu les représentants du personnel pendant deux heures et promet une nouvelle réunion avant la fin du mois prochain.',
  usagers: 'Les associations d’usagers dénoncent un manque d’information dans les gares et demandent le remboursement des abonnements pour tout le mois de mars.'
}

const es = {
  incendio: 'Los bomberos han conseguido estabilizar el frente norte del incendio gracias a la bajada del viento, aunque siguen trabajando en la zona del barranco.',
  vecinos: 'Unos trescientos vecinos de las urbanizaciones cercanas han sido desalojados por precaución y pasarán la noche en el polideportivo municipal.',
  medios: 'Cuatro hidroaviones y dos helicópteros se han incorporado a las labores de extinción, según ha informado el centro de coordinación de emergencias.',
  carretera: 'La carretera comarcal permanece cortada en ambos sentidos entre los dos municipios y la Guardia Civil recomienda utilizar itinerarios alternativos.'
}

const it_ = {
  voto: 'Lo spoglio procede a rilento nelle sezioni del capoluogo, dove l’affluenza è stata più alta rispetto alla tornata precedente secondo i dati ufficiali.',
  sindaco: 'Il sindaco uscente ha parlato ai sostenitori nel comitato elettorale e ha ringraziato i volontari per il lavoro svolto durante tutta la campagna.',
  ballottaggio: 'Se nessun candidato supererà la soglia del cinquanta per cento, gli elettori torneranno alle urne tra due settimane per il ballottaggio.',
  affluenza: 'L’affluenza definitiva si attesta poco sopra il sessanta per cento, in calo di tre punti rispetto alle elezioni comunali di cinque anni fa.'
}

const en = {
  vote: 'Members of the committee voted by seven to four to send the bill back to the floor, clearing the way for a final vote later this week.',
  storm: 'The storm has brought down power lines across the northern counties, and engineers say some homes may be without electricity until the weekend.',
  roads: 'Police have closed the coastal road in both directions after a lorry overturned near the harbour, and drivers are being told to avoid the area.',
  trains: 'Rail operators have cancelled all services on the branch line for the rest of the day, with replacement buses running every half hour.',
  match: 'The visitors pressed high from the restart and forced two corners in quick succession, but the home defence held firm under the pressure.',
  market: 'Shares in the big retailers fell sharply in early trading after the figures showed sales slowing for a third month in a row.',
  council: 'The council leader said the authority would publish its plan for the damaged sea wall within a fortnight, after meeting engineers on Tuesday.'
}

describe('live blogs in five languages', () => {
  it('German Liveticker: "12.31 Uhr:" stamps in paragraphs under day headings, newest first', () => {
    const body = `<main><article class="article">
      <h1>Unwetter im Süden: Alle Entwicklungen im Liveticker</h1>
      <p class="article__intro">Starkregen und Hagel haben in Teilen des Landes schwere Schäden angerichtet. Wir berichten laufend.</p>
      <div class="article__body">
      <h3>Donnerstag, 18. Juli</h3>
      <p><strong>12.31 Uhr:</strong> ${de.feuer}</p>
      <p><strong>9.05 Uhr:</strong> ${de.bahn}</p>
      <p><strong>0.40 Uhr:</strong> ${de.strom}</p>
      <h3>Mittwoch, 17. Juli</h3>
      <p><strong>22.15 Uhr:</strong> ${de.warnung}</p>
      <p><strong>18.02 Uhr:</strong> ${de.schule}</p>
      </div></article></main>`
    const article = parse(page('de', body, published('2024-07-17T06:12:00+02:00')), {format: 'html'})
    checkLive(article, {
      posts: [
        {iso: '2024-07-18T12:31:00+02:00'},
        {iso: '2024-07-18T09:05:00+02:00'},
        {iso: '2024-07-18T00:40:00+02:00'},
        {iso: '2024-07-17T22:15:00+02:00'},
        {iso: '2024-07-17T18:02:00+02:00'}
      ],
      notInBodies: ['Uhr:', 'Donnerstag', 'Mittwoch']
    })
  })

  it('German Newsblog: cards with a time-classed "14:52 Uhr", a heading and an author line', () => {
    const entry = (id: number, time: string, title: string, text: string, author: string) =>
      `<div class="newsblog-entry" id="entry-${id}"><div class="newsblog-entry__meta"><span class="newsblog-entry__time">${time}</span></div><h2 class="newsblog-entry__headline">${title}</h2><p>${text}</p><p class="newsblog-entry__author">Von ${author}</p></div>`
    const body = `<main><h1>Newsblog zur Haushaltskrise: Koalition ringt um Einigung</h1>
      <p class="teaser-text">Stand: 03.09.2024, 15:10 Uhr</p>
      <div class="newsblog">
      ${entry(4, '14:52 Uhr', 'Kanzler kündigt Erklärung an', de.bahn, 'Jana Kröger')}
      ${entry(3, '13:17 Uhr', 'Opposition fordert Sondersitzung', de.schule, 'Malte Oberhuber')}
      ${entry(2, '11:40 Uhr', 'Finanzminister verlässt Treffen früh', de.strom, 'Jana Kröger')}
      ${entry(1, '9:03 Uhr', 'Verhandlungen gehen in dritten Tag', de.feuer, 'Malte Oberhuber')}
      </div></main>`
    const article = parse(page('de-DE', body, published('2024-09-03T08:30:00+02:00')), {format: 'html'})
    checkLive(article, {
      posts: [
        {iso: '2024-09-03T14:52:00+02:00', title: 'Kanzler kündigt Erklärung an', author: 'Jana Kröger'},
        {iso: '2024-09-03T13:17:00+02:00', title: 'Opposition fordert Sondersitzung', author: 'Malte Oberhuber'},
        {iso: '2024-09-03T11:40:00+02:00', title: 'Finanzminister verlässt Treffen früh', author: 'Jana Kröger'},
        {iso: '2024-09-03T09:03:00+02:00', title: 'Verhandlungen gehen in dritten Tag', author: 'Malte Oberhuber'}
      ],
      notInBodies: ['Uhr', 'Von ']
    })
  })

  it('French "En direct": list items with "14h20" stamps, a label and "Par" author', () => {
    const item = (time: string, title: string, text: string, label = '') =>
      `<li class="live-post"><div class="live-post__header"><span class="live-post__date">${time}</span>${label ? `<span class="live-post__label">${label}</span>` : ''}</div><h2 class="live-post__title">${title}</h2><p>${text}</p><p class="live-post__author">Par Claire Vasseur</p></li>`
    const body = `<main><h1>En direct, grève dans les transports : la circulation reste perturbée</h1>
      <p class="chapo">Suivez en direct la journée de mobilisation.</p>
      <ul class="live-posts">
      ${item('14h20', 'Le ministre promet une réunion', fr.ministre, 'Essentiel')}
      ${item('13h05', 'Un train sur trois', fr.trains)}
      ${item('11h48', 'Les usagers excédés', fr.usagers)}
      ${item('9h30', 'La grève reconduite', fr.greve)}
      </ul></main>`
    const article = parse(page('fr', body, published('2024-03-12T07:02:00+01:00')), {format: 'html'})
    checkLive(article, {
      posts: [
        {iso: '2024-03-12T14:20:00+01:00', title: 'Le ministre promet une réunion', author: 'Claire Vasseur'},
        {iso: '2024-03-12T13:05:00+01:00', title: 'Un train sur trois', author: 'Claire Vasseur'},
        {iso: '2024-03-12T11:48:00+01:00', title: 'Les usagers excédés', author: 'Claire Vasseur'},
        {iso: '2024-03-12T09:30:00+01:00', title: 'La grève reconduite', author: 'Claire Vasseur'}
      ],
      notInBodies: ['14h20', '13h05', 'Essentiel', 'Par Claire']
    })
  })

  it('French "En direct": `<time>` with a UTC datetime shown as "14h20"', () => {
    const entry = (datetime: string, shown: string, title: string, text: string) =>
      `<section class="post"><time datetime="${datetime}">${shown}</time><h3>${title}</h3><p>${text}</p></section>`
    const body = `<main><h1>EN DIRECT – Élections : suivez la soirée électorale</h1>
      <div class="live">
      ${entry('2024-06-30T19:40:00Z', '21h40', 'Premières estimations', fr.ministre)}
      ${entry('2024-06-30T18:55:00Z', '20h55', 'La participation en hausse', fr.usagers)}
      ${entry('2024-06-30T18:10:00Z', '20h10', 'Fermeture des bureaux', fr.trains)}
      </div></main>`
    const article = parse(page('fr', body, published('2024-06-30T08:00:00+02:00')), {format: 'html'})
    checkLive(article, {
      posts: [
        {iso: '2024-06-30T21:40:00+02:00', title: 'Premières estimations'},
        {iso: '2024-06-30T20:55:00+02:00', title: 'La participation en hausse'},
        {iso: '2024-06-30T20:10:00+02:00', title: 'Fermeture des bureaux'}
      ],
      notInBodies: ['21h40', '20h55', '20h10']
    })
  })

  it('Spanish "en directo": "hace 5 minutos" beside a `<time>14:20</time>` without datetime, author class', () => {
    const entry = (age: string, time: string, title: string, text: string, author: string) =>
      `<article class="entrada"><div class="entrada__tiempo"><span class="entrada__hace">${age}</span><time>${time}</time></div><h3>${title}</h3><p>${text}</p><p class="entrada__autor">${author}</p></article>`
    const body = `<main><h1>Incendio forestal en la sierra, en directo: última hora</h1>
      <div class="directo">
      ${entry('hace 5 minutos', '14:20', 'Estabilizado el frente norte', es.incendio, 'Lucía Ferrer')}
      ${entry('hace 40 minutos', '13:45', 'Llegan más medios aéreos', es.medios, 'Lucía Ferrer')}
      ${entry('hace 2 horas', '12:10', 'Desalojadas tres urbanizaciones', es.vecinos, 'Andrés Molina')}
      ${entry('hace 3 horas', '11:02', 'Cortada la carretera comarcal', es.carretera, 'Andrés Molina')}
      </div></main>`
    const article = parse(page('es', body, published('2024-05-20T09:00:00+02:00')), {format: 'html'})
    checkLive(article, {
      posts: [
        {iso: '2024-05-20T14:20:00+02:00', title: 'Estabilizado el frente norte', author: 'Lucía Ferrer'},
        {iso: '2024-05-20T13:45:00+02:00', title: 'Llegan más medios aéreos', author: 'Lucía Ferrer'},
        {iso: '2024-05-20T12:10:00+02:00', title: 'Desalojadas tres urbanizaciones', author: 'Andrés Molina'},
        {iso: '2024-05-20T11:02:00+02:00', title: 'Cortada la carretera comarcal', author: 'Andrés Molina'}
      ],
      notInBodies: ['hace ', '14:20']
    })
  })

  it('Spanish "en directo": `data-timestamp` epoch milliseconds, the page showing only "hace 5 minutos"', () => {
    const entry = (instant: string, age: string, title: string, text: string) =>
      `<div class="live-entry" data-timestamp="${Date.parse(instant)}"><span class="live-entry__ago">${age}</span><div class="live-entry__title">${title}</div><p>${text}</p></div>`
    const body = `<main><h1>Directo | Elecciones autonómicas: recuento en marcha</h1>
      <div class="live-entries">
      ${entry('2024-05-20T20:05:00+02:00', 'hace 5 minutos', 'El recuento supera el 50 %', es.medios)}
      ${entry('2024-05-20T19:30:00+02:00', 'hace 40 minutos', 'Cierran los colegios electorales', es.vecinos)}
      ${entry('2024-05-20T18:15:00+02:00', 'hace 2 horas', 'La participación sube dos puntos', es.carretera)}
      </div></main>`
    const article = parse(page('es', body, published('2024-05-20T09:00:00+02:00')), {format: 'html'})
    checkLive(article, {
      posts: [
        {iso: '2024-05-20T20:05:00+02:00', title: 'El recuento supera el 50 %'},
        {iso: '2024-05-20T19:30:00+02:00', title: 'Cierran los colegios electorales'},
        {iso: '2024-05-20T18:15:00+02:00', title: 'La participación sube dos puntos'}
      ],
      notInBodies: ['hace ']
    })
  })

  it('Italian "in diretta": `<time>` with a zoneless datetime shown as "5 minuti fa", title-classed divs', () => {
    const entry = (datetime: string, age: string, title: string, text: string) =>
      `<div class="post"><time datetime="${datetime}">${age}</time><div class="post-title">${title}</div><p>${text}</p></div>`
    const body = `<main><h1>Elezioni comunali, la diretta dello spoglio</h1>
      <div class="diretta">
      ${entry('2024-06-10T14:20', '5 minuti fa', 'Il sindaco parla ai sostenitori', it_.sindaco)}
      ${entry('2024-06-10T12:55', '1 ora fa', 'Spoglio a rilento in centro', it_.voto)}
      ${entry('2024-06-10T11:30', '3 ore fa', 'Affluenza definitiva', it_.affluenza)}
      ${entry('2024-06-10T10:05', '4 ore fa', 'Verso il ballottaggio', it_.ballottaggio)}
      </div></main>`
    const article = parse(page('it', body, published('2024-06-10T07:00:00+02:00')), {format: 'html'})
    checkLive(article, {
      posts: [
        {iso: '2024-06-10T14:20:00+02:00', title: 'Il sindaco parla ai sostenitori'},
        {iso: '2024-06-10T12:55:00+02:00', title: 'Spoglio a rilento in centro'},
        {iso: '2024-06-10T11:30:00+02:00', title: 'Affluenza definitiva'},
        {iso: '2024-06-10T10:05:00+02:00', title: 'Verso il ballottaggio'}
      ],
      notInBodies: ['minuti fa', 'ore fa']
    })
  })

  it('Italian "in diretta": "14:20" stamps in a time-classed span and JSON-LD `liveBlogUpdate`', () => {
    const updates = [
      ['2024-06-10T16:40:00+02:00', 'Risultati quasi definitivi'],
      ['2024-06-10T15:10:00+02:00', 'Il centrodestra in vantaggio'],
      ['2024-06-10T13:25:00+02:00', 'Prime proiezioni']
    ]
    const jsonLd = {
      '@context': 'https://schema.org',
      '@type': 'LiveBlogPosting',
      headline: 'Elezioni, lo spoglio in diretta',
      datePublished: '2024-06-10T07:00:00+02:00',
      liveBlogUpdate: updates.map(([date, headline]) => ({'@type': 'BlogPosting', headline, datePublished: date}))
    }
    const texts = [it_.voto, it_.sindaco, it_.affluenza]
    const body = `<main><h1>Elezioni, lo spoglio in diretta</h1>
      <div class="liveblog">${updates.map(([, headline], index) => `<div class="liveblog-item"><span class="ora">${updates[index]![0]!.slice(11, 16)}</span><h2>${headline}</h2><p>${texts[index]}</p></div>`).join('')}</div></main>`
    const article = parse(page('it', body, `<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>`), {format: 'html'})
    checkLive(article, {
      posts: updates.map(([iso, title]) => ({iso: iso!, title: title!})),
      notInBodies: ['16:40', '15:10', '13:25']
    })
  })

  it('English live blog: blocks with "9.41am GMT" times in UTC, a "Key event" label and a byline', () => {
    const block = (id: string, datetime: string, shown: string, title: string, text: string, key = false) =>
      `<article class="block" id="block-${id}" data-block-id="${id}"><header class="block-header">${key ? '<span class="block-label">Key event</span>' : ''}<p class="block-time"><time datetime="${datetime}">${shown}</time></p><h2>${title}</h2></header><div class="block-body"><p>${text}</p></div><p class="block-byline">Tom Ashby</p></article>`
    const body = `<main><h1>Storm Orla live: thousands without power as winds reach 90mph</h1>
      <div id="liveblog-body">
      ${block('c3', '2024-11-19T11:02:00.000Z', '11.02am GMT', 'Council promises sea wall plan', en.council, true)}
      ${block('b2', '2024-11-19T10:15:00.000Z', '10.15am GMT', 'Coastal road closed', en.roads)}
      ${block('a1', '2024-11-19T09:41:00.000Z', '9.41am GMT', 'Power lines down in the north', en.storm)}
      </div></main>`
    const article = parse(page('en-GB', body, published('2024-11-19T07:00:00+00:00')), {format: 'html'})
    checkLive(article, {
      posts: [
        {iso: '2024-11-19T11:02:00Z', title: 'Council promises sea wall plan', author: 'Tom Ashby'},
        {iso: '2024-11-19T10:15:00Z', title: 'Coastal road closed', author: 'Tom Ashby'},
        {iso: '2024-11-19T09:41:00Z', title: 'Power lines down in the north', author: 'Tom Ashby'}
      ],
      notInBodies: ['Key event', 'GMT']
    })
    check(article.posts[0]?.keyEvent, true, 'post 1 key event')
  })

  it('English stream: "21 mins ago" and "11:48" side by side, posts as `<li>`, a BST dateline', () => {
    const item = (age: string, time: string, title: string, text: string) =>
      `<li class="stream-item"><div class="stream-item__meta"><span class="stream-item__age">${age}</span><span class="stream-item__time">${time}</span></div><h3 class="stream-item__title">${title}</h3><p>${text}</p></li>`
    const body = `<main><h1>Live: Cup final build-up and reaction</h1>
      <ol class="stream">
      ${item('21 mins ago', '11:48', 'Visitors press from the restart', en.match)}
      ${item('1 hour ago', '10:52', 'Extra trains laid on', en.trains)}
      ${item('2 hours ago', '09:30', 'Road closures near the ground', en.roads)}
      </ol></main>`
    const article = parse(page('en-GB', body, published('2024-05-25T07:00:00+01:00')), {format: 'html'})
    checkLive(article, {
      posts: [
        {iso: '2024-05-25T11:48:00+01:00', title: 'Visitors press from the restart'},
        {iso: '2024-05-25T10:52:00+01:00', title: 'Extra trains laid on'},
        {iso: '2024-05-25T09:30:00+01:00', title: 'Road closures near the ground'}
      ],
      notInBodies: ['ago', '11:48', '10:52']
    })
  })

  it('English ticker: "14:20 GMT – …" in paragraphs with a dateline', () => {
    const body = `<main><article><h1>Markets as it happened: pound slides after rate decision</h1>
      <p class="dateline">Tuesday 19 November 2024</p>
      <div class="story-body">
      <p><strong>16:35 GMT</strong> – ${en.market}</p>
      <p><strong>15:10 GMT</strong> – ${en.council}</p>
      <p><strong>14:20 GMT</strong> – ${en.vote}</p>
      <p><strong>12:05 GMT</strong> – ${en.trains}</p>
      </div></article></main>`
    const article = parse(page('en-GB', body), {format: 'html'})
    checkLive(article, {
      posts: [
        {iso: '2024-11-19T16:35:00Z'},
        {iso: '2024-11-19T15:10:00Z'},
        {iso: '2024-11-19T14:20:00Z'},
        {iso: '2024-11-19T12:05:00Z'}
      ],
      notInBodies: ['GMT']
    })
  })

  it('English feed with `data-timestamp` epoch milliseconds, title-classed divs, a "Pinned" badge and "By" lines', () => {
    const post = (instant: string, title: string, text: string, pinned = false) =>
      `<div class="post" data-timestamp="${Date.parse(instant)}">${pinned ? '<span class="post__badge">Pinned</span>' : ''}<div class="post__title">${title}</div><div class="post__author">By Dana Whitfield</div><p>${text}</p></div>`
    const body = `<main><h1>Live updates: Senate votes on the spending bill</h1>
      <div class="posts">
      ${post('2024-06-20T18:45:00-04:00', 'Final vote expected tonight', en.vote, true)}
      ${post('2024-06-20T16:10:00-04:00', 'Markets slip on budget fears', en.market)}
      ${post('2024-06-20T13:20:00-04:00', 'Rail strike threat looms', en.trains)}
      ${post('2024-06-20T11:05:00-04:00', 'Storm delays senators', en.storm)}
      </div></main>`
    const article = parse(page('en-US', body, published('2024-06-20T08:00:00-04:00')), {format: 'html'})
    checkLive(article, {
      posts: [
        {iso: '2024-06-20T18:45:00-04:00', title: 'Final vote expected tonight', author: 'Dana Whitfield'},
        {iso: '2024-06-20T16:10:00-04:00', title: 'Markets slip on budget fears', author: 'Dana Whitfield'},
        {iso: '2024-06-20T13:20:00-04:00', title: 'Rail strike threat looms', author: 'Dana Whitfield'},
        {iso: '2024-06-20T11:05:00-04:00', title: 'Storm delays senators', author: 'Dana Whitfield'}
      ],
      notInBodies: ['Pinned', 'By Dana']
    })
    check(article.posts[0]?.pinned, true, 'post 1 pinned')
  })

  it('English feed across midnight: `<time>` without datetime, "(all times CET)", newest first', () => {
    const entry = (time: string, title: string, text: string) =>
      `<section class="entry"><time>${time}</time><h2>${title}</h2><p>${text}</p></section>`
    const body = `<main><h1>Summit live: leaders work through the night</h1>
      <p class="meta">Published 20 November 2024</p>
      <p class="note">(all times CET)</p>
      <div class="entries">
      ${entry('01:10', 'Deal reached on the text', en.vote)}
      ${entry('00:15', 'Talks move to a smaller room', en.council)}
      ${entry('23:50', 'Delegations break for dinner', en.market)}
      ${entry('22:05', 'Second round of talks begins', en.trains)}
      </div></main>`
    const article = parse(page('en', body), {format: 'html'})
    checkLive(article, {
      posts: [
        {iso: '2024-11-20T01:10:00+01:00', title: 'Deal reached on the text'},
        {iso: '2024-11-20T00:15:00+01:00', title: 'Talks move to a smaller room'},
        {iso: '2024-11-19T23:50:00+01:00', title: 'Delegations break for dinner'},
        {iso: '2024-11-19T22:05:00+01:00', title: 'Second round of talks begins'}
      ],
      notInBodies: ['01:10', '23:50']
    })
  })

  it('German ticker with "+++ 14:20 Uhr +++" headings and a "Mittwoch, 4. September" day heading', () => {
    const body = `<main><article><h1>Landtagswahl im Ticker: Hochrechnungen und Reaktionen</h1>
      <p class="kicker">Ticker</p>
      <h2>Mittwoch, 4. September</h2>
      <h3>+++ 19:45 Uhr +++ Spitzenkandidatin räumt Niederlage ein</h3><p>${de.warnung}</p>
      <h3>+++ 18:30 Uhr +++ Erste Hochrechnung</h3><p>${de.schule}</p>
      <h3>+++ 18:00 Uhr +++ Wahllokale geschlossen</h3><p>${de.strom}</p>
      </article></main>`
    const article = parse(page('de', body, published('2024-09-04T07:00:00+02:00')), {format: 'html'})
    checkLive(article, {
      posts: [
        {iso: '2024-09-04T19:45:00+02:00', title: 'Spitzenkandidatin räumt Niederlage ein'},
        {iso: '2024-09-04T18:30:00+02:00', title: 'Erste Hochrechnung'},
        {iso: '2024-09-04T18:00:00+02:00', title: 'Wahllokale geschlossen'}
      ],
      notInBodies: ['+++', 'Uhr']
    })
  })

  it('Italian ticker: "Ore 14.20 –" opening paragraphs, oldest first', () => {
    const body = `<main><article><h1>Maltempo al Nord, aggiornamenti in diretta</h1>
      <div class="testo">
      <p><strong>Ore 9.15</strong> – ${it_.affluenza}</p>
      <p><strong>Ore 11.40</strong> – ${it_.voto}</p>
      <p><strong>Ore 14.20</strong> – ${it_.sindaco}</p>
      <p><strong>Ore 16.05</strong> – ${it_.ballottaggio}</p>
      </div></article></main>`
    const article = parse(page('it', body, published('2024-10-17T08:30:00+02:00')), {format: 'html'})
    checkLive(article, {
      posts: [
        {iso: '2024-10-17T09:15:00+02:00'},
        {iso: '2024-10-17T11:40:00+02:00'},
        {iso: '2024-10-17T14:20:00+02:00'},
        {iso: '2024-10-17T16:05:00+02:00'}
      ],
      notInBodies: ['Ore ', '14.20']
    })
  })

  it('Spanish "en directo": "14:20 h" stamps in headings above their text, day heading "Lunes, 20 de mayo"', () => {
    const body = `<main><article><h1>Última hora del temporal, en directo</h1>
      <div class="cuerpo">
      <h3>Lunes, 20 de mayo</h3>
      <h4>14:20 h</h4><p>${es.carretera}</p>
      <h4>12:55 h</h4><p>${es.vecinos}</p>
      <h4>10:30 h</h4><p>${es.medios}</p>
      </div></article></main>`
    const article = parse(page('es-ES', body, published('2024-05-20T08:00:00+02:00')), {format: 'html'})
    checkLive(article, {
      posts: [
        {iso: '2024-05-20T14:20:00+02:00'},
        {iso: '2024-05-20T12:55:00+02:00'},
        {iso: '2024-05-20T10:30:00+02:00'}
      ],
      notInBodies: ['14:20 h', '12:55 h', '10:30 h', 'Lunes']
    })
  })

  it('English US live updates: "2:20 p.m. ET" in a time-classed span, titles in headings, "Reporting by" lines', () => {
    const update = (time: string, title: string, text: string) =>
      `<div class="live-update"><span class="live-update__timestamp">${time}</span><h2>${title}</h2><p>${text}</p></div>`
    const body = `<main><h1>Election night live updates: polls close in the East</h1>
      <div class="live-updates">
      ${update('9:05 p.m. ET', 'Polls close in three states', en.vote)}
      ${update('7:40 p.m. ET', 'Long lines reported', en.roads)}
      ${update('6:15 p.m. ET', 'Turnout running high', en.council)}
      </div></main>`
    const article = parse(page('en-US', body, published('2024-11-05T12:00:00-05:00')), {format: 'html'})
    checkLive(article, {
      posts: [
        {iso: '2024-11-05T21:05:00-05:00', title: 'Polls close in three states'},
        {iso: '2024-11-05T19:40:00-05:00', title: 'Long lines reported'},
        {iso: '2024-11-05T18:15:00-05:00', title: 'Turnout running high'}
      ],
      notInBodies: ['p.m.', 'ET']
    })
  })

  it('Spanish "en directo": posts showing only "hace 5 minutos", instants and titles from JSON-LD `liveBlogUpdate`', () => {
    const updates = [
      ['2024-05-20T13:55:00+02:00', 'Reabierta la carretera comarcal', es.carretera],
      ['2024-05-20T12:40:00+02:00', 'Vuelven a casa los vecinos', es.vecinos],
      ['2024-05-20T11:15:00+02:00', 'Controlado el incendio', es.incendio]
    ]
    const jsonLd = {
      '@context': 'https://schema.org',
      '@type': 'LiveBlogPosting',
      headline: 'Incendio en la sierra, en directo',
      datePublished: '2024-05-20T08:00:00+02:00',
      liveBlogUpdate: updates.map(([date, headline, text]) => ({'@type': 'BlogPosting', headline, datePublished: date, articleBody: text}))
    }
    const ages = ['hace 5 minutos', 'hace 1 hora', 'hace 3 horas']
    const body = `<main><h1>Incendio en la sierra, en directo</h1>
      <div class="minuto-a-minuto">${updates.map(([, headline, text], index) => `<div class="evento"><span class="evento__hace">${ages[index]}</span><h2>${headline}</h2><p>${text}</p></div>`).join('')}</div></main>`
    const article = parse(page('es', body, `<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>`), {format: 'html'})
    checkLive(article, {
      posts: updates.map(([iso, title]) => ({iso: iso!, title: title!})),
      notInBodies: ['hace ']
    })
  })

  it('English live blog: zoneless `datetime`, the zone from the page dateline "19 November 2024 08:00 GMT", glued "21 mins ago11:48"', () => {
    const entry = (datetime: string, shown: string, title: string, text: string) =>
      `<div class="lb-post"><time class="lb-post__time" datetime="${datetime}">${shown}</time><h3>${title}</h3><p>${text}</p><p class="lb-post__author">Posted by Priya Nair</p></div>`
    const body = `<main><h1>Rail strike: live updates from the picket lines</h1>
      <p class="dateline">19 November 2024 08:00 GMT</p>
      <div class="lb-posts">
      ${entry('2024-11-19T11:48:00', '21 mins ago11:48', 'Talks to resume on Friday', en.trains)}
      ${entry('2024-11-19T10:30:00', '1 hour ago10:30', 'Pickets at the main stations', en.roads)}
      ${entry('2024-11-19T09:05:00', '3 hours ago09:05', 'Commuters face long waits', en.council)}
      </div></main>`
    const article = parse(page('en-GB', body), {format: 'html'})
    checkLive(article, {
      posts: [
        {iso: '2024-11-19T11:48:00Z', title: 'Talks to resume on Friday', author: 'Priya Nair'},
        {iso: '2024-11-19T10:30:00Z', title: 'Pickets at the main stations', author: 'Priya Nair'},
        {iso: '2024-11-19T09:05:00Z', title: 'Commuters face long waits', author: 'Priya Nair'}
      ],
      notInBodies: ['ago', '11:48', 'Posted by']
    })
  })

  it('German Liveticker: "12:31 Uhr" alone in headings, titles in bold, newest first across midnight, no day headings', () => {
    const body = `<main><article><h1>Liveticker: Nachtsitzung im Bundestag</h1>
      <p class="article__date">Stand: 12.12.2024, 01:20 Uhr</p>
      <div class="ticker">
      <h2>1:05 Uhr</h2><p><strong>Abstimmung vertagt</strong></p><p>${de.bahn}</p>
      <h2>0:20 Uhr</h2><p><strong>Sitzung unterbrochen</strong></p><p>${de.schule}</p>
      <h2>23:40 Uhr</h2><p><strong>Debatte wird hitziger</strong></p><p>${de.strom}</p>
      <h2>22:10 Uhr</h2><p><strong>Sitzung eröffnet</strong></p><p>${de.feuer}</p>
      </div></article></main>`
    const article = parse(page('de-DE', body), {format: 'html'})
    checkLive(article, {
      posts: [
        {iso: '2024-12-12T01:05:00+01:00', title: 'Abstimmung vertagt'},
        {iso: '2024-12-12T00:20:00+01:00', title: 'Sitzung unterbrochen'},
        {iso: '2024-12-11T23:40:00+01:00', title: 'Debatte wird hitziger'},
        {iso: '2024-12-11T22:10:00+01:00', title: 'Sitzung eröffnet'}
      ],
      notInBodies: ['Uhr']
    })
  })

  it('German Newsblog: `<article>` cards with `<time>12:31 Uhr</time>`, day headings between the cards', () => {
    const card = (time: string, title: string, text: string) =>
      `<article class="ticker-item"><time>${time}</time><h3>${title}</h3><p>${text}</p></article>`
    const body = `<main><h1>Hochwasser im Newsblog: Pegel sinken langsam</h1>
      <div class="ticker-list">
      <h2 class="ticker-day">Freitag, 19. Juli 2024</h2>
      ${card('08:15 Uhr', 'Pegel sinken langsam', de.feuer)}
      ${card('06:40 Uhr', 'Sperrungen bleiben bestehen', de.bahn)}
      <h2 class="ticker-day">Donnerstag, 18. Juli 2024</h2>
      ${card('21:55 Uhr', 'Deich hält stand', de.warnung)}
      ${card('17:20 Uhr', 'Evakuierung angeordnet', de.schule)}
      </div></main>`
    const article = parse(page('de-DE', body, published('2024-07-18T09:00:00+02:00')), {format: 'html'})
    checkLive(article, {
      posts: [
        {iso: '2024-07-19T08:15:00+02:00', title: 'Pegel sinken langsam'},
        {iso: '2024-07-19T06:40:00+02:00', title: 'Sperrungen bleiben bestehen'},
        {iso: '2024-07-18T21:55:00+02:00', title: 'Deich hält stand'},
        {iso: '2024-07-18T17:20:00+02:00', title: 'Evakuierung angeordnet'}
      ],
      notInBodies: ['Uhr', 'Freitag', 'Donnerstag']
    })
  })

  it('German ticker: "Heute, 00:40 Uhr" and "Gestern, 23:10 Uhr" stamps in time-classed spans', () => {
    const card = (time: string, title: string, text: string) =>
      `<div class="liveticker-entry"><span class="liveticker-entry__time">${time}</span><h3>${title}</h3><p>${text}</p></div>`
    const body = `<main><h1>Liveticker: Koalitionsverhandlungen in der Nacht</h1>
      <div class="liveticker">
      ${card('Heute, 00:40 Uhr', 'Pause bis zum Morgen', de.bahn)}
      ${card('Gestern, 23:10 Uhr', 'Streit um den Haushalt', de.strom)}
      ${card('Gestern, 20:05 Uhr', 'Verhandlungen beginnen', de.feuer)}
      </div></main>`
    const article = parse(page('de-DE', body, published('2024-07-18T18:00:00+02:00') + '<meta property="article:modified_time" content="2024-07-19T00:45:00+02:00">'), {format: 'html'})
    checkLive(article, {
      posts: [
        {iso: '2024-07-19T00:40:00+02:00', title: 'Pause bis zum Morgen'},
        {iso: '2024-07-18T23:10:00+02:00', title: 'Streit um den Haushalt'},
        {iso: '2024-07-18T20:05:00+02:00', title: 'Verhandlungen beginnen'}
      ],
      notInBodies: ['Heute', 'Gestern', 'Uhr']
    })
  })

  it('English live blog: stamps as linked permalinks "9.41am" and a "(all times GMT)" note, oldest first', () => {
    const entry = (id: string, shown: string, title: string, text: string) =>
      `<div class="live-entry" id="${id}"><p class="live-entry__stamp"><a href="#${id}">${shown}</a></p><h2>${title}</h2><p>${text}</p></div>`
    const body = `<main><h1>Budget day – as it happened</h1>
      <p class="byline-date">Wed 30 Oct 2024</p>
      <p>(all times GMT)</p>
      <div class="live-entries">
      ${entry('e1', '9.41am', 'Chancellor arrives', en.council)}
      ${entry('e2', '12.32pm', 'Speech begins', en.vote)}
      ${entry('e3', '1.50pm', 'Markets react', en.market)}
      </div></main>`
    const article = parse(page('en-GB', body), {format: 'html'})
    checkLive(article, {
      posts: [
        {iso: '2024-10-30T09:41:00Z', title: 'Chancellor arrives'},
        {iso: '2024-10-30T12:32:00Z', title: 'Speech begins'},
        {iso: '2024-10-30T13:50:00Z', title: 'Markets react'}
      ],
      notInBodies: ['9.41am', 'GMT']
    })
  })

  it('German Liveticker: "+++ 12:31 Uhr +++" alone in bold above each text, the day from a visible "Stand:" line', () => {
    const body = `<main><article><h1>Liveticker zum Streik: Flughafen stellt Betrieb ein</h1>
      <p class="meta">Stand: 21.02.2024, 13:05 Uhr</p>
      <p><b>+++ 12:31 Uhr +++</b></p><p>${de.bahn}</p>
      <p><b>+++ 10:02 Uhr +++</b></p><p>${de.schule}</p>
      <p><b>+++ 8:45 Uhr +++</b></p><p>${de.strom}</p>
      </article></main>`
    const article = parse(page('de-DE', body), {format: 'html'})
    checkLive(article, {
      posts: [
        {iso: '2024-02-21T12:31:00+01:00'},
        {iso: '2024-02-21T10:02:00+01:00'},
        {iso: '2024-02-21T08:45:00+01:00'}
      ],
      notInBodies: ['+++', 'Uhr']
    })
  })

  it('English feed: the dateline and the zone note on one line, "Published 20 November 2024 (all times CET)"', () => {
    const entry = (time: string, title: string, text: string) =>
      `<section class="entry"><time>${time}</time><h2>${title}</h2><p>${text}</p></section>`
    const body = `<main><h1>Summit live: leaders work through the night</h1>
      <p class="meta">Published 20 November 2024 (all times CET)</p>
      <div class="entries">
      ${entry('00:15', 'Talks move to a smaller room', en.council)}
      ${entry('23:50', 'Delegations break for dinner', en.market)}
      ${entry('22:05', 'Second round of talks begins', en.trains)}
      </div></main>`
    const article = parse(page('en', body), {format: 'html'})
    checkLive(article, {
      posts: [
        {iso: '2024-11-20T00:15:00+01:00', title: 'Talks move to a smaller room'},
        {iso: '2024-11-19T23:50:00+01:00', title: 'Delegations break for dinner'},
        {iso: '2024-11-19T22:05:00+01:00', title: 'Second round of talks begins'}
      ],
      notInBodies: ['CET', '00:15']
    })
  })

  it('French live: "Publié à 14h20" stamps in date-classed spans, "Par …, à Lyon" author lines', () => {
    const post = (time: string, title: string, text: string) =>
      `<div class="live-item"><span class="live-item__date">Publié à ${time}</span><h2>${title}</h2><p>${text}</p><span class="live-item__author">Par Élise Maréchal, à Lyon</span></div>`
    const body = `<main><h1>DIRECT. Grève : suivez la journée de mobilisation</h1>
      <div class="live-items">
      ${post('16h05', 'Le cortège arrive place Bellecour', fr.usagers)}
      ${post('14h20', 'Les trains reprennent', fr.trains)}
      ${post('11h10', 'Le ministre s’exprime', fr.ministre)}
      </div></main>`
    const article = parse(page('fr-FR', body, published('2024-03-12T07:02:00+01:00')), {format: 'html'})
    checkLive(article, {
      posts: [
        {iso: '2024-03-12T16:05:00+01:00', title: 'Le cortège arrive place Bellecour', author: 'Élise Maréchal'},
        {iso: '2024-03-12T14:20:00+01:00', title: 'Les trains reprennent', author: 'Élise Maréchal'},
        {iso: '2024-03-12T11:10:00+01:00', title: 'Le ministre s’exprime', author: 'Élise Maréchal'}
      ],
      notInBodies: ['Publié', 'Par Élise']
    })
  })

  it('A young English live blog of two posts under "LIVE |", "Updated 9:41am" stamps', () => {
    const post = (time: string, title: string, text: string) =>
      `<article class="update"><p class="update__time">Updated ${time}</p><h3>${title}</h3><p>${text}</p></article>`
    const body = `<main><h1>LIVE | Flood warnings issued across the valley</h1>
      <div class="updates-list">
      ${post('9:41am', 'River breaches its banks', en.storm)}
      ${post('8:15am', 'Warnings issued overnight', en.roads)}
      </div></main>`
    const article = parse(page('en-GB', body, published('2024-02-08T07:50:00+00:00')), {format: 'html'})
    checkLive(article, {
      posts: [
        {iso: '2024-02-08T09:41:00Z', title: 'River breaches its banks'},
        {iso: '2024-02-08T08:15:00Z', title: 'Warnings issued overnight'}
      ],
      notInBodies: ['Updated 9', 'Updated 8']
    })
  })
  it('English live page: epoch data-post-time entries, the writer beside the time, posts of an embed or a photo alone', () => {
    const epoch = (iso: string) => String(Date.parse(iso))
    const entry = (iso: string, clock: string, writer: string, title: string, content: string) =>
      `<div class="live-event-entry" data-post-time="${epoch(iso)}"><div class="entry-info"><time>${clock}</time><mark>${writer}</mark></div><div class="entry-content"><h3>${title}</h3>${content}</div></div>`
    const body = `<main><article><h1>Storm live: latest updates as the coast braces for gales</h1>
      <div class="live-event-entries">
      ${entry('2024-03-05T21:22:00Z', '21:22', 'Jane Doe', 'Goodnight from the live desk', `<p>${en.council}</p>`)}
      ${entry('2024-03-05T20:36:00Z', '20:36', 'Jane Doe', 'A harbour cafe shuts for the week', 'https://social.example/harbourcafe/posts/280073')}
      ${entry('2024-03-05T19:29:00Z', '19:29', 'Jane Doe', 'The promenade is empty tonight', '<figure><img src="/promenade.jpg" alt="The empty promenade"></figure>')}
      ${entry('2024-03-05T19:17:00Z', '19:17', 'Jane Doe', 'Trains cancelled on the branch line', `<p>${en.trains}</p>`)}
      ${entry('2024-03-05T14:43:00Z', '14:43', 'John Roe', 'Power cuts in the north', `<p>${en.storm}</p>`)}
      ${entry('2024-03-05T14:05:00Z', '14:05', 'John Roe', 'Coastal road closed', `<p>${en.roads}</p>`)}
      </div></article></main>`
    const head = published('2024-03-05T08:00:00+00:00') + '<meta name="author" content="Jane Doe, John Roe">'
    const article = parse(page('en-IE', body, head), {format: 'html'})
    checkLive(article, {
      posts: [
        {iso: '2024-03-05T21:22:00Z', title: 'Goodnight from the live desk', author: 'Jane Doe'},
        {iso: '2024-03-05T20:36:00Z', title: 'A harbour cafe shuts for the week', author: 'Jane Doe'},
        {iso: '2024-03-05T19:29:00Z', title: 'The promenade is empty tonight', author: 'Jane Doe'},
        {iso: '2024-03-05T19:17:00Z', title: 'Trains cancelled on the branch line', author: 'Jane Doe'},
        {iso: '2024-03-05T14:43:00Z', title: 'Power cuts in the north', author: 'John Roe'},
        {iso: '2024-03-05T14:05:00Z', title: 'Coastal road closed', author: 'John Roe'}
      ],
      notInBodies: ['Jane Doe', 'John Roe']
    })
  })
})

describe('ordinary pages with times are not live blogs', () => {
  it('an article with a "Published … / Updated …" header pair', () => {
    const body = `<main><article><h1>Council approves sea wall repairs</h1>
      <div class="article-meta"><p class="byline">By Tom Ashby</p>
      <p><time class="published" datetime="2024-11-19T09:41:00Z">Published 19 November 2024, 09:41 GMT</time></p>
      <p><time class="updated" datetime="2024-11-19T14:35:00Z">Updated 19 November 2024, 14:35 GMT</time></p></div>
      <p>${en.council}</p><p>${en.storm}</p><p>${en.roads}</p><p>${en.trains}</p></article></main>`
    checkOrdinary(parse(page('en-GB', body), {format: 'html'}))
  })

  it('an article with a dated list of related stories', () => {
    const related = [en.vote, en.market, en.match, en.trains, en.storm, en.roads]
      .map((text, index) => `<li class="story-card"><a href="/news/story-${index}"><time datetime="2024-11-${18 - index}T1${index}:20:00Z">1${index}:20</time><h3>Story number ${index} of the week in review</h3></a><p>${text}</p></li>`)
      .join('')
    const body = `<main><article><h1>Sea wall repairs approved</h1><p>${en.council}</p><p>${en.storm}</p><p>${en.roads}</p></article>
      <section class="more-stories"><h2>More on this story</h2><ul>${related}</ul></section></main>`
    checkOrdinary(parse(page('en-GB', body, published('2024-11-19T09:41:00+00:00')), {format: 'html'}))
  })

  it('an article beside a "Neueste Meldungen" rail of times and headlines', () => {
    const rail = ['Bahnstreik beendet', 'Neuer Trainer vorgestellt', 'Hitzewarnung für Sonntag', 'Lottozahlen vom Samstag', 'Brücke wieder frei', 'Stadtrat tagt am Montag']
      .map((title, index) => `<li><span class="time">${12 - index}:0${index} Uhr</span> <a href="/meldung/${index}">${title} – alle Hintergründe und Reaktionen aus der Region</a></li>`)
      .join('')
    const body = `<main><article><h1>Stadt plant neuen Radweg am Fluss</h1><p>${de.feuer}</p><p>${de.bahn}</p><p>${de.schule}</p><p>${de.strom}</p></article>
      <aside class="latest"><h2>Neueste Meldungen</h2><ul>${rail}</ul></aside></main>`
    checkOrdinary(parse(page('de', body, published('2024-07-17T06:12:00+02:00')), {format: 'html'}))
  })

  it('an event article with a timetable', () => {
    const program = [
      ['09:30', 'Registration and coffee in the main hall of the exhibition centre'],
      ['10:15', 'Opening address by the chair of the regional transport board'],
      ['11:00', 'Panel discussion on the future of rural bus services and fares'],
      ['12:30', 'Lunch and networking in the foyer beside the main hall'],
      ['14:00', 'Workshops on cycling routes, station access and safety'],
      ['16:30', 'Closing remarks and drinks on the terrace for all delegates']
    ].map(([time, text]) => `<li>${time} – ${text}</li>`).join('')
    const body = `<main><article><h1>Transport conference comes to the city next month</h1>
      <p>${en.council}</p><p>${en.trains}</p><h2>The programme</h2><ul>${program}</ul><p>${en.roads}</p></article></main>`
    checkOrdinary(parse(page('en-GB', body, published('2024-11-19T09:41:00+00:00')), {format: 'html'}))
  })

  it('a "Live music" guide whose events show times and descriptions', () => {
    const event = (time: string, name: string, text: string) =>
      `<div class="event"><time>${time}</time><h3>${name}</h3><p>${text}</p></div>`
    const body = `<main><article><h1>Live music returns to the harbour this summer</h1>
      <p>${en.council}</p>
      <div class="events">
      ${event('18:30', 'The Saltport Brass Band', en.match)}
      ${event('19:45', 'Harbour Lights Choir', en.storm)}
      ${event('21:00', 'Nightfall Quartet', en.roads)}
      </div></article></main>`
    checkOrdinary(parse(page('en-GB', body, published('2024-05-02T09:00:00+01:00')), {format: 'html'}))
  })

  it('an article with readers\' comments that show times', () => {
    const comment = (time: string, name: string, text: string) =>
      `<li class="comment-item"><span class="comment-item__name">${name}</span><time>${time}</time><p>${text}</p></li>`
    const body = `<main><article><h1>Council approves sea wall repairs</h1><p>${en.council}</p><p>${en.storm}</p></article>
      <section class="user-comments"><h2>Comments</h2><ol>
      ${comment('14:20', 'harbourwatcher', en.roads)}${comment('14:35', 'jen_k', en.trains)}${comment('15:02', 'oldsalt', en.market)}
      ${comment('15:40', 'pm1985', en.vote)}${comment('16:05', 'gullwing', en.match)}${comment('16:30', 'tideline', en.storm)}
      </ol></section></main>`
    checkOrdinary(parse(page('en-GB', body, published('2024-11-19T09:41:00+00:00')), {format: 'html'}))
  })

  it('a TV guide whose programmes open with "20:15 Uhr:"', () => {
    const body = `<main><article><h1>TV-Tipps für heute Abend: Krimi, Quiz und Dokumentation</h1>
      <p>Was läuft heute im Fernsehen? Unsere Redaktion hat die besten Sendungen des Abends ausgewählt.</p>
      <p>20:15 Uhr: Im Krimi aus Kornstadt ermittelt die Kommissarin in einem alten Fall, der sie selbst betrifft.</p>
      <p>21:45 Uhr: Das große Quiz mit prominenten Gästen, die für einen guten Zweck um hohe Summen spielen.</p>
      <p>23:15 Uhr: Eine Dokumentation über die Flüsse des Südens zeigt, wie sich die Landschaft verändert hat.</p>
      </article></main>`
    checkOrdinary(parse(page('de-DE', body, published('2024-07-18T06:00:00+02:00')), {format: 'html'}))
  })

  it('a numbered listicle', () => {
    const items = [en.vote, en.storm, en.roads, en.trains, en.market, en.match]
      .map((text, index) => `<h2>${index + 1}. Reason number ${index + 1} to visit the coast this winter</h2><p>${text}</p>`)
      .join('')
    const body = `<main><article><h1>Six reasons to visit the coast this winter</h1><p class="standfirst">From storms to seafood, the season has its charms.</p>${items}</article></main>`
    checkOrdinary(parse(page('en-GB', body, published('2024-11-19T09:41:00+00:00')), {format: 'html'}))
  })

  it('a questions-and-answers explainer', () => {
    const qa = [
      ['Qu’est-ce qui change le 1er avril ?', fr.trains],
      ['Qui est concerné ?', fr.usagers],
      ['Que disent les syndicats ?', fr.greve],
      ['Et le gouvernement ?', fr.ministre]
    ].map(([question, answer]) => `<h2>${question}</h2><p>${answer}</p>`).join('')
    const body = `<main><article><h1>Réforme des transports : ce qu’il faut savoir</h1><p class="chapo">Questions et réponses sur la réforme.</p><p class="date">Publié le 12 mars 2024 à 14h20, mis à jour à 16h05</p>${qa}</article></main>`
    checkOrdinary(parse(page('fr', body, published('2024-03-12T14:20:00+01:00')), {format: 'html'}))
  })
})
