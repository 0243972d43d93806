import { NextResponse, type NextRequest } from 'next/server'

import { FILTER_KEYS } from '@/components/filterKeys'
import { negotiateLocale } from '@/i18n/negotiate'
import { adminWithNonce } from '@/security/adminProxy'
import { cachedRouteMethod } from '@/security/cachedRouteMethods'
import { malformedRequest, unreadablePageForm } from '@/security/malformedRequests'
import { searchOverQuota } from '@/security/searchQuota'

/**
 * `/` sends visitors to the language they prefer; the admin gets its nonce
 * CSP; cached calendar files take GET and HEAD only; malformed requests and unreadable forms Next would answer with a bare 500 get a 400;
 * site search is rate-limited per address. Runs
 * on those requests only: every public page is served straight from cache
 * with the static headers of next.config.ts.
 */
export async function proxy(request: NextRequest) {
  const refused = cachedRouteMethod(request.nextUrl.pathname, request.method)
  if (refused) return refused
  const searches = await searchOverQuota(request.nextUrl.pathname, request.headers)
  if (searches) return searches
  const malformed =
    malformedRequest(new URL(request.url).pathname, request.headers.get('content-type')) ??
    (await unreadablePageForm(request, request.nextUrl.pathname))
  if (malformed) return malformed
  const { pathname } = request.nextUrl
  if (pathname.startsWith('/admin')) return adminWithNonce(request)
  const filtered = filteredProgramme(request)
  if (filtered) return filtered
  if (pathname !== '/' && !withoutLocale(pathname)) return NextResponse.next()
  const locale = negotiateLocale(request.headers.get('accept-language'))
  // The same page in the visitor's language (its 404 if there is none), query kept.
  const response = NextResponse.redirect(
    new URL(`/${locale}${pathname === '/' ? '' : pathname}${request.nextUrl.search}`, request.url),
    307,
  )
  response.headers.set('Vary', 'Accept-Language')
  return response
}

/** Site paths that lack their language: /programme, /films/mua-do. Not files (a dot), not the API or the admin. */
const withoutLocale = (pathname: string) =>
  !/^\/(?:en|fr|vi|api|admin|_next|preview)(?:\/|$)/.test(pathname) && !pathname.includes('.')

/**
 * A programme with filters in its query (a form sent without JavaScript) is
 * the filtered page, rendered per request; the plain programme stays one
 * cached document, filtered in the browser.
 */
function filteredProgramme(request: NextRequest): NextResponse | null {
  const match = /^\/(en|fr|vi)\/programme$/.exec(request.nextUrl.pathname)
  if (!match || !FILTER_KEYS.some((key) => request.nextUrl.searchParams.get(key))) return null
  const url = request.nextUrl.clone()
  url.pathname = `/${match[1]}/programme/filtered`
  return NextResponse.rewrite(url)
}

// Next reads this statically: the patterns must be written here, not imported.
export const config = {
  matcher: [
    '/',
    // Paths without a language (redirected to the visitor's) and the programme (filters without JavaScript).
    // Not files (a dot in the path): the proxy would run for every favicon and robots.txt for nothing.
    '/((?!(?:en|fr|vi)(?:/|$)|api/|admin|_next/)[^.]*)',
    '/:locale(en|fr|vi)/programme',
    '/admin',
    '/admin/:path*',
    '/:path*/calendar.ics',
    '/:locale/search',
    // Paths holding a `%` (whether they decode is checked in code), multipart bodies without a boundary, and forms posted to pages.
    '/:path(.*%.*)',
    { source: '/:path*', has: [{ type: 'header', key: 'content-type', value: 'multipart/(?!.*boundary=).*' }] },
    { source: '/((?!api/|_next/).*)', has: [{ type: 'header', key: 'content-type', value: 'multipart/.*' }] },
  ],
}
