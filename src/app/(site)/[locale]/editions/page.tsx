import type { Metadata } from 'next'

import { EditionSummary } from '@/components/EditionSummary'
import { getSite, listEditions } from '@/data'
import { getMessages } from '@/i18n/messages'
import { localeOf, localeStaticParams, type LocaleParams } from '@/i18n/params'
import { routes } from '@/i18n/routes'
import { getWebsiteMessages } from '@/i18n/websiteMessages'
import { pageMetadata } from '@/seo/metadata'

export const generateStaticParams = localeStaticParams
export const revalidate = 3600

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await localeOf(params)
  const site = await getSite({ locale })
  return pageMetadata({
    locale,
    path: routes.editions,
    title: `${getMessages(locale).edition.archive} · ${site.siteName}`,
  })
}

export default async function EditionsPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params)
  const t = getMessages(locale)
  const w = getWebsiteMessages(locale)
  const editions = await listEditions({ locale })
  return (
    <>
      <h1>{t.edition.archive}</h1>
      <ul className="editions">
        {editions.map((edition) => (
          <li key={edition.id}>
            <h2>
              <a href={routes.edition(locale, edition.slug)}>{edition.name}</a>
            </h2>
            <EditionSummary edition={edition} locale={locale} t={t} />
            <p>
              <a href={routes.editionGuests(locale, edition.slug)}>{w.guests.ofEdition(edition.name)}</a>
            </p>
          </li>
        ))}
      </ul>
    </>
  )
}
