/**
 * Between load runs: autocannon stops at the deadline, but the server still
 * answers the requests it had in flight (with 50 connections on a slow page,
 * seconds of work). The next run, or a counted request, must not inherit it.
 */
import { setTimeout as sleep } from 'node:timers/promises'

import { get } from './http'
import type { QueryCounter } from './queries'

const FAST_MS = 50
const MAX_MS = 30_000

/** Waits until the database is quiet and two probes in a row (a small public file) answer fast. */
export async function drain(probeUrl: string, queries: QueryCounter): Promise<void> {
  const deadline = performance.now() + MAX_MS
  let fast = 0
  while (fast < 2 && performance.now() < deadline) {
    await sleep(100)
    const { ms } = await get(probeUrl)
    fast = ms < FAST_MS ? fast + 1 : 0
  }
  await queries.settle()
}
