import type { Payload } from 'payload'

const LOG_EVERY_MS = 30_000

/**
 * node-postgres re-emits an idle connection's error (the server restarted or
 * went away) on the pool, and an unheard 'error' event ends the process. The
 * pool replaces dead connections by itself once the server is back; this
 * only notes the loss, at most every 30 seconds.
 */
export function keepRunningWhenTheDatabaseDrops(payload: Payload): void {
  let lastLogged = 0
  payload.db.pool.on('error', (error) => {
    if (Date.now() - lastLogged < LOG_EVERY_MS) return
    lastLogged = Date.now()
    payload.logger.warn({ msg: `Database connection lost (${error.message}); reconnecting on the next query.` })
  })
}
