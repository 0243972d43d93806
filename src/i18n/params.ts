import { notFound } from 'next/navigation'

import { isLocale, LOCALE_CODES, type Locale } from './locales'

export type LocaleParams = Promise<{ locale: string }>

/** The page's locale, or a 404 for anything else. */
export async function localeOf(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return locale
}

export const localeStaticParams = () => LOCALE_CODES.map((locale) => ({ locale }))
