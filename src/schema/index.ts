// The output schemas (zod) and the types inferred from them.
// Also the `standfirst/schema` entry point, for users who only validate.
import * as z from 'zod'
import {ArticleSchema} from './article.js'

export * from './article.js'
export * from './posts-diff.js'

/**
 * The JSON Schema (draft 2020-12) of an `Article`, for validating standfirst's
 * output from other languages.
 *
 * @returns
 *   A JSON Schema object.
 */
export function articleJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ArticleSchema) as Record<string, unknown>
}
