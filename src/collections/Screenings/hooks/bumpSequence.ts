import type { CollectionBeforeChangeHook } from 'payload'

import type { Screening } from '@/payload-types'

const sameInstant = (a?: string | null, b?: string | null) =>
  (a ? new Date(a).getTime() : null) === (b ? new Date(b).getTime() : null)

/**
 * iCalendar SEQUENCE (RFC 5545 §3.8.7.4): calendars that imported a screening
 * only take an update whose sequence is higher. It rises whenever the time
 * or the status changes.
 */
export const bumpSequence: CollectionBeforeChangeHook<Screening> = ({ data, operation, originalDoc }) => {
  // Payload passes an empty originalDoc on create.
  if (operation === 'create' || !originalDoc) {
    data.icsSequence = 0
    return data
  }
  const moved =
    !sameInstant(data.start ?? originalDoc.start, originalDoc.start) ||
    !sameInstant(data.end ?? originalDoc.end, originalDoc.end)
  const statusChanged = (data.status ?? originalDoc.status) !== originalDoc.status
  data.icsSequence = (originalDoc.icsSequence ?? 0) + (moved || statusChanged ? 1 : 0)
  return data
}
