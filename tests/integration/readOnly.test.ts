/**
 * Read-only means read-only: every write route Payload mounts, derived from
 * the config (collections, their versions and endpoints, globals, custom
 * endpoints), refused to anonymous callers and partners, and nothing written.
 * Editors and admins are the control: the same walk is not refused for them
 * across the board.
 */
import type { Endpoint, SanitizedConfig } from 'payload'

import { createAccounts, createRefs, minimal, PASSWORD, type Accounts, type Refs } from '../helpers/fixtures'
import { createTestPayload, type TestPayload } from '../helpers/payload'
import { authHeaders, login, send, type Credentials } from '../helpers/rest'

type Role = 'anonymous' | 'partner' | 'editor' | 'admin'
type Route = { method: 'POST' | 'PATCH' | 'PUT' | 'DELETE'; path: string }

let ctx: TestPayload
let accounts: Accounts
let refs: Refs
let config: SanitizedConfig
const credentials = {} as Record<Role, Credentials>

/** Ways in that are public by design: signing in and recovering an account write only the caller's own session or token. */
const PUBLIC_AUTH = new Set([
  '/login',
  '/logout',
  '/refresh-token',
  '/forgot-password',
  '/reset-password',
  '/verify/:token',
  '/first-register',
  '/unlock',
])

const WRITE_METHODS = new Set(['post', 'patch', 'put', 'delete'])
// Payload's permission query, POSTed with a draft to check: it reads, never writes.
const READS_BY_POST = new Set(['/access/:id?', '/access'])

function fill(path: string, id: number | string): string {
  return path.replace(/:[A-Za-z]+/g, (param) => (param === ':id' ? String(id) : 'probe'))
}

function writeRoutes(ids: Record<string, number | string>): Route[] {
  const routes: Route[] = []
  const endpointRoutes = (base: string, endpoints: Endpoint[] | false | undefined, id: number | string) => {
    for (const endpoint of endpoints || []) {
      if (!WRITE_METHODS.has(endpoint.method) || PUBLIC_AUTH.has(endpoint.path) || READS_BY_POST.has(endpoint.path))
        continue
      routes.push({
        method: endpoint.method.toUpperCase() as Route['method'],
        path: `${base}${fill(endpoint.path, id)}`,
      })
    }
  }
  for (const collection of config.collections) {
    const base = `/${collection.slug}`
    const id = ids[collection.slug] ?? 1
    routes.push(
      { method: 'POST', path: base },
      { method: 'PATCH', path: `${base}/${id}` },
      { method: 'DELETE', path: `${base}/${id}` },
    )
    routes.push(
      { method: 'PATCH', path: `${base}?where[id][equals]=${id}` },
      { method: 'DELETE', path: `${base}?where[id][equals]=${id}` },
    )
    if (collection.versions) routes.push({ method: 'POST', path: `${base}/versions/1` })
    endpointRoutes(base, collection.endpoints, id)
  }
  for (const global of config.globals) {
    routes.push({ method: 'POST', path: `/globals/${global.slug}` })
    if (global.versions) routes.push({ method: 'POST', path: `/globals/${global.slug}/versions/1` })
    endpointRoutes(`/globals/${global.slug}`, global.endpoints, 1)
  }
  endpointRoutes('', config.endpoints, 1)
  return routes
}

async function call(route: Route, who: Credentials): Promise<{ status: number; text: string }> {
  const headers = authHeaders(who)
  headers.set('content-type', 'application/json')
  const body = JSON.stringify({
    key: 'probe',
    value: { written: true },
    text: 'written',
    name: 'written',
    siteName: 'written',
    email: 'written@filmweek.test',
    password: 'written-password-123',
  })
  const response = await send(
    new Request(`http://localhost:3000/api${route.path}`, { method: route.method, headers, body }),
  )
  return { status: response.status, text: await response.text() }
}

/** Rows and last change of every collection and global: what a refused write must leave as it was. */
async function snapshot(): Promise<string> {
  const rows = await Promise.all(
    config.collections.map(async ({ slug }) => {
      const found = await ctx.payload.find({
        collection: slug as never,
        limit: 1,
        sort: '-updatedAt',
        depth: 0,
        draft: true,
        pagination: true,
      })
      return `${slug}:${found.totalDocs}:${(found.docs[0] as { updatedAt?: string } | undefined)?.updatedAt ?? ''}`
    }),
  )
  const globals = await Promise.all(
    config.globals.map(
      async ({ slug }) =>
        `${slug}:${JSON.stringify(await ctx.payload.findGlobal({ slug: slug as never, depth: 0, draft: true }))}`,
    ),
  )
  return [...rows, ...globals].join('\n')
}

beforeAll(async () => {
  ctx = await createTestPayload()
  config = ctx.payload.config
  accounts = await createAccounts(ctx.payload)
  refs = await createRefs(ctx.payload)
  await ctx.payload.create({ collection: 'quotes', data: { ...minimal.quotes(refs), _status: 'published' } })
  credentials.anonymous = {}
  credentials.partner = { apiKey: accounts.partnerKey }
  credentials.editor = { token: await login(accounts.editor.email, PASSWORD) }
  credentials.admin = { token: await login(accounts.admin.email, PASSWORD) }
  // A preference and a lock of the editor's, so the routes that take a key or an id find something to write.
  await call({ method: 'POST', path: '/payload-preferences/probe' }, credentials.editor)
}, 300_000)
afterAll(async () => ctx?.close())

const ids = () => ({
  films: refs.film,
  editions: refs.edition,
  venues: refs.venue,
  people: refs.person,
  users: accounts.editor.user.id,
})

test("the walk covers collections, versions, globals, Payload's internal collections and their endpoints", () => {
  const paths = writeRoutes(ids()).map(({ method, path }) => `${method} ${path}`)
  for (const expected of [
    'POST /films',
    'POST /globals/site',
    'POST /payload-preferences/probe',
    'DELETE /payload-preferences/probe',
    'POST /payload-locked-documents',
    'POST /payload-jobs',
    'POST /films/versions/1',
  ]) {
    expect(paths).toContain(expected)
  }
})

test.each(['anonymous', 'partner'] as const)(
  '%s: no write route succeeds, and nothing is written',
  async (role) => {
    const before = await snapshot()
    const accepted: string[] = []
    for (const route of writeRoutes(ids())) {
      const { status, text } = await call(route, credentials[role])
      if (status < 400) accepted.push(`${route.method} ${route.path} → ${status} ${text.slice(0, 120)}`)
    }
    expect(accepted).toEqual([])
    expect(await snapshot()).toBe(before)
  },
  300_000,
)

test.each(['anonymous', 'partner'] as const)(
  '%s: the write routes that reach access control answer 403 or 401',
  async (role) => {
    const answers: string[] = []
    for (const route of writeRoutes(ids()).filter(
      ({ path }) =>
        /^\/(payload-preferences|payload-locked-documents|payload-jobs|films|users)(\/\d+|\/probe)?$/.test(path) ||
        path.startsWith('/globals/site'),
    )) {
      const { status } = await call(route, credentials[role])
      if (status !== 403 && status !== 401) answers.push(`${route.method} ${route.path} → ${status}`)
    }
    expect(answers).toEqual([])
  },
  300_000,
)

test.each(['editor', 'admin'] as const)('control: %s keeps preferences through the same routes', async (role) => {
  expect((await call({ method: 'POST', path: '/payload-preferences/probe' }, credentials[role])).status).toBe(200)
})
