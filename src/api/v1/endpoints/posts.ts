import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import { z } from 'zod'

import { getPostBySlug, listPosts, postCards, postRelations } from '@/data/website'
import { env } from '@/env'
import type { Locale } from '@/i18n/locales'
import { routes } from '@/i18n/routes'
import type { Media, Post as PostDoc } from '@/payload-types'

import { defineEndpoint } from '../http'
import { page } from '../paging'
import { SlugParam } from '../schemas/common'
import { LocaleQuery } from '../schemas/content'
import { PostResponse, PostsQuery, PostsResponse } from '../schemas/posts'
import { image, personRef } from '../serialize'

const summary = ({ post: doc, hero }: { post: PostDoc; hero: Media | undefined }, locale: Locale) => ({
  id: doc.id,
  slug: doc.slug,
  title: doc.title,
  standfirst: doc.standfirst,
  author: doc.author ?? null,
  published_at: new Date(doc.publishedAt).toISOString(),
  updated_at: new Date(doc.updatedAt).toISOString(),
  url: new URL(routes.post(locale, doc.slug), env().SERVER_URL).toString(),
  hero_image: image(hero),
})

export const posts = defineEndpoint({
  path: '/posts',
  summary: 'News',
  description: 'Published news posts, newest first.',
  query: PostsQuery,
  response: PostsResponse,
  handle: async (query, _params, cursor) => {
    const ctx = { locale: query.locale }
    const items = (await postCards(ctx, await listPosts(ctx))).map((card) => summary(card, query.locale))
    const result = page(items, (item) => [-Date.parse(item.published_at), item.id], query.limit, cursor)
    return {
      data: result.items,
      meta: { locale: query.locale, count: result.items.length, total: result.total, next_cursor: result.next },
    }
  },
})

export const post = defineEndpoint({
  path: '/posts/{slug}',
  summary: 'One news post',
  description:
    'A published news post with its text and the published films, people, screenings and quotes it relates to.',
  query: LocaleQuery,
  params: z.object({ slug: SlugParam }),
  response: PostResponse,
  notFound: 'Not found: no published post with that slug.',
  handle: async (query, { slug }) => {
    const ctx = { locale: query.locale }
    const doc = await getPostBySlug(ctx, slug)
    if (!doc) return null
    const { hero, films, people, rows, quotes } = await postRelations(ctx, doc)
    const date = doc.source?.date ? new Date(doc.source.date).toISOString().slice(0, 10) : null
    return {
      data: {
        ...summary({ post: doc, hero: hero ?? undefined }, query.locale),
        body: convertLexicalToPlaintext({ data: doc.body }).trim(),
        body_html: convertLexicalToHTML({ data: doc.body }),
        source: { publication: doc.source?.publication ?? null, url: doc.source?.url ?? null, date },
        related: {
          films: films.map((film) => ({ slug: film.slug, title: film.title })),
          people: people.map(personRef),
          screening_ids: rows.map(({ screening }) => screening.id),
          quote_ids: quotes.map(({ quote }) => quote.id),
        },
      },
    }
  },
})
