import { calendarResponse } from '@/calendar/ics'
import { filmCalendar, notFoundResponse } from '@/calendar/load'
import { isLocale } from '@/i18n/locales'

// Rendered on first request, then refreshed by the data layer's tags when content is published.
export const revalidate = 3600
export const dynamicParams = true
export const generateStaticParams = () => []

/** Every screening of one film. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params
  const file = isLocale(locale) ? await filmCalendar({ locale }, slug) : null
  return file ? calendarResponse(file.text, file.filename) : notFoundResponse()
}
