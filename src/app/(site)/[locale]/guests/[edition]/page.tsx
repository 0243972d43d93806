import type { Metadata } from 'next'

import { GuestList } from '@/components/GuestList'
import { getEditionBySlug, getSite, listEditions } from '@/data'
import { getMessages } from '@/i18n/messages'
import { localeOf, shownAt } from '@/i18n/params'
import { routes } from '@/i18n/routes'
import { getWebsiteMessages } from '@/i18n/websiteMessages'
import { LOCALE_CODES } from '@/i18n/locales'
import { pageMetadata } from '@/seo/metadata'

type Params = Promise<{ locale: string; edition: string }>

export const revalidate = 3600

export async function generateStaticParams() {
  const editions = await listEditions({ locale: 'en' })
  return LOCALE_CODES.flatMap((locale) => editions.map((edition) => ({ locale, edition: edition.slug })))
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params)
  const [edition, site] = await Promise.all([getEditionBySlug({ locale }, (await params).edition), getSite({ locale })])
  if (!edition) return {}
  return pageMetadata({
    locale,
    path: (code) => routes.editionGuests(code, edition.slug),
    title: `${getWebsiteMessages(locale).guests.ofEdition(edition.name)} · ${site.siteName}`,
  })
}

/** The guests of any edition, linked from the editions page. */
export default async function EditionGuestsPage({ params }: { params: Params }) {
  const locale = await localeOf(params)
  const ctx = { locale }
  const w = getWebsiteMessages(locale)
  const requested = (await params).edition
  const edition = shownAt(await getEditionBySlug(ctx, requested), requested, (slug) =>
    routes.editionGuests(locale, slug),
  )
  return (
    <article className="guests-page">
      <h1>{w.guests.ofEdition(edition.name)}</h1>
      <GuestList edition={edition} ctx={ctx} t={getMessages(locale)} w={w} />
    </article>
  )
}
