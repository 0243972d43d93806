import type { Payload } from 'payload'

import { createTestPayload, type TestPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'

const COLLECTIONS = ['editions', 'films', 'screenings', 'people', 'quotes', 'venues', 'organisations', 'media', 'users'] as const

let ctx: TestPayload
let seed: (payload: Payload, options: { log: (line: string) => void }) => Promise<void>
const log: string[] = []

beforeAll(async () => {
  process.env.SEED_ADMIN_EMAIL = 'festival-admin@filmweek.test'
  process.env.SEED_ADMIN_PASSWORD = 'a-long-enough-password'
  ctx = await createTestPayload()
  ;({ seed } = await import('@/seed'))
  await seed(ctx.payload, { log: (line) => log.push(line) })
})
afterAll(async () => ctx?.close())

const counts = async () =>
  Object.fromEntries(await Promise.all(COLLECTIONS.map(async (collection) => [collection, (await ctx.payload.count({ collection })).totalDocs])))

test('loads the 2025 week and reports its progress', async () => {
  expect(await counts()).toEqual({ editions: 1, films: 1, screenings: 1, people: 6, quotes: 5, venues: 1, organisations: 3, media: 1, users: 1 })
  expect(log.join('\n')).toMatch(/film: Mưa Đỏ \(mua-do\)/)
  expect(log.join('\n')).toMatch(/time assumed/)
})

test('is idempotent: a second run adds nothing and keeps every translation', async () => {
  const first = await counts()
  await seed(ctx.payload, { log: () => {} })
  expect(await counts()).toEqual(first)
  const titles = await Promise.all(
    (['en', 'fr', 'vi'] as const).map(async (locale) => (await ctx.payload.find({ collection: 'films', locale, where: { slug: { equals: 'mua-do' } } })).docs[0]?.title),
  )
  expect(titles).toEqual(['Red Rain', 'Pluie rouge', 'Mưa Đỏ'])
  const awards = (await ctx.payload.find({ collection: 'films', locale: 'fr', where: { slug: { equals: 'mua-do' } } })).docs[0]?.awards
  expect(awards?.[0]?.event).toBe('98e cérémonie des Oscars')
})

test('the film is public: GET /api/films?where[slug][equals]=mua-do answers an anonymous client', async () => {
  const { status, body } = await rest('GET', '/films?where[slug][equals]=mua-do')
  expect(status).toBe(200)
  const [film] = (body as { docs: { originalTitle: string; title: string; runtime: number }[] }).docs
  expect(film).toMatchObject({ originalTitle: 'Mưa Đỏ', title: 'Red Rain' })
})

test('the closing screening is at the Pathé Palace with a Q&A, time in Paris', async () => {
  const { docs } = await ctx.payload.find({ collection: 'screenings', depth: 1 })
  expect(docs[0]).toMatchObject({ start: '2025-12-13T19:00:00.000Z', start_tz: 'Europe/Paris', guestEvent: 'qa', labels: ['international-premiere', 'closing-night'] })
  expect(docs[0].venue).toMatchObject({ name: 'Pathé Palace' })
})

test('every reported reaction is a paraphrase citing the article', async () => {
  const { docs } = await ctx.payload.find({ collection: 'quotes', limit: 10 })
  expect(docs.map((quote) => quote.kind)).toEqual(Array(5).fill('paraphrase'))
  expect(new Set(docs.map((quote) => quote.source?.publication))).toEqual(new Set(['The Europe Today']))
})

test('creates the admin from SEED_ADMIN_EMAIL/SEED_ADMIN_PASSWORD, who can log in', async () => {
  const { user } = await ctx.payload.login({ collection: 'users', data: { email: 'festival-admin@filmweek.test', password: 'a-long-enough-password' } })
  expect(user?.role).toBe('admin')
})
