import { notFound, permanentRedirect } from 'next/navigation'

import { isLocale, LOCALE_CODES, type Locale } from './locales'

export type LocaleParams = Promise<{ locale: string }>

/** The page's locale, or a 404 for anything else. */
export async function localeOf(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return locale
}

export const localeStaticParams = () => LOCALE_CODES.map((locale) => ({ locale }))

/** The document a slug URL shows: 404 when there is none, a permanent redirect when the slug is an earlier one. */
export function shownAt<T extends { slug: string }>(
  doc: T | null,
  requested: string,
  url: (slug: string) => string,
): T {
  return viewShownAt(doc, (found) => found, requested, url)
}

/** The same for a view of a document (src/data): `docOf` gives the document whose slug the URL holds. */
export function viewShownAt<V>(
  view: V | null,
  docOf: (view: V) => { slug: string },
  requested: string,
  url: (slug: string) => string,
): V {
  if (!view) notFound()
  const { slug } = docOf(view)
  if (slug !== requested) permanentRedirect(url(slug))
  return view
}

/** Every published document's page in every locale, for a slug route's generateStaticParams. */
export function slugStaticParams(list: (ctx: { locale: 'en' }) => Promise<{ slug: string }[]>) {
  return async () => {
    const docs = await list({ locale: 'en' })
    return LOCALE_CODES.flatMap((locale) => docs.map((doc) => ({ locale, slug: doc.slug })))
  }
}
