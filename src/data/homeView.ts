import { editionPhase, nextEdition } from '@/lib/editionPhase'
import { sortByText } from '@/lib/collate'
import { idOf } from '@/lib/relations'
import type { Screening } from '@/payload-types'

import type { ReadContext } from './client'
import {
  featuredQuotes,
  getMedia,
  getPersonCards,
  getVenues,
  highlightCandidates,
  listEditions,
  screeningsOfEdition,
} from './index'
import { nextScreenings } from './nextScreenings'
import { idsOf, indexById } from './resolve'
import { currentEdition, screeningRows, type ScreeningRow } from './views'
import { editionPartners } from './website'

/**
 * The first `count` rows of `screenings` in order, resolving only as many as
 * it takes: a screening whose film or venue is not published has no row.
 */
async function firstRows(ctx: ReadContext, screenings: Screening[], count: number): Promise<ScreeningRow[]> {
  const rows: ScreeningRow[] = []
  for (let from = 0; rows.length < count && from < screenings.length; from += count)
    rows.push(...(await screeningRows(ctx, screenings.slice(from, from + count))).rows)
  return rows.slice(0, count)
}

/** The next screenings as of `now`; once none is to come, the edition's first ones, so the page still shows what the week held. */
async function nextRows(ctx: ReadContext, screenings: Screening[], now: Date, count: number) {
  const inOrder = nextScreenings(screenings, new Date(0), screenings.length)
  const upcoming = await firstRows(ctx, nextScreenings(screenings, now, screenings.length), count)
  return upcoming.length ? upcoming : firstRows(ctx, inOrder, count)
}

/**
 * The home page as of `now`: the current edition and where the year stands,
 * its highlighted films with posters, the next screenings, featured quotes
 * with their speakers, its partners. Null when no edition is current.
 */
export async function homeView(ctx: ReadContext, now: Date, limits: { screenings: number; quotes: number }) {
  const edition = await currentEdition(ctx)
  if (!edition) return null
  const [films, screenings, featured, editions] = await Promise.all([
    highlightCandidates(ctx, edition.id),
    screeningsOfEdition(ctx, edition.id),
    featuredQuotes(ctx, limits.quotes),
    listEditions(ctx),
  ])
  const highlights = sortByText(
    films.filter((film) => film.programme?.some((entry) => idOf(entry.edition) === edition.id && entry.highlight)),
    (film) => film.title,
    ctx.locale,
  )
  const [next, venues, speakers, posters, partners] = await Promise.all([
    nextRows(ctx, screenings, now, limits.screenings),
    // Every venue of the edition, for its JSON-LD.
    getVenues(ctx, idsOf(screenings.map((screening) => screening.venue))),
    getPersonCards(ctx, idsOf(featured.map((quote) => quote.speaker))),
    getMedia(ctx, idsOf(highlights.map((film) => film.poster))),
    editionPartners(ctx, edition, { logos: false }),
  ])
  const [speaker, poster] = [indexById(speakers), indexById(posters)]
  return {
    edition,
    phase: editionPhase(edition, now),
    upcomingEdition: nextEdition(editions, now),
    highlights: highlights.map((film) => ({ film, poster: poster.of(film.poster) })),
    next,
    venues,
    quotes: featured.map((quote) => ({ quote, speaker: speaker.of(quote.speaker) })),
    partners,
  }
}
