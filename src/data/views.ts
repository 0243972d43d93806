/** Reads that several pages share: a screening list with the films, venues and guests it shows. */
import { idOf } from '@/lib/relations'
import type { Screening, Venue } from '@/payload-types'

import type { ReadContext } from './client'
import { getEditions, getFilmCards, getPersonCards, getSite, getVenues } from './index'

export type FilmCard = Awaited<ReturnType<typeof getFilmCards>>[number]
export type PersonCard = Awaited<ReturnType<typeof getPersonCards>>[number]

/** What screening lists show besides the screenings: cards of their films and guests, their venues. */
export type ScreeningLookups = {
  films: Map<number, FilmCard>
  venues: Map<number, Venue>
  people: Map<number, PersonCard>
}

const unique = (values: (number | undefined)[]) => [...new Set(values.filter((value): value is number => value !== undefined))].sort((a, b) => a - b)

const byId = <T extends { id: number }>(docs: T[]) => new Map(docs.map((doc) => [doc.id, doc]))

export async function screeningLookups(ctx: ReadContext, screenings: Screening[], extraPeople: number[] = []): Promise<ScreeningLookups> {
  const [films, venues, people] = await Promise.all([
    getFilmCards(ctx, unique(screenings.map((screening) => idOf(screening.film)))),
    getVenues(ctx, unique(screenings.map((screening) => idOf(screening.venue)))),
    getPersonCards(ctx, unique([...screenings.flatMap((screening) => (screening.guests ?? []).map(idOf)), ...extraPeople])),
  ])
  return { films: byId(films), venues: byId(venues), people: byId(people) }
}

/** Screenings whose film and venue are published: a screening of an unpublished film is not shown. */
export function visibleScreenings(screenings: Screening[], { films, venues }: ScreeningLookups): Screening[] {
  return screenings.filter((screening) => films.has(idOf(screening.film) ?? -1) && venues.has(idOf(screening.venue) ?? -1))
}

/** The edition the site shows by default (Site settings → current edition), if published. */
export async function currentEdition(ctx: ReadContext) {
  const site = await getSite(ctx)
  const id = idOf(site.currentEdition)
  const [edition] = id ? await getEditions(ctx, [id]) : []
  return edition ?? null
}

export { byId, unique }
