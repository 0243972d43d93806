/** How much synthetic data a run loads: the full festival, or a handful for the smoke test. */
export type Size = {
  name: 'full' | 'smoke'
  films: number
  /** Screenings of the current edition (`days` × `venues` × `perVenueDay`). */
  days: number
  venues: number
  perVenueDay: number
  people: number
  quotes: number
  /** Films featured on the home page, quotes featured there. */
  highlights: number
  featuredQuotes: number
  /** Credits per film: director, screenwriter, cinematographer, composer and a cast of 1 to 2 × `cast`. */
  cast: number
}

export const SIZES: Record<Size['name'], Size> = {
  // 150 films, 600 screenings over 10 days in 6 venues, 1,200 people, 500 quotes.
  full: {
    name: 'full',
    films: 150,
    days: 10,
    venues: 6,
    perVenueDay: 10,
    people: 1200,
    quotes: 500,
    highlights: 6,
    featuredQuotes: 8,
    cast: 4,
  },
  smoke: {
    name: 'smoke',
    films: 5,
    days: 2,
    venues: 1,
    perVenueDay: 5,
    people: 10,
    quotes: 5,
    highlights: 2,
    featuredQuotes: 2,
    cast: 1,
  },
}

export const screeningCount = (size: Size) => size.days * size.venues * size.perVenueDay

/** Rooms per venue and daily start times (Paris): 4 h apart, films run at most 200 min, so a room never overlaps. */
export const ROOMS = ['Salle 1', 'Salle 2', 'Salle 3', 'Salle 4']
export const SLOTS = ['11:00', '15:00', '19:00']
export const MAX_RUNTIME = 200
