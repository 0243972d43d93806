import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { checkAgainstNoAccount } from '../passwordHash'

type Form = { email?: unknown; password?: unknown; token?: unknown }

/**
 * A login for an email with no account does the password work it would do
 * for one: otherwise Payload answers an unknown email at once and a wrong
 * password only after hashing it, which tells anyone which emails have
 * accounts. The message was already the same.
 */
async function sameWorkForUnknownEmails(
  req: Parameters<CollectionBeforeOperationHook>[0]['req'],
  { email, password }: Form,
): Promise<void> {
  if (typeof email !== 'string' || typeof password !== 'string') return
  const account = await req.payload.db.findOne({
    collection: 'users',
    req,
    where: { email: { equals: email.toLowerCase().trim() } },
  })
  if (!account) await checkAgainstNoAccount(password)
}

/**
 * A reset link that no longer works is said in words that survive the
 * production build: Payload's own error lost its message there ("An unknown
 * error occurred."); a validation error keeps it, naming `token`.
 */
async function tokenStillValid(
  req: Parameters<CollectionBeforeOperationHook>[0]['req'],
  { token }: Form,
): Promise<void> {
  const found =
    typeof token === 'string' &&
    (await req.payload.db.findOne({
      collection: 'users',
      req,
      where: {
        and: [
          { resetPasswordToken: { equals: token } },
          { resetPasswordExpiration: { greater_than: new Date().toISOString() } },
        ],
      },
    }))
  if (!found)
    throw new ValidationError({
      collection: 'users',
      errors: [
        {
          path: 'token',
          message: 'This reset link is invalid or has expired (links work for one hour, once): ask for a new one.',
        },
      ],
    })
}

export const authForms: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const data = ((args as { data?: Form }).data ?? {}) as Form
  if (operation === 'login') await sameWorkForUnknownEmails(req, data)
  if (operation === 'resetPassword') await tokenStillValid(req, data)
  return args
}
