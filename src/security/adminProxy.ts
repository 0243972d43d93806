import { NextResponse, type NextRequest } from 'next/server'

import { adminPolicy } from './contentSecurityPolicy'
import { headerOptions } from './headers'

/**
 * The admin is rendered per request, so it gets a fresh nonce and a strict
 * policy. Next reads the nonce from the request's CSP header and puts it on
 * its scripts; the browser gets the same policy on the response.
 */
export function adminWithNonce(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64')
  const policy = adminPolicy(nonce, headerOptions())
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('content-security-policy', policy)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', policy)
  return response
}
