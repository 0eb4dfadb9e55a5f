/**
 * `detectTranscript`: long unpunctuated speech is claimed as the transcript,
 * written text is not. The seed (a video page) goes through the text front
 * end and the plugin; the other inputs are written here.
 */
import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {textToTree} from '../src/text/from-text.js'
import {classifyKind} from '../src/plugins/classify-kind.js'
import {detectTranscript, type DetectTranscriptOptions} from '../src/plugins/detect-transcript.js'
import type {Root} from '../src/tree.js'
import {allLines} from '../src/util/lines.js'
import {countSpeechWords} from '../src/util/segment-speech.js'

/** The video seed: a headline, one line of auto-captions, four paragraphs of write-up. */
const seed = readFileSync(new URL('../fixtures/bbc/2024-06-19-video-transcript/input.txt', import.meta.url), 'utf8')

/** Join lines as a scraper leaves them: one blank line between blocks. */
const page = (...blocks: string[]) => blocks.join('\n\n')

/** Whitespace-fold a text. */
const fold = (text: string) => text.replace(/\s+/g, ' ').trim()

/**
 * Build the tree of a text page and run the plugin on it.
 *
 * @param text
 *   The page.
 * @param options
 *   Plugin options (optional).
 * @returns
 *   The tree and the file with its messages.
 */
function run(text: string, options?: DetectTranscriptOptions): {tree: Root; file: VFile} {
  const tree = textToTree(text)
  const file = new VFile(text)
  detectTranscript(options)(tree, file)
  return {tree, file}
}

/** Lines the plugin claimed, by their text. */
const claimed = (tree: Root) => allLines(tree).filter((line) => line.data?.role === 'transcript').map((line) => line.value)

/** About 220 words of a council meeting on a new tram line, as auto-captions give it (no punctuation). */
const tram =
  'good evening and welcome to the programme the city council has voted tonight to go ahead with the new tram line through the east of the city ' +
  'after months of argument about the cost and the route the vote was close twenty three to nineteen and there were angry scenes in the public gallery ' +
  'as the result was read out now we can speak to our transport correspondent Sam Patel who has been at the town hall all evening ' +
  'Sam what happened in there well it was a long meeting and feelings ran very high the supporters say the line will cut journey times in half ' +
  'for people who live on the estates out east and they point to other cities where trams brought new shops and jobs ' +
  'but the opponents say the budget has already doubled and they do not believe the new figures either so they are talking about a legal challenge ' +
  'and some of the shop owners on the high street told me they fear years of roadworks will finish them off before the first tram ever runs ' +
  'okay Sam thank you very much for that ' +
  "well let's take a closer look at the route itself and what it will mean for the streets along the way"

/** A long written paragraph: full stops, commas, quotes. */
const prose =
  'The council voted on Tuesday to approve the new tram line, ending months of debate about its cost and route. ' +
  'Supporters said the line would halve journey times from the eastern estates, where many residents have no car. ' +
  '“This is the most important decision we have taken in a decade,” the council leader told the meeting. ' +
  'Opponents pointed out that the budget had already doubled since the plan was first published in 2021, and warned of a legal challenge. ' +
  'Shop owners on the high street, who fear years of roadworks, asked for compensation; the council said it would consider the request. ' +
  'Work is due to begin next spring, and the first trams should run by the end of 2028, according to the transport department. ' +
  'A public consultation on the stops will open next month, the council said, and residents will be able to comment online or at drop-in sessions.'

describe('detectTranscript', () => {
  it('should claim the seed’s caption line as the transcript and keep the write-up', () => {
    const {tree, file} = run(seed)
    const lines = allLines(tree)
    expect(lines[1]!.data?.role).toBe('transcript')
    expect(claimed(tree)).toHaveLength(1)
    // The headline and the four write-up paragraphs are left for the other plugins.
    expect(lines.filter((line) => line.data?.role === undefined)).toHaveLength(5)
    // The plugin records the transcript; `classifyKind` alone decides the page is a video.
    expect(tree.data?.kind).toBeUndefined()
    classifyKind()(tree, file)
    expect(tree.data?.kind).toBe('video')
    expect(tree.data?.transcript?.text).toBe(fold(lines[1]!.value))
    expect(file.messages.map(String)).toEqual(['3:1-3:10785: Unexpected 1988 words with almost no punctuation, taken as a transcript'])
    expect(file.messages[0]).toMatchObject({ruleId: 'transcript-found', source: 'standfirst'})
  })

  it('should segment the seed: every word kept, at most 60 words a segment', () => {
    const transcript = run(seed).tree.data!.transcript!
    const counts = transcript.segments.map((segment) => countSpeechWords(segment.text))
    expect(transcript.segments.map((segment) => segment.text).join(' ')).toBe(transcript.text)
    expect(Math.max(...counts)).toBeLessThanOrEqual(60)
    expect(transcript.segments.length).toBeGreaterThanOrEqual(Math.ceil(counts.reduce((a, b) => a + b, 0) / 60))
  })

  it('should keep the seed’s transcript out of the body through the whole parser', () => {
    const article = parse(seed, {format: 'text'})
    expect(article.kind).toBe('video')
    expect(article.transcript?.segments.length).toBeGreaterThan(30)
    expect(article.body).toHaveLength(4)
    for (const block of article.body) expect(countSpeechWords('text' in block ? String(block.text) : '')).toBeLessThan(60)
  })

  it('should take a transcript of another topic, leaving the headline and write-up', () => {
    const headline = 'Council backs tram line after stormy meeting'
    const {tree} = run(page(headline, tram, 'The council approved the tram line by 23 votes to 19 on Tuesday.'))
    expect(claimed(tree)).toEqual([tram])
    const segments = tree.data!.transcript!.segments.map((segment) => segment.text)
    expect(segments.join(' ')).toBe(tram)
    expect(segments.some((text) => text.startsWith('now we can speak to our transport correspondent Sam Patel'))).toBe(true)
    expect(segments.some((text) => text.startsWith('okay Sam thank you very much'))).toBe(true)
    expect(segments.at(-1)!.startsWith("well let's take a closer look")).toBe(true)
  })

  it('should take a transcript split across lines of a block and across blocks', () => {
    // Caption cues of about eight words, one a line, then two more paragraphs.
    const words = tram.split(' ')
    const cues: string[] = []
    for (let index = 0; index < 120; index += 8) cues.push(words.slice(index, index + 8).join(' '))
    const rest = words.slice(120)
    const second = rest.slice(0, 50).join(' ')
    const third = rest.slice(50).join(' ')
    const {tree} = run(page('Tram line approved', cues.join('\n'), second, third, 'Reporting by Sam Patel.'))
    expect(claimed(tree)).toEqual([...cues, second, third])
    expect(tree.data?.transcript?.text).toBe(tram)
    expect(tree.data?.transcript?.segments.map((segment) => segment.text).join(' ')).toBe(tram)
  })

  it('should take a transcript with a question mark or two in a long line', () => {
    const asked = tram.replace('Sam what happened in there', 'Sam what happened in there?')
    expect(claimed(run(page('Tram line approved', asked)).tree)).toEqual([asked])
  })

  it('should not take written prose, however long', () => {
    const {tree, file} = run(page('Council backs tram line', prose, prose.replace(/council/g, 'committee')))
    expect(claimed(tree)).toEqual([])
    expect(tree.data?.transcript).toBeUndefined()
    expect(tree.data?.kind).toBeUndefined()
    expect(file.messages).toEqual([])
  })

  it('should not take one long sentence of prose (commas, one full stop)', () => {
    const sentence =
      'Under the agreement, which was signed by both parties in the presence of their lawyers, the tenant shall, ' +
      'subject to the conditions set out in the schedule, keep the premises in good repair, insure them against fire, flood and theft, ' +
      'pay the rent, the service charge and any rates or taxes when due, not assign, sublet or part with possession of the whole ' +
      'or any part without consent, which shall not be unreasonably withheld, and, at the end of the term, hand back the keys, ' +
      'the fixtures and the fittings, together with every copy of the plans, drawings, certificates and manuals supplied at the start, ' +
      'in the same condition as they were received, fair wear and tear excepted, failing which the landlord may, after notice, ' +
      'carry out the work and recover the cost, with interest, as a debt.'
    expect(claimed(run(sentence).tree)).toEqual([])
  })

  it('should not take hard-wrapped prose, whose lines mostly hold no full stop', () => {
    const words = page(prose, prose.replace(/council/g, 'committee')).replace(/\n\n/g, ' ').split(' ')
    const wrapped: string[] = []
    for (let index = 0; index < words.length; index += 11) wrapped.push(words.slice(index, index + 11).join(' '))
    expect(wrapped.filter((line) => !/[.?!]/.test(line)).length).toBeGreaterThan(wrapped.length / 3)
    expect(claimed(run(wrapped.join('\n')).tree)).toEqual([])
  })

  it('should not take a tag cloud or keyword list in lower case', () => {
    const tags = [
      'allotments', 'bins', 'buses', 'cycling', 'parking', 'potholes', 'recycling', 'schools', 'libraries', 'planning', 'licensing',
      'housing', 'trams', 'rail', 'roadworks', 'flooding', 'parks', 'markets', 'elections', 'budget', 'taxes', 'police', 'fire', 'health',
      'care', 'youth', 'sport', 'pools', 'museums', 'theatre', 'music', 'festivals', 'heritage', 'trees', 'wildlife', 'rivers', 'canals'
    ]
    const cloud = Array.from({length: 4}, (_, round) => tags.map((tag) => `${tag}-${2020 + round}`).join(' ')).join(' ')
    expect(claimed(run(page('Topics', cloud)).tree)).toEqual([])
  })

  it('should not take a table whose rows start with numbers', () => {
    const rows = Array.from({length: 30}, (_, index) => `${index + 1} march to ${index + 8} march first term of lessons`)
    expect(claimed(run(page('Term dates', rows.join('\n'))).tree)).toEqual([])
  })

  it('should not take a long quotation set as its own paragraph', () => {
    const quote =
      '“We have listened to everyone who wrote to us, and we have changed the route twice because of what we heard. ' +
      'Nobody pretends that the roadworks will be easy. But the people in the east of this city have waited forty years for a decent ' +
      'connection to the centre, and they should not have to wait any longer. We will publish every contract, every invoice and every ' +
      'delay, so that anyone can check what we are doing with their money. If we get it wrong, you will know about it. ' +
      'And if we get it right, as I believe we will, the whole city will be better for it.”'
    expect(claimed(run(page('Leader defends tram plan', quote)).tree)).toEqual([])
  })

  it('should not take lists: bullets, or a column of short unpunctuated lines', () => {
    const items = Array.from({length: 40}, (_, index) => `Stop number ${index + 1} on the eastern branch`)
    expect(claimed(run(items.map((item) => `• ${item}`).join('\n')).tree)).toEqual([])
    const ingredients = Array.from({length: 50}, (_, index) => `${index + 1} cups of flour`)
    expect(claimed(run(ingredients.join('\n')).tree)).toEqual([])
  })

  it('should not take a menu or tag list in Title Case', () => {
    const menu = Array.from({length: 25}, (_, index) => `Home News Sport Business Climate Culture Travel Section ${index}`).join(' ')
    expect(claimed(run(menu).tree)).toEqual([])
  })

  it('should not take a short unpunctuated run', () => {
    const short = tram.split(' ').slice(0, 100).join(' ')
    expect(claimed(run(page('Tram line approved', short)).tree)).toEqual([])
  })

  it('should keep a kind set before it', () => {
    const tree = textToTree(page('Tram line approved', tram))
    tree.data = {...tree.data, kind: 'liveblog'}
    detectTranscript()(tree, new VFile())
    expect(tree.data.kind).toBe('liveblog')
    expect(tree.data.transcript?.text).toBe(tram)
  })

  it('should take options and reject bad ones', () => {
    expect(claimed(run(page('Tram', tram), {minWords: 1000}).tree)).toEqual([])
    expect(claimed(run(page('Tram', tram), {maxSegmentWords: 20}).tree)).toEqual([tram])
    expect(run(page('Tram', tram), {maxSegmentWords: 20}).tree.data!.transcript!.segments.every((s) => countSpeechWords(s.text) <= 20)).toBe(true)
    expect(() => detectTranscript({minWords: -1})).toThrow(TypeError)
    expect(() => detectTranscript({minWords: -1})).toThrow(/Expected `options.minWords`/)
  })
})
