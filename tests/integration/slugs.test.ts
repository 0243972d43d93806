import { PASSWORD, withoutSlug } from '../helpers/fixtures'
import { createTestPayload, type TestPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'

let ctx: TestPayload
beforeAll(async () => {
  ctx = await createTestPayload()
})
afterAll(async () => ctx?.close())

test.each([
  ['Mưa Đỏ', 'mua-do'],
  ['Đất rừng phương Nam', 'dat-rung-phuong-nam'],
  ['Bố già', 'bo-gia'],
  ['Hai Phượng', 'hai-phuong'],
  ['Cô Ba Sài Gòn', 'co-ba-sai-gon'],
])('film "%s" gets the slug %s', async (originalTitle, slug) => {
  const film = await ctx.payload.create({
    collection: 'films',
    data: withoutSlug<'films'>({ originalTitle, title: originalTitle }),
  })
  expect(film.slug).toBe(slug)
})

test.each([
  ['Đặng Thái Huyền', 'dang-thai-huyen', 'Dang Thai Huyen'],
  ['Phạm Thị Kim Yến', 'pham-thi-kim-yen', 'Pham Thi Kim Yen'],
  ['Aché Ahmat Moustapha', 'ache-ahmat-moustapha', 'Ache Ahmat Moustapha'],
])('person "%s" gets the slug %s and the unaccented name %s', async (name, slug, alternateName) => {
  const person = await ctx.payload.create({ collection: 'people', data: withoutSlug<'people'>({ name }) })
  expect(person.slug).toBe(slug)
  expect(person.alternateName).toBe(alternateName)
  expect(person.sortName).toBe(name)
})

test('a published slug stays when the title changes, so links keep working', async () => {
  const film = await ctx.payload.create({
    collection: 'films',
    data: withoutSlug<'films'>({ originalTitle: 'Tro tàn', title: 'Ashes', _status: 'published' }),
  })
  const renamed = await ctx.payload.update({
    collection: 'films',
    id: film.id,
    data: { originalTitle: 'Tro tàn rực rỡ', _status: 'published' },
  })
  expect(renamed.slug).toBe('tro-tan')
})

test('a second film with the same slug is refused over REST with a message naming the field', async () => {
  await ctx.payload.create({
    collection: 'films',
    data: withoutSlug<'films'>({ originalTitle: 'Song lang', title: 'Song Lang', _status: 'published' }),
  })
  const before = (await ctx.payload.count({ collection: 'films' })).totalDocs
  await ctx.payload.create({
    collection: 'users',
    data: { email: 'slug-admin@filmweek.test', password: PASSWORD, role: 'admin' },
  })
  const { token } = await ctx.payload.login({
    collection: 'users',
    data: { email: 'slug-admin@filmweek.test', password: PASSWORD },
  })

  const { status, body } = await rest('POST', '/films', {
    token,
    body: { originalTitle: 'Song Lang', title: 'Song Lang again', _status: 'published' },
  })

  expect(status).toBe(400)
  expect(body).toMatchObject({ errors: [{ data: { errors: [expect.objectContaining({ path: 'slug' })] } }] })
  expect((await ctx.payload.count({ collection: 'films' })).totalDocs).toBe(before)
})

test('an editor’s new slug keeps the old one, which still finds the film (the page redirects)', async () => {
  const { payload } = ctx
  const film = await payload.create({
    collection: 'films',
    data: withoutSlug<'films'>({ originalTitle: 'Người mẹ', title: 'The Mother', _status: 'published' }),
  })
  await payload.update({ collection: 'films', id: film.id, data: { slug: 'nguoi-me-2024', _status: 'published' } })
  const renamed = await payload.update({
    collection: 'films',
    id: film.id,
    data: { slug: 'the-mother', _status: 'published' },
  })
  expect(renamed.previousSlugs).toEqual(['nguoi-me', 'nguoi-me-2024'])
  const { getFilmBySlug } = await import('@/data')
  const { readOptions } = await import('@/data/client')
  const found = await getFilmBySlug.run(payload, readOptions({ locale: 'en' }), 'nguoi-me')
  expect(found?.slug).toBe('the-mother')
  const { changedTags } = await import('@/data/tags')
  expect(changedTags('films', renamed)).toEqual(expect.arrayContaining(getFilmBySlug.tags('nguoi-me')))
})
