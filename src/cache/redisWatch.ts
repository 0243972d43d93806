import { createClient } from 'redis'

import { reconnectStrategy, redactedUrl } from './redisCacheOptions'

export type RedisWatch = {
  /** Redis answered on the watch connection and has not failed since. */
  readonly up: boolean
  /** An operation failed although the connection looked fine: logs once until Redis is back. */
  failed: (what: string, error: unknown) => void
  close: () => Promise<void>
}

type WatchClient = ReturnType<typeof createClient>

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * The key-event subscriptions of the cache library need `notify-keyspace-events`
 * with E, x and e. Adds what is missing when Redis allows CONFIG; managed
 * services often refuse it, and then the library is told to skip its own check
 * (which would fail every cache call) and the operator has to set it.
 */
async function ensureKeyspaceEvents(client: WatchClient): Promise<void> {
  try {
    const current = (await client.configGet('notify-keyspace-events'))['notify-keyspace-events'] ?? ''
    const hasEvents =
      current.includes('E') && (current.includes('A') || (current.includes('x') && current.includes('e')))
    if (hasEvents) return
    const wanted = [...new Set(`${current}Exe`)].join('')
    await client.configSet('notify-keyspace-events', wanted)
    console.warn(`[cache] Redis notify-keyspace-events was "${current}": set to "${wanted}"`)
  } catch (error) {
    process.env.SKIP_KEYSPACE_CONFIG_CHECK = 'true'
    console.warn(
      `[cache] cannot check or set Redis notify-keyspace-events (${message(error)}): set it to Exe on the server, or expired keys stay in the tag index`,
    )
  }
}

/**
 * One connection that only watches whether Redis answers, so cache calls can
 * skip Redis at once in an outage instead of waiting on the library (whose
 * calls wait up to 30 s for its first sync). Logs one line when Redis goes
 * away and one when it is back; `onUp` runs on every (re)connection.
 */
export function watchRedis(url: string, onUp: () => void): RedisWatch {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    pingInterval: 5_000,
    socket: { connectTimeout: 2_000, reconnectStrategy },
  })
  let up = false
  let down = false
  const wentDown = (reason: string) => {
    up = false
    if (down) return
    down = true
    console.error(
      `[cache] Redis unavailable at ${redactedUrl(url)} (${reason}): no shared cache, pages render on each request until it is back`,
    )
  }
  const cameUp = () =>
    ensureKeyspaceEvents(client)
      .then(onUp)
      .then(() => {
        if (down) console.warn(`[cache] Redis at ${redactedUrl(url)} is back: shared cache on`)
        down = false
        up = true
      })
  client.on('error', (error: unknown) => wentDown(message(error)))
  client.on('ready', () => void cameUp().catch((error: unknown) => wentDown(message(error))))
  // After a failed operation on a connection that looks fine, try again in a while rather than never.
  const recheck = () => {
    setTimeout(() => void client.ping().then(cameUp).catch(recheck), 5_000).unref()
  }
  // Failures arrive as 'error' events and the client keeps reconnecting.
  client.connect().catch(() => undefined)
  return {
    get up() {
      return up
    },
    failed: (what, error) => {
      const wasUp = up
      wentDown(`${what}: ${message(error)}`)
      if (wasUp) recheck()
    },
    close: async () => {
      await client.disconnect()
    },
  }
}
