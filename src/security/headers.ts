/**
 * Security headers for every response, through next.config.ts `headers()`:
 * they are fixed at build time and cost nothing per request, so static ISR
 * pages keep being served straight from cache. The admin's CSP alone comes
 * from the proxy (src/proxy.ts), with a nonce per request.
 */
import { MEDIA_FILE_POLICY, publicPolicy, type PolicyOptions } from './contentSecurityPolicy'

type Header = { key: string; value: string }
type HeaderRule = { source: string; headers: Header[] }

export type HeaderOptions = PolicyOptions & { production: boolean }

/** Options for the current process: NODE_ENV and SERVER_URL as Next sees them at build and start. */
export function headerOptions(environment: { NODE_ENV?: string; SERVER_URL?: string } = process.env): HeaderOptions {
  return {
    dev: environment.NODE_ENV === 'development',
    production: environment.NODE_ENV === 'production',
    https: (environment.SERVER_URL ?? '').startsWith('https:'),
  }
}

function everywhere({ production }: HeaderOptions): Header[] {
  return [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    // For browsers without CSP frame-ancestors; SAMEORIGIN because the admin's live preview frames our pages.
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    },
    // Production only: a browser would remember it for localhost for two years.
    ...(production ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ]
}

export function securityHeaderRules(options: HeaderOptions = headerOptions()): HeaderRule[] {
  return [
    { source: '/:path*', headers: everywhere(options) },
    // Everything but the admin, whose nonce policy the proxy sets (two policies would both apply), and uploaded files.
    {
      source: '/((?!admin(?:/|$)|api/media/file/).*)',
      headers: [{ key: 'Content-Security-Policy', value: publicPolicy(options) }],
    },
    { source: '/api/media/file/:path*', headers: [{ key: 'Content-Security-Policy', value: MEDIA_FILE_POLICY }] },
  ]
}
