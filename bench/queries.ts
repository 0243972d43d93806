/** The bench's side of the SQL-counting proxy (bench/sqlProxy.ts). */
import { setTimeout as sleep } from 'node:timers/promises'

import { startHelper, type Spawned } from '../tests/support/processes'
import type { Counts } from './sqlProxy'

export type QueryCounter = {
  /** DATABASE_URL for the server: the same database, through the proxy. */
  url: string
  spawned: Spawned
  counts: () => Promise<Counts>
  /**
   * Statements sent while `work` ran, and until the app has been quiet for a
   * moment (work after the response counts too). Waits for quiet first: a
   * load run that just ended leaves requests the server is still answering.
   */
  during: <T>(work: () => Promise<T>) => Promise<{ result: T; statements: number }>
  /** Resolves once no statement has been sent for a moment (or after a few seconds). */
  settle: () => Promise<void>
}

const QUIET_MS = 150
const MAX_WAIT_MS = 10_000

export async function startQueryCounter(databaseUrl: string, cwd: string, log: string): Promise<QueryCounter> {
  const target = new URL(databaseUrl)
  const { spawned, port } = await startHelper('sql proxy', 'bench/sqlProxy.ts', {
    cwd,
    env: { ...process.env, BENCH_PG_TARGET: `${target.hostname}:${target.port || 5432}` },
    log,
  })
  const child = spawned.child
  const counts = () =>
    new Promise<Counts>((resolve) => {
      const onMessage = (message: { type?: string } & Partial<Counts>) => {
        if (message.type !== 'count') return
        child.off('message', onMessage)
        resolve({ statements: message.statements ?? 0, connections: message.connections ?? 0 })
      }
      child.on('message', onMessage)
      child.send({ type: 'count' })
    })
  /** The statement count once it has stopped moving. */
  const quiet = async () => {
    let last = (await counts()).statements
    for (const deadline = Date.now() + MAX_WAIT_MS; Date.now() < deadline;) {
      await sleep(QUIET_MS)
      const now = (await counts()).statements
      if (now === last) break
      last = now
    }
    return last
  }
  const during = async <T>(work: () => Promise<T>) => {
    const before = await quiet()
    const result = await work()
    return { result, statements: (await quiet()) - before }
  }
  const url = new URL(databaseUrl)
  url.hostname = '127.0.0.1'
  url.port = String(port)
  return { url: url.toString(), spawned, counts, during, settle: async () => void (await quiet()) }
}
