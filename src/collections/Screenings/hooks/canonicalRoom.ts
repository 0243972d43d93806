import type { CollectionBeforeChangeHook } from 'payload'

import { nfc } from '@/lib/nfc'
import { idOf } from '@/lib/relations'
import type { Screening } from '@/payload-types'

import { resolveRoom } from '../rooms'
import { venueRooms } from '../validate'

/** Stores the room as the venue spells it ("salle 1 " → "Salle 1"), so lists, exports and the import's matching agree. */
export const canonicalRoom: CollectionBeforeChangeHook<Screening> = async ({ data, originalDoc, req }) => {
  if (typeof data.room !== 'string') return data
  const venue = await venueRooms(req, idOf(data.venue ?? originalDoc?.venue))
  const room = venue ? resolveRoom(venue, data.room.trim() || null) : null
  data.room = room?.ok ? room.ref : nfc(data.room)
  return data
}
