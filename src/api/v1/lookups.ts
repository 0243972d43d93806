import { getMedia, getPeople } from '@/data'
import type { ReadContext } from '@/data/client'
import { byId, screeningLookups, unique } from '@/data/views'
import { idOf } from '@/lib/relations'
import type { Film, Screening } from '@/payload-types'

import type { Lookups } from './serialize'

/**
 * Everything a feed page shows besides its own documents, in a fixed number
 * of reads whatever the number of items: films, venues and guests of the
 * screenings, then the directors and posters of those films.
 */
export async function feedLookups(ctx: ReadContext, screenings: Screening[], extraFilms: Film[] = []): Promise<Lookups> {
  const base = await screeningLookups(ctx, screenings)
  const films = [...base.films.values(), ...extraFilms]
  const [people, media] = await Promise.all([
    getPeople(ctx, unique(films.flatMap((film) => (film.credits ?? []).map((credit) => idOf(credit.person))))),
    getMedia(ctx, unique(films.flatMap((film) => [idOf(film.poster), ...(film.stills ?? []).map(idOf)]))),
  ])
  return { ...base, films: new Map([...base.films, ...byId(extraFilms)]), people: new Map([...base.people, ...byId(people)]), media: byId(media) }
}
