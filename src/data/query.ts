import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'

import { isDatabaseUnreachable, noteDatabaseFailure } from '@/db/outage'
import { singleFlight } from '@/lib/singleFlight'
import { lastSeq, touchedSince } from '@/publication/log'

import { payloadClient, readOptions, type ReadContext, type ReadOptions } from './client'

/** A page whose read failed for lack of a database answers 503, not 500 (src/ops/pageOutage.ts). */
function noteIfDatabaseIsAway(error: unknown): never {
  if (isDatabaseUnreachable(error)) noteDatabaseFailure()
  throw error
}

type Run<Args extends unknown[], Result> = (payload: Payload, read: ReadOptions, ...args: Args) => Promise<Result>

/** Reads again when a publication touched the read's tags while it ran; a few times at most, under a stream of publishes. */
const MAX_READS = 3

/**
 * A data-access function: `run` reads through the Local API, `tags` says what
 * it depends on. Visitors' reads are cached under those tags (and so is every
 * page that makes them); previews read drafts uncached. `run` and `tags` stay
 * reachable for tests.
 */
export function defineQuery<Args extends unknown[], Result>(
  name: string,
  tags: (...args: Args) => string[],
  run: Run<Args, Result>,
) {
  const query = async (ctx: ReadContext, ...args: Args): Promise<Result> => {
    const payload = await payloadClient()
    const read = readOptions(ctx)
    // Outside a Next server (scripts, tests) there is no cache to read from or expire.
    if (ctx.draft || !process.env.NEXT_RUNTIME) return run(payload, read, ...args)
    const key = [name, ctx.locale, JSON.stringify(args)]
    const names = tags(...args)
    const shared = async () => {
      let result: Result
      let reads = 0
      let seq: number
      // A read that overlapped a publication touching it may hold the rows from before: it is
      // not cached as current (the expiry it raced would be undone), but read again.
      do {
        seq = lastSeq()
        result = await readOnce(`${seq}\n${key.join('\n')}`, () => run(payload, read, ...args))
      } while (touchedSince(seq, names) && ++reads < MAX_READS)
      return result
    }
    return unstable_cache(shared, key, { tags: names })().catch(noteIfDatabaseIsAway)
  }
  // After a publish, the pages showing the change render at once and miss the
  // same entries (home and programme both read the edition's 600
  // screenings): one read per key and process, shared, but never one begun
  // before the last publication event. Results are never mutated.
  const readOnce = singleFlight<Result>()
  return Object.assign(query, { queryName: name, tags, run })
}
