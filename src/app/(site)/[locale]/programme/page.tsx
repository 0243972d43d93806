import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ProgrammeView } from '@/components/ProgrammeView'
import { getSite } from '@/data'
import { programmeView } from '@/data/programmeView'
import { currentEdition } from '@/data/views'
import { getMessages } from '@/i18n/messages'
import { localeOf, localeStaticParams, type LocaleParams } from '@/i18n/params'
import { routes } from '@/i18n/routes'
import { pageMetadata } from '@/seo/metadata'

export const generateStaticParams = localeStaticParams
export const revalidate = 3600

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await localeOf(params)
  const t = getMessages(locale)
  const [site, edition] = await Promise.all([getSite({ locale }), currentEdition({ locale })])
  return pageMetadata({
    locale,
    path: routes.programme,
    title: `${t.programme.title} · ${site.siteName}`,
    description: edition ? t.programme.description(edition.name) : undefined,
  })
}

/** The programme as one cached page, filtered in the browser; a query with filters is served by ./filtered (the proxy rewrites to it). */
export default async function ProgrammePage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params)
  const ctx = { locale }
  const edition = await currentEdition(ctx)
  if (!edition) notFound()
  return <ProgrammeView locale={locale} programme={await programmeView(ctx, edition)} />
}
