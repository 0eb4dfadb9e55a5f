/**
 * Rule scaling: for every rule, an input that repeats that rule's own
 * trigger (author elements, figures, caption lines, name lines, bylines,
 * stamps, key-point lines, JSON-LD nesting, headings, link lists,
 * transcripts…), parsed at n and at 4n repetitions. Linear work costs about
 * 4× as long; a rule that rescans the rest of the page from each trigger
 * costs about 16×. A case above ×8 fails, and the exit code is 1.
 *
 * Times are the best of several runs after a warm-up, so that a busy
 * machine or a garbage collection does not decide; sizes are large enough
 * (about 512 KB at n, 2 MB at 4n: at a quarter of that, a rescan of the
 * rest of the page still hides under the linear work) that timer noise does not either. The time
 * budget of `parse` is lifted, so that a slow rule is measured, not skipped.
 *
 *   npm run bench:rule-scaling
 *   npm run bench:rule-scaling -- --filter figure --size 512k --runs 5
 *
 * @module
 */
import {parse} from '../src/index.js'

const KB = 1024

/** Above this ratio of the 4n time to the n time, a case fails. */
const MAX_RATIO = 8

/** One input family: a trigger repeated. */
interface Case {
  /** What is repeated, and which rule it aims at. */
  name: string
  format: 'html' | 'text'
  /** The repeated unit; `i` varies it so that deduplication does not collapse it. */
  unit: (i: number) => string
  /** What comes before the repetitions. */
  head?: string
  /** What comes after them. */
  tail?: string
  /** Build the whole input at once (nesting): given the count. */
  whole?: (count: number) => string
}

/** A sentence of news prose, varied by `i`. */
const prose = (i: number) =>
  `The council said on day ${i} that the harbour plan would be reviewed by an independent panel before the end of the year, officials confirmed.`

/** Invented names, varied by `i`. */
const GIVEN = ['Jane', 'Maria', 'Tom', 'Anna', 'Luis', 'Ines', 'Omar', 'Ruth']
const FAMILY = ['Doe', 'Lopez', 'Baker', 'Novak', 'Silva', 'Meyer', 'Haddad', 'Stone']
const person = (i: number) => `${GIVEN[i % GIVEN.length]} ${FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]}`

/** A clock time that moves backwards with `i` (a newest-first feed). */
const clock = (i: number) => {
  const minutes = (24 * 60 - 1 - (i % (24 * 60)))
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

const HTML_HEAD =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour plan reviewed | The Daily Example</title></head>' +
  '<body><main><article><h1>Harbour plan reviewed</h1>\n'
const HTML_TAIL = '\n</article></main></body></html>'
const TEXT_HEAD = 'Harbour plan reviewed\n\nBy Jane Doe\n\n'

/** The cases: one or more per rule. */
const CASES: Case[] = [
  // HTML front end and metadata.
  {name: 'html: itemprop author elements (metadata authors)', format: 'html', unit: (i) => `<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">${person(i)}</span></span>\n`},
  {name: 'html: itemprop author elements between paragraphs', format: 'html', unit: (i) => `<p>${prose(i)}</p><div itemprop="author"><a rel="author" href="/authors/${i}">${person(i)}</a></div>\n`},
  {name: 'html: author metas (article:author, name=author)', format: 'html', head: '<!doctype html><html><head>', tail: '</head><body><h1>Harbour plan reviewed</h1><p>' + prose(0) + '</p></body></html>', unit: (i) => `<meta property="article:author" content="${person(i)}"><meta name="author" content="${person(i + 1)}">\n`},
  {name: 'html: byline elements (class byline)', format: 'html', unit: (i) => `<p class="byline">By ${person(i)} and ${person(i + 3)}</p><p>${prose(i)}</p>\n`},
  {name: 'html: figures with caption and credit', format: 'html', unit: (i) => `<figure><img src="/photos/${i}.jpg" alt="Boats ${i}"><figcaption><span class="caption">Boats in the harbour on day ${i}.</span> <span class="credit">Photo: ${person(i)}/Agency</span></figcaption></figure><p>${prose(i)}</p>\n`},
  {name: 'html: a run of figures (no prose between)', format: 'html', unit: (i) => `<figure><picture><source srcset="/p/${i}-800.jpg 800w, /p/${i}-1600.jpg 1600w"><img src="/p/${i}.jpg"></picture><figcaption>Day ${i} at the harbour. Photograph: ${person(i)}</figcaption></figure>\n`},
  {name: 'html: images in noscript and lazy attributes', format: 'html', unit: (i) => `<div class="image"><img data-src="/lazy/${i}.jpg" src="data:image/gif;base64,R0lGOD"><noscript><img src="/lazy/${i}.jpg"></noscript><p class="caption">Harbour, day ${i} (Photo: Agency)</p></div><p>${prose(i)}</p>\n`},
  {name: 'html: headings and paragraphs', format: 'html', unit: (i) => `<h2>Section ${i} of the plan</h2><p>${prose(i)}</p>\n`},
  {name: 'html: headings only', format: 'html', unit: (i) => `<h2>What happens on day ${i}</h2>\n`},
  {name: 'html: link lists (related rails)', format: 'html', unit: (i) => `<p>${prose(i)}</p><ul class="related">${[0, 1, 2, 3, 4].map((k) => `<li><a href="/story/${i}-${k}">Related story ${i}-${k} about the harbour</a></li>`).join('')}</ul>\n`},
  {name: 'html: live posts with time[datetime]', format: 'html', unit: (i) => `<article class="post"><time datetime="2026-03-04T${clock(i)}:00Z">${clock(i)}</time><h2>Update ${i} on the harbour</h2><p>${prose(i)}</p></article>\n`},
  {name: 'html: time-prefixed paragraphs (ticker)', format: 'html', unit: (i) => `<p><strong>${clock(i)} Uhr:</strong> ${prose(i)}</p>\n`},
  {name: 'html: liveBlogUpdate microdata', format: 'html', unit: (i) => `<div itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting"><meta itemprop="datePublished" content="2026-03-04T${clock(i)}:00+01:00"><meta itemprop="headline" content="Update ${i}"><p>${prose(i)}</p></div>\n`},
  {name: 'html: key points lists', format: 'html', unit: (i) => `<h2>Key points</h2><ul><li>${prose(i)}</li><li>${prose(i + 1)}</li></ul><p>${prose(i + 2)}</p>\n`},
  {name: 'html: embedded posts (tweets)', format: 'html', unit: (i) => `<blockquote class="twitter-tweet"><p>Harbour news ${i}</p>&mdash; ${person(i)} (@user${i}) <a href="https://twitter.com/x/status/${i}">March 4, 2026</a></blockquote><p>${prose(i)}</p>\n`},
  {name: 'html: hidden elements and buttons', format: 'html', unit: (i) => `<div hidden><p>Hidden ${i}</p></div><button>Share ${i}</button><p style="display:none">${prose(i)}</p><p>${prose(i + 1)}</p>\n`},
  {name: 'html: asides and navs inside the article', format: 'html', unit: (i) => `<p>${prose(i)}</p><aside class="promo"><h3>More from the harbour</h3><a href="/m/${i}">Story ${i}</a></aside><nav><a href="/n/${i}">Next</a></nav>\n`},
  {name: 'html: repeated identical paragraphs', format: 'html', unit: () => `<p>${prose(1)}</p>\n`},
  {name: 'html: h1 headings (headline candidates)', format: 'html', unit: (i) => `<h1>Harbour plan reviewed on day ${i}</h1><p>${prose(i)}</p>\n`},
  {name: 'html: standfirst-classed paragraphs', format: 'html', unit: (i) => `<p class="standfirst">A short summary of harbour day ${i}, under the headline</p><p>${prose(i)}</p>\n`},
  {name: 'html: declared images (og:image metas)', format: 'html', head: '<!doctype html><html><head>', tail: '</head><body><h1>Harbour plan reviewed</h1><p>' + prose(0) + '</p></body></html>', unit: (i) => `<meta property="og:image" content="https://example.com/i/${i}.jpg"><meta name="twitter:image" content="https://example.com/t/${i}.jpg">\n`},
  {name: 'html: teaser cards (listing)', format: 'html', unit: (i) => `<div class="card"><a href="/story/${i}"><img src="/thumb/${i}.jpg"><h3>Harbour story ${i} makes waves</h3></a><p>A short teaser about harbour story ${i}.</p><time datetime="2026-03-04">4 March 2026</time></div>\n`},
  {name: 'html: time elements (instants, dated items)', format: 'html', unit: (i) => `<p>${prose(i)} <time datetime="2026-03-${String((i % 28) + 1).padStart(2, '0')}T${clock(i)}:00Z">${(i % 28) + 1} March</time></p>\n`},
  {name: 'html: date metas (Dublin Core, parsely, sailthru)', format: 'html', head: '<!doctype html><html><head>', tail: '</head><body><h1>Harbour plan reviewed</h1><p>' + prose(0) + '</p></body></html>', unit: (i) => `<meta name="DC.date" content="2026-03-04T${clock(i)}:00+01:00"><meta name="sailthru.date" content="Wed Mar 04 ${clock(i)}:00 CET 2026">\n`},
  {name: 'html: tables', format: 'html', unit: (i) => `<table><tr><td>Row ${i}</td><td>${i * 3}</td></tr></table><p>${prose(i)}</p>\n`},
  {name: 'html: date lines in the header area', format: 'html', unit: (i) => `<p class="date">Published ${i % 28 + 1} March 2026, ${clock(i)}</p><p>${prose(i)}</p>\n`},
  {
    name: 'html: JSON-LD nested arrays',
    format: 'html',
    unit: () => '',
    whole: (count) =>
      `${HTML_HEAD.replace('</head>', `<script type="application/ld+json">${'['.repeat(count)}{"@type":"NewsArticle","headline":"Harbour plan reviewed","author":{"@type":"Person","name":"Jane Doe"}}${']'.repeat(count)}</script></head>`)}<p>${prose(0)}</p>${HTML_TAIL}`
  },
  {
    name: 'html: JSON-LD graph of many nodes',
    format: 'html',
    unit: () => '',
    whole: (count) => {
      const nodes = Array.from({length: count}, (_, i) => `{"@type":"Person","@id":"#p${i}","name":"${person(i)}","sameAs":["https://example.com/${i}"]}`)
      const article = `{"@type":"NewsArticle","headline":"Harbour plan reviewed","datePublished":"2026-03-04T10:00:00Z","author":[${Array.from({length: count}, (_, i) => `{"@id":"#p${i}"}`).join(',')}]}`
      return `${HTML_HEAD.replace('</head>', `<script type="application/ld+json">{"@graph":[${article},${nodes.join(',')}]}</script></head>`)}<p>${prose(0)}</p>${HTML_TAIL}`
    }
  },
  {
    name: 'html: deeply nested divs',
    format: 'html',
    unit: () => '',
    whole: (count) => `${HTML_HEAD}${'<div class="wrap">'.repeat(count)}<p>${prose(0)}</p>${'</div>'.repeat(count)}${Array.from({length: count}, (_, i) => `<p>${prose(i)}</p>`).join('')}${HTML_TAIL}`
  },
  // Text front end and plugins.
  {name: 'text: caption lines (run)', format: 'text', head: TEXT_HEAD, unit: (i) => `Boats in the harbour on day ${i}. Photograph: ${person(i)}/Agency\n\n`},
  {name: 'text: caption lines between paragraphs', format: 'text', head: TEXT_HEAD, unit: (i) => `${prose(i)}\n\nA crane at work on day ${i}. Photo: ${person(i)}\n\n`},
  {name: 'text: name lines followed by prose (bylines, echoes)', format: 'text', head: TEXT_HEAD, unit: (i) => `${person(i)}\n\n${prose(i)}\n\n`},
  {name: 'text: "By" bylines followed by prose', format: 'text', head: TEXT_HEAD, unit: (i) => `By ${person(i)} and ${person(i + 1)}\n\n${prose(i)}\n\n`},
  {name: 'text: time stamps opening posts (live blog)', format: 'text', head: TEXT_HEAD, unit: (i) => `${clock(i)}\n\nUpdate ${i} on the harbour\n\n${prose(i)}\n\n`},
  {name: 'text: ticker lines under day lines', format: 'text', head: TEXT_HEAD, unit: (i) => `${i % 10 === 0 ? `Tuesday ${(i % 28) + 1} November\n\n` : ''}${clock(i)} Uhr: ${prose(i)}\n\n`},
  {name: 'text: stamps without prose', format: 'text', head: TEXT_HEAD, unit: (i) => `${clock(i)} GMT\n\n`},
  {name: 'text: post footers (Share / Updated at)', format: 'text', head: TEXT_HEAD, unit: (i) => `${prose(i)}\n\nShare\n\nUpdated at ${clock(i)}\n\n`},
  {name: 'text: key-point lines (Highlights)', format: 'text', head: TEXT_HEAD, unit: (i) => `Highlights\n\n• ${prose(i)}\n\n• ${prose(i + 1)}\n\n${prose(i + 2)}\n\n`},
  {name: 'text: datelines', format: 'text', head: TEXT_HEAD, unit: (i) => `Published ${i % 28 + 1} March 2026 ${clock(i)} GMT\n\n${prose(i)}\n\n`},
  {name: 'text: transcript lines', format: 'text', head: 'Harbour plan reviewed\n\nTranscript\n\n', unit: (i) => `${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}\n${prose(i)}\n[Music]\n`},
  {name: 'text: speaker turns (transcript)', format: 'text', head: 'Harbour plan reviewed\n\nTranscript\n\n', unit: (i) => `${person(i).toUpperCase()}: ${prose(i)}\n\n`},
  {name: 'text: contact-card spam blocks', format: 'text', head: TEXT_HEAD, unit: (i) => `${prose(i)}\n\nName: ${person(i)}\nBirthday: ${i % 28 + 1} March 1990\nPhone: 555-01${String(i % 100).padStart(2, '0')}\nHobbies: sailing\n\n`},
  {name: 'text: menu runs of short lines', format: 'text', head: TEXT_HEAD, unit: (i) => `Home\nNews\nSport ${i}\nWeather\n\n${prose(i)}\n\n`},
  {name: 'text: one-word lines', format: 'text', head: TEXT_HEAD, unit: (i) => `Word${i}\n`},
  {name: 'text: headings and prose', format: 'text', head: TEXT_HEAD, unit: (i) => `What Happens Next For The Harbour ${i}\n\n${prose(i)}\n\n`},
  {name: 'text: listing teasers', format: 'text', head: 'Latest news\n\n', unit: (i) => `Harbour story number ${i} makes waves\n\n4 March 2026\n\nA short teaser about harbour story ${i}.\n\nRead more\n\n`},
  {name: 'text: promo and call-to-action lines', format: 'text', head: TEXT_HEAD, unit: (i) => `${prose(i)}\n\nContinue reading\n\nSign up for our newsletter\n\n`},
  {name: 'text: one line repeated', format: 'text', head: TEXT_HEAD, unit: () => `${prose(1)}\n\n`},
  {name: 'text: labelled lines (Analysis / name / bio)', format: 'text', head: TEXT_HEAD, unit: (i) => `Analysis\n\n${person(i)}\n\n${person(i)} is our harbour editor\n\n${prose(i)}\n\nShare\n\n`}
]

/**
 * Build a case's input with `count` repetitions.
 *
 * @param each
 *   The case.
 * @param count
 *   Repetitions.
 * @returns
 *   The input.
 */
function build(each: Case, count: number): string {
  if (each.whole) return each.whole(count)
  const parts: string[] = [each.head ?? (each.format === 'html' ? HTML_HEAD : TEXT_HEAD)]
  for (let i = 0; i < count; i++) parts.push(each.unit(i))
  parts.push(each.tail ?? (each.format === 'html' ? HTML_TAIL : ''))
  return parts.join('')
}

/**
 * How many repetitions make an input of about `size` characters.
 *
 * @param each
 *   The case.
 * @param size
 *   Target size.
 * @returns
 *   The count.
 */
function countFor(each: Case, size: number): number {
  const probe = 64
  const per = (build(each, probe).length - build(each, 0).length) / probe || 1
  return Math.max(1, Math.round(size / per))
}

/**
 * The best time of `runs` parses of one input.
 *
 * @param input
 *   The input.
 * @param format
 *   Front end.
 * @param runs
 *   How many runs.
 * @returns
 *   Milliseconds.
 */
function best(input: string, format: 'html' | 'text', runs: number): number {
  let fastest = Number.POSITIVE_INFINITY
  for (let run = 0; run < runs; run++) {
    ;(globalThis as {gc?: () => void}).gc?.()
    const start = performance.now()
    parse(input, {format, timeBudgetMs: 1e9})
    fastest = Math.min(fastest, performance.now() - start)
  }
  return fastest
}

/** Parse a size such as `256k`. */
function parseSize(value: string): number {
  const match = /^(\d+)([km]?)$/i.exec(value.trim())
  if (!match) throw new Error(`Unknown size \`${value}\`, expected e.g. 256k or 1m`)
  const unit = match[2]!.toLowerCase() === 'm' ? 1024 * KB : match[2]!.toLowerCase() === 'k' ? KB : 1
  return Number(match[1]) * unit
}

/**
 * Run every case and print the table.
 *
 * @returns
 *   Exit code: 1 when a case grows faster than ×8 from n to 4n.
 */
function main(): number {
  const args = process.argv.slice(2)
  const flag = (name: string): string | undefined => {
    const index = args.indexOf(`--${name}`)
    return index === -1 ? undefined : args[index + 1]
  }
  const size = parseSize(flag('size') ?? '512k')
  const runs = Number(flag('runs') ?? 2)
  const filter = flag('filter')
  const cases = CASES.filter((each) => !filter || each.name.includes(filter))
  console.log(`node ${process.version}, ${new Date().toISOString()}, n ≈ ${size / KB} KB, best of ${runs}, fail above ×${MAX_RATIO}\n`)
  console.log('| case | n | KB at n | ms at n | ms at 4n | × |\n| --- | ---: | ---: | ---: | ---: | ---: |')
  let failed = 0
  for (const each of cases) {
    const count = countFor(each, size)
    const small = build(each, count)
    const large = build(each, 4 * count)
    best(small, each.format, 1) // Warm up.
    const smallMs = best(small, each.format, runs)
    const largeMs = best(large, each.format, runs)
    // Under a millisecond, the ratio is timer noise: count the floor.
    const ratio = largeMs / Math.max(smallMs, 1)
    const bad = ratio > MAX_RATIO
    if (bad) failed++
    console.log(`| ${each.name} | ${count} | ${(small.length / KB).toFixed(0)} | ${smallMs.toFixed(1)} | ${largeMs.toFixed(1)} | ${ratio.toFixed(2)}${bad ? ' FAIL' : ''} |`)
  }
  console.log(failed ? `\n${failed} of ${cases.length} cases grow faster than ×${MAX_RATIO} from n to 4n` : `\nall ${cases.length} cases grow at most ×${MAX_RATIO} from n to 4n`)
  return failed ? 1 : 0
}

process.exitCode = main()
