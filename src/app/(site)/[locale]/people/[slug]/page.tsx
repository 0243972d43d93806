import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'

import { JsonLd } from '@/components/JsonLd'
import { MediaImage } from '@/components/MediaImage'
import { QuoteCard } from '@/components/QuoteCard'
import { ScreeningList } from '@/components/ScreeningList'
import { listPeople } from '@/data'
import { personView } from '@/data/personView'
import { pageContext } from '@/data/preview'
import { getMessages } from '@/i18n/messages'
import { localeOf, slugStaticParams, viewShownAt } from '@/i18n/params'
import { routes } from '@/i18n/routes'
import { env } from '@/env'
import { personProfileLd } from '@/seo/jsonLd'
import { pageMetadata } from '@/seo/metadata'

type Params = Promise<{ locale: string; slug: string }>

export const revalidate = 3600

export const generateStaticParams = slugStaticParams(listPeople)

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params)
  const ctx = await pageContext(locale)
  const view = await personView(ctx, (await params).slug)
  if (!view) return {}
  const { person, photo } = view
  return pageMetadata({
    locale,
    path: (code) => routes.person(code, person.slug),
    title: person.name,
    description: person.description,
    image: photo,
    kind: 'profile',
  })
}

export default async function PersonPage({ params }: { params: Params }) {
  const locale = await localeOf(params)
  const ctx = await pageContext(locale)
  const t = getMessages(locale)
  const requested = (await params).slug
  const { person, photo, films, rows, quotes } = viewShownAt(
    await personView(ctx, requested),
    (view) => view.person,
    requested,
    (slug) => routes.person(locale, slug),
  )

  return (
    <article className="person">
      <JsonLd data={personProfileLd({ person, image: photo?.url, locale, siteUrl: env().SERVER_URL })} />
      <header className="person-header">
        {photo ? <MediaImage media={photo} size="card" sizes="12rem" className="portrait" priority /> : null}
        <div>
          <h1>{person.name}</h1>
          {person.description ? <p className="lede">{person.description}</p> : null}
        </div>
      </header>
      {person.bio ? <RichText data={person.bio} /> : null}

      {films.length ? (
        <section aria-labelledby="filmography">
          <h2 id="filmography">{t.person.filmography}</h2>
          <ul className="filmography">
            {films.map(({ film, roles }) => (
              <li key={film.id}>
                <a href={routes.film(locale, film.slug)}>{film.title}</a>
                {film.year ? ` (${film.year})` : null} ·{' '}
                {[...new Set(roles.map((role) => t.film.roles[role]))].join(', ')}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {rows.length ? (
        <section aria-labelledby="appearances">
          <h2 id="appearances">{t.person.guestAppearances}</h2>
          <ScreeningList rows={rows} locale={locale} t={t} headingLevel="h3" currentPerson={person.id} />
        </section>
      ) : null}

      {quotes.length ? (
        <section aria-labelledby="words">
          <h2 id="words">{t.person.quotes}</h2>
          {quotes.map((quote) => (
            <QuoteCard key={quote.id} quote={quote} speaker={person} locale={locale} t={t} />
          ))}
        </section>
      ) : null}

      {person.sameAs?.length ? (
        <section aria-labelledby="links">
          <h2 id="links">{t.person.links}</h2>
          <ul>
            {person.sameAs.map((link) => (
              <li key={link.id ?? link.url}>
                <a href={link.url} rel="me">
                  {new URL(link.url).hostname}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
