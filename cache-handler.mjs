// Next's `cacheHandler` (next.config.ts). Next imports it with plain Node at
// `next start`, which cannot load TypeScript: the handlers are loaded through tsx.
// The shared Redis cache when REDIS_URL is set, Next's own otherwise; either
// way with the edge headers (surrogate keys, shared-cache TTL) on every page.
import { createRequire } from 'node:module'

import { tsImport } from 'tsx/esm/api'

const { withEdgeHeaders } = await tsImport('./src/edge/cacheHandler.ts', import.meta.url)

const base = process.env.REDIS_URL
  ? (await tsImport('./src/cache/redisCacheHandler.ts', import.meta.url)).default
  : createRequire(import.meta.url)('next/dist/server/lib/incremental-cache/file-system-cache.js').default

export default withEdgeHeaders(base)
