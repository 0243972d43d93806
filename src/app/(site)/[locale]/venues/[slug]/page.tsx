import type { Metadata } from 'next'

import { ScreeningList } from '@/components/ScreeningList'
import { getVenueBySlug, listVenues, screeningsAtVenue } from '@/data'
import { pageContext } from '@/data/preview'
import { screeningRows } from '@/data/views'
import { getMessages } from '@/i18n/messages'
import { localeOf, shownAt, slugStaticParams } from '@/i18n/params'
import { routes } from '@/i18n/routes'
import { displayNames } from '@/lib/intlCache'
import { pageMetadata } from '@/seo/metadata'

type Params = Promise<{ locale: string; slug: string }>

export const revalidate = 3600

export const generateStaticParams = slugStaticParams(listVenues)

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params)
  const venue = await getVenueBySlug(await pageContext(locale), (await params).slug)
  if (!venue) return {}
  return pageMetadata({
    locale,
    path: (code) => routes.venue(code, venue.slug),
    title: venue.name,
    description: `${venue.address.street}, ${venue.address.city}`,
  })
}

export default async function VenuePage({ params }: { params: Params }) {
  const locale = await localeOf(params)
  const ctx = await pageContext(locale)
  const t = getMessages(locale)
  const requested = (await params).slug
  const venue = shownAt(await getVenueBySlug(ctx, requested), requested, (slug) => routes.venue(locale, slug))
  const { rows } = await screeningRows(ctx, await screeningsAtVenue(ctx, venue.id))
  const { address, coordinates } = venue
  const mapUrl =
    coordinates?.latitude != null && coordinates?.longitude != null
      ? `https://www.openstreetmap.org/?mlat=${coordinates.latitude}&mlon=${coordinates.longitude}#map=17/${coordinates.latitude}/${coordinates.longitude}`
      : `https://www.openstreetmap.org/search?query=${encodeURIComponent(`${address.street}, ${address.postalCode ?? ''} ${address.city}`)}`
  return (
    <article className="venue">
      <h1>{venue.name}</h1>
      <section aria-labelledby="address">
        <h2 id="address">{t.venue.address}</h2>
        <address>
          {address.street}
          <br />
          {[address.postalCode, address.city].filter(Boolean).join(' ')}
          <br />
          {displayNames(locale, { type: 'region' }).of(address.country) ?? address.country}
        </address>
        <p>
          <a href={mapUrl}>{t.venue.map}</a>
          {venue.website ? (
            <>
              {' · '}
              <a href={venue.website}>{t.venue.website}</a>
            </>
          ) : null}
        </p>
      </section>
      {venue.access ? (
        <section aria-labelledby="access">
          <h2 id="access">{t.venue.access}</h2>
          <p>{venue.access}</p>
        </section>
      ) : null}
      {rows.length ? (
        <section aria-labelledby="venue-screenings">
          <h2 id="venue-screenings">{t.venue.screenings}</h2>
          <ScreeningList rows={rows} locale={locale} t={t} headingLevel="h3" />
        </section>
      ) : null}
    </article>
  )
}
