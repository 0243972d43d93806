import { NextResponse, type NextRequest } from 'next/server'

import { negotiateLocale } from '@/i18n/negotiate'
import { adminWithNonce } from '@/security/adminProxy'

/**
 * `/` sends visitors to the language they prefer; the admin gets its nonce
 * CSP. Runs on those paths only: every public page is served straight from
 * cache with the static headers of next.config.ts.
 */
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith('/admin')) return adminWithNonce(request)
  const locale = negotiateLocale(request.headers.get('accept-language'))
  const response = NextResponse.redirect(new URL(`/${locale}`, request.url), 307)
  response.headers.set('Vary', 'Accept-Language')
  return response
}

export const config = { matcher: ['/', '/admin', '/admin/:path*'] }
