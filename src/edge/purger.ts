/**
 * One purge interface over the caches in front of the app. Each adapter
 * removes (or marks stale) every answer carrying any of the given surrogate
 * keys, and throws when the cache did not confirm it.
 */
export type EdgePurger = {
  /** For logs: `varnish http://varnish:80`, `cloudflare zone …`, `fastly service …`. */
  name: string
  purge: (keys: string[]) => Promise<void>
}

/** A cache or its API refused or failed a purge; `retryAfterMs` when it said when to come back. */
export class PurgeError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message)
    this.name = 'PurgeError'
  }
}

/** `keys` in batches of at most `size` (the vendor APIs' per-call limits). */
export function batches<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let index = 0; index < items.length; index += size) out.push(items.slice(index, index + size))
  return out
}

/** Fails with the status and the start of the body unless the answer is 2xx. */
export async function expectOk(response: Response, what: string): Promise<string> {
  const body = await response.text()
  if (response.ok) return body
  const retryAfter = Number(response.headers.get('retry-after'))
  throw new PurgeError(
    `${what}: ${response.status} ${body.slice(0, 300)}`,
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1_000 : undefined,
  )
}

/** Each purge request gives up after this long (then it is retried). */
export const PURGE_TIMEOUT_MS = 10_000
