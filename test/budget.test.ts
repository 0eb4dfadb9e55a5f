/**
 * `options.timeBudgetMs`: once spent, optional stages are skipped, each with
 * a message, and the page is still compiled from what was done (no text
 * lost); within the budget nothing is skipped.
 */
import {describe, expect, it} from 'vitest'
import {parse, parseWithMessages, StandfirstError, toPlainText} from '../src/index.js'

/** A text page: a headline, a furniture line, then paragraphs. */
const page = ['A council votes to keep the library open late', 'Share this article', ...Array.from({length: 400}, (_, index) => `Paragraph ${index} of the story says what the council decided, and why it matters to readers.`)].join('\n\n')

describe('time budget', () => {
  it('should skip the optional stages once the budget is spent, say so, and keep every paragraph', () => {
    // A budget far below what reading the page takes: every optional stage is skipped.
    const {article, messages} = parseWithMessages(page, {format: 'text', timeBudgetMs: 0.001})
    const skipped = messages.filter((message) => message.ruleId === 'time-budget-spent')
    expect(skipped.map((message) => /stage `(\w+)`/.exec(message.reason)?.[1])).toContain('markFurniture')
    expect(skipped.every((message) => message.fatal === false)).toBe(true)
    const text = toPlainText(article)
    for (let index = 0; index < 400; index += 57) expect(text).toContain(`Paragraph ${index} of the story`)
  })

  it('should skip nothing within the default budget', () => {
    const {article, messages} = parseWithMessages(page, {format: 'text'})
    expect(messages.some((message) => message.ruleId === 'time-budget-spent')).toBe(false)
    expect(article.title).toBe('A council votes to keep the library open late')
    // The furniture stage ran: the share prompt is gone.
    expect(toPlainText(article)).not.toContain('Share this article')
  })

  it('should refuse a budget that is not a positive number', () => {
    for (const value of [0, -5, '10', Number.NaN]) {
      expect(() => parse(page, {timeBudgetMs: value as number})).toThrow(StandfirstError)
    }
  })
})
