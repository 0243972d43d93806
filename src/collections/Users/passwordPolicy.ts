/** What makes a password acceptable; one readable sentence per refusal. */
export const MIN_PASSWORD_LENGTH = 12

// Long enough to pass the length rule yet the first guesses of any attacker.
const COMMON = new Set([
  '123456789012',
  '1234567890123',
  'password1234',
  'password12345',
  'passwordpassword',
  'qwertyuiop12',
  'qwertyuiopasdf',
  'iloveyou1234',
  'administrator',
  'letmein12345',
  'welcome12345',
  'changeme1234',
  'abcdefghijkl',
  'filmweek2025',
  'filmweek2026',
  'motdepasse123',
])

/** Why `password` is refused for the account `email`, or null when it is acceptable. */
export function passwordProblem(password: string, email?: string | null): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`
  const lower = password.toLowerCase()
  const address = email?.toLowerCase()
  if (address && (lower === address || lower === address.split('@')[0]))
    return 'The password must not be the email address.'
  if (COMMON.has(lower) || new Set(lower).size === 1)
    return 'This password is too common: choose a longer phrase of unrelated words.'
  return null
}
