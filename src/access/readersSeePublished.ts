import type { CollectionBeforeOperationHook } from 'payload'

import { isStaff } from './roles'

/**
 * Readers who are not staff always get the published view. Without this, a
 * visitor's `?draft=true` makes Payload read the newest version, which the
 * published-only access then filters out: published documents with a
 * pending draft would vanish from their lists.
 */
export const readersSeePublished: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (operation !== 'read' || overrideAccess || isStaff(req.user)) return args
  return { ...args, draft: false }
}
