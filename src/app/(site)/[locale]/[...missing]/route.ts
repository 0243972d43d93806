import { getSite } from '@/data'
import { DEFAULT_LOCALE, isLocale } from '@/i18n/locales'
import { notFoundDocument } from '@/lib/notFoundPage'

/** Unknown paths under a locale: that locale's 404 page, whole in the HTML (see src/lib/notFoundPage.ts). */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: requested } = await params
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE
  const site = await getSite({ locale })
  return new Response(notFoundDocument(locale, site.siteName), {
    status: 404,
    headers: { 'content-type': 'text/html; charset=utf-8', 'content-language': locale, 'cache-control': 'no-store' },
  })
}
