import { NextResponse, type NextRequest } from 'next/server'

import { negotiateLocale } from '@/i18n/negotiate'

/** `/` sends visitors to the language they prefer. Runs on `/` only: every other page is served straight from cache. */
export function proxy(request: NextRequest) {
  const locale = negotiateLocale(request.headers.get('accept-language'))
  const response = NextResponse.redirect(new URL(`/${locale}`, request.url), 307)
  response.headers.set('Vary', 'Accept-Language')
  return response
}

export const config = { matcher: '/' }
