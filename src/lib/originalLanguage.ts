import type { Film } from '@/payload-types'

/**
 * The `lang` of a film's original title: its first original language. Unset
 * when the film has none recorded, so the title takes the page's language
 * rather than a guessed one.
 */
export const originalLanguage = (film: Pick<Film, 'languages'>): string | undefined => film.languages?.[0] ?? undefined
