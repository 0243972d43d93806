import type { Metadata } from 'next'

import { QuoteCard } from '@/components/QuoteCard'
import { getSite } from '@/data'
import { searchSite } from '@/data/search'
import { getMessages } from '@/i18n/messages'
import { localeOf, type LocaleParams } from '@/i18n/params'
import { routes } from '@/i18n/routes'
import { originalLanguage } from '@/lib/originalLanguage'
import { pageMetadata } from '@/seo/metadata'

const MAX_QUERY = 100

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await localeOf(params)
  const site = await getSite({ locale })
  return {
    ...pageMetadata({ locale, path: routes.search, title: `${getMessages(locale).search.title} · ${site.siteName}` }),
    robots: { index: false },
  }
}

export default async function SearchPage({
  params,
  searchParams,
}: {
  params: LocaleParams
  searchParams: Promise<{ q?: string | string[] }>
}) {
  const locale = await localeOf(params)
  const t = getMessages(locale)
  const raw = (await searchParams).q
  const query = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, MAX_QUERY) ?? ''
  const results = query ? await searchSite({ locale }, query) : null
  const total = results ? results.films.length + results.people.length + results.quotes.length : 0
  return (
    <>
      <h1>{t.search.title}</h1>
      <form role="search" action={routes.search(locale)} className="search-form">
        <label htmlFor="q">{t.search.label}</label>
        <input id="q" name="q" type="search" defaultValue={query} maxLength={MAX_QUERY} />
        <button type="submit">{t.search.submit}</button>
      </form>
      {results ? (
        <section aria-live="polite">
          <p>{total ? t.search.results(total, query) : t.search.none}</p>
          {results.films.length ? (
            <>
              <h2>{t.search.films}</h2>
              <ul>
                {results.films.map((film) => (
                  <li key={film.id}>
                    <a href={routes.film(locale, film.slug)}>{film.title}</a>
                    {film.title !== film.originalTitle ? (
                      <span lang={originalLanguage(film)}> ({film.originalTitle})</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {results.people.length ? (
            <>
              <h2>{t.search.people}</h2>
              <ul>
                {results.people.map((person) => (
                  <li key={person.id}>
                    <a href={routes.person(locale, person.slug)}>{person.name}</a>
                    {person.description ? ` · ${person.description}` : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {results.quotes.length ? (
            <>
              <h2>{t.search.quotes}</h2>
              {results.quotes.map(({ quote, speaker }) => (
                <QuoteCard key={quote.id} quote={quote} speaker={speaker} locale={locale} t={t} />
              ))}
            </>
          ) : null}
        </section>
      ) : null}
    </>
  )
}
