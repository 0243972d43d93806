/**
 * Rate limits on Payload's REST and GraphQL routes, shared with the partner
 * feed's (src/api/v1/rateLimit.ts): an anonymous caller spends its
 * address's quota, a partner its key's, staff none. Credentials that do not
 * work count as none, so a made-up Authorization header escapes nothing.
 */
import type { Payload } from 'payload'

import { isStaff } from '@/access/roles'
import { clientAddress } from '@/api/v1/clientAddress'
import { spend } from '@/api/v1/rateLimit'
import { payloadClient } from '@/data/client'
import { env } from '@/env'

type Handler<Context> = (request: Request, context: Context) => Promise<Response>

const hasCredentials = (headers: Headers) =>
  headers.has('authorization') || /(?:^|;\s*)payload-token=/.test(headers.get('cookie') ?? '')

async function callerOf(
  payload: Payload,
  request: Request,
): Promise<{ kind: 'anonymous' | 'partner'; key: string } | null> {
  const anonymous = { kind: 'anonymous' as const, key: clientAddress(request.headers, env().TRUSTED_PROXY_HOPS) }
  if (!hasCredentials(request.headers)) return anonymous
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return anonymous
  return isStaff(user) ? null : { kind: 'partner', key: `user-${user.id}` }
}

/** Payload's handler behind the caller's quota: 429 with Retry-After once it is spent. */
export function limitingByQuota<Context>(handler: Handler<Context>): Handler<Context> {
  return async (request, context) => {
    const payload = await payloadClient()
    const caller = await callerOf(payload, request)
    if (!caller) return handler(request, context)
    const quota = await spend(payload, caller)
    if (quota.allowed) return handler(request, context)
    const whose = caller.kind === 'partner' ? 'for this API key' : 'for anonymous requests from one address'
    return Response.json(
      {
        errors: [
          { message: `Too many requests: ${quota.limit} per minute ${whose}. Retry after ${quota.resetSeconds} s.` },
        ],
      },
      {
        status: 429,
        headers: {
          'retry-after': String(quota.resetSeconds),
          'ratelimit-limit': String(quota.limit),
          'ratelimit-remaining': '0',
          'ratelimit-reset': String(quota.resetSeconds),
          'cache-control': 'no-store',
        },
      },
    )
  }
}
