import { batches, expectOk, PURGE_TIMEOUT_MS, type EdgePurger } from '../purger'

// Keys per request: the header stays well under Varnish's 8 kB request-header limit.
const KEYS_PER_REQUEST = 100

/**
 * Varnish with deploy/varnish/default.vcl: `PURGE /` with the keys in
 * `xkey-softpurge` (stale, kept for grace) or `xkey-purge` (gone). The VCL
 * answers 200 only to the addresses it allows.
 */
export function varnishPurger(baseUrl: string, { soft }: { soft: boolean }): EdgePurger {
  const url = new URL('/', baseUrl)
  return {
    name: `varnish ${url.origin}`,
    async purge(keys) {
      for (const batch of batches(keys, KEYS_PER_REQUEST)) {
        const response = await fetch(url, {
          method: 'PURGE',
          headers: { [soft ? 'xkey-softpurge' : 'xkey-purge']: batch.join(' ') },
          signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
        })
        await expectOk(response, `PURGE ${url.origin}`)
      }
    },
  }
}
