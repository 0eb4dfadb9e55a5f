import * as z from 'zod'
import {PostSchema} from './article.js'

/** The name of a field of a `Post`, as `changed` lists it. */
export const PostFieldSchema = PostSchema.keyof().describe('The name of a field of a post.')

/** One post found in both snapshots whose fields differ. */
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

/** What changed among the posts of a live blog between two snapshots. */
export const PostsDiffSchema = z
  .object({
    added: z.array(PostSchema).describe('Posts only in the newer snapshot, in its page order.'),
    removed: z.array(PostSchema).describe('Posts only in the older snapshot, in its page order.'),
    edited: z.array(PostEditSchema).describe('Posts in both snapshots whose fields differ, in the newer snapshot’s page order.'),
    unchanged: z.number().int().nonnegative().describe('How many posts are in both snapshots with equal fields.')
  })
  .describe('The posts of a live blog that are new, edited or removed between two snapshots of the page, matched by id.')

/** The name of a field of a `Post`: `'published'`, `'title'`, `'body'`, … */
export type PostField = z.infer<typeof PostFieldSchema>

/** A post in both snapshots whose fields differ: `{id, before, after, changed}`. */
export type PostEdit = z.infer<typeof PostEditSchema>

/**
 * What `diffPosts` returns: `{added, removed, edited, unchanged}`.
 *
 * @example
 *   const {added, edited, removed, unchanged} = diffPosts(before, after)
 */
export type PostsDiff = z.infer<typeof PostsDiffSchema>
