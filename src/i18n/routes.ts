import { LOCALE_CODES, type Locale } from './locales'

/** Every public URL, in one place: pages link with these, the sitemap lists them, hooks revalidate them. */
export const routes = {
  home: (locale: Locale) => `/${locale}`,
  programme: (locale: Locale) => `/${locale}/programme`,
  /** The programme for these filters (?day=…&venue=…), as the filter form sends them. */
  programmeFiltered: (locale: Locale, filters: [string, string][]) =>
    `/${locale}/programme?${new URLSearchParams(filters)}`,
  programmeCalendar: (locale: Locale) => `/${locale}/programme/calendar.ics`,
  films: (locale: Locale) => `/${locale}/films`,
  film: (locale: Locale, slug: string) => `/${locale}/films/${slug}`,
  filmCalendar: (locale: Locale, slug: string) => `/${locale}/films/${slug}/calendar.ics`,
  screeningCalendar: (locale: Locale, id: number) => `/${locale}/screenings/${id}/calendar.ics`,
  person: (locale: Locale, slug: string) => `/${locale}/people/${slug}`,
  quotes: (locale: Locale) => `/${locale}/quotes`,
  venue: (locale: Locale, slug: string) => `/${locale}/venues/${slug}`,
  editions: (locale: Locale) => `/${locale}/editions`,
  edition: (locale: Locale, slug: string) => `/${locale}/editions/${slug}`,
  about: (locale: Locale) => `/${locale}/about`,
  search: (locale: Locale) => `/${locale}/search`,
  partnerApi: (locale: Locale) => `/${locale}/partners/api`,
  myFestival: (locale: Locale) => `/${locale}/my-festival`,
  /** `saved`: the screening ids as the my-festival list encodes them in its `s` parameter. */
  myFestivalCalendar: (locale: Locale, saved: string) => `/${locale}/my-festival/calendar.ics?s=${saved}`,
  page: (locale: Locale, slug: string) => `/${locale}/${slug}`,
  news: (locale: Locale) => `/${locale}/news`,
  post: (locale: Locale, slug: string) => `/${locale}/news/${slug}`,
  newsFeed: (locale: Locale, format: 'rss' | 'atom' | 'json') =>
    `/${locale}/news/${{ rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json' }[format]}`,
  guests: (locale: Locale) => `/${locale}/guests`,
  editionGuests: (locale: Locale, edition: string) => `/${locale}/guests/${edition}`,
}

const PAGE_OF: Partial<Record<string, (locale: Locale, slug: string) => string>> = {
  films: routes.film,
  people: routes.person,
  venues: routes.venue,
  editions: routes.edition,
  pages: routes.page,
  posts: routes.post,
}

/**
 * The public URLs of a document in every locale, for each slug it has or had:
 * a visit before it existed (or was published) cached a 404 there, which no
 * data tag covers.
 */
export function documentPaths(
  collection: string,
  doc: { slug?: unknown; previousSlugs?: unknown } | null | undefined,
): string[] {
  const page = PAGE_OF[collection]
  if (!page || !doc) return []
  const slugs = [doc.slug, ...(Array.isArray(doc.previousSlugs) ? doc.previousSlugs : [])].filter(
    (slug): slug is string => typeof slug === 'string' && slug !== '',
  )
  return LOCALE_CODES.flatMap((locale) => slugs.map((slug) => page(locale, slug)))
}
