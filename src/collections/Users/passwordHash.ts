/**
 * Checking a password against a stored Payload hash, for the checks Payload
 * has no hook for: the current password of a self-service change, and the
 * same work for an unknown email at login. Payload's own format
 * (auth/strategies/local/generatePasswordSaltHash): PBKDF2-SHA256,
 * `pbkdf2-sha256-v1:` + 600,000 rounds and 32 bytes, or the legacy 25,000
 * rounds and 512 bytes.
 */
import crypto from 'node:crypto'
import { promisify } from 'node:util'

const pbkdf2 = promisify(crypto.pbkdf2)

const CURRENT = { prefix: 'pbkdf2-sha256-v1:', iterations: 600_000, keyLength: 32 }
const LEGACY = { iterations: 25_000, keyLength: 512 }

/** Whether `password` is the one `hash` and `salt` were made from. */
export async function passwordMatches(password: string, stored: { hash?: unknown; salt?: unknown }): Promise<boolean> {
  const { hash, salt } = stored
  if (typeof hash !== 'string' || typeof salt !== 'string') return false
  const current = hash.startsWith(CURRENT.prefix)
  const { iterations, keyLength } = current ? CURRENT : LEGACY
  const expected = Buffer.from(current ? hash.slice(CURRENT.prefix.length) : hash, 'hex')
  const actual = await pbkdf2(password, salt, iterations, keyLength, 'sha256')
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected)
}

const DUMMY = {
  hash: `${CURRENT.prefix}${'0'.repeat(CURRENT.keyLength * 2)}`,
  salt: crypto.randomBytes(32).toString('hex'),
}

/** The work of checking a password against an account, for an email that has none: a login then takes as long either way. */
export async function checkAgainstNoAccount(password: string): Promise<void> {
  await passwordMatches(password, DUMMY)
}
