import type { CollectionBeforeChangeHook } from 'payload'

import type { Screening } from '@/payload-types'

import { screeningTitle } from '../title'

/** Readable admin title, e.g. "Mưa Đỏ · 13 Dec 2025, 20:00 · Pathé Palace" (see screeningTitle). */
export const setTitle: CollectionBeforeChangeHook<Screening> = async ({ data, originalDoc, req }) => {
  data.title = await screeningTitle(req, {
    film: data.film ?? originalDoc?.film,
    venue: data.venue ?? originalDoc?.venue,
    start: data.start ?? originalDoc?.start,
  })
  return data
}
