/** Reads what a calendar file of screenings shows, through the cached data layer, for the route handlers. */
import { screeningLookups, visibleScreenings } from '@/data/views'
import { env } from '@/env'
import type { Locale } from '@/i18n/locales'
import type { Screening } from '@/payload-types'

import { buildCalendar } from './ics'

/**
 * The .ics text for `screenings`, and how many it lists: screenings whose
 * film or venue is not published are left out, as on the pages.
 */
export async function loadCalendar(locale: Locale, name: string, screenings: Screening[]): Promise<{ text: string; events: number }> {
  const lookups = await screeningLookups({ locale }, screenings)
  const shown = visibleScreenings(screenings, lookups)
  const text = buildCalendar({
    name,
    locale,
    siteUrl: env().SERVER_URL,
    screenings: shown,
    films: [...lookups.films.values()],
    venues: [...lookups.venues.values()],
    people: [...lookups.people.values()],
  })
  return { text, events: shown.length }
}

export const notFoundResponse = () => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
