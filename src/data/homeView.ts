import { editionPhase, nextEdition } from '@/lib/editionPhase'
import { sortByText } from '@/lib/collate'
import { idOf } from '@/lib/relations'

import type { ReadContext } from './client'
import { featuredQuotes, filmsInEdition, getMedia, getPersonCards, listEditions, screeningsOfEdition } from './index'
import { nextScreenings } from './nextScreenings'
import { idsOf, indexById } from './resolve'
import { currentEdition, screeningRows } from './views'
import { editionPartners } from './website'

/**
 * The home page as of `now`: the current edition and where the year stands,
 * its highlighted films with posters, the next screenings, featured quotes
 * with their speakers, its partners. Null when no edition is current.
 */
export async function homeView(ctx: ReadContext, now: Date, limits: { screenings: number; quotes: number }) {
  const edition = await currentEdition(ctx)
  if (!edition) return null
  const [films, screenings, featured, editions] = await Promise.all([
    filmsInEdition(ctx, edition.id),
    screeningsOfEdition(ctx, edition.id),
    featuredQuotes(ctx, limits.quotes),
    listEditions(ctx),
  ])
  const highlights = sortByText(
    films.filter((film) => film.programme?.some((entry) => idOf(entry.edition) === edition.id && entry.highlight)),
    (film) => film.title,
    ctx.locale,
  )
  const [{ rows, venues }, speakers, posters, partners] = await Promise.all([
    screeningRows(ctx, screenings),
    getPersonCards(ctx, idsOf(featured.map((quote) => quote.speaker))),
    getMedia(ctx, idsOf(highlights.map((film) => film.poster))),
    editionPartners(ctx, edition, { logos: false }),
  ])
  const [speaker, poster] = [indexById(speakers), indexById(posters)]
  const next = new Set(
    nextScreenings(
      rows.map(({ screening }) => screening),
      now,
      limits.screenings,
    ),
  )
  return {
    edition,
    phase: editionPhase(edition, now),
    upcomingEdition: nextEdition(editions, now),
    highlights: highlights.map((film) => ({ film, poster: poster.of(film.poster) })),
    next: rows.filter(({ screening }) => next.has(screening)),
    venues,
    quotes: featured.map((quote) => ({ quote, speaker: speaker.of(quote.speaker) })),
    partners,
  }
}
