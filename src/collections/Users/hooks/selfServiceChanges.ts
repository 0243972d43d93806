import { APIError, ValidationError, type CollectionBeforeOperationHook, type TypeWithID } from 'payload'

import { isAdmin } from '@/access/roles'

import { passwordMatches } from '../passwordHash'

/**
 * Fields only an admin sets (their field access), and Payload's own auth
 * columns, which nobody sets through the API. Payload drops them silently
 * from anyone else's change and answers 200, as if they had been saved.
 */
const ADMIN_ONLY = ['role', 'enableAPIKey', 'apiKey', 'apiKeyIndex'] as const
const INTERNAL = [
  'hash',
  'salt',
  'loginAttempts',
  'lockUntil',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'sessions',
  '_verified',
  '_verificationToken',
] as const

type Data = Record<string, unknown>

const same = (field: string, wanted: unknown, stored: unknown) =>
  field === 'enableAPIKey'
    ? Boolean(wanted) === Boolean(stored)
    : field === 'apiKey' || field === 'apiKeyIndex'
      ? !wanted
      : wanted === stored

const normalizedEmail = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : value)

/**
 * Before Payload applies field access to a change of an account over the API:
 * - a field the caller may not change is refused (403 naming it) instead of
 *   being ignored; the value it already has may be sent back, as the admin's
 *   form does;
 * - changing one's own email or password takes the current password
 *   (`currentPassword`): a session left open must not hand the account over.
 *   An admin changing someone else's account needs none.
 */
export const refuseUnauthorizedAccountChanges: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update') return args
  const { data, id, overrideAccess } = args as { data?: Data; id?: number | string; overrideAccess?: boolean }
  if (overrideAccess || !data || !req.user) return args
  if (id === undefined) {
    // A bulk change (PATCH /api/users?where=…): no stored value to compare with, no current password to check.
    const refused = [...(isAdmin(req.user) ? [] : ADMIN_ONLY), ...INTERNAL, 'email', 'password'].filter(
      (field) => field in data,
    )
    if (refused.length)
      throw new APIError(`${refused.join(', ')} cannot be changed by a bulk update: change one account at a time.`, 403)
    return args
  }
  const stored = await req.payload.db.findOne<Data & TypeWithID>({
    collection: 'users',
    req,
    where: { id: { equals: id } },
  })
  // Not found, or not theirs to change: Payload's access control answers.
  if (!stored) return args

  const locked = [...(isAdmin(req.user) ? [] : ADMIN_ONLY), ...INTERNAL].filter(
    (field) => field in data && !same(field, data[field], stored[field]),
  )
  if (locked.length)
    throw new APIError(
      `You may not change ${locked.join(', ')}: ${isAdmin(req.user) ? 'Payload sets it' : 'only an admin can'}.`,
      403,
    )

  const self = String(req.user.id) === String(id)
  const newPassword = typeof data.password === 'string' && data.password !== ''
  const newEmail = 'email' in data && normalizedEmail(data.email) !== normalizedEmail(stored.email)
  if (!self || (!newPassword && !newEmail)) return args
  const what = newPassword && newEmail ? 'email and password' : newPassword ? 'password' : 'email'
  const current = data.currentPassword
  if (typeof current !== 'string' || current === '') {
    throw new ValidationError({
      collection: 'users',
      errors: [{ path: 'currentPassword', message: `Enter your current password to change your ${what}.` }],
    })
  }
  if (!(await passwordMatches(current, { hash: stored.hash, salt: stored.salt }))) {
    throw new ValidationError({
      collection: 'users',
      errors: [{ path: 'currentPassword', message: 'This is not your current password.' }],
    })
  }
  return args
}
