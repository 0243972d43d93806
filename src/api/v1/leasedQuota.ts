import { RateLimiterRes } from 'rate-limiter-flexible'

/** The shared counter (rate-limiter-flexible on PostgreSQL): consume and give back points of a key's window. */
export type SharedCounter = {
  consume: (key: string, points: number) => Promise<RateLimiterRes>
  reward: (key: string, points: number) => Promise<RateLimiterRes>
}

export type Spent = { allowed: boolean; remaining: number; msBeforeNext: number }

/** Points this process has taken from the shared window and not served yet; `refused` until the window ends once it is spent. */
type Lease = { left: number; sharedRemaining: number; expiresAt: number; refused: boolean }

/** A lease takes at most a tenth of what the window has left, and at most this many points. */
const LEASE_SHARE = 10
const MAX_LEASE = 100
/** Past this many keys, expired leases are dropped (each lives at most one window). */
const SWEEP_ABOVE = 10_000

/**
 * Spends requests against a shared counter without writing to it on every
 * request: the process takes points in batches ("leases") and serves from
 * them in memory.
 *
 * Every request served was counted in the shared store beforehand, so several
 * instances together never serve more than the limit. The approximation is on
 * the strict side: points leased by an instance the caller stops using stay
 * counted until the window ends, so a caller spread over k instances may be
 * refused up to (k − 1) leases early. Leases shrink as the window runs out (a
 * tenth of what is left, down to one point), which keeps that slack small
 * where it matters, at the limit.
 */
export class LeasedQuota {
  private readonly leases = new Map<string, Lease>()
  private readonly renewing = new Map<string, Promise<void>>()

  constructor(
    private readonly counter: SharedCounter,
    private readonly now: () => number = Date.now,
  ) {}

  async spend(key: string): Promise<Spent> {
    for (;;) {
      const lease = this.current(key)
      if (lease?.refused) return { allowed: false, remaining: 0, msBeforeNext: lease.expiresAt - this.now() }
      if (lease && lease.left > 0) {
        lease.left -= 1
        return {
          allowed: true,
          remaining: lease.sharedRemaining + lease.left,
          msBeforeNext: lease.expiresAt - this.now(),
        }
      }
      // Concurrent requests of one key wait for a single renewal rather than each writing.
      let renewal = this.renewing.get(key)
      if (!renewal) {
        renewal = this.renew(key, lease).finally(() => this.renewing.delete(key))
        this.renewing.set(key, renewal)
      }
      await renewal
    }
  }

  private current(key: string): Lease | undefined {
    const lease = this.leases.get(key)
    if (lease && lease.expiresAt > this.now()) return lease
    if (lease) this.leases.delete(key)
    return undefined
  }

  private async renew(key: string, spent: Lease | undefined): Promise<void> {
    // Without a lease in this window nothing is known about what is left: one point, exactly.
    const size = spent ? Math.min(MAX_LEASE, Math.max(1, Math.floor(spent.sharedRemaining / LEASE_SHARE))) : 1
    try {
      const result = await this.counter.consume(key, size)
      this.store(key, {
        left: size,
        sharedRemaining: result.remainingPoints,
        expiresAt: this.now() + result.msBeforeNext,
        refused: false,
      })
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection
      if (size > 1) {
        // Other instances took more than expected: give the batch back and go point by point.
        await this.counter.reward(key, size)
        return this.renew(key, undefined)
      }
      this.store(key, { left: 0, sharedRemaining: 0, expiresAt: this.now() + rejection.msBeforeNext, refused: true })
    }
  }

  private store(key: string, lease: Lease): void {
    if (this.leases.size > SWEEP_ABOVE) {
      for (const [other, { expiresAt }] of this.leases) if (expiresAt <= this.now()) this.leases.delete(other)
    }
    this.leases.set(key, lease)
  }
}
