// The output schemas (zod) and the types inferred from them.
// Also the `standfirst/schema` entry point, for users who only validate.
import * as z from 'zod'
import {ArticleSchema} from './article.js'

export * from './article.js'
export * from './posts-diff.js'

/**
 * The JSON Schema (draft 2020-12) of an `Article`, for validating standfirst's
 * output from other languages. The same object is shipped as
 * `standfirst/schema.json`; each field's description is the one the API
 * reference shows.
 *
 * @example
 *   ```ts
 *   import {writeFileSync} from 'node:fs'
 *   import {articleJsonSchema} from 'standfirst/schema'
 *   writeFileSync('article.schema.json', JSON.stringify(articleJsonSchema(), null, 2))
 *   ```
 *
 * @returns
 *   A JSON Schema object.
 */
export function articleJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ArticleSchema) as Record<string, unknown>
}
