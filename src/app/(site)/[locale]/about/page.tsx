import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'

import { PageView } from '@/components/PageView'
import { PartnerList } from '@/components/PartnerList'
import { getSite } from '@/data'
import { pageContext } from '@/data/preview'
import { editionPartners, getPageBySlug } from '@/data/website'
import { currentEdition } from '@/data/views'
import { getMessages } from '@/i18n/messages'
import { localeOf, localeStaticParams, type LocaleParams } from '@/i18n/params'
import { routes } from '@/i18n/routes'
import { documentMetadata } from '@/seo/documentMetadata'
import { pageMetadata } from '@/seo/metadata'

/** The editors' page with this slug, when there is one, is the About page; until then, the edition's description and partners. */
const ABOUT_SLUG = 'about'

export const generateStaticParams = localeStaticParams
export const revalidate = 3600

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await localeOf(params)
  const ctx = await pageContext(locale)
  const [site, page] = await Promise.all([getSite(ctx), getPageBySlug(ctx, ABOUT_SLUG)])
  if (page)
    return documentMetadata(ctx, page, {
      path: routes.about,
      title: `${page.title} · ${site.siteName}`,
      description: page.intro,
    })
  return pageMetadata({
    locale,
    path: routes.about,
    title: `${getMessages(locale).about.title} · ${site.siteName}`,
    description: site.tagline,
  })
}

export default async function AboutPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params)
  const t = getMessages(locale)
  const ctx = await pageContext(locale)
  const page = await getPageBySlug(ctx, ABOUT_SLUG)
  if (page) return <PageView page={page} ctx={ctx} t={t} />
  const [site, edition] = await Promise.all([getSite(ctx), currentEdition(ctx)])
  const partners = edition ? (await editionPartners(ctx, edition, { logos: false })).partners : []
  return (
    <article>
      <h1>{t.about.title}</h1>
      <p className="lede">{site.tagline}</p>
      {edition?.description ? <RichText data={edition.description} /> : null}
      {partners.length ? (
        <section aria-labelledby="about-partners">
          <h2 id="about-partners">{t.home.partners}</h2>
          <PartnerList partners={partners} t={t} />
        </section>
      ) : null}
    </article>
  )
}
