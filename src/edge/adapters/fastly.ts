import { batches, expectOk, PURGE_TIMEOUT_MS, type EdgePurger } from '../purger'

/** Fastly's limit of surrogate keys per batch purge (www.fastly.com/documentation/reference/api/purging/). */
export const FASTLY_KEYS_PER_CALL = 256

/**
 * Fastly, purge by surrogate key: `POST {api}/service/{id}/purge` with
 * `{"surrogate_keys": […]}` and the token in `Fastly-Key`; `Fastly-Soft-Purge: 1`
 * marks the answers stale instead of removing them.
 */
export function fastlyPurger({
  apiUrl,
  serviceId,
  token,
  soft,
}: {
  apiUrl: string
  serviceId: string
  token: string
  soft: boolean
}): EdgePurger {
  const url = `${apiUrl.replace(/\/+$/, '')}/service/${encodeURIComponent(serviceId)}/purge`
  return {
    name: `fastly service ${serviceId}`,
    async purge(keys) {
      for (const batch of batches(keys, FASTLY_KEYS_PER_CALL)) {
        const response = await fetch(url, {
          method: 'POST',
          headers: {
            'fastly-key': token,
            'content-type': 'application/json',
            accept: 'application/json',
            ...(soft ? { 'fastly-soft-purge': '1' } : {}),
          },
          body: JSON.stringify({ surrogate_keys: batch }),
          signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
        })
        await expectOk(response, 'Fastly purge')
      }
    },
  }
}
