/**
 * The data-access layer: every page, feed and file reads through these.
 * Each is a cached Local API read, tagged with what it depends on (see tags.ts).
 */
import { all, byIds, bySlug, cardsByIds, pointingAt, pointingAtBetween } from './lookups'
import { defineQuery } from './query'
import { tag } from './tags'

export type { ReadContext } from './client'

export const getSite = defineQuery(
  'site',
  () => [tag.collection('site')],
  (payload, read) => payload.findGlobal({ slug: 'site', ...read }),
)

export const getFilmBySlug = bySlug('films')
export const getPersonBySlug = bySlug('people')
export const getVenueBySlug = bySlug('venues')
export const getEditionBySlug = bySlug('editions')

export const getFilms = byIds('films')
export const getPeople = byIds('people')
export const getVenues = byIds('venues')
export const getEditions = byIds('editions')
export const getOrganisations = byIds('organisations')
export const getMedia = byIds('media')
export const getScreenings = byIds('screenings')

export const listFilms = all('films', 'originalTitle')
export const listPeople = all('people', 'sortName')
export const listEditions = all('editions', '-startDate')
export const listQuotes = all('quotes', '-source.date')
export const listVenues = all('venues', 'name')

export const screeningsOfEdition = pointingAt('screenings', 'edition', 'edition', 'start')
export const screeningsOfEditionBetween = pointingAtBetween('screenings', 'edition', 'edition', 'start')
export const screeningsOfFilm = pointingAt('screenings', 'film', 'film', 'start')
export const screeningsAtVenue = pointingAt('screenings', 'venue', 'venue', 'start')
export const screeningsWithGuest = pointingAt('screenings', 'guests', 'guests', 'start')
export const filmsInEdition = pointingAt('films', 'edition', 'programme.edition', 'originalTitle')
export const filmsCrediting = pointingAt('films', 'person', 'credits.person', '-year')
export const quotesAboutFilm = pointingAt('quotes', 'film', 'film', '-source.date')
export const quotesAboutEdition = pointingAt('quotes', 'edition', 'edition', '-source.date')
export const quotesBySpeaker = pointingAt('quotes', 'speaker', 'speaker', '-source.date')

/**
 * Films an edition highlights: the home page should not read the whole line-up
 * to show a few. Matched by SQL on any programme entry, so the caller keeps
 * those whose own entry for the edition is the highlighted one.
 */
export const highlightCandidates = defineQuery(
  'films.highlighted',
  (edition: number) => [tag.pointingAt('films', 'edition', edition)],
  async (payload, read, edition: number) => {
    const { docs } = await payload.find({
      collection: 'films',
      where: { and: [{ 'programme.edition': { equals: edition } }, { 'programme.highlight': { equals: true } }] },
      sort: 'originalTitle',
      pagination: false,
      ...read,
    })
    return docs
  },
)

/** What a quote card shows: the home page reads only these, not whole documents. */
const QUOTE_CARD_FIELDS = { kind: true, text: true, speaker: true, speakerRole: true, source: true } as const

/** The newest featured quotes, at most `limit`: the home page should not read every quote to show a few. */
export const featuredQuotes = defineQuery(
  'quotes.featured',
  // Any quote may become featured: depend on the collection.
  (_limit: number) => [tag.collection('quotes')],
  async (payload, read, limit: number) => {
    const { docs } = await payload.find({
      collection: 'quotes',
      where: { featured: { equals: true } },
      sort: '-source.date',
      limit,
      pagination: false,
      select: QUOTE_CARD_FIELDS,
      ...read,
    })
    return docs
  },
)

/** What a screening row, a calendar event or a feed item shows of a film (updatedAt: the feed's modified_since). */
export const getFilmCards = cardsByIds('films', {
  slug: true,
  title: true,
  originalTitle: true,
  languages: true,
  runtime: true,
  poster: true,
  programme: true,
  credits: true,
  updatedAt: true,
})
/** What a link to a person shows: their name. */
export const getPersonCards = cardsByIds('people', { slug: true, name: true, updatedAt: true })
