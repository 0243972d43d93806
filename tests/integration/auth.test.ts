/**
 * Account security over the REST API: login lockout, the password policy
 * (400 naming `password`), and API keys that stop working once revoked.
 */
import { createAccounts, PASSWORD, type Accounts } from '../helpers/fixtures'
import { call } from '../helpers/feed'
import { createTestPayload, type TestPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'

let ctx: TestPayload
let accounts: Accounts
let adminToken: string
let films: typeof import('@/app/api/v1/films/route')

beforeAll(async () => {
  ctx = await createTestPayload()
  accounts = await createAccounts(ctx.payload)
  adminToken = await login(accounts.admin.email, PASSWORD)
  films = await import('@/app/api/v1/films/route')
})
afterAll(async () => ctx?.close())

type ErrorBody = { errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }
const fieldErrors = (body: unknown) => (body as ErrorBody).errors?.flatMap((error) => error.data?.errors ?? []) ?? []

describe('abuse limits on the login and password-reset forms', () => {
  let route: typeof import('@/app/(payload)/api/[...slug]/route')
  let limits: typeof import('@/api/rest/authThrottle').AUTH_LIMITS
  beforeAll(async () => {
    route = await import('@/app/(payload)/api/[...slug]/route')
    limits = (await import('@/api/rest/authThrottle')).AUTH_LIMITS
  })

  let ip = 0
  const newAddress = () => `10.9.${Math.floor(++ip / 250)}.${ip % 250}`

  /** A form posted through the Next route from `address` (the socket's, as src/security/peerAddress.ts records it). */
  async function post(form: 'login' | 'forgot-password' | 'reset-password', body: unknown, address: string) {
    const request = new Request(`http://localhost:3000/api/users/${form}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify(body),
    })
    const response = await route.POST(request, { params: Promise.resolve({ slug: ['users', form] }) })
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as { errors?: { message: string }[] },
    }
  }

  test("the admin's login form (multipart, one `_payload` field, as Payload's admin posts it) logs in", async () => {
    const form = new FormData()
    form.set('_payload', JSON.stringify({ email: accounts.editor.email, password: PASSWORD }))
    const request = new Request('http://localhost:3000/api/users/login', {
      method: 'POST',
      headers: { 'x-forwarded-for': newAddress() },
      body: form,
    })
    const response = await route.POST(request, { params: Promise.resolve({ slug: ['users', 'login'] }) })
    expect(response.status).toBe(200)
  })

  test('one address is throttled before it can spend an account: known and unknown emails get the same 429, the owner logs in from elsewhere', async () => {
    const email = 'throttled@filmweek.test'
    await ctx.payload.create({ collection: 'users', data: { email, password: PASSWORD, role: 'editor' } })
    const attacker = newAddress()
    const answers: number[] = []
    for (let attempt = 1; attempt <= limits.perAddress + 1; attempt++)
      answers.push((await post('login', { email, password: `wrong-password-${attempt}` }, attacker)).status)
    expect(answers).toEqual([...Array(limits.perAddress).fill(401), 429])
    const refused = await post('login', { email, password: PASSWORD }, attacker)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(refused.body.errors?.[0]?.message).toMatch(/Too many attempts/)
    // The same answer whether the email has an account or not.
    const unknown = await post('login', { email: 'nobody-here@filmweek.test', password: 'whatever-password' }, attacker)
    expect([unknown.status, unknown.body]).toEqual([refused.status, refused.body])
    // The account itself is not locked: its owner, from another address, logs in.
    expect((await post('login', { email, password: PASSWORD }, newAddress())).status).toBe(200)
  })

  test('an account is throttled only after several addresses were each throttled; unknown emails alike', async () => {
    for (const email of [accounts.partner.email, 'never-registered@filmweek.test']) {
      const statuses: number[] = []
      for (let address = 0; address * limits.perAddress < limits.perAccount; address++) {
        const from = newAddress()
        for (let attempt = 0; attempt < limits.perAddress; attempt++)
          statuses.push((await post('login', { email, password: 'a-wrong-password' }, from)).status)
      }
      expect(statuses.every((status) => status === 401)).toBe(true)
      const locked = await post('login', { email, password: PASSWORD }, newAddress())
      expect([email, locked.status]).toEqual([email, 429])
      expect(locked.body.errors?.[0]?.message).toMatch(/Too many attempts/)
    }
  })

  test('a wrong password takes as long for an unknown email as for a known one', async () => {
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
    const timed = async (email: string) => {
      const times: number[] = []
      for (let i = 0; i < 5; i++) {
        const started = performance.now()
        expect((await post('login', { email, password: 'not-the-password-1' }, newAddress())).status).toBe(401)
        times.push(performance.now() - started)
      }
      return median(times)
    }
    const known = await timed(accounts.admin.email)
    const unknown = await timed('unknown-person@filmweek.test')
    // Before: about 0.35 s against 0.06 s (a ratio near 6). Generous for a loaded machine.
    expect(unknown / known).toBeGreaterThan(0.5)
    expect(unknown / known).toBeLessThan(2)
  })

  test.each([
    ['forgot-password', {}, /"email" is required/],
    ['forgot-password', { email: 42 }, /"email" is required/],
    ['forgot-password', { email: 'not an address' }, /"email" must be an email address/],
    ['reset-password', {}, /"token" is required/],
    ['reset-password', { token: 'abc' }, /"password" is required/],
    ['login', { email: 'someone@filmweek.test' }, /"password" is required/],
  ] as const)('%s with %j is a 400 naming the field', async (form, body, message) => {
    const { status, body: answer } = await post(form, body, newAddress())
    expect(status).toBe(400)
    expect(answer.errors?.[0]?.message).toMatch(message)
  })

  test('a reset token that does not work says so, naming token', async () => {
    const { status, body } = await post(
      'reset-password',
      { token: 'not-a-real-token', password: 'a-fine-new-passphrase-9' },
      newAddress(),
    )
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/"path":"token".*reset link is invalid or has expired/)
  })

  test('forgot-password answers the same for known and unknown emails, and is throttled per address', async () => {
    const from = newAddress()
    const known = await post('forgot-password', { email: accounts.editor.email }, from)
    const unknown = await post('forgot-password', { email: 'no-account@filmweek.test' }, from)
    expect([known.status, known.body]).toEqual([unknown.status, unknown.body])
    for (let i = 2; i < limits.perAddress; i++)
      await post('forgot-password', { email: 'no-account@filmweek.test' }, from)
    expect((await post('forgot-password', { email: accounts.editor.email }, from)).status).toBe(429)
  })
})

describe('logging', () => {
  /** The levels Payload's logger is called at while `run` runs. */
  async function levelsDuring(run: () => Promise<unknown>) {
    const { logger } = ctx.payload
    const levels: string[] = []
    const original = { info: logger.info, warn: logger.warn, error: logger.error }
    for (const level of ['info', 'warn', 'error'] as const) {
      logger[level] = ((...args: Parameters<typeof logger.info>) => {
        levels.push(level)
        return original[level].apply(logger, args)
      }) as typeof logger.info
    }
    try {
      await run()
    } finally {
      Object.assign(logger, original)
    }
    return levels
  }

  test("a wrong password and a malformed query are the client's mistakes: logged as info, not as server errors", async () => {
    const levels = await levelsDuring(async () => {
      expect(
        (await rest('POST', '/users/login', { body: { email: accounts.editor.email, password: 'not-the-password-1' } }))
          .status,
      ).toBe(401)
      expect((await rest('GET', '/films?where[nope][equals]=1')).status).toBe(400)
    })
    expect(levels).toContain('info')
    expect(levels).not.toContain('error')
  })
})

describe('password policy', () => {
  test.each([
    ['too short', 'short-pw'],
    ['the email address', 'weak@filmweek.test'],
    ['the email address in other case', 'WEAK@FILMWEEK.TEST'],
    ['a common password', 'Password1234'],
    ['one repeated character', 'aaaaaaaaaaaaaaaa'],
  ])('%s is refused with 400 naming the password field', async (_case, password) => {
    const { status, body } = await rest('POST', '/users', {
      token: adminToken,
      body: { email: 'weak@filmweek.test', password, role: 'editor' },
    })
    expect(status).toBe(400)
    expect(fieldErrors(body)).toEqual([
      expect.objectContaining({ path: 'password', message: expect.stringMatching(/\w+/) }),
    ])
  })

  test('a long passphrase is accepted', async () => {
    const { status } = await rest('POST', '/users', {
      token: adminToken,
      body: { email: 'strong@filmweek.test', password: 'plum-harbour-lantern-42', role: 'editor' },
    })
    expect(status).toBe(201)
  })

  test('changing a password to a weak one is refused too; the old one keeps working', async () => {
    const editorToken = await login(accounts.editor.email, PASSWORD)
    const { status, body } = await rest('PATCH', `/users/${accounts.editor.user.id}`, {
      token: editorToken,
      body: { password: 'editor', currentPassword: PASSWORD },
    })
    expect(status).toBe(400)
    expect(fieldErrors(body).map((error) => error.path)).toEqual(['password'])
    await login(accounts.editor.email, PASSWORD)
  })
})

describe('API keys', () => {
  const feed = (key: string) => call(films.GET, '/api/v1/films', { headers: { authorization: `users API-Key ${key}` } })

  test('a partner key works until an admin revokes it, then gets 401', async () => {
    const key = 'revocable-partner-key-0123456789'
    const partner = await ctx.payload.create({
      collection: 'users',
      data: { email: 'revoked@filmweek.test', password: PASSWORD, role: 'partner', enableAPIKey: true, apiKey: key },
    })
    expect((await feed(key)).status).toBe(200)

    const revoked = await rest('PATCH', `/users/${partner.id}`, { token: adminToken, body: { enableAPIKey: false } })
    expect(revoked.status).toBe(200)
    expect((await feed(key)).status).toBe(401)
    expect((await rest('GET', '/users/me', { apiKey: key })).body).toMatchObject({ user: null })
  })

  test('an admin gives a partner a key: it works, and is never read back', async () => {
    const key = 'admin-made-partner-key-0123456789'
    const created = await rest('POST', '/users', {
      token: adminToken,
      body: { email: 'cinema@filmweek.test', password: PASSWORD, role: 'partner', enableAPIKey: true, apiKey: key },
    })
    expect(created.status).toBe(201)
    expect((await feed(key)).status).toBe(200)
    const { id } = (created.body as { doc: { id: number } }).doc
    const read = await rest('GET', `/users/${id}`, { token: adminToken })
    expect(read.body).toMatchObject({ email: 'cinema@filmweek.test', enableAPIKey: true })
    expect(JSON.stringify([created.body, read.body])).not.toContain(key)
  })

  test('an editor cannot give themselves a key: the change is refused naming the fields, and no key works', async () => {
    const key = 'editor-made-key-0123456789abcdef'
    const editorToken = await login(accounts.editor.email, PASSWORD)
    const patched = await rest('PATCH', `/users/${accounts.editor.user.id}`, {
      token: editorToken,
      body: { name: 'Editor', enableAPIKey: true, apiKey: key },
    })
    expect(patched.status).toBe(403)
    expect(JSON.stringify(patched.body)).toMatch(/enableAPIKey, apiKey/)
    const stored = await ctx.payload.findByID({
      collection: 'users',
      id: accounts.editor.user.id,
      showHiddenFields: true,
    })
    expect(stored.name ?? null).toBeNull()
    expect(stored.enableAPIKey ?? false).toBe(false)
    expect(stored.apiKey ?? null).toBeNull()
    expect((await feed(key)).status).toBe(401)
    expect((await rest('GET', '/users/me', { apiKey: key })).body).toMatchObject({ user: null })
    // Nor can they read whether an account has a key.
    const own = await rest('GET', `/users/${accounts.editor.user.id}`, { token: editorToken })
    expect(own.body).not.toHaveProperty('hasAPIKey')
    expect(own.body).not.toHaveProperty('enableAPIKey', true)
  })

  test('the key of another partner is unaffected', async () => {
    expect((await feed(accounts.partnerKey)).status).toBe(200)
  })
})

describe('self-service changes of an account', () => {
  const editorChange = async (body: Record<string, unknown>) =>
    rest('PATCH', `/users/${accounts.editor.user.id}`, { token: await login(accounts.editor.email, PASSWORD), body })

  test('a role an editor may not give themselves is refused with 403 naming it, not ignored with a 200', async () => {
    const { status, body } = await editorChange({ role: 'admin' })
    expect(status).toBe(403)
    expect(JSON.stringify(body)).toMatch(/role/)
    expect((await ctx.payload.findByID({ collection: 'users', id: accounts.editor.user.id })).role).toBe('editor')
    // Sending back the value it has, as the admin's form does, is no change.
    expect((await editorChange({ role: 'editor', name: 'Same role' })).status).toBe(200)
  })

  test.each([
    ['email', { email: 'taken-over@filmweek.test' }],
    ['password', { password: 'a-new-long-passphrase-42' }],
  ])(
    'changing their own %s takes the current password: 400 naming currentPassword without it or with a wrong one',
    async (_what, change) => {
      for (const currentPassword of [undefined, 'not-my-password-at-all']) {
        const { status, body } = await editorChange({ ...change, ...(currentPassword ? { currentPassword } : {}) })
        expect(status).toBe(400)
        expect(fieldErrors(body)).toEqual([
          expect.objectContaining({ path: 'currentPassword', message: expect.stringMatching(/current password/) }),
        ])
      }
      const stored = await ctx.payload.findByID({ collection: 'users', id: accounts.editor.user.id })
      expect(stored.email).toBe(accounts.editor.email)
      await login(accounts.editor.email, PASSWORD)
    },
  )

  test('with the current password the change goes through; an admin changes another account without theirs', async () => {
    const account = await ctx.payload.create({
      collection: 'users',
      data: { email: 'mover@filmweek.test', password: PASSWORD, role: 'editor' },
    })
    const token = await login('mover@filmweek.test', PASSWORD)
    const moved = await rest('PATCH', `/users/${account.id}`, {
      token,
      body: { email: 'moved@filmweek.test', currentPassword: PASSWORD },
    })
    expect(moved.status).toBe(200)
    expect(JSON.stringify(moved.body)).not.toContain(PASSWORD)
    const reset = await rest('PATCH', `/users/${account.id}`, {
      token: adminToken,
      body: { password: 'admin-chosen-passphrase-7' },
    })
    expect(reset.status).toBe(200)
    await login('moved@filmweek.test', 'admin-chosen-passphrase-7')
  })
})
