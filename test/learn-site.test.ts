/**
 * `learnSite`, `options.learned`, and `learnSite` in `parseMany` and
 * `standfirst batch`, on six pages of an invented site written here: they
 * share a menu line, a "Related" label and a call for tips; two of them
 * share a roadworks notice, two others a quotation of the mayor.
 * `npm test` builds first (the batch runs on `dist/`).
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ArticleSchema, LearnedSiteSchema, learnSite, parse, parseWithMessages, toPlainText, type Article} from '../src/index.js'

/** Each story: headline, first paragraph, second paragraph. */
const STORIES = [
  ['Bridge reopens after repairs', 'The old stone bridge over the Lark reopened on Monday after eight months of repairs to its arches.', 'Drivers had faced a detour of six miles through the villages to the north.'],
  ['Library extends opening hours', 'The central library will stay open until eight in the evening from next week, the trust that runs it said.', 'Volunteers will staff the reading room on Sundays during the trial.'],
  ['Council approves new bus route', 'A bus route linking the station to the hospital was approved by councillors on Wednesday night.', 'Services are due to start in the spring, with a bus every twenty minutes.'],
  ['School wins robotics prize', 'Pupils from Hillside Academy won a national robotics contest with a machine that sorts recycling.', 'Their teacher said the team had practised every lunchtime since September.'],
  ['Market square to be repaved', 'Work to repave the market square will begin after the Christmas fair, traders were told.', 'Stalls will move to the car park behind the town hall while the work goes on.'],
  ['Floods close riverside path', 'The riverside path was closed on Friday after heavy rain left parts of it under water.', 'Walkers are asked to use the lane above the water meadows instead.']
] as const

const MENU = 'Home · Local news · Sport · What’s on · Contact us'
const RELATED = 'Related'
/** Furniture whose digits change from page to page. */
const TIPS = (index: number) => `Got a story? Email the newsdesk or call 0155 ${index}23 456.`
/** On 2 of the 6 pages: too few to learn. */
const NOTICE = 'Roadworks on the high street continue until Friday.'
/** A real sentence two stories share: never learned. */
const QUOTE = '“We have waited for this for years, and the whole town will benefit from it,” said the mayor, Joan Pike, at the opening.'

/**
 * One page of the site.
 *
 * @param index
 *   Which story.
 * @returns
 *   Its HTML.
 */
function page(index: number): string {
  const [title, first, second] = STORIES[index]!
  return `<!doctype html><html lang="en"><head><title>${title} | Larkfield Gazette</title></head><body>
<article><h1>${title}</h1>
<p>${MENU}</p>
<p>${first}</p>
${index < 2 ? `<p>${NOTICE}</p>` : ''}
<p>${RELATED}</p>
<p><a href="/news/${index + 10}">A story about the ${['harbour', 'museum', 'zoo', 'castle', 'mill', 'pier'][index]} this week</a></p>
<p>${second}</p>
${index === 2 || index === 3 ? `<p>${QUOTE}</p>` : ''}
<p>${TIPS(index)}</p>
</article></body></html>`
}

const url = (index: number) => `https://www.larkfield-gazette.example/news/${index}`
const PAGES = STORIES.map((_, index) => ({html: page(index), url: url(index)}))

describe('learnSite', () => {
  const learned = learnSite(PAGES)

  it('should learn the lines most pages repeat, and nothing else', () => {
    expect(LearnedSiteSchema.parse(learned)).toEqual(learned)
    expect(learned.host).toBe('larkfield-gazette.example')
    expect(learned.pages).toBe(6)
    expect(learned.furniture).toEqual([
      {text: MENU, pages: 6},
      // Learned as the first page wrote it; the digits of the others differ.
      {text: TIPS(0), pages: 6}
    ])
    // The generic rules drop the "Related" label (the heading of a link list) first: nothing left to learn.
    expect(learned.furniture.map((line) => line.text)).not.toContain(RELATED)
  })

  it('should drop what it learned, with a message at each line, and keep the rest', () => {
    const {article, messages} = parseWithMessages(PAGES[2]!.html, {url: url(2), learned})
    const text = toPlainText(article)
    for (const furniture of [MENU, TIPS(2)]) expect(text).not.toContain(furniture)
    expect(text).not.toMatch(/^Related$/m)
    for (const content of [STORIES[2][1], STORIES[2][2], QUOTE]) expect(text).toContain(content)
    const dropped = messages.filter((message) => message.ruleId === 'learned-furniture-dropped')
    expect(dropped.map((message) => [message.actual, message.line])).toEqual([
      [MENU, 3],
      [TIPS(2), 10]
    ])
    expect(dropped[0]!.place).toEqual({start: {line: 3, column: 1, offset: expect.any(Number)}, end: {line: 3, column: MENU.length + 8, offset: expect.any(Number)}})
    expect(messages.filter((message) => message.ruleId === 'learned-site-applied')).toHaveLength(1)
  })

  it('should keep a line only 2 of the 6 pages have', () => {
    expect(toPlainText(parse(PAGES[0]!.html, {url: url(0), learned}))).toContain(NOTICE)
  })

  it('should leave the furniture in without a learned profile (the generic rules alone keep it)', () => {
    const text = toPlainText(parse(PAGES[2]!.html, {url: url(2)}))
    expect(text).toContain(MENU)
    expect(text).toContain(TIPS(2))
  })

  it('should count copies of one page once', () => {
    // Four copies of one story and two others: the story is on 4 of 6 pages, but on 1 of 3 distinct pages.
    const copies = learnSite([PAGES[0]!, PAGES[0]!, PAGES[0]!, PAGES[0]!, PAGES[1]!, PAGES[2]!])
    expect(copies.pages).toBe(3)
    expect(copies.furniture.map((line) => line.text)).toEqual([MENU, TIPS(0)])
  })

  it('should learn nothing from versions of one story', () => {
    // Four snapshots of one running story, each with the posts of the one before and a new one.
    const posts = ['The first trains left the depot at six, an hour late, after the overnight frost.', 'Commuters at the station said the delays were the worst they had seen this winter.', 'The rail operator has apologised and promised refunds for every season ticket holder.', 'Buses are replacing trains between Larkfield and the coast until the line is checked.', 'Engineers have found a broken rail near the viaduct and expect to mend it by noon.', 'The line has reopened, and trains are running to the timetable again this evening.']
    const snapshots = [3, 4, 5, 6].map((count, index) => ({
      html: `<!doctype html><html><head><title>Rail delays: live</title></head><body><article><h1>Rail delays: live</h1><p>${MENU}</p>${posts.slice(0, count).map((post) => `<p>${post}</p>`).join('')}</article></body></html>`,
      url: url(index)
    }))
    expect(learnSite(snapshots).furniture).toEqual([])
  })

  it('should learn nothing from fewer pages than `minPages`', () => {
    expect(learnSite(PAGES.slice(0, 2)).furniture).toEqual([])
    expect(learnSite(PAGES.slice(0, 2), {minPages: 2}).furniture.map((line) => line.text)).toContain(NOTICE)
  })

  it('should read scraped text as well', () => {
    const texts = STORIES.map(([title, first, second], index) => ({text: `${title}\n\n${MENU}\n\n${first}\n\n${second}\n\n${TIPS(index)}`, url: url(index)}))
    const fromText = learnSite(texts)
    expect(fromText.furniture.map((line) => line.text)).toEqual([MENU, TIPS(0)])
    // Below the headline, the menu is no standfirst (a list of short items), but it stays in the text until it is known as the site's.
    const unlearned = parse(texts[4]!.text, {format: 'text'})
    expect(unlearned.standfirst).toBeUndefined()
    expect(toPlainText(unlearned)).toContain(MENU)
    const article = parse(texts[4]!.text, {format: 'text', learned: fromText})
    expect(article.standfirst).toBeUndefined()
    const text = toPlainText(article)
    expect(text).not.toContain(TIPS(4))
    expect(text).not.toContain(MENU)
    expect(text).toContain(STORIES[4][2])
  })

  it('should refuse invalid options and profiles', () => {
    expect(() => learnSite(PAGES, {minPages: 1})).toThrow(/minPages/)
    expect(() => learnSite(PAGES, {minShare: 0})).toThrow(/minShare/)
    expect(() => parse(PAGES[0]!.html, {learned: {pages: 1, furniture: [{text: '', pages: 1}]}})).toThrow(/options\.learned/)
  })
})

describe('learnSite in batches', () => {
  /** The page objects of the site, with ids. */
  const batch = PAGES.map((each, index) => ({id: `p${index}`, ...each}))

  /** Whether an Article's text holds any of the site's furniture. */
  const hasFurniture = (article: Article) => [MENU, 'Got a story?'].some((line) => toPlainText(article).includes(line))

  it('should learn each host in parseMany with `learnSite: true`', async () => {
    const {parseMany} = await import('standfirst/batch')
    const articles = new Map<string, Article>()
    const other = {id: 'elsewhere', url: 'https://other.example/a', html: page(0)}
    for await (const result of parseMany([...batch, other], {jobs: 1, learnSite: true})) {
      if ('article' in result) articles.set(result.id, ArticleSchema.parse(result.article))
    }
    expect([...articles.keys()]).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'elsewhere'])
    for (const id of ['p0', 'p1', 'p2', 'p3', 'p4', 'p5']) expect(hasFurniture(articles.get(id)!), id).toBe(false)
    // One page of another host learns nothing.
    expect(hasFurniture(articles.get('elsewhere')!)).toBe(true)
    expect(toPlainText(articles.get('p0')!)).toContain(NOTICE)
    expect(toPlainText(articles.get('p3')!)).toContain(QUOTE)
  })

  it('should learn in `standfirst batch --learn-site`, and not without it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'standfirst-learn-'))
    writeFileSync(join(dir, 'site.jsonl'), batch.map((each) => JSON.stringify(each)).join('\n') + '\n')
    const cli = new URL('../dist/cli.js', import.meta.url).pathname
    const articles = (...flags: string[]) => {
      const out = join(dir, `out${flags.length}.jsonl`)
      const run = spawnSync(process.execPath, [cli, 'batch', join(dir, 'site.jsonl'), '--out', out, '--jobs', '1', ...flags], {encoding: 'utf8'})
      expect(run.status, run.stderr).toBe(0)
      return readFileSync(out, 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as {article: Article}).article)
    }
    expect(articles('--learn-site').map(hasFurniture)).toEqual([false, false, false, false, false, false])
    expect(articles().map(hasFurniture)).toEqual([true, true, true, true, true, true])
  })

  it('should refuse a learnSite that is not a boolean', async () => {
    const {parseMany} = await import('standfirst/batch')
    await expect(parseMany([], {learnSite: 'yes' as never}).next()).rejects.toThrow(/learnSite/)
  })
})
