/**
 * `ParseOptions`: their schema, their validation, and the settings the
 * plugins read.
 *
 * @module
 */
import * as z from 'zod'
import {StandfirstError} from './errors.js'

/** Whether a string names an IANA time zone this runtime knows. */
function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', {timeZone: value})
    return true
  } catch {
    return false
  }
}

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

/** The options of `parse`. */
export const ParseOptionsSchema = z
  .object({
    format: z.enum(['auto', 'html', 'text']).default('auto'),
    url: z.string().refine(isAbsoluteUrl, 'an absolute URL').optional(),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .refine(isCalendarDay, 'a real calendar day')
      .optional(),
    timeZone: z.string().refine(isTimeZone, 'an IANA time zone').optional(),
    site: z.string().min(1).optional(),
    maxInputBytes: z.number().int().positive().default(50 * 1024 * 1024),
    timeBudgetMs: z.number().positive().default(30_000)
  })
  .strict()

/** Options of `parse`, as callers write them (every field optional). */
export type ParseOptions = z.input<typeof ParseOptionsSchema>

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
  timeBudgetMs: 'a positive number of milliseconds'
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
