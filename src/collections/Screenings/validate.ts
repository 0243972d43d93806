import type { DateFieldValidation, PayloadRequest, TextFieldValidation, Where } from 'payload'

import { formatFestivalDateTime } from '@/lib/formatDate'
import { nfc } from '@/lib/nfc'
import { MINUTE_MS } from '@/lib/festivalTime'
import { idOf } from '@/lib/relations'
import { toZonedDate } from '@/lib/zonedTime'
import type { Screening } from '@/payload-types'

import { resolveRoom, sameRoom, venueRoomsOf, type VenueRooms } from './rooms'

/** Length assumed for a screening with neither an end nor a film runtime. */
const DEFAULT_LENGTH_MS = 120 * MINUTE_MS

export const validateEnd: DateFieldValidation = (value, { siblingData }) => {
  const start = (siblingData as { start?: string }).start
  if (!value || !start) return true
  return new Date(value) > new Date(start) ? true : 'The end must come after the start.'
}

export const validatePreviousStart: DateFieldValidation = (value, { siblingData }) => {
  const status = (siblingData as { status?: string }).status
  if (status === 'rescheduled' && !value) return 'A rescheduled screening needs its previous start time.'
  return true
}

async function effectiveEnd(req: PayloadRequest, doc: Partial<Screening>, start: Date): Promise<Date> {
  if (doc.end) return new Date(doc.end)
  const filmId = idOf(doc.film)
  const film = filmId
    ? await req.payload.findByID({
        collection: 'films',
        id: filmId,
        depth: 0,
        draft: true,
        req,
        disableErrors: true,
        select: { runtime: true },
      })
    : null
  return new Date(start.getTime() + (film?.runtime ? film.runtime * MINUTE_MS : DEFAULT_LENGTH_MS))
}

async function outsideEdition(req: PayloadRequest, doc: Partial<Screening>, start: Date): Promise<string | null> {
  const editionId = idOf(doc.edition)
  if (!editionId) return null
  const edition = await req.payload.findByID({
    collection: 'editions',
    id: editionId,
    depth: 0,
    draft: true,
    req,
    disableErrors: true,
    select: { name: true, startDate: true, endDate: true },
  })
  if (!edition) return null
  const day = toZonedDate(start)
  const [first, last] = [toZonedDate(edition.startDate), toZonedDate(edition.endDate)]
  return day < first || day > last
    ? `The screening is on ${day} (Paris time), outside ${edition.name} (${first} to ${last}).`
    : null
}

/** A venue's name and rooms, or null when there is no such venue. */
export async function venueRooms(req: PayloadRequest, venueId: number | undefined): Promise<VenueRooms | null> {
  if (!venueId) return null
  const venue = await req.payload.findByID({
    collection: 'venues',
    id: venueId,
    depth: 0,
    draft: true,
    req,
    disableErrors: true,
    select: { name: true, rooms: true },
  })
  return venue ? venueRoomsOf(venue) : null
}

/** The room is one the venue lists (any name when it lists none), as the CSV import checks it. */
export const validateRoom: TextFieldValidation = async (value, { data, req }) => {
  if (!value?.trim() || !req?.payload) return true
  const venue = await venueRooms(req, idOf((data as Partial<Screening>).venue))
  if (!venue) return true
  const room = resolveRoom(venue, value)
  return room.ok ? true : `Room: ${room.reason}`
}

async function overlapping(
  req: PayloadRequest,
  doc: Partial<Screening>,
  id: number | string | undefined,
  start: Date,
): Promise<string | null> {
  const venue = idOf(doc.venue)
  if (!venue || doc.status === 'cancelled') return null
  const end = await effectiveEnd(req, doc, start)
  const where: Where = {
    and: [
      { venue: { equals: venue } },
      { status: { not_equals: 'cancelled' } },
      { start: { less_than: end.toISOString() } },
      {
        or: [
          { end: { greater_than: start.toISOString() } },
          {
            and: [
              { end: { exists: false } },
              { start: { greater_than: new Date(start.getTime() - DEFAULT_LENGTH_MS).toISOString() } },
            ],
          },
        ],
      },
      ...(id !== undefined ? [{ id: { not_equals: id } }] : []),
    ],
  }
  // Rooms compare loosely ("salle 1 " is "Salle 1"), so they are matched here
  // rather than in SQL: one venue's screenings in one time window are a handful.
  const { docs } = await req.payload.find({
    collection: 'screenings',
    where,
    pagination: false,
    depth: 0,
    req,
    select: { title: true, start: true, end: true, room: true },
  })
  const room = nfc(doc.room)
  // A screening without a room takes the whole venue, so it clashes with every room.
  const other = docs.find((candidate) => !room || !nfc(candidate.room) || sameRoom(candidate.room, room))
  if (!other) return null
  const until = other.end ? `, until ${formatFestivalDateTime(other.end, 'en')}` : ''
  return `Overlaps with “${other.title ?? `screening ${other.id}`}” in the same room${other.room ? ` (${other.room})` : ''}${until}. Change the time or the room.`
}

/**
 * A screening starts within its edition's days, and never overlaps another
 * one in the same venue room (cancelled screenings free their slot). Also
 * checked in the admin's form-state refreshes: Payload only runs those
 * validations after a first save attempt, and a refresh that skipped this
 * rule would clear the overlap message the save just showed.
 */
export const validateStart: DateFieldValidation = async (value, { data, id, req }) => {
  if (!value || !req?.payload) return true
  const doc = data as Partial<Screening>
  const start = new Date(value)
  return (await outsideEdition(req, doc, start)) ?? (await overlapping(req, doc, id, start)) ?? true
}
