/**
 * What rows refer to by name: films, venues and editions, read once per
 * import through the Local API with the caller's own access.
 */
import type { Payload, PayloadRequest } from 'payload'

import { venueRoomsOf } from '@/collections/Screenings/rooms'
import { nfc } from '@/lib/nfc'
import { idOf } from '@/lib/relations'
import { toSlug } from '@/lib/slug'
import { toZonedDate } from '@/lib/zonedTime'
import type { User } from '@/payload-types'

/** Who imports: every Local API call runs with their access (overrideAccess: false), in their transaction when `req` has one. */
export type Caller = { payload: Payload; user: User; req?: Partial<PayloadRequest> }

export const asCaller = ({ user, req }: Caller) => ({ overrideAccess: false as const, user, ...(req ? { req } : {}) })

type FilmRef = { id: number; slug: string; previousSlugs: string[]; originalTitle: string; title: string }
type VenueRef = { id: number; slug: string; previousSlugs: string[]; name: string; rooms: string[] }
/** Days as Paris dates, "YYYY-MM-DD". */
export type EditionRef = { id: number; slug: string; name: string; firstDay: string; lastDay: string }

export type Lookups = {
  films: FilmRef[]
  venues: VenueRef[]
  /** By current slug and by earlier ones. */
  editions: Map<string, EditionRef>
  editionsById: Map<number, EditionRef>
  currentEdition: number | null
}

export async function loadLookups(caller: Caller): Promise<Lookups> {
  const { payload } = caller
  const access = asCaller(caller)
  // Staff see drafts: a film still being written up can already be programmed.
  const common = { ...access, draft: true, depth: 0, pagination: false } as const
  const [films, venues, editions, site] = await Promise.all([
    payload.find({
      collection: 'films',
      ...common,
      locale: 'en',
      select: { slug: true, previousSlugs: true, originalTitle: true, title: true },
    }),
    payload.find({
      collection: 'venues',
      ...common,
      select: { slug: true, previousSlugs: true, name: true, rooms: true },
    }),
    payload.find({
      collection: 'editions',
      ...common,
      select: { slug: true, previousSlugs: true, name: true, startDate: true, endDate: true },
    }),
    payload.findGlobal({ slug: 'site', ...access, depth: 0 }),
  ])
  const editionRefs = editions.docs.map((edition) => ({
    ref: {
      id: edition.id,
      slug: edition.slug,
      name: edition.name,
      firstDay: toZonedDate(edition.startDate),
      lastDay: toZonedDate(edition.endDate),
    },
    previous: edition.previousSlugs ?? [],
  }))
  // Current slugs are set last: they win over an earlier slug of another edition.
  const editionsBySlug = new Map<string, EditionRef>()
  for (const { ref, previous } of editionRefs) for (const slug of previous) editionsBySlug.set(slug, ref)
  for (const { ref } of editionRefs) editionsBySlug.set(ref.slug, ref)
  return {
    films: films.docs.map((film) => ({
      id: film.id,
      slug: film.slug,
      previousSlugs: film.previousSlugs ?? [],
      originalTitle: nfc(film.originalTitle),
      title: nfc(film.title),
    })),
    venues: venues.docs.map((venue) => ({
      id: venue.id,
      slug: venue.slug,
      previousSlugs: venue.previousSlugs ?? [],
      ...venueRoomsOf(venue),
    })),
    editions: editionsBySlug,
    editionsById: new Map(editionRefs.map(({ ref }) => [ref.id, ref])),
    currentEdition: idOf(site.currentEdition) ?? null,
  }
}

export type Resolved<T> = { ok: true; ref: T } | { ok: false; reason: string }

/** The one candidate the first matching rule finds; two or more is ambiguous rather than a guess. */
function resolve<T extends { slug: string }>(
  name: string,
  candidates: T[],
  rules: ((candidate: T) => boolean)[],
  what: string,
): Resolved<T> {
  for (const rule of rules) {
    const found = candidates.filter(rule)
    if (found.length === 1) return { ok: true, ref: found[0] }
    if (found.length > 1)
      return {
        ok: false,
        reason: `"${name}" matches ${found.length} ${what}s (${found.map((c) => c.slug).join(', ')}): use the slug.`,
      }
  }
  // Close spellings (case, accents) are suggested, never taken: a typo must not move a screening.
  const near = candidates.find((candidate) => candidate.slug === toSlug(name))
  return {
    ok: false,
    reason: `No ${what} with slug or ${what === 'film' ? 'title' : 'name'} "${name}".${near ? ` Did you mean "${near.slug}"?` : ''}`,
  }
}

export function resolveFilm(lookups: Lookups, name: string): Resolved<FilmRef> {
  const key = nfc(name)
  // An earlier slug (the film was renamed) comes last: current slugs and titles win.
  return resolve(
    name,
    lookups.films,
    [
      (f) => f.slug === key,
      (f) => f.originalTitle === key,
      (f) => f.title === key,
      (f) => f.previousSlugs.includes(key),
    ],
    'film',
  )
}

export function resolveVenue(lookups: Lookups, name: string): Resolved<VenueRef> {
  const key = nfc(name)
  return resolve(
    name,
    lookups.venues,
    [(v) => v.slug === key, (v) => v.name === key, (v) => v.previousSlugs.includes(key)],
    'venue',
  )
}
