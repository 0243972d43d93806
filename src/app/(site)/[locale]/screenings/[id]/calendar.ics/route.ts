import { calendarResponse } from '@/calendar/ics'
import { loadCalendar, notFoundResponse } from '@/calendar/load'
import { getScreenings, getSite } from '@/data'
import { isLocale } from '@/i18n/locales'

// Rendered on first request, then refreshed by the data layer's tags when content is published.
export const revalidate = 3600
export const dynamicParams = true
export const generateStaticParams = () => []

/** One screening, for "add to calendar". */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params
  if (!isLocale(locale) || !/^\d{1,15}$/.test(id)) return notFoundResponse()
  const [[screening], site] = await Promise.all([getScreenings({ locale }, [Number(id)]), getSite({ locale })])
  if (!screening) return notFoundResponse()
  const { text, events } = await loadCalendar(locale, site.siteName, [screening])
  // A screening of an unpublished film or at an unpublished venue is not shown.
  if (events === 0) return notFoundResponse()
  return calendarResponse(text, `screening-${screening.id}`)
}
