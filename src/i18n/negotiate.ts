import { match } from '@formatjs/intl-localematcher'
import Negotiator from 'negotiator'

import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from './locales'

/** The site locale that best fits an Accept-Language header (RFC 4647 lookup, with English as the fallback). */
export function negotiateLocale(acceptLanguage: string | null): Locale {
  const requested = new Negotiator({ headers: { 'accept-language': acceptLanguage ?? '' } }).languages()
  try {
    return match(requested, [...LOCALE_CODES], DEFAULT_LOCALE) as Locale
  } catch {
    // A malformed tag in the header (e.g. "en_US!"): fall back rather than fail.
    return DEFAULT_LOCALE
  }
}
