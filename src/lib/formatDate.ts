import { INTL_LOCALE, type Locale } from '@/i18n/locales'

import { FESTIVAL_TIME_ZONE } from './festivalTime'
import { dateTimeFormat } from './intlCache'

const format = (locale: Locale | string, options: Intl.DateTimeFormatOptions) =>
  dateTimeFormat(INTL_LOCALE[locale as Locale] ?? locale, { timeZone: FESTIVAL_TIME_ZONE, ...options })

/** "13 Dec 2025, 20:00" in festival time, whatever the server's zone. */
export function formatFestivalDateTime(iso: string, locale: Locale | string): string {
  return format(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
}

/** "20:00" */
export function formatFestivalTime(iso: string, locale: Locale): string {
  return format(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso))
}

/** "Saturday 13 December 2025" */
export function formatFestivalDay(iso: string, locale: Locale): string {
  return format(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso))
}

/** The festival-time calendar day of an instant, "2025-12-13": groups screenings by day. */
export function festivalDayKey(iso: string): string {
  return dateTimeFormat('en-CA', {
    timeZone: FESTIVAL_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso))
}

/** "8–13 December 2025" */
export function formatDateRange(startIso: string, endIso: string, locale: Locale): string {
  return format(locale, { day: 'numeric', month: 'long', year: 'numeric' }).formatRange(
    new Date(startIso),
    new Date(endIso),
  )
}
