import { getMedia, getPersonCards } from '@/data'
import type { ReadContext } from '@/data/client'
import { byId, screeningLookups, unique, type FilmCard } from '@/data/views'
import { idOf } from '@/lib/relations'
import type { Film, Screening } from '@/payload-types'

import type { Lookups } from './serialize'

/**
 * Everything a feed page shows besides its own documents, in a fixed number
 * of reads whatever the number of items: films, venues and guests of the
 * screenings, then the people credited on those films and their posters.
 * Lists name only directors: reading everyone credited on 150 films (1,200
 * people) was half of an uncached programme feed; a single film passes
 * `credits: 'all'`.
 */
export async function feedLookups(ctx: ReadContext, screenings: Screening[], extraFilms: Film[] = [], credits: 'directors' | 'all' = 'directors'): Promise<Lookups> {
  const base = await screeningLookups(ctx, screenings)
  const films = [...base.films.values(), ...extraFilms]
  const shown = (film: FilmCard) => (film.credits ?? []).filter((credit) => credits === 'all' || credit.role === 'director')
  const [people, media] = await Promise.all([
    getPersonCards(ctx, unique(films.flatMap((film) => shown(film).map((credit) => idOf(credit.person))))),
    getMedia(ctx, unique([...films.map((film) => idOf(film.poster)), ...extraFilms.flatMap((film) => (film.stills ?? []).map(idOf))])),
  ])
  return { ...base, films: new Map([...base.films, ...byId(extraFilms)]), people: new Map([...base.people, ...byId(people)]), media: byId(media) }
}
