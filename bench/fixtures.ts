/** What the generator loaded, as the bench needs it: ids and slugs to visit and change. */
export type Doc = { id: number; slug: string }

export type Fixtures = {
  size: 'full' | 'smoke'
  /** The current edition and a small second one (for "does the query count grow with the results?"). */
  edition: Doc & { firstDay: string; screenings: number }
  smallEdition: Doc & { firstDay: string; screenings: number }
  /** Films in generation order; the first is a highlight with the earliest screening. */
  films: (Doc & { director: string; credits: number; screenings: number })[]
  /** People; the first directs the first film, is a guest of its first screening and speaks a featured quote. */
  people: (Doc & { credits: number })[]
  venues: Doc[]
  /** Every screening: id, film id, start (ISO). The first is the earliest of the current edition. */
  screenings: { id: number; film: number; start: string }[]
  quotes: number[]
  admin: { email: string; password: string }
  /** Milliseconds per step, and in all. */
  timings: Record<string, number>
  counts: Record<string, number>
}
