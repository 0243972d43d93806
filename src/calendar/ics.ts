/**
 * Festival screenings as an iCalendar file (RFC 5545): one VEVENT per
 * screening, in festival time with its VTIMEZONE, stable UIDs and SEQUENCE
 * so that calendars which imported or subscribed update instead of duplicating.
 */
import { getVtimezoneComponent } from '@touch4it/ical-timezones'
import ical, {
  escape,
  ICalCalendarMethod,
  ICalEventStatus,
  type ICalEventData,
  type ICalTemporalZonedDateTimeStub,
} from 'ical-generator'

import { INTL_LOCALE, type Locale } from '@/i18n/locales'
import { getMessages } from '@/i18n/messages'
import { routes } from '@/i18n/routes'
import { FESTIVAL_TIME_ZONE, MINUTE_MS } from '@/lib/festivalTime'
import { displayNames } from '@/lib/intlCache'
import { colon as colonOf } from '@/lib/typography'
import { formatWallClock, wallClock } from '@/lib/zonedTime'
import type { PersonCard, ScreeningRow } from '@/data/views'
import type { Screening, Venue } from '@/payload-types'

export type CalendarInput = {
  /** X-WR-CALNAME, e.g. the edition's name. */
  name: string
  locale: Locale
  /** Public origin, for absolute links. */
  siteUrl: string
  /** One event each, with the guests named in its description. */
  rows: ScreeningRow[]
  /** VTIMEZONE source (RFC 5545 text of one zone, or null when unknown). */
  vtimezone?: (zone: string) => string | null
}

/** Never random: the same screening keeps its UID in every file and locale. */
export const screeningUid = (id: number) => `screening-${id}@filmweek`

export function buildCalendar({
  name,
  locale,
  siteUrl,
  rows,
  vtimezone = getVtimezoneComponent,
}: CalendarInput): string {
  // Without a VTIMEZONE a TZID is unresolvable, so times then go out in UTC instead.
  const component = vtimezone(FESTIVAL_TIME_ZONE)
  const zone = component ? FESTIVAL_TIME_ZONE : null
  const calendar = ical({
    // ical-generator writes the name unescaped.
    name: escape(name, false),
    prodId: { company: 'Film Week', product: 'Programme', language: locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    // A null name keeps DTSTAMP in UTC (as RFC 5545 requires); events carry the zone.
    timezone: { name: null, generator: () => component },
  })
  for (const row of rows) calendar.createEvent(screeningEvent({ ...row, locale, siteUrl, zone }))
  return finish(calendar.toString(), zone)
}

/**
 * ical-generator writes calendar properties given as `x` after the events and
 * ends the file without a line break; RFC 5545 wants calendar properties
 * before the components (§3.6) and every line ended by CRLF (§3.1).
 */
function finish(text: string, zone: string | null): string {
  const lines = text.split(/\r\n/).filter((line, index, all) => line !== '' || index < all.length - 1)
  if (zone)
    lines.splice(
      Math.max(
        lines.findIndex((line, index) => index > 0 && line.startsWith('BEGIN:')),
        1,
      ),
      0,
      `X-WR-TIMEZONE:${zone}`,
    )
  return `${lines.join('\r\n')}\r\n`
}

type EventInput = ScreeningRow & { locale: Locale; siteUrl: string; zone: string | null }

function screeningEvent({ screening, film, venue, guests, locale, siteUrl, zone }: EventInput): ICalEventData {
  const t = getMessages(locale)
  const start = new Date(screening.start)
  const end = screening.end
    ? new Date(screening.end)
    : film.runtime
      ? new Date(start.getTime() + film.runtime * MINUTE_MS)
      : null
  const at = (instant: Date) => (zone ? zoned(instant, zone) : instant)
  const cancelled = screening.status === 'cancelled'
  const title = film.originalTitle !== film.title ? `${film.title} (${film.originalTitle})` : film.title
  const url = new URL(routes.film(locale, film.slug), siteUrl).toString()
  const { latitude, longitude } = venue.coordinates ?? {}
  return {
    id: screeningUid(screening.id),
    sequence: screening.icsSequence ?? 0,
    stamp: new Date(screening.updatedAt),
    lastModified: new Date(screening.updatedAt),
    timezone: zone,
    start: at(start),
    end: end && at(end),
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    // Many calendars hide STATUS, so the title says it too.
    summary: cancelled ? `${t.screening.status.cancelled} · ${title}` : title,
    location: {
      title: venue.name,
      address: postalAddress(venue, locale),
      ...(latitude != null && longitude != null ? { geo: { lat: latitude, lon: longitude } } : {}),
    },
    url,
    description: describe(screening, guests, locale, url),
  }
}

function describe(screening: Screening, guests: PersonCard[], locale: Locale, url: string): string {
  const t = getMessages(locale)
  const languageName = (code: string) => displayNames(INTL_LOCALE[locale], { type: 'language' }).of(code) ?? code
  const subtitles = screening.subtitles?.length
    ? t.screening.subtitled(screening.subtitles.map(languageName).join(', '))
    : null
  const version = [screening.version ? t.screening.version[screening.version] : null, subtitles]
    .filter(Boolean)
    .join(', ')
  const event =
    screening.guestEvent && screening.guestEvent !== 'none' ? t.screening.guestEvent[screening.guestEvent] : null
  const names = guests.map((guest) => guest.name).join(', ')
  const colon = colonOf(locale)
  return [
    (screening.labels ?? []).map((label) => t.screening.labels[label]).join(' · '),
    screening.room ? `${t.screening.room}${colon}${screening.room}` : null,
    version,
    event && names ? `${event} ${t.screening.withGuests} ${names}` : event,
    screening.ticketUrl ? `${t.screening.tickets}${colon}${screening.ticketUrl}` : null,
    url,
  ]
    .filter(Boolean)
    .join('\n')
}

/** "36 boulevard des Capucines, 75009 Paris, France" */
export function postalAddress({ address }: Venue, locale: Locale): string {
  const country = displayNames(INTL_LOCALE[locale], { type: 'region' }).of(address.country) ?? address.country
  return [address.street, [address.postalCode, address.city].filter(Boolean).join(' '), country].join(', ')
}

/**
 * ical-generator prints a native Date under a TZID with the server's local
 * clock; this Temporal-like value carries the zone's wall-clock time instead.
 */
function zoned(instant: Date, timeZone: string): ICalTemporalZonedDateTimeStub {
  const clock = wallClock(instant, timeZone)
  const local = formatWallClock(clock)
  const plainDate = {
    year: clock.year,
    month: clock.month,
    day: clock.day,
    toJSON: () => local.slice(0, 10),
    toString: () => local.slice(0, 10),
  }
  const plain = {
    ...clock,
    toPlainDate: () => plainDate,
    toZonedDateTime: (zone: string) => zoned(instant, zone),
    toJSON: () => local,
    toString: () => local,
  }
  const iso = instant.toISOString()
  return {
    ...clock,
    timeZoneId: timeZone,
    toPlainDateTime: () => plain,
    withTimeZone: (zone: string) => zoned(instant, zone),
    toInstant: () => ({
      epochMilliseconds: instant.getTime(),
      toJSON: () => iso,
      toString: () => iso,
      toZonedDateTimeISO: (zone: string) => zoned(instant, zone),
    }),
    toJSON: () => iso,
    toString: () => iso,
  }
}

/** The file as a download, named `filename` (".ics" added when missing). */
export function calendarResponse(text: string, filename: string): Response {
  const base = filename.replace(/\.ics$/i, '').replace(/[^\w.-]+/g, '-') || 'calendar'
  return new Response(text, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${base}.ics"`,
    },
  })
}
