import Link from 'next/link'
import type { CollectionSlug, Payload } from 'payload'

import { formatFestivalDateTime } from '@/lib/formatDate'

const EDITORIAL: CollectionSlug[] = ['films', 'screenings', 'people', 'quotes', 'editions', 'venues', 'organisations']
const LIST = 5

/**
 * What needs attention today: what is on next, drafts waiting for review,
 * films missing a translation, screenings without a ticket link.
 */
export async function Dashboard({ payload }: { payload: Payload }) {
  const now = new Date().toISOString()
  const read = { depth: 0, overrideAccess: true, draft: true } as const
  const [next, drafts, untranslated, noTickets] = await Promise.all([
    payload.find({ collection: 'screenings', ...read, where: { start: { greater_than_equal: now } }, sort: 'start', limit: LIST, select: { title: true, start: true } }),
    Promise.all(EDITORIAL.map(async (collection) => ({ collection, count: (await payload.count({ collection, where: { _status: { equals: 'draft' } }, overrideAccess: true })).totalDocs }))),
    Promise.all(
      (['fr', 'vi'] as const).map(async (locale) => ({
        locale,
        films: (await payload.find({ collection: 'films', ...read, locale, fallbackLocale: false, where: { or: [{ title: { exists: false } }, { title: { equals: '' } }] }, limit: LIST, select: { originalTitle: true } })).docs,
      })),
    ),
    payload.find({ collection: 'screenings', ...read, where: { and: [{ or: [{ ticketUrl: { exists: false } }, { ticketUrl: { equals: '' } }] }, { status: { not_equals: 'cancelled' } }] }, sort: 'start', limit: LIST, select: { title: true } }),
  ])
  const waiting = drafts.filter((entry) => entry.count > 0)
  return (
    <section className="festival-dashboard" style={{ display: 'grid', gap: '1rem', gridTemplateColumns: 'repeat(auto-fit, minmax(16rem, 1fr))', marginBottom: '2rem' }}>
      <div>
        <h3>On next</h3>
        {next.docs.length ? (
          <ul>
            {next.docs.map((screening) => (
              <li key={screening.id}>
                <Link href={`/admin/collections/screenings/${screening.id}`}>{screening.title ?? formatFestivalDateTime(screening.start, 'en')}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>No upcoming screening.</p>
        )}
      </div>
      <div>
        <h3>Drafts waiting for review</h3>
        {waiting.length ? (
          <ul>
            {waiting.map(({ collection, count }) => (
              <li key={collection}>
                <Link href={`/admin/collections/${collection}?where[_status][equals]=draft`}>
                  {count} {collection}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>Nothing waiting.</p>
        )}
      </div>
      <div>
        <h3>Missing translations</h3>
        {untranslated.some((entry) => entry.films.length) ? (
          <ul>
            {untranslated.flatMap(({ locale, films }) =>
              films.map((film) => (
                <li key={`${locale}-${film.id}`}>
                  <Link href={`/admin/collections/films/${film.id}?locale=${locale}`}>{film.originalTitle}</Link> ({locale})
                </li>
              )),
            )}
          </ul>
        ) : (
          <p>Every film title is translated.</p>
        )}
      </div>
      <div>
        <h3>Screenings without tickets</h3>
        {noTickets.docs.length ? (
          <ul>
            {noTickets.docs.map((screening) => (
              <li key={screening.id}>
                <Link href={`/admin/collections/screenings/${screening.id}`}>{screening.title}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>Every screening has a ticket link.</p>
        )}
      </div>
    </section>
  )
}
