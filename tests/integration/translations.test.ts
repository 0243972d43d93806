/**
 * Saving a translation keeps every other locale: hooks that read other
 * documents on the same request must not change the locale being written.
 */
import { createPayloadRequest } from 'payload'

import { createTestPayloadWithRefs, minimal, type Refs } from '../helpers/fixtures'
import type { TestPayload } from '../helpers/payload'

let ctx: TestPayload
let refs: Refs
beforeAll(async () => ({ ctx, refs } = await createTestPayloadWithRefs()))
afterAll(async () => ctx?.close())

test('a film keeps its title in every locale', async () => {
  const { payload } = ctx
  const film = await payload.create({
    collection: 'films',
    locale: 'en',
    data: { ...minimal.films(refs), title: 'Red Rain', _status: 'published' },
  })
  await payload.update({
    collection: 'films',
    id: film.id,
    locale: 'fr',
    data: { title: 'Pluie rouge', _status: 'published' },
  })
  await payload.update({
    collection: 'films',
    id: film.id,
    locale: 'vi',
    data: { title: 'Mưa Đỏ', _status: 'published' },
  })
  const saved = await payload.findByID({ collection: 'films', id: film.id, locale: 'all' })
  expect(saved.title).toEqual({ en: 'Red Rain', fr: 'Pluie rouge', vi: 'Mưa Đỏ' })
  // Searchable by its title in any language, without diacritics.
  for (const words of ['red rain', 'pluie rouge', 'mua do']) expect(saved.searchText).toContain(words)
})

test('a quote keeps its text in every locale', async () => {
  const { payload } = ctx
  const quote = await payload.create({
    collection: 'quotes',
    locale: 'en',
    data: { ...minimal.quotes(refs), text: 'In English', _status: 'published' },
  })
  await payload.update({
    collection: 'quotes',
    id: quote.id,
    locale: 'fr',
    data: { text: 'En français', _status: 'published' },
  })
  const saved = await payload.findByID({ collection: 'quotes', id: quote.id, locale: 'all' })
  expect(saved.text).toEqual({ en: 'In English', fr: 'En français' })
})

test('a screening keeps its place when edited in another locale', async () => {
  const { payload } = ctx
  const screening = await payload.create({
    collection: 'screenings',
    locale: 'en',
    data: { ...minimal.screenings(refs), _status: 'published' },
  })
  const updated = await payload.update({
    collection: 'screenings',
    id: screening.id,
    locale: 'vi',
    data: { room: 'Phòng 1', _status: 'published' },
  })
  expect(updated.room).toBe('Phòng 1')
  expect(updated.title).toContain('·')
})

test('a quote’s list label keeps the words in their original language when a translation is saved', async () => {
  const { payload } = ctx
  const quote = await payload.create({
    collection: 'quotes',
    locale: 'vi',
    data: { ...minimal.quotes(refs), originalLocale: 'vi', text: 'Lời gốc tiếng Việt', _status: 'published' },
  })
  expect(quote.label).toMatch(/: Lời gốc tiếng Việt$/)
  const translated = await payload.update({
    collection: 'quotes',
    id: quote.id,
    locale: 'fr',
    data: { text: 'Traduction française', _status: 'published' },
  })
  expect(translated.label).toMatch(/: Lời gốc tiếng Việt$/)
  // The original's own edit does change it.
  const edited = await payload.update({
    collection: 'quotes',
    id: quote.id,
    locale: 'vi',
    data: { text: 'Lời gốc đã sửa', _status: 'published' },
  })
  expect(edited.label).toMatch(/: Lời gốc đã sửa$/)
})

test('a quote previews, in the editor’s locale, on its film’s page, or on the quotes page when about no film', async () => {
  const { payload } = ctx
  const preview = payload.collections.quotes.config.admin.preview
  if (!preview) throw new Error('quotes have no preview')
  const req = await createPayloadRequest({
    config: payload.config,
    request: new Request('http://localhost:3000/admin'),
  })
  const film = await payload.findByID({ collection: 'films', id: refs.film })
  const path = async (doc: Record<string, unknown>, locale: string) =>
    new URL((await preview(doc, { locale, req, token: null })) ?? '').searchParams.get('path')
  expect(await path({ film: refs.film }, 'fr')).toBe(`/fr/films/${film.slug}`)
  expect(await path({ film: null }, 'vi')).toBe('/vi/quotes')
  expect(await path({}, 'xx')).toBe('/en/quotes')
})
