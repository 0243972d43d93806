import type { Endpoint, SanitizedConfig } from 'payload'

/**
 * In a custom endpoint's `custom`: the endpoint reads its body itself (a CSV
 * file, say), so the REST route's checks of write bodies leave it alone.
 */
export const READS_ITS_OWN_BODY = { readsItsOwnBody: true } as const

/** `POST /api/screenings/import` and the like: method and path of every endpoint marked READS_ITS_OWN_BODY (static paths). */
export function ownBodyRoutes(config: SanitizedConfig): Set<string> {
  const api = config.routes.api
  const marked = (endpoints: Endpoint[] | false | undefined, prefix: string) =>
    (endpoints || [])
      .filter((endpoint) => endpoint.custom?.readsItsOwnBody === true)
      .map((endpoint) => `${endpoint.method.toUpperCase()} ${api}${prefix}${endpoint.path}`)
  return new Set([
    ...marked(config.endpoints, ''),
    ...config.collections.flatMap((collection) => marked(collection.endpoints, `/${collection.slug}`)),
    ...config.globals.flatMap((global) => marked(global.endpoints, `/globals/${global.slug}`)),
  ])
}
