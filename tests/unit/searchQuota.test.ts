import { env } from '@/env'
import { searchOverQuota } from '@/security/searchQuota'

// env() is read for TRUSTED_PROXY_HOPS (0: the last X-Forwarded-For entry is the address); its required variables need values.
process.env.DATABASE_URL ??= 'postgres://localhost/unused'
process.env.PAYLOAD_SECRET ??= 'unit-test-secret-0123456789abcdef0123'

test('site search: an address past its quota gets 429 with Retry-After and a JSON message; other addresses and pages do not', async () => {
  const from = (address: string) => new Headers({ 'x-forwarded-for': address })
  for (let i = 0; i < env().SEARCH_RATE_LIMIT; i++)
    expect(await searchOverQuota('/en/search', from('192.0.2.1'))).toBeUndefined()
  const refused = await searchOverQuota('/fr/search', from('192.0.2.1'))
  expect(refused?.status).toBe(429)
  expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0)
  expect(((await refused?.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/Too many searches/)
  expect(await searchOverQuota('/en/search', from('192.0.2.2'))).toBeUndefined()
  expect(await searchOverQuota('/en/programme', from('192.0.2.1'))).toBeUndefined()
})
