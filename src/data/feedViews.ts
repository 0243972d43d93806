/** What the partner feed's lists show besides their own documents: films with their directors and posters. */
import type { Media, Screening } from '@/payload-types'

import type { ReadContext } from './client'
import { getMedia, getPersonCards } from './index'
import { idsOf, indexById } from './resolve'
import { screeningRows, type FilmCard, type PersonCard, type ScreeningRow } from './views'

/** A film as lists show it: its published directors and its poster. */
export type ListedFilm<F extends FilmCard = FilmCard> = { film: F; directors: PersonCard[]; poster: Media | undefined }

const directorsOf = (film: FilmCard) =>
  (film.credits ?? []).filter((credit) => credit.role === 'director').map((credit) => credit.person)

/**
 * Reads the directors and posters of `films` (two reads whatever their
 * number) and gives each film with them. Lists name only directors: reading
 * everyone credited on every film was half the cost of an uncached programme feed.
 */
async function filmLister<F extends FilmCard>(ctx: ReadContext, films: F[]): Promise<(film: F) => ListedFilm<F>> {
  const [people, posters] = await Promise.all([
    getPersonCards(ctx, idsOf(films.flatMap(directorsOf))),
    getMedia(ctx, idsOf(films.map((film) => film.poster))),
  ])
  const [person, poster] = [indexById(people), indexById(posters)]
  return (film) => ({ film, directors: person.list(directorsOf(film)), poster: poster.of(film.poster) })
}

/** Films with their directors and posters. */
export async function listedFilms<F extends FilmCard>(ctx: ReadContext, films: F[]): Promise<ListedFilm<F>[]> {
  return films.map(await filmLister(ctx, films))
}

/** A screening as the programme feed lists it. */
export type FeedScreening = ScreeningRow & ListedFilm

/** The shown screenings among `screenings`, in their order, each with its film's directors and poster. */
export async function feedScreenings(ctx: ReadContext, screenings: Screening[]): Promise<FeedScreening[]> {
  const { rows, films } = await screeningRows(ctx, screenings)
  const list = await filmLister(ctx, films)
  return rows.map((row) => ({ ...row, ...list(row.film) }))
}
