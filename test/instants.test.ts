/**
 * The page's publication and update instants from every common source:
 * machine values in their many forms, meta names, `<time>` elements and the
 * visible dateline, and which wins when they disagree. Each rule on small
 * pages written here.
 */
import {describe, expect, it} from 'vitest'
import {readMachineTime} from '../src/html/metadata/times.js'

describe('readMachineTime', () => {
  it('should read the non-ISO forms CMSs write into metadata', () => {
    expect(readMachineTime('Mon Aug 03 12:45:00 EDT 2015', {})?.iso).toBe('2015-08-03T12:45:00-04:00')
    expect(readMachineTime('Thu Sep 16 2021 03:52:10 GMT+0000 (Coordinated Universal Time)', {})?.iso).toBe('2021-09-16T03:52:10+00:00')
    expect(readMachineTime('Tue, 21 Nov 2023 10:00:00 +0000', {})?.iso).toBe('2023-11-21T10:00:00+00:00')
    expect(readMachineTime('2024-04-26 20:44:10.5+02:00', {})?.iso).toBe('2024-04-26T20:44:10+02:00')
    expect(readMachineTime('2024-09-16T21:33+0100', {})?.iso).toBe('2024-09-16T21:33:00+01:00')
    expect(readMachineTime('2024-04-26 20:44', {})).toEqual({text: '2024-04-26 20:44', date: '2024-04-26', time: '20:44'})
  })
})
