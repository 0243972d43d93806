/**
 * Import = plan + writes in one database transaction: committed only when
 * no row is rejected, so a file goes in whole or not at all. A dry run is
 * the same run rolled back, so it also reports what only the collection's
 * own validation knows (overlapping screenings, for one). Each written
 * screening is a publication event, emitted after the commit and never for a
 * rolled-back run (src/publication/afterCommit.ts): expiring inside the
 * transaction would let a visit re-cache the old programme before the new
 * one is visible.
 */
import { APIError, ValidationError, type Payload, type RequestContext } from 'payload'

import type { User } from '@/payload-types'

import type { Problem } from './csv'
import type { Column } from './format'
import { asCaller, type Caller } from './lookups'
import { planImport, type Plan, type PlannedRow } from './plan'

export type ImportResult = { plan: Plan; written: boolean }

/** Rows refused while writing are found one run at a time (Payload ends the transaction on an error); past this many, stop. */
export const MAX_WRITE_REJECTS = 10

const COLUMN_OF_FIELD: Record<string, Column> = {
  film: 'film',
  venue: 'venue',
  room: 'room',
  edition: 'edition',
  start: 'time',
  end: 'end_time',
  status: 'status',
  previousStart: 'status',
  version: 'version',
  audioLanguage: 'audio_language',
  subtitles: 'subtitles',
  labels: 'labels',
  ticketUrl: 'ticket_url',
  ticketAvailability: 'ticket_availability',
  ticketsOnSale: 'tickets_on_sale',
  prices: 'prices',
}

/** A refusal from Payload (validation, access) as the row's problems; anything else is a real failure and is rethrown. */
function problemsOf(error: unknown, row: number): Problem[] | null {
  if (error instanceof ValidationError) {
    return error.data.errors.map((e) => ({ row, column: COLUMN_OF_FIELD[e.path.split('.')[0]], reason: e.message }))
  }
  if (error instanceof APIError && error.status < 500) return [{ row, reason: error.message }]
  return null
}

/** Writes one planned row. */
async function write(caller: Caller, planned: PlannedRow): Promise<void> {
  const { payload } = caller
  const access = asCaller(caller)
  if (planned.create) {
    const doc = await payload.create({ collection: 'screenings', ...access, draft: false, data: planned.create })
    planned.id = doc.id
  } else if (planned.update && planned.id !== undefined) {
    await payload.update({ collection: 'screenings', id: planned.id, ...access, draft: false, data: planned.update })
  }
}

type Run = { plan: Plan } | { refused: Problem[]; row: number }

/** One transaction's worth: the plan, then every planned row but `skip`. Stops at the first row Payload refuses. */
async function run(caller: Caller, input: string | Uint8Array, skip: Set<number>): Promise<Run> {
  const plan = await planImport(caller, input)
  plan.rows = plan.rows.filter((row) => !skip.has(row.row))
  for (const planned of plan.rows) {
    try {
      await write(caller, planned)
    } catch (error) {
      const refused = problemsOf(error, planned.row)
      if (!refused) throw error
      return { refused, row: planned.row }
    }
  }
  return { plan }
}

export type ImportOptions = {
  payload: Payload
  user: User
  input: string | Uint8Array
  dryRun: boolean
  /** The request's context: where expired tags are reported (`expiredTags`). */
  context?: RequestContext
}

/** Plans and writes a file; commits only when it is not a dry run and nothing was rejected. */
export async function importProgramme({
  payload,
  user,
  input,
  dryRun,
  context = {},
}: ImportOptions): Promise<ImportResult> {
  const refused: Problem[] = []
  const skip = new Set<number>()
  for (;;) {
    const transactionID = await payload.db.beginTransaction()
    if (transactionID === null)
      throw new Error('The database adapter has no transactions: an import could be half-written, so it is refused.')
    // Every Local API call gets this req, so reads and writes share the transaction.
    const caller: Caller = { payload, user, req: { transactionID, context } }
    let committed = false
    try {
      const result = await run(caller, input, skip)
      if ('refused' in result) {
        refused.push(...result.refused)
        skip.add(result.row)
        if (skip.size < MAX_WRITE_REJECTS) continue
        const stop = {
          row: result.row,
          reason: `Stopped checking after ${MAX_WRITE_REJECTS} rows refused while saving: fix these and try again.`,
        }
        return { plan: { rows: [], rejects: [...refused, stop] }, written: false }
      }
      const { plan } = result
      plan.rejects = [...plan.rejects, ...refused].sort((a, b) => a.row - b.row)
      if (dryRun || plan.rejects.length) {
        // Ids handed out in a transaction that is rolled back mean nothing.
        for (const row of plan.rows) if (row.action === 'create') delete row.id
        return { plan, written: false }
      }
      await payload.db.commitTransaction(transactionID)
      committed = true
      return { plan, written: true }
    } finally {
      // Payload has already rolled back after a refused write; a second rollback is a no-op.
      if (!committed) await payload.db.rollbackTransaction(transactionID)
    }
  }
}
