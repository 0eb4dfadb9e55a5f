/**
 * The selector matcher of site profiles (`src/profiles/select.ts`): the
 * same elements as `hast-util-select`, in the same order, for every
 * selector of the shipped profiles and for each form of the subset it
 * compiles; other selectors are left to `hast-util-select`.
 */
import type {Element, Root} from 'hast'
import {selectAll} from 'hast-util-select'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {fromHtml} from '../src/html/from-html.js'
import {applyHtmlProfile} from '../src/profiles/apply-html-profile.js'
import {siteProfiles} from '../src/profiles/registry.js'
import {SiteProfileSchema} from '../src/profiles/schema.js'
import {compileSelectors, selectList} from '../src/profiles/select.js'

/**
 * A page as the HTML front end reads it.
 *
 * @param html
 *   The markup.
 * @returns
 *   The tree.
 */
function tree(html: string): Root {
  const processor = unified().use(fromHtml, {positions: false})
  return processor.runSync(processor.parse(html)) as unknown as Root
}

const page = tree(
  [
    '<header id="top" class="site-header"><nav><a href="/" rel="home">Home</a></nav><h1 class="headline__text">Head</h1></header>',
    '<article id="block-1" class="post x-ContributorName" data-testid="content-post" data-component="image-block">',
    '<figure><img src="a.jpg" hidden><figcaption>Cap <span role="text">Image source, AP</span></figcaption></figure>',
    '<p class="a b" lang="en-GB">One <a href="https://reutersagency.com/x" rel="author nofollow">Agency</a></p>',
    '<time datetime="2024-01-01">1 Jan</time><input disabled><div><p>Deep <time>2 Jan</time></p></div></article>',
    '<article id="other" class="card"><h2>Two</h2><p class="b">Three</p></article>'
  ].join('')
)

/** Selectors of each form the subset compiles. */
const FORMS = [
  'p', '*', '#top', '.b', '.a.b', 'p.b', 'h1.headline__text', '[hidden]', 'input[disabled]', '[lang|="en"]', '[rel~="author"]',
  '[href^="https://"]', '[href$="/x"]', '[href*="reutersagency.com"]', '[class*="-ContributorName"]', '[class="a b"]', "[id='other']",
  'article p', 'article div time', 'header h1', '[data-component="image-block"] span[role="text"]', 'article[id^="block-"] time', '#nothing p'
]

describe('profile selectors', () => {
  it('should compile every selector of the shipped profiles and each form of the subset', () => {
    for (const profile of siteProfiles()) for (const list of Object.values(profile.selectors)) expect(compileSelectors(list!), `${profile.name}: ${list!.join(', ')}`).toBeDefined()
    for (const selector of FORMS) expect(compileSelectors([selector]), selector).toBeDefined()
  })

  it('should find what hast-util-select finds, in page order', () => {
    const lists = [...FORMS.map((selector) => [selector]), FORMS, ...siteProfiles().flatMap((profile) => Object.values(profile.selectors) as string[][])]
    for (const list of lists) expect(selectList(list, page), list.join(', ')).toEqual(selectAll(list.join(', '), page))
    expect(selectList(['article p'], page).length).toBe(3)
  })

  it('should leave other selectors to hast-util-select', () => {
    for (const selector of ['article > p', 'p + p', 'p:first-child', 'P', 'a, b', '.a\\:b', '#a#b']) {
      expect(compileSelectors([selector]), selector).toBeUndefined()
      expect(selectList([selector], page), selector).toEqual(selectAll(selector, page))
    }
  })

  it('should mark an element that has no attributes', () => {
    const profile = SiteProfileSchema.parse({name: 'x', hosts: ['x.test'], selectors: {caption: ['figure figcaption']}})
    const processor = unified().use(fromHtml, {positions: false}).use(applyHtmlProfile, profile)
    const marked = processor.runSync(processor.parse('<figure><img src="a.jpg"><figcaption>Cap</figcaption></figure>')) as unknown as Root
    expect(selectAll('figcaption', marked).map((element: Element) => element.properties.className)).toEqual([['caption']])
  })
})
