import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

import { clientAddress } from '@/api/v1/clientAddress'
import { env } from '@/env'

/** Searches per minute and address: a visitor types a few; each one is a full-text query on the database. */
export const SEARCHES_PER_MINUTE = 30

const SEARCH_PAGE = /^\/[a-z]{2}\/search\/?$/

// In this process's memory: the proxy has no database connection, and a search costs one process at a time.
const limiter = new RateLimiterMemory({ points: SEARCHES_PER_MINUTE, duration: 60, keyPrefix: 'search' })

/** The 429 for a search past its address's quota, or nothing (other paths, or quota left). */
export async function searchOverQuota(pathname: string, headers: Headers): Promise<Response | undefined> {
  if (!SEARCH_PAGE.test(pathname)) return undefined
  try {
    await limiter.consume(clientAddress(headers, env().TRUSTED_PROXY_HOPS))
    return undefined
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection
    const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
    return Response.json(
      { errors: [{ message: `Too many searches: ${SEARCHES_PER_MINUTE} per minute from one address. Retry after ${seconds} s.` }] },
      { status: 429, headers: { 'retry-after': String(seconds), 'cache-control': 'no-store' } },
    )
  }
}
