import { FESTIVAL_TIME_ZONE } from './festivalTime'

/** "13 Dec 2025, 20:00" in festival time, whatever the server's zone. */
export function formatFestivalDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: FESTIVAL_TIME_ZONE,
  }).format(new Date(iso))
}
