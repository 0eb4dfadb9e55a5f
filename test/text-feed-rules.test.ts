/**
 * Rules of the text front end on lists and live feeds, each proved on small
 * inputs written here (not the fixtures): a list whose bullets are
 * separated by blank lines, and the end of a digest post.
 */
import {describe, expect, it} from 'vitest'
import {parse, toPlainText} from '../src/index.js'

/** Join lines as a scraper leaves them: one blank line between blocks. */
const page = (...blocks: string[]) => blocks.join('\n\n')

/** A sentence of prose about a topic. */
const prose = (topic: string) =>
  `The county council said on Thursday that ${topic} would be reviewed by an independent panel before the end of the year.`

describe('lists', () => {
  it('should keep bullets separated by blank lines as one list', () => {
    const article = parse(page('Harbour bridge to close for repairs', prose('the bridge'), '  • The bridge closes on Monday', '  • Buses take the ring road', '  • Ferries run every hour'), {
      format: 'text'
    })
    expect(article.body.map((block) => block.type)).toEqual(['paragraph', 'list'])
    expect(article.body[1]).toMatchObject({items: ['The bridge closes on Monday', 'Buses take the ring road', 'Ferries run every hour']})
  })

  it('should end the list at the first line that is not a bullet, and not join a numbered list to a bulleted one', () => {
    const article = parse(page('Harbour bridge to close for repairs', '• The bridge closes on Monday', '• Buses take the ring road', prose('the bridge'), '1. Check the timetable'), {
      format: 'text'
    })
    expect(article.body.map((block) => block.type)).toEqual(['list', 'paragraph', 'paragraph'])
  })
})

describe('digest posts', () => {
  /** A live blog without time stamps, whose posts end with a share footer. */
  const blog = (...posts: string[]) => page('Harbour strike live: ferries cancelled', ...posts.flatMap((post) => [post, 'Share']))

  it('should end a "Summary" post with its bullets where posts carry no stamps: the prose after them is the next post', () => {
    const article = parse(
      blog(
        page('Ferry talks break down', prose('the ferry contract'), prose('the pay offer')),
        page('Summary of the day', '• Talks broke down at noon', '• Ferries are cancelled until Monday', prose('the strike fund'), prose('the picket line'))
      ),
      {format: 'text'}
    )
    const summary = article.posts.find((post) => post.title === 'Summary of the day')
    expect(summary?.body).toEqual([{type: 'list', ordered: false, items: ['Talks broke down at noon', 'Ferries are cancelled until Monday']}])
    expect(summary?.keyEvent).toBe(true)
    expect(toPlainText(article)).toContain(prose('the strike fund'))
    expect(article.posts.some((post) => post.body[0]?.type === 'paragraph' && post.body[0].text === prose('the strike fund'))).toBe(true)
  })

  it('should leave a stamped summary post whole', () => {
    const article = parse(
      page('Harbour strike live: ferries cancelled', '10.15am', 'Ferry talks break down', prose('the ferry contract'), '9.40am', 'Summary of the day', '• Talks broke down at noon', '• Ferries are cancelled until Monday', prose('the strike fund')),
      {format: 'text', date: '2024-05-02', timeZone: 'Europe/London'}
    )
    const summary = article.posts.find((post) => post.title === 'Summary of the day')
    expect(summary?.body.map((block) => block.type)).toEqual(['list', 'paragraph'])
  })
})

describe('stamped posts that end in footers', () => {
  const feed = (before: string) =>
    [
      'Storm live: roads closed across the county',
      before,
      '14:05\nCouncil confirms bridge closure\n' + prose('the bridge closure') + '\nShare',
      '13:40\nRail services suspended\n' + prose('the rail timetable') + '\nShare',
      '13:10\nSchools to close early\n' + prose('the school closures') + '\nShare'
    ].join('\n\n')

  it('should open the first post at its stamp, not at the end of the header, and drop a relative update line', () => {
    const article = parse(feed('Updated 2 hours ago'), {format: 'text', date: '2025-03-06', timeZone: 'Europe/London'})
    expect(article.posts.map((post) => [post.published?.time, post.title])).toEqual([
      ['14:05', 'Council confirms bridge closure'],
      ['13:40', 'Rail services suspended'],
      ['13:10', 'Schools to close early']
    ])
    expect(toPlainText(article)).not.toContain('Updated 2 hours ago')
  })

  it('should keep a note between the header and the first stamp as the page’s, not a post', () => {
    const note = 'All times are local. ' + prose('the live coverage')
    const article = parse(feed(note), {format: 'text', date: '2025-03-06', timeZone: 'Europe/London'})
    expect(article.posts).toHaveLength(3)
    expect(article.posts[0]!.title).toBe('Council confirms bridge closure')
  })
})
