import { FESTIVAL_TIME_ZONE } from './festivalTime'
import { dateTimeFormat } from './intlCache'

export type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number }

const pad = (value: number, length = 2) => String(value).padStart(length, '0')

/**
 * An instant's wall-clock reading and UTC offset in a zone, from one
 * formatter call: the partner feed formats three instants for each of 600
 * screenings, and two calls each were a tenth of its build (--cpu-prof).
 */
function zoned(instant: Date, timeZone: string): { clock: WallClock; offset: string } {
  // h23: some engines print midnight as 24 with hour12: false.
  const parts = dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    timeZoneName: 'longOffset',
  }).formatToParts(instant)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value
  const number = (type: Intl.DateTimeFormatPartTypes) => Number(part(type))
  const clock = {
    year: number('year'),
    month: number('month'),
    day: number('day'),
    hour: number('hour'),
    minute: number('minute'),
    second: number('second'),
  }
  // "GMT+01:00", or a bare "GMT" at offset zero.
  return { clock, offset: /[+-]\d{2}:\d{2}/.exec(part('timeZoneName') ?? '')?.[0] ?? '+00:00' }
}

/** The wall-clock reading of an instant in a zone, whatever the server's own zone. */
export function wallClock(instant: Date, timeZone: string = FESTIVAL_TIME_ZONE): WallClock {
  return zoned(instant, timeZone).clock
}

/** UTC offset of a zone at an instant, as ISO 8601 wants it: "+01:00", "+02:00", "+00:00". */
export function zoneOffset(instant: Date, timeZone: string = FESTIVAL_TIME_ZONE): string {
  return zoned(instant, timeZone).offset
}

/** "2025-12-13T20:00:00", the local date-time without an offset. */
export function formatWallClock({ year, month, day, hour, minute, second }: WallClock): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}`
}

/** An instant in the zone's local time with its offset: "2025-12-13T20:00:00+01:00". */
export function toZonedIso(value: string | Date, timeZone: string = FESTIVAL_TIME_ZONE): string {
  const { clock, offset } = zoned(new Date(value), timeZone)
  return formatWallClock(clock) + offset
}

/** The zone's calendar day of an instant: "2025-12-08". */
export function toZonedDate(value: string | Date, timeZone: string = FESTIVAL_TIME_ZONE): string {
  return toZonedIso(value, timeZone).slice(0, 10)
}
