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

  it('should accept no options, and valid ones', () => {
    expect(() => parse('x', undefined)).not.toThrow()
    expect(() => parse('x', {format: 'text', date: '2024-02-29', timeZone: 'Europe/London', url: 'https://example.com/a'})).not.toThrow()
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
})
