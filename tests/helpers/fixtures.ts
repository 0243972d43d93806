import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { toSlug } from '@/lib/slug'
import { paragraphs } from '@/seed/richText'
import type { User } from '@/payload-types'

import { createTestPayload, type TestPayload } from './payload'

export const PASSWORD = 'correct-horse-battery-staple'

export type Accounts = Record<'admin' | 'editor' | 'partner', { user: User; email: string }> & { partnerKey: string }

export async function createAccounts(payload: Payload): Promise<Accounts> {
  const partnerKey = 'partner-key-0123456789abcdef'
  const make = (role: User['role'], extra: Partial<User> = {}) =>
    payload.create({
      collection: 'users',
      data: { email: `${role}@filmweek.test`, password: PASSWORD, role, ...extra },
    })
  const admin = await make('admin')
  const editor = await make('editor')
  const partner = await make('partner', { enableAPIKey: true, apiKey: partnerKey })
  return {
    admin: { user: admin, email: admin.email },
    editor: { user: editor, email: editor.email },
    partner: { user: partner, email: partner.email },
    partnerKey,
  }
}

let counter = 0
const unique = (base: string) => `${base} ${++counter}`
/** Fixtures give their slug explicitly; generation has tests of its own. */
const slugged = (base: string) => {
  const value = unique(base)
  return { value, slug: toSlug(value) }
}

export const CONTENT_COLLECTIONS = [
  'editions',
  'films',
  'screenings',
  'people',
  'quotes',
  'venues',
  'organisations',
  'pages',
  'posts',
] as const
export type ContentSlug = (typeof CONTENT_COLLECTIONS)[number]

export type Refs = { film: number; edition: number; venue: number; person: number }

/** The least data each content collection accepts, with names unique per call. */
export const minimal: { [S in ContentSlug]: (refs: Refs) => RequiredDataFromCollectionSlug<S> } = {
  editions: () => {
    const { value, slug } = slugged('Edition')
    return {
      name: value,
      slug,
      city: 'Paris',
      startDate: '2025-12-08T12:00:00.000Z',
      endDate: '2025-12-13T12:00:00.000Z',
    }
  },
  films: () => {
    const { value, slug } = slugged('Phim')
    return { originalTitle: value, slug, title: `Film ${value}` }
  },
  people: () => {
    const { value, slug } = slugged('Người')
    return { name: value, slug }
  },
  venues: () => {
    const { value, slug } = slugged('Venue')
    return { name: value, slug, address: { street: '1 rue X', city: 'Paris', country: 'FR' } }
  },
  organisations: () => {
    const { value, slug } = slugged('ORG')
    return { name: `Organisation ${value}`, shortName: value, slug, kind: 'association' }
  },
  // Each in a room of its own, so fixtures never overlap (overlaps have tests of their own).
  screenings: (refs) => ({
    film: refs.film,
    edition: refs.edition,
    venue: refs.venue,
    room: unique('Room'),
    start: '2025-12-10T19:00:00.000Z',
    start_tz: 'Europe/Paris',
    status: 'scheduled',
  }),
  quotes: (refs) => ({ text: unique('Words'), kind: 'paraphrase', originalLocale: 'en', speaker: refs.person }),
  pages: () => {
    const { value, slug } = slugged('Page')
    return { title: value, slug }
  },
  posts: () => {
    const { value, slug } = slugged('Post')
    return {
      title: value,
      slug,
      standfirst: `What happened: ${value}`,
      body: paragraphs(`The story of ${value}.`),
      publishedAt: '2025-12-14T12:00:00.000Z',
    }
  },
}

/** Published documents that screenings and quotes point at. */
export async function createRefs(payload: Payload): Promise<Refs> {
  const none = {} as Refs
  const published = { _status: 'published' } as const
  const edition = await payload.create({ collection: 'editions', data: { ...minimal.editions(none), ...published } })
  const film = await payload.create({ collection: 'films', data: { ...minimal.films(none), ...published } })
  const venue = await payload.create({ collection: 'venues', data: { ...minimal.venues(none), ...published } })
  const person = await payload.create({ collection: 'people', data: { ...minimal.people(none), ...published } })
  return { edition: edition.id, film: film.id, venue: venue.id, person: person.id }
}

/** A fresh test database holding the published documents of `createRefs`. */
export async function createTestPayloadWithRefs(): Promise<{ ctx: TestPayload; refs: Refs }> {
  const ctx = await createTestPayload()
  return { ctx, refs: await createRefs(ctx.payload) }
}

/** Create data that leaves the slug to the slug field's own hook. */
export const withoutSlug = <S extends 'films' | 'people' | 'editions' | 'venues' | 'organisations'>(
  data: Omit<RequiredDataFromCollectionSlug<S>, 'slug'>,
) => data as RequiredDataFromCollectionSlug<S>
