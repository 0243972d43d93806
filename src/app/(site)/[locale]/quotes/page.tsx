import type { Metadata } from 'next'
import { QuoteCard } from '@/components/QuoteCard'
import { QuoteContext } from '@/components/QuoteContext'
import { getEditions, getFilmCards, getPersonCards, getScreenings, getSite, getVenues, listQuotes } from '@/data'
import { byId, unique } from '@/data/views'
import { getMessages } from '@/i18n/messages'
import { localeOf, localeStaticParams, type LocaleParams } from '@/i18n/params'
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
  const idsOf = (field: 'speaker' | 'film' | 'screening' | 'edition') => unique(quotes.map((quote) => idOf(quote[field])))
  const [people, films, screenings, editions] = await Promise.all([
    getPersonCards(ctx, idsOf('speaker')),
    getFilmCards(ctx, idsOf('film')),
    getScreenings(ctx, idsOf('screening')),
    getEditions(ctx, idsOf('edition')),
  ])
  const venues = await getVenues(ctx, unique(screenings.map((screening) => idOf(screening.venue))))
  const [personById, filmById, screeningById, editionById, venueById] = [byId(people), byId(films), byId(screenings), byId(editions), byId(venues)]
  return (
    <>
      <h1>{t.quotes.title}</h1>
      {quotes.map((quote) => {
        const screening = screeningById.get(idOf(quote.screening) ?? -1)
        return (
          <section key={quote.id} className="quote-entry">
            <QuoteContext
              film={filmById.get(idOf(quote.film) ?? -1)}
              screening={screening}
              venue={venueById.get(idOf(screening?.venue) ?? -1)}
              edition={editionById.get(idOf(quote.edition) ?? -1)}
              locale={locale}
              t={t}
            />
            <QuoteCard quote={quote} speaker={personById.get(idOf(quote.speaker) ?? -1)} locale={locale} t={t} />
          </section>
        )
      })}
    </>
  )
}
