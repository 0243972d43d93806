import { sortByText } from '@/lib/collate'

import type { ReadContext } from './client'
import { filmsInEdition, getEditionBySlug, getMedia, getVenues, screeningsOfEdition } from './index'
import { idsOf } from './resolve'
import { screeningRows } from './views'
import { editionPartners } from './website'

/**
 * A published edition with what its page and the feed show: hero image, its
 * films in title order, its shown screenings (`screeningVenues`: the venues
 * they name), the venues it lists, its partners with logos. Null when no
 * published edition has (or had) that slug.
 */
export async function editionView(ctx: ReadContext, slug: string) {
  const edition = await getEditionBySlug(ctx, slug)
  if (!edition) return null
  const [films, screenings, partners, [hero], venues] = await Promise.all([
    filmsInEdition(ctx, edition.id),
    screeningsOfEdition(ctx, edition.id),
    editionPartners(ctx, edition, { logos: true }),
    getMedia(ctx, idsOf([edition.heroImage])),
    getVenues(ctx, idsOf(edition.venues)),
  ])
  const { rows, venues: screeningVenues } = await screeningRows(ctx, screenings)
  return {
    edition,
    hero,
    films: sortByText(films, (film) => film.title, ctx.locale),
    rows,
    screeningVenues,
    venues,
    ...partners,
  }
}

export type EditionView = NonNullable<Awaited<ReturnType<typeof editionView>>>
