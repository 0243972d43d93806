import type { Access, FieldAccess } from 'payload'

import { isAdmin, isStaff } from '@/access/roles'

/**
 * Admins see and change every account. Editors see and change only their own
 * (the admin panel needs it). Partners, whose keys are their only login, can
 * neither read nor change any account: their access is read-only content.
 */
export const adminOrOwnStaffAccount: Access = ({ req }) => {
  if (isAdmin(req.user)) return true
  return isStaff(req.user) && req.user ? { id: { equals: req.user.id } } : false
}

export const adminOnly: Access = ({ req }) => isAdmin(req.user)

export const adminOnlyField: FieldAccess = ({ req }) => isAdmin(req.user)

/** Partners hold API keys only; the admin panel is for staff. */
export const staffPanel = ({ req }: Parameters<Access>[0]) => isStaff(req.user)
