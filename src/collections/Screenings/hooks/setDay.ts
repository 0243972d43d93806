import type { CollectionBeforeChangeHook } from 'payload'

import { toZonedDate } from '@/lib/zonedTime'
import type { Screening } from '@/payload-types'

/** The Paris calendar day of the start ("2025-12-13"), so the list filters by day with one equality. */
export const setDay: CollectionBeforeChangeHook<Screening> = ({ data, originalDoc }) => {
  const start = data.start ?? originalDoc?.start
  data.day = start ? toZonedDate(start) : null
  return data
}
