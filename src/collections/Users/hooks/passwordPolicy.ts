import { ValidationError, type CollectionBeforeOperationHook, type CollectionBeforeValidateHook } from 'payload'

import type { User } from '@/payload-types'

import { passwordProblem } from '../passwordPolicy'

function refuse(password: unknown, email: string | null | undefined): void {
  if (typeof password !== 'string') return
  const problem = passwordProblem(password, email)
  // A ValidationError on `password`: 400 naming the field over REST, the message under the field in the admin.
  if (problem) throw new ValidationError({ collection: 'users', errors: [{ path: 'password', message: problem }] })
}

/** Creating an account or changing its password (admin, REST, first register). */
export const passwordPolicyOnSave: CollectionBeforeValidateHook<User> = ({ data, originalDoc }) => {
  refuse((data as { password?: unknown } | undefined)?.password, data?.email ?? originalDoc?.email)
  return data
}

/** A reset by emailed token skips validation hooks with the new password: checked before it is hashed. */
export const passwordPolicyOnReset: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation === 'resetPassword') refuse((args as { data?: { password?: unknown } }).data?.password, null)
  return args
}
