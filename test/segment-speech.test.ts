/**
 * `segmentSpeech`: every word kept, segments capped, cuts at hand-overs,
 * sentence ends and discourse markers before the word count. Inputs are
 * written here (and the video seed for the properties).
 */
import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {countSpeechWords, segmentSpeech} from '../src/util/segment-speech.js'
import {SPEECH_PHRASES} from '../src/util/speech-phrases.js'

/** The video seed's transcript line. */
const seed = readFileSync(new URL('../fixtures/bbc/2024-06-19-video-transcript/input.txt', import.meta.url), 'utf8').split(/\r?\n/)[2]!

/** Whitespace-fold a text, as the segments' join must give it back. */
const fold = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Texts of the segments. */
const texts = (text: string, maxWords?: number) => segmentSpeech(text, {maxWords}).map((segment) => segment.text)

/** A presenter, a guest and a reporter on a flood, as auto-captions give it. */
const flood =
  'good evening the river burst its banks early this morning and hundreds of homes in the valley are under water tonight ' +
  'emergency crews have been working through the day to move families to higher ground and the rain is expected to continue ' +
  'until the weekend with more warnings issued for the towns downstream the council says schools will stay closed tomorrow ' +
  'now we can speak to Maria Okafor from the regional flood agency who joins me live from Riverton ' +
  'um how bad is it there at the moment well it is the worst we have seen in twenty years the water came up much faster ' +
  'than the models told us and the defences that were built after the last flood held in most places but not all of them ' +
  'and so we are asking people to stay away from the river and to follow the advice of the crews on the ground ' +
  'okay Maria thank you very much for joining us ' +
  "well let's take a broader look at what this means for the farms in the valley " +
  'our rural affairs reporter has been out with farmers who lost their harvest they told him the insurance will not cover it ' +
  "that's Tom Hale there with the farmers in the valley"

describe('segmentSpeech', () => {
  it('should keep every word: the segments joined give back the text (seed)', () => {
    expect(texts(seed).join(' ')).toBe(fold(seed))
  })

  it('should cap every segment at 60 words (seed)', () => {
    const counts = texts(seed).map(countSpeechWords)
    expect(Math.max(...counts)).toBeLessThanOrEqual(60)
    // Balanced, not cut at the cap: the mean stays well under it.
    expect(counts.reduce((a, b) => a + b, 0) / counts.length).toBeLessThan(50)
  })

  it('should cut at hand-overs between speakers', () => {
    const segments = texts(flood)
    expect(segments.join(' ')).toBe(fold(flood))
    expect(segments).toContain('okay Maria thank you very much for joining us')
    expect(segments.some((text) => text.startsWith('now we can speak to Maria Okafor'))).toBe(true)
    // The introduction ends at the place the guest joins from.
    expect(segments.some((text) => text.endsWith('who joins me live from Riverton'))).toBe(true)
    // The lead particle goes with the new turn.
    expect(segments.some((text) => text.startsWith("well let's take a broader look"))).toBe(true)
    expect(segments.at(-1)).toBe("that's Tom Hale there with the farmers in the valley")
  })

  it('should cut an over-long stretch at a discourse marker before the word count', () => {
    const stretch =
      'the committee met for most of the afternoon to go through the proposals line by line and many members raised concerns about the cost ' +
      'meanwhile outside the building a crowd of residents gathered to call for the plan to be dropped and they stayed there until the evening'
    const segments = texts(stretch, 40)
    expect(segments).toHaveLength(2)
    expect(segments[1]!.startsWith('meanwhile outside the building')).toBe(true)
  })

  it('should not cut inside a phrase a marker word belongs to ("right now", "as well")', () => {
    const stretch =
      'the talks are going on right now in the capital and the ministers say they are close to a deal on the border as well ' +
      'as on the trade rules that have kept the two sides apart for years'
    for (const text of texts(stretch, 20)) {
      expect(text.startsWith('now ')).toBe(false)
      expect(text.startsWith('well ')).toBe(false)
    }
  })

  it('should not split a name when it must cut anywhere', () => {
    const names = Array.from({length: 30}, () => 'Ada Lovelace Babbage').join(' ')
    for (const text of texts(names, 10)) expect(/^(Lovelace|Babbage)\b/.test(text) && /\bAda$/.test(text)).toBe(false)
  })

  it('should prefer sentence ends when the text has them', () => {
    const punctuated =
      'The first speaker thanked the hosts for the invitation and the warm welcome they had given to everyone in the hall tonight. ' +
      'She then turned to the figures on unemployment which had risen in every region over the past year and said the trend worried her a great deal.'
    expect(texts(punctuated, 30)).toEqual([
      'The first speaker thanked the hosts for the invitation and the warm welcome they had given to everyone in the hall tonight.',
      'She then turned to the figures on unemployment which had risen in every region over the past year and said the trend worried her a great deal.'
    ])
  })

  it('should take paragraph breaks as good cuts', () => {
    const text = `${'one two three four five six seven eight nine ten '.repeat(3)}\n\n${'alpha beta gamma delta epsilon '.repeat(6)}`
    const segments = texts(text, 40)
    expect(segments[0]).toBe(fold('one two three four five six seven eight nine ten '.repeat(3)))
    expect(segments.join(' ')).toBe(fold(text))
  })

  it('should keep short or empty input as it is', () => {
    expect(segmentSpeech('')).toEqual([])
    expect(segmentSpeech('   ')).toEqual([])
    expect(segmentSpeech('  just a few   words ')).toEqual([{text: 'just a few words'}])
    expect(segmentSpeech('— …')).toEqual([{text: '— …'}])
  })

  it('should fall back to English for a language without a table', () => {
    expect(segmentSpeech(flood, {language: 'xx-YY'})).toEqual(segmentSpeech(flood))
    expect(Object.keys(SPEECH_PHRASES)).toContain('en')
  })

  it('should keep every word and the cap on any input (property)', () => {
    const vocabulary = ['well', 'now', 'so', 'the', 'Ann', 'Lee', 'okay', 'thank', 'you', 'very', 'much', 'joins', 'me', 'from', 'Rome',
      "let's", 'take', 'a', 'look', 'right', 'as', 'and', 'it', 'rain', 'vote', '2024', 'x.y', 'co-op', 'end.', 'why?', ',', '—', '“quote”']
    const spaces = fc.constantFrom(' ', '  ', '\n', '\n\n', ' \t ')
    const input = fc
      .array(fc.tuple(fc.constantFrom(...vocabulary), spaces), {maxLength: 400})
      .map((pairs) => pairs.map(([word, space]) => word + space).join(''))
    fc.assert(
      fc.property(input, fc.integer({min: 5, max: 80}), (text, maxWords) => {
        const segments = texts(text, maxWords)
        expect(segments.join(' ')).toBe(fold(text))
        for (const segment of segments) {
          expect(segment).not.toBe('')
          expect(countSpeechWords(segment)).toBeLessThanOrEqual(maxWords)
        }
      }),
      {numRuns: 200}
    )
  })
})
