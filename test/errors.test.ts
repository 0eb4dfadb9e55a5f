/**
 * `StandfirstError` is the one error standfirst throws, also for its own
 * bug of an Article that fails the schema; the CLI reads positions only
 * when messages are asked for.
 */
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {toArticle} from '../src/compile/to-article.js'
import {StandfirstError} from '../src/index.js'
import type {Root} from '../src/tree.js'

describe('StandfirstError', () => {
  it('should be thrown with the code `schema-invalid` when the compiled Article fails its schema', () => {
    // A timestamp without its `text`: no plugin builds one, so this is the bug path.
    const tree: Root = {type: 'root', children: [], data: {title: 'A headline', published: {date: '2025-01-02'} as never}}
    const processor = unified()
      .use(function () {
        this.parser = () => tree
      })
      .use(toArticle)
    const file = new VFile('')
    let caught: unknown
    try {
      processor.processSync(file)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(StandfirstError)
    expect((caught as StandfirstError).code).toBe('schema-invalid')
    expect((caught as StandfirstError).message).toMatch(/`published\.text`/)
    // Each zod issue was also reported as a message before the throw.
    expect(file.messages.map((message) => message.ruleId)).toEqual(['schema-invalid'])
  })
})
