import { batches, expectOk, PurgeError, PURGE_TIMEOUT_MS, type EdgePurger } from '../purger'

/** Cloudflare's limit of tags per purge call (developers.cloudflare.com/cache/how-to/purge-cache). */
export const CLOUDFLARE_TAGS_PER_CALL = 100

type CloudflareAnswer = { success?: boolean; errors?: { code?: number; message?: string }[] }

/**
 * Cloudflare, purge by Cache-Tag: `POST {api}/zones/{zone}/purge_cache` with
 * `{"tags": […]}` and the API token as a bearer. Cloudflare has no soft
 * purge. Its answer says `success`; an HTTP 200 without it is a failure too.
 */
export function cloudflarePurger({
  apiUrl,
  zoneId,
  token,
}: {
  apiUrl: string
  zoneId: string
  token: string
}): EdgePurger {
  const url = `${apiUrl.replace(/\/+$/, '')}/zones/${encodeURIComponent(zoneId)}/purge_cache`
  return {
    name: `cloudflare zone ${zoneId}`,
    async purge(keys) {
      for (const tags of batches(keys, CLOUDFLARE_TAGS_PER_CALL)) {
        const response = await fetch(url, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ tags }),
          signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
        })
        const body = await expectOk(response, `Cloudflare purge_cache`)
        const answer = JSON.parse(body || '{}') as CloudflareAnswer
        if (answer.success !== true)
          throw new PurgeError(`Cloudflare purge_cache: ${JSON.stringify(answer.errors ?? answer)}`)
      }
    },
  }
}
