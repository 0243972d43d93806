import type { Metadata } from 'next'
import Link from 'next/link'

import { QuoteCard } from '@/components/QuoteCard'
import { getFilms, getPeople, getSite, listQuotes } from '@/data'
import { byId, unique } from '@/data/views'
import { getMessages } from '@/i18n/messages'
import { localeOf, localeStaticParams, type LocaleParams } from '@/i18n/params'
import { routes } from '@/i18n/routes'
import { idOf } from '@/lib/relations'
import { pageMetadata } from '@/seo/metadata'

export const generateStaticParams = localeStaticParams
export const revalidate = 3600

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await localeOf(params)
  const site = await getSite({ locale })
  return pageMetadata({ locale, path: '/quotes', title: `${getMessages(locale).quotes.title} · ${site.siteName}` })
}

export default async function QuotesPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params)
  const t = getMessages(locale)
  const ctx = { locale }
  const quotes = await listQuotes(ctx)
  const [people, films] = await Promise.all([getPeople(ctx, unique(quotes.map((quote) => idOf(quote.speaker)))), getFilms(ctx, unique(quotes.map((quote) => idOf(quote.film))))])
  const personById = byId(people)
  const filmById = byId(films)
  return (
    <>
      <h1>{t.quotes.title}</h1>
      {quotes.map((quote) => {
        const film = filmById.get(idOf(quote.film) ?? -1)
        return (
          <section key={quote.id} className="quote-entry">
            {film ? (
              <p className="quote-context">
                {t.quotes.about} <Link href={routes.film(locale, film.slug)}>{film.title}</Link>
              </p>
            ) : null}
            <QuoteCard quote={quote} speaker={personById.get(idOf(quote.speaker) ?? -1)} locale={locale} t={t} />
          </section>
        )
      })}
    </>
  )
}
