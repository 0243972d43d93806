import type { Metadata } from 'next'
import { QuoteCard } from '@/components/QuoteCard'
import { QuoteContext } from '@/components/QuoteContext'
import { getSite, listQuotes } from '@/data'
import { quoteEntries } from '@/data/quoteViews'
import { getMessages } from '@/i18n/messages'
import { localeOf, localeStaticParams, type LocaleParams } from '@/i18n/params'
import { routes } from '@/i18n/routes'
import { pageMetadata } from '@/seo/metadata'

export const generateStaticParams = localeStaticParams
export const revalidate = 3600

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await localeOf(params)
  const site = await getSite({ locale })
  return pageMetadata({ locale, path: routes.quotes, title: `${getMessages(locale).quotes.title} · ${site.siteName}` })
}

export default async function QuotesPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params)
  const t = getMessages(locale)
  const ctx = { locale }
  const entries = await quoteEntries(ctx, await listQuotes(ctx))
  return (
    <>
      <h1>{t.quotes.title}</h1>
      {entries.map(({ quote, speaker, film, screening, venue, edition }) => (
        <section key={quote.id} className="quote-entry">
          <QuoteContext film={film} screening={screening} venue={venue} edition={edition} locale={locale} t={t} />
          <QuoteCard quote={quote} speaker={speaker} locale={locale} t={t} />
        </section>
      ))}
    </>
  )
}
