import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { JsonLd } from '@/components/JsonLd'
import { ProgrammeFilters, type FilterOption } from '@/components/ProgrammeFilters'
import { ScreeningList } from '@/components/ScreeningList'
import { getSite, screeningsOfEdition } from '@/data'
import { currentEdition, screeningLookups, visibleScreenings } from '@/data/views'
import { LANGUAGE_OPTIONS } from '@/fields/options'
import { PROGRAMME_SECTIONS } from '@/collections/Films/sections'
import { ACCESS_FLAGS } from '@/collections/Screenings/options'
import { getMessages } from '@/i18n/messages'
import { localeOf, localeStaticParams, type LocaleParams } from '@/i18n/params'
import { sortByText } from '@/lib/collate'
import { festivalDayKey, formatFestivalDay } from '@/lib/formatDate'
import { idOf } from '@/lib/relations'
import { env } from '@/env'
import { festivalLd } from '@/seo/jsonLd'
import { pageMetadata } from '@/seo/metadata'

export const generateStaticParams = localeStaticParams
export const revalidate = 3600

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await localeOf(params)
  const t = getMessages(locale)
  const site = await getSite({ locale })
  return pageMetadata({ locale, path: '/programme', title: `${t.programme.title} · ${site.siteName}` })
}

const distinct = (options: FilterOption[]) => [...new Map(options.map((option) => [option.value, option])).values()]

export default async function ProgrammePage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params)
  const t = getMessages(locale)
  const ctx = { locale }
  const edition = await currentEdition(ctx)
  if (!edition) notFound()

  const all = await screeningsOfEdition(ctx, edition.id)
  const lookups = await screeningLookups(ctx, all)
  const screenings = visibleScreenings(all, lookups)
  const venues = sortByText([...lookups.venues.values()], (venue) => venue.name, locale)
  const sections = new Set([...lookups.films.values()].flatMap((film) => (film.programme ?? []).filter((entry) => idOf(entry.edition) === edition.id).map((entry) => entry.section)))
  const subtitles = new Set(screenings.flatMap((screening) => screening.subtitles ?? []))
  const accessFlags = ACCESS_FLAGS.filter((flag) => screenings.some((screening) => screening.accessibility?.[flag]))

  const filters = [
    { key: 'day' as const, label: t.programme.day, options: distinct(screenings.map((screening) => ({ value: festivalDayKey(screening.start), label: formatFestivalDay(screening.start, locale) }))) },
    { key: 'venue' as const, label: t.programme.venue, options: venues.map((venue) => ({ value: venue.slug, label: venue.name })) },
    { key: 'section' as const, label: t.programme.section, options: PROGRAMME_SECTIONS.filter((section) => sections.has(section.value)).map(({ value }) => ({ value, label: t.film.sections[value] })) },
    { key: 'subtitles' as const, label: t.programme.subtitles, options: LANGUAGE_OPTIONS.filter((language) => subtitles.has(language.value)).map(({ value, label }) => ({ value, label })) },
    { key: 'access' as const, label: t.programme.accessibility, options: accessFlags.map((flag) => ({ value: flag, label: t.screening.accessibility[flag] })) },
  ].filter((filter) => filter.options.length > 0) // a choice of nothing but "any" is no filter

  return (
    <>
      <h1>
        {t.programme.title} · {edition.name}
      </h1>
      <ProgrammeFilters targetId="programme" filters={filters} anyLabel={t.programme.any} legend={t.programme.filters} shownLabel={t.programme.shown} emptyLabel={t.programme.empty} />
      {/* The edition as one event: each screening's ScreeningEvent is on its film's page (600 of them here made the page 3 MB). */}
      <JsonLd data={festivalLd({ edition, venues, locale, siteUrl: env().SERVER_URL })} />
      <div id="programme">
        <ScreeningList screenings={screenings} {...lookups} locale={locale} t={t} />
      </div>
      <p>
        <a href={`/${locale}/programme/calendar.ics`}>{t.programme.addToCalendar}</a>
      </p>
    </>
  )
}
