import { normalizeForSearch } from '@/fields/searchText'
import { sortByText } from '@/lib/collate'

import { payloadClient, readOptions, type ReadContext } from './client'
import { getPersonCards } from './index'
import { idsOf, indexById } from './resolve'

const LIMIT = 20

/**
 * Films, people and quotes matching a query, with or without Vietnamese
 * diacritics. Not cached: queries are unbounded, and search is the one page
 * that renders per request. Search text is internal (src/access/internalFields.ts):
 * these reads are the site's own (`siteRead`), published documents only.
 * A quote is found by its words or by its speaker's published name, and comes with its speaker.
 */
export async function searchSite(ctx: ReadContext, query: string) {
  const needle = normalizeForSearch(query).trim()
  if (needle.length < 2) return { films: [], people: [], quotes: [] }
  const payload = await payloadClient()
  const read = { ...readOptions(ctx), limit: LIMIT, pagination: false } as const
  const [films, people] = await Promise.all([
    payload.find({ collection: 'films', where: { searchText: { like: needle } }, sort: 'originalTitle', ...read }),
    payload.find({
      collection: 'people',
      where: { or: [{ alternateName: { like: needle } }, { name: { like: query.trim() } }] },
      sort: 'sortName',
      ...read,
    }),
  ])
  const speakers = people.docs.map((person) => person.id)
  const quotes = await payload.find({
    collection: 'quotes',
    where: { or: [{ searchText: { like: needle } }, ...(speakers.length ? [{ speaker: { in: speakers } }] : [])] },
    sort: '-source.date',
    ...read,
  })
  const speaker = indexById(await getPersonCards(ctx, idsOf(quotes.docs.map((quote) => quote.speaker))))
  // The database sorts by code point: lists read in the page's alphabet (Đ after D in Vietnamese); quotes stay newest first.
  return {
    films: sortByText(films.docs, (film) => film.title, ctx.locale),
    people: sortByText(people.docs, (person) => person.sortName ?? person.name, ctx.locale),
    quotes: quotes.docs.map((quote) => ({ quote, speaker: speaker.of(quote.speaker) })),
  }
}
