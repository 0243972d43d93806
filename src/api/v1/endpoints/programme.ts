import { getEditionBySlug, getFilmBySlug, screeningsOfEdition } from '@/data'
import { currentEdition } from '@/data/views'
import { festivalDayKey } from '@/lib/formatDate'
import { idOf } from '@/lib/relations'
import type { Screening } from '@/payload-types'

import { defineEndpoint } from '../http'
import { feedLookups } from '../lookups'
import { decodeCursor, page } from '../paging'
import { ProgrammeQuery, ProgrammeResponse } from '../schemas/programme'
import { screening as serializeScreening } from '../serialize'

const ACCESS_FIELD = { sdh: 'sdh', audio_description: 'audioDescription', step_free: 'stepFree' } as const

export const programme = defineEndpoint({
  path: '/programme',
  summary: 'Screenings of an edition',
  description:
    'Every published screening of an edition (default: the current one), flattened for listings, in start order. Filters combine; days are Europe/Paris days.',
  query: ProgrammeQuery,
  response: ProgrammeResponse,
  notFound: 'Not found: no published edition with that slug.',
  handle: async (query) => {
    const ctx = { locale: query.locale }
    const edition = query.edition ? await getEditionBySlug(ctx, query.edition) : await currentEdition(ctx)
    if (!edition) return null
    const [all, film] = await Promise.all([screeningsOfEdition(ctx, edition.id), query.film ? getFilmBySlug(ctx, query.film) : null])
    const lookups = await feedLookups(ctx, all)
    const since = query.modified_since ? new Date(query.modified_since).getTime() : null
    const keep = (doc: Screening) => {
      const day = festivalDayKey(doc.start)
      const venue = lookups.venues.get(idOf(doc.venue) ?? -1)
      return (
        (!query.from || day >= query.from) &&
        (!query.to || day <= query.to) &&
        (!query.venue || venue?.slug === query.venue) &&
        (!query.film || (film !== null && idOf(doc.film) === film.id)) &&
        (!query.accessibility || Boolean(doc.accessibility?.[ACCESS_FIELD[query.accessibility]])) &&
        (!query.subtitles || (doc.subtitles ?? []).includes(query.subtitles)) &&
        (since === null || new Date(doc.updatedAt).getTime() >= since)
      )
    }
    const items = all.filter(keep).flatMap((doc) => serializeScreening(doc, lookups, query.locale) ?? [])
    const result = page(items, (item) => [Date.parse(item.start), item.id], query.limit, decodeCursor(query.cursor))
    return {
      data: result.items,
      meta: { locale: query.locale, count: result.items.length, total: result.total, next_cursor: result.next, edition: { slug: edition.slug, name: edition.name } },
    }
  },
})
