import { retryAfterHeader } from '@/db/outage'
import { readiness } from '@/ops/readiness'

/** Readiness for load balancers: 200 when the database, the cache and the media store answer, 503 (with Retry-After) otherwise. */
export async function GET(): Promise<Response> {
  const result = await readiness()
  const headers = { 'cache-control': 'no-store', ...(result.ready ? {} : retryAfterHeader) }
  return Response.json(
    { status: result.ready ? 'ready' : 'unavailable', checks: result.checks },
    { status: result.ready ? 200 : 503, headers },
  )
}

export const dynamic = 'force-dynamic'
