import { calendarResponse } from '@/calendar/ics'
import { notFoundResponse, programmeCalendar } from '@/calendar/load'
import { isLocale } from '@/i18n/locales'
import { localeStaticParams } from '@/i18n/params'

// Built per locale, then refreshed by the data layer's tags when content is published.
export const revalidate = 3600
export const dynamicParams = true
export const generateStaticParams = localeStaticParams

/** The current edition's whole programme. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  const file = isLocale(locale) ? await programmeCalendar({ locale }) : null
  return file ? calendarResponse(file.text, file.filename) : notFoundResponse()
}
