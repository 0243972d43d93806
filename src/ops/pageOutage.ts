import http from 'node:http'

import { databaseRecentlyFailed, RETRY_AFTER_SECONDS } from '@/db/outage'

/**
 * Next answers a page that failed to render with 500, and a page cannot set
 * its own status. While the database is away that failure is temporary: the
 * response becomes 503 with Retry-After, so crawlers and load balancers come
 * back instead of recording an error. Cached pages never get here: they are
 * served without rendering.
 */
export function answer503ForPagesWhileDatabaseIsDown(): void {
  const writeHead = http.ServerResponse.prototype.writeHead
  http.ServerResponse.prototype.writeHead = function (this: http.ServerResponse, ...args: Parameters<typeof writeHead>) {
    const [status, ...rest] = args
    if (status !== 500 || !databaseRecentlyFailed()) return Reflect.apply(writeHead, this, args)
    this.setHeader('retry-after', String(RETRY_AFTER_SECONDS))
    this.setHeader('cache-control', 'no-store')
    // A status message given for 500 would be wrong for 503.
    return Reflect.apply(writeHead, this, [503, ...rest.filter((part) => typeof part !== 'string')])
  } as typeof writeHead
}
