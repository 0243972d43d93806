import type { Payload } from 'payload'

import { createTestPayload, type TestPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'

const VERSIONED = [
  'editions',
  'films',
  'screenings',
  'people',
  'quotes',
  'venues',
  'organisations',
  'pages',
  'posts',
] as const
const COLLECTIONS = [...VERSIONED, 'media', 'users'] as const
const ADMIN = { email: 'festival-admin@filmweek.test', password: 'a-long-enough-password' }

type Seed = (payload: Payload, options: { log: (line: string) => void; admin?: typeof ADMIN }) => Promise<void>
let ctx: TestPayload
let seed: Seed
let lastSeq: () => number
const log: string[] = []
// Publication events counted across every seed run of this file (src/publication/log.ts counts each one).
let expiries = 0
let runs = 0

/** One seed run, counting the cache expiries it causes. */
async function runSeed(options: Partial<Parameters<Seed>[1]> = {}): Promise<void> {
  const before = lastSeq()
  await seed(ctx.payload, { log: () => {}, ...options })
  expiries += lastSeq() - before
  runs += 1
}

beforeAll(async () => {
  // Whatever the developer's .env says: the first run has no admin to create.
  delete process.env.SEED_ADMIN_EMAIL
  delete process.env.SEED_ADMIN_PASSWORD
  ctx = await createTestPayload()
  ;({ seed } = await import('@/seed'))
  ;({ lastSeq } = await import('@/publication/log'))
  await runSeed({ log: (line) => log.push(line) })
})
afterAll(async () => ctx?.close())

const counts = async () =>
  Object.fromEntries(
    await Promise.all(
      COLLECTIONS.map(async (collection) => [collection, (await ctx.payload.count({ collection })).totalDocs]),
    ),
  )
const versions = async () =>
  Object.fromEntries(
    await Promise.all(
      VERSIONED.map(
        async (collection) => [collection, (await ctx.payload.countVersions({ collection })).totalDocs] as const,
      ),
    ),
  )
const login = (password: string) => ctx.payload.login({ collection: 'users', data: { email: ADMIN.email, password } })

test('loads the 2025 week and reports its progress', async () => {
  expect(await counts()).toEqual({
    editions: 1,
    films: 1,
    screenings: 1,
    people: 6,
    quotes: 5,
    venues: 1,
    organisations: 3,
    pages: 2,
    posts: 1,
    media: 1,
    users: 0,
  })
  expect(log.join('\n')).toMatch(/film: Mưa Đỏ \(mua-do\)/)
  expect(log.join('\n')).toMatch(/time, subtitles and access assumed/)
})

test('creates no user when SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD are unset, and says how to make one', async () => {
  expect((await ctx.payload.count({ collection: 'users' })).totalDocs).toBe(0)
  expect(log.join('\n')).toMatch(/no SEED_ADMIN_EMAIL\/SEED_ADMIN_PASSWORD: create the first admin at \/admin/)
})

test('the poster has its alt text in every language', async () => {
  const alts = await Promise.all(
    (['en', 'fr', 'vi'] as const).map(
      async (locale) => (await ctx.payload.find({ collection: 'media', locale, fallbackLocale: false })).docs[0]?.alt,
    ),
  )
  expect(new Set(alts).size).toBe(3)
  expect(alts.every((alt) => typeof alt === 'string' && alt.length > 20)).toBe(true)
})

test('is idempotent: a second run writes nothing (no new version) and keeps every translation', async () => {
  const first = { counts: await counts(), versions: await versions() }
  expect(Object.values(first.versions).every((count) => count > 0)).toBe(true)
  await runSeed()
  expect({ counts: await counts(), versions: await versions() }).toEqual(first)
  const titles = await Promise.all(
    (['en', 'fr', 'vi'] as const).map(
      async (locale) =>
        (await ctx.payload.find({ collection: 'films', locale, where: { slug: { equals: 'mua-do' } } })).docs[0]?.title,
    ),
  )
  expect(titles).toEqual(['Red Rain', 'Pluie rouge', 'Mưa Đỏ'])
  const awards = (await ctx.payload.find({ collection: 'films', locale: 'fr', where: { slug: { equals: 'mua-do' } } }))
    .docs[0]?.awards
  expect(awards?.[0]?.event).toBe('98e cérémonie des Oscars')
})

test("a run resets a document an editor changed to the seed's content, and only that one", async () => {
  const [film] = (await ctx.payload.find({ collection: 'films', locale: 'fr', where: { slug: { equals: 'mua-do' } } }))
    .docs
  await ctx.payload.update({
    collection: 'films',
    id: film.id,
    locale: 'fr',
    data: { title: 'Pluie rouge (montage)' },
    context: { disableRevalidate: true },
  })
  const before = await versions()
  await runSeed()
  expect((await ctx.payload.findByID({ collection: 'films', id: film.id, locale: 'fr' })).title).toBe('Pluie rouge')
  expect(await versions()).toEqual({ ...before, films: before.films + 1 })
})

test('the film is public: GET /api/films?where[slug][equals]=mua-do answers an anonymous client', async () => {
  const { status, body } = await rest('GET', '/films?where[slug][equals]=mua-do')
  expect(status).toBe(200)
  const [film] = (body as { docs: { originalTitle: string; title: string; runtime: number }[] }).docs
  expect(film).toMatchObject({ originalTitle: 'Mưa Đỏ', title: 'Red Rain' })
})

test('the closing screening is at the Pathé Palace with a Q&A, time in Paris', async () => {
  const { docs } = await ctx.payload.find({ collection: 'screenings', depth: 1 })
  expect(docs[0]).toMatchObject({
    start: '2025-12-13T19:00:00.000Z',
    start_tz: 'Europe/Paris',
    guestEvent: 'qa',
    labels: ['international-premiere', 'closing-night'],
  })
  expect(docs[0].venue).toMatchObject({ name: 'Pathé Palace' })
})

test('every reported reaction is a paraphrase citing the article', async () => {
  const { docs } = await ctx.payload.find({ collection: 'quotes', limit: 10 })
  expect(docs.map((quote) => quote.kind)).toEqual(Array(5).fill('paraphrase'))
  expect(new Set(docs.map((quote) => quote.source?.publication))).toEqual(new Set(['The Europe Today']))
})

test('the About and Visiting pages have their blocks in three languages; the footer links Visiting', async () => {
  const blocks = async (slug: string, locale: 'en' | 'fr' | 'vi') => {
    const { docs } = await ctx.payload.find({
      collection: 'pages',
      where: { slug: { equals: slug } },
      locale,
      fallbackLocale: false,
    })
    return { title: docs[0]?.title, blocks: (docs[0]?.layout ?? []).map((block) => block.blockType) }
  }
  expect(await blocks('about', 'fr')).toEqual({
    title: 'À propos du festival',
    blocks: ['richText', 'partnerWall', 'callToAction'],
  })
  expect(await blocks('visiting', 'vi')).toEqual({
    title: 'Thông tin tham dự',
    blocks: ['richText', 'screenings', 'faq'],
  })
  const site = await ctx.payload.findGlobal({ slug: 'site', locale: 'fr', depth: 1 })
  expect(
    site.footerNavigation?.map((link) => [
      link.label,
      typeof link.doc?.value === 'object' ? link.doc.value.slug : link.path,
    ]),
  ).toEqual([
    ['Venir au festival', 'visiting'],
    ['Actualités', '/news'],
  ])
})

test('the closing-night post cites the article, relates the film, and reports the director’s words as such', async () => {
  const { docs } = await ctx.payload.find({ collection: 'posts', locale: 'en' })
  expect(docs).toHaveLength(1)
  const [post] = docs
  expect(post).toMatchObject({
    slug: 'red-rain-closes-the-vietnamese-film-week-in-paris',
    source: { publication: 'The Europe Today' },
    _status: 'published',
  })
  expect(JSON.stringify(post!.body)).toContain('as The Europe Today reported')
  expect(JSON.stringify(post!.body)).not.toMatch(/[“"]the film/i)
})

test('creates the admin from SEED_ADMIN_EMAIL/SEED_ADMIN_PASSWORD, who can log in', async () => {
  await runSeed({ admin: ADMIN })
  const { user } = await login(ADMIN.password)
  expect(user?.role).toBe('admin')
})

test('updates an existing admin: the new password works, the old one no longer does', async () => {
  await runSeed({ admin: ADMIN })
  const renewed = 'plum-harbour-lantern-42'
  await runSeed({ admin: { ...ADMIN, password: renewed } })
  expect((await login(renewed)).user).toMatchObject({ email: ADMIN.email, role: 'admin' })
  await expect(login(ADMIN.password)).rejects.toThrow()
  expect((await ctx.payload.count({ collection: 'users' })).totalDocs).toBe(1)
})

// Seeding is not publishing: a run must not expire a page (context.disableRevalidate).
test('no seed run expired a cache tag', () => {
  expect(runs).toBeGreaterThanOrEqual(5)
  expect(expiries).toBe(0)
})
