/**
 * Purging the caches in front of the app when something published changes:
 * the adapters the environment configures, each behind its own retrying
 * queue, and the publication subscriber that feeds them.
 */
import { env, type Env } from '@/env'
import { log } from '@/lib/log'
import type { PublicationSubscriber } from '@/publication/events'

import { cloudflarePurger } from './adapters/cloudflare'
import { fastlyPurger } from './adapters/fastly'
import { varnishPurger } from './adapters/varnish'
import { SHARED_TTL_SECONDS } from './headers'
import { purgeKeys } from './keys'
import type { EdgePurger } from './purger'
import { purgeQueue, type PurgeQueue } from './purgeQueue'

/** The caches the environment names (none: nothing to purge). */
export function configuredPurgers(
  settings: Pick<
    Env,
    | 'VARNISH_PURGE_URLS'
    | 'CLOUDFLARE_ZONE_ID'
    | 'CLOUDFLARE_API_TOKEN'
    | 'CLOUDFLARE_API_URL'
    | 'FASTLY_SERVICE_ID'
    | 'FASTLY_API_TOKEN'
    | 'FASTLY_API_URL'
    | 'EDGE_SOFT_PURGE'
  >,
): EdgePurger[] {
  const soft = settings.EDGE_SOFT_PURGE
  const varnish = (settings.VARNISH_PURGE_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean)
    .map((url) => varnishPurger(url, { soft }))
  const cloudflare =
    settings.CLOUDFLARE_ZONE_ID && settings.CLOUDFLARE_API_TOKEN
      ? [
          cloudflarePurger({
            apiUrl: settings.CLOUDFLARE_API_URL,
            zoneId: settings.CLOUDFLARE_ZONE_ID,
            token: settings.CLOUDFLARE_API_TOKEN,
          }),
        ]
      : []
  const fastly =
    settings.FASTLY_SERVICE_ID && settings.FASTLY_API_TOKEN
      ? [
          fastlyPurger({
            apiUrl: settings.FASTLY_API_URL,
            serviceId: settings.FASTLY_SERVICE_ID,
            token: settings.FASTLY_API_TOKEN,
            soft,
          }),
        ]
      : []
  return [...varnish, ...cloudflare, ...fastly]
}

// One set of queues per process, whichever route bundle loaded this module.
const QUEUES = Symbol.for('filmweek.edgePurgeQueues')
const state = globalThis as typeof globalThis & { [QUEUES]?: PurgeQueue[] }

function queues(): PurgeQueue[] {
  state[QUEUES] ??= configuredPurgers(env()).map((purger) =>
    purgeQueue(purger, { logger: log, giveUpAfterMs: SHARED_TTL_SECONDS * 1_000 }),
  )
  return state[QUEUES]
}

/**
 * Purges the answers built from `tags` from every configured cache. The
 * publication bus calls it after this instance's own caches were expired, and
 * reads that overlapped the event are read again (src/publication/log.ts), so
 * what the edge fetches next is current.
 */
export function purgeEdge(tags: string[]): void {
  const keys = purgeKeys(tags)
  const targets = queues()
  if (keys.length === 0 || targets.length === 0) return
  for (const queue of targets) queue.request(keys)
}

/** The publication pipeline's subscriber: an event's tags leave every cache in front. */
export const purgeEdgeOnPublication: PublicationSubscriber = (event) => purgeEdge(event.tags)
