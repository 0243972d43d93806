import type { CollectionBeforeOperationHook } from 'payload'

import { isStaff } from './roles'

/** The most documents and the deepest population a visitor or partner gets in one request. */
export const READER_MAX_LIMIT = 100
export const READER_MAX_DEPTH = 2

/** A requested page size within 1..READER_MAX_LIMIT; 0 or less means "all" to Payload, so it becomes the cap. */
const cappedLimit = (limit: unknown) =>
  typeof limit === 'number' && limit > 0 ? Math.min(limit, READER_MAX_LIMIT) : READER_MAX_LIMIT

/**
 * Each join's page capped like the documents' own: `joins[screenings][limit]=0`
 * is unlimited in the database adapter. A join left out keeps its field's
 * default limit (10).
 */
type Joins = false | Record<string, false | { limit?: number }> | undefined

function cappedJoins(joins: Joins): Joins {
  if (!joins) return joins
  return Object.fromEntries(
    Object.entries(joins).map(([path, join]) => [
      path,
      join && join.limit !== undefined ? { ...join, limit: cappedLimit(join.limit) } : join,
    ]),
  )
}

/**
 * Bounds what readers who are not staff can ask for, whatever the query says:
 * - always the published view: a `?draft=true` would make Payload read the
 *   newest versions, which published-only access then filters out, hiding
 *   published documents that have a pending draft;
 * - at most READER_MAX_LIMIT documents, with pagination (`limit=0` and
 *   `pagination=false` would otherwise return a whole collection), and as
 *   many per join;
 * - population at most READER_MAX_DEPTH deep.
 * The site's own data layer reads on a visitor's behalf with the same access
 * but needs whole lists (a programme has hundreds of screenings): it marks
 * its reads with `context.siteRead`, which no HTTP client can set.
 */
export const readerLimits: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (operation !== 'read' || overrideAccess || isStaff(req.user)) return args
  if (req.context.siteRead) return { ...args, draft: false }
  const depth = typeof args.depth === 'number' ? Math.min(Math.max(args.depth, 0), READER_MAX_DEPTH) : args.depth
  const joins = cappedJoins(args.joins as Joins)
  if (!('limit' in args)) return { ...args, draft: false, depth, joins }
  return { ...args, draft: false, limit: cappedLimit(args.limit), pagination: true, depth, joins }
}
