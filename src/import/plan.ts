/**
 * What a file would do: for each row, create, update, unchanged or reject,
 * decided against the database as the caller sees it. Writes nothing.
 */
import type { RequiredDataFromCollectionSlug } from 'payload'

import { resolveRoom } from '@/collections/Screenings/rooms'
import { FESTIVAL_TIME_ZONE } from '@/lib/festivalTime'
import { idOf } from '@/lib/relations'
import type { Screening } from '@/payload-types'

import { columnsOf, current, DEFAULTS, differences, toData, wanted, type ScreeningData, type Settable } from './compare'
import { readTable, type Problem } from './csv'
import { asCaller, loadLookups, resolveFilm, resolveVenue, type Caller, type EditionRef, type Lookups } from './lookups'
import { parseRow, type ImportRow } from './rows'

export type Action = 'create' | 'update' | 'unchanged'

/** What identifies a row to a programmer reading the report. */
export type RowIdentity = Pick<ImportRow, 'row' | 'film' | 'venue' | 'room' | 'date' | 'time' | 'start'>

export type PlannedRow = RowIdentity & {
  action: Action
  /** The screening updated or left unchanged (set on created ones once written). */
  id?: number
  /** Columns that differ; `_status` when a pending draft gets published. */
  changes?: string[]
  /** Payload data to write. */
  create?: RequiredDataFromCollectionSlug<'screenings'>
  update?: ScreeningData
  previous?: Screening
}

export type Plan = { rows: PlannedRow[]; rejects: Problem[] }

/** Film, venue, room and start instant: what makes two screenings the same one. */
const keyOf = (film: number, venue: number, room: string | null, start: string) =>
  `${film}|${venue}|${room ?? ''}|${new Date(start).getTime()}`

type Matched = {
  row: ImportRow
  film: { id: number; slug: string }
  venue: { id: number; slug: string }
  room: string | null
  edition?: EditionRef
  key: string
}

const currentEdition = (lookups: Lookups) =>
  lookups.currentEdition === null ? undefined : lookups.editionsById.get(lookups.currentEdition)

/** Names → ids; every problem of a row is reported, not just the first. */
function match(row: ImportRow, lookups: Lookups): Matched | Problem[] {
  const problems: Problem[] = []
  const film = resolveFilm(lookups, row.film)
  if (!film.ok) problems.push({ row: row.row, column: 'film', reason: film.reason })
  const venue = resolveVenue(lookups, row.venue)
  if (!venue.ok) problems.push({ row: row.row, column: 'venue', reason: venue.reason })
  const room = venue.ok ? resolveRoom(venue.ref, row.room) : null
  if (room && !room.ok) problems.push({ row: row.row, column: 'room', reason: room.reason })
  let edition: EditionRef | undefined
  if (row.edition) {
    edition = lookups.editions.get(row.edition)
    if (!edition) problems.push({ row: row.row, column: 'edition', reason: `No edition with slug "${row.edition}".` })
  } else if (row.edition === null) {
    edition = currentEdition(lookups)
    if (!edition)
      problems.push({
        row: row.row,
        column: 'edition',
        reason: 'Empty, and the site has no current edition: give the edition slug.',
      })
  }
  if (problems.length || !film.ok || !venue.ok || !room?.ok) return problems
  return {
    row,
    film: film.ref,
    venue: venue.ref,
    room: room.ref,
    edition,
    key: keyOf(film.ref.id, venue.ref.id, room.ref, row.start),
  }
}

/** The latest version (drafts included) of every screening starting when the file's rows do. */
async function existingByKey(caller: Caller, rows: Matched[]): Promise<Map<string, Screening[]>> {
  const byKey = new Map<string, Screening[]>()
  if (rows.length === 0) return byKey
  const starts = rows.map((m) => m.row.start).sort()
  const found = await caller.payload.find({
    collection: 'screenings',
    ...asCaller(caller),
    draft: true,
    depth: 0,
    pagination: false,
    where: { start: { greater_than_equal: starts[0], less_than_equal: starts[starts.length - 1] } },
  })
  for (const doc of found.docs) {
    const key = keyOf(idOf(doc.film) ?? 0, idOf(doc.venue) ?? 0, doc.room?.trim() || null, doc.start)
    byKey.set(key, [...(byKey.get(key) ?? []), doc])
  }
  return byKey
}

function decide(m: Matched, existing: Screening[], lookups: Lookups): PlannedRow | Problem {
  const { row } = m
  const base = {
    row: row.row,
    film: m.film.slug,
    venue: m.venue.slug,
    room: m.room,
    date: row.date,
    time: row.time,
    start: row.start,
  }
  if (existing.length > 1) {
    return {
      row: row.row,
      reason: `Matches ${existing.length} screenings already (ids ${existing.map((s) => s.id).join(', ')}): remove the duplicates in the admin first.`,
    }
  }
  const want = wanted(row, m.edition?.id)
  const previous = existing[0]
  const edition =
    m.edition ?? (previous ? lookups.editionsById.get(idOf(previous.edition) ?? 0) : currentEdition(lookups))
  // The collection refuses it too; said here, every such row is reported at once.
  if (edition && (row.date < edition.firstDay || row.date > edition.lastDay)) {
    return {
      row: row.row,
      column: 'date',
      reason: `${row.date} is outside ${edition.name} (${edition.firstDay} to ${edition.lastDay}).`,
    }
  }
  if (!previous) {
    if (want.status === 'rescheduled')
      return {
        row: row.row,
        column: 'status',
        reason:
          'A new screening cannot be "rescheduled" (it needs its previous time): import it as scheduled, then reschedule it in the admin.',
      }
    if (!edition)
      return {
        row: row.row,
        column: 'edition',
        reason: 'No edition column and no current edition on the site: give the edition slug.',
      }
    const defaults: Settable = { ...DEFAULTS, edition: edition.id }
    const create: RequiredDataFromCollectionSlug<'screenings'> = {
      ...toData(want, Object.keys(defaults) as (keyof Settable)[], defaults),
      film: m.film.id,
      venue: m.venue.id,
      edition: edition.id,
      room: m.room,
      start: row.start,
      start_tz: FESTIVAL_TIME_ZONE,
      status: want.status ?? defaults.status,
      _status: 'published',
    }
    return { ...base, action: 'create', create }
  }
  if (want.status === 'rescheduled' && previous.status !== 'rescheduled') {
    return {
      row: row.row,
      column: 'status',
      reason: '"rescheduled" needs the previous time: reschedule the screening in the admin.',
    }
  }
  const have = current(previous)
  const keys = differences(want, have)
  const publish = previous._status !== 'published'
  if (keys.length === 0 && !publish) return { ...base, action: 'unchanged', id: previous.id }
  const update: ScreeningData = { ...toData(want, keys, have), _status: 'published' }
  return {
    ...base,
    action: 'update',
    id: previous.id,
    changes: [...columnsOf(keys), ...(publish ? ['_status'] : [])],
    update,
    previous,
  }
}

/** Builds the plan of a CSV file (string or bytes). */
export async function planImport(caller: Caller, input: string | Uint8Array): Promise<Plan> {
  const read = readTable(input)
  if (!read.ok) return { rows: [], rejects: [read.problem] }
  const rejects: Problem[] = [...read.table.problems]
  const valid: ImportRow[] = []
  for (const raw of read.table.rows) {
    const parsed = parseRow(raw)
    if (parsed.ok) valid.push(parsed.value)
    else rejects.push(...parsed.problems)
  }

  const lookups = await loadLookups(caller)
  const matched: Matched[] = []
  const firstRowOf = new Map<string, number>()
  for (const row of valid) {
    const m = match(row, lookups)
    if (Array.isArray(m)) {
      rejects.push(...m)
      continue
    }
    const first = firstRowOf.get(m.key)
    if (first !== undefined) {
      rejects.push({
        row: row.row,
        reason: `Same screening as row ${first} (film, venue, room, date and time): a file lists each screening once.`,
      })
      continue
    }
    firstRowOf.set(m.key, row.row)
    matched.push(m)
  }

  const existing = await existingByKey(caller, matched)
  const rows: PlannedRow[] = []
  for (const m of matched) {
    const decided = decide(m, existing.get(m.key) ?? [], lookups)
    if ('action' in decided) rows.push(decided)
    else rejects.push(decided)
  }
  // A row with problems in raw cells is rejected once per problem, never also planned.
  const rejected = new Set(rejects.map((problem) => problem.row))
  return { rows: rows.filter((row) => !rejected.has(row.row)), rejects: rejects.sort((a, b) => a.row - b.row) }
}
