import type { Access, PayloadHandler, SanitizedConfig } from 'payload'

import { isStaff } from './roles'

/** Payload's own bookkeeping collections, whose default access is "any logged-in user". */
const INTERNAL = ['payload-locked-documents', 'payload-preferences']
const OPERATIONS = ['create', 'read', 'update', 'delete'] as const

/**
 * Partners log in with an API key, so Payload's default would let them write
 * editors' document locks and preferences. These collections are added while
 * the config is sanitized, after any plugin could change them: their access
 * is narrowed to staff here, on the sanitized config.
 */
export function internalCollectionsForStaffOnly(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections.filter(({ slug }) => INTERNAL.includes(slug))) {
    for (const operation of OPERATIONS) {
      const original: Access | undefined = collection.access[operation]
      collection.access[operation] = (args) => (isStaff(args.req.user) ? (original ? original(args) : true) : false)
    }
    // Their own endpoints (`/api/payload-preferences/:key`) skip collection access and let any logged-in user through.
    if (collection.endpoints)
      collection.endpoints = collection.endpoints.map((endpoint) => ({
        ...endpoint,
        handler: staffOnly(endpoint.handler),
      }))
  }
  return config
}

function staffOnly(handler: PayloadHandler): PayloadHandler {
  return (req) =>
    isStaff(req.user)
      ? handler(req)
      : Promise.resolve(
          Response.json(
            { errors: [{ message: 'Only staff (editors and admins) have preferences and document locks.' }] },
            { status: 403 },
          ),
        )
}
