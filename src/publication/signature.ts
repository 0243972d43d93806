import crypto from 'node:crypto'

import { env } from '@/env'

/** Tags and page paths to expire, as the internal revalidation route takes them. */
export type Expiry = { tags: string[]; paths: string[] }

/** Signature that lets this server's revalidation route trust a call (PAYLOAD_SECRET). */
export function sign(expiry: Expiry): string {
  return crypto
    .createHmac('sha256', env().PAYLOAD_SECRET)
    .update(JSON.stringify([expiry.tags, expiry.paths]))
    .digest('base64url')
}

export function verify(expiry: Expiry, signature: string | null): boolean {
  if (!signature) return false
  const expected = Buffer.from(sign(expiry))
  const given = Buffer.from(signature)
  return expected.length === given.length && crypto.timingSafeEqual(expected, given)
}
