import type { CollectionBeforeChangeHook } from 'payload'

import type { Screening } from '@/payload-types'
import { MINUTE_MS } from '@/lib/festivalTime'
import { idOf } from '@/lib/relations'

/**
 * A screening without an explicit end ends after the film's runtime. The end
 * stays marked as estimated so it follows the start when the start moves, and
 * an editor's own end is never overwritten. The runtime is the published
 * film's: a runtime in an unpublished draft must not reach the public end.
 */
export const deriveEnd: CollectionBeforeChangeHook<Screening> = async ({ data, originalDoc, req }) => {
  const start = data.start ?? originalDoc?.start
  const filmId = idOf(data.film ?? originalDoc?.film)
  const endGiven = data.end !== undefined && data.end !== null && data.end !== originalDoc?.end
  if (endGiven) {
    data.endIsEstimated = false
    return data
  }
  const keepsExplicitEnd = originalDoc?.end && !originalDoc.endIsEstimated && data.end !== null
  if (keepsExplicitEnd || !start || !filmId) return data

  const film = await req.payload.findByID({
    collection: 'films',
    id: filmId,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
    select: { runtime: true, _status: true },
  })
  if (film?._status !== 'published' || !film.runtime) return data
  data.end = new Date(new Date(start).getTime() + film.runtime * MINUTE_MS).toISOString()
  data.endIsEstimated = true
  return data
}
