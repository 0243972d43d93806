import { z } from 'zod'

import { filmsCrediting, filmsInEdition, getEditionBySlug, getEditions, getFilmBySlug, getFilms, getMedia, getOrganisations, getPersonBySlug, getPeople, getVenues, listFilms, listQuotes, screeningsOfFilm } from '@/data'
import { byId, unique } from '@/data/views'
import { getMessages } from '@/i18n/messages'
import { idOf } from '@/lib/relations'

import { defineEndpoint, Missing } from '../http'
import { feedLookups } from '../lookups'
import { page } from '../paging'
import { SlugParam } from '../schemas/common'
import { EditionResponse, FilmResponse, FilmsQuery, FilmsResponse, LocaleQuery, PersonResponse, QuotesQuery, QuotesResponse } from '../schemas/content'
import * as serialize from '../serialize'

const SlugPath = z.object({ slug: SlugParam })

export const films = defineEndpoint({
  path: '/films',
  summary: 'Films',
  description: 'Published films, optionally only those programmed in an edition, in slug order (the original title without diacritics).',
  query: FilmsQuery,
  response: FilmsResponse,
  handle: async (query, _params, cursor) => {
    const ctx = { locale: query.locale }
    const edition = query.edition ? await getEditionBySlug(ctx, query.edition) : null
    if (query.edition && !edition) return new Missing('edition')
    const docs = edition ? await filmsInEdition(ctx, edition.id) : await listFilms(ctx)
    const lookups = await feedLookups(ctx, [], docs)
    const items = docs.map((doc) => serialize.filmSummary(doc, lookups, query.locale))
    const result = page(items, (item) => [item.slug, item.id], query.limit, cursor)
    return { data: result.items, meta: { locale: query.locale, count: result.items.length, total: result.total, next_cursor: result.next } }
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
    const doc = await getFilmBySlug(ctx, slug)
    if (!doc) return null
    const [screenings, editions] = await Promise.all([screeningsOfFilm(ctx, doc.id), getEditions(ctx, unique((doc.programme ?? []).map((entry) => idOf(entry.edition))))])
    const lookups = await feedLookups(ctx, screenings, [doc], 'all')
    const author = idOf(doc.sourceWork?.author)
    if (author !== undefined && !lookups.people.has(author)) (await getPeople(ctx, [author])).forEach((person) => lookups.people.set(person.id, person))
    const shown = screenings.filter((screening) => lookups.venues.has(idOf(screening.venue) ?? -1)).map((screening) => screening.id)
    return { data: serialize.film(doc, lookups, byId(editions), shown, query.locale) }
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
    const doc = await getPersonBySlug(ctx, slug)
    if (!doc) return null
    const [credited, photos] = await Promise.all([filmsCrediting(ctx, doc.id), getMedia(ctx, unique([idOf(doc.photo)]))])
    const t = getMessages(query.locale)
    return { data: serialize.person(doc, credited, photos[0], query.locale, (role) => t.film.roles[role as keyof typeof t.film.roles] ?? role) }
  },
})

export const quotes = defineEndpoint({
  path: '/quotes',
  summary: 'Reactions and statements',
  description: 'Published quotes, newest source first. `kind: paraphrase` marks reported words that must not be presented as a verbatim quotation.',
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
    const [speakers, films, editions] = await Promise.all([
      getPeople(ctx, unique(docs.map((doc) => idOf(doc.speaker)))),
      getFilms(ctx, unique(docs.map((doc) => idOf(doc.film)))),
      getEditions(ctx, unique(docs.map((doc) => idOf(doc.edition)))),
    ])
    const items = docs.map((doc) => serialize.quote(doc, byId(speakers), byId(films), byId(editions)))
    // Newest source first; undated ones last.
    const result = page(items, (item) => [-(item.source.date ? Date.parse(item.source.date) : 0), item.id], query.limit, cursor)
    return { data: result.items, meta: { locale: query.locale, count: result.items.length, total: result.total, next_cursor: result.next } }
  },
})

export const edition = defineEndpoint({
  path: '/editions/{slug}',
  summary: 'One edition',
  description: 'A festival week: dates (Europe/Paris), venues, organisers and partners, figures.',
  query: LocaleQuery,
  params: SlugPath,
  response: EditionResponse,
  notFound: 'Not found: no published edition with that slug.',
  handle: async (query, { slug }) => {
    const ctx = { locale: query.locale }
    const doc = await getEditionBySlug(ctx, slug)
    if (!doc) return null
    const [venues, organisations] = await Promise.all([
      getVenues(ctx, unique((doc.venues ?? []).map(idOf))),
      getOrganisations(ctx, unique((doc.organisations ?? []).map((entry) => idOf(entry.organisation)))),
    ])
    return { data: serialize.edition(doc, venues, byId(organisations), query.locale) }
  },
})
