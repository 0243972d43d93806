import crypto from 'node:crypto'
import path from 'node:path'

import type { Payload } from 'payload'
import { createClient } from 'redis'

import { cacheKeyPrefix, reconnectStrategy } from '@/cache/redisCacheOptions'
import { env } from '@/env'
import { log } from '@/lib/log'

import type { PublicationEvent } from './events'
import type { Scope } from './scope'
import { everyInstance, once } from './subscribers'

type Client = ReturnType<typeof createClient>
type Bus = { instance: string; publisher?: Client; listening?: boolean }

// One connection pair per process, whichever route bundle emits.
const KEY = Symbol.for('filmweek.publicationBus')
const bus: Bus = ((globalThis as typeof globalThis & { [KEY]?: Bus })[KEY] ??= { instance: crypto.randomUUID() })

/** Instances of one deploy share the channel; two deploys on one Redis do not (the cache keys' prefix). */
const channel = () => {
  const { REDIS_KEY_PREFIX, DEPLOYMENT_ID } = env()
  return `${cacheKeyPrefix({ explicit: REDIS_KEY_PREFIX, deploymentId: process.env.NEXT_DEPLOYMENT_ID || DEPLOYMENT_ID, serverDistDir: path.join(process.cwd(), '.next/server') })}publication`
}

async function runEach<S extends (...args: never[]) => unknown>(
  subscribers: S[],
  call: (subscriber: S) => unknown,
  event: PublicationEvent,
): Promise<void> {
  for (const subscriber of subscribers) {
    try {
      await call(subscriber)
    } catch (error) {
      // One failing output (Redis away, a loopback refused) must not keep the others from their work.
      log.error({ err: error, event: event.id, subscriber: subscriber.name }, 'publication: a subscriber failed')
    }
  }
}

function publisher(): Client | undefined {
  const url = env().REDIS_URL
  if (!url || !process.env.NEXT_RUNTIME) return undefined
  if (!bus.publisher) {
    bus.publisher = createClient({
      url,
      disableOfflineQueue: true,
      socket: { connectTimeout: 2_000, reconnectStrategy },
    })
    bus.publisher.on('error', () => undefined) // the cache's watch connection reports Redis outages
    bus.publisher.connect().catch(() => undefined)
  }
  return bus.publisher
}

/**
 * Hands one event to its subscribers: this instance's, then the other
 * instances' through Redis pub/sub (when REDIS_URL is set), then the
 * once-per-event ones. At most once per instance: an instance that was away
 * when it was sent misses it, and starts with caches that are in Redis or empty.
 */
export async function emit(event: PublicationEvent, payload: Payload, scope: Scope): Promise<void> {
  await runEach(everyInstance, (subscriber) => subscriber(event, scope), event)
  const client = publisher()
  if (client?.isReady)
    await client
      .publish(channel(), JSON.stringify({ from: bus.instance, event }))
      .catch((error: unknown) => log.error({ err: error }, 'publication: could not tell the other instances'))
  await runEach(once, (subscriber) => subscriber(event, payload), event)
}

/** Started with the server (src/instrumentation.ts): events of the other instances expire this one's caches. */
export function listenToOtherInstances(): void {
  const url = env().REDIS_URL
  if (!url || bus.listening) return
  bus.listening = true
  let name: string
  try {
    name = channel()
  } catch (error) {
    // No deploy id and no build (next dev): this instance hears only its own events.
    log.warn({ err: error }, 'publication: no channel to hear the other instances on')
    return
  }
  const subscriber = createClient({ url, socket: { connectTimeout: 2_000, reconnectStrategy } })
  subscriber.on('error', () => undefined)
  publisher()
  // Not awaited: the server starts while Redis is away, and subscribes once it is back.
  subscriber.connect().catch(() => undefined)
  subscriber
    .subscribe(name, (message) => {
      const { from, event } = JSON.parse(message) as { from: string; event: PublicationEvent }
      if (from === bus.instance) return
      void runEach(everyInstance, (instanceSubscriber) => instanceSubscriber(event, 'server'), event)
    })
    .catch((error: unknown) => log.error({ err: error }, 'publication: could not listen to the other instances'))
}
