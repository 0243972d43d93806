import Link from 'next/link'
import type { Payload } from 'payload'

import { LOCALES } from '@/i18n/locales'
import { formatFestivalDateTime } from '@/lib/formatDate'

import { dashboardData } from './dashboardData'

const LOCALE_LABEL: Record<string, string> = Object.fromEntries(LOCALES.map(({ code, label }) => [code, label]))

/**
 * What needs attention today: what is on next, drafts waiting for review,
 * documents missing a translation, screenings without a ticket link.
 */
export async function Dashboard({ payload }: { payload: Payload }) {
  const { next, drafts, translations, noTickets } = await dashboardData(payload)
  return (
    <section className="festival-dashboard" style={{ display: 'grid', gap: '1rem', gridTemplateColumns: 'repeat(auto-fit, minmax(16rem, 1fr))', marginBottom: '2rem' }}>
      <div>
        <h3>On next</h3>
        {next.length ? (
          <ul>
            {next.map((screening) => (
              <li key={screening.id}>
                <Link href={`/admin/collections/screenings/${screening.id}`}>{screening.title || formatFestivalDateTime(screening.start, 'en')}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>No upcoming screening.</p>
        )}
      </div>
      <div className="dashboard-drafts">
        <h3>Drafts waiting for review</h3>
        {drafts.length ? (
          <ul>
            {drafts.map(({ collection, count }) => (
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
      <div className="dashboard-translations">
        <h3>Missing translations</h3>
        {translations.length ? (
          <ul>
            {translations.flatMap(({ collection, gaps }) =>
              gaps.map(({ locale, count, first }) => (
                <li key={`${collection}-${locale}`}>
                  {count} {collection} in {LOCALE_LABEL[locale]}:{' '}
                  {first.map((doc, index) => (
                    <span key={doc.id}>
                      {index > 0 ? ', ' : ''}
                      <Link href={`/admin/collections/${collection}/${doc.id}?locale=${locale}`} title={`Missing: ${doc.fields.join(', ')}`}>
                        {doc.title}
                      </Link>
                    </span>
                  ))}
                  {count > first.length ? '…' : ''}
                </li>
              )),
            )}
          </ul>
        ) : (
          <p>Films, people, quotes and editions are translated.</p>
        )}
      </div>
      <div>
        <h3>Screenings without tickets</h3>
        {noTickets.length ? (
          <ul>
            {noTickets.map((screening) => (
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
