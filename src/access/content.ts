import type { Access, PayloadRequest } from 'payload'

import { isStaff } from './roles'

/** Where clause that keeps drafts and unpublished documents away from readers. */
export const PUBLISHED_ONLY = { _status: { equals: 'published' } } as const

const staffOnly: Access = ({ req }: { req: PayloadRequest }) => isStaff(req.user)

/**
 * Access for every collection an editor publishes: anyone may read what is
 * published, staff read drafts too; only staff write. Partners (API keys) and
 * anonymous visitors get exactly the same read-only, published-only view.
 */
export const contentAccess = {
  read: ({ req }: { req: PayloadRequest }) => (isStaff(req.user) ? true : PUBLISHED_ONLY),
  readVersions: staffOnly,
  create: staffOnly,
  update: staffOnly,
  delete: staffOnly,
}
