import type { Metadata } from 'next'

import { env } from '@/env'
import { INTL_LOCALE, LOCALE_CODES, type Locale } from '@/i18n/locales'
import type { Media } from '@/payload-types'

/** Open Graph kinds the pages use: a film is a video.movie, a person's page a profile. */
export type OpenGraphKind = 'website' | 'video.movie' | 'profile'

/**
 * hreflang alternates of a page that exists at `pathOf(locale)` in every
 * locale: plain language codes (the content is the same wherever the reader
 * lives), and English for everyone else.
 */
export function languageAlternates(pathOf: (locale: Locale) => string): Record<string, string> {
  return { ...Object.fromEntries(LOCALE_CODES.map((code) => [code, pathOf(code)])), 'x-default': pathOf('en') }
}

/** The Media `og` size (1200×630, what link previews expect), or the original when it was too small to make one. */
function openGraphImage(media: Media | null | undefined) {
  const url = media?.sizes?.og?.url ?? media?.url
  if (!media || !url) return undefined
  const og = media.sizes?.og?.url ? media.sizes.og : media
  return [{ url, width: og.width ?? undefined, height: og.height ?? undefined, alt: media.alt }]
}

/**
 * Title, description, canonical URL, hreflang alternates and Open Graph for
 * a page that exists in every locale, at `path(locale)` (a route of src/i18n/routes.ts).
 */
export function pageMetadata({
  locale,
  path,
  title,
  description,
  image,
  kind = 'website',
}: {
  locale: Locale
  path: (locale: Locale) => string
  title: string
  description?: string | null
  image?: Media | null
  kind?: OpenGraphKind
}): Metadata {
  const shared = {
    title,
    description: description ?? undefined,
    url: path(locale),
    locale: INTL_LOCALE[locale].replace('-', '_'),
    alternateLocale: LOCALE_CODES.filter((code) => code !== locale).map((code) => INTL_LOCALE[code].replace('-', '_')),
    images: openGraphImage(image),
  }
  return {
    metadataBase: new URL(env().SERVER_URL),
    title,
    description: description ?? undefined,
    alternates: { canonical: path(locale), languages: languageAlternates(path) },
    openGraph: { ...shared, type: kind },
  }
}
