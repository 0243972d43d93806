/**
 * The programme planner's grid, computed from plain data (no Payload here, so
 * it is tested on its own): one edition's days, each venue's rooms as rows,
 * hours as columns, screenings placed as blocks in Paris time, with overlaps
 * and screenings outside the edition's days flagged.
 */
import { sameRoom } from '@/collections/Screenings/rooms'
import { MINUTE_MS } from '@/lib/festivalTime'
import { nfc } from '@/lib/nfc'
import { nextDay, utcToZoned, zonedToUtc } from '@/import/parisTime'

/** Length assumed for a screening with neither an end nor a film runtime (as the overlap rule assumes). */
const DEFAULT_LENGTH_MS = 120 * MINUTE_MS
/** The hours every day shows; a screening earlier or later widens them. */
const FIRST_HOUR = 10
const LAST_HOUR = 24

export type PlannerVenue = { id: number; name: string; rooms: string[] }
export type PlannerScreening = {
  id: number
  film: string
  venue: number | null
  room: string | null
  start: string
  end: string | null
  status: string
  ticketUrl: string | null
  draft: boolean
}
export type PlannerEdition = { id: number; name: string; startDate: string; endDate: string }

export type Block = PlannerScreening & {
  end: string
  /** Paris wall-clock "HH:MM". */
  from: string
  until: string
  /** The ids of the screenings it overlaps in the same room. */
  overlaps: number[]
  outsideEdition: boolean
  /** Position in the day's hour range, in percent. */
  left: number
  width: number
}
export type Row = { key: string; venue: PlannerVenue; room: string | null; label: string }
export type Slot = { hour: number; start: string }
export type Day = { date: string; outsideEdition: boolean; rows: { row: Row; blocks: Block[]; slots: Slot[] }[] }
export type Grid = { hours: number[]; days: Day[]; conflicts: number; outside: number }

const endOf = (screening: PlannerScreening) =>
  screening.end ?? new Date(new Date(screening.start).getTime() + DEFAULT_LENGTH_MS).toISOString()

/** Two screenings compete for a room: same venue, same room or either without one (it takes the whole venue). */
const sameSpace = (a: PlannerScreening, b: PlannerScreening) =>
  a.venue === b.venue && (!nfc(a.room) || !nfc(b.room) || sameRoom(a.room, b.room))

/** For each screening, the others it overlaps in the same space (cancelled ones free their slot). */
export function findOverlaps(screenings: PlannerScreening[]): Map<number, number[]> {
  const live = screenings.filter((screening) => screening.status !== 'cancelled' && screening.venue !== null)
  const found = new Map<number, number[]>()
  for (const a of live) {
    const others = live
      .filter((b) => b.id !== a.id && sameSpace(a, b) && a.start < endOf(b) && b.start < endOf(a))
      .map((b) => b.id)
    if (others.length) found.set(a.id, others)
  }
  return found
}

/** Calendar days from `first` to `last`, inclusive, as YYYY-MM-DD. */
function daysBetween(first: string, last: string): string[] {
  const days: string[] = []
  for (let day = first; day <= last && days.length < 60; day = nextDay(day)) days.push(day)
  return days
}

/**
 * Rows: every room each venue lists (a venue listing none has one row for the
 * whole venue), then rooms that screenings name but the venue does not list,
 * then a whole-venue row for screenings without a room where the venue has rooms.
 */
function rowsOf(venues: PlannerVenue[], screenings: PlannerScreening[]): Row[] {
  return venues.flatMap((venue) => {
    const own = screenings.filter((screening) => screening.venue === venue.id)
    const stray = [
      ...new Set(
        own
          .map((screening) => nfc(screening.room))
          .filter((room) => room && !venue.rooms.some((name) => sameRoom(name, room))),
      ),
    ]
    const distinct = stray.filter((room, index) => stray.findIndex((other) => sameRoom(other, room)) === index)
    const roomless = own.some((screening) => !nfc(screening.room))
    const rooms: (string | null)[] = venue.rooms.length
      ? [...venue.rooms, ...distinct, ...(roomless ? [null] : [])]
      : [null, ...distinct]
    return rooms.map((room) => ({
      key: `${venue.id}:${room ?? ''}`,
      venue,
      room,
      label: room ? `${venue.name} · ${room}` : venue.name,
    }))
  })
}

const rowHolds = (row: Row, screening: PlannerScreening) =>
  screening.venue === row.venue.id && (row.room === null ? !nfc(screening.room) : sameRoom(screening.room, row.room))

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))

export function buildGrid({
  edition,
  venues,
  screenings,
}: {
  edition: PlannerEdition
  venues: PlannerVenue[]
  screenings: PlannerScreening[]
}): Grid {
  const first = utcToZoned(edition.startDate).date
  const last = utcToZoned(edition.endDate).date
  const overlaps = findOverlaps(screenings)
  const placed = screenings.map((screening) => {
    const end = endOf(screening)
    const from = utcToZoned(screening.start)
    return { screening, end, day: from.date, from: from.time, until: utcToZoned(end).time }
  })
  const outsideDays = placed.map(({ day }) => day).filter((day) => day < first || day > last)
  const dates = [...new Set([...daysBetween(first, last), ...outsideDays])].sort()

  // Hours shown: 10:00 to midnight, wider when a screening starts earlier or ends later the same day.
  const earliest = Math.min(FIRST_HOUR, ...placed.map(({ from }) => Math.floor(minutesOf(from) / 60)))
  const latest = Math.max(
    LAST_HOUR,
    ...placed.map(({ from, until }) => (until < from ? 24 : Math.ceil(minutesOf(until) / 60))),
  )
  const hours = Array.from({ length: latest - earliest }, (_, index) => earliest + index)
  const span = (latest - earliest) * 60

  const rows = rowsOf(venues, screenings)
  const days: Day[] = dates.map((date) => ({
    date,
    outsideEdition: date < first || date > last,
    rows: rows.map((row) => ({
      row,
      blocks: placed
        .filter(({ screening, day }) => day === date && rowHolds(row, screening))
        .map(({ screening, end, from, until }) => {
          const startMinute = minutesOf(from) - earliest * 60
          const endMinute = until <= from ? span : Math.min(span, minutesOf(until) - earliest * 60)
          return {
            ...screening,
            end,
            from,
            until,
            overlaps: overlaps.get(screening.id) ?? [],
            outsideEdition: date < first || date > last,
            left: (startMinute / span) * 100,
            width: (Math.max(15, endMinute - startMinute) / span) * 100,
          }
        }),
      slots: hours.flatMap((hour) => {
        const instant = hour < 24 ? zonedToUtc(date, `${String(hour).padStart(2, '0')}:00`) : null
        return instant && 'instant' in instant ? [{ hour, start: instant.instant.toISOString() }] : []
      }),
    })),
  }))
  return {
    hours,
    days,
    conflicts: overlaps.size,
    outside: placed.filter(({ day }) => day < first || day > last).length,
  }
}
