import type { FieldAccess } from 'payload'

import { isStaff } from './roles'

/**
 * Read access of fields that exist for the site's own code and the admin
 * (search text, earlier slugs, slug generation, calendar revisions, admin
 * labels): staff, and the site's data layer, which marks its reads with
 * `context.siteRead` (no HTTP client can set it). Anonymous readers and
 * partners never get them, in any answer (REST, GraphQL, joins, populated
 * relations), nor may they filter or sort by them: Payload checks `where`
 * and `sort` paths against this same access, so a hidden value cannot be
 * guessed by querying it either.
 */
export const internalField: FieldAccess = ({ req }) => isStaff(req.user) || req.context?.siteRead === true

export const internalRead = { read: internalField }
