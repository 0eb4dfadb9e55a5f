/**
 * `ParseOptions`: their schema, their validation, and the settings the
 * plugins read.
 *
 * @module
 */
import * as z from 'zod'
import {StandfirstError} from './errors.js'
import {LearnedSiteSchema, type LearnedSite} from './learn/schema.js'
import {isTimeZone} from './util/time-zones.js'

/** Whether `YYYY-MM-DD` is a real calendar day. */
function isCalendarDay(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number)
  const date = new Date(Date.UTC(year!, month! - 1, day!))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month! - 1 && date.getUTCDate() === day
}

/**
 * Whether a string is an absolute URL, as the WHATWG URL parser (browsers,
 * Node) reads it: internationalised host names included, which zod's
 * `z.url()` refuses.
 */
function isAbsoluteUrl(value: string): boolean {
  try {
    new URL(value)
    return true
  } catch {
    return false
  }
}

/**
 * The zod schema of {@link ParseOptions}, with their defaults. `parse`
 * validates its options with it and throws a `StandfirstError` naming the
 * option at fault.
 *
 * @example
 *   ```ts
 *   ParseOptionsSchema.parse({}) // {format: 'auto', maxInputBytes: 52428800, timeBudgetMs: 30000}
 *   ```
 */
export const ParseOptionsSchema = z
  .object({
    format: z
      .enum(['auto', 'html', 'text'])
      .default('auto')
      .describe('How to read the input: `html`, `text` (what a scraper pulled out of a page), or `auto` (default), which looks for HTML markup at its start.'),
    url: z
      .string()
      .refine(isAbsoluteUrl, 'an absolute URL')
      .optional()
      .describe('The page’s absolute address: links and image sources are resolved against it, and it becomes `Article.url`.'),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .refine(isCalendarDay, 'a real calendar day')
      .optional()
      .describe('`YYYY-MM-DD`: the day of stamps that write a time but no day (`15:46`, `9.41am`); a line of the page that is only a day, above the stamps, wins over it, and it wins over the day of the page’s own dateline or metadata.'),
    timeZone: z
      .string()
      .refine(isTimeZone, 'an IANA time zone')
      .optional()
      .describe('An IANA time zone (`Europe/London`) for stamps that write none; a zone the stamp writes (`BST`, `+02:00`) or a note above a feed (“All times BST”) wins over it, and it wins over the zone of the page’s own dateline or metadata.'),
    site: z.string().min(1).optional().describe('A site profile by name (reserved for site profiles).'),
    maxInputBytes: z
      .number()
      .int()
      .positive()
      .default(50 * 1024 * 1024)
      .describe('Input longer than this many bytes (UTF-8) is refused with a `StandfirstError` (default: 50 MiB).'),
    timeBudgetMs: z
      .number()
      .positive()
      .default(30_000)
      .describe('Once a parse has run this many milliseconds, the optional stages still to run are skipped and the page is compiled from what was done (default: 30,000).'),
    learned: LearnedSiteSchema.optional().describe('A learned site profile (what `learnSite` returns): the lines it learned as the site’s furniture are dropped wherever the generic rules leave them in the text, each with a `learned-furniture-dropped` message.')
  })
  .strict()
  .describe('The options of `parse` and `parseWithMessages`; every one optional.')

/**
 * Options of `parse` and `parseWithMessages`, as callers write them (every
 * field optional). `test/schema-types.test.ts` checks that this equals
 * `z.input<typeof ParseOptionsSchema>`; the fields' descriptions are the
 * schema's.
 *
 * @example
 *   ```ts
 *   const options: ParseOptions = {format: 'text', date: '2024-06-19', timeZone: 'Europe/London'}
 *   const article = parse(scrapedText, options)
 *   ```
 */
export interface ParseOptions {
  format?: 'auto' | 'html' | 'text'
  url?: string
  date?: string
  timeZone?: string
  site?: string
  maxInputBytes?: number
  timeBudgetMs?: number
  learned?: LearnedSite
}

/** Options after validation and defaults. */
export type Settings = z.output<typeof ParseOptionsSchema>

/** What each option expects, worded for error messages. */
const EXPECTED: Record<string, string> = {
  format: "one of 'auto', 'html', 'text'",
  url: 'an absolute URL such as `https://example.com/news/1`',
  date: 'a calendar day as `YYYY-MM-DD`',
  timeZone: 'an IANA time zone such as `Europe/London`',
  site: 'a non-empty site profile name',
  maxInputBytes: 'a positive integer',
  timeBudgetMs: 'a positive number of milliseconds',
  learned: 'a learned site profile, as `learnSite` returns it'
}

/**
 * Validate `parse` options, throwing a `StandfirstError` that names the option.
 *
 * @param options
 *   What the caller passed (optional).
 * @returns
 *   Settings with defaults filled in.
 */
export function validateOptions(options: unknown): Settings {
  if (options === undefined || options === null) return ParseOptionsSchema.parse({})
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new StandfirstError('invalid-options', `Expected \`options\` to be an object, not \`${describe(options)}\``)
  }
  const result = ParseOptionsSchema.safeParse(options)
  if (result.success) return result.data
  const issue = result.error.issues[0]!
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!
    return failOn(key, `Unknown option \`${key}\`, expected one of ${Object.keys(EXPECTED).map((k) => `\`${k}\``).join(', ')}`)
  }
  const key = String(issue.path[0])
  const actual = (options as Record<string, unknown>)[key]
  return failOn(key, `Expected \`options.${key}\` to be ${EXPECTED[key] ?? 'valid'}, not \`${describe(actual)}\``)
}

/** Throw the error for one option. */
function failOn(option: string, message: string): never {
  throw new StandfirstError('invalid-option', message, option)
}

/** A short rendering of a value for an error message. */
function describe(value: unknown): string {
  if (typeof value === 'string') return value.length > 40 ? JSON.stringify(value.slice(0, 40) + '…') : JSON.stringify(value)
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  return String(value)
}
