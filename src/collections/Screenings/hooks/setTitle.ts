import type { CollectionBeforeChangeHook } from 'payload'

import type { Screening } from '@/payload-types'
import { formatFestivalDateTime } from '@/lib/formatDate'
import { idOf } from '@/lib/relations'

/** Readable admin title, e.g. "Mưa Đỏ · 13 Dec 2025, 20:00 · Pathé Palace". */
export const setTitle: CollectionBeforeChangeHook<Screening> = async ({ data, originalDoc, req }) => {
  const filmId = idOf(data.film ?? originalDoc?.film)
  const venueId = idOf(data.venue ?? originalDoc?.venue)
  const start = data.start ?? originalDoc?.start
  const [film, venue] = await Promise.all([
    filmId ? req.payload.findByID({ collection: 'films', id: filmId, depth: 0, draft: true, req, select: { originalTitle: true } }) : null,
    venueId ? req.payload.findByID({ collection: 'venues', id: venueId, depth: 0, draft: true, req, select: { name: true } }) : null,
  ])
  data.title = [film?.originalTitle, start ? formatFestivalDateTime(start, 'en') : null, venue?.name].filter(Boolean).join(' · ')
  return data
}
