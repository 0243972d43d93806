import {
  getEditionBySlug,
  getFilmBySlug,
  getVenueBySlug,
  screeningsOfEdition,
  screeningsOfEditionBetween,
} from '@/data'
import { feedScreenings, type FeedScreening } from '@/data/feedViews'
import { currentEdition } from '@/data/views'
import { festivalDayKey } from '@/lib/formatDate'

import { defineEndpoint, Missing } from '../http'
import { page } from '../paging'
import { ProgrammeQuery, ProgrammeResponse } from '../schemas/programme'
import { screening as serializeScreening } from '../serialize'
import { FESTIVAL_TIME_ZONE } from '@/lib/festivalTime'

const ACCESS_FIELD = { sdh: 'sdh', audio_description: 'audioDescription', step_free: 'stepFree' } as const

/**
 * When a screening's listing last changed: the screening itself, or what the
 * item shows of its film (with the directors' names and the poster), venue
 * and guests, all already read for the page, so no query more.
 */
function lastChange({ screening, film, venue, poster, directors, guests }: FeedScreening): number {
  const shown = [screening, film, venue, poster, ...directors, ...guests]
  return Math.max(...shown.map((item) => (item?.updatedAt ? Date.parse(item.updatedAt) : 0)))
}

const DAY_MS = 24 * 3_600_000
// Paris is UTC+1 or +2: a day's screenings start within [the day 00:00 UTC − 3 h, the next day 00:00 UTC).
const EARLIEST_OFFSET_MS = 3 * 3_600_000
const EPOCH = new Date(0).toISOString()
const FAR_FUTURE = new Date(Date.UTC(9999, 0, 1)).toISOString()

/**
 * The edition's screenings the query can keep: with `from` or `to`, only a
 * window around those days is read (a day's answer read all 600 screenings
 * and their films). `keep` then applies the exact Paris days.
 */
function candidates(
  ctx: { locale: ProgrammeQuery['locale'] },
  editionId: number,
  { from, to }: Pick<ProgrammeQuery, 'from' | 'to'>,
) {
  if (!from && !to) return screeningsOfEdition(ctx, editionId)
  const lower = from ? new Date(Date.parse(`${from}T00:00:00Z`) - EARLIEST_OFFSET_MS).toISOString() : EPOCH
  const upper = to ? new Date(Date.parse(`${to}T00:00:00Z`) + DAY_MS).toISOString() : FAR_FUTURE
  return screeningsOfEditionBetween(ctx, editionId, lower, upper)
}

export const programme = defineEndpoint({
  path: '/programme',
  summary: 'Screenings of an edition',
  description: `Every published screening of an edition (default: the current one), flattened for listings, in start order. Filters combine; days are ${FESTIVAL_TIME_ZONE} days.`,
  query: ProgrammeQuery,
  response: ProgrammeResponse,
  notFound: 'Not found: no edition is current.',
  handle: async (query, _params, cursor) => {
    const ctx = { locale: query.locale }
    const [edition, film, venue] = await Promise.all([
      query.edition ? getEditionBySlug(ctx, query.edition) : currentEdition(ctx),
      query.film ? getFilmBySlug(ctx, query.film) : null,
      query.venue ? getVenueBySlug(ctx, query.venue) : null,
    ])
    if (!edition) return query.edition ? new Missing('edition') : null
    if (query.film && !film) return new Missing('film')
    if (query.venue && !venue) return new Missing('venue')
    const rows = await feedScreenings(ctx, await candidates(ctx, edition.id, query))
    const since = query.modified_since ? Date.parse(query.modified_since) : null
    const keep = (row: FeedScreening) => {
      const doc = row.screening
      const day = festivalDayKey(doc.start)
      return (
        (!query.from || day >= query.from) &&
        (!query.to || day <= query.to) &&
        (!venue || row.venue.id === venue.id) &&
        (!film || row.film.id === film.id) &&
        (!query.accessibility || Boolean(doc.accessibility?.[ACCESS_FIELD[query.accessibility]])) &&
        (!query.subtitles || (doc.subtitles ?? []).includes(query.subtitles)) &&
        (since === null || lastChange(row) >= since)
      )
    }
    const items = rows.filter(keep).map((row) => serializeScreening(row, query.locale))
    const result = page(items, (item) => [Date.parse(item.start), item.id], query.limit, cursor)
    return {
      data: result.items,
      meta: {
        locale: query.locale,
        count: result.items.length,
        total: result.total,
        next_cursor: result.next,
        edition: { slug: edition.slug, name: edition.name },
      },
    }
  },
})
