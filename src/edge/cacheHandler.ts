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
import type { CacheHandler, CacheHandlerContext } from 'next/dist/server/lib/incremental-cache'

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

/** What this reads of a cache entry's value: its kind and, for pages and route answers, its headers. */
type EntryValue = { kind?: unknown; headers?: Record<string, unknown> }

/** Adds the edge headers to a page's or route's cache entry in place. Exported for tests. */
export function addEdgeHeaders(value: unknown): void {
  if (!value || typeof value !== 'object') return
  const { kind, headers } = value as EntryValue
  if ((kind !== 'APP_PAGE' && kind !== 'APP_ROUTE') || !headers) return
  const tags = headers[NEXT_CACHE_TAGS]
  if (typeof tags === 'string') Object.assign(headers, headersFor(tags))
}

/** The methods Next's IncrementalCache calls on a handler. */
type Handler = Pick<CacheHandler, 'get' | 'set' | 'revalidateTag'> & { resetRequestCache?: () => void }

/** A handler (Next's file-system cache, or the shared Redis one) with edge headers on what it stores and returns. */
export function withEdgeHeaders(base: new (context: CacheHandlerContext) => Handler) {
  return class EdgeHeaders implements Handler {
    private readonly inner: Handler

    constructor(context: CacheHandlerContext) {
      this.inner = new base(context)
    }

    async get(...args: Parameters<Handler['get']>): ReturnType<Handler['get']> {
      const entry = await this.inner.get(...args)
      addEdgeHeaders(entry?.value)
      return entry
    }

    set(...args: Parameters<Handler['set']>): ReturnType<Handler['set']> {
      addEdgeHeaders(args[1])
      return this.inner.set(...args)
    }

    revalidateTag(...args: Parameters<Handler['revalidateTag']>): ReturnType<Handler['revalidateTag']> {
      return this.inner.revalidateTag(...args)
    }

    resetRequestCache(): void {
      this.inner.resetRequestCache?.()
    }
  }
}
