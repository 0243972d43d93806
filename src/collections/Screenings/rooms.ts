import { nfc } from '@/lib/nfc'

/** A venue's name and the rooms it lists, normalized: what a screening's room is checked against. */
export type VenueRooms = { name: string; rooms: string[] }

export const venueRoomsOf = (venue: { name: string; rooms?: { name: string }[] | null }): VenueRooms => ({
  name: nfc(venue.name),
  rooms: (venue.rooms ?? []).map((room) => nfc(room.name)),
})

/** Room names compare trimmed, NFC and case-insensitive: "salle 1 " is "Salle 1". */
export const sameRoom = (a: string | null | undefined, b: string | null | undefined) =>
  nfc(a).toLowerCase() === nfc(b).toLowerCase()

/** The room as the venue spells it; any room when the venue lists none. Used by the admin, REST and the CSV import alike. */
export function resolveRoom(
  venue: VenueRooms,
  room: string | null,
): { ok: true; ref: string | null } | { ok: false; reason: string } {
  if (!room || venue.rooms.length === 0) return { ok: true, ref: room }
  const found = venue.rooms.find((candidate) => sameRoom(candidate, room))
  if (found) return { ok: true, ref: found }
  return { ok: false, reason: `${venue.name} has no room "${room}": its rooms are ${venue.rooms.join(', ')}.` }
}
