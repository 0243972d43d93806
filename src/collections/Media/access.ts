import { type Access, type CollectionAfterErrorHook, type FieldAccess, Forbidden, type Where } from 'payload'

import { isStaff } from '@/access/roles'

/**
 * Who sees a media document (record and file): staff always; anyone else only
 * while a published document uses it (`usedByPublished`, kept by ./use) or
 * when an editor marked it public. A poster attached to a draft stays as
 * secret as the draft. The same Where guards `/api/media/file/…` (Payload
 * checks read access for files) and population of upload fields.
 */
export const VISIBLE_TO_READERS: Where = {
  or: [{ usedByPublished: { equals: true } }, { markedPublic: { equals: true } }],
}

export const mediaAccess = {
  read: (({ req }) => (isStaff(req.user) ? true : VISIBLE_TO_READERS)) satisfies Access,
  create: (({ req }) => isStaff(req.user)) satisfies Access,
  update: (({ req }) => isStaff(req.user)) satisfies Access,
  delete: (({ req }) => isStaff(req.user)) satisfies Access,
}

/** Bookkeeping fields readers have no use for (storage keys, the usage flag). */
export const staffOnlyField: FieldAccess = ({ req }) => isStaff(req.user)

/**
 * Payload answers a file it may not show with 403, which tells a prober the
 * file exists: a reader gets the same 404 as for a name that never existed.
 */
export const hiddenFileIsNotFound: CollectionAfterErrorHook = ({ error, req }) => {
  if (!(error instanceof Forbidden) || !req.routeParams?.filename) return
  return { status: 404, response: { errors: [{ message: 'Not Found' }] } }
}
