import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'

import { EditionSummary } from '@/components/EditionSummary'
import { JsonLd } from '@/components/JsonLd'
import { PartnerList } from '@/components/PartnerList'
import { ScreeningList } from '@/components/ScreeningList'
import { MediaImage } from '@/components/MediaImage'
import { getEditionBySlug, listEditions } from '@/data'
import { editionView } from '@/data/editionView'
import { pageContext } from '@/data/preview'
import { getMessages } from '@/i18n/messages'
import { localeOf, slugStaticParams, viewShownAt } from '@/i18n/params'
import { routes } from '@/i18n/routes'
import { getWebsiteMessages } from '@/i18n/websiteMessages'
import { env } from '@/env'
import { festivalLd } from '@/seo/jsonLd'
import { pageMetadata } from '@/seo/metadata'

type Params = Promise<{ locale: string; slug: string }>

export const revalidate = 3600

export const generateStaticParams = slugStaticParams(listEditions)

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params)
  const edition = await getEditionBySlug(await pageContext(locale), (await params).slug)
  if (!edition) return {}
  return pageMetadata({
    locale,
    path: (code) => routes.edition(code, edition.slug),
    title: edition.name,
    description: edition.theme,
  })
}

export default async function EditionPage({ params }: { params: Params }) {
  const locale = await localeOf(params)
  const ctx = await pageContext(locale)
  const t = getMessages(locale)
  const requested = (await params).slug
  const view = await editionView(ctx, requested)
  const { edition, hero, films, rows, screeningVenues, partners, organisations } = viewShownAt(
    view,
    ({ edition }) => edition,
    requested,
    (slug) => routes.edition(locale, slug),
  )
  return (
    <article className="edition">
      <JsonLd
        data={festivalLd({ edition, venues: screeningVenues, organisations, locale, siteUrl: env().SERVER_URL })}
      />
      {hero ? (
        <MediaImage
          media={hero}
          size="hero"
          sizes="(max-width: 70rem) 100vw, 70rem"
          priority
          className="edition-hero"
        />
      ) : null}
      <h1>{edition.name}</h1>
      <EditionSummary edition={edition} locale={locale} t={t} />
      <p>
        <a href={routes.editionGuests(locale, edition.slug)}>
          {getWebsiteMessages(locale).guests.ofEdition(edition.name)}
        </a>
      </p>
      {edition.description ? <RichText data={edition.description} /> : null}
      <PartnerList partners={partners} t={t} />
      {films.length ? (
        <section aria-labelledby="edition-films">
          <h2 id="edition-films">{t.edition.films}</h2>
          <ul>
            {films.map((film) => (
              <li key={film.id}>
                <a href={routes.film(locale, film.slug)}>{film.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {rows.length ? (
        <section aria-labelledby="edition-programme">
          <h2 id="edition-programme">{t.edition.programme}</h2>
          <ScreeningList rows={rows} locale={locale} t={t} headingLevel="h3" />
        </section>
      ) : null}
    </article>
  )
}
