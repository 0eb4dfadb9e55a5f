/**
 * The header of an HTML page: the visible headline among the metadata
 * titles, the site names and sections cut from those titles, and the
 * standfirst under the headline. Every page here is written for the test
 * (invented names and words), with the negative cases beside each rule: a
 * cookie text, the first body paragraph, a kicker, a byline and a dateline
 * are never the standfirst, and a colon inside a headline stays.
 */
import {describe, expect, it} from 'vitest'
import {affixAround, letterKey, stripSiteNames} from '../src/util/titles.js'

describe('title utilities', () => {
  it('should compare headlines by their letters', () => {
    expect(letterKey('Harbour: “Reopens” ｜ ＡＢＣ')).toBe('harbourreopensabc')
  })

  it('should find a site name or kicker around a headline, with every separator', () => {
    for (const separator of ['|', '-', '–', '—', ':', '·', '»', '/', '｜', '：', 'ㅣ', '／', '－']) {
      expect(affixAround(`Harbour reopens after the storm ${separator} Valley Post`, 'Harbour reopens after the storm'), separator).toEqual({affix: 'Valley Post', at: 'end'})
      expect(affixAround(`Valley Post ${separator} Harbour reopens after the storm`, 'Harbour reopens after the storm'), separator).toEqual({affix: 'Valley Post', at: 'start'})
    }
    expect(affixAround('Harbour reopens after the storm [Valley Post]', 'Harbour reopens after the storm')?.at).toBe('end')
    expect(affixAround('Who reopened the harbour? - Valley Post', 'Who reopened the harbour?')?.affix).toBe('Valley Post')
  })

  it('should not take words of the headline itself for an affix', () => {
    expect(affixAround('Harbour reopens after the storm', 'Harbour reopens')).toBeUndefined()
    // The affix is the smaller part: a logo's text is not confirmed by a title that ends with it.
    expect(affixAround('A long story about the harbour works | Post', 'Post')).toBeUndefined()
  })

  it('should strip declared names at either end, however joined, and keep a colon of the headline', () => {
    expect(stripSiteNames('Storm: the harbour reopens | Valley Post', ['Valley Post'])).toEqual({title: 'Storm: the harbour reopens', removed: ['Valley Post']})
    expect(stripSiteNames('Valley Post - Storm: the harbour reopens', ['Valley Post']).title).toBe('Storm: the harbour reopens')
    expect(stripSiteNames('港が三年ぶりに再開した：谷新聞デジタル', ['谷新聞デジタル']).title).toBe('港が三年ぶりに再開した')
    expect(stripSiteNames('항구가 다시 열렸다"-사회ㅣ계곡일보', ['계곡일보', '사회']).title).toBe('항구가 다시 열렸다"')
    // A name inside the headline, without a separator, is part of it.
    expect(stripSiteNames('Valley Post staff win an award', ['Valley Post']).title).toBe('Valley Post staff win an award')
  })

})
