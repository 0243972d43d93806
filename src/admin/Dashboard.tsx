import { Card } from '@payloadcms/ui'
import Link from 'next/link'
import type { CollectionSlug, Payload, Where } from 'payload'

import { LOCALES } from '@/i18n/locales'
import { formatFestivalDateTime } from '@/lib/formatDate'

import { dashboardData, NO_TICKETS } from './dashboardData'

const LOCALE_LABEL: Record<string, string> = Object.fromEntries(LOCALES.map(({ code, label }) => [code, label]))

/** `where` in bracket notation (where[and][0][status][equals]=draft), as Payload's list reads its filters from the URL. */
function bracketed(value: unknown, prefix: string): [string, string][] {
  if (value === null || typeof value !== 'object') return [[prefix, String(value)]]
  return Object.entries(value).flatMap(([key, inner]) => bracketed(inner, `${prefix}[${key}]`))
}

/** A collection's list in the admin, filtered. */
const listOf = (adminRoute: string, collection: CollectionSlug, where?: Where) =>
  `${adminRoute}/collections/${collection}${where ? `?${new URLSearchParams(bracketed(where, 'where'))}` : ''}`

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

/**
 * What needs attention today, above Payload's collection cards: headline
 * cards (Payload's own Card) with counts that open the matching filtered
 * list, then the first few of each: what is on next, drafts waiting for
 * review, documents missing a needed translation, screenings without tickets.
 */
export async function Dashboard({ payload }: { payload: Payload }) {
  const adminRoute = payload.config.routes.admin
  const now = new Date()
  const { next, totals, drafts, translations, noTickets } = await dashboardData(payload, { now })
  const draftTotal = drafts.reduce((sum, { count }) => sum + count, 0)
  const translationTotal = translations.reduce(
    (sum, { gaps }) => sum + gaps.reduce((inner, { count }) => inner + count, 0),
    0,
  )
  return (
    <section className="festival-dashboard" aria-labelledby="festival-dashboard-title">
      <h2 id="festival-dashboard-title" className="festival-dashboard__title">
        Festival at a glance
      </h2>
      <ul className="festival-dashboard__cards">
        <li>
          <Card title="Programme planner" href={`${adminRoute}/planner`} />
        </li>
        <li>
          <Card
            title={plural(totals.next, 'screening to come', 'screenings to come')}
            href={listOf(adminRoute, 'screenings', { start: { greater_than_equal: now.toISOString() } })}
          />
        </li>
        <li>
          <Card
            title={plural(totals.noTickets, 'screening without tickets', 'screenings without tickets')}
            href={listOf(adminRoute, 'screenings', NO_TICKETS)}
          />
        </li>
        {drafts.map(({ collection, count }) => (
          <li key={collection}>
            <Card
              title={`${count} ${collection} waiting for review`}
              href={listOf(adminRoute, collection, { _status: { equals: 'draft' } })}
            />
          </li>
        ))}
      </ul>
      <div className="festival-dashboard__panels">
        <div className="festival-dashboard__panel">
          <h3>On next</h3>
          {next.length ? (
            <ul>
              {next.map((screening) => (
                <li key={screening.id}>
                  <Link href={`${adminRoute}/collections/screenings/${screening.id}`}>
                    {screening.title || formatFestivalDateTime(screening.start, 'en')}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p>No upcoming screening.</p>
          )}
        </div>
        <div className="festival-dashboard__panel dashboard-drafts">
          <h3>Drafts waiting for review</h3>
          {draftTotal ? (
            <ul>
              {drafts.map(({ collection, count }) => (
                <li key={collection}>
                  <Link href={listOf(adminRoute, collection, { _status: { equals: 'draft' } })}>
                    {count} {collection}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p>Nothing waiting.</p>
          )}
        </div>
        <div className="festival-dashboard__panel dashboard-translations">
          <h3>
            Missing translations{' '}
            {translationTotal ? <span className="festival-dashboard__count">{translationTotal}</span> : null}
          </h3>
          {translations.length ? (
            <ul>
              {translations.flatMap(({ collection, gaps }) =>
                gaps.map(({ locale, count, first }) => (
                  <li key={`${collection}-${locale}`}>
                    {count} {collection} in {LOCALE_LABEL[locale]}:{' '}
                    {first.map((doc, index) => (
                      <span key={doc.id}>
                        {index > 0 ? ', ' : ''}
                        <Link
                          href={`${adminRoute}/collections/${collection}/${doc.id}?locale=${locale}`}
                          title={`Missing: ${doc.fields.join(', ')}`}
                        >
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
            <p>Everything that needs a translation has one.</p>
          )}
        </div>
        <div className="festival-dashboard__panel">
          <h3>Screenings without tickets</h3>
          {noTickets.length ? (
            <ul>
              {noTickets.map((screening) => (
                <li key={screening.id}>
                  <Link href={`${adminRoute}/collections/screenings/${screening.id}`}>{screening.title}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <p>Every screening has a ticket link.</p>
          )}
        </div>
      </div>
    </section>
  )
}
