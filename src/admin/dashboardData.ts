import type { CollectionSlug, Payload, Where } from 'payload'

import { translationGaps, type TranslationGaps } from './translations'

const EDITORIAL = [
  'films',
  'screenings',
  'people',
  'quotes',
  'editions',
  'venues',
  'organisations',
] as const satisfies CollectionSlug[]
const TRANSLATED = ['films', 'people', 'quotes', 'editions'] as const satisfies CollectionSlug[]

/** Screenings that still need a ticket link: the dashboard's count and the list it links to filter alike. */
export const NO_TICKETS: Where = {
  and: [
    { or: [{ ticketUrl: { exists: false } }, { ticketUrl: { equals: '' } }] },
    { status: { not_equals: 'cancelled' } },
  ],
}

export type DashboardData = {
  next: { id: number; title: string; start: string }[]
  /** How many screenings are still to come, and how many lack a ticket link (the lists hold the first few). */
  totals: { next: number; noTickets: number }
  /** Documents whose newest version is an unpublished draft: never published, or published with newer changes. */
  drafts: { collection: CollectionSlug; count: number }[]
  translations: { collection: CollectionSlug; gaps: TranslationGaps }[]
  noTickets: { id: number; title: string }[]
}

/** What needs attention today, read for the admin's dashboard (src/admin/Dashboard.tsx). */
export async function dashboardData(
  payload: Payload,
  { now = new Date(), list = 5 }: { now?: Date; list?: number } = {},
): Promise<DashboardData> {
  const read = { depth: 0, overrideAccess: true, draft: true } as const
  const [next, drafts, translations, noTickets] = await Promise.all([
    payload.find({
      collection: 'screenings',
      ...read,
      where: { start: { greater_than_equal: now.toISOString() } },
      sort: 'start',
      limit: list,
      select: { title: true, start: true },
    }),
    Promise.all(
      EDITORIAL.map(async (collection) => ({
        collection,
        count: (
          await payload.countVersions({
            collection,
            where: { and: [{ latest: { equals: true } }, { 'version._status': { equals: 'draft' } }] },
            overrideAccess: true,
          })
        ).totalDocs,
      })),
    ),
    Promise.all(
      TRANSLATED.map(async (collection) => ({ collection, gaps: await translationGaps(payload, collection, list) })),
    ),
    payload.find({
      collection: 'screenings',
      ...read,
      where: NO_TICKETS,
      sort: 'start',
      limit: list,
      select: { title: true },
    }),
  ])
  return {
    next: next.docs.map((doc) => ({ id: doc.id, title: doc.title ?? '', start: doc.start })),
    totals: { next: next.totalDocs, noTickets: noTickets.totalDocs },
    drafts: drafts.filter((entry) => entry.count > 0),
    translations: translations.filter((entry) => entry.gaps.length > 0),
    noTickets: noTickets.docs.map((doc) => ({ id: doc.id, title: doc.title ?? '' })),
  }
}
