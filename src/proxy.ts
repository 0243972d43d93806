import { NextResponse, type NextRequest } from 'next/server'

import { negotiateLocale } from '@/i18n/negotiate'
import { adminWithNonce } from '@/security/adminProxy'
import { cachedRouteMethod } from '@/security/cachedRouteMethods'
import { malformedRequest } from '@/security/malformedRequests'
import { searchOverQuota } from '@/security/searchQuota'

/**
 * `/` sends visitors to the language they prefer; the admin gets its nonce
 * CSP; cached calendar files take GET and HEAD only; malformed requests Next would answer with a bare 500 get a 400;
 * site search is rate-limited per address. Runs
 * on those requests only: every public page is served straight from cache
 * with the static headers of next.config.ts.
 */
export async function proxy(request: NextRequest) {
  const refused = cachedRouteMethod(request.nextUrl.pathname, request.method)
  if (refused) return refused
  const searches = await searchOverQuota(request.nextUrl.pathname, request.headers)
  if (searches) return searches
  const malformed = malformedRequest(new URL(request.url).pathname, request.headers.get('content-type'))
  if (malformed) return malformed
  const { pathname } = request.nextUrl
  if (pathname.startsWith('/admin')) return adminWithNonce(request)
  if (pathname !== '/') return NextResponse.next()
  const locale = negotiateLocale(request.headers.get('accept-language'))
  const response = NextResponse.redirect(new URL(`/${locale}`, request.url), 307)
  response.headers.set('Vary', 'Accept-Language')
  return response
}

// Next reads this statically: the patterns must be written here, not imported.
export const config = {
  matcher: [
    '/',
    '/admin',
    '/admin/:path*',
    '/:path*/calendar.ics',
    '/:locale/search',
    // Paths holding a `%` (whether they decode is checked in code), and multipart bodies without a boundary.
    '/:path(.*%.*)',
    { source: '/:path*', has: [{ type: 'header', key: 'content-type', value: 'multipart/(?!.*boundary=).*' }] },
  ],
}
