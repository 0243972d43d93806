import { calendarResponse } from '@/calendar/ics'
import { loadCalendar, notFoundResponse } from '@/calendar/load'
import { getEditions, getSite, screeningsOfEdition } from '@/data'
import { isLocale } from '@/i18n/locales'
import { localeStaticParams } from '@/i18n/params'
import { idOf } from '@/lib/relations'

// Built per locale, then refreshed by the data layer's tags when content is published.
export const revalidate = 3600
export const dynamicParams = true
export const generateStaticParams = localeStaticParams

/** The current edition's whole programme. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return notFoundResponse()
  const site = await getSite({ locale })
  const editionId = idOf(site.currentEdition)
  if (editionId === undefined) return notFoundResponse()
  const [[edition], screenings] = await Promise.all([getEditions({ locale }, [editionId]), screeningsOfEdition({ locale }, editionId)])
  if (!edition) return notFoundResponse()
  const { text } = await loadCalendar(locale, edition.name, screenings)
  return calendarResponse(text, `${edition.slug}-${locale}`)
}
