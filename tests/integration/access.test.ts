/**
 * The access matrix, through the REST API a browser or partner uses: every
 * content collection × every role × read (published and draft), create,
 * update and delete; then media, users and the site global.
 */
import {
  CONTENT_COLLECTIONS,
  createAccounts,
  createRefs,
  minimal,
  PASSWORD,
  type Accounts,
  type ContentSlug,
  type Refs,
} from '../helpers/fixtures'
import { PNG_1PX } from '../helpers/images'
import { createTestPayload, type TestPayload } from '../helpers/payload'
import { authHeaders, graphql, login, rest, send, type Credentials } from '../helpers/rest'

type Role = 'anonymous' | 'partner' | 'editor' | 'admin'
const ROLES: Role[] = ['anonymous', 'partner', 'editor', 'admin']
const STAFF = new Set<Role>(['editor', 'admin'])

let ctx: TestPayload
let accounts: Accounts
let refs: Refs
const credentials = {} as Record<Role, Credentials>

beforeAll(async () => {
  ctx = await createTestPayload()
  accounts = await createAccounts(ctx.payload)
  refs = await createRefs(ctx.payload)
  credentials.anonymous = {}
  credentials.partner = { apiKey: accounts.partnerKey }
  credentials.editor = { token: await login(accounts.editor.email, PASSWORD) }
  credentials.admin = { token: await login(accounts.admin.email, PASSWORD) }
})
afterAll(async () => ctx?.close())

type Doc = { id: number }
const ids = (body: unknown) => ((body as { docs: Doc[] }).docs ?? []).map((doc) => doc.id)

async function createAsAdmin(collection: ContentSlug, status: 'draft' | 'published'): Promise<number> {
  const { status: code, body } = await rest('POST', `/${collection}?draft=${status === 'draft'}`, {
    ...credentials.admin,
    body: { ...minimal[collection](refs), _status: status },
  })
  expect(code).toBe(201)
  return (body as { doc: Doc }).doc.id
}

describe.each(CONTENT_COLLECTIONS)('%s', (collection) => {
  let published: number
  let draft: number
  beforeAll(async () => {
    published = await createAsAdmin(collection, 'published')
    draft = await createAsAdmin(collection, 'draft')
  })

  test.each(ROLES)('%s reads published documents, and drafts only when staff', async (role) => {
    const list = await rest('GET', `/${collection}?limit=100&draft=true`, credentials[role])
    expect(list.status).toBe(200)
    expect(ids(list.body)).toContain(published)
    expect(ids(list.body).includes(draft)).toBe(STAFF.has(role))

    const one = await rest('GET', `/${collection}/${draft}?draft=true`, credentials[role])
    expect(one.status).toBe(STAFF.has(role) ? 200 : 404)
  })

  test.each(ROLES)('%s creates only when staff', async (role) => {
    const before = (await ctx.payload.count({ collection })).totalDocs
    const { status } = await rest('POST', `/${collection}`, {
      ...credentials[role],
      body: { ...minimal[collection](refs), _status: 'published' },
    })
    expect(status).toBe(STAFF.has(role) ? 201 : 403)
    expect((await ctx.payload.count({ collection })).totalDocs).toBe(before + (STAFF.has(role) ? 1 : 0))
  })

  test.each(ROLES)('%s updates and deletes only when staff', async (role) => {
    const target = await createAsAdmin(collection, 'published')
    const update = await rest('PATCH', `/${collection}/${target}`, { ...credentials[role], body: { _status: 'draft' } })
    expect(update.status).toBe(STAFF.has(role) ? 200 : 403)
    const removal = await rest('DELETE', `/${collection}/${target}`, credentials[role])
    expect(removal.status).toBe(STAFF.has(role) ? 200 : 403)
    const left = await ctx.payload.find({ collection, where: { id: { equals: target } }, draft: true })
    expect(left.totalDocs).toBe(STAFF.has(role) ? 0 : 1)
  })

  test.each(ROLES)('%s reads the version history only when staff', async (role) => {
    const history = await rest('GET', `/${collection}/versions?where[parent][equals]=${draft}`, credentials[role])
    expect(history.status).toBe(STAFF.has(role) ? 200 : 403)
    if (STAFF.has(role))
      expect((history.body as { docs: { parent: number }[] }).docs.map((version) => version.parent)).toContain(draft)
  })
})

describe('media', () => {
  test.each(ROLES)('%s may upload only when staff', async (role) => {
    const form = new FormData()
    form.append('file', new Blob([PNG_1PX], { type: 'image/png' }), `pixel-${role}.png`)
    form.append('_payload', JSON.stringify({ alt: 'A single pixel' }))
    const headers = authHeaders(credentials[role])
    const response = await send(new Request('http://localhost:3000/api/media', { method: 'POST', headers, body: form }))
    expect(response.status).toBe(STAFF.has(role) ? 201 : 403)
  })

  test('anyone may read media', async () => {
    expect((await rest('GET', '/media')).status).toBe(200)
  })
})

describe('users', () => {
  const visibleEmails = async (role: Role) => {
    const { status, body } = await rest('GET', '/users?limit=100', credentials[role])
    return { status, emails: ((body as { docs?: { email: string }[] }).docs ?? []).map((user) => user.email) }
  }

  test.each(['anonymous', 'partner'] as const)('%s sees no account, not even their own', async (role) => {
    expect((await visibleEmails(role)).status).toBe(403)
    expect((await rest('GET', `/users/${accounts.partner.user.id}`, credentials[role])).status).toBe(403)
  })

  test('an editor sees only their own account (the admin panel needs it)', async () => {
    const { emails } = await visibleEmails('editor')
    expect(emails).toEqual([accounts.editor.email])
  })

  test('admins see every account', async () => {
    const { emails } = await visibleEmails('admin')
    expect(emails).toEqual(
      expect.arrayContaining([accounts.admin.email, accounts.editor.email, accounts.partner.email]),
    )
  })

  test.each(['anonymous', 'partner', 'editor'] as const)('%s cannot create users', async (role) => {
    const { status } = await rest('POST', '/users', {
      ...credentials[role],
      body: { email: `new-${role}@filmweek.test`, password: PASSWORD, role: 'admin' },
    })
    expect(status).toBe(403)
  })

  test('a partner cannot change its own account or key', async () => {
    const { status } = await rest('PATCH', `/users/${accounts.partner.user.id}`, {
      ...credentials.partner,
      body: { apiKey: 'stolen-key-0123456789', email: 'x@example.com' },
    })
    expect(status).toBe(403)
  })

  test.each(['anonymous', 'partner', 'editor'] as const)(
    '%s can neither change nor delete another account',
    async (role) => {
      const target = accounts.admin.user.id
      const update = await rest('PATCH', `/users/${target}`, {
        ...credentials[role],
        body: { email: `taken-by-${role}@example.com`, role: 'partner' },
      })
      expect(update.status).toBe(403)
      expect((await rest('DELETE', `/users/${target}`, credentials[role])).status).toBe(403)
      const admin = await ctx.payload.findByID({ collection: 'users', id: target })
      expect({ email: admin.email, role: admin.role }).toEqual({ email: accounts.admin.email, role: 'admin' })
    },
  )

  test.each(['partner', 'editor'] as const)('%s cannot raise their own role', async (role) => {
    await rest('PATCH', `/users/${accounts[role].user.id}`, { ...credentials[role], body: { role: 'admin' } })
    const user = await ctx.payload.findByID({ collection: 'users', id: accounts[role].user.id })
    expect(user.role).toBe(role)
  })

  test('admins create users with a role', async () => {
    const { status, body } = await rest('POST', '/users', {
      ...credentials.admin,
      body: { email: 'new-editor@filmweek.test', password: PASSWORD, role: 'editor' },
    })
    expect(status).toBe(201)
    expect((body as { doc: { role: string } }).doc.role).toBe('editor')
  })
})

describe('users over GraphQL', () => {
  const query = () =>
    `{ Users(limit: 100) { docs { id email apiKey enableAPIKey } } User(id: ${accounts.partner.user.id}) { email apiKey } meUser { user { email apiKey } } }`

  test.each(['anonymous', 'partner'] as const)('%s gets no account, email or API key', async (role) => {
    const { text, body } = await graphql(query(), credentials[role])
    for (const secret of [accounts.admin.email, accounts.editor.email, accounts.partner.email, accounts.partnerKey])
      expect(text).not.toContain(secret)
    expect(body.errors?.map((error) => error.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/not allowed/)]),
    )
  })

  test('an admin gets them (so the test above can fail)', async () => {
    const { text } = await graphql(query(), credentials.admin)
    expect(text).toContain(accounts.partner.email)
    expect(text).toContain(accounts.editor.email)
  })
})

describe('site settings', () => {
  test.each(ROLES)('%s reads; only staff update', async (role) => {
    expect((await rest('GET', '/globals/site', credentials[role])).status).toBe(200)
    const { status } = await rest('POST', '/globals/site', {
      ...credentials[role],
      body: { siteName: `Site by ${role}` },
    })
    expect(status).toBe(STAFF.has(role) ? 200 : 403)
  })

  test.each(ROLES)("%s: the settings' history is for staff only", async (role) => {
    const versions = await rest('GET', '/globals/site/versions', credentials[role])
    expect(versions.status).toBe(STAFF.has(role) ? 200 : 403)
    if (STAFF.has(role))
      expect(
        (versions.body as { docs: { version: { siteName: string } }[] }).docs.map((doc) => doc.version.siteName),
      ).toContain(`Site by ${role}`)
  })
})

describe("Payload's internal collections", () => {
  test.each(['payload-preferences', 'payload-locked-documents'])(
    'partners can neither read nor write %s',
    async (collection) => {
      expect((await rest('GET', `/${collection}`, credentials.partner)).status).toBe(403)
      const { status } = await rest('POST', `/${collection}`, {
        ...credentials.partner,
        body: { key: 'probe', value: {}, globalSlug: 'site' },
      })
      expect(status).toBe(403)
    },
  )

  test('editors keep their preferences (the admin panel needs them)', async () => {
    const { status } = await rest('POST', '/payload-preferences', {
      ...credentials.editor,
      body: { key: 'probe', value: { columns: [] } },
    })
    expect(status).toBe(201)
  })
})

describe('the jobs queue (scheduled publishing)', () => {
  // A publication due now: whoever runs the queue publishes the film.
  async function dueDraft(): Promise<number> {
    const film = await ctx.payload.create({
      collection: 'films',
      draft: true,
      data: { ...minimal.films(refs), _status: 'draft' },
    })
    await ctx.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'films', value: film.id } },
      waitUntil: new Date(Date.now() - 1000),
    })
    return film.id
  }
  const statusOf = async (id: number) => (await ctx.payload.findByID({ collection: 'films', id, draft: true }))._status

  test.each(['anonymous', 'partner'] as const)('%s cannot run it: 401, and the due job stays queued', async (role) => {
    const id = await dueDraft()
    const { status, body } = await rest('GET', '/payload-jobs/run?allQueues=true', credentials[role])
    expect(status).toBe(401)
    expect(JSON.stringify(body)).toMatch(/unauthorized/i)
    expect(await statusOf(id)).toBe('draft')
  })

  test('an editor can (the admin runs scheduled publications this way)', async () => {
    const id = await dueDraft()
    expect((await rest('GET', '/payload-jobs/run?allQueues=true', credentials.editor)).status).toBe(200)
    expect(await statusOf(id)).toBe('published')
  })

  test.each(['partner', 'editor'] as const)(
    'queueing and cancelling with access checked is for staff only (%s)',
    async (role) => {
      const { createLocalReq } = await import('payload')
      const req = await createLocalReq({ user: { ...accounts[role].user, collection: 'users' } }, ctx.payload)
      const queue = ctx.payload.jobs.queue({
        task: 'schedulePublish',
        input: { type: 'publish', doc: { relationTo: 'films', value: refs.film } },
        overrideAccess: false,
        req,
      })
      const cancel = ctx.payload.jobs.cancel({ where: { id: { equals: -1 } }, overrideAccess: false, req })
      if (STAFF.has(role)) {
        await expect(queue).resolves.toMatchObject({ id: expect.any(Number) })
        await expect(cancel).resolves.toBeUndefined()
      } else {
        await expect(queue).rejects.toThrow(/not allowed/i)
        await expect(cancel).rejects.toThrow(/not allowed/i)
      }
    },
  )
})
