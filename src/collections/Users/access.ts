import type { Access, FieldAccess } from 'payload'

import { isAdmin, isStaff } from '@/access/roles'

/** Admins see every account; anyone else only their own. */
export const adminOrSelf: Access = ({ req }) => {
  if (isAdmin(req.user)) return true
  return req.user ? { id: { equals: req.user.id } } : false
}

export const adminOnly: Access = ({ req }) => isAdmin(req.user)

export const adminOnlyField: FieldAccess = ({ req }) => isAdmin(req.user)

/** Partners hold API keys only; the admin panel is for staff. */
export const staffPanel = ({ req }: Parameters<Access>[0]) => isStaff(req.user)
