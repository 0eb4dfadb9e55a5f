import * as z from 'zod'
import {PostSchema} from './article.js'

/**
 * The zod schema of a {@link PostField}: the name of a field of a `Post`, as
 * `changed` lists it.
 *
 * @example
 *   ```ts
 *   PostFieldSchema.options // ['id', 'published', 'updated', 'title', …]
 *   ```
 */
export const PostFieldSchema = PostSchema.keyof().describe('The name of a field of a post.')

/**
 * The zod schema of a {@link PostEdit}: one post found in both snapshots
 * whose fields differ.
 *
 * @example
 *   ```ts
 *   const edit = PostEditSchema.parse(diffPosts(before, after).edited[0])
 *   ```
 */
export const PostEditSchema = z
  .object({
    id: z.string().min(1).describe('The post’s id, the same in both snapshots.'),
    before: PostSchema.describe('The post as the older snapshot has it.'),
    after: PostSchema.describe('The post as the newer snapshot has it.'),
    changed: z
      .array(PostFieldSchema)
      .min(1)
      .describe('The fields whose values differ, in the order of the post’s fields; never `id`.')
  })
  .describe('A post found in both snapshots, with the fields that changed.')

/**
 * The zod schema of a {@link PostsDiff}: what changed among the posts of a
 * live blog between two snapshots.
 *
 * @example
 *   ```ts
 *   const diff = PostsDiffSchema.parse(JSON.parse(cliOutput)) // `standfirst diff old new`
 *   ```
 */
export const PostsDiffSchema = z
  .object({
    added: z.array(PostSchema).describe('Posts only in the newer snapshot, in its page order.'),
    removed: z.array(PostSchema).describe('Posts only in the older snapshot, in its page order.'),
    edited: z.array(PostEditSchema).describe('Posts in both snapshots whose fields differ, in the newer snapshot’s page order.'),
    unchanged: z.number().int().nonnegative().describe('How many posts are in both snapshots with equal fields.')
  })
  .describe('The posts of a live blog that are new, edited or removed between two snapshots of the page, matched by id.')

export type {PostEdit, PostField, PostsDiff} from './types.js'
