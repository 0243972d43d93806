import { ACCESS_FLAGS } from '@/collections/Screenings/options'
import type { FilterKey } from '@/components/filterKeys'
import { sortByText } from '@/lib/collate'
import { festivalDayKey } from '@/lib/formatDate'
import { idOf } from '@/lib/relations'
import type { Edition } from '@/payload-types'

import type { ReadContext } from './client'
import { screeningsOfEdition } from './index'
import { screeningRows, type ScreeningRow } from './views'

export type ProgrammeFilters = Partial<Record<FilterKey, string>>

/**
 * Above this many screenings the programme is shown one day at a time: every
 * row costs its markup twice per response (the HTML and the RSC payload React
 * hydrates from), and a phone should not download a whole festival to read
 * one evening.
 */
export const WHOLE_PROGRAMME_MAX_ROWS = 80

/** What a row offers each filter, as its data attributes do for the script. */
function valuesOf({ screening, film, venue }: ScreeningRow): Record<FilterKey, string[]> {
  return {
    day: [festivalDayKey(screening.start)],
    venue: [venue.slug],
    section: (film.programme ?? [])
      .filter((entry) => idOf(entry.edition) === idOf(screening.edition))
      .map((entry) => entry.section),
    subtitles: screening.subtitles ?? [],
    access: ACCESS_FLAGS.filter((flag) => screening.accessibility?.[flag]),
  }
}

const matching = (rows: ScreeningRow[], chosen: [FilterKey, string][]) =>
  rows.filter((row) => chosen.every(([key, value]) => valuesOf(row)[key].includes(value)))

/** The festival days in order, each with the screenings the other filters leave on it. */
function daysOf(rows: ScreeningRow[], candidates: ScreeningRow[]) {
  const counts = new Map<string, { key: string; start: string; count: number }>()
  for (const { screening } of [...rows].sort((a, b) => a.screening.start.localeCompare(b.screening.start))) {
    const key = festivalDayKey(screening.start)
    if (!counts.has(key)) counts.set(key, { key, start: screening.start, count: 0 })
  }
  for (const { screening } of candidates) {
    const day = counts.get(festivalDayKey(screening.start))
    if (day) day.count += 1
  }
  return [...counts.values()]
}

/**
 * An edition's programme: what each filter can choose from and the rows the
 * page holds. A programme small enough is one page holding every row, filtered
 * in the browser (`shown` says which rows a query's filters leave visible,
 * undefined when none is chosen). A larger one is paged by day (`day`, the
 * first day with a match unless the query names one): the page holds only
 * that day's matching rows, and each choice is a new request.
 */
export async function programmeView(ctx: ReadContext, edition: Edition, filters: ProgrammeFilters = {}) {
  const { rows: all, films, venues } = await screeningRows(ctx, await screeningsOfEdition(ctx, edition.id))
  const chosen = Object.entries(filters).filter(([, value]) => value) as [FilterKey, string][]
  const complete = all.length <= WHOLE_PROGRAMME_MAX_ROWS
  const candidates = complete
    ? all
    : matching(
        all,
        chosen.filter(([key]) => key !== 'day'),
      )
  const days = daysOf(all, candidates)
  const day = complete ? undefined : (filters.day ?? (days.find((entry) => entry.count > 0) ?? days[0])?.key)
  const rows = complete ? all : candidates.filter(({ screening }) => festivalDayKey(screening.start) === day)
  return {
    edition,
    rows,
    complete,
    day,
    days,
    venues: sortByText(venues, (venue) => venue.name, ctx.locale),
    sections: new Set(
      films.flatMap((film) =>
        (film.programme ?? []).filter((entry) => idOf(entry.edition) === edition.id).map((entry) => entry.section),
      ),
    ),
    subtitles: new Set(all.flatMap(({ screening }) => screening.subtitles ?? [])),
    accessFlags: ACCESS_FLAGS.filter((flag) => all.some(({ screening }) => screening.accessibility?.[flag])),
    chosen,
    // Every row is in a complete page (the script may widen the choice later); those that do not match are hidden.
    shown: complete && chosen.length ? new Set(matching(all, chosen).map(({ screening }) => screening.id)) : undefined,
  }
}

export type Programme = Awaited<ReturnType<typeof programmeView>>
