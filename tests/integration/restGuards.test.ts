/**
 * The Next route of Payload's REST API (/api/[...slug]) with the checks in
 * front of Payload: bodies that are not a JSON object, and 401s that say how
 * to authenticate.
 */
import { createAccounts, PASSWORD, type Accounts } from '../helpers/fixtures'
import { createTestPayload, type TestPayload } from '../helpers/payload'
import { login } from '../helpers/rest'

let ctx: TestPayload
let accounts: Accounts
let route: typeof import('@/app/(payload)/api/[...slug]/route')
let graphql: typeof import('@/app/(payload)/api/graphql/route')

beforeAll(async () => {
  // Read once per process (env()): low, so a test can spend it.
  process.env.API_RATE_LIMIT_ANONYMOUS = '5'
  process.env.API_RATE_LIMIT_PARTNER = '8'
  ctx = await createTestPayload()
  accounts = await createAccounts(ctx.payload)
  route = await import('@/app/(payload)/api/[...slug]/route')
  graphql = await import('@/app/(payload)/api/graphql/route')
})
afterAll(async () => ctx?.close())

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

/** A request through the Next route, as `next start` would hand it over. */
async function call(
  method: Method,
  path: string,
  { body, headers = {} }: { body?: string; headers?: Record<string, string> } = {},
) {
  const url = new URL(`http://localhost:3000/api${path}`)
  const request = new Request(url, { method, body, headers: { 'content-type': 'application/json', ...headers } })
  const response = await route[method](request, { params: Promise.resolve({ slug: url.pathname.split('/').slice(2) }) })
  const text = await response.text()
  return {
    status: response.status,
    headers: response.headers,
    text,
    json: text ? (JSON.parse(text) as { errors?: { message: string }[] }) : null,
  }
}

describe('a write whose JSON body is not an object is refused, and nothing is written', () => {
  test.each([
    ['an array', '[]', /not an array/],
    ['null', 'null', /not null/],
    ['a string', '"title"', /not a string/],
    ['a number', '42', /not a number/],
  ])('POST /api/films?draft=true with %s → 400 naming the body', async (_kind, body, message) => {
    const token = await login(accounts.editor.email, PASSWORD)
    const before = await ctx.payload.count({ collection: 'films' })
    const { status, json } = await call('POST', '/films?draft=true', {
      body,
      headers: { authorization: `JWT ${token}` },
    })
    expect(status).toBe(400)
    expect(json?.errors?.[0]?.message).toMatch(/request body must be a JSON object/)
    expect(json?.errors?.[0]?.message).toMatch(message)
    expect(await ctx.payload.count({ collection: 'films' })).toEqual(before)
  })

  test('PATCH with an array is refused too; an object goes through', async () => {
    const token = await login(accounts.editor.email, PASSWORD)
    const film = await ctx.payload.create({
      collection: 'films',
      data: { originalTitle: 'Guarded', title: 'Guarded', slug: 'guarded' },
    })
    const auth = { authorization: `JWT ${token}` }
    expect((await call('PATCH', `/films/${film.id}`, { body: '[{"title":"x"}]', headers: auth })).status).toBe(400)
    const patched = await call('PATCH', `/films/${film.id}`, {
      body: JSON.stringify({ title: 'Guarded too' }),
      headers: auth,
    })
    expect(patched.status).toBe(200)
  })
})

describe('401 says how to authenticate', () => {
  test('a wrong password', async () => {
    const { status, headers } = await call('POST', '/users/login', {
      body: JSON.stringify({ email: accounts.editor.email, password: 'not-the-password-at-all' }),
    })
    expect(status).toBe(401)
    expect(headers.get('www-authenticate')).toMatch(/^users API-Key, Bearer realm="[^"]+"$/)
  })

  test('other answers carry no challenge', async () => {
    expect((await call('GET', '/films')).headers.get('www-authenticate')).toBeNull()
    const response = await graphql.POST(
      new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ meUser { user { id } } }' }),
      }),
      {},
    )
    expect(response.headers.get('www-authenticate')).toBeNull()
  })
})

describe('GraphQL paging out of range', () => {
  const ask = (body: unknown) =>
    graphql.POST(
      new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.7.0.20' },
        body: JSON.stringify(body),
      }),
      {},
    )

  test.each([
    [
      'a page below 1',
      { query: '{ Films(page: -1, limit: 100) { totalDocs } }' },
      /^page: must be 1 or more, not -1\.$/,
    ],
    [
      'a negative limit in a variable',
      { query: 'query ($n: Int) { Films(limit: $n) { totalDocs } }', variables: { n: -5 } },
      /^limit: must be 0 or more, not -5\.$/,
    ],
  ])('%s answers 400 naming the argument, not a failed query', async (_what, body, message) => {
    const response = await ask(body)
    const json = (await response.json()) as { errors?: { message: string }[] }
    expect({ status: response.status, message: json.errors?.[0]?.message }).toEqual({
      status: 400,
      message: expect.stringMatching(message),
    })
  })
})

describe('rate limits on REST and GraphQL', () => {
  const from = (address: string, extra: Record<string, string> = {}) => ({ 'x-forwarded-for': address, ...extra })

  test('an anonymous address gets 429 with Retry-After once its quota is spent, on REST and GraphQL alike; another address does not', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 5; i++)
      statuses.push((await call('GET', '/films?limit=1', { headers: from('10.7.0.1') })).status)
    expect(statuses).toEqual([200, 200, 200, 200, 200])
    const refused = await call('GET', '/films?limit=1', { headers: from('10.7.0.1') })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(refused.json?.errors?.[0]?.message).toMatch(/Too many requests/)
    const query = await graphql.POST(
      new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...from('10.7.0.1') },
        body: JSON.stringify({ query: '{ Films { totalDocs } }' }),
      }),
      {},
    )
    expect(query.status).toBe(429)
    expect((await call('GET', '/films?limit=1', { headers: from('10.7.0.2') })).status).toBe(200)
  })

  test('a made-up Authorization header spends the address quota; a partner key has its own; staff are not limited', async () => {
    for (let i = 0; i < 5; i++)
      await call('GET', '/films?limit=1', { headers: from('10.7.0.3', { authorization: 'users API-Key made-up-key' }) })
    expect(
      (
        await call('GET', '/films?limit=1', {
          headers: from('10.7.0.3', { authorization: 'users API-Key made-up-key' }),
        })
      ).status,
    ).toBe(429)
    const partner = { authorization: `users API-Key ${accounts.partnerKey}` }
    expect((await call('GET', '/films?limit=1', { headers: from('10.7.0.3', partner) })).status).toBe(200)
    const token = await login(accounts.editor.email, PASSWORD)
    const staff: number[] = []
    for (let i = 0; i < 10; i++)
      staff.push(
        (await call('GET', '/films?limit=1', { headers: from('10.7.0.3', { authorization: `JWT ${token}` }) })).status,
      )
    expect(staff.every((status) => status === 200)).toBe(true)
  })
})
