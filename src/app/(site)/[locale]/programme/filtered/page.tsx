import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { FILTER_KEYS } from '@/components/filterKeys'
import { ProgrammeView } from '@/components/ProgrammeView'
import { getSite } from '@/data'
import { programmeView, type ProgrammeFilters } from '@/data/programmeView'
import { currentEdition } from '@/data/views'
import { getMessages } from '@/i18n/messages'
import { localeOf, type LocaleParams } from '@/i18n/params'
import { routes } from '@/i18n/routes'
import { pageMetadata } from '@/seo/metadata'

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await localeOf(params)
  const site = await getSite({ locale })
  // One canonical programme: filtered views are not indexed.
  return {
    ...pageMetadata({
      locale,
      path: routes.programme,
      title: `${getMessages(locale).programme.title} · ${site.siteName}`,
    }),
    robots: { index: false },
  }
}

/** The programme filtered on the server: what the filter form gives without JavaScript (/xx/programme?day=… is rewritten here). */
export default async function FilteredProgrammePage({
  params,
  searchParams,
}: {
  params: LocaleParams
  searchParams: SearchParams
}) {
  const locale = await localeOf(params)
  const query = await searchParams
  const ctx = { locale }
  const edition = await currentEdition(ctx)
  if (!edition) notFound()
  const selected = Object.fromEntries(
    FILTER_KEYS.flatMap((key) =>
      typeof query[key] === 'string' && query[key] ? [[key, query[key].slice(0, 100)]] : [],
    ),
  ) as ProgrammeFilters
  return <ProgrammeView locale={locale} programme={await programmeView(ctx, edition, selected)} />
}
