import { normalizeForSearch } from '@/fields/searchText'

import { payloadClient, readOptions, type ReadContext } from './client'

const LIMIT = 20

/**
 * Films, people and quotes matching a query, with or without Vietnamese
 * diacritics. Not cached: queries are unbounded, and search is the one page
 * that renders per request.
 */
export async function searchSite(ctx: ReadContext, query: string) {
  const needle = normalizeForSearch(query).trim()
  if (needle.length < 2) return { films: [], people: [], quotes: [] }
  const payload = await payloadClient()
  const read = { ...readOptions(ctx), limit: LIMIT, pagination: false } as const
  const [films, people, quotes] = await Promise.all([
    payload.find({ collection: 'films', where: { searchText: { like: needle } }, sort: 'originalTitle', ...read }),
    payload.find({ collection: 'people', where: { or: [{ alternateName: { like: needle } }, { name: { like: query.trim() } }] }, sort: 'sortName', ...read }),
    payload.find({ collection: 'quotes', where: { searchText: { like: needle } }, sort: '-source.date', ...read }),
  ])
  return { films: films.docs, people: people.docs, quotes: quotes.docs }
}
