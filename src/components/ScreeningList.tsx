import { INTL_LOCALE, type Locale } from '@/i18n/locales'
import type { Messages } from '@/i18n/messages'
import { routes } from '@/i18n/routes'
import { festivalDayKey, formatFestivalDay, formatFestivalTime } from '@/lib/formatDate'
import { displayNames } from '@/lib/intlCache'
import { idOf } from '@/lib/relations'
import { ACCESS_FLAGS } from '@/collections/Screenings/options'
import { originalLanguage } from '@/lib/originalLanguage'
import type { FilmCard, ScreeningRow } from '@/data/views'
import type { Screening } from '@/payload-types'

import { SaveToggle } from './SaveToggle'
import { StatusBadge } from './StatusBadge'
import { screeningName, TicketAction } from './TicketAction'

/** "Original version, Vietnamese · subtitles: French": languages in words, in the page's language. */
export function languageFacts(
  screening: Screening,
  film: Pick<FilmCard, 'languages'> | undefined,
  locale: Locale,
  t: Messages,
): string {
  const name = (code: string) => displayNames(INTL_LOCALE[locale], { type: 'language' }).of(code) ?? code
  // An original version is heard in the film's own languages.
  const heard = screening.audioLanguage
    ? [screening.audioLanguage]
    : screening.version !== 'dubbed'
      ? (film?.languages ?? [])
      : []
  const version = [screening.version ? t.screening.version[screening.version] : '', ...heard.map(name)]
    .filter(Boolean)
    .join(', ')
  const subtitles = screening.subtitles?.length ? t.screening.subtitled(screening.subtitles.map(name).join(', ')) : ''
  return [version, subtitles].filter(Boolean).join(' · ')
}

type Props = {
  rows: ScreeningRow[]
  locale: Locale
  t: Messages
  /** Hide the film title (on the film's own page). */
  withoutFilm?: boolean
  headingLevel?: 'h2' | 'h3'
  /** The person whose page this is: named in guest badges, not linked to the page itself. */
  currentPerson?: number
  /** Only these rows are visible (the others are in the page, hidden); all when undefined. */
  shown?: Set<number>
}

function sectionOf(film: FilmCard, editionId: number | undefined): string {
  return film.programme?.find((entry) => idOf(entry.edition) === editionId)?.section ?? ''
}

function ScreeningItem({
  row: { screening, film, venue, guests },
  locale,
  t,
  withoutFilm,
  shown,
  currentPerson,
}: Omit<Props, 'rows'> & { row: ScreeningRow }) {
  const flags = ACCESS_FLAGS.filter((flag) => screening.accessibility?.[flag])
  const time = <time dateTime={screening.start}>{formatFestivalTime(screening.start, locale)}</time>
  return (
    <li
      className={`screening screening-${screening.status}`}
      hidden={shown ? !shown.has(screening.id) : undefined}
      data-screening=""
      data-day={festivalDayKey(screening.start)}
      data-venue={venue.slug}
      data-section={sectionOf(film, idOf(screening.edition))}
      data-subtitles={(screening.subtitles ?? []).join(' ')}
      data-access={flags.join(' ')}
      data-id={screening.id}
      data-start={screening.start}
      data-end={screening.end ?? ''}
      data-venue-id={idOf(screening.venue) ?? ''}
      data-geo={
        venue.coordinates?.latitude != null && venue.coordinates.longitude != null
          ? `${venue.coordinates.latitude},${venue.coordinates.longitude}`
          : undefined
      }
      data-film={film.title}
    >
      <p className="screening-time">
        {screening.status === 'rescheduled' && screening.previousStart ? (
          <>
            {/* aria-label is not allowed on <del>, and screen readers rarely announce deletions: the words are in the text, for them only. */}
            <del>
              <span className="visually-hidden">{`${t.screening.wasAt} `}</span>
              <time dateTime={screening.previousStart}>{formatFestivalTime(screening.previousStart, locale)}</time>
            </del>{' '}
          </>
        ) : null}
        {screening.status === 'cancelled' ? <del>{time}</del> : time}
      </p>
      <div className="screening-body">
        {!withoutFilm ? (
          <p className="screening-film">
            <a href={routes.film(locale, film.slug)}>{film.title}</a>
            {/* One text node per element: mixed text and expressions cost a comment marker in the HTML and an array in the RSC payload, 600 times on the programme. */}
            {film.title !== film.originalTitle ? (
              <span className="original-title" lang={originalLanguage(film)}>
                {` (${film.originalTitle})`}
              </span>
            ) : null}
          </p>
        ) : null}
        <p className="screening-place">
          <a href={routes.venue(locale, venue.slug)}>{venue.name}</a>
          {screening.room ? ` · ${t.screening.room} ${screening.room}` : null}
        </p>
        <ul className="tags">
          {screening.status !== 'scheduled' ? (
            <li>
              <StatusBadge status={screening.status} t={t} />
            </li>
          ) : null}
          {(screening.labels ?? []).map((label) => (
            <li key={label} className="badge badge-label">
              {t.screening.labels[label]}
            </li>
          ))}
          {screening.guestEvent && screening.guestEvent !== 'none' ? (
            <li className="badge badge-guest">
              {t.screening.guestEvent[screening.guestEvent]}
              {guests.length > 0 ? ` ${t.screening.withGuests} ` : null}
              {guests.map((guest, index) => (
                <span key={guest.id}>
                  {index > 0 ? ', ' : null}
                  {guest.id === currentPerson ? (
                    guest.name
                  ) : (
                    <a href={routes.person(locale, guest.slug)}>{guest.name}</a>
                  )}
                </span>
              ))}
            </li>
          ) : null}
        </ul>
        <p className="screening-version">
          {languageFacts(screening, film, locale, t)}
          {flags.map((flag) => (
            <span key={flag} className="access-flag">
              {` · ${t.screening.accessibility[flag]}`}
            </span>
          ))}
        </p>
        <p className="screening-actions">
          <TicketAction screening={screening} filmTitle={film.title} locale={locale} t={t} />
          <SaveToggle screening={screening} name={screeningName(film.title, screening.start, locale)} t={t} />
          <a href={routes.screeningCalendar(locale, screening.id)} className="calendar-link">
            {t.screening.calendar}
            <span className="visually-hidden">{`, ${screeningName(film.title, screening.start, locale)}`}</span>
          </a>
        </p>
      </div>
    </li>
  )
}

/**
 * Screenings grouped by festival day (in the festival's time zone), in time order. Plain
 * links, not next/link: the programme holds 600 rows, and their 1,200 Link
 * components were as many client components to hydrate and, scrolled into
 * view, to prefetch.
 */
export function ScreeningList(props: Props) {
  const { rows, locale, shown, headingLevel: Heading = 'h2' } = props
  const days = new Map<string, ScreeningRow[]>()
  for (const row of [...rows].sort((a, b) => a.screening.start.localeCompare(b.screening.start))) {
    const key = festivalDayKey(row.screening.start)
    days.set(key, [...(days.get(key) ?? []), row])
  }
  return (
    <div className="screening-days">
      {[...days].map(([day, list]) => (
        <section
          key={day}
          className="screening-day"
          data-day-group={day}
          aria-labelledby={`day-${day}`}
          hidden={shown ? !list.some(({ screening }) => shown.has(screening.id)) : undefined}
        >
          <Heading id={`day-${day}`}>{formatFestivalDay(list[0].screening.start, locale)}</Heading>
          <ul className="screenings">
            {list.map((row) => (
              <ScreeningItem key={row.screening.id} {...props} row={row} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
