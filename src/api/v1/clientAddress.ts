/**
 * The caller's address, for the anonymous rate limit. X-Forwarded-For is a
 * chain each hop appends to: whatever the client sent, then the address each
 * proxy was reached from, then (src/security/peerAddress.ts) the socket's.
 * Only the last `trustedHops + 1` entries were written by machines we run:
 * the client is the entry `trustedHops` from the right. Anything to its left
 * is the client's own invention (the leftmost entry, trusted before, let
 * anyone escape the limit with a made-up header).
 */
export function clientAddress(headers: Headers, trustedHops: number): string {
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  // A shorter chain did not pass every proxy: its leftmost entry is the furthest hop known.
  return chain[Math.max(chain.length - 1 - trustedHops, 0)] ?? 'unknown'
}
