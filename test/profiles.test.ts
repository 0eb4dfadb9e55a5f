/**
 * Site profiles: every shipped profile is valid data, is picked by its hosts
 * (or forced by name), and proves itself on a fixture: each case that lists
 * `profileAdds` in its `meta.json` must parse differently in those fields
 * with its profile than by the generic rules alone.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parse, parseWithMessages, StandfirstError} from '../src/index.js'
import {run} from '../src/parse.js'
import {applyHtmlProfile} from '../src/profiles/apply-html-profile.js'
import {chooseProfile, profileForUrl, siteProfileNames, siteProfiles} from '../src/profiles/registry.js'
import {SiteProfileSchema} from '../src/profiles/schema.js'
import {SITES} from '../src/profiles/sites/index.js'
import {listCases, optionsOf, readInput, readMeta} from '../scripts/fixture-store.js'
import {fold} from '../src/util/text.js'
import {fromHtml} from '../src/html/from-html.js'
import {unified} from 'unified'
import type {Element, Root} from 'hast'
import {selectAll} from 'hast-util-select'

describe('site profiles', () => {
  it('should all be valid against the schema, with unique names and hosts', () => {
    for (const site of SITES) expect(SiteProfileSchema.safeParse(site).error?.message, String(site.name)).toBeUndefined()
    const names = siteProfileNames()
    expect(new Set(names).size).toBe(names.length)
    const hosts = siteProfiles().flatMap((profile) => profile.hosts)
    expect(new Set(hosts).size).toBe(hosts.length)
  })

  it('should refuse malformed profiles', () => {
    const good = {name: 'x', hosts: ['x.test']}
    expect(SiteProfileSchema.safeParse(good).success).toBe(true)
    expect(SiteProfileSchema.safeParse({...good, name: 'Sky News'}).success).toBe(false)
    expect(SiteProfileSchema.safeParse({...good, hosts: ['https://x.test/']}).success).toBe(false)
    expect(SiteProfileSchema.safeParse({...good, timeZone: 'Mars/Olympus'}).success).toBe(false)
    expect(SiteProfileSchema.safeParse({...good, selectors: {byline: ['div[']}}).success).toBe(false)
    expect(SiteProfileSchema.safeParse({...good, selectors: {bylines: ['div']}}).success).toBe(false)
  })

  it('should pick a profile by the host of the url, subdomains included', () => {
    expect(profileForUrl('https://www.bbc.co.uk/news/articles/c1')?.name).toBe('bbc')
    expect(profileForUrl('https://bbc.co.uk/news')?.name).toBe('bbc')
    expect(profileForUrl('https://notbbc.co.uk/news')).toBeUndefined()
    expect(profileForUrl('https://example.com/bbc.co.uk')).toBeUndefined()
    expect(chooseProfile({})).toBeUndefined()
  })

  it('should force a profile by name, and name the known ones for an unknown name', () => {
    expect(chooseProfile({site: 'bbc', url: 'https://example.com/'})?.name).toBe('bbc')
    let error: unknown
    try {
      parse('Some text', {site: 'no-such-site'})
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(StandfirstError)
    expect((error as StandfirstError).option).toBe('site')
    for (const name of siteProfileNames()) expect((error as Error).message).toContain(`\`${name}\``)
  })

  it('should say which profile applied, and fill the language', () => {
    const input = 'Headline of the page\n\nA first paragraph of the article, long enough to be read as body text by the rules.'
    const {article, messages} = parseWithMessages(input, {site: 'bbc', format: 'text'})
    const applied = messages.filter((message) => message.ruleId === 'profile-applied')
    expect(applied.map(String)).toEqual([expect.stringContaining('Site profile `bbc` applied (forced by `options.site`)')])
    expect(article.siteName, 'no text the page does not hold').toBeUndefined()
    expect(article.language).toBe('en-GB')
    expect(parseWithMessages(input, {format: 'text'}).messages.some((message) => message.ruleId === 'profile-applied')).toBe(false)
  })

  it('should mark, lift and drop elements as the selectors say', () => {
    const profile = SiteProfileSchema.parse({
      name: 'x',
      hosts: ['x.test'],
      selectors: {standfirst: ['.intro-x'], posts: ['.card'], drop: ['.promo']},
      creditStyles: ['(AP Photo/']
    })
    const html = '<p class="intro-x">Summary</p><ul><li><div class="card z">A</div></li><li><div class="card">B</div></li></ul><div class="promo">Buy</div><figure><img src="a.jpg"><figcaption>Fire crews at work. (AP Photo/Jane Doe)</figcaption></figure>'
    const processor = unified().use(fromHtml, {positions: false}).use(applyHtmlProfile, profile)
    const tree = processor.runSync(processor.parse(html)) as unknown as Root
    expect(selectAll('.standfirst', tree).map((element: Element) => element.properties.className)).toEqual([['intro-x', 'standfirst']])
    expect(selectAll('ul > .live-post', tree).map((element: Element) => element.properties.className)).toEqual([['live-post', 'card', 'z'], ['live-post', 'card']])
    expect(selectAll('.promo', tree)).toEqual([])
    expect(selectAll('figcaption .credit', tree).map((element: Element) => (element.children[0] as {value: string}).value)).toEqual(['AP Photo/Jane Doe'])
  })

  it('should not match a line of the shared samples with a furniture phrase', () => {
    const seeds = new URL('../fixtures/', import.meta.url)
    const lines = new Set<string>()
    for (const item of listCases(seeds.pathname)) {
      if (readMeta(item.folder).source.includes('seed')) for (const line of readFileSync(`${item.folder}/${item.inputName}`, 'utf8').split('\n')) lines.add(fold(line))
    }
    expect(lines.size).toBeGreaterThan(100)
    for (const profile of siteProfiles()) {
      expect(profile.furniturePhrases.filter((phrase) => lines.has(fold(phrase))), profile.name).toEqual([])
    }
  })
})

describe('a profile whose selectors match nothing', () => {
  // A known site's page whose markup changed: the profile's selectors find nothing, and the page parses as by the generic rules.
  const pages = listCases().filter((item) => item.site === 'generic' && item.inputName === 'input.html')

  it('should leave every generic page as the generic rules read it', () => {
    expect(pages.length).toBeGreaterThanOrEqual(5)
    let compared = 0
    for (const profile of siteProfiles()) {
      // Only the markup part: the zone, language and phrases are meant to change a page.
      const markupOnly = {...profile, timeZone: undefined, language: undefined, furniturePhrases: []}
      for (const item of pages) {
        const options = optionsOf(readMeta(item.folder))
        const processor = unified().use(fromHtml, {positions: false})
        const tree = processor.runSync(processor.parse(new TextDecoder().decode(readInput(item) as Uint8Array))) as unknown as Root
        const selectors = Object.values(profile.selectors).flat()
        if (selectors.length > 0 && selectAll(selectors.join(', '), tree).length > 0) continue
        compared++
        expect(run(readInput(item), options, false, markupOnly).article, `${profile.name} on ${item.name}`).toEqual(run(readInput(item), options, false, null).article)
      }
    }
    expect(compared).toBeGreaterThan(siteProfiles().length * 3)
  })
})

describe('what each profile adds', () => {
  const cases = listCases()

  for (const profile of siteProfiles()) {
    const proofs = cases.filter((item) => item.site === profile.name && (readMeta(item.folder).profileAdds?.length ?? 0) > 0)

    it(`should have a fixture for ${profile.name} that shows what it adds`, () => {
      expect(proofs.map((item) => item.name), `fixtures/${profile.name}/ has no case with \`profileAdds\` in its meta.json`).not.toEqual([])
    })

    for (const item of proofs) {
      it(`should change ${readMeta(item.folder).profileAdds!.join(', ')} of ${item.site}/${item.name}`, () => {
        const meta = readMeta(item.folder)
        const options = optionsOf(meta)
        const withProfile = run(readInput(item), options, false).article
        const generic = run(readInput(item), options, false, null).article
        expect(chooseProfile(options)?.name, 'the case must pick its own profile').toBe(profile.name)
        for (const field of meta.profileAdds!) {
          const key = field as keyof typeof withProfile
          expect(JSON.stringify(withProfile[key]), `${field}: the profile adds nothing over the generic rules`).not.toBe(JSON.stringify(generic[key]))
        }
      })
    }
  }
})
