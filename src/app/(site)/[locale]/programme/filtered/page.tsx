import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { FILTER_KEYS, type FilterKey } from '@/components/filterKeys'
import { ProgrammeView } from '@/components/ProgrammeView'
import { getSite } from '@/data'
import { currentEdition } from '@/data/views'
import { getMessages } from '@/i18n/messages'
import { localeOf, type LocaleParams } from '@/i18n/params'
import { pageMetadata } from '@/seo/metadata'

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await localeOf(params)
  const site = await getSite({ locale })
  // One canonical programme: filtered views are not indexed.
  return { ...pageMetadata({ locale, path: '/programme', title: `${getMessages(locale).programme.title} · ${site.siteName}` }), robots: { index: false } }
}

/** The programme filtered on the server: what the filter form gives without JavaScript (/xx/programme?day=… is rewritten here). */
export default async function FilteredProgrammePage({ params, searchParams }: { params: LocaleParams; searchParams: SearchParams }) {
  const locale = await localeOf(params)
  const query = await searchParams
  const edition = await currentEdition({ locale })
  if (!edition) notFound()
  const selected = Object.fromEntries(FILTER_KEYS.flatMap((key) => (typeof query[key] === 'string' && query[key] ? [[key, query[key].slice(0, 100)]] : []))) as Partial<Record<FilterKey, string>>
  return <ProgrammeView locale={locale} edition={edition} selected={selected} />
}
