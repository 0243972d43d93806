import { EnvError, parseEnv } from '@/env'

const valid = { DATABASE_URL: 'postgres://user:pass@localhost:5432/filmweek', PAYLOAD_SECRET: 'x'.repeat(32) }

test('a complete environment parses, with defaults filled in', () => {
  expect(parseEnv(valid)).toMatchObject({ ...valid, NODE_ENV: 'development', SERVER_URL: 'http://localhost:3000', MEDIA_DIR: '.data/media' })
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
  ['NEXT_SERVER_ACTIONS_ENCRYPTION_KEY', { ...valid, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(20).toString('base64') }],
  ['DEPLOYMENT_ID', { ...valid, DEPLOYMENT_ID: 'v1 with spaces' }],
])('a missing or malformed %s stops start-up with a message naming it', (name, source) => {
  expect(() => parseEnv(source)).toThrow(EnvError)
  expect(() => parseEnv(source)).toThrow(new RegExp(`^\\s+${name}: `, 'm'))
})

test('production has no default secret to fall back on', () => {
  expect(() => parseEnv({ DATABASE_URL: valid.DATABASE_URL, NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET: is required/)
})

test('a 32-byte Server Actions key and a commit-like deployment id are accepted', () => {
  const parsed = parseEnv({ ...valid, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'), DEPLOYMENT_ID: 'v1.2-abc123' })
  expect(parsed.DEPLOYMENT_ID).toBe('v1.2-abc123')
})

test.each([
  ['equal', { API_RATE_LIMIT_ANONYMOUS: '100', API_RATE_LIMIT_PARTNER: '100' }],
  ['lower', { API_RATE_LIMIT_ANONYMOUS: '2000' }],
])('a partner limit %s to the anonymous one is refused, naming both', (_case, limits) => {
  expect(() => parseEnv({ ...valid, ...limits })).toThrow(/^\s+API_RATE_LIMIT_PARTNER: .*API_RATE_LIMIT_ANONYMOUS/m)
})

test('a partner limit above the anonymous one is accepted', () => {
  expect(parseEnv({ ...valid, API_RATE_LIMIT_ANONYMOUS: '5', API_RATE_LIMIT_PARTNER: '6' })).toMatchObject({ API_RATE_LIMIT_ANONYMOUS: 5, API_RATE_LIMIT_PARTNER: 6 })
})

test.each(['-1', '1.5', 'two'])('TRUSTED_PROXY_HOPS=%s is refused, naming it', (hops) => {
  expect(() => parseEnv({ ...valid, TRUSTED_PROXY_HOPS: hops })).toThrow(/^\s+TRUSTED_PROXY_HOPS: /m)
})

test('TRUSTED_PROXY_HOPS defaults to 0: the socket address', () => {
  expect(parseEnv(valid).TRUSTED_PROXY_HOPS).toBe(0)
})
