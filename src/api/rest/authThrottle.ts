/**
 * Login, forgot-password and reset-password, throttled per client address
 * and per account, in front of Payload. The address budget is the smaller:
 * one address is refused before it can spend an account's, so locking
 * someone out takes several addresses, each throttled in turn. An account's
 * budget is kept for every email asked about, known or not, and both answer
 * the same 429: a limit tells nothing about which accounts exist. (Payload's
 * own lockout, per known account only, is off: see the Users collection.)
 */
import type { Payload } from 'payload'
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'

import { clientAddress } from '@/api/v1/clientAddress'
import { payloadClient } from '@/data/client'
import { env } from '@/env'

type Handler<Context> = (request: Request, context: Context) => Promise<Response>

/** Attempts per window: failed logins, reset requests and reset tries. A successful login gives its attempt back. */
export const AUTH_LIMITS = { perAddress: 10, perAccount: 20, windowSeconds: 15 * 60 } as const

const ROUTE = /^\/api\/users\/(login|forgot-password|reset-password)\/?$/

type Limiters = { address: RateLimiterPostgres; account: RateLimiterPostgres }
let limiters: Limiters | undefined

/** Counters in PostgreSQL (the feed's table), shared by every instance; in memory while the database cannot answer. */
function build(payload: Payload): Limiters {
  const make = (points: number, keyPrefix: string) =>
    new RateLimiterPostgres({
      storeClient: payload.db.pool,
      storeType: 'pool',
      tableName: 'api_rate_limits',
      tableCreated: true,
      keyPrefix,
      points,
      duration: AUTH_LIMITS.windowSeconds,
      insuranceLimiter: new RateLimiterMemory({ points, duration: AUTH_LIMITS.windowSeconds, keyPrefix }),
    })
  return { address: make(AUTH_LIMITS.perAddress, 'auth-ip'), account: make(AUTH_LIMITS.perAccount, 'auth-account') }
}

/** Spends an attempt; the seconds to wait when there is none left. */
async function spend(limiter: RateLimiterPostgres, key: string): Promise<number | null> {
  try {
    await limiter.consume(key)
    return null
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
    throw rejection
  }
}

const tooMany = (seconds: number) =>
  Response.json(
    {
      errors: [
        { message: `Too many attempts: try again in ${Math.ceil(seconds / 60)} minute${seconds > 60 ? 's' : ''}.` },
      ],
    },
    { status: 429, headers: { 'retry-after': String(seconds), 'cache-control': 'no-store' } },
  )

const rejected = (message: string) =>
  Response.json({ errors: [{ message }] }, { status: 400, headers: { 'cache-control': 'no-store' } })

const EMAIL = /^[^\s@]+@[^\s@]+$/

/** The fields each form needs, checked before anything is counted: a clear 400 naming the field instead of Payload's own words. */
function formProblem(kind: string, body: Record<string, unknown>): Response | undefined {
  const missing = (field: string) => typeof body[field] !== 'string' || !(body[field] as string).trim()
  if (kind !== 'reset-password') {
    if (missing('email')) return rejected('"email" is required: the email address of the account.')
    if (!EMAIL.test((body.email as string).trim())) return rejected('"email" must be an email address.')
  }
  if (kind === 'login' && missing('password')) return rejected('"password" is required.')
  if (kind === 'reset-password') {
    if (missing('token')) return rejected('"token" is required: the code from the reset link in the email.')
    if (missing('password')) return rejected('"password" is required: the new password.')
  }
  return undefined
}

async function readForm(request: Request): Promise<Record<string, unknown>> {
  const type = request.headers.get('content-type') ?? ''
  try {
    if (/^application\/json/i.test(type)) {
      const value: unknown = await request.clone().json()
      return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
    }
    if (/^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type)) {
      const fields = Object.fromEntries(
        [...(await request.clone().formData()).entries()].filter(([, value]) => typeof value === 'string'),
      )
      // Payload's admin sends its forms as one JSON field, `_payload`, as Payload itself reads them.
      if (typeof fields._payload !== 'string') return fields
      const value: unknown = JSON.parse(fields._payload)
      return value && typeof value === 'object' && !Array.isArray(value)
        ? { ...fields, ...(value as Record<string, unknown>) }
        : fields
    }
  } catch {
    // Unreadable: every field is missing.
  }
  return {}
}

/** Payload's REST handler with the authentication forms checked and throttled first. */
export function throttlingAuthForms<Context>(handler: Handler<Context>): Handler<Context> {
  return async (request, context) => {
    const kind = request.method === 'POST' ? ROUTE.exec(new URL(request.url).pathname)?.[1] : undefined
    if (!kind) return handler(request, context)
    const body = await readForm(request)
    const problem = formProblem(kind, body)
    if (problem) return problem

    limiters ??= build(await payloadClient())
    const address = clientAddress(request.headers, env().TRUSTED_PROXY_HOPS)
    const account = typeof body.email === 'string' ? body.email.trim().toLowerCase() : undefined
    const addressWait = await spend(limiters.address, address)
    if (addressWait !== null) return tooMany(addressWait)
    const accountWait = account === undefined ? null : await spend(limiters.account, account)
    if (accountWait !== null) return tooMany(accountWait)

    const response = await handler(request, context)
    if (kind === 'login' && response.ok) {
      await limiters.address.reward(address, 1)
      if (account !== undefined) await limiters.account.delete(account)
    }
    return response
  }
}
