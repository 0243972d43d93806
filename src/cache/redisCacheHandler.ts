import { RedisStringsHandler } from '@trieb.work/nextjs-turbo-redis-cache'
import type { CacheHandlerContext } from 'next/dist/server/lib/incremental-cache'

import { env } from '../env'

import { cacheKeyPrefix, reconnectStrategy, redisDatabase } from './redisCacheOptions'
import { watchRedis, type RedisWatch } from './redisWatch'

// Upper bounds on a cache call: past them a page renders fresh (get) or the
// entry is simply not shared (set). The library's own GET timeout is 500 ms.
const GET_MS = 1_000
const WRITE_MS = 5_000

class TimeoutError extends Error {}

/** `work`, or a TimeoutError after `ms`; a late rejection of `work` is dropped rather than left unhandled. */
async function within<T>(ms: number, work: Promise<T>): Promise<T> {
  work.catch(() => undefined)
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`no answer within ${ms} ms`)), ms)
  })
  try {
    return await Promise.race([work, timeout])
  } finally {
    clearTimeout(timer)
  }
}

type Get = RedisStringsHandler['get']
type Set = RedisStringsHandler['set']

/**
 * The process's Redis cache: the library's handler while Redis answers,
 * misses otherwise (never this process's own cache, which would serve the
 * build's pages, older than anything published since). Tags expired while
 * Redis was away are expired again when it is back, or its entries would
 * outlive the outage stale.
 */
export class SharedRedisCache {
  private handler?: RedisStringsHandler
  private readonly missedTags = new Set<string>()
  private readonly watch: RedisWatch

  constructor(url: string, keyPrefix: string) {
    this.watch = watchRedis(url, () => {
      // Built on first contact: before it, the library would only queue commands and log each reconnect.
      this.handler ??= new RedisStringsHandler({
        redisUrl: url,
        database: redisDatabase(url),
        keyPrefix,
        // This wrapper degrades instead; the library would otherwise exit the process after N errors.
        killContainerOnErrorThreshold: 0,
        socketOptions: { connectTimeout: 2_000, reconnectStrategy },
      })
      void this.expireMissedTags(this.handler)
    })
  }

  private usable(): RedisStringsHandler | undefined {
    return this.watch.up ? this.handler : undefined
  }

  async get(...args: Parameters<Get>): ReturnType<Get> {
    const handler = this.usable()
    if (!handler) return null
    try {
      return await within(GET_MS, handler.get(...args))
    } catch (error) {
      this.watch.failed('get', error)
      return null
    }
  }

  async set(...args: Parameters<Set>): ReturnType<Set> {
    const handler = this.usable()
    if (!handler) return
    try {
      await within(WRITE_MS, handler.set(...args))
    } catch (error) {
      this.watch.failed('set', error)
    }
  }

  async revalidateTag(tags: string | string[]): Promise<void> {
    const list = [tags].flat()
    const handler = this.usable()
    try {
      if (!handler) throw new Error('Redis unavailable')
      // The library ignores Next's second argument (the profile): entries are always deleted now.
      await within(WRITE_MS, handler.revalidateTag(list))
    } catch (error) {
      for (const tag of list) this.missedTags.add(tag)
      if (handler) this.watch.failed('revalidateTag', error)
    }
  }

  private async expireMissedTags(handler: RedisStringsHandler): Promise<void> {
    if (this.missedTags.size === 0) return
    const tags = [...this.missedTags]
    this.missedTags.clear()
    try {
      // Long bound: right after (re)connecting the library first syncs its tag index.
      await within(30_000, handler.revalidateTag(tags))
      console.warn(`[cache] expired ${tags.length} tag(s) that changed while Redis was away`)
    } catch (error) {
      for (const tag of tags) this.missedTags.add(tag)
      this.watch.failed('revalidateTag after reconnecting', error)
    }
  }

  close(): Promise<void> {
    return this.watch.close()
  }
}

// Next constructs a handler per request: share one connection per process.
const processCache = globalThis as { __filmweekRedisCache__?: SharedRedisCache }

/** Next's `cacheHandler` (next.config.ts selects it when REDIS_URL is set). */
export default class RedisCacheHandler {
  private readonly cache: SharedRedisCache

  constructor(context: CacheHandlerContext) {
    const { REDIS_URL, REDIS_KEY_PREFIX, DEPLOYMENT_ID } = env()
    if (!REDIS_URL) throw new Error('RedisCacheHandler needs REDIS_URL')
    const keyPrefix = cacheKeyPrefix({
      explicit: REDIS_KEY_PREFIX,
      deploymentId: process.env.NEXT_DEPLOYMENT_ID || DEPLOYMENT_ID,
      serverDistDir: context.serverDistDir,
    })
    this.cache = processCache.__filmweekRedisCache__ ??= new SharedRedisCache(REDIS_URL, keyPrefix)
  }

  get(...args: Parameters<Get>): ReturnType<Get> {
    return this.cache.get(...args)
  }

  set(...args: Parameters<Set>): ReturnType<Set> {
    return this.cache.set(...args)
  }

  revalidateTag(tags: string | string[]): Promise<void> {
    return this.cache.revalidateTag(tags)
  }

  // Per-request memoization is left to the library's own short in-memory cache.
  resetRequestCache(): void {}
}
