// Next's `cacheHandler` (next.config.ts). Next imports it with plain Node at
// `next start`, which cannot load TypeScript: the handlers are loaded through tsx.
// The shared Redis cache when REDIS_URL is set, Next's own otherwise; either
// way with the edge headers (surrogate keys, shared-cache TTL) on every page.
// The build also bundles this file into the proxy: tsx stays out of that bundle
// (turbopackIgnore), and paths are the app's folder, not the bundle's.
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const root = pathToFileURL(path.join(process.cwd(), path.sep)).href
const { tsImport } = await import(/* turbopackIgnore: true */ /* webpackIgnore: true */ 'tsx/esm/api')

const { withEdgeHeaders } = await tsImport('./src/edge/cacheHandler.ts', root)

const base = process.env.REDIS_URL
  ? (await tsImport('./src/cache/redisCacheHandler.ts', root)).default
  : createRequire(root)('next/dist/server/lib/incremental-cache/file-system-cache.js').default

export default withEdgeHeaders(base)
