import { calendarResponse } from '@/calendar/ics'
import { notFoundResponse, screeningCalendar } from '@/calendar/load'
import { isLocale } from '@/i18n/locales'

// Rendered on first request, then refreshed by the data layer's tags when content is published.
export const revalidate = 3600
export const dynamicParams = true
export const generateStaticParams = () => []

/** One screening, for "add to calendar". */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params
  const file = isLocale(locale) && /^\d{1,15}$/.test(id) ? await screeningCalendar({ locale }, Number(id)) : null
  return file ? calendarResponse(file.text, file.filename) : notFoundResponse()
}
