import { festivalDayKey } from './formatDate'

export type Phase = 'before' | 'during' | 'after'

/** Where `now` falls against an edition's festival days (Paris calendar days, first and last included). */
export function editionPhase(edition: { startDate: string; endDate: string }, now: Date): Phase {
  const today = festivalDayKey(now.toISOString())
  if (today < festivalDayKey(edition.startDate)) return 'before'
  if (today > festivalDayKey(edition.endDate)) return 'after'
  return 'during'
}

/** The edition that starts next after `now`, among `editions`; null when none is announced. */
export function nextEdition<E extends { startDate: string }>(editions: E[], now: Date): E | null {
  const today = festivalDayKey(now.toISOString())
  return (
    [...editions]
      .filter((edition) => festivalDayKey(edition.startDate) > today)
      .sort((a, b) => a.startDate.localeCompare(b.startDate))[0] ?? null
  )
}
