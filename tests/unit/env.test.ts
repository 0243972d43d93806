import { spawnSync } from 'node:child_process'

import { EnvError, envOrExit, parseEnv } from '@/env'

/** A TypeScript script in a process of its own, with only `env` (and PATH) as its environment. */
const tsx = (args: string[], env: Record<string, string>) =>
  spawnSync('node_modules/.bin/tsx', args, {
    env: { PATH: process.env.PATH, NODE_ENV: 'test', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  })

const valid = { DATABASE_URL: 'postgres://user:pass@localhost:5432/filmweek', PAYLOAD_SECRET: 'x'.repeat(32) }

test('a complete environment parses, with defaults filled in', () => {
  expect(parseEnv(valid)).toMatchObject({
    ...valid,
    NODE_ENV: 'development',
    SERVER_URL: 'http://localhost:3000',
    MEDIA_DIR: '.data/media',
  })
})

test.each([
  ['DATABASE_URL', { ...valid, DATABASE_URL: undefined }],
  ['DATABASE_URL', { ...valid, DATABASE_URL: 'mysql://localhost/filmweek' }],
  ['PAYLOAD_SECRET', { ...valid, PAYLOAD_SECRET: undefined }],
  ['PAYLOAD_SECRET', { ...valid, PAYLOAD_SECRET: 'short' }],
  ['PAYLOAD_SECRET', { ...valid, PAYLOAD_SECRET: '', NODE_ENV: 'production' }],
  ['SERVER_URL', { ...valid, SERVER_URL: 'filmweek.example' }],
  ['SEED_ADMIN_PASSWORD', { ...valid, SEED_ADMIN_EMAIL: 'admin@filmweek.example' }],
  ['SEED_ADMIN_EMAIL', { ...valid, SEED_ADMIN_EMAIL: 'not-an-email', SEED_ADMIN_PASSWORD: 'long-enough-password' }],
  ['NEXT_SERVER_ACTIONS_ENCRYPTION_KEY', { ...valid, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: 'not base64!' }],
  [
    'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY',
    { ...valid, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(20).toString('base64') },
  ],
  ['DEPLOYMENT_ID', { ...valid, DEPLOYMENT_ID: 'v1 with spaces' }],
  ['SEED_ADMIN_PASSWORD', { ...valid, SEED_ADMIN_EMAIL: 'admin@filmweek.example', SEED_ADMIN_PASSWORD: 'too-short' }],
])('a missing or malformed %s stops start-up with a message naming it', (name, source) => {
  expect(() => parseEnv(source)).toThrow(EnvError)
  expect(() => parseEnv(source)).toThrow(new RegExp(`^\\s+${name}: `, 'm'))
})

test('production has no default secret to fall back on', () => {
  expect(() => parseEnv({ DATABASE_URL: valid.DATABASE_URL, NODE_ENV: 'production' })).toThrow(
    /PAYLOAD_SECRET: is required/,
  )
})

test('a 32-byte Server Actions key and a commit-like deployment id are accepted', () => {
  const parsed = parseEnv({
    ...valid,
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
    DEPLOYMENT_ID: 'v1.2-abc123',
  })
  expect(parsed.DEPLOYMENT_ID).toBe('v1.2-abc123')
})

const admin = (password: string) => ({
  ...valid,
  SEED_ADMIN_EMAIL: 'festival-admin@filmweek.example',
  SEED_ADMIN_PASSWORD: password,
})

test.each([
  ['a common one', 'Password1234', /common/],
  ['the email', 'festival-admin', /email/],
])(
  "a seed admin password of 12+ characters that the users' policy refuses (%s) stops start-up, before the seed writes anything",
  (_, password, reason) => {
    expect(() => parseEnv(admin(password))).toThrow(/^\s+SEED_ADMIN_PASSWORD: is refused by the password policy: /m)
    expect(() => parseEnv(admin(password))).toThrow(reason)
  },
)

test('a seed admin password the policy accepts passes', () => {
  expect(parseEnv(admin('plum-harbour-lantern-42')).SEED_ADMIN_PASSWORD).toBe('plum-harbour-lantern-42')
})

describe('at server start (instrumentation)', () => {
  /** Runs `envOrExit` with the process's exit and error output caught. */
  function atStart(source: Record<string, string>) {
    const { exit } = process
    const { error } = console
    const printed: unknown[] = []
    let exitCode: number | undefined
    console.error = (line: unknown) => void printed.push(line)
    process.exit = ((code?: number) => {
      exitCode = code
      throw new Error('exited')
    }) as typeof process.exit
    try {
      return { result: envOrExit(source), exitCode, printed: printed.join('\n') }
    } catch {
      return { result: undefined, exitCode, printed: printed.join('\n') }
    } finally {
      process.exit = exit
      console.error = error
    }
  }

  test('a bad environment prints the variable and exits 1', () => {
    const { result, exitCode, printed } = atStart({ DATABASE_URL: valid.DATABASE_URL })
    expect(exitCode).toBe(1)
    expect(printed).toMatch(/^\s+PAYLOAD_SECRET: is required/m)
    expect(result).toBeUndefined()
  })

  test('a good environment is returned, nothing printed', () => {
    expect(atStart(valid)).toEqual({ result: expect.objectContaining(valid), exitCode: undefined, printed: '' })
  })

  // What `next start` does first: the real register() in a process of its own.
  test('register() in a Node server process exits non-zero naming the variable', () => {
    const run = (extra: Record<string, string>) =>
      tsx(
        ['-e', "import('./src/instrumentation.ts').then((m) => m.register()).then(() => console.log('registered'))"],
        {
          NEXT_RUNTIME: 'nodejs',
          DATABASE_URL: valid.DATABASE_URL,
          ...extra,
        },
      )
    const bad = run({ PAYLOAD_SECRET: 'short' })
    expect(bad.status).toBe(1)
    expect(bad.stderr).toMatch(/^\s+PAYLOAD_SECRET: must be at least 32 characters/m)
    expect(bad.stdout).not.toContain('registered')
    const good = run({ PAYLOAD_SECRET: valid.PAYLOAD_SECRET })
    expect(good.stderr).toBe('')
    expect(good.stdout).toContain('registered')
    expect(good.status).toBe(0)
  })
})

test('the embedded-database runner names a bad variable instead of printing zod JSON', () => {
  const { status, stderr } = tsx(['src/scripts/with-db.ts', 'true'], { EMBEDDED_PG_PORT: '80' })
  expect(status).toBe(1)
  expect(stderr).toMatch(/^Invalid environment:\n\s+EMBEDDED_PG_PORT: /m)
  expect(stderr).not.toContain('"code"')
})

test.each([
  ['equal', { API_RATE_LIMIT_ANONYMOUS: '100', API_RATE_LIMIT_PARTNER: '100' }],
  ['lower', { API_RATE_LIMIT_ANONYMOUS: '2000' }],
])('a partner limit %s to the anonymous one is refused, naming both', (_case, limits) => {
  expect(() => parseEnv({ ...valid, ...limits })).toThrow(/^\s+API_RATE_LIMIT_PARTNER: .*API_RATE_LIMIT_ANONYMOUS/m)
})

test('a partner limit above the anonymous one is accepted', () => {
  expect(parseEnv({ ...valid, API_RATE_LIMIT_ANONYMOUS: '5', API_RATE_LIMIT_PARTNER: '6' })).toMatchObject({
    API_RATE_LIMIT_ANONYMOUS: 5,
    API_RATE_LIMIT_PARTNER: 6,
  })
})

test.each(['-1', '1.5', 'two'])('TRUSTED_PROXY_HOPS=%s is refused, naming it', (hops) => {
  expect(() => parseEnv({ ...valid, TRUSTED_PROXY_HOPS: hops })).toThrow(/^\s+TRUSTED_PROXY_HOPS: /m)
})

test('TRUSTED_PROXY_HOPS defaults to 0: the socket address', () => {
  expect(parseEnv(valid).TRUSTED_PROXY_HOPS).toBe(0)
})
