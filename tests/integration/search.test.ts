/**
 * Site search: found with or without Vietnamese diacritics, in any title's
 * language, published documents only, sorted for the reader's alphabet.
 */
import type { Locale } from '@/i18n/locales'

import { createRefs, minimal, type Refs } from '../helpers/fixtures'
import { createTestPayload, type TestPayload } from '../helpers/payload'

let ctx: TestPayload
let refs: Refs
let searchSite: typeof import('@/data/search').searchSite
let filmId: number
let personId: number

beforeAll(async () => {
  ctx = await createTestPayload()
  ;({ searchSite } = await import('@/data/search'))
  refs = await createRefs(ctx.payload)
  const { payload } = ctx
  const film = await payload.create({
    collection: 'films',
    locale: 'en',
    data: { ...minimal.films(refs), originalTitle: 'Mưa Đỏ', slug: 'mua-do', title: 'Red Rain', _status: 'published' },
  })
  await payload.update({ collection: 'films', id: film.id, locale: 'fr', data: { title: 'Pluie rouge' } })
  filmId = film.id
  personId = (
    await payload.create({
      collection: 'people',
      data: { ...minimal.people(refs), name: 'Đặng Thái Huyền', slug: 'dang-thai-huyen', _status: 'published' },
    })
  ).id
  await payload.create({
    collection: 'films',
    draft: true,
    data: { ...minimal.films(refs), originalTitle: 'Mưa Đỏ (bản nháp)', title: 'Red Rain draft', _status: 'draft' },
  })
})
afterAll(async () => ctx?.close())

const filmIds = async (query: string, locale: Locale = 'en') =>
  (await searchSite({ locale }, query)).films.map((film) => film.id)

test.each(['mua do', 'Mưa Đỏ', 'MƯA ĐỎ', 'Red Rain', 'red rain', 'pluie rouge'])(
  '“%s” finds the film, and only the published one',
  async (query) => {
    expect(await filmIds(query)).toEqual([filmId])
  },
)

test.each(['dang thai huyen', 'Đặng Thái Huyền', 'thai huyen'])('“%s” finds the person', async (query) => {
  expect((await searchSite({ locale: 'en' }, query)).people.map((person) => person.id)).toEqual([personId])
})

test('a title in another language finds the film whatever the page language, shown in the page language', async () => {
  const [film] = (await searchSite({ locale: 'fr' }, 'red rain')).films
  expect(film).toMatchObject({ id: filmId, title: 'Pluie rouge' })
})

test('a query of one letter, or of words nobody has, finds nothing', async () => {
  expect(await searchSite({ locale: 'en' }, 'm')).toEqual({ films: [], people: [], quotes: [] })
  expect(await filmIds('nothing like this')).toEqual([])
})

test('results read in the page’s alphabet, not the database’s order', async () => {
  // Sorted by original title in the database (Hạt… before Hoa…), by the page's title on the page (Ánh… before Zebra…).
  const zebra = await ctx.payload.create({
    collection: 'films',
    data: { ...minimal.films(refs), originalTitle: 'Hạt sương', title: 'Zebra sương', _status: 'published' },
  })
  const anh = await ctx.payload.create({
    collection: 'films',
    data: { ...minimal.films(refs), originalTitle: 'Hoa sương', title: 'Ánh sương', _status: 'published' },
  })
  expect(await filmIds('suong')).toEqual([anh.id, zebra.id])
})
