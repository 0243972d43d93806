import http from 'node:http'

import { databaseFailedSince, RETRY_AFTER_SECONDS } from '@/db/outage'
import { interceptServerRequests } from '@/security/serverRequests'

/** A page render: GET or HEAD outside /api (Payload's routes and the partner API answer their own 503s). */
function isPageRequest(request: http.IncomingMessage): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  const path = request.url ?? '/'
  return path !== '/api' && !path.startsWith('/api/') && !path.startsWith('/api?')
}

/**
 * Next answers a page that failed to render with 500, and a page cannot set
 * its own status. When the render failed because the database could not be
 * reached (a read noted it while this request was under way), the failure is
 * temporary: this one response becomes 503 with Retry-After, so crawlers and
 * load balancers come back instead of recording an error. Any other 500, and
 * every non-page answer, is left as Next wrote it. Cached pages never get
 * here: they are served without rendering. Never answers the request itself.
 */
export function answer503IfRenderLackedDatabase(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  if (!isPageRequest(request)) return false
  const startedAt = Date.now()
  const writeHead = response.writeHead
  // This response only (Node's implicit headers go through it too), not ServerResponse.prototype.
  response.writeHead = function (this: http.ServerResponse, ...args: Parameters<typeof writeHead>) {
    const [status, ...rest] = args
    if (status !== 500 || !databaseFailedSince(startedAt)) return Reflect.apply(writeHead, this, args)
    this.setHeader('retry-after', String(RETRY_AFTER_SECONDS))
    this.setHeader('cache-control', 'no-store')
    // A status message given for 500 would be wrong for 503.
    return Reflect.apply(writeHead, this, [503, ...rest.filter((part) => typeof part !== 'string')])
  } as typeof writeHead
  return false
}

/** Registered once by src/instrumentation.ts. */
export function answer503ForPagesWhileDatabaseIsDown(): void {
  interceptServerRequests(answer503IfRenderLackedDatabase)
}
