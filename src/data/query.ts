import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'

import { isDatabaseUnreachable, noteDatabaseFailure } from '@/db/outage'
import { singleFlight } from '@/lib/singleFlight'

import { payloadClient, readOptions, type ReadContext, type ReadOptions } from './client'
import { expiryGeneration } from './expiry'

/** A page whose read failed for lack of a database answers 503, not 500 (src/ops/pageOutage.ts). */
function noteIfDatabaseIsAway(error: unknown): never {
  if (isDatabaseUnreachable(error)) noteDatabaseFailure()
  throw error
}

type Run<Args extends unknown[], Result> = (payload: Payload, read: ReadOptions, ...args: Args) => Promise<Result>

/**
 * A data-access function: `run` reads through the Local API, `tags` says what
 * it depends on. Visitors' reads are cached under those tags (and so is every
 * page that makes them); previews read drafts uncached. `run` and `tags` stay
 * reachable for tests.
 */
export function defineQuery<Args extends unknown[], Result>(name: string, tags: (...args: Args) => string[], run: Run<Args, Result>) {
  const query = async (ctx: ReadContext, ...args: Args): Promise<Result> => {
    const payload = await payloadClient()
    const read = readOptions(ctx)
    // Outside a Next server (scripts, tests) there is no cache to read from or expire.
    if (ctx.draft || !process.env.NEXT_RUNTIME) return run(payload, read, ...args)
    const key = [name, ctx.locale, JSON.stringify(args)]
    const shared = () => readOnce(`${expiryGeneration()}\n${key.join('\n')}`, () => run(payload, read, ...args))
    return unstable_cache(shared, key, { tags: tags(...args) })().catch(noteIfDatabaseIsAway)
  }
  // After a publish, the pages showing the change render at once and miss the
  // same entries (home and programme both read the edition's 600
  // screenings): one read per key and process, shared, but never one begun
  // before the last expiry. Results are never mutated.
  const readOnce = singleFlight<Result>()
  return Object.assign(query, { queryName: name, tags, run })
}
