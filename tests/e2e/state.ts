import fs from 'node:fs'

import type { Database } from '../support/database'
import { stop, type Spawned } from '../support/processes'

type State = { database?: Database; server?: Spawned; release?: () => void; runtimeCaches?: string[] }

// Global setup and teardown run in Jest's main process but load this module
// separately: share what they started through globalThis.
const shared = globalThis as { __E2E__?: State }
export const state: State = (shared.__E2E__ ??= {})

export function clearCaches(dirs: string[]): void {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true })
}

/** Stops the server's process group and the database, clears Next's run-time caches. Safe to call twice. */
export async function stopAll(): Promise<void> {
  const { server, database, release, runtimeCaches = [] } = state
  state.server = state.database = state.release = state.runtimeCaches = undefined
  const started = Date.now()
  if (server) await stop(server)
  release?.()
  await database?.stop()
  // What was cached from the throw-away database must not outlive it.
  clearCaches(runtimeCaches)
  if (server || database)
    console.log(`[e2e] server and database stopped: ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
