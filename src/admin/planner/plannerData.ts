import type { Payload } from 'payload'

import { venueRoomsOf } from '@/collections/Screenings/rooms'
import { indexById } from '@/data/resolve'
import { idOf } from '@/lib/relations'
import type { User } from '@/payload-types'

import type { PlannerEdition, PlannerScreening, PlannerVenue } from './grid'

export type PlannerData = {
  edition: PlannerEdition | null
  editions: { id: number; name: string }[]
  venues: PlannerVenue[]
  screenings: PlannerScreening[]
}

/**
 * What the planner shows, read as the editor (their access applies) and with
 * drafts: the plan being made, not only what visitors see. The edition is the
 * one asked for, else the site's current one, else the latest.
 */
export async function plannerData(
  payload: Payload,
  user: User,
  editionParam: string | undefined,
): Promise<PlannerData> {
  const as = { user, overrideAccess: false, depth: 0 } as const
  const [{ docs: editions }, site] = await Promise.all([
    payload.find({
      ...as,
      collection: 'editions',
      draft: true,
      pagination: false,
      sort: '-startDate',
      select: { name: true, startDate: true, endDate: true },
    }),
    payload.findGlobal({ ...as, slug: 'site', select: { currentEdition: true } }),
  ])
  const wanted = idOf(editionParam) ?? idOf(site.currentEdition)
  const edition = editions.find((candidate) => candidate.id === wanted) ?? editions[0]
  const list = editions.map(({ id, name }) => ({ id, name }))
  if (!edition) return { edition: null, editions: list, venues: [], screenings: [] }

  const [{ docs: screenings }, { docs: venues }] = await Promise.all([
    payload.find({
      ...as,
      collection: 'screenings',
      draft: true,
      pagination: false,
      sort: 'start',
      where: { edition: { equals: edition.id } },
      select: {
        film: true,
        venue: true,
        room: true,
        start: true,
        end: true,
        status: true,
        ticketUrl: true,
        _status: true,
      },
    }),
    payload.find({
      ...as,
      collection: 'venues',
      draft: true,
      pagination: false,
      sort: 'name',
      select: { name: true, rooms: true },
    }),
  ])
  const filmIds = [...new Set(screenings.flatMap((screening) => idOf(screening.film) ?? []))]
  const { docs: films } = await payload.find({
    ...as,
    collection: 'films',
    draft: true,
    pagination: false,
    where: { id: { in: filmIds } },
    select: { originalTitle: true },
  })
  const film = indexById(films)
  return {
    edition: { id: edition.id, name: edition.name, startDate: edition.startDate, endDate: edition.endDate },
    editions: list,
    venues: venues.map((venue) => ({ id: venue.id, ...venueRoomsOf(venue) })),
    screenings: screenings.map((screening) => ({
      id: screening.id,
      film: film.of(screening.film)?.originalTitle ?? 'Film not chosen',
      venue: idOf(screening.venue) ?? null,
      room: screening.room ?? null,
      start: screening.start,
      end: screening.end ?? null,
      status: screening.status,
      ticketUrl: screening.ticketUrl ?? null,
      draft: screening._status === 'draft',
    })),
  }
}
