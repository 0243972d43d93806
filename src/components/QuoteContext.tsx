import type { Locale } from '@/i18n/locales'
import type { Messages } from '@/i18n/messages'
import { routes } from '@/i18n/routes'
import { formatFestivalDateTime } from '@/lib/formatDate'
import type { Edition, Film, Screening, Venue } from '@/payload-types'

type Props = {
  film?: Pick<Film, 'slug' | 'title'>
  screening?: Pick<Screening, 'start'>
  venue?: Pick<Venue, 'slug' | 'name'>
  edition?: Pick<Edition, 'slug' | 'name'>
  locale: Locale
  t: Messages
}

/** What a reaction was about: the film, the screening it followed (when and where), the festival week. */
export function QuoteContext({ film, screening, venue, edition, locale, t }: Props) {
  const parts = [
    film ? (
      <span key="film">
        {t.quotes.about} <a href={routes.film(locale, film.slug)}>{film.title}</a>
      </span>
    ) : null,
    screening ? (
      <span key="screening">
        {t.quotes.screening} <time dateTime={screening.start}>{formatFestivalDateTime(screening.start, locale)}</time>
        {venue ? (
          <>
            , <a href={routes.venue(locale, venue.slug)}>{venue.name}</a>
          </>
        ) : null}
      </span>
    ) : null,
    edition ? (
      <span key="edition">
        <a href={routes.edition(locale, edition.slug)}>{edition.name}</a>
      </span>
    ) : null,
  ].filter((part) => part !== null)
  if (parts.length === 0) return null
  return <p className="quote-context">{parts.flatMap((part, index) => (index === 0 ? [part] : [' · ', part]))}</p>
}
