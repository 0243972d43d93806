import { JsonLd } from '@/components/JsonLd'
import { ProgrammeFilters } from '@/components/ProgrammeFilters'
import { ScreeningList } from '@/components/ScreeningList'
import type { Programme } from '@/data/programmeView'
import { LANGUAGE_OPTIONS } from '@/fields/options'
import { PROGRAMME_SECTIONS } from '@/collections/Films/sections'
import { INTL_LOCALE, type Locale } from '@/i18n/locales'
import { getMessages } from '@/i18n/messages'
import { routes } from '@/i18n/routes'
import { formatFestivalDay } from '@/lib/formatDate'
import { displayNames } from '@/lib/intlCache'
import { env } from '@/env'
import { festivalLd } from '@/seo/jsonLd'

/** A programme paged by day: a link to each day, keeping the other filters, with how many screenings they leave on it. */
function DayLinks({ locale, programme: { day, days, chosen } }: { locale: Locale; programme: Programme }) {
  const t = getMessages(locale)
  const href = (key: string) =>
    routes.programmeFiltered(locale, [...chosen.filter(([name]) => name !== 'day'), ['day', key]])
  return (
    <nav className="programme-days" aria-label={t.programme.days}>
      <ul>
        {days.map(({ key, start, count }) => (
          <li key={key}>
            <a href={href(key)} aria-current={key === day ? 'page' : undefined}>
              {formatFestivalDay(start, locale)}
              <span className="day-count">{` (${count})`}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** The programme: filters, then the screenings by day. */
export function ProgrammeView({ locale, programme }: { locale: Locale; programme: Programme }) {
  const t = getMessages(locale)
  const { edition, rows, day, days, venues, sections, subtitles, accessFlags, chosen, shown } = programme
  const languageName = displayNames(INTL_LOCALE[locale], { type: 'language' })

  const filters = [
    {
      key: 'day' as const,
      label: t.programme.day,
      options: days.map(({ key, start }) => ({ value: key, label: formatFestivalDay(start, locale) })),
    },
    {
      key: 'venue' as const,
      label: t.programme.venue,
      options: venues.map((venue) => ({ value: venue.slug, label: venue.name })),
    },
    {
      key: 'section' as const,
      label: t.programme.section,
      options: PROGRAMME_SECTIONS.filter((section) => sections.has(section.value)).map(({ value }) => ({
        value,
        label: t.film.sections[value],
      })),
    },
    {
      key: 'subtitles' as const,
      label: t.programme.subtitles,
      options: LANGUAGE_OPTIONS.filter((language) => subtitles.has(language.value)).map(({ value }) => ({
        value,
        label: languageName.of(value) ?? value,
      })),
    },
    {
      key: 'access' as const,
      label: t.programme.accessibility,
      options: accessFlags.map((flag) => ({ value: flag, label: t.screening.accessibility[flag] })),
    },
  ].filter((filter) => filter.options.length > 0) // a choice of nothing but "any" is no filter

  return (
    <>
      <h1>
        {t.programme.title} · {edition.name}
      </h1>
      <ProgrammeFilters
        action={routes.programme(locale)}
        initialSearch={new URLSearchParams(chosen).toString()}
        targetId="programme"
        pagedDay={day}
        filters={filters}
        labels={{
          any: t.programme.any,
          legend: t.programme.filters,
          shown: t.programme.shown,
          empty: t.programme.empty,
          submit: t.programme.apply,
          reset: t.programme.reset,
          unknown: t.programme.unknownChoice('{value}'),
        }}
      />
      {/* The edition as one event: each screening's ScreeningEvent is on its film's page (all of them here would make a large edition's page heavy). */}
      <JsonLd data={festivalLd({ edition, venues, locale, siteUrl: env().SERVER_URL })} />
      {day ? <DayLinks locale={locale} programme={programme} /> : null}
      <div id="programme">
        <ScreeningList rows={rows} locale={locale} t={t} shown={shown} />
        {shown?.size === 0 ? <p>{t.programme.empty}</p> : null}
      </div>
      <p>
        <a href={routes.programmeCalendar(locale)}>{t.programme.addToCalendar}</a>
      </p>
    </>
  )
}
