/** What several views share: screenings with the films, venues and guests they show, the current edition. */
import { idOf } from '@/lib/relations'
import type { Screening, Venue } from '@/payload-types'

import type { ReadContext } from './client'
import { getEditions, getFilmCards, getPersonCards, getSite, getVenues } from './index'
import { idsOf, indexById } from './resolve'

export type FilmCard = Awaited<ReturnType<typeof getFilmCards>>[number]
export type PersonCard = Awaited<ReturnType<typeof getPersonCards>>[number]

/** A screening as lists, calendars and the feed show it: its film, venue and published guests resolved. */
export type ScreeningRow = { screening: Screening; film: FilmCard; venue: Venue; guests: PersonCard[] }

/**
 * The rows of `screenings` whose film and venue are published, in the given
 * order (a screening of an unpublished film is not shown), and every
 * published film and venue the screenings name, in id order.
 */
export async function screeningRows(
  ctx: ReadContext,
  screenings: Screening[],
): Promise<{ rows: ScreeningRow[]; films: FilmCard[]; venues: Venue[] }> {
  const [films, venues, people] = await Promise.all([
    getFilmCards(ctx, idsOf(screenings.map((screening) => screening.film))),
    getVenues(ctx, idsOf(screenings.map((screening) => screening.venue))),
    getPersonCards(ctx, idsOf(screenings.flatMap((screening) => screening.guests ?? []))),
  ])
  const [film, venue, guests] = [indexById(films), indexById(venues), indexById(people)]
  const rows = screenings.flatMap((screening) => {
    const [shownFilm, shownVenue] = [film.of(screening.film), venue.of(screening.venue)]
    return shownFilm && shownVenue
      ? [{ screening, film: shownFilm, venue: shownVenue, guests: guests.list(screening.guests) }]
      : []
  })
  return { rows, films, venues }
}

/** The edition the site shows by default (Site settings → current edition), if published. */
export async function currentEdition(ctx: ReadContext) {
  const site = await getSite(ctx)
  const id = idOf(site.currentEdition)
  const [edition] = id ? await getEditions(ctx, [id]) : []
  return edition ?? null
}
