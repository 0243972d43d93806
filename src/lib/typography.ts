import type { Locale } from '@/i18n/locales'

/** French sets a narrow no-break space (U+202F) before : ; ? ! — the other languages none. */
export const colon = (locale: Locale) => (locale === 'fr' ? '\u202f: ' : ': ')
