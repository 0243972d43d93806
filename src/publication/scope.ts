import type { PayloadRequest } from 'payload'

/**
 * Where an event is handled, said explicitly rather than guessed from a
 * framework's error messages:
 * - `request`: inside a Next route handler (Payload's REST and GraphQL
 *   routes, this app's endpoints), where revalidateTag applies when the
 *   response is sent;
 * - `server`: inside the Next server but outside any request (the jobs
 *   runner, an event from another instance, a Local API write during a page
 *   render), where the server is asked over loopback;
 * - `none`: no Next server (seed, migrations, scripts, tests): no cache to expire.
 */
export type Scope = 'request' | 'server' | 'none'

export function scopeOf(req: Pick<PayloadRequest, 'payloadAPI'> | undefined): Scope {
  if (!process.env.NEXT_RUNTIME) return 'none'
  return req?.payloadAPI === 'REST' || req?.payloadAPI === 'GraphQL' ? 'request' : 'server'
}
