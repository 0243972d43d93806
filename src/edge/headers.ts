/**
 * Cache headers for two audiences. Shared caches (Varnish, a CDN) keep an
 * answer as long as the page's own revalidation period, because a publish
 * purges what it touched; past that the app renders time-dependent parts
 * again (the home page's next screenings). Browsers revalidate every time,
 * so nobody's tab keeps a page a publish has replaced.
 */
import { answerKeys, surrogateKeyHeaders } from './keys'

/** How long shared caches keep a page: the pages' `revalidate` (3600 s on every public page). */
export const SHARED_TTL_SECONDS = 3600
/** How long a shared cache may keep answering with a page while the app cannot (README, "An HTTP cache in front"). */
export const STALE_IF_ERROR_SECONDS = 86_400

export const BROWSER_CACHE_CONTROL = 'public, max-age=0, must-revalidate'

/**
 * Headers of a public answer built from `tags`: its surrogate keys, the
 * browsers' Cache-Control, and the shared caches' TTL in Surrogate-Control
 * (Varnish, Fastly) and CDN-Cache-Control (Cloudflare and others).
 */
export function sharedCacheHeaders(
  tags: Iterable<string>,
  browserCacheControl = BROWSER_CACHE_CONTROL,
  sharedTtlSeconds = SHARED_TTL_SECONDS,
): Record<string, string> {
  const shared = `max-age=${sharedTtlSeconds}, stale-if-error=${STALE_IF_ERROR_SECONDS}`
  return {
    'cache-control': browserCacheControl,
    'surrogate-control': shared,
    'cdn-cache-control': shared,
    ...surrogateKeyHeaders(answerKeys(tags)),
  }
}
