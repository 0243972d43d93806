/**
 * The two Content-Security-Policies of the site.
 *
 * Public pages are static ISR, rendered once and served from cache: no nonce
 * can be added per request, and Next streams the RSC payload as inline
 * `self.__next_f.push(...)` scripts whose text differs per page, so no hash
 * list can cover them either. They get `'unsafe-inline'` for scripts, every
 * other directive locked to our own origin. The admin is rendered per request,
 * so the proxy gives it a strict nonce policy (Next adds the nonce to its own
 * scripts when it finds one in the request's CSP header).
 */

import { TRAILER_ORIGINS } from '../lib/trailer'

export type PolicyOptions = {
  /** `next dev`: React needs eval and the HMR WebSocket. */
  dev: boolean
  /** The site is served over HTTPS (SERVER_URL): ask browsers to upgrade stray http:// subresources. */
  https: boolean
}

function serialize(directives: Record<string, string[]>, { https }: PolicyOptions): string {
  const parts = Object.entries(directives).map(([name, values]) => [name, ...values].join(' '))
  if (https) parts.push('upgrade-insecure-requests')
  return parts.join('; ')
}

function shared({ dev }: PolicyOptions): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    // Posters come from our media route; blob:/data: for the admin's upload previews and Next's image placeholders.
    'img-src': ["'self'", 'blob:', 'data:'],
    'font-src': ["'self'", 'data:'],
    // React and Payload set style attributes, which nonces cannot cover.
    'style-src': ["'self'", "'unsafe-inline'"],
    'connect-src': dev ? ["'self'", 'ws:', 'wss:'] : ["'self'"],
    'media-src': ["'self'", 'blob:'],
    // The admin's live preview frames our own pages.
    'frame-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    // Only our admin (live preview) may frame us.
    'frame-ancestors': ["'self'"],
  }
}

const devEval = (options: PolicyOptions) => (options.dev ? ["'unsafe-eval'"] : [])

/** For static and cached responses (set in next.config.ts): no nonce possible. */
export function publicPolicy(options: PolicyOptions): string {
  // A film's trailer, framed only after the visitor presses play (src/lib/trailer.ts): the players' own origins, nothing else.
  const frames = { 'frame-src': [...shared(options)['frame-src'], ...TRAILER_ORIGINS] }
  return serialize(
    { ...shared(options), ...frames, 'script-src': ["'self'", "'unsafe-inline'", ...devEval(options)] },
    options,
  )
}

/**
 * For the admin, per request. `'strict-dynamic'` lets the nonced scripts load
 * Payload's chunks; `'self'` and `'unsafe-inline'` are ignored by browsers
 * that understand nonces and only keep older ones working.
 */
export function adminPolicy(nonce: string, options: PolicyOptions): string {
  return serialize(
    {
      ...shared(options),
      'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", "'unsafe-inline'", ...devEval(options)],
    },
    options,
  )
}

/**
 * For uploaded files (/api/media/file/…). An SVG opened directly is a
 * document that may carry scripts and links: no script, no fetch, no form,
 * sandboxed (a unique origin), only its own inline styles. Images shown in
 * our pages are unaffected: a policy applies to the document it comes with.
 */
export const MEDIA_FILE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox"
