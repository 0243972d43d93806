import type { Metadata } from 'next'

import { GuestList } from '@/components/GuestList'
import { getSite } from '@/data'
import { currentEdition } from '@/data/views'
import { getMessages } from '@/i18n/messages'
import { localeOf, localeStaticParams, type LocaleParams } from '@/i18n/params'
import { getWebsiteMessages } from '@/i18n/websiteMessages'
import { routes } from '@/i18n/routes'
import { pageMetadata } from '@/seo/metadata'

export const generateStaticParams = localeStaticParams
export const revalidate = 3600

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await localeOf(params)
  const site = await getSite({ locale })
  return pageMetadata({
    locale,
    path: routes.guests,
    title: `${getWebsiteMessages(locale).guests.title} · ${site.siteName}`,
  })
}

/** The guests of the current edition. */
export default async function GuestsPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params)
  const ctx = { locale }
  const w = getWebsiteMessages(locale)
  const edition = await currentEdition(ctx)
  return (
    <article className="guests-page">
      <h1>{w.guests.title}</h1>
      {edition ? (
        <>
          <p className="lede">{w.guests.intro(edition.name)}</p>
          <GuestList edition={edition} ctx={ctx} t={getMessages(locale)} w={w} />
        </>
      ) : (
        <p>{w.guests.empty}</p>
      )}
    </article>
  )
}
