/** The news in the partner feed: /posts and /posts/{slug}. */
import { z } from 'zod'

import { CursorParam, Image, LimitParam, Link, LocaleParam, PageMeta, PersonRef } from './common'

export const PostsQuery = z.strictObject({
  locale: LocaleParam,
  limit: LimitParam(100, 20),
  cursor: CursorParam.optional(),
})

export const PostSummary = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    title: z.string(),
    standfirst: z.string(),
    author: z.string().nullable(),
    published_at: z.iso.datetime(),
    updated_at: z.iso.datetime(),
    url: Link.meta({ description: 'The post on the festival site, in the requested language' }),
    hero_image: Image.nullable(),
  })
  .meta({ id: 'PostSummary' })

export const Post = PostSummary.extend({
  body: z.string().meta({ description: 'The text, plain (paragraphs separated by blank lines)' }),
  body_html: z.string().meta({ description: 'The text as HTML' }),
  source: z
    .object({ publication: z.string().nullable(), url: z.url().nullable(), date: z.iso.date().nullable() })
    .meta({ description: 'The report the post retells, if any' }),
  related: z.object({
    films: z.array(z.object({ slug: z.string(), title: z.string() })),
    people: z.array(PersonRef),
    screening_ids: z.array(z.number().int()),
    quote_ids: z.array(z.number().int()),
  }),
}).meta({ id: 'Post' })

export const PostsResponse = z.object({ data: z.array(PostSummary), meta: PageMeta }).meta({ id: 'Posts' })
export const PostResponse = z.object({ data: Post }).meta({ id: 'PostResponse' })
