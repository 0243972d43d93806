import type { MetadataRoute } from 'next'

import { listEditions, listFilms, listPeople, listVenues } from '@/data'
import { env } from '@/env'
import { LOCALE_CODES, type Locale } from '@/i18n/locales'
import { routes } from '@/i18n/routes'
import { languageAlternates } from '@/seo/metadata'

export const revalidate = 3600

type Entry = MetadataRoute.Sitemap[number]

/** One entry per page and locale, each listing its translations (published documents only: the lists read as a visitor). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = env().SERVER_URL
  const ctx = { locale: 'en' as const }
  const [films, people, venues, editions] = await Promise.all([listFilms(ctx), listPeople(ctx), listVenues(ctx), listEditions(ctx)])
  const pages: { path: (locale: Locale) => string; updatedAt?: string }[] = [
    { path: routes.home },
    { path: routes.programme },
    { path: routes.films },
    { path: routes.quotes },
    { path: routes.editions },
    { path: routes.about },
    { path: routes.partnerApi },
    ...films.map((doc) => ({ path: (locale: Locale) => routes.film(locale, doc.slug), updatedAt: doc.updatedAt })),
    ...people.map((doc) => ({ path: (locale: Locale) => routes.person(locale, doc.slug), updatedAt: doc.updatedAt })),
    ...venues.map((doc) => ({ path: (locale: Locale) => routes.venue(locale, doc.slug), updatedAt: doc.updatedAt })),
    ...editions.map((doc) => ({ path: (locale: Locale) => routes.edition(locale, doc.slug), updatedAt: doc.updatedAt })),
  ]
  return pages.flatMap(({ path, updatedAt }) =>
    LOCALE_CODES.map(
      (locale): Entry => ({
        url: `${base}${path(locale)}`,
        lastModified: updatedAt,
        alternates: { languages: languageAlternates((code) => `${base}${path(code)}`) },
      }),
    ),
  )
}
