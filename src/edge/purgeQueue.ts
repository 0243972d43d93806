import type { Logger } from 'pino'

import { PurgeError, type EdgePurger } from './purger'

export type QueueOptions = {
  logger: Pick<Logger, 'info' | 'warn' | 'error'>
  /** First retry after this long, doubling each time up to maxDelayMs. */
  baseDelayMs?: number
  maxDelayMs?: number
  /**
   * Keys still failing this long after first asked are dropped, with an
   * error: by then every answer carrying them has expired in the cache
   * anyway (the shared TTL, src/edge/headers.ts).
   */
  giveUpAfterMs: number
}

export type PurgeQueue = {
  /** Purges `keys` as soon as possible (merged with any keys still waiting). */
  request: (keys: string[]) => void
  /** Resolves when nothing is waiting or being sent (tests, shutdown). */
  idle: () => Promise<void>
}

/**
 * Sends one cache's purges one request at a time; keys asked for while one
 * is in flight go in the next. A failed purge is logged and retried with
 * exponential backoff (or after the Retry-After the API gave), never
 * dropped silently.
 */
export function purgeQueue(
  purger: EdgePurger,
  { logger, baseDelayMs = 1_000, maxDelayMs = 60_000, giveUpAfterMs }: QueueOptions,
): PurgeQueue {
  /** Waiting keys, with when each was first asked for. */
  const pending = new Map<string, number>()
  let running: Promise<void> | null = null
  const waiters: (() => void)[] = []

  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref())

  async function drain(): Promise<void> {
    let failures = 0
    while (pending.size > 0) {
      const batch = new Map(pending)
      pending.clear()
      const keys = [...batch.keys()]
      try {
        await purger.purge(keys)
        if (failures > 0)
          logger.info(
            { purger: purger.name, keys: keys.length, attempts: failures + 1 },
            'edge purge succeeded after retrying',
          )
        failures = 0
      } catch (error) {
        failures += 1
        const now = Date.now()
        const expired = keys.filter((key) => now - (batch.get(key) ?? now) >= giveUpAfterMs)
        for (const key of keys) if (!expired.includes(key) && !pending.has(key)) pending.set(key, batch.get(key) ?? now)
        if (expired.length) {
          logger.error(
            { purger: purger.name, keys: expired, err: error },
            'edge purge gave up: answers carrying these keys were stale until the cache expired them',
          )
        }
        if (pending.size === 0) continue
        const delay =
          error instanceof PurgeError && error.retryAfterMs
            ? error.retryAfterMs
            : Math.min(maxDelayMs, baseDelayMs * 2 ** (failures - 1))
        logger.warn(
          {
            purger: purger.name,
            keys: keys.slice(0, 20),
            keyCount: keys.length,
            attempt: failures,
            retryInMs: delay,
            err: error,
          },
          'edge purge failed: pages may be stale until it succeeds; retrying',
        )
        await sleep(delay)
      }
    }
  }

  function request(keys: string[]): void {
    const now = Date.now()
    for (const key of keys) if (!pending.has(key)) pending.set(key, now)
    if (running || pending.size === 0) return
    running = drain()
      .catch((error: unknown) => logger.error({ purger: purger.name, err: error }, 'edge purge queue failed'))
      .finally(() => {
        running = null
        // Keys asked for between the loop's last check and here.
        if (pending.size > 0) request([])
        else for (const wake of waiters.splice(0)) wake()
      })
  }

  return {
    request,
    idle: () => (running || pending.size ? new Promise<void>((resolve) => waiters.push(resolve)) : Promise.resolve()),
  }
}
