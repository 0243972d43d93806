import { JsonLd } from '@/components/JsonLd'
import { ProgrammeFilters, type FilterOption } from '@/components/ProgrammeFilters'
import { ScreeningList } from '@/components/ScreeningList'
import type { FilterKey } from '@/components/filterKeys'
import { screeningsOfEdition } from '@/data'
import { screeningLookups, visibleScreenings, type FilmCard } from '@/data/views'
import { LANGUAGE_OPTIONS } from '@/fields/options'
import { PROGRAMME_SECTIONS } from '@/collections/Films/sections'
import { ACCESS_FLAGS } from '@/collections/Screenings/options'
import { INTL_LOCALE, type Locale } from '@/i18n/locales'
import { getMessages } from '@/i18n/messages'
import { routes } from '@/i18n/routes'
import { sortByText } from '@/lib/collate'
import { festivalDayKey, formatFestivalDay } from '@/lib/formatDate'
import { displayNames } from '@/lib/intlCache'
import { idOf } from '@/lib/relations'
import { env } from '@/env'
import type { Edition, Screening, Venue } from '@/payload-types'
import { festivalLd } from '@/seo/jsonLd'

const distinct = (options: FilterOption[]) => [...new Map(options.map((option) => [option.value, option])).values()]

/** What a screening offers each filter, as the rows' data attributes do for the script. */
function valuesOf(screening: Screening, films: Map<number, FilmCard>, venues: Map<number, Venue>): Record<FilterKey, string[]> {
  const film = films.get(idOf(screening.film) ?? -1)
  return {
    day: [festivalDayKey(screening.start)],
    venue: [venues.get(idOf(screening.venue) ?? -1)?.slug ?? ''],
    section: (film?.programme ?? []).filter((entry) => idOf(entry.edition) === idOf(screening.edition)).map((entry) => entry.section),
    subtitles: screening.subtitles ?? [],
    access: ACCESS_FLAGS.filter((flag) => screening.accessibility?.[flag]),
  }
}

type Props = { locale: Locale; edition: Edition; /** Filters from the query, applied on the server (no JavaScript); empty on the cached page. */ selected?: Partial<Record<FilterKey, string>> }

/** The programme: filters, then the screenings by day. */
export async function ProgrammeView({ locale, edition, selected = {} }: Props) {
  const t = getMessages(locale)
  const ctx = { locale }
  const all = await screeningsOfEdition(ctx, edition.id)
  const lookups = await screeningLookups(ctx, all)
  const screenings = visibleScreenings(all, lookups)
  const venues = sortByText([...lookups.venues.values()], (venue) => venue.name, locale)
  const sections = new Set([...lookups.films.values()].flatMap((film) => (film.programme ?? []).filter((entry) => idOf(entry.edition) === edition.id).map((entry) => entry.section)))
  const subtitles = new Set(screenings.flatMap((screening) => screening.subtitles ?? []))
  const accessFlags = ACCESS_FLAGS.filter((flag) => screenings.some((screening) => screening.accessibility?.[flag]))
  const languageName = displayNames(INTL_LOCALE[locale], { type: 'language' })

  const filters = [
    { key: 'day' as const, label: t.programme.day, options: distinct(screenings.map((screening) => ({ value: festivalDayKey(screening.start), label: formatFestivalDay(screening.start, locale) }))) },
    { key: 'venue' as const, label: t.programme.venue, options: venues.map((venue) => ({ value: venue.slug, label: venue.name })) },
    { key: 'section' as const, label: t.programme.section, options: PROGRAMME_SECTIONS.filter((section) => sections.has(section.value)).map(({ value }) => ({ value, label: t.film.sections[value] })) },
    { key: 'subtitles' as const, label: t.programme.subtitles, options: LANGUAGE_OPTIONS.filter((language) => subtitles.has(language.value)).map(({ value }) => ({ value, label: languageName.of(value) ?? value })) },
    { key: 'access' as const, label: t.programme.accessibility, options: accessFlags.map((flag) => ({ value: flag, label: t.screening.accessibility[flag] })) },
  ].filter((filter) => filter.options.length > 0) // a choice of nothing but "any" is no filter

  const chosen = Object.entries(selected).filter(([, value]) => value) as [FilterKey, string][]
  // Every row is in the page (the script may widen the choice later); those that do not match are hidden.
  const shown = chosen.length ? new Set(screenings.filter((screening) => chosen.every(([key, value]) => valuesOf(screening, lookups.films, lookups.venues)[key].includes(value))).map((screening) => screening.id)) : undefined

  return (
    <>
      <h1>
        {t.programme.title} · {edition.name}
      </h1>
      <ProgrammeFilters
        action={routes.programme(locale)}
        initialSearch={new URLSearchParams(chosen).toString()}
        targetId="programme"
        filters={filters}
        labels={{ any: t.programme.any, legend: t.programme.filters, shown: t.programme.shown, empty: t.programme.empty, submit: t.programme.apply, reset: t.programme.reset, unknown: t.programme.unknownChoice('{value}') }}
      />
      {/* The edition as one event: each screening's ScreeningEvent is on its film's page (600 of them here made the page 3 MB). */}
      <JsonLd data={festivalLd({ edition, venues, locale, siteUrl: env().SERVER_URL })} />
      <div id="programme">
        <ScreeningList screenings={screenings} {...lookups} locale={locale} t={t} shown={shown} />
        {shown?.size === 0 ? <p>{t.programme.empty}</p> : null}
      </div>
      <p>
        <a href={`/${locale}/programme/calendar.ics`}>{t.programme.addToCalendar}</a>
      </p>
    </>
  )
}
