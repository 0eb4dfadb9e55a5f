/**
 * `diffPosts`: two snapshots of a live blog, written here, parsed, then
 * compared post by post; and hand-built articles for the edge cases
 * (duplicate ids, timestamps written differently, fields that appear).
 */
import {describe, expect, it} from 'vitest'
import {PostsDiffSchema, diffPosts, parse, type Article, type Post} from '../src/index.js'

/** A page around a body. */
const html = (body: string) => `<!doctype html><html lang="en"><head><title>Page</title></head><body>${body}</body></html>`

/** A live blog page of `<article>` posts. */
const livePage = (...posts: string[]) => html(`<main><h1>Ferry strike live</h1><div class="live-feed">${posts.join('')}</div></main>`)

/** A post of `<article>` markup with a time, a title and one paragraph; `attributes` may give it an id. */
const htmlPost = (time: string, title: string, text: string, attributes = '') =>
  `<article class="entry"${attributes}><header><time datetime="2024-05-02T${time}:00+01:00">${time}</time><h2>${title}</h2></header><p>${text}</p></article>`

const talks = 'Negotiators returned to the table shortly after ten, a spokesperson for the operator confirmed to reporters outside.'
const unionsAtNoon = 'The unions said on Thursday morning that talks with the ferry operator would resume at noon in the harbour office.'
const unionsAtTwo = 'The unions said on Thursday morning that talks with the ferry operator would resume at two in the harbour office.'
const crossings = 'All morning crossings to the islands were cancelled, the operator said, and passengers were offered refunds or later sailings.'
const strike = 'Crews walked off the ferries at dawn after talks on pay and rosters broke down late last night without agreement.'

/** The older snapshot: three posts, newest first. */
const before = parse(
  livePage(htmlPost('09:30', 'Unions meet the operator', unionsAtNoon), htmlPost('08:45', 'Crossings cancelled', crossings), htmlPost('08:00', 'Strike begins', strike)),
  {format: 'html'}
)

/** The newer snapshot: a post arrives on top, the next is edited, the oldest is gone. */
const after = parse(
  livePage(htmlPost('10:15', 'Talks resume', talks), htmlPost('09:30', 'Unions meet the operator', unionsAtTwo), htmlPost('08:45', 'Crossings cancelled', crossings)),
  {format: 'html'}
)

/** The ids of an article's posts, in page order. */
const ids = (posts: Post[]) => posts.map((post) => post.id)

/** A post with the required fields, and `fields` over them. */
const makePost = (id: string, fields: Partial<Post> = {}): Post => ({id, authors: [], pinned: false, keyEvent: false, body: [{type: 'paragraph', text: `Text of ${id}.`}], ...fields})

/** A live blog holding `posts`. */
const makeArticle = (posts: Post[]): Article => ({kind: 'liveblog', title: 'Live', authors: [], keyPoints: [], body: [], posts, related: []})

describe('diffPosts on two parsed snapshots', () => {
  it('should keep the id of each post that stays, though its position moved', () => {
    expect(ids(before.posts)).toEqual(['0930-unions-meet-the-operator', '0845-crossings-cancelled', '0800-strike-begins'])
    expect(ids(after.posts)).toEqual(['1015-talks-resume', '0930-unions-meet-the-operator', '0845-crossings-cancelled'])
    expect(after.posts.findIndex((post) => post.id === '0845-crossings-cancelled')).not.toBe(before.posts.findIndex((post) => post.id === '0845-crossings-cancelled'))
  })

  it('should report the new post as added, the changed one as edited with its fields, the lost one as removed', () => {
    const diff = diffPosts(before, after)
    expect(ids(diff.added)).toEqual(['1015-talks-resume'])
    expect(diff.added[0]).toEqual(after.posts[0])
    expect(ids(diff.removed)).toEqual(['0800-strike-begins'])
    expect(diff.removed[0]).toEqual(before.posts[2])
    expect(diff.edited).toEqual([{id: '0930-unions-meet-the-operator', before: before.posts[0], after: after.posts[1], changed: ['body']}])
    expect(diff.unchanged).toBe(1)
    expect(PostsDiffSchema.parse(diff)).toEqual(diff)
  })

  it('should find nothing between a snapshot and itself, nor between two parses of one page', () => {
    expect(diffPosts(after, after)).toEqual({added: [], removed: [], edited: [], unchanged: 3})
    const again = parse(livePage(htmlPost('10:15', 'Talks resume', talks), htmlPost('09:30', 'Unions meet the operator', unionsAtTwo), htmlPost('08:45', 'Crossings cancelled', crossings)), {format: 'html'})
    expect(diffPosts(after, again)).toEqual({added: [], removed: [], edited: [], unchanged: 3})
  })

  it('should match by the ids the page gives, even when a post\'s title and time change', () => {
    const older = parse(
      livePage(
        htmlPost('09:30', 'Unions meet the operator', unionsAtNoon, ' data-post-id="p-17"'),
        htmlPost('08:45', 'Crossings cancelled', crossings, ' data-post-id="p-16"'),
        htmlPost('08:00', 'Strike begins', strike, ' data-post-id="p-15"')
      ),
      {format: 'html'}
    )
    const newer = parse(
      livePage(
        htmlPost('10:15', 'Talks resume', talks, ' data-post-id="p-18"'),
        htmlPost('09:35', 'Unions and operator meet', unionsAtNoon, ' data-post-id="p-17"'),
        htmlPost('08:45', 'Crossings cancelled', crossings, ' data-post-id="p-16"')
      ),
      {format: 'html'}
    )
    const diff = diffPosts(older, newer)
    expect(ids(diff.added)).toEqual(['p-18'])
    expect(ids(diff.removed)).toEqual(['p-15'])
    expect(diff.edited.map((edit) => [edit.id, edit.changed])).toEqual([['p-17', ['published', 'title']]])
    expect(diff.unchanged).toBe(1)
  })

  it('should diff two snapshots of scraped text, whose ids come from the time and the first words', () => {
    const page = (...blocks: string[]) => blocks.join('\n\n')
    const post = (time: string, title: string, text: string) => page(time, title, text, 'Share')
    const options = {format: 'text', date: '2024-05-02', timeZone: 'Europe/London'} as const
    const older = parse(page('Ferry strike live: all the latest', post('09:30', 'Unions meet the operator', unionsAtNoon), post('08:45', 'Crossings cancelled', crossings), post('08:00', 'Strike begins', strike)), options)
    const newer = parse(page('Ferry strike live: all the latest', post('10:15', 'Talks resume', talks), post('09:30', 'Unions meet the operator', unionsAtTwo), post('08:45', 'Crossings cancelled', crossings)), options)
    expect(ids(newer.posts).slice(1)).toEqual(ids(older.posts).slice(0, 2))
    const diff = diffPosts(older, newer)
    expect(ids(diff.added)).toEqual([newer.posts[0]!.id])
    expect(ids(diff.removed)).toEqual([older.posts[2]!.id])
    expect(diff.edited.map((edit) => [edit.id, edit.changed])).toEqual([[older.posts[0]!.id, ['body']]])
    expect(diff.unchanged).toBe(1)
  })
})

describe('diffPosts on built articles', () => {
  it('should list added and edited posts in the newer page order, removed ones in the older', () => {
    const older = makeArticle([makePost('c'), makePost('x'), makePost('b'), makePost('y'), makePost('a')])
    const newer = makeArticle([makePost('e'), makePost('a', {pinned: true}), makePost('d'), makePost('c', {title: 'Now with a title'}), makePost('b')])
    const diff = diffPosts(older, newer)
    expect(ids(diff.added)).toEqual(['e', 'd'])
    expect(ids(diff.removed)).toEqual(['x', 'y'])
    expect(diff.edited.map((edit) => [edit.id, edit.changed])).toEqual([['a', ['pinned']], ['c', ['title']]])
    expect(diff.unchanged).toBe(1)
  })

  it('should compare bodies, authors and timestamps by value, and name every changed field in field order', () => {
    const stamp = (iso: string) => ({text: iso.slice(11, 16), iso, date: iso.slice(0, 10), time: iso.slice(11, 16), timeZone: 'Europe/London'})
    const older = makePost('a', {published: stamp('2024-05-02T09:30:00+01:00'), authors: [{name: 'Ines Calder'}], keyEvent: false, label: 'Analysis'})
    const copy = structuredClone(older)
    expect(diffPosts(makeArticle([older]), makeArticle([copy]))).toEqual({added: [], removed: [], edited: [], unchanged: 1})
    const newer = makePost('a', {
      published: stamp('2024-05-02T09:30:00+01:00'),
      updated: stamp('2024-05-02T09:41:00+01:00'),
      authors: [{name: 'Ines Calder', role: 'Transport correspondent'}],
      keyEvent: true,
      body: [{type: 'paragraph', text: 'Text of a.'}, {type: 'quote', text: 'We will sail tomorrow.'}]
    })
    expect(diffPosts(makeArticle([older]), makeArticle([newer])).edited[0]?.changed).toEqual(['updated', 'label', 'authors', 'keyEvent', 'body'])
  })

  it('should see a change inside a block, and in the order of blocks', () => {
    const list = (items: string[]) => makePost('a', {body: [{type: 'list', items, ordered: false}, {type: 'paragraph', text: 'After the list.'}]})
    expect(diffPosts(makeArticle([list(['one', 'two'])]), makeArticle([list(['one', 'three'])])).edited[0]?.changed).toEqual(['body'])
    const swapped = makePost('a', {body: [{type: 'paragraph', text: 'After the list.'}, {type: 'list', items: ['one', 'two'], ordered: false}]})
    expect(diffPosts(makeArticle([list(['one', 'two'])]), makeArticle([swapped])).edited[0]?.changed).toEqual(['body'])
  })

  it('should take a moment written another way as the same moment, and a field set to undefined as absent', () => {
    const older = makePost('a', {published: {text: '9.30am', iso: '2024-05-02T09:30:00+01:00', date: '2024-05-02', time: '09:30', timeZone: 'Europe/London'}})
    const newer = makePost('a', {published: {text: '09:30 BST', iso: '2024-05-02T08:30:00Z', date: '2024-05-02', time: '09:30', timeZone: 'Europe/London'}, title: undefined})
    expect(diffPosts(makeArticle([older]), makeArticle([newer]))).toEqual({added: [], removed: [], edited: [], unchanged: 1})
    const later = makePost('a', {published: {...older.published!, iso: '2024-05-02T09:31:00+01:00', time: '09:31'}})
    expect(diffPosts(makeArticle([older]), makeArticle([later])).edited[0]?.changed).toEqual(['published'])
    const dayOnly = makePost('a', {published: {text: '9.30am', date: '2024-05-02', time: '09:30'}})
    expect(diffPosts(makeArticle([older]), makeArticle([dayOnly])).edited[0]?.changed).toEqual(['published'])
    const unresolved = (text: string) => makePost('a', {published: {text}})
    expect(diffPosts(makeArticle([unresolved('Earlier today')]), makeArticle([unresolved('Yesterday')])).edited[0]?.changed).toEqual(['published'])
  })

  it('should pair duplicate ids in page order, without throwing', () => {
    const older = makeArticle([makePost('dup', {title: 'First'}), makePost('dup', {title: 'Second'}), makePost('dup', {title: 'Third'})])
    const newer = makeArticle([makePost('dup', {title: 'First'}), makePost('dup', {title: 'Second, edited'})])
    const diff = diffPosts(older, newer)
    expect(diff.added).toEqual([])
    expect(diff.removed.map((post) => post.title)).toEqual(['Third'])
    expect(diff.edited.map((edit) => [edit.before.title, edit.after.title])).toEqual([['Second', 'Second, edited']])
    expect(diff.unchanged).toBe(1)
    const grown = diffPosts(newer, older)
    expect(grown.added.map((post) => post.title)).toEqual(['Third'])
    const interleaved = makeArticle([makePost('dup', {title: 'First'}), makePost('other', {title: 'Other'}), makePost('dup', {title: 'Second'})])
    expect(diffPosts(interleaved, makeArticle([])).removed.map((post) => post.title)).toEqual(['First', 'Other', 'Second'])
  })

  it('should find every post added to an empty page, and every post removed from one', () => {
    const posts = makeArticle([makePost('a'), makePost('b')])
    expect(diffPosts(makeArticle([]), posts)).toEqual({added: posts.posts, removed: [], edited: [], unchanged: 0})
    expect(diffPosts(posts, makeArticle([]))).toEqual({added: [], removed: posts.posts, edited: [], unchanged: 0})
  })
})
