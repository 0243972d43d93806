import type { MetadataRoute } from 'next'

import { listEditions, listFilms, listPeople, listVenues } from '@/data'
import { listPages, listPosts } from '@/data/website'
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
  const [films, people, venues, editions, editorPages, posts] = await Promise.all([
    listFilms(ctx),
    listPeople(ctx),
    listVenues(ctx),
    listEditions(ctx),
    listPages(ctx),
    listPosts(ctx),
  ])
  const pages: { path: (locale: Locale) => string; updatedAt?: string }[] = [
    { path: routes.home },
    { path: routes.programme },
    { path: routes.films },
    { path: routes.quotes },
    { path: routes.editions },
    { path: routes.about },
    { path: routes.partnerApi },
    { path: routes.news },
    { path: routes.guests },
    ...films.map((doc) => ({ path: (locale: Locale) => routes.film(locale, doc.slug), updatedAt: doc.updatedAt })),
    ...people.map((doc) => ({ path: (locale: Locale) => routes.person(locale, doc.slug), updatedAt: doc.updatedAt })),
    ...venues.map((doc) => ({ path: (locale: Locale) => routes.venue(locale, doc.slug), updatedAt: doc.updatedAt })),
    ...editions.map((doc) => ({
      path: (locale: Locale) => routes.edition(locale, doc.slug),
      updatedAt: doc.updatedAt,
    })),
    // The page with the About route's slug is listed once, as /about above.
    ...editorPages
      .filter((doc) => routes.page('en', doc.slug) !== routes.about('en'))
      .map((doc) => ({ path: (locale: Locale) => routes.page(locale, doc.slug), updatedAt: doc.updatedAt })),
    ...posts.map((doc) => ({ path: (locale: Locale) => routes.post(locale, doc.slug), updatedAt: doc.updatedAt })),
  ]
  return pages.flatMap(({ path, updatedAt }) =>
    LOCALE_CODES.map((locale): Entry => ({
      url: `${base}${path(locale)}`,
      lastModified: updatedAt,
      alternates: { languages: languageAlternates((code) => `${base}${path(code)}`) },
    })),
  )
}
