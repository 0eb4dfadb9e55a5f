/** Invalid options throw a `StandfirstError` naming the option and what was expected. */
import {describe, expect, it} from 'vitest'
import {parse, StandfirstError} from '../src/index.js'

/** The error `parse` throws for some options. */
function errorFor(options: unknown): StandfirstError {
  try {
    parse('text', options as never)
  } catch (error) {
    return error as StandfirstError
  }
  throw new Error('expected a throw')
}

describe('options', () => {
  it('should name the option and what was expected', () => {
    const cases: Array<[unknown, string, RegExp]> = [
      [{format: 'pdf'}, 'format', /options\.format.+'auto', 'html', 'text'.+"pdf"/],
      [{date: '2024-02-30'}, 'date', /options\.date.+YYYY-MM-DD/],
      [{timeZone: 'Mars/Olympus'}, 'timeZone', /options\.timeZone.+IANA/],
      [{url: 'not a url'}, 'url', /options\.url.+absolute URL/],
      [{colour: 'red'}, 'colour', /Unknown option `colour`/],
      [{maxInputBytes: -1}, 'maxInputBytes', /options\.maxInputBytes.+positive integer/]
    ]
    for (const [options, option, message] of cases) {
      const error = errorFor(options)
      expect(error).toBeInstanceOf(StandfirstError)
      expect(error.code).toBe('invalid-option')
      expect(error.option).toBe(option)
      expect(error.message).toMatch(message)
    }
  })

  it('should reject options that are not an object', () => {
    expect(errorFor('text')).toMatchObject({code: 'invalid-options'})
    expect(errorFor([1])).toMatchObject({code: 'invalid-options'})
  })

  it('should accept no options, and apply valid ones', () => {
    expect(parse('A headline and nothing else', undefined).title).toBe('A headline and nothing else')
    const blog = [
      'Storm live: latest updates',
      '15:46',
      'Trains between the two cities have been cancelled for the rest of the day, the operator said.',
      '14:20',
      'Schools in the west will close early because of the high winds, the council said.'
    ].join('\n\n')
    const article = parse(blog, {format: 'text', date: '2024-02-29', timeZone: 'Europe/London'})
    // Time-only stamps take the day and zone given (London is on GMT in February).
    expect(article.posts.map((post) => post.published?.iso)).toEqual(['2024-02-29T15:46:00+00:00', '2024-02-29T14:20:00+00:00'])
    // Without them, a stamp keeps only its time: no day, zone or instant is made up.
    expect(parse(blog).posts.map((post) => post.published)).toEqual([
      {text: '15:46', time: '15:46'},
      {text: '14:20', time: '14:20'}
    ])
    // `format: 'text'` reads markup as text; `html` reads it as markup.
    const markup = '<p>One paragraph of text here.</p><p>Another paragraph.</p><p>A third.</p>'
    expect(parse(markup, {format: 'text'}).title).toBe(markup)
    const page = parse(markup, {format: 'html', url: 'https://example.com/a'})
    expect(page.body).toEqual([
      {type: 'paragraph', text: 'One paragraph of text here.'},
      {type: 'paragraph', text: 'Another paragraph.'},
      {type: 'paragraph', text: 'A third.'}
    ])
    expect(page.url).toBe('https://example.com/a')
  })

  it('should accept internationalised host names and resolve links against them', () => {
    const article = parse('<article><h1>Segeln am See</h1><figure><img src="/bild.jpg"></figure><p>Ein Absatz.</p></article>', {
      format: 'html',
      url: 'https://seglerblog.stössensee.de/2020/artikel/'
    })
    expect(article.url).toBe('https://seglerblog.stössensee.de/2020/artikel/')
    // The only figure, at the top, is the lead image.
    expect(article.image).toMatchObject({src: new URL('/bild.jpg', 'https://seglerblog.stössensee.de/').href})
    expect(() => parse('x', {url: '/relative/path'})).toThrow(/options\.url.+absolute URL/)
  })

  it('should keep a web address as the Article’s url in scraped text too, and never a script URL', () => {
    const text = 'Council votes to keep the library open\n\nThe council voted on Tuesday to keep the central library open until ten.'
    expect(parse(text, {format: 'text', url: 'https://example.com/news/1'}).url).toBe('https://example.com/news/1')
    expect(parse(text, {format: 'text', url: 'javascript:alert(1)'}).url).toBeUndefined()
  })
})
