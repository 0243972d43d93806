import { revalidatePath, revalidateTag } from 'next/cache'

import { documentPaths } from '@/i18n/routes'
import { slugsOf } from '@/data/tags'

import type { PublicationEvent } from './events'
import { note } from './log'
import type { Scope } from './scope'
import { sign, type Expiry } from './signature'

/**
 * Expires tags and paths in this process's Next cache (data and pages; in
 * Redis when it is shared). `expire: 0`: the next request renders fresh,
 * instead of one more stale answer. Only where Next allows it: a request scope.
 */
export function expireHere({ tags, paths }: Expiry): void {
  note(tags)
  for (const name of tags) revalidateTag(name, { expire: 0 })
  for (const path of paths) revalidatePath(path)
}

/** Outside a request, the server expires its own cache on its signed internal route, over loopback. */
async function expireThroughServer(expiry: Expiry): Promise<void> {
  const url = `http://127.0.0.1:${process.env.PORT ?? 3000}/api/internal/revalidate`
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-signature': sign(expiry) },
    body: JSON.stringify(expiry),
  })
  if (!response.ok) throw new Error(`this server refused to expire its cache: ${response.status}`)
}

/**
 * The pages an event touches by URL: every locale's page for each slug it
 * names (a visit before a document existed cached a 404 there, which no data
 * tag covers).
 */
export const pathsOf = (event: PublicationEvent): string[] => [
  ...new Set(slugsOf(event.collection, event.tags).flatMap((slug) => documentPaths(event.collection, { slug }))),
]

/** Subscriber: Next's data and page caches of this instance. */
export async function expireNextCache(event: PublicationEvent, scope: Scope): Promise<void> {
  if (scope === 'none') return
  const expiry = { tags: event.tags, paths: pathsOf(event) }
  if (scope === 'request') return expireHere(expiry)
  // Reads begun from now on are not shared with ones begun before (log.ts), whatever the loopback takes.
  note(expiry.tags)
  await expireThroughServer(expiry)
}
