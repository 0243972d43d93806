/**
 * No draft reaches an anonymous reader or a partner, whatever they ask for:
 * draft=true, a where on _status, depth into a draft relation, locale=all,
 * the versions endpoints, GraphQL, or the Local API on their behalf.
 */
import { createAccounts, createRefs, minimal, PASSWORD, type Accounts, type Refs } from '../helpers/fixtures'
import { createTestPayload, type TestPayload } from '../helpers/payload'
import { graphql, login, rest, send } from '../helpers/rest'

let ctx: TestPayload
let accounts: Accounts
let refs: Refs
let draftFilmId: number
let publishedFilmId: number
const SECRET_TITLE = 'Unreleased working title'

beforeAll(async () => {
  ctx = await createTestPayload()
  accounts = await createAccounts(ctx.payload)
  refs = await createRefs(ctx.payload)
  const { payload } = ctx
  const draft = await payload.create({
    collection: 'films',
    draft: true,
    data: { ...minimal.films(refs), title: SECRET_TITLE, _status: 'draft' },
  })
  draftFilmId = draft.id
  // A published film whose newer draft must not leak either.
  const published = await payload.create({
    collection: 'films',
    data: { ...minimal.films(refs), title: 'Public title', _status: 'published' },
  })
  publishedFilmId = published.id
  await payload.update({ collection: 'films', id: published.id, draft: true, data: { title: `${SECRET_TITLE} v2` } })
  // A published quote about the draft film: depth must not pull the draft in.
  await payload.create({
    collection: 'quotes',
    data: { ...minimal.quotes(refs), film: draft.id, _status: 'published' },
  })
})
afterAll(async () => ctx?.close())

const readers = () =>
  [
    ['anonymous', {}],
    ['partner', { apiKey: accounts.partnerKey }],
  ] as const

test.each(['anonymous', 'partner'])('%s never sees draft content over REST', async (who) => {
  const credentials = readers().find(([name]) => name === who)![1]
  const paths = [
    '/films?draft=true&limit=100',
    '/films?where[_status][equals]=draft&draft=true',
    `/films?where[id][equals]=${draftFilmId}`,
    `/films/${draftFilmId}?draft=true`,
    `/films/${publishedFilmId}?draft=true`,
    `/films?locale=all&draft=true`,
    '/quotes?depth=2&draft=true',
    '/films/versions?limit=100',
    `/films/versions?where[parent][equals]=${draftFilmId}`,
  ]
  for (const path of paths) {
    const { status, body } = await rest('GET', path, credentials)
    expect([200, 403, 404]).toContain(status)
    expect(JSON.stringify(body)).not.toContain(SECRET_TITLE)
  }
  // The published version stays readable, so refusing everything would fail this test.
  const published = [
    '/films?draft=true&limit=100',
    `/films?where[id][equals]=${publishedFilmId}&draft=true`,
    `/films/${publishedFilmId}?draft=true`,
    '/films?locale=all&draft=true',
  ]
  for (const path of published) {
    const { status, body } = await rest('GET', path, credentials)
    expect({ path, status }).toEqual({ path, status: 200 })
    expect(JSON.stringify(body)).toContain('Public title')
  }
})

test('staff do see the draft (so the assertions above can fail)', async () => {
  const token = (
    await rest('POST', '/users/login', {
      body: { email: accounts.editor.email, password: 'correct-horse-battery-staple' },
    })
  ).body as { token: string }
  const { body } = await rest('GET', `/films/${draftFilmId}?draft=true`, { token: token.token })
  expect(JSON.stringify(body)).toContain(SECRET_TITLE)
})

test.each(['anonymous', 'partner'])('%s never sees draft content over GraphQL', async (who) => {
  const query = `{ Films(draft: true, limit: 100) { docs { id title } } Film(id: ${draftFilmId}, draft: true) { title } Quotes(draft: true) { docs { film { title } } } }`
  const { text } = await graphql(query, who === 'partner' ? { apiKey: accounts.partnerKey } : {})
  expect(text).toContain('Public title')
  expect(text).not.toContain(SECRET_TITLE)
})

test('the Local API on behalf of a visitor (overrideAccess: false) returns published data only', async () => {
  const { docs } = await ctx.payload.find({ collection: 'films', overrideAccess: false, draft: true, limit: 100 })
  expect(docs.map((film) => film.title)).not.toContain(SECRET_TITLE)
  expect(docs.map((film) => film.id)).not.toContain(draftFilmId)
})

test('REST rejects a write with an API key even when the body asks for more', async () => {
  const { status } = await rest('PATCH', `/films/${publishedFilmId}`, {
    apiKey: accounts.partnerKey,
    body: { _status: 'draft' },
  })
  expect(status).toBe(403)
  const { status: sendStatus } = {
    status: (await send(new Request(`http://localhost:3000/api/films/${publishedFilmId}`, { method: 'DELETE' })))
      .status,
  }
  expect(sendStatus).toBe(403)
})

describe('REST bounds what readers can ask for', () => {
  let speaker: number
  beforeAll(async () => {
    for (let i = 0; i < 105; i += 1)
      await ctx.payload.create({ collection: 'people', data: { ...minimal.people(refs), _status: 'published' } })
    // A person with more quotes than a reader's page: the `quotes` join on people.
    speaker = (
      await ctx.payload.create({ collection: 'people', data: { ...minimal.people(refs), _status: 'published' } })
    ).id
    for (let i = 0; i < 105; i += 1)
      await ctx.payload.create({
        collection: 'quotes',
        data: { ...minimal.quotes(refs), speaker, _status: 'published' },
      })
  })

  type Joined = { quotes: { docs: unknown[]; hasNextPage: boolean } }
  test.each(['joins[quotes][limit]=0', 'joins[quotes][limit]=100000', 'joins[quotes][limit]=-5'])(
    '?%s returns at most 100 joined documents, by id and in lists',
    async (query) => {
      const one = await rest('GET', `/people/${speaker}?${query}`)
      expect(one.status).toBe(200)
      expect((one.body as Joined).quotes.docs).toHaveLength(100)
      expect((one.body as Joined).quotes.hasNextPage).toBe(true)
      const list = await rest('GET', `/people?where[id][equals]=${speaker}&${query}`)
      expect((list.body as { docs: Joined[] }).docs[0]?.quotes.docs).toHaveLength(100)
    },
  )

  test('a join within the cap is served as asked', async () => {
    const { body } = await rest('GET', `/people/${speaker}?joins[quotes][limit]=7`)
    expect((body as Joined).quotes.docs).toHaveLength(7)
  })

  test('over GraphQL too', async () => {
    const { body } = await graphql(`{ Person(id: ${speaker}) { quotes(limit: 0) { docs { id } } } }`)
    expect((body.data as { Person: { quotes: { docs: unknown[] } } }).Person.quotes.docs).toHaveLength(100)
  })

  test('GraphQL refuses a query whose aliases add up past maxComplexity (400); a narrower one runs', async () => {
    // Each alias costs 3 (Films, docs, id).
    const aliased = (count: number) =>
      `{ ${Array.from({ length: count }, (_, i) => `a${i}: Films(limit: 100) { docs { id } }`).join(' ')} }`
    const wide = await graphql(aliased(200))
    expect(wide.body.data ?? null).toBeNull()
    expect(wide.body.errors?.[0]?.message).toMatch(/maximum complexity of 400/)
    const narrow = await graphql(aliased(100))
    expect(narrow.body.errors).toBeUndefined()
    expect(Object.keys(narrow.body.data ?? {})).toHaveLength(100)
  })

  test('staff still get a whole join on request', async () => {
    const { body } = await rest('GET', `/people/${speaker}?joins[quotes][limit]=0`, {
      token: await login(accounts.editor.email, PASSWORD),
    })
    expect((body as Joined).quotes.docs).toHaveLength(105)
  })

  test.each(['limit=0', 'limit=100000', 'pagination=false', 'limit=-5'])(
    '?%s returns at most 100 documents',
    async (query) => {
      const { status, body } = await rest('GET', `/people?${query}`)
      expect(status).toBe(200)
      expect((body as { docs: unknown[] }).docs.length).toBeLessThanOrEqual(100)
    },
  )

  test('depth is capped at 2 for readers', async () => {
    // quote → screening (depth 1) → film (depth 2) → credited person (depth 3: left as an id)
    const film = await ctx.payload.create({
      collection: 'films',
      data: { ...minimal.films(refs), credits: [{ person: refs.person, role: 'director' }], _status: 'published' },
    })
    const screening = await ctx.payload.create({
      collection: 'screenings',
      data: { ...minimal.screenings(refs), film: film.id, _status: 'published' },
    })
    const quote = await ctx.payload.create({
      collection: 'quotes',
      data: { ...minimal.quotes(refs), screening: screening.id, _status: 'published' },
    })
    const { body } = await rest('GET', `/quotes/${quote.id}?depth=10`)
    const populated = body as { screening: { film: { credits: { person: unknown }[] } } }
    expect(populated.screening.film.credits[0].person).toBe(refs.person)
  })

  test('staff still get whole pages on request', async () => {
    const token = (
      await rest('POST', '/users/login', {
        body: { email: accounts.editor.email, password: 'correct-horse-battery-staple' },
      })
    ).body as { token: string }
    const { body } = await rest('GET', '/people?limit=0', { token: token.token })
    expect((body as { docs: unknown[] }).docs.length).toBeGreaterThan(100)
  })
})
