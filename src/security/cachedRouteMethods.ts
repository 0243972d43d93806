/**
 * The site's calendar files are route handlers cached like pages (ISR), and
 * Next caches the answer to whichever request renders them first, whatever
 * its method: an OPTIONS or POST arriving when the file is stale stores a 204
 * or 405 that every later GET then gets (a 500 for the 204). Only GET and HEAD
 * may reach them; the proxy answers the rest, uncached.
 */
const READ_METHODS = new Set(['GET', 'HEAD'])
const ALLOW = 'GET, HEAD, OPTIONS'

export function cachedRouteMethod(pathname: string, method: string): Response | undefined {
  // The partner feed's calendars are dynamic routes with their own OPTIONS (CORS).
  if (!pathname.endsWith('/calendar.ics') || pathname.startsWith('/api/') || READ_METHODS.has(method)) return undefined
  if (method === 'OPTIONS') return new Response(null, { status: 204, headers: { allow: ALLOW } })
  return Response.json(
    { errors: [{ message: `${method} is not allowed: calendar files are read-only (${ALLOW}).` }] },
    { status: 405, headers: { allow: ALLOW, 'cache-control': 'no-store' } },
  )
}
