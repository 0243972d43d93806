import type { Film } from '@/payload-types'

import type { ReadContext } from './client'
import { getEditions, getFilmBySlug, getMedia, getPeople, quotesAboutFilm, screeningsOfFilm } from './index'
import { idsOf, indexById } from './resolve'
import { screeningRows } from './views'

type Credit = NonNullable<Film['credits']>[number]

/**
 * A published film with what its page and the feed show of it: poster and
 * stills, the published people it credits (directors first asked for by
 * lists), its source's author, its shown screenings, quotes about it with
 * their speakers, and the editions that programmed it. Null when no
 * published film has (or had) that slug.
 */
export async function filmView(ctx: ReadContext, slug: string) {
  const film = await getFilmBySlug(ctx, slug)
  if (!film) return null
  const [screenings, quotes, editions] = await Promise.all([
    screeningsOfFilm(ctx, film.id),
    quotesAboutFilm(ctx, film.id),
    getEditions(ctx, idsOf((film.programme ?? []).map((entry) => entry.edition))),
  ])
  const credits = film.credits ?? []
  const [{ rows }, people, media] = await Promise.all([
    screeningRows(ctx, screenings),
    getPeople(
      ctx,
      idsOf([
        ...credits.map((credit) => credit.person),
        film.sourceWork?.author,
        ...quotes.map((quote) => quote.speaker),
      ]),
    ),
    getMedia(ctx, idsOf([film.poster, ...(film.stills ?? [])])),
  ])
  const [person, image, edition] = [indexById(people), indexById(media), indexById(editions)]
  const credited = credits.flatMap((credit: Credit) => {
    const shown = person.of(credit.person)
    return shown ? [{ role: credit.role, person: shown, character: credit.character ?? null }] : []
  })
  return {
    film,
    poster: image.of(film.poster),
    stills: image.list(film.stills),
    /** Everyone published the film credits, its source's author and its quotes' speakers. */
    people,
    credits: credited,
    directors: credited.filter((credit) => credit.role === 'director').map((credit) => credit.person),
    author: person.of(film.sourceWork?.author),
    rows,
    quotes: quotes.map((quote) => ({ quote, speaker: person.of(quote.speaker) })),
    programmedIn: (film.programme ?? []).flatMap((entry) => {
      const shown = edition.of(entry.edition)
      return shown ? [{ edition: shown, section: entry.section, highlight: Boolean(entry.highlight) }] : []
    }),
  }
}

export type FilmView = NonNullable<Awaited<ReturnType<typeof filmView>>>
