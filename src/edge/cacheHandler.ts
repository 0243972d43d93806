/**
 * Gives every cached page and route answer its edge headers (src/edge/headers.ts).
 *
 * Next keeps the tags an answer was built from in its cache entry
 * (`x-next-cache-tags`) but sends them only in minimal mode; it does send
 * every other header of the entry, and leaves a Cache-Control found there
 * alone (node_modules/next/dist/build/templates/app-page-runtime.js,
 * send-payload.js). So the cache handler, which sees every entry Next stores
 * (a fresh render, before it is answered) and reads back (a hit, the build's
 * prerendered pages included), adds the headers to the entry.
 * Draft-mode and dynamic answers are never cache entries and keep Next's
 * `private, no-store`.
 */
import type { CacheHandler, CacheHandlerValue } from 'next/dist/server/lib/incremental-cache'
import type { IncrementalCacheValue } from 'next/dist/server/response-cache/types'

import { sharedCacheHeaders } from './headers'

const NEXT_CACHE_TAGS = 'x-next-cache-tags'

// Computed once per distinct tag list: a hit must stay cheap.
const memo = new Map<string, Record<string, string>>()
const MEMO_SIZE = 2_000

function headersFor(tags: string): Record<string, string> {
  let headers = memo.get(tags)
  if (!headers) {
    if (memo.size >= MEMO_SIZE) memo.clear()
    headers = sharedCacheHeaders(tags.split(','))
    memo.set(tags, headers)
  }
  return headers
}

/** Adds the edge headers to a page's or route's cache entry in place. Exported for tests. */
export function addEdgeHeaders(value: IncrementalCacheValue | null | undefined): void {
  const kind: string | undefined = value?.kind
  if (!value || (kind !== 'APP_PAGE' && kind !== 'APP_ROUTE')) return
  const tags = value.headers?.[NEXT_CACHE_TAGS]
  if (typeof tags !== 'string' || !value.headers) return
  Object.assign(value.headers, headersFor(tags))
}

type HandlerClass = new (...args: never[]) => Pick<CacheHandler, 'get' | 'set'>

/** `Base` (Next's file-system cache, or the shared Redis one) with edge headers on what it stores and returns. */
export function withEdgeHeaders<Base extends HandlerClass>(base: Base) {
  return class EdgeHeaders extends base {
    async get(...args: Parameters<CacheHandler['get']>): Promise<CacheHandlerValue | null> {
      const entry = await super.get(...args)
      addEdgeHeaders(entry?.value)
      return entry
    }

    async set(...args: Parameters<CacheHandler['set']>): Promise<void> {
      addEdgeHeaders(args[1])
      return super.set(...args)
    }
  }
}
