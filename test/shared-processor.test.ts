/**
 * The processor is built once per format, profile and use of positions and
 * shared between parses (`sharedProcessor` in `pipeline.ts`): each parse
 * must still read its own options (`settingsOf`), whatever the parse
 * before it was given.
 */
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'

/** A page with a dateline that has no zone, and an address. */
const page = `<!doctype html><html lang="en"><head><title>Council reviews the bridge plan</title></head><body><article><h1>Council reviews the bridge plan</h1><p class="date">April 26, 2024 8:44 pm</p><p>The county council said on Thursday that the bridge plan would be reviewed by an independent panel before the end of the year, after residents complained about the delays.</p><p>Work on the access roads has stopped since March, and the builder has not said when it will start again.</p></article></body></html>`

describe('shared processor', () => {
  it('should read each parse’s own address, zone and day, in turn', () => {
    for (let round = 0; round < 2; round++) {
      const first = parse(page, {format: 'html', url: 'https://a.example.com/news/1', timeZone: 'Europe/London'})
      const second = parse(page, {format: 'html', url: 'https://b.example.com/news/2', timeZone: 'America/New_York'})
      const bare = parse(page, {format: 'html'})
      expect(first.url).toBe('https://a.example.com/news/1')
      expect(second.url).toBe('https://b.example.com/news/2')
      expect(bare.url).toBeUndefined()
      expect(first.published?.iso).toBe('2024-04-26T20:44:00+01:00')
      expect(second.published?.iso).toBe('2024-04-26T20:44:00-04:00')
      expect(bare.published?.iso).toBeUndefined()
    }
  })

  it('should read each scraped text’s own address', () => {
    const text = 'Council reviews the bridge plan\n\nThe county council said on Thursday that the bridge plan would be reviewed by an independent panel before the end of the year.'
    expect(parse(text, {format: 'text', url: 'https://a.example.com/news/1'}).url).toBe('https://a.example.com/news/1')
    expect(parse(text, {format: 'text', url: 'https://b.example.com/news/2'}).url).toBe('https://b.example.com/news/2')
    expect(parse(text, {format: 'text'}).url).toBeUndefined()
  })
})
