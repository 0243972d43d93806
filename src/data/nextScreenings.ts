import type { Screening } from '@/payload-types'

/**
 * The home page's "next screenings": the first `count` starting at or after
 * `now`; once the edition is over, its first ones, so the page still shows
 * what the week held. A pure function of `now`, for tests.
 */
export function nextScreenings<S extends Pick<Screening, 'start'>>(screenings: S[], now: Date, count: number): S[] {
  const inOrder = [...screenings].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
  const upcoming = inOrder.filter((screening) => Date.parse(screening.start) >= now.getTime())
  return (upcoming.length ? upcoming : inOrder).slice(0, count)
}
