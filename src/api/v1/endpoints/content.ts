import { z } from 'zod'

import { filmsInEdition, getEditionBySlug, getFilmBySlug, listFilms, listQuotes } from '@/data'
import { editionView } from '@/data/editionView'
import { listedFilms } from '@/data/feedViews'
import { filmView } from '@/data/filmView'
import { personView } from '@/data/personView'
import { quoteEntries } from '@/data/quoteViews'
import { getMessages } from '@/i18n/messages'
import { idOf } from '@/lib/relations'

import { defineEndpoint, Missing } from '../http'
import { page } from '../paging'
import { SlugParam } from '../schemas/common'
import {
  EditionResponse,
  FilmResponse,
  FilmsQuery,
  FilmsResponse,
  LocaleQuery,
  PersonResponse,
  QuotesQuery,
  QuotesResponse,
} from '../schemas/content'
import * as serialize from '../serialize'
import { FESTIVAL_TIME_ZONE } from '@/lib/festivalTime'

const SlugPath = z.object({ slug: SlugParam })

export const films = defineEndpoint({
  path: '/films',
  summary: 'Films',
  description:
    'Published films, optionally only those programmed in an edition, in slug order (the original title without diacritics).',
  query: FilmsQuery,
  response: FilmsResponse,
  handle: async (query, _params, cursor) => {
    const ctx = { locale: query.locale }
    const edition = query.edition ? await getEditionBySlug(ctx, query.edition) : null
    if (query.edition && !edition) return new Missing('edition')
    const docs = edition ? await filmsInEdition(ctx, edition.id) : await listFilms(ctx)
    const items = (await listedFilms(ctx, docs)).map((listed) => serialize.filmSummary(listed, query.locale))
    const result = page(items, (item) => [item.slug, item.id], query.limit, cursor)
    return {
      data: result.items,
      meta: { locale: query.locale, count: result.items.length, total: result.total, next_cursor: result.next },
    }
  },
})

export const film = defineEndpoint({
  path: '/films/{slug}',
  summary: 'One film',
  description: 'A published film with its credits, box office, awards and the ids of its published screenings.',
  query: LocaleQuery,
  params: SlugPath,
  response: FilmResponse,
  notFound: 'Not found: no published film with that slug.',
  handle: async (query, { slug }) => {
    const ctx = { locale: query.locale }
    const view = await filmView(ctx, slug)
    return view && { data: serialize.film(view, query.locale) }
  },
})

export const person = defineEndpoint({
  path: '/people/{slug}',
  summary: 'One person',
  description: 'A published person (filmmaker, guest, speaker) with the published films that credit them.',
  query: LocaleQuery,
  params: SlugPath,
  response: PersonResponse,
  notFound: 'Not found: no published person with that slug.',
  handle: async (query, { slug }) => {
    const ctx = { locale: query.locale }
    const view = await personView(ctx, slug)
    const t = getMessages(query.locale)
    return view && { data: serialize.person(view, query.locale, (role) => t.film.roles[role]) }
  },
})

export const quotes = defineEndpoint({
  path: '/quotes',
  summary: 'Reactions and statements',
  description:
    'Published quotes, newest source first. `kind: paraphrase` marks reported words that must not be presented as a verbatim quotation.',
  query: QuotesQuery,
  response: QuotesResponse,
  handle: async (query, _params, cursor) => {
    const ctx = { locale: query.locale }
    const [film, edition, all] = await Promise.all([
      query.film ? getFilmBySlug(ctx, query.film) : null,
      query.edition ? getEditionBySlug(ctx, query.edition) : null,
      listQuotes(ctx),
    ])
    if (query.film && !film) return new Missing('film')
    if (query.edition && !edition) return new Missing('edition')
    const docs = all.filter(
      (doc) =>
        (!film || idOf(doc.film) === film.id) &&
        (!edition || idOf(doc.edition) === edition.id) &&
        (!query.featured || Boolean(doc.featured) === (query.featured === 'true')),
    )
    const items = (await quoteEntries(ctx, docs)).map(serialize.quote)
    // Newest source first; undated ones last.
    const result = page(
      items,
      (item) => [-(item.source.date ? Date.parse(item.source.date) : 0), item.id],
      query.limit,
      cursor,
    )
    return {
      data: result.items,
      meta: { locale: query.locale, count: result.items.length, total: result.total, next_cursor: result.next },
    }
  },
})

export const edition = defineEndpoint({
  path: '/editions/{slug}',
  summary: 'One edition',
  description: `A festival week: dates (${FESTIVAL_TIME_ZONE}), venues, organisers and partners, figures.`,
  query: LocaleQuery,
  params: SlugPath,
  response: EditionResponse,
  notFound: 'Not found: no published edition with that slug.',
  handle: async (query, { slug }) => {
    const ctx = { locale: query.locale }
    const view = await editionView(ctx, slug)
    return view && { data: serialize.edition(view, query.locale) }
  },
})
