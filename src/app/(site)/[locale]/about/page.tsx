import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'

import { PartnerList } from '@/components/PartnerList'
import { getOrganisations, getSite } from '@/data'
import { byId, currentEdition, unique } from '@/data/views'
import { getMessages } from '@/i18n/messages'
import { localeOf, localeStaticParams, type LocaleParams } from '@/i18n/params'
import { idOf } from '@/lib/relations'
import { pageMetadata } from '@/seo/metadata'

export const generateStaticParams = localeStaticParams
export const revalidate = 3600

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await localeOf(params)
  const site = await getSite({ locale })
  return pageMetadata({ locale, path: '/about', title: `${getMessages(locale).about.title} · ${site.siteName}`, description: site.tagline })
}

export default async function AboutPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params)
  const t = getMessages(locale)
  const ctx = { locale }
  const [site, edition] = await Promise.all([getSite(ctx), currentEdition(ctx)])
  const organisations = edition ? await getOrganisations(ctx, unique((edition.organisations ?? []).map((entry) => idOf(entry.organisation)))) : []
  return (
    <article>
      <h1>{t.about.title}</h1>
      <p className="lede">{site.tagline}</p>
      {edition?.description ? <RichText data={edition.description} /> : null}
      {edition && organisations.length ? (
        <section aria-labelledby="about-partners">
          <h2 id="about-partners">{t.home.partners}</h2>
          <PartnerList edition={edition} organisations={byId(organisations)} t={t} />
        </section>
      ) : null}
    </article>
  )
}
