/**
 * Festival wall-clock time ↔ UTC instants. Programmers write Paris dates and
 * times; the database stores instants. Built on Intl (src/lib/zonedTime.ts)
 * so it is right whatever the server's own zone.
 */
import { FESTIVAL_TIME_ZONE } from '@/lib/festivalTime'
import { wallClock } from '@/lib/zonedTime'

const HOUR_MS = 3_600_000
const pad = (value: number) => String(value).padStart(2, '0')

/** Minutes ahead of UTC the zone is at an instant (60 in Paris winter, 120 in summer). */
function offsetMinutes(instant: number, timeZone: string): number {
  const { year, month, day, hour, minute } = wallClock(new Date(instant), timeZone)
  return Math.round((Date.UTC(year, month - 1, day, hour, minute) - Math.floor(instant / 60_000) * 60_000) / 60_000)
}

/** True when "YYYY-MM-DD" names a real calendar day (no 2025-02-30). */
export function isCalendarDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match) return false
  const [, year, month, day] = match.map(Number)
  const probe = new Date(Date.UTC(year, month - 1, day))
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day
}

export type ZonedResult = { instant: Date } | { error: 'nonexistent' }

/**
 * The instant a wall-clock reading denotes in `timeZone`. In the autumn
 * overlap (2025-10-26 02:00–02:59 happens twice in Paris) it is the earlier
 * one, as Temporal's "compatible" choice; in the spring gap (2025-03-30
 * 02:00–02:59 never happens) there is none, and the caller must say so
 * rather than guess.
 */
export function zonedToUtc(date: string, time: string, timeZone: string = FESTIVAL_TIME_ZONE): ZonedResult {
  const [year, month, day] = date.split('-').map(Number)
  const [hour, minute] = time.split(':').map(Number)
  const asIfUtc = Date.UTC(year, month - 1, day, hour, minute)
  // The zone's offsets half a day either side cover any one transition; the
  // larger offset first gives the earlier instant in an overlap.
  const offsets = [
    ...new Set([offsetMinutes(asIfUtc - 12 * HOUR_MS, timeZone), offsetMinutes(asIfUtc + 12 * HOUR_MS, timeZone)]),
  ].sort((a, b) => b - a)
  for (const offset of offsets) {
    const instant = asIfUtc - offset * 60_000
    const back = wallClock(new Date(instant), timeZone)
    if (back.year === year && back.month === month && back.day === day && back.hour === hour && back.minute === minute)
      return { instant: new Date(instant) }
  }
  return { error: 'nonexistent' }
}

/** An instant as the zone's "YYYY-MM-DD" and "HH:MM" (seconds dropped, as in the file). */
export function utcToZoned(
  value: string | Date,
  timeZone: string = FESTIVAL_TIME_ZONE,
): { date: string; time: string } {
  const { year, month, day, hour, minute } = wallClock(new Date(value), timeZone)
  return { date: `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`, time: `${pad(hour)}:${pad(minute)}` }
}

/** The calendar day after "YYYY-MM-DD" (for an end time past midnight). */
export function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number)
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10)
}
