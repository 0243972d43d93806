import type { Metadata } from 'next'

import { env } from '@/env'
import { INTL_LOCALE, LOCALE_CODES, type Locale } from '@/i18n/locales'

/**
 * Title, description, canonical URL, hreflang alternates and Open Graph for
 * a page that exists at `/{locale}{path}` in every locale.
 */
export function pageMetadata({ locale, path, title, description, image }: { locale: Locale; path: string; title: string; description?: string | null; image?: string | null }): Metadata {
  const languages = Object.fromEntries(LOCALE_CODES.map((code) => [INTL_LOCALE[code], `/${code}${path}`]))
  return {
    metadataBase: new URL(env().SERVER_URL),
    title,
    description: description ?? undefined,
    alternates: { canonical: `/${locale}${path}`, languages: { ...languages, 'x-default': `/en${path}` } },
    openGraph: {
      title,
      description: description ?? undefined,
      url: `/${locale}${path}`,
      locale: INTL_LOCALE[locale].replace('-', '_'),
      alternateLocale: LOCALE_CODES.filter((code) => code !== locale).map((code) => INTL_LOCALE[code].replace('-', '_')),
      type: 'website',
      images: image ? [{ url: image }] : undefined,
    },
  }
}
