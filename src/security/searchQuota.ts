import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

import { clientAddress } from '@/api/v1/clientAddress'
import { env } from '@/env'

const SEARCH_PAGE = /^\/[a-z]{2}\/search\/?$/

// In this process's memory: the proxy has no database connection, and a search costs one process at a time.
// Per minute and address (SEARCH_RATE_LIMIT): a visitor types a few; each one is a full-text query on the database.
let limiter: RateLimiterMemory | undefined
const searchLimiter = () =>
  (limiter ??= new RateLimiterMemory({ points: env().SEARCH_RATE_LIMIT, duration: 60, keyPrefix: 'search' }))

/** The 429 for a search past its address's quota, or nothing (other paths, or quota left). */
export async function searchOverQuota(pathname: string, headers: Headers): Promise<Response | undefined> {
  if (!SEARCH_PAGE.test(pathname)) return undefined
  try {
    await searchLimiter().consume(clientAddress(headers, env().TRUSTED_PROXY_HOPS))
    return undefined
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection
    const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
    return Response.json(
      {
        errors: [
          {
            message: `Too many searches: ${env().SEARCH_RATE_LIMIT} per minute from one address. Retry after ${seconds} s.`,
          },
        ],
      },
      { status: 429, headers: { 'retry-after': String(seconds), 'cache-control': 'no-store' } },
    )
  }
}
