import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { EditionSummary } from '@/components/EditionSummary'
import { JsonLd } from '@/components/JsonLd'
import { MediaImage } from '@/components/MediaImage'
import { PartnerList } from '@/components/PartnerList'
import { QuoteCard } from '@/components/QuoteCard'
import { ScreeningList } from '@/components/ScreeningList'
import { getSite } from '@/data'
import { homeView } from '@/data/homeView'
import { currentEdition } from '@/data/views'
import { getMessages } from '@/i18n/messages'
import { localeOf, localeStaticParams, type LocaleParams } from '@/i18n/params'
import { routes } from '@/i18n/routes'
import { formatDateRange } from '@/lib/formatDate'
import { colon } from '@/lib/typography'
import { env } from '@/env'
import { festivalLd } from '@/seo/jsonLd'
import { pageMetadata } from '@/seo/metadata'
import { originalLanguage } from '@/lib/originalLanguage'

export const generateStaticParams = localeStaticParams
export const revalidate = 3600

const NEXT_SCREENINGS = 6
const FEATURED_QUOTES = 6

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await localeOf(params)
  const [site, edition] = await Promise.all([getSite({ locale }), currentEdition({ locale })])
  return pageMetadata({
    locale,
    path: routes.home,
    title: edition ? `${site.siteName}${colon(locale).trimEnd()} ${edition.theme ?? edition.name}` : site.siteName,
    description: site.tagline,
  })
}

export default async function HomePage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params)
  const t = getMessages(locale)
  // As of the render (at most `revalidate` seconds ago): before, during or after the edition, and what is "next".
  const view = await homeView({ locale }, new Date(), { screenings: NEXT_SCREENINGS, quotes: FEATURED_QUOTES })
  if (!view) notFound()
  const { edition, phase, upcomingEdition, highlights, next, venues, quotes, partners } = view

  return (
    <>
      <JsonLd
        data={festivalLd({ edition, venues, organisations: partners.organisations, locale, siteUrl: env().SERVER_URL })}
      />
      <section className="hero" aria-labelledby="edition-title">
        <p className="eyebrow" data-phase={phase}>
          {t.festivalYear[phase]}
        </p>
        <h1 id="edition-title">{edition.name}</h1>
        <EditionSummary edition={edition} locale={locale} t={t} />
        {phase === 'after' ? (
          <>
            <p>
              <a href={routes.edition(locale, edition.slug)}>{t.festivalYear.over(edition.name)}</a>
            </p>
            <p className="next-edition">
              {upcomingEdition
                ? t.festivalYear.next(formatDateRange(upcomingEdition.startDate, upcomingEdition.endDate, locale))
                : t.festivalYear.toBeAnnounced}
            </p>
          </>
        ) : null}
        <p>
          <a className="button" href={routes.programme(locale)}>
            {t.home.fullProgramme}
          </a>
        </p>
      </section>

      {highlights.length ? (
        <section aria-labelledby="highlights">
          <h2 id="highlights">{t.home.highlights}</h2>
          <ul className="film-cards">
            {highlights.map(({ film, poster }, index) => (
              <li key={film.id} className="film-card">
                {/* The first card is the largest paint on a phone; preloading every poster would make them compete. */}
                {poster ? (
                  <MediaImage
                    media={poster}
                    size="card"
                    sizes="(max-width: 40rem) 100vw, 20rem"
                    priority={index === 0}
                  />
                ) : null}
                <h3>
                  <a href={routes.film(locale, film.slug)}>{film.title}</a>
                </h3>
                {film.title !== film.originalTitle ? (
                  <p className="original-title" lang={originalLanguage(film)}>
                    {film.originalTitle}
                  </p>
                ) : null}
                {film.logline ? <p>{film.logline}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {next.length ? (
        <section aria-labelledby="next-screenings">
          <h2 id="next-screenings">{t.home.nextScreenings}</h2>
          <ScreeningList rows={next} locale={locale} t={t} headingLevel="h3" />
        </section>
      ) : null}

      {quotes.length ? (
        <section aria-labelledby="featured-quotes">
          <h2 id="featured-quotes">{t.home.featuredQuotes}</h2>
          {quotes.map(({ quote, speaker }) => (
            <QuoteCard key={quote.id} quote={quote} speaker={speaker} locale={locale} t={t} />
          ))}
        </section>
      ) : null}

      {edition.organisations?.length ? (
        <section aria-labelledby="partners">
          <h2 id="partners">{t.home.partners}</h2>
          <PartnerList partners={partners.partners} t={t} />
        </section>
      ) : null}
    </>
  )
}
