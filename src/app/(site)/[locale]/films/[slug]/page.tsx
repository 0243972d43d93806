import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'

import { FilmCredits } from '@/components/FilmCredits'
import { JsonLd } from '@/components/JsonLd'
import { MediaImage } from '@/components/MediaImage'
import { QuoteCard } from '@/components/QuoteCard'
import { languageFacts, ScreeningList } from '@/components/ScreeningList'
import { StatusBadge } from '@/components/StatusBadge'
import { TicketAction } from '@/components/TicketAction'
import { TrailerPlayer } from '@/components/TrailerPlayer'
import { ACCESS_FLAGS } from '@/collections/Screenings/options'
import { getSite, listFilms } from '@/data'
import { filmView } from '@/data/filmView'
import { pageContext } from '@/data/preview'
import { INTL_LOCALE, type Locale } from '@/i18n/locales'
import { getMessages, type Messages } from '@/i18n/messages'
import { localeOf, slugStaticParams, viewShownAt } from '@/i18n/params'
import { routes } from '@/i18n/routes'
import { formatFestivalDateTime, formatFestivalDay } from '@/lib/formatDate'
import { colon } from '@/lib/typography'
import { displayNames, numberFormat } from '@/lib/intlCache'
import { hostOf, trailerEmbed } from '@/lib/trailer'
import { originalLanguage } from '@/lib/originalLanguage'
import type { Film } from '@/payload-types'
import { movieLd, screeningEventLd } from '@/seo/jsonLd'
import { pageMetadata } from '@/seo/metadata'
import { env } from '@/env'

type Params = Promise<{ locale: string; slug: string }>

export const revalidate = 3600

export const generateStaticParams = slugStaticParams(listFilms)

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params)
  const ctx = await pageContext(locale)
  const view = await filmView(ctx, (await params).slug)
  if (!view) return {}
  const { film, poster } = view
  const site = await getSite(ctx)
  return pageMetadata({
    locale,
    path: (code) => routes.film(code, film.slug),
    title: `${film.title} · ${site.siteName}`,
    description: film.logline,
    image: poster,
    kind: 'video.movie',
  })
}

function Money({ row, locale, t }: { row: NonNullable<Film['boxOffice']>[number]; locale: Locale; t: Messages }) {
  // "700 billion VND", "26,5 millions USD": currency-style compact forms ("₫700bn") read poorly.
  const large = row.amount >= 1e6
  const number = numberFormat(INTL_LOCALE[locale], {
    notation: large ? 'compact' : 'standard',
    compactDisplay: 'long',
    maximumFractionDigits: large ? 1 : 0,
  }).format(row.amount)
  const amount = `${number} ${row.currency}`
  return (
    <li>
      {row.approximate ? `${t.film.approx} ` : null}
      {amount}
      {row.note ? ` · ${row.note}` : null}
      {row.asOf
        ? ` (${t.film.asOf} ${formatFestivalDay(row.asOf, locale)}${row.source ? `, ${row.source}` : ''})`
        : null}
    </li>
  )
}

export default async function FilmPage({ params }: { params: Params }) {
  const locale = await localeOf(params)
  const { slug } = await params
  const ctx = await pageContext(locale)
  const t = getMessages(locale)
  const requested = slug
  const view = await filmView(ctx, requested)
  const { film, poster, stills, people, credits, directors, author, rows, quotes } = viewShownAt(
    view,
    ({ film }) => film,
    requested,
    (slug) => routes.film(locale, slug),
  )
  const countryName = (code: string) => displayNames(INTL_LOCALE[locale], { type: 'region' }).of(code) ?? code
  const languageName = (code: string) => displayNames(INTL_LOCALE[locale], { type: 'language' }).of(code) ?? code
  const facts = [
    film.countries?.map(countryName).join(', '),
    film.year,
    film.runtime ? t.film.runtime(film.runtime) : null,
    film.languages?.length
      ? `${t.film.languagesLabel}${colon(locale)}${film.languages.map(languageName).join(', ')}`
      : null,
    film.genres?.length ? film.genres.map((genre) => t.film.genres[genre]).join(', ') : null,
  ].filter(Boolean)
  // What a visitor decides on first: the screenings still to come (all of them once the edition is over, for the record).
  const now = new Date()
  const upcoming = rows.filter(
    ({ screening }) => new Date(screening.end ?? screening.start) > now && screening.status !== 'cancelled',
  )
  const next = (upcoming.length ? upcoming : rows).slice(0, 3)

  const ld = { locale, siteUrl: env().SERVER_URL, film, people, image: poster?.url }
  return (
    <article className="film">
      <JsonLd data={movieLd(ld)} />
      {rows.map(({ screening, venue }) => (
        <JsonLd key={screening.id} data={screeningEventLd({ ...ld, screening, venue })} />
      ))}
      <header className="film-header">
        {poster ? (
          <MediaImage media={poster} size="poster" sizes="(max-width: 40rem) 7rem, 22rem" priority className="poster" />
        ) : null}
        <div>
          <h1>{film.title}</h1>
          {film.originalTitle !== film.title ? (
            <p className="original-title">
              {t.film.originalTitle}
              {colon(locale)}
              <span lang={originalLanguage(film)}>{film.originalTitle}</span>
            </p>
          ) : null}
          {directors.length ? (
            <p className="film-director">{t.film.directedBy(directors.map((person) => person.name).join(', '))}</p>
          ) : null}
          <p className="film-facts">{facts.join(' · ')}</p>
          {film.tagline ? <p className="lede">{film.tagline}</p> : null}
          {film.logline ? <p className="logline">{film.logline}</p> : null}
          {next.length ? (
            <div className="film-next">
              <h2 id="next-screenings">{upcoming.length ? t.film.nextScreenings : t.film.screenings}</h2>
              <ul>
                {next.map(({ screening, venue, film: card }) => {
                  const flags = ACCESS_FLAGS.filter((flag) => screening.accessibility?.[flag])
                  return (
                    <li key={screening.id} className="film-next-screening">
                      <p className="film-next-when">
                        <time dateTime={screening.start}>{formatFestivalDateTime(screening.start, locale)}</time>
                        {` · ${venue.name}`}
                        {screening.room ? ` · ${t.screening.room} ${screening.room}` : null}
                      </p>
                      <p className="film-next-facts">
                        {[
                          languageFacts(screening, card, locale, t),
                          ...flags.map((flag) => t.screening.accessibility[flag]),
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </p>
                      <p className="screening-actions">
                        {screening.status !== 'scheduled' ? <StatusBadge status={screening.status} t={t} /> : null}
                        <TicketAction screening={screening} filmTitle={film.title} locale={locale} t={t} detailed />
                      </p>
                    </li>
                  )
                })}
              </ul>
              {rows.length > next.length ? (
                <p>
                  <a href="#screenings">{t.film.allScreenings}</a>
                </p>
              ) : null}
            </div>
          ) : null}
        </div>
      </header>

      {film.synopsis ? (
        <section aria-labelledby="synopsis">
          <h2 id="synopsis">{t.film.synopsis}</h2>
          <RichText data={film.synopsis} />
        </section>
      ) : null}

      {film.trailerUrl ? (
        <section aria-labelledby="trailer">
          <h2 id="trailer">{t.film.trailer}</h2>
          <TrailerPlayer
            url={film.trailerUrl}
            embed={trailerEmbed(film.trailerUrl)}
            title={`${t.film.trailer} · ${film.title}`}
            label={t.film.playTrailer}
            notice={t.film.trailerNotice(hostOf(film.trailerUrl))}
          />
        </section>
      ) : null}

      {stills.length ? (
        <section className="stills" aria-labelledby="stills">
          <h2 id="stills">{t.film.stills}</h2>
          <ul className="stills-gallery">
            {stills.map((image) => (
              <li key={image.id}>
                <a href={image.url ?? undefined}>
                  <MediaImage media={image} size="card" sizes="(max-width: 40rem) 100vw, 30rem" />
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="credits">
        <h2 id="credits">{t.film.credits}</h2>
        <FilmCredits credits={credits} locale={locale} t={t} />
        {film.sourceWork?.title ? (
          <p>
            {t.film.sourceWork}
            {colon(locale)}
            <cite>{film.sourceWork.title}</cite>
            {author ? (
              <>
                {' — '}
                <a href={routes.person(locale, author.slug)}>{author.name}</a>
              </>
            ) : null}
          </p>
        ) : null}
      </section>

      {film.ageRating?.rating || film.ageRating?.advisories?.length ? (
        <section aria-labelledby="rating">
          <h2 id="rating">{t.film.rating}</h2>
          {film.ageRating.rating ? (
            <p>{[film.ageRating.rating, film.ageRating.authority].filter(Boolean).join(' · ')}</p>
          ) : null}
          {film.ageRating.advisories?.length ? (
            <p>
              {t.film.advisories}
              {colon(locale)}
              {film.ageRating.advisories.map((advisory) => t.film.advisory[advisory]).join(', ')}
            </p>
          ) : null}
        </section>
      ) : null}

      {film.boxOffice?.length ? (
        <section aria-labelledby="box-office">
          <h2 id="box-office">{t.film.boxOffice}</h2>
          <ul>
            {film.boxOffice.map((row) => (
              <Money key={row.id ?? row.currency} row={row} locale={locale} t={t} />
            ))}
          </ul>
        </section>
      ) : null}

      {film.awards?.length ? (
        <section aria-labelledby="awards">
          <h2 id="awards">{t.film.awards}</h2>
          <ul>
            {film.awards.map((award) => (
              <li key={award.id ?? award.event}>
                {`${[award.event, award.category].filter(Boolean).join(' · ')}${colon(locale)}${t.film.awardResult[award.result]}`}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="screenings">
        <h2 id="screenings">{t.film.screenings}</h2>
        {rows.length ? (
          <>
            <ScreeningList rows={rows} locale={locale} t={t} withoutFilm headingLevel="h3" />
            <p>
              <a href={routes.filmCalendar(locale, film.slug)}>{t.screening.calendar}</a>
            </p>
          </>
        ) : (
          <p>{t.film.noScreenings}</p>
        )}
      </section>

      {quotes.length ? (
        <section aria-labelledby="quotes">
          <h2 id="quotes">{t.film.quotes}</h2>
          {quotes.map(({ quote, speaker }) => (
            <QuoteCard key={quote.id} quote={quote} speaker={speaker} locale={locale} t={t} />
          ))}
        </section>
      ) : null}
    </article>
  )
}
