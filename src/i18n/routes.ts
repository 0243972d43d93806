import type { Locale } from './locales'

/** Every public URL, in one place: pages link with these, the sitemap lists them, hooks revalidate them. */
export const routes = {
  home: (locale: Locale) => `/${locale}`,
  programme: (locale: Locale) => `/${locale}/programme`,
  films: (locale: Locale) => `/${locale}/films`,
  film: (locale: Locale, slug: string) => `/${locale}/films/${slug}`,
  person: (locale: Locale, slug: string) => `/${locale}/people/${slug}`,
  quotes: (locale: Locale) => `/${locale}/quotes`,
  venue: (locale: Locale, slug: string) => `/${locale}/venues/${slug}`,
  editions: (locale: Locale) => `/${locale}/editions`,
  edition: (locale: Locale, slug: string) => `/${locale}/editions/${slug}`,
  about: (locale: Locale) => `/${locale}/about`,
  search: (locale: Locale) => `/${locale}/search`,
  partnerApi: (locale: Locale) => `/${locale}/partners/api`,
}
