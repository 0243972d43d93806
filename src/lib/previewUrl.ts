import type { LivePreviewConfig, PayloadRequest } from 'payload'

import { env } from '@/env'
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/i18n/locales'
import { routes } from '@/i18n/routes'
import { idOf } from '@/lib/relations'

type Routed = 'films' | 'people' | 'editions' | 'venues' | 'pages' | 'posts'

const pageOf: Record<Routed, (locale: Locale, slug: string) => string> = {
  films: routes.film,
  people: routes.person,
  editions: routes.edition,
  venues: routes.venue,
  pages: routes.page,
  posts: routes.post,
}

const localeOf = (locale: unknown): Locale => (typeof locale === 'string' && isLocale(locale) ? locale : DEFAULT_LOCALE)

/** The admin's Preview button and live preview open the page through the authenticated preview route. */
const throughPreview = (path: string) => `${env().SERVER_URL}/preview?path=${encodeURIComponent(path)}`

export function previewUrl(collection: Routed, slug: unknown, locale: unknown): string | null {
  if (typeof slug !== 'string' || !slug) return null
  return throughPreview(pageOf[collection](localeOf(locale), slug))
}

/** A quote has no page of its own: it shows on its film's page, or on the quotes page when it is about no film. */
export async function quotePreviewUrl(doc: { film?: unknown }, locale: unknown, req: PayloadRequest): Promise<string> {
  const filmId = idOf(doc.film)
  const film = filmId
    ? await req.payload.findByID({
        collection: 'films',
        id: filmId,
        depth: 0,
        draft: true,
        req,
        disableErrors: true,
        select: { slug: true },
      })
    : null
  return previewUrl('films', film?.slug, locale) ?? throughPreview(routes.quotes(localeOf(locale)))
}

const breakpoints: LivePreviewConfig['breakpoints'] = [
  { label: 'Mobile', name: 'mobile', width: 390, height: 844 },
  { label: 'Desktop', name: 'desktop', width: 1280, height: 800 },
]

export const livePreview = (collection: Routed): LivePreviewConfig => ({
  url: ({ data, locale }) => previewUrl(collection, data?.slug, locale?.code) ?? env().SERVER_URL,
  breakpoints,
})

export const quoteLivePreview: LivePreviewConfig = {
  url: ({ data, locale, req }) => quotePreviewUrl(data, locale?.code, req),
  breakpoints,
}
