import type { Payload, PayloadRequest } from 'payload'

import { log } from '@/lib/log'

type Work = () => Promise<void>
type Pending = Map<string, Work[]>

// Shared by every route bundle of the process (see log.ts), like the database adapter it wraps.
const KEY = Symbol.for('filmweek.afterCommit')
const pending: Pending = ((globalThis as typeof globalThis & { [KEY]?: Pending })[KEY] ??= new Map())
const WRAPPED = Symbol.for('filmweek.afterCommit.wrapped')

async function runAll(works: Work[] | undefined): Promise<void> {
  for (const work of works ?? []) {
    try {
      await work()
    } catch (error) {
      log.error({ err: error }, 'publication: work after a commit failed')
    }
  }
}

/**
 * Runs `work` once the request's transaction has committed, and never if it
 * rolls back: collection hooks run inside the transaction, and an event
 * announced there could name a change that is then undone, or reach a reader
 * who still reads the old rows. Without a transaction, at once (and the
 * returned promise is the work's); with one, it resolves once registered.
 * The commit (and so the answer to the write) waits for the work: a
 * visitor's first request after the write's answer already sees the change.
 */
export async function afterCommit(req: Pick<PayloadRequest, 'transactionID' | 'payload'>, work: Work): Promise<void> {
  const id = req.transactionID === undefined ? undefined : await req.transactionID
  if (id === undefined || id === null || !(req.payload.db as { [WRAPPED]?: boolean })[WRAPPED]) return work()
  const key = String(id)
  pending.set(key, [...(pending.get(key) ?? []), work])
}

/** Payload's onInit: hooks the database adapter's commit and rollback. */
export function runWorkAfterCommits(payload: Payload): void {
  const db = payload.db as typeof payload.db & { [WRAPPED]?: boolean }
  if (db[WRAPPED]) return
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  db.commitTransaction = async (id) => {
    const key = String(await id)
    await commit(id)
    const works = pending.get(key)
    pending.delete(key)
    await runAll(works)
  }
  db.rollbackTransaction = async (id) => {
    pending.delete(String(await id))
    await rollback(id)
  }
  db[WRAPPED] = true
}
