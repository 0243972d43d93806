import { INTL_LOCALE, type Locale } from '@/i18n/locales'

import { collator as intlCollator } from './intlCache'

/** Sorts by a text key the way readers of `locale` expect (Đ after D in Vietnamese, é with e in French). */
export function sortByText<T>(items: T[], key: (item: T) => string, locale: Locale): T[] {
  const collator = intlCollator(INTL_LOCALE[locale], { sensitivity: 'base', numeric: true })
  return [...items].sort((a, b) => collator.compare(key(a), key(b)))
}
