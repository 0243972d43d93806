import type { PayloadHandler, SanitizedConfig, Where } from 'payload'

const PREFERENCES = 'payload-preferences'

/**
 * Payload answers 501 "Cannot GET" for a collection without REST endpoints
 * (`payload-migrations`): a 404 instead, as for any route that does not
 * exist. Payload reads `endpoints: false` only when routing a request.
 */
function noEndpointsIsNotFound(config: SanitizedConfig): void {
  for (const collection of config.collections) if (collection.endpoints === false) collection.endpoints = []
}

/**
 * `DELETE /api/payload-preferences/:key`. Payload's own handler failed with a
 * 500 for a key the user has no preference under: its database adapter then
 * queries the user relation without joining its table ("missing
 * FROM-clause"). The preference is found first, and deleted by its id.
 */
const deletePreference: PayloadHandler = async (req) => {
  const key = String(req.routeParams?.key ?? '')
  if (!req.user) return Response.json({ errors: [{ message: 'Log in to delete a preference.' }] }, { status: 401 })
  const where: Where = {
    and: [
      { key: { equals: key } },
      { 'user.value': { equals: req.user.id } },
      { 'user.relationTo': { equals: req.user.collection } },
    ],
  }
  const found = await req.payload.db.findOne<{ id: number | string }>({ collection: PREFERENCES, req, where })
  const deleted =
    found && (await req.payload.db.deleteOne({ collection: PREFERENCES, req, where: { id: { equals: found.id } } }))
  if (!deleted)
    return Response.json(
      { errors: [{ message: `Not Found: you have no preference named "${key.slice(0, 100)}".` }] },
      { status: 404 },
    )
  return Response.json({ ...deleted, message: req.t('general:deletedSuccessfully') })
}

function preferenceDeletesFindFirst(config: SanitizedConfig): void {
  const endpoints = config.collections.find(({ slug }) => slug === PREFERENCES)?.endpoints
  if (!endpoints) return
  const index = endpoints.findIndex(({ method, path }) => method === 'delete' && path === '/:key')
  if (index >= 0) endpoints[index] = { ...endpoints[index]!, handler: deletePreference }
}

/** Payload's built-in routes that answered 5xx to a client's request, answering 4xx. Runs before any wrapping of their handlers. */
export function payloadEndpointsAnswer4xx(config: SanitizedConfig): SanitizedConfig {
  noEndpointsIsNotFound(config)
  preferenceDeletesFindFirst(config)
  return config
}
