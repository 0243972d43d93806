/** Clashes in a personal schedule: screenings that overlap, or too close to get from one venue to the other. */
export type Slot = {
  id: number
  film: string
  start: string
  end: string
  venue: string
  geo?: { latitude: number; longitude: number } | null
}

export type Clash =
  { kind: 'overlap'; first: Slot; second: Slot } | { kind: 'travel'; first: Slot; second: Slot; gapMinutes: number }

const MINUTE = 60_000
/** Between venues whose place is unknown: half an hour, a typical Paris métro trip door to door. */
const UNKNOWN_TRAVEL_MINUTES = 30

function kilometres(a: NonNullable<Slot['geo']>, b: NonNullable<Slot['geo']>): number {
  const rad = (degrees: number) => (degrees * Math.PI) / 180
  const h =
    Math.sin(rad(b.latitude - a.latitude) / 2) ** 2 +
    Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(rad(b.longitude - a.longitude) / 2) ** 2
  return 2 * 6371 * Math.asin(Math.sqrt(h))
}

/**
 * Minutes to allow between two venues: none within one venue; else 10 to
 * leave and find the way plus 4 per kilometre (métro and walking, about
 * 15 km/h), or half an hour when either place is unknown.
 */
export function travelMinutes(from: Slot, to: Slot): number {
  if (from.venue === to.venue) return 0
  if (!from.geo || !to.geo) return UNKNOWN_TRAVEL_MINUTES
  return Math.round(10 + 4 * kilometres(from.geo, to.geo))
}

/** Every pair that clashes, in start order. */
export function findClashes(slots: Slot[]): Clash[] {
  const sorted = [...slots].sort((a, b) => a.start.localeCompare(b.start))
  const clashes: Clash[] = []
  for (const [index, first] of sorted.entries()) {
    for (const second of sorted.slice(index + 1)) {
      const gap = (Date.parse(second.start) - Date.parse(first.end)) / MINUTE
      if (gap < 0) clashes.push({ kind: 'overlap', first, second })
      else if (gap < travelMinutes(first, second))
        clashes.push({ kind: 'travel', first, second, gapMinutes: Math.round(gap) })
    }
  }
  return clashes
}
