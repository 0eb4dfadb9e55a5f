/** The public API: its exports are pinned, and every message rule is documented. */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import * as standfirst from '../src/index.js'

describe('public api', () => {
  it('should expose the public api', () => {
    expect(Object.keys(standfirst).sort()).toEqual(
      [
        'ArticleSchema', 'AuthorSchema', 'BlockSchema', 'FigureBlockSchema', 'HeadingBlockSchema', 'ImageSchema', 'ListBlockSchema',
        'ParagraphBlockSchema', 'ParseOptionsSchema', 'PostSchema', 'QuoteBlockSchema', 'RULES', 'StandfirstError',
        'TeaserSchema', 'TimestampSchema', 'TranscriptSchema', 'TranscriptSegmentSchema', 'articleJsonSchema', 'parse',
        'parseWithMessages', 'sniffFormat', 'toPlainText', 'diffPosts', 'PostsDiffSchema', 'PostEditSchema', 'PostFieldSchema',
        'learnSite', 'LearnedSiteSchema', 'LearnedLineSchema'
      ].sort()
    )
  })

  it('should document every message rule in the README', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    for (const ruleId of Object.keys(standfirst.RULES)) expect(readme, ruleId).toContain('`' + ruleId + '`')
  })
})
