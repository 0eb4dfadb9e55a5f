/**
 * Timestamp reading and resolution. Nothing here depends on the machine's
 * zone: `test/hostile.test.ts` also checks whole parses are identical under
 * several `TZ` values.
 */
import {describe, expect, it} from 'vitest'
import {readCuedTime} from '../src/util/cued-time.js'
import {findTimestamps, isTimeOnly, parseTimestamp, withContext} from '../src/util/timestamps.js'

describe('findTimestamps', () => {
  it('should split glued datelines and tell published from updated', () => {
    const found = findTimestamps('Wed 19 Jun 2024 14.20 BSTFirst published on Wed 19 Jun 2024 01.32 BST')
    expect(found.map((stamp) => [stamp.timestamp.text, stamp.timestamp.iso, stamp.kind])).toEqual([
      ['Wed 19 Jun 2024 14.20 BST', '2024-06-19T14:20:00+01:00', undefined],
      ['Wed 19 Jun 2024 01.32 BST', '2024-06-19T01:32:00+01:00', 'published']
    ])
  })

  it('should read the common written forms', () => {
    const read = (text: string) => findTimestamps(text, {timeZone: 'Europe/Berlin'})[0]
    expect(read('Updated 19 June 2024, 3:05pm EDT')).toMatchObject({kind: 'updated', timestamp: {iso: '2024-06-19T15:05:00-04:00'}})
    expect(read('June 19, 2024 at 2:20 p.m. ET')?.timestamp).toEqual({
      text: 'June 19, 2024 at 2:20 p.m. ET', date: '2024-06-19', time: '14:20', timeZone: 'America/New_York', iso: '2024-06-19T14:20:00-04:00'
    })
    expect(read('2024-06-19T14:20:00Z')?.timestamp.iso).toBe('2024-06-19T14:20:00+00:00')
    expect(read('2024-06-19T14:20:00+02:00')?.timestamp.iso).toBe('2024-06-19T14:20:00+02:00')
    expect(read('19.06.2024, 14:20 Uhr')?.timestamp.iso).toBe('2024-06-19T14:20:00+02:00')
    // A bar or bullet between date and time, as meta lines print them.
    expect(read('19.06.2024 | 14:20 Uhr')?.timestamp.iso).toBe('2024-06-19T14:20:00+02:00')
    expect(read('June 19, 2024 • 2:20 PM')?.timestamp.time).toBe('14:20')
    expect(read('19 juin 2024 à 14h20')?.timestamp.iso).toBe('2024-06-19T14:20:00+02:00')
    expect(read('Veröffentlicht am 19. Juni 2024')).toMatchObject({kind: 'published', timestamp: {text: '19. Juni 2024', date: '2024-06-19'}})
    expect(read('Wednesday 19 June 2024 14:20 GMT')?.timestamp.iso).toBe('2024-06-19T14:20:00+00:00')
    expect(read('31 February 2024')).toBeUndefined()
  })

  it('should read a numeric date month first when its second number cannot be a month, and day first otherwise', () => {
    const read = (text: string) => findTimestamps(text)[0]?.timestamp
    expect(read('01.21.2020 07:00 AM')).toMatchObject({date: '2020-01-21', time: '07:00'})
    expect(read('06/19/2024')?.date).toBe('2024-06-19')
    expect(read('01.02.2020')?.date).toBe('2020-02-01')
    expect(read('19.06.2024')?.date).toBe('2024-06-19')
    expect(read('13.13.2024')).toBeUndefined()
  })

  it('should take a weekday before a numeric date, in any case, into the stamp, and read "Written:" as a publication cue', () => {
    for (const text of ['Donnerstag, 14.03.2024', 'DONNERSTAG, 14.03.2024', 'Do., 14.03.2024', 'jeudi 14/03/2024']) {
      expect(findTimestamps(text)).toMatchObject([{index: 0, length: text.length, timestamp: {date: '2024-03-14'}}])
    }
    // A word that is no weekday stays outside.
    expect(findTimestamps('Stand 14.03.2024')[0]).toMatchObject({index: 6})
    expect(findTimestamps('Written: 2024-03-12 16:05:10')[0]).toMatchObject({kind: 'published', timestamp: {date: '2024-03-12', time: '16:05:10'}})
    expect(findTimestamps('Last updated 11 Mar 2024, originally created 2 Feb 2023').map((stamp) => stamp.kind)).toEqual(['updated', 'published'])
    expect(findTimestamps('zuletzt bearbeitet: 11.03.2024, 07:55 Uhr')[0]?.kind).toBe('updated')
    expect(findTimestamps('Erstveröffentlichung: 13. März 2024')[0]?.kind).toBe('published')
  })
})

describe('findTimestamps, month names of many languages', () => {
  /** Languages whose dates the reader knows, with the names it leaves out on purpose (see `MONTHS`). */
  const LANGUAGES: ReadonlyArray<[string, string[]]> = [
    ['en', []], ['de', []], ['fr', []], ['es', []], ['it', []], ['nl', []], ['pt', []], ['sv', []], ['nb', []], ['da', []], ['is', []],
    ['pl', []], ['ru', []], ['uk', []], ['bg', []], ['cs', []], ['sk', []], ['sl', []], ['hr', ['listopada']], ['sr-Latn', []],
    ['tr', []], ['ro', []], ['fi', []], ['et', []], ['el', []], ['id', []], ['ms', ['mac']], ['sw', []], ['hu', []], ['lt', []]
  ]

  it('should read the day-and-month form of every month as the platform writes it (Intl.DateTimeFormat)', () => {
    for (const [locale, leftOut] of LANGUAGES) {
      const format = new Intl.DateTimeFormat(locale, {day: 'numeric', month: 'long', timeZone: 'UTC'})
      for (let month = 1; month <= 12; month++) {
        const name = format.formatToParts(new Date(Date.UTC(2024, month - 1, 15))).find((part) => part.type === 'month')!.value
        const read = findTimestamps(`15 ${name} 2024`)[0]?.timestamp.date
        // A name left out is read as another language's month, or not at all: never as this one.
        if (leftOut.includes(name.toLowerCase())) expect(read, `${locale} ${name}`).not.toBe(`2024-${String(month).padStart(2, '0')}-15`)
        else expect(read, `${locale} ${name}`).toBe(`2024-${String(month).padStart(2, '0')}-15`)
      }
    }
  })

  it('should read a Russian, a Czech and a Turkish dateline with its time', () => {
    expect(findTimestamps('15 августа 2016, 13:43', {timeZone: 'Europe/Moscow'})[0]?.timestamp.iso).toBe('2016-08-15T13:43:00+03:00')
    expect(findTimestamps('3. května 2024 v 8:15', {timeZone: 'Europe/Prague'})[0]?.timestamp.date).toBe('2024-05-03')
    expect(findTimestamps('Güncelleme: 12 Şubat 2023 14:05', {timeZone: 'Europe/Istanbul'})[0]?.timestamp.iso).toBe('2023-02-12T14:05:00+03:00')
    // Hungarian and Lithuanian write the year first.
    expect(findTimestamps('2024. május 15. 14:30', {timeZone: 'Europe/Budapest'})[0]?.timestamp.iso).toBe('2024-05-15T14:30:00+02:00')
    expect(findTimestamps('2024 m. gegužės 15 d. 14:30', {timeZone: 'Europe/Vilnius'})[0]?.timestamp.iso).toBe('2024-05-15T14:30:00+03:00')
    // A word that starts like a month is none: "Marta" is a name.
    expect(findTimestamps('15 Marta 2024')).toEqual([])
  })
})

describe('time-only stamps', () => {
  it('should tell times from numbers', () => {
    for (const time of ['15:46:35', '9.41am', '9:41 am', '14.20', '14:20 BST', '2.05pm GMT']) expect(isTimeOnly(time), time).toBe(true)
    for (const other of ['1.5', '3.14', '25:00', '12.345', '2-1', '4 / 5', '14:60']) expect(isTimeOnly(other), other).toBe(false)
  })

  it('should resolve with the day and zone given, never the machine’s', () => {
    expect(parseTimestamp('15:46:35')).toEqual({text: '15:46:35', time: '15:46:35'})
    expect(parseTimestamp('9.41am', {timeZone: 'Europe/London'})).toEqual({text: '9.41am', time: '09:41', timeZone: 'Europe/London'})
    expect(parseTimestamp('9.41am', {date: '2024-06-19', timeZone: 'Europe/London'})?.iso).toBe('2024-06-19T09:41:00+01:00')
    expect(parseTimestamp('14:05 CET', {date: '2025-01-10', timeZone: 'America/New_York'})?.iso).toBe('2025-01-10T14:05:00+01:00')
    expect(withContext({text: '12:00', time: '12:00'}, {date: '2024-12-24', timeZone: 'Europe/London'}).iso).toBe('2024-12-24T12:00:00+00:00')
  })

  it('should read a time in the spring gap with the offset before it and take the earlier of an autumn overlap', () => {
    const at = (time: string, date: string, timeZone: string) => parseTimestamp(time, {date, timeZone})?.iso
    // The instant of Temporal's 'compatible' (01:30Z), written with the wall time the page gave.
    expect(at('01:30', '2024-03-31', 'Europe/London')).toBe('2024-03-31T01:30:00+00:00')
    expect(at('01:30', '2024-10-27', 'Europe/London')).toBe('2024-10-27T01:30:00+01:00')
    expect(at('02:30', '2024-03-10', 'America/New_York')).toBe('2024-03-10T02:30:00-05:00')
    expect(at('01:30', '2024-11-03', 'America/New_York')).toBe('2024-11-03T01:30:00-04:00')
    expect(at('00:59', '2024-03-31', 'Europe/London')).toBe('2024-03-31T00:59:00+00:00')
    expect(at('02:00', '2024-10-27', 'Europe/London')).toBe('2024-10-27T02:00:00+00:00')
  })
})

describe('findTimestamps, a time written before its date', () => {
  it('should read "2:47 p.m. CT Feb. 11, 2025" and its cue word', () => {
    const [found] = findTimestamps('Updated 2:47 p.m. CT Feb. 11, 2025')
    expect(found).toMatchObject({kind: 'updated', index: 8, timestamp: {date: '2025-02-11', time: '14:47', iso: '2025-02-11T14:47:00-06:00'}})
  })

  it('should read "9:00 a.m. ET on March 4, 2025" and "17:41 JST, October 13, 2024"', () => {
    expect(findTimestamps('Published 9:00 a.m. ET on March 4, 2025')[0]).toMatchObject({kind: 'published', timestamp: {iso: '2025-03-04T09:00:00-05:00'}})
    expect(findTimestamps('17:41 JST, October 13, 2024')[0]?.timestamp.iso).toBe('2024-10-13T17:41:00+09:00')
  })

  it('should not take a number before a date for a time', () => {
    expect(findTimestamps('version 3.14 June 19, 2024')[0]?.timestamp).toEqual({text: 'June 19, 2024', date: '2024-06-19'})
  })
})

describe('readCuedTime', () => {
  it('should read a cue and a time of day only, in several languages', () => {
    const context = {date: '2025-04-08', timeZone: 'Europe/London'}
    expect(readCuedTime('Last updated: 13:20 BST', context)).toMatchObject({kind: 'updated', timestamp: {text: '13:20 BST', iso: '2025-04-08T13:20:00+01:00'}})
    expect(readCuedTime('Published at 9.41am', context)).toMatchObject({kind: 'published', timestamp: {iso: '2025-04-08T09:41:00+01:00'}})
    expect(readCuedTime('Mis à jour à 14h20', context)?.kind).toBe('updated')
    expect(readCuedTime('Online seit heute, 7.57 Uhr', context)).toMatchObject({kind: 'published', timestamp: {iso: '2025-04-08T07:57:00+01:00'}})
    expect(readCuedTime('Updated today at 2.05pm', context)).toMatchObject({kind: 'updated', timestamp: {time: '14:05'}})
    expect(readCuedTime('Updated on Tuesday', context)).toBeUndefined()
    expect(readCuedTime('Updated 3.14 times', context)).toBeUndefined()
  })
})

describe('findTimestamps, more written forms', () => {
  it('should read a zone written as an offset after GMT whole', () => {
    expect(findTimestamps('Thu Sep 16 2021 03:52:10 GMT+0200')[0]?.timestamp.iso).toBe('2021-09-16T03:52:10+02:00')
  })

  it('should read fractions of a second in a written stamp', () => {
    expect(findTimestamps('2024-06-19T14:20:00.123Z')[0]?.timestamp.iso).toBe('2024-06-19T14:20:00+00:00')
  })

  it('should read dates written with year, month and day signs, and year-first dates', () => {
    expect(findTimestamps('2025年1月13日 20時01分', {timeZone: 'Asia/Tokyo'})[0]?.timestamp).toEqual({
      text: '2025年1月13日 20時01分', date: '2025-01-13', time: '20:01', timeZone: 'Asia/Tokyo', iso: '2025-01-13T20:01:00+09:00'
    })
    expect(findTimestamps('2025년 1월 13일 20:01')[0]?.timestamp).toMatchObject({date: '2025-01-13', time: '20:01'})
    expect(findTimestamps('2025年1月13日(月)20:01')[0]?.timestamp).toMatchObject({date: '2025-01-13', time: '20:01'})
    expect(findTimestamps('2025/01/13 20:01')[0]?.timestamp).toMatchObject({date: '2025-01-13', time: '20:01'})
    expect(findTimestamps('2025.1.13')[0]?.timestamp).toMatchObject({date: '2025-01-13'})
    expect(findTimestamps('2025/13/01')).toEqual([])
  })
})
