import crypto from 'node:crypto'

import { env } from '@/env'
import { log } from '@/lib/log'

export type Expiry = { tags: string[]; paths: string[] }

/** Signature that lets this process's own revalidation route trust a call. */
export function sign(expiry: Expiry): string {
  return crypto.createHmac('sha256', env().PAYLOAD_SECRET).update(JSON.stringify([expiry.tags, expiry.paths])).digest('base64url')
}

export function verify(expiry: Expiry, signature: string | null): boolean {
  if (!signature) return false
  const expected = Buffer.from(sign(expiry))
  const given = Buffer.from(signature)
  return expected.length === given.length && crypto.timingSafeEqual(expected, given)
}

/**
 * Work done inside the Next server but outside a request (the scheduled
 * publishing job, the repeated expiries of src/data/revalidate.ts) cannot
 * call revalidateTag itself: it asks the same process to, over loopback.
 */
export function revalidateThroughServer(tags: string[], paths: string[]): void {
  const url = `http://127.0.0.1:${process.env.PORT ?? 3000}/api/internal/revalidate`
  const expiry = { tags, paths }
  void fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-signature': sign(expiry) }, body: JSON.stringify(expiry) })
    .then((response) => {
      // A refused expiry leaves pages stale without any other sign.
      if (!response.ok) log.error({ status: response.status, tags: tags.length, paths: paths.length }, 'revalidate: this server refused to expire its cache')
    })
    .catch((error: unknown) => log.error({ err: error, tags: tags.length, paths: paths.length }, 'revalidate: could not reach this server to expire its cache'))
}
