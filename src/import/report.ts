/** The JSON answer of an import: counts, then one entry per row in file order. */
import type { ImportResult } from './apply'
import type { Action, PlannedRow } from './plan'

export type ReportRow =
  | Pick<PlannedRow, 'row' | 'action' | 'id' | 'film' | 'venue' | 'room' | 'date' | 'time' | 'start' | 'changes'>
  /** A row with several problems is listed once per problem. */
  | { row: number; action: 'reject'; column?: string; reason: string }

export type ImportReport = {
  dryRun: boolean
  /** False on a dry run, and whenever anything was rejected: then nothing was written. */
  written: boolean
  /** Rows per outcome; `reject` counts rows, not problems. */
  summary: Record<Action | 'reject', number>
  rows: ReportRow[]
}

export function toReport({ plan, written }: ImportResult, dryRun: boolean): ImportReport {
  const planned: ReportRow[] = plan.rows.map(({ row, action, id, film, venue, room, date, time, start, changes }) => ({
    row,
    action,
    ...(id !== undefined ? { id } : {}),
    film,
    venue,
    room,
    date,
    time,
    start,
    ...(changes ? { changes } : {}),
  }))
  const rejected: ReportRow[] = plan.rejects.map(({ row, column, reason }) => ({
    row,
    action: 'reject',
    ...(column ? { column } : {}),
    reason,
  }))
  const count = (action: Action) => plan.rows.filter((row) => row.action === action).length
  return {
    dryRun,
    written,
    summary: {
      create: count('create'),
      update: count('update'),
      unchanged: count('unchanged'),
      reject: new Set(plan.rejects.map((r) => r.row)).size,
    },
    // Stable sort: a row's problems stay in column order.
    rows: [...planned, ...rejected].sort((a, b) => a.row - b.row),
  }
}
