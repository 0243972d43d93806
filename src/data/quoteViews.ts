import type { Quote } from '@/payload-types'

import type { ReadContext } from './client'
import { getEditions, getFilmCards, getPersonCards, getScreenings, getVenues } from './index'
import { idsOf, indexById } from './resolve'

/**
 * Quotes with what they are about, published ones only: the speaker, the
 * film, the screening they followed and its venue, the edition. The quotes
 * page, search and the feed show them.
 */
export async function quoteEntries(ctx: ReadContext, quotes: Quote[]) {
  const idsAt = (field: 'speaker' | 'film' | 'screening' | 'edition') => idsOf(quotes.map((quote) => quote[field]))
  const [people, films, screenings, editions] = await Promise.all([
    getPersonCards(ctx, idsAt('speaker')),
    getFilmCards(ctx, idsAt('film')),
    getScreenings(ctx, idsAt('screening')),
    getEditions(ctx, idsAt('edition')),
  ])
  const venues = await getVenues(ctx, idsOf(screenings.map((screening) => screening.venue)))
  const [speaker, film, screening, edition, venue] = [
    indexById(people),
    indexById(films),
    indexById(screenings),
    indexById(editions),
    indexById(venues),
  ]
  return quotes.map((quote) => {
    const shown = screening.of(quote.screening)
    return {
      quote,
      speaker: speaker.of(quote.speaker),
      film: film.of(quote.film),
      screening: shown,
      venue: venue.of(shown?.venue),
      edition: edition.of(quote.edition),
    }
  })
}

export type QuoteEntry = Awaited<ReturnType<typeof quoteEntries>>[number]
