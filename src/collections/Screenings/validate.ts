import type { DateFieldValidation, PayloadRequest, Where } from 'payload'

import { formatFestivalDateTime } from '@/lib/formatDate'
import { MINUTE_MS } from '@/lib/festivalTime'
import { idOf } from '@/lib/relations'
import { toZonedDate } from '@/lib/zonedTime'
import type { Screening } from '@/payload-types'

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
  const film = filmId ? await req.payload.findByID({ collection: 'films', id: filmId, depth: 0, draft: true, req, disableErrors: true, select: { runtime: true } }) : null
  return new Date(start.getTime() + (film?.runtime ? film.runtime * MINUTE_MS : DEFAULT_LENGTH_MS))
}

async function outsideEdition(req: PayloadRequest, doc: Partial<Screening>, start: Date): Promise<string | null> {
  const editionId = idOf(doc.edition)
  if (!editionId) return null
  const edition = await req.payload.findByID({ collection: 'editions', id: editionId, depth: 0, draft: true, req, disableErrors: true, select: { name: true, startDate: true, endDate: true } })
  if (!edition) return null
  const day = toZonedDate(start)
  const [first, last] = [toZonedDate(edition.startDate), toZonedDate(edition.endDate)]
  return day < first || day > last ? `The screening is on ${day} (Paris time), outside ${edition.name} (${first} to ${last}).` : null
}

async function overlapping(req: PayloadRequest, doc: Partial<Screening>, id: number | string | undefined, start: Date): Promise<string | null> {
  const venue = idOf(doc.venue)
  if (!venue || doc.status === 'cancelled') return null
  const end = await effectiveEnd(req, doc, start)
  const room = doc.room?.trim()
  // A screening without a room takes the whole venue, so it clashes with every room.
  const sameRoom: Where = room ? { or: [{ room: { equals: room } }, { room: { exists: false } }, { room: { equals: '' } }] } : {}
  const where: Where = {
    and: [
      { venue: { equals: venue } },
      sameRoom,
      { status: { not_equals: 'cancelled' } },
      { start: { less_than: end.toISOString() } },
      { or: [{ end: { greater_than: start.toISOString() } }, { and: [{ end: { exists: false } }, { start: { greater_than: new Date(start.getTime() - DEFAULT_LENGTH_MS).toISOString() } }] }] },
      ...(id !== undefined ? [{ id: { not_equals: id } }] : []),
    ],
  }
  const { docs } = await req.payload.find({ collection: 'screenings', where, limit: 1, depth: 0, req, select: { title: true, start: true, end: true, room: true } })
  const other = docs[0]
  if (!other) return null
  const until = other.end ? `, until ${formatFestivalDateTime(other.end, 'en')}` : ''
  return `Overlaps with “${other.title ?? `screening ${other.id}`}” in the same room${other.room ? ` (${other.room})` : ''}${until}. Change the time or the room.`
}

/**
 * A screening starts within its edition's days, and never overlaps another
 * one in the same venue room (cancelled screenings free their slot). Checked
 * on save, not on every keystroke.
 */
export const validateStart: DateFieldValidation = async (value, { data, id, req, event }) => {
  if (!value || event === 'onChange' || !req?.payload) return true
  const doc = data as Partial<Screening>
  const start = new Date(value)
  return (await outsideEdition(req, doc, start)) ?? (await overlapping(req, doc, id, start)) ?? true
}
