import type { Payload } from 'payload'
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'

import { env } from '@/env'

const WINDOW_SECONDS = 60

export type Quota = { limit: number; remaining: number; resetSeconds: number; allowed: boolean }

type Limiter = { consume: (key: string) => Promise<RateLimiterRes> }

let limiters: { anonymous: Limiter; partner: Limiter } | undefined

/**
 * Counters live in PostgreSQL (table api_rate_limits, created by a migration),
 * which every app instance shares, so limits hold across instances. If the
 * database cannot answer, a per-process memory limiter takes over.
 */
function build(payload: Payload) {
  const make = (points: number, keyPrefix: string) =>
    new RateLimiterPostgres({
      storeClient: payload.db.pool,
      storeType: 'pool',
      tableName: 'api_rate_limits',
      tableCreated: true,
      keyPrefix,
      points,
      duration: WINDOW_SECONDS,
      insuranceLimiter: new RateLimiterMemory({ points, duration: WINDOW_SECONDS, keyPrefix }),
    })
  const { API_RATE_LIMIT_ANONYMOUS, API_RATE_LIMIT_PARTNER } = env()
  return { anonymous: make(API_RATE_LIMIT_ANONYMOUS, 'v1-ip'), partner: make(API_RATE_LIMIT_PARTNER, 'v1-key') }
}

/** Spends one request of the caller's quota: per API key for partners, per IP address otherwise. */
export async function spend(payload: Payload, who: { kind: 'anonymous' | 'partner'; key: string }): Promise<Quota> {
  limiters ??= build(payload)
  const { API_RATE_LIMIT_ANONYMOUS, API_RATE_LIMIT_PARTNER } = env()
  const limit = who.kind === 'partner' ? API_RATE_LIMIT_PARTNER : API_RATE_LIMIT_ANONYMOUS
  try {
    const result = await limiters[who.kind].consume(who.key)
    return { limit, remaining: result.remainingPoints, resetSeconds: Math.ceil(result.msBeforeNext / 1000), allowed: true }
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection
    return { limit, remaining: 0, resetSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)), allowed: false }
  }
}
