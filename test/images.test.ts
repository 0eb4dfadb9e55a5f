/**
 * Photos in HTML: each rule that finds a figure, its source, caption and
 * credit (and, below, the lead image) proved on markup written here, with
 * invented names, including the negatives (a logo, an avatar, a tracking
 * pixel, a teaser's thumbnail, a paragraph that names an agency).
 */
import {describe, expect, it} from 'vitest'
import {parse, parseWithMessages, toPlainText, type Article, type FigureBlock} from '../src/index.js'
import {cleanCredit, looksLikeCredit, splitFigureCaption} from '../src/util/credits.js'
import {pickFromSrcset, readSrcset} from '../src/html/urls.js'
import {imageKeys, sameImage} from '../src/util/image-keys.js'
import {hasJunkWord} from '../src/html/junk-images.js'
import {parseToHast} from '../src/html/hast-tree-adapter.js'
import {resolveDeclaredImages} from '../src/html/declared-images.js'

const URL = 'https://news.example.org/2025/05/harbour-festival'

/** Paragraphs of prose, so that the main content is the article. */
const PROSE = [
  'The harbour festival opened on Saturday with a parade of boats that stretched from the old lighthouse to the fish market, watched by thousands.',
  'Organisers said the crowds were the largest since the festival began, and that the town’s ferries had carried twice as many visitors as last year.',
  'Stallholders along the quay reported brisk trade in smoked fish and pastries, while the lifeboat crew gave tours of their station all afternoon.',
  'The festival continues on Sunday with a regatta, a choir on the pier and fireworks over the bay once the tide has turned after nine o’clock.'
]

/**
 * A page: a site header, an article with a headline, the given markup and
 * prose, and a footer.
 *
 * @param inner
 *   Markup for the article, before the prose.
 * @param head
 *   Markup for the `<head>` (optional).
 * @returns
 *   The page.
 */
function page(inner: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><title>Harbour festival draws record crowds</title>${head}</head><body>
<header><a href="/"><img src="/static/site-logo.png" alt="The Example Gazette"></a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>Harbour festival draws record crowds</h1>${inner}${PROSE.map((text) => `<p>${text}</p>`).join('')}</article></main>
<footer><p>© The Example Gazette</p></footer></body></html>`
}

/** The figures of the body. */
const figures = (article: Article): FigureBlock[] => article.body.filter((block): block is FigureBlock => block.type === 'figure')

/**
 * Parse a page and return its figures: the lead image first (the body's
 * first figure leaves the body for it), then the body's.
 */
function figuresOf(inner: string, head?: string): Array<Partial<FigureBlock>> {
  const article = parse(page(inner, head), {url: URL})
  return article.image ? [article.image, ...figures(article)] : figures(article)
}

describe('figure caption and credit', () => {
  it('should split a credit-classed span, a `<cite>` and a figure’s `<footer>` from the caption', () => {
    const [classed, cited, footed] = figuresOf(
      '<figure><img src="/img/boats.jpg" alt="Boats"><figcaption><span class="caption">Boats leave the quay.</span> <span class="image-credit">Ann Lee/Coastline Pictures</span></figcaption></figure>' +
        '<figure><img src="/img/quay.jpg" alt="Quay"><figcaption>Crowds on the quay.&nbsp;<cite>Ben Ode</cite></figcaption></figure>' +
        '<figure><img src="/img/pier.jpg" alt="Pier"><figcaption>The pier at dusk.</figcaption><footer>Cara Nyx/Harbour Studio</footer></figure>'
    )
    expect(classed).toMatchObject({caption: 'Boats leave the quay.', credit: 'Ann Lee/Coastline Pictures', src: 'https://news.example.org/img/boats.jpg'})
    expect(cited).toMatchObject({caption: 'Crowds on the quay.', credit: 'Ben Ode'})
    expect(footed).toMatchObject({caption: 'The pier at dusk.', credit: 'Cara Nyx/Harbour Studio'})
  })

  it('should leave the separator before a credit out of the caption (a comma, a semicolon, a bar)', () => {
    const [comma, semicolon, bar] = figuresOf(
      '<figure><img src="/img/boats.jpg" alt="Boats"><figcaption><span>Boats leave the quay, Foto: Ann Lee</span></figcaption></figure>' +
        '<figure><img src="/img/quay.jpg" alt="Quay"><figcaption>Crowds on the quay; Photo: Ben Ode</figcaption></figure>' +
        '<figure><img src="/img/pier.jpg" alt="Pier"><figcaption>The pier at dusk | Cara Nyx/Reuters</figcaption></figure>'
    )
    expect(comma).toMatchObject({caption: 'Boats leave the quay', credit: 'Ann Lee'})
    expect(semicolon).toMatchObject({caption: 'Crowds on the quay', credit: 'Ben Ode'})
    expect(bar).toMatchObject({caption: 'The pier at dusk', credit: 'Cara Nyx/Reuters'})
  })

  it('should give a declared image the caption that follows its picture outside any figure (`<picture>` then `<figcaption>`)', () => {
    // A container that is no figure (it holds the header and the body); the caption is the picture's next sibling.
    const tree = parseToHast(
      `<article><header><h1>Das Hafenfest zieht so viele Besucher an wie nie</h1><p>Von Jana Berg</p></header>
<picture><source srcset="/img/lead.webp" type="image/webp"><img src="/img/lead.jpg" alt="Boote am Kai"></picture>
<figcaption><span>Boote verlassen am Morgen den Kai, Foto: Ann Lee</span></figcaption>
<section>${PROSE.map((text) => `<p>${text}</p>`).join('')}</section></article>`,
      100
    ).tree
    const [lead] = resolveDeclaredImages([{value: {src: '/img/lead.jpg'}, source: 'meta[og:image]'}], tree, URL)
    expect(lead).toMatchObject({src: 'https://news.example.org/img/lead.jpg', caption: 'Boote verlassen am Morgen den Kai', credit: 'Ann Lee'})
    // A one-word label after the picture that opens its alt text is a section's name, not its caption.
    const labelled = parseToHast(`<article><header><h1>Eine Petition</h1></header><img src="/img/lead.jpg" alt="Petition: Rettet den Chor"><span>Petition</span><section><p>${PROSE[0]}</p></section></article>`, 100).tree
    expect(resolveDeclaredImages([{value: {src: '/img/lead.jpg'}, source: 'meta[og:image]'}], labelled, URL)[0]?.caption).toBeUndefined()
  })

  it('should take no caption of punctuation alone for an image (every alt text starts with the nothing it folds to)', () => {
    const [figure] = figuresOf('<p><img src="/img/boats.jpg" alt="Boats at the quay"></p><p>---</p>')
    expect(figure).toMatchObject({src: 'https://news.example.org/img/boats.jpg'})
    expect(figure!.caption ?? '').toBe('')
  })

  it('should read a credit the page hides from screen readers only (`aria-hidden`) in a figure, not other hidden parts of it', () => {
    const [credited] = figuresOf(
      '<figure><img src="/img/dock.jpg" alt="Dock"><figcaption>The new dock opens in May.</figcaption><footer class="credit" aria-hidden="true"><span class="copyright">Ann Lee/Coastline Pictures</span></footer><span class="zoom" aria-hidden="true">Enlarge picture</span></figure>'
    )
    expect(credited).toMatchObject({caption: 'The new dock opens in May.', credit: 'Ann Lee/Coastline Pictures'})
    expect(JSON.stringify(credited)).not.toContain('Enlarge')
  })

  it('should join a photographer and a distributor in separate spans, without the “Photo by” label', () => {
    const [figure] = figuresOf(
      '<figure><img src="/img/lifeboat.jpg" alt="Lifeboat"><figcaption><span class="caption">The lifeboat crew at the station.</span> <span class="credit">Photo by Dana Rook</span> /<span class="distributor">AFP via Getty Images</span></figcaption></figure>'
    )
    expect(figure).toMatchObject({caption: 'The lifeboat crew at the station.', credit: 'Dana Rook / AFP via Getty Images'})
  })

  it('should take a last short span after the caption’s sentence as the credit, but not emphasis', () => {
    const [spanned, slashed, emphasised] = figuresOf(
      '<figure><img src="/img/a.jpg" alt="A"><figcaption><p>The choir sings on the pier. <span>Eli Moss</span></p></figcaption></figure>' +
        '<figure><img src="/img/b.jpg" alt="B"><figcaption><p>Fireworks over the bay <span> / Fay Grün</span></p></figcaption></figure>' +
        '<figure><img src="/img/c.jpg" alt="C"><figcaption>The painting <em>Harbour at Noon</em></figcaption></figure>'
    )
    expect(spanned).toMatchObject({caption: 'The choir sings on the pier.', credit: 'Eli Moss'})
    expect(slashed).toMatchObject({caption: 'Fireworks over the bay', credit: 'Fay Grün'})
    expect(emphasised).toMatchObject({caption: 'The painting Harbour at Noon'})
    expect(emphasised?.credit).toBeUndefined()
  })

  it('should split unlabelled credits at a caption’s end: brackets, a bar, a slash, an agency sentence', () => {
    const found = figuresOf(
      [
        'Stalls along the quay. (Gus Hale/Associated Press)',
        'The regatta starts at noon. | Ida Park/Getty Images',
        'Visitors on the ferry / Jo Kern / Reuters',
        'The old lighthouse was repainted. Supplied'
      ]
        .map((caption, index) => `<figure><img src="/img/${index}.jpg" alt="Photo ${index}"><figcaption>${caption}</figcaption></figure>`)
        .join('')
    )
    expect(found.map((figure) => [figure.caption, figure.credit])).toEqual([
      ['Stalls along the quay.', 'Gus Hale/Associated Press'],
      ['The regatta starts at noon.', 'Ida Park/Getty Images'],
      ['Visitors on the ferry', 'Jo Kern / Reuters'],
      ['The old lighthouse was repainted.', 'Supplied']
    ])
  })

  it('should read the Japanese and Korean credit forms', () => {
    expect(splitFigureCaption('港で行われた祭りの様子＝ＡＰ')).toEqual({caption: '港で行われた祭りの様子', credit: 'ＡＰ'})
    expect(splitFigureCaption('港に集まった人たち（山田花子撮影）')).toEqual({caption: '港に集まった人たち', credit: '山田花子'})
    expect(splitFigureCaption('항구 축제에 모인 시민들. [사진 = 연합뉴스]')).toEqual({caption: '항구 축제에 모인 시민들.', credit: '연합뉴스'})
    expect(splitFigureCaption('Ein Boot im Hafen. Isithombe: Sipho Dlamini')).toEqual({caption: 'Ein Boot im Hafen.', credit: 'Sipho Dlamini'})
  })

  it('should drop the copyright notice that follows a photographer\'s name in a credit', () => {
    expect(cleanCredit('Jane Doe/Copyright 2024 Valley Wire. All rights reserved')).toBe('Jane Doe')
    expect(cleanCredit('Jane Doe, © 2024 Valley Wire')).toBe('Jane Doe')
    expect(cleanCredit('© Valley Wire')).toBe('Valley Wire')
    expect(cleanCredit('Jane Doe / Copyright Harbour Trust')).toBe('Jane Doe / Copyright Harbour Trust')
  })

  it('should not split what only looks like a credit', () => {
    // A place in brackets, a date after an equals sign, a family photo.
    expect(splitFigureCaption('Der Hafen bei Nacht (Archivbild)')).toEqual({caption: 'Der Hafen bei Nacht (Archivbild)'})
    expect(splitFigureCaption('港の灯台＝同地で2019年5月')).toEqual({caption: '港の灯台＝同地で2019年5月'})
    expect(cleanCredit('Foto de familia en el puerto')).toBe('Foto de familia en el puerto')
    expect(looksLikeCredit('the ferry and/or the bus')).toBe(false)
    const [family] = figuresOf('<figure><img src="/img/a.jpg" alt="A"><figcaption><span class="title">Foto de familia en el puerto. <span class="author">EFE/ Ana Ruiz</span></span></figcaption></figure>')
    expect(family).toMatchObject({caption: 'Foto de familia en el puerto.', credit: 'EFE/ Ana Ruiz'})
  })

  it('should keep a body paragraph that names an agency as prose', () => {
    const text = 'Ticket sales rose by a third, the organisers told the town council on Friday (Reuters).'
    const article = parse(page(`<p>${text}</p>`), {url: URL})
    expect(toPlainText(article)).toContain(text)
    expect(figures(article)).toEqual([])
  })

  it('should read a caption that is only a credit as the credit, with no caption', () => {
    const [alone, second] = figuresOf(
      '<figure><img src="/img/a.jpg" alt="A"><figcaption><strong>Image Credits:</strong> Harbour Trust</figcaption></figure>' +
        '<figure><img src="/img/b.jpg" alt="B"><figcaption>Kites over the beach.</figcaption><figcaption><strong>Image Credits:</strong> Kim Vo</figcaption></figure>'
    )
    expect(alone).toMatchObject({credit: 'Harbour Trust'})
    expect(alone?.caption).toBeUndefined()
    expect(second).toMatchObject({caption: 'Kites over the beach.', credit: 'Kim Vo'})
  })

  it('should drop a date-only caption (a gallery’s time stamp) but keep its credit', () => {
    const [figure] = figuresOf('<figure><img src="/img/a.jpg" alt="A"><figcaption><span class="credits">Quelle: Hafenbild</span> <time datetime="2025-05-15">15.05.2025</time></figcaption></figure>')
    expect(figure?.caption).toBeUndefined()
    expect(figure?.credit).toBe('Hafenbild')
  })
})

describe('a sponsor\'s logo marked up as a figure', () => {
  it('should drop a figure captioned with a sponsor\'s label, with or without its image, and keep a photo captioned about a sponsor', () => {
    for (const label of ['Powered by', 'Presented by:', 'In partnership with', 'Präsentiert von']) {
      const logo = `<figure><figcaption>${label}</figcaption><svg aria-label="Valley Bank logo" role="img" viewBox="0 0 10 10"></svg></figure>`
      expect(figuresOf(`<h1>Harbour festival opens</h1>${logo}${PROSE.join('')}`)).toEqual([])
    }
    const photo = '<figure><img src="/img/stage.jpg" alt=""><figcaption>The main stage, powered by solar panels on the harbour roof</figcaption></figure>'
    expect(figuresOf(`<h1>Harbour festival opens</h1>${PROSE.join('')}${photo}`).map((figure) => figure.caption)).toEqual(['The main stage, powered by solar panels on the harbour roof'])
  })
})

describe('figures that are not <figure>s', () => {
  it('should read a picture container with its caption paragraph and credit span', () => {
    const [figure] = figuresOf('<div class="article__picture"><picture><img src="/img/crowd.jpg" alt="Crowd"></picture><p>The crowd at the parade. <span>IMAGO/Lou Berg</span></p></div>')
    expect(figure).toMatchObject({caption: 'The crowd at the parade.', credit: 'IMAGO/Lou Berg', src: 'https://news.example.org/img/crowd.jpg'})
  })

  it('should read a caption-classed element and a credit-classed one beside the image', () => {
    const [figure] = figuresOf('<div class="story-img"><div class="frame"><a href="/img/big.jpg"><img src="/img/small.jpg" alt="Ferry"></a></div><div class="info"><span class="caption">The ferry leaves at dawn.</span> <span class="credit">Ola Sand</span></div></div>')
    expect(figure).toMatchObject({caption: 'The ferry leaves at dawn.', credit: 'Ola Sand'})
  })

  it('should take the element after an uncaptioned image as its caption when it is caption-classed or repeats the alt text', () => {
    const article = parse(
      page(
        '<div class="wrap"><img src="/img/a.jpg" alt="Gulls over the harbour wall"></div><p class="caption">Gulls over the harbour wall. Foto: Pia Lind</p>' +
          '<div><img src="/img/b.jpg" alt="The lifeboat station - Example Gazette"></div><div><span>The lifeboat station</span></div>'
      ),
      {url: URL}
    )
    expect([article.image, ...figures(article)].map((figure) => [figure?.caption, figure?.credit])).toEqual([
      ['Gulls over the harbour wall.', 'Pia Lind'],
      ['The lifeboat station', undefined]
    ])
    expect(toPlainText(article)).not.toContain('Gulls')
  })

  it('should not take a standfirst or a byline after an image as its caption', () => {
    const article = parse(page('<div><img src="/img/a.jpg" alt="Boats"></div><p class="byline">By Rhea Stone</p>'), {url: URL})
    expect(article.image).toEqual({src: 'https://news.example.org/img/a.jpg', alt: 'Boats'})
  })

  it('should use an image’s title as its caption when nothing else captions it, split at a bar', () => {
    const [titled, same] = figuresOf(
      '<div><img src="/img/a.jpg" alt="A harbour" title="The harbour at low tide | Max Ruh/Getty Images"></div>' +
        '<div><img src="/img/b.jpg" alt="A boat in the harbour" title="A boat in the harbour"></div>'
    )
    expect(titled).toMatchObject({caption: 'The harbour at low tide', credit: 'Max Ruh/Getty Images'})
    // A title that repeats the alt text is not a caption.
    expect(same?.caption).toBeUndefined()
  })

  it('should take a labelled credit from an image’s title when its caption has none, and nothing else from it', () => {
    const [labelled, unlabelled] = figuresOf(
      '<figure><img src="/img/a.jpg" alt="Firefighters" title="Firefighters protest in Essen | Bildquelle: Ida Park / Agency"><figcaption>“Sixty stays sixty”: firefighters protest</figcaption></figure>' +
        '<figure><img src="/img/b.jpg" alt="Boats" title="Boats in the harbour | Harbour Gazette"><figcaption>Boats at the pier on Monday</figcaption></figure>'
    )
    expect(labelled).toMatchObject({caption: '“Sixty stays sixty”: firefighters protest', credit: 'Ida Park / Agency'})
    // Without a credit label, a part of the title is no credit (a site name, a second caption).
    expect(unlabelled).toMatchObject({caption: 'Boats at the pier on Monday'})
    expect(unlabelled?.credit).toBeUndefined()
  })

  it('should read a caption hidden from screen readers only (aria-hidden), credit and all', () => {
    const [figure] = figuresOf('<figure><img src="/img/a.jpg" alt="The mayor at the pier"><figcaption aria-hidden="true">The mayor at the pier on Monday. <span class="credit" aria-hidden="true">IDA PARK / AGENCY</span></figcaption></figure>')
    expect(figure).toMatchObject({caption: 'The mayor at the pier on Monday.', credit: 'IDA PARK / AGENCY'})
    // Elsewhere, aria-hidden text (an icon's label, a duplicate) stays out.
    const article = parse(page('<p aria-hidden="true">Share this story</p>'), {url: URL})
    expect(toPlainText(article)).not.toContain('Share this story')
  })

  it('should take the caption and credit an image keeps in data attributes for its lightbox, when the markup shows none', () => {
    const [figure, shown] = figuresOf(
      '<div class="image"><img src="/img/a.jpg" alt="Prayers" data-caption="Evening prayers in the old church" data-credit="Ida Park/Agency"></div>' +
        '<figure><img src="/img/b.jpg" alt="Boats" data-caption="A lightbox text"><figcaption>Boats at the pier on Monday</figcaption></figure>'
    )
    expect(figure).toMatchObject({caption: 'Evening prayers in the old church', credit: 'Ida Park/Agency'})
    // A caption the page shows wins over the lightbox's.
    expect(shown).toMatchObject({caption: 'Boats at the pier on Monday'})
  })

  it('should look into a credit-classed wrapper of the caption and the credit', () => {
    const [figure] = figuresOf('<figure><img src="/img/a.jpg" alt="Boats"><div class="credit-caption"><span class="caption-text">Boats at the pier on Monday.</span> <span class="credit">Ida Park/Agency</span></div></figure>')
    expect(figure).toMatchObject({caption: 'Boats at the pier on Monday.', credit: 'Ida Park/Agency'})
  })

  it('should not take the title of a teaser card’s image as a caption', () => {
    const prose = PROSE.map((text) => `<p>${text}</p>`).join('')
    const article = parse(
      page(
        `${prose}<div class="teaser"><div class="teaser-image"><img src="/img/ferry.jpg" alt="The ferry" title="The ferry at the pier | Ida Park/Getty Images"></div><h3><a href="/2025/04/ferry-timetable">New ferry timetable</a></h3></div>${prose}`
      ),
      {url: URL}
    )
    // The card (a `teaser` holding a heading that links away) now goes as boilerplate with its image; whatever is read, the title captions nothing.
    expect(figures(article).map((figure) => figure.caption).filter(Boolean)).toEqual([])
    expect(JSON.stringify(article)).not.toContain('The ferry at the pier')
  })

  it('should take a bar before a caption’s labelled credit with the credit', () => {
    const [figure] = figuresOf('<figure><img src="/img/a.jpg" alt="A"><figcaption>Firefighters at a drill | Bildquelle: Nils Berg</figcaption></figure>')
    expect(figure).toMatchObject({caption: 'Firefighters at a drill', credit: 'Nils Berg'})
  })

  it('should not read an author’s box (a figure with an <address>) as a photo with a caption', () => {
    const article = parse(page('<figure class="byline"><img src="/people/rhea.jpg" alt=""><figcaption><address>Von Rhea Stone, Redakteurin</address></figcaption></figure>'), {url: URL})
    expect([article.image, ...figures(article)].some((figure) => figure?.caption?.includes('Rhea'))).toBe(false)
  })

  it('should read a figure whose image did not load as a figure with its caption', () => {
    const article = parse(page('<figure><div class="placeholder"></div><figcaption>Sails at the regatta. Foto: Nils Berg</figcaption></figure>'), {url: URL})
    // Without a source it is no lead image: it stays in the body.
    expect(article.image).toBeUndefined()
    expect(figures(article)[0]).toMatchObject({media: 'image', caption: 'Sails at the regatta.', credit: 'Nils Berg'})
    expect(toPlainText(article)).not.toContain('Sails')
  })
})

describe('media sources', () => {
  it('should pick the largest rendition of a srcset or picture, and the declared size', () => {
    expect(pickFromSrcset('/a-480.jpg 480w, /a-1600.jpg 1600w, /a-800.jpg 800w')).toBe('/a-1600.jpg')
    expect(pickFromSrcset('/a.jpg 1x,/a@2x.jpg 2x')).toBe('/a@2x.jpg')
    expect(readSrcset('data:,1w, /img/c_crop,x_0/a.jpg 900w')).toEqual([{url: '/img/c_crop,x_0/a.jpg', size: 900, width: 900}])
    const [figure] = figuresOf(
      '<figure><picture><source type="image/webp" srcset="/img/a-640.webp 640w, /img/a-1920.webp 1920w"><img src="/img/a.jpg" width="960" height="640" alt="Tall ships"></picture><figcaption>Tall ships in the bay.</figcaption></figure>'
    )
    expect(figure?.src).toBe('https://news.example.org/img/a-1920.webp')
  })

  it('should read a lazy image’s real source: data attributes, then its <noscript> copy', () => {
    const [lazy, noscript] = figuresOf(
      '<figure><img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/lazy.jpg" alt="Lazy"><figcaption>A lazy image of the quay.</figcaption></figure>' +
        '<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Nets"><noscript><img src="/img/nets.jpg?w=800&amp;q=80" alt="Nets"></noscript><figcaption>Nets drying on the quay.</figcaption></figure>'
    )
    expect(lazy?.src).toBe('https://news.example.org/img/lazy.jpg')
    expect(noscript).toMatchObject({src: 'https://news.example.org/img/nets.jpg?w=800&q=80', caption: 'Nets drying on the quay.'})
  })

  it('should leave out logos, icons, avatars and tracking pixels', () => {
    const found = figuresOf(
      '<img src="https://stats.example.net/p.gif" width="1" height="1" alt="">' +
        '<img src="/icons/share-facebook.png" alt="Share">' +
        '<div class="author"><img src="/people/rhea.jpg" width="96" height="96" alt="Rhea Stone"><span>By Rhea Stone</span></div>' +
        '<img class="brand-logo" src="/static/partner.png" alt="Partner">' +
        '<figure><img src="/img/harbour.jpg" alt="The harbour"><figcaption>The harbour from the hill.</figcaption></figure>'
    )
    expect(found.map((figure) => figure.src)).toEqual(['https://news.example.org/img/harbour.jpg'])
  })

  it('should take a logo glued to its owner\'s name in a path, and a default user\'s picture, for junk, not a word that only ends alike', () => {
    expect(hasJunkWord('/bilder/intern/shoplogo/valleylogo-bw-440.png', true)).toBe(true)
    expect(hasJunkWord('/assets/img/common/default_user.png', true)).toBe(true)
    expect(hasJunkWord('/photos/silicon-valley-user-group.jpg', true)).toBe(false)
    // An icon glued to what it shows, and any image of a CMS plugin's folder; not a word that ends in "icon".
    expect(hasJunkWord('/static/img/playicon.png', true)).toBe(true)
    expect(hasJunkWord('/wp-content/plugins/featured-video/img/overlay.png', true)).toBe(true)
    expect(hasJunkWord('/wp-content/uploads/2024/05/silicon-lexicon-cover.jpg', true)).toBe(false)
    expect(hasJunkWord('/wp-content/uploads/2024/05/iconic-harbour.jpg', true)).toBe(false)
    const page = '<!doctype html><html><head><meta property="og:image" content="https://shop.valley.example/intern/shoplogo/valleylogo-440.png"></head><body><main><h1>Harbour quay reopens</h1><p>The harbour board met on Tuesday and agreed that the works would go ahead before the winter storms came.</p><p>The harbour board met again on Friday and agreed that the quay would reopen before the summer season.</p></main></body></html>'
    expect(parse(page, {format: 'html', url: 'https://news.valley.example/quay'}).image).toBeUndefined()
  })

  it('should take a camel-cased tracker, a button drawn as an image, an advertisement folder and an .ico file for junk, not a slug that says so', () => {
    expect(hasJunkWord('https://static.valley.example/img/renderTimingPixel.png', true)).toBe(true)
    expect(hasJunkWord('/wp-content/uploads/2014/10/Share_Button.jpg', true)).toBe(true)
    expect(hasJunkWord('/public/uploads/advertisement/thumbnail/3f9a.jpg', true)).toBe(true)
    expect(hasJunkWord('/favicons/site@2x.ico', true)).toBe(true)
    // An article's slug may name anything: its photo is no advertisement and no button.
    expect(hasJunkWord('/posts/2026-01-05-less-advertisement-more-speed/harbour-720.png', true)).toBe(false)
    expect(hasJunkWord('/2026/01/the-red-button-vote/harbour.jpg', true)).toBe(false)
    const page = '<!doctype html><html><head><meta property="og:image" content="https://valley.example/uploads/Facebook_Button.jpg"></head><body><main><h1>Harbour quay reopens</h1><p>The harbour board met on Tuesday and agreed that the works would go ahead before the winter storms came.</p><p>The harbour board met again on Friday and agreed that the quay would reopen before the summer season.</p></main></body></html>'
    expect(parse(page, {format: 'html', url: 'https://valley.example/quay'}).image).toBeUndefined()
  })

  it('should drop a thumbnail that links to another story, but keep an image that links to itself', () => {
    const {article, messages} = parseWithMessages(
      page(
        '<div class="teaser"><a href="/2025/04/regatta-preview"><img src="/img/regatta-thumb.jpg" alt="Regatta"></a></div>' +
          '<figure><a href="/img/quay-large.jpg"><img src="/img/quay.jpg" alt="Quay"></a><figcaption>The quay before the parade.</figcaption></figure>'
      ),
      {url: URL}
    )
    expect(article.image?.caption).toBe('The quay before the parade.')
    expect(figures(article)).toEqual([])
    expect(messages.some((message) => message.ruleId === 'thumbnail-dropped')).toBe(true)
  })

  it('should tell renditions of one picture apart from other pictures', () => {
    const keys = (url: string) => imageKeys(url)
    expect(sameImage(keys('https://cdn.example.net/2025/05/harbour-1200x800.jpg'), keys('https://cdn.example.net/2025/05/harbour-640x480.jpg?q=80'))).toBe(true)
    expect(sameImage(keys('https://img.example.net/c_fill,w_300/f9a1c2d3e4/a.jpg'), keys('https://img.example.net/w_1600/f9a1c2d3e4/a.jpg'))).toBe(true)
    expect(sameImage(keys('https://cdn.example.net/2025/05/harbour.jpg'), keys('https://cdn.example.net/2025/05/regatta.jpg'))).toBe(false)
  })

  it('should keep a figure inside an overlay named as a lightbox', () => {
    const [figure] = figuresOf('<div class="ui-modal"><figure><img src="/img/a.jpg" alt="A"><figcaption>The parade at noon. <span class="credit">Uma Fitz</span></figcaption></figure></div>')
    expect(figure).toMatchObject({caption: 'The parade at noon.', credit: 'Uma Fitz'})
  })
})

describe('lead image', () => {
  const og = (src: string, extra = '') => `<meta property="og:image" content="${src}">${extra}`

  it('should take the figure at the top that is the og:image, at its largest rendition, and not repeat it in the body', () => {
    const {article, messages} = parseWithMessages(
      page(
        '<figure><img src="/img/parade-640x427.jpg" srcset="/img/parade-640x427.jpg 640w, /img/parade-1600x1067.jpg 1600w" alt="Boats in the parade"><figcaption>Boats in the parade. <span class="credit">Ann Lee/Coastline Pictures</span></figcaption></figure>' +
          '<figure><img src="/img/stalls.jpg" alt="Stalls"><figcaption>Stalls on the quay.</figcaption></figure>',
        og('https://cdn.example.org/img/parade-1200x630.jpg')
      ),
      {url: URL}
    )
    expect(article.image).toEqual({src: 'https://news.example.org/img/parade-1600x1067.jpg', alt: 'Boats in the parade', caption: 'Boats in the parade.', credit: 'Ann Lee/Coastline Pictures', width: 1600})
    expect(figures(article).map((figure) => figure.caption)).toEqual(['Stalls on the quay.'])
    expect(messages.find((message) => message.ruleId === 'lead-image-found')?.reason).toContain('og:image')
  })

  it('should take the first figure at the top when the page declares no image', () => {
    const article = parse(page('<figure><img src="/img/pier.jpg" width="1200" height="800" alt="The pier"><figcaption>The pier at dawn.</figcaption></figure>'), {url: URL})
    expect(article.image).toEqual({src: 'https://news.example.org/img/pier.jpg', alt: 'The pier', caption: 'The pier at dawn.', width: 1200, height: 800})
    expect(figures(article)).toEqual([])
  })

  it('should take the og:image, with its size and alt text, when the page does not show it', () => {
    const article = parse(
      page('', og('/share/harbour-festival.jpg', '<meta property="og:image:width" content="1200"><meta property="og:image:height" content="630"><meta property="og:image:alt" content="Boats in the harbour">')),
      {url: URL}
    )
    expect(article.image).toEqual({src: 'https://news.example.org/share/harbour-festival.jpg', alt: 'Boats in the harbour', width: 1200, height: 630})
  })

  it('should read the JSON-LD image, an ImageObject by reference, with its caption and credit', () => {
    const jsonLd = {
      '@context': 'https://schema.org',
      '@graph': [
        {'@type': 'NewsArticle', headline: 'Harbour festival draws record crowds', image: {'@id': 'https://news.example.org/#primaryimage'}},
        {'@type': 'ImageObject', '@id': 'https://news.example.org/#primaryimage', url: 'https://news.example.org/img/lighthouse.jpg', width: 1600, height: 900, caption: 'The lighthouse at the harbour mouth', creditText: 'Ola Sand'}
      ]
    }
    const article = parse(page('', `<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>${og('/img/other.jpg')}`), {url: URL})
    expect(article.image).toEqual({src: 'https://news.example.org/img/lighthouse.jpg', caption: 'The lighthouse at the harbour mouth', credit: 'Ola Sand', width: 1600, height: 900})
  })

  it('should find the og:image above the headline, outside the main content, with its caption and credit', () => {
    const html = page('', og('https://news.example.org/img/crowd-1200.jpg')).replace(
      '<main>',
      '<div class="hero"><figure><img src="/img/crowd-800.jpg" srcset="/img/crowd-800.jpg 800w, /img/crowd-1200.jpg 1200w" alt="The crowd"><figcaption>The crowd on the seafront. Foto: Per Holm</figcaption></figure></div><main>'
    )
    expect(parse(html, {url: URL}).image).toMatchObject({src: 'https://news.example.org/img/crowd-1200.jpg', caption: 'The crowd on the seafront.', credit: 'Per Holm'})
  })

  it('should take a declared image shown further down the body, which stays in the body when it is not the first figure', () => {
    const prose = PROSE.map((text) => `<p>${text}</p>`).join('')
    const article = parse(
      page(
        `${prose}<figure><img src="/img/chart.png" alt="Chart"><figcaption>Visitors by year.</figcaption></figure>${prose}<figure><img src="/img/fireworks.jpg" alt="Fireworks"><figcaption>Fireworks over the bay.</figcaption></figure>`,
        og('https://news.example.org/img/fireworks.jpg')
      ),
      {url: URL}
    )
    expect(article.image).toMatchObject({src: 'https://news.example.org/img/fireworks.jpg', caption: 'Fireworks over the bay.'})
    expect(figures(article).map((figure) => figure.caption)).toEqual(['Visitors by year.', 'Fireworks over the bay.'])
  })

  it('should read a size that is only an aspect ratio as no size, and a placeholder beside a lazy source as no picture', () => {
    const ratio = parse(page('<figure><img width="16" height="9" src="/img/parade-780x438.jpg" alt="The parade"></figure>', og('https://news.example.org/img/parade-780x438.jpg')), {url: URL})
    expect(ratio.image).toMatchObject({src: 'https://news.example.org/img/parade-780x438.jpg'})
    expect(ratio.image?.width).not.toBe(16)
    const lazy = parse(page('<div class="article-image"><img class="lazyload" src="/img/placeholders/placeholder_1000x750.jpg" data-src="/img/parade.jpg" alt="The parade"></div>', og('https://news.example.org/img/parade.jpg')), {url: URL})
    expect(lazy.image).toMatchObject({src: 'https://news.example.org/img/parade.jpg'})
    // A pixel is still a pixel.
    expect(parse(page('<figure><img width="1" height="1" src="/img/parade.gif"></figure>', og('https://news.example.org/img/parade.gif')), {url: URL}).image?.src).toBeUndefined()
  })

  it('should split a credit element that holds the caption\'s sentences before the credit, and decode a JSON-LD caption escaped twice', () => {
    const credits = '<div class="article-image"><img src="/img/parade.jpg" alt="The parade"><span class="visuel-credits"><p>The parade of boats on Saturday. It stretched from the lighthouse to the market.</p><div><span>Per Holm / Nordpix / AFP</span></div></span></div>'
    expect(parse(page(credits, og('https://news.example.org/img/parade.jpg')), {url: URL}).image).toMatchObject({caption: 'The parade of boats on Saturday. It stretched from the lighthouse to the market.', credit: 'Per Holm / Nordpix / AFP'})
    const jsonLd = `<script type="application/ld+json">${JSON.stringify({'@type': 'NewsArticle', headline: 'Harbour festival draws record crowds', image: {'@type': 'ImageObject', url: 'https://news.example.org/img/parade.jpg', caption: 'The parade&nbsp;of boats on the quay'}})}</script>`
    expect(parse(page('', jsonLd), {url: URL}).image?.caption).toBe('The parade of boats on the quay')
  })

  it('should match an image proxy’s URL to the picture it serves', () => {
    const article = parse(
      page(
        '<figure><img src="/img/quay-960.jpg" alt="Quay"><figcaption>The quay at noon.</figcaption></figure>',
        og('https://proxy.example.net/resize?w=1200&image=https%3A%2F%2Fnews.example.org%2Fimg%2Fquay-960.jpg')
      ),
      {url: URL}
    )
    expect(article.image).toMatchObject({src: 'https://news.example.org/img/quay-960.jpg', caption: 'The quay at noon.'})
  })

  it('should never take a logo, an avatar, a tracking pixel or a teaser’s thumbnail', () => {
    const article = parse(
      page(
        '<img src="https://stats.example.net/p.gif" width="1" height="1" alt="">' +
          '<div class="byline"><img src="/people/rhea.jpg" width="64" height="64" alt="Rhea Stone"> By Rhea Stone</div>' +
          '<div class="teaser"><a href="/2025/04/regatta-preview"><img src="/img/regatta-thumb.jpg" alt="Regatta"></a></div>',
        // The site's logo, declared for sharing and shown in the header as a logo.
        og('https://news.example.org/static/site-logo.png')
      ),
      {url: URL}
    )
    expect(article.image).toBeUndefined()
  })

  it('should not take a declared image that the page shows as its logo', () => {
    const html = page('', og('/static/brand-mark.png')).replace('<nav>', '<a href="/" class="masthead-logo"><img src="/static/brand-mark.png" alt="Gazette"></a><nav>')
    expect(parse(html, {url: URL}).image).toBeUndefined()
  })

  it('should leave out a default sharing card and an SVG', () => {
    for (const src of ['/static/default-og.png', '/assets/share_image_default.jpg', '/images/og/fb_landscape_share.png', '/img/brand.svg']) {
      expect(parse(page('', og(src)), {url: URL}).image).toBeUndefined()
    }
    // A rendition named "default" is a photo.
    expect(parse(page('', og('/clip/f9575e06_aspect-ratio_default_0.jpg')), {url: URL}).image?.src).toBe('https://news.example.org/clip/f9575e06_aspect-ratio_default_0.jpg')
  })

  it('should give scraped text no lead image', () => {
    expect(parse('Harbour festival draws record crowds\n\nThe harbour festival opened on Saturday. Photograph: Ann Lee/Reuters', {format: 'text'}).image).toBeUndefined()
  })
})

describe('a caption repeated by a lightbox', () => {
  it('should keep a figure\'s caption once when a copy of it follows the figure, and keep a standfirst above it that the caption repeats', () => {
    const text = '<p>The harbour board met on Tuesday and agreed that the works would go ahead before the winter storms, its chair said.</p>'.repeat(3)
    const figure = '<figure><img src="https://example.test/pier.jpg"><figcaption>The old pier at dusk</figcaption></figure>'
    const lightbox = '<div class="modal-aside"><figcaption>The old pier at dusk</figcaption></div>'
    const copied = parse(`<html><body><article><h1>Harbour works approved</h1>${figure}${text}${lightbox}${text}</article></body></html>`, {format: 'html'})
    expect(toPlainText(copied)).not.toContain('The old pier at dusk')
    const figures = [copied.image, ...copied.body.filter((block) => block.type === 'figure')].filter((figure) => figure?.caption === 'The old pier at dusk')
    expect(figures).toHaveLength(1)
    // Above the photo, the caption's words are the page's own (a standfirst the photo repeats).
    const hook = '<div class="hook">The board agreed on a plan for the winter storms.</div>'
    const lead = '<figure><img src="https://example.test/pier.jpg"><figcaption>The board agreed on a plan for the winter storms.</figcaption></figure>'
    const kept = parse(`<html><body><article><h1>Harbour works approved</h1>${hook}${lead}${text}</article></body></html>`, {format: 'html'})
    expect([kept.standfirst, toPlainText(kept)].join(' ')).toContain('The board agreed on a plan for the winter storms.')
  })
})
