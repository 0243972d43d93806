import type { LivePreviewConfig } from 'payload'

import { env } from '@/env'
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/i18n/locales'
import { routes } from '@/i18n/routes'

type Routed = 'films' | 'people' | 'editions' | 'venues'

const pageOf: Record<Routed, (locale: Locale, slug: string) => string> = {
  films: routes.film,
  people: routes.person,
  editions: routes.edition,
  venues: routes.venue,
}

/** The admin's Preview button and live preview open the page through the authenticated preview route. */
export function previewUrl(collection: Routed, slug: unknown, locale: unknown): string | null {
  if (typeof slug !== 'string' || !slug) return null
  const code = typeof locale === 'string' && isLocale(locale) ? locale : DEFAULT_LOCALE
  return `${env().SERVER_URL}/preview?path=${encodeURIComponent(pageOf[collection](code, slug))}`
}

export const livePreview = (collection: Routed): LivePreviewConfig => ({
  url: ({ data, locale }) => previewUrl(collection, data?.slug, locale?.code) ?? env().SERVER_URL,
  breakpoints: [
    { label: 'Mobile', name: 'mobile', width: 390, height: 844 },
    { label: 'Desktop', name: 'desktop', width: 1280, height: 800 },
  ],
})
