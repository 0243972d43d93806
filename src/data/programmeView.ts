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

/**
 * An edition's programme: its shown screenings, what each filter can choose
 * from, and, for `filters` from a query (applied on the server, without
 * JavaScript), which rows match; `shown` is undefined when none is chosen.
 */
export async function programmeView(ctx: ReadContext, edition: Edition, filters: ProgrammeFilters = {}) {
  const { rows, films, venues } = await screeningRows(ctx, await screeningsOfEdition(ctx, edition.id))
  const chosen = Object.entries(filters).filter(([, value]) => value) as [FilterKey, string][]
  // Every row is in the page (the script may widen the choice later); those that do not match are hidden.
  const shown = chosen.length
    ? new Set(
        rows
          .filter((row) => chosen.every(([key, value]) => valuesOf(row)[key].includes(value)))
          .map(({ screening }) => screening.id),
      )
    : undefined
  return {
    edition,
    rows,
    venues: sortByText(venues, (venue) => venue.name, ctx.locale),
    sections: new Set(
      films.flatMap((film) =>
        (film.programme ?? []).filter((entry) => idOf(entry.edition) === edition.id).map((entry) => entry.section),
      ),
    ),
    subtitles: new Set(rows.flatMap(({ screening }) => screening.subtitles ?? [])),
    accessFlags: ACCESS_FLAGS.filter((flag) => rows.some(({ screening }) => screening.accessibility?.[flag])),
    chosen,
    shown,
  }
}

export type Programme = Awaited<ReturnType<typeof programmeView>>
