import type { Payload } from 'payload'
import { RateLimiterMemory, RateLimiterPostgres } from 'rate-limiter-flexible'

import { env } from '@/env'

import { LeasedQuota } from './leasedQuota'

const WINDOW_SECONDS = 60

export type Quota = { limit: number; remaining: number; resetSeconds: number; allowed: boolean }

let limiters: { anonymous: LeasedQuota; partner: LeasedQuota } | undefined

/**
 * Counters live in PostgreSQL (table api_rate_limits, created by a migration),
 * which every app instance shares, so limits hold across instances. Each
 * process takes points from them in batches (src/api/v1/leasedQuota.ts: a
 * write per batch, not per request, and its approximation). If the database
 * cannot answer, a per-process memory limiter takes over.
 */
function build(payload: Payload) {
  const make = (points: number, keyPrefix: string) => {
    const shared = new RateLimiterPostgres({
      storeClient: payload.db.pool,
      storeType: 'pool',
      tableName: 'api_rate_limits',
      tableCreated: true,
      keyPrefix,
      points,
      duration: WINDOW_SECONDS,
      insuranceLimiter: new RateLimiterMemory({ points, duration: WINDOW_SECONDS, keyPrefix }),
    })
    return new LeasedQuota(shared)
  }
  const { API_RATE_LIMIT_ANONYMOUS, API_RATE_LIMIT_PARTNER } = env()
  return { anonymous: make(API_RATE_LIMIT_ANONYMOUS, 'v1-ip'), partner: make(API_RATE_LIMIT_PARTNER, 'v1-key') }
}

/** Spends one request of the caller's quota: per API key for partners, per IP address otherwise. */
export async function spend(payload: Payload, who: { kind: 'anonymous' | 'partner'; key: string }): Promise<Quota> {
  limiters ??= build(payload)
  const { API_RATE_LIMIT_ANONYMOUS, API_RATE_LIMIT_PARTNER } = env()
  const limit = who.kind === 'partner' ? API_RATE_LIMIT_PARTNER : API_RATE_LIMIT_ANONYMOUS
  const { allowed, remaining, msBeforeNext } = await limiters[who.kind].spend(who.key)
  const resetSeconds = Math.ceil(msBeforeNext / 1000)
  return { limit, remaining, resetSeconds: allowed ? resetSeconds : Math.max(1, resetSeconds), allowed }
}
