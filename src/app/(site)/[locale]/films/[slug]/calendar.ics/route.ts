import { calendarResponse } from '@/calendar/ics'
import { loadCalendar, notFoundResponse } from '@/calendar/load'
import { getFilmBySlug, getSite, screeningsOfFilm } from '@/data'
import { isLocale } from '@/i18n/locales'

// Rendered on first request, then refreshed by the data layer's tags when content is published.
export const revalidate = 3600
export const dynamicParams = true
export const generateStaticParams = () => []

/** Every screening of one film. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params
  if (!isLocale(locale)) return notFoundResponse()
  const [film, site] = await Promise.all([getFilmBySlug({ locale }, slug), getSite({ locale })])
  if (!film) return notFoundResponse()
  const screenings = await screeningsOfFilm({ locale }, film.id)
  const { text } = await loadCalendar(locale, `${film.title} · ${site.siteName}`, screenings)
  return calendarResponse(text, `${film.slug}-${locale}`)
}
