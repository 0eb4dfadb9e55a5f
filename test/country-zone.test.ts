/**
 * Times a page writes without a zone, on a page that gives none, read in
 * the zone of the page's country: from its address or its language tag,
 * and only where that country keeps one offset on the day.
 */
import {describe, expect, it} from 'vitest'
import {parse, parseWithMessages} from '../src/index.js'
import {countryZone, pageCountry} from '../src/util/country-zone.js'

describe('pageCountry', () => {
  it('should read a country-code domain, also under a second level', () => {
    expect(pageCountry('https://www.example.de/a', undefined)?.region).toBe('DE')
    expect(pageCountry('https://news.example.co.jp/a', 'en')?.region).toBe('JP')
    expect(pageCountry('https://www.example.co.uk/a', undefined)?.region).toBe('GB')
  })

  it('should not take a generic-sold domain or a generic one for a country', () => {
    expect(pageCountry('https://startup.io/post', undefined)).toBeUndefined()
    expect(pageCountry('https://example.tv/show', undefined)).toBeUndefined()
    expect(pageCountry('https://example.com/a', undefined)).toBeUndefined()
  })

  it('should fall back on the region of the language tag, never on a bare language', () => {
    expect(pageCountry('https://example.com/a', 'de-AT')?.region).toBe('AT')
    expect(pageCountry(undefined, 'es_CO')?.region).toBe('CO')
    expect(pageCountry('https://example.com/a', 'de')).toBeUndefined()
    expect(pageCountry('not a url', undefined)).toBeUndefined()
  })
})

describe('countryZone', () => {
  it('should give the zone of a country of one offset', () => {
    expect(countryZone('AT', '2024-05-03')).toBe('Europe/Vienna')
    expect(countryZone('JP', '2025-01-13')).toBe('Asia/Tokyo')
    // Two zones, one offset all year.
    expect(countryZone('DE', '2024-07-01')).toBe('Europe/Berlin')
  })

  it('should give nothing for a country of several offsets, or an unknown region', () => {
    expect(countryZone('US', '2024-07-01')).toBeUndefined()
    expect(countryZone('ES', '2024-07-01')).toBeUndefined()
    expect(countryZone('ZZ', '2024-07-01')).toBeUndefined()
    expect(countryZone('DE', 'not a day')).toBeUndefined()
  })

  it('should give the same answer when asked again (from its cache)', () => {
    for (let round = 0; round < 2; round++) {
      expect(countryZone('AT', '2024-05-03')).toBe('Europe/Vienna')
      expect(countryZone('US', '2024-07-01')).toBeUndefined()
      expect(countryZone('DE', 'not a day')).toBeUndefined()
    }
  })
})

/** A page with a visible dateline and no machine time. */
const page = (dateline: string, lang = 'de', head = '') =>
  `<!doctype html><html lang="${lang}"><head><title>Seite</title>${head}</head><body><article><header><h1>Der Rat prüft den Brückenplan</h1><p class="date">${dateline}</p></header><p>Der Kreisrat teilte am Donnerstag mit, dass der Brückenplan vor Ende des Jahres von einem unabhängigen Gremium geprüft werde, nachdem sich Anwohner über die Verzögerungen beschwert hatten.</p><p>Die Arbeiten an den Zufahrtsstraßen ruhen seit März, und die Baufirma hat nicht gesagt, wann sie wieder beginnen.</p></article></body></html>`

describe('zoneless times on a page', () => {
  it('should read a dateline without a zone in the zone of the site’s country, and say so', () => {
    const {article, messages} = parseWithMessages(page('26.04.2024, 20:44 Uhr'), {format: 'html', url: 'https://www.zeitung.example.de/politik/1'})
    expect(article.published).toMatchObject({date: '2024-04-26', time: '20:44', timeZone: 'Europe/Berlin', iso: '2024-04-26T20:44:00+02:00'})
    expect(messages.find((message) => message.ruleId === 'zone-inferred')?.reason).toMatch(/Europe\/Berlin.*\(\.de\)/)
  })

  it('should use the winter offset in winter, and the language tag when the address says nothing', () => {
    const article = parse(page('5. November 2021, 10:39 Uhr', 'de-AT'), {format: 'html', url: 'https://zeitung.example.com/a'})
    expect(article.published?.iso).toBe('2021-11-05T10:39:00+01:00')
  })

  it('should leave the time unresolved in a country of several offsets', () => {
    const article = parse(page('26.04.2024, 20:44', 'en-US'), {format: 'html', url: 'https://paper.example.com/a'})
    expect(article.published).toMatchObject({date: '2024-04-26', time: '20:44'})
    expect(article.published?.iso).toBeUndefined()
  })

  it('should let the options and the page’s own offsets win over the country', () => {
    const url = 'https://www.zeitung.example.de/politik/1'
    expect(parse(page('26.04.2024, 20:44 Uhr'), {format: 'html', url, timeZone: 'Europe/London'}).published?.iso).toBe('2024-04-26T20:44:00+01:00')
    const withOffset = '<meta property="article:modified_time" content="2024-04-26T22:10:00+03:00">'
    expect(parse(page('26.04.2024, 20:44 Uhr', 'de', withOffset), {format: 'html', url}).published?.iso).toBe('2024-04-26T20:44:00+03:00')
  })

  it('should take, of two sources that write one wall clock, the one with the offset of the site’s country that day, and say so', () => {
    const head = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour works to start","datePublished":"2014-05-14T15:40:14+00:00"}</script><meta property="article:published_time" content="2014-05-14T15:40:14+02:00">'
    const {article, messages} = parseWithMessages(page('14. Mai 2014', 'de', head), {format: 'html', url: 'https://www.zeitung.example.de/politik/1'})
    expect(article.published?.iso).toBe('2014-05-14T15:40:14+02:00')
    expect(messages.find((message) => message.ruleId === 'instant-chosen')?.reason).toMatch(/offset of the site's country/)
    // Where the page names no country, or the other offset is not the country's, the most trusted source stays.
    expect(parse(page('14. Mai 2014', 'de', head), {format: 'html', url: 'https://zeitung.example.com/a'}).published?.iso).toBe('2014-05-14T15:40:14+00:00')
    const other = head.replace('+02:00">', '-05:00">')
    expect(parse(page('14. Mai 2014', 'de', other), {format: 'html', url: 'https://www.zeitung.example.de/politik/1'}).published?.iso).toBe('2014-05-14T15:40:14+00:00')
    // A third source that gives the UTC instant on the local clock confirms it: the country's offset was the wrong label.
    const confirmed = head + '<meta itemprop="datePublished" content="2014-05-14T17:40:14+02:00">'
    expect(parse(page('14. Mai 2014', 'de', confirmed), {format: 'html', url: 'https://www.zeitung.example.de/politik/1'}).published?.iso).toBe('2014-05-14T15:40:14+00:00')
  })
})
