import { idOf } from '@/lib/relations'
import type { Film } from '@/payload-types'

import type { ReadContext } from './client'
import { filmsCrediting, getMedia, getPersonBySlug, quotesBySpeaker, screeningsWithGuest } from './index'
import { idsOf } from './resolve'
import { screeningRows } from './views'

type Role = NonNullable<Film['credits']>[number]['role']

/**
 * A published person with what their page and the feed show: photo, the
 * published films crediting them with their roles there, the shown
 * screenings they attend and their quotes. Null when no published person
 * has (or had) that slug.
 */
export async function personView(ctx: ReadContext, slug: string) {
  const person = await getPersonBySlug(ctx, slug)
  if (!person) return null
  const [films, appearances, quotes, photos] = await Promise.all([
    filmsCrediting(ctx, person.id),
    screeningsWithGuest(ctx, person.id),
    quotesBySpeaker(ctx, person.id),
    getMedia(ctx, idsOf([person.photo])),
  ])
  const { rows } = await screeningRows(ctx, appearances)
  const rolesIn = (film: Film): Role[] => [
    ...new Set((film.credits ?? []).filter((credit) => idOf(credit.person) === person.id).map((credit) => credit.role)),
  ]
  return { person, photo: photos[0], films: films.map((film) => ({ film, roles: rolesIn(film) })), rows, quotes }
}

export type PersonView = NonNullable<Awaited<ReturnType<typeof personView>>>
