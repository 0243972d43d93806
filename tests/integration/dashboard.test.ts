/**
 * The admin dashboard's data: drafts waiting for review (including published
 * documents with newer unpublished changes), missing translations across the
 * translated collections, what is on next, screenings without tickets.
 */
import { dashboardData, type DashboardData } from '@/admin/dashboardData'

import { createTestPayloadWithRefs, minimal, type Refs } from '../helpers/fixtures'
import type { TestPayload } from '../helpers/payload'

let ctx: TestPayload
let refs: Refs
beforeAll(async () => ({ ctx, refs } = await createTestPayloadWithRefs()))
afterAll(async () => ctx?.close())

const ALL = 1000
const read = () => dashboardData(ctx.payload, { list: ALL })
const draftsOf = (data: DashboardData, collection: string) =>
  data.drafts.find((entry) => entry.collection === collection)?.count ?? 0
const gap = (data: DashboardData, collection: string, locale: string) =>
  data.translations.find((entry) => entry.collection === collection)?.gaps.find((entry) => entry.locale === locale)

test('a published film with a newer draft waits for review until it is published again', async () => {
  const { payload } = ctx
  const before = await read()
  const film = await payload.create({ collection: 'films', data: { ...minimal.films(refs), _status: 'published' } })
  expect(draftsOf(await read(), 'films')).toBe(draftsOf(before, 'films'))

  await payload.update({ collection: 'films', id: film.id, draft: true, data: { runtime: 99, _status: 'draft' } })
  // The film itself is still published: only its newest version is a draft.
  expect((await payload.findByID({ collection: 'films', id: film.id }))._status).toBe('published')
  expect(draftsOf(await read(), 'films')).toBe(draftsOf(before, 'films') + 1)

  await payload.update({ collection: 'films', id: film.id, data: { _status: 'published' } })
  expect(draftsOf(await read(), 'films')).toBe(draftsOf(before, 'films'))
})

test('a never-published quote waits for review', async () => {
  const before = draftsOf(await read(), 'quotes')
  await ctx.payload.create({ collection: 'quotes', draft: true, data: { ...minimal.quotes(refs), _status: 'draft' } })
  expect(draftsOf(await read(), 'quotes')).toBe(before + 1)
})

test('missing translations are counted per collection and locale, naming the fields', async () => {
  const { payload } = ctx
  const before = await read()
  const quote = await payload.create({
    collection: 'quotes',
    locale: 'en',
    data: { ...minimal.quotes(refs), speakerRole: 'Director', _status: 'published' },
  })
  await payload.update({
    collection: 'quotes',
    id: quote.id,
    locale: 'fr',
    data: { text: 'Des mots', speakerRole: 'Réalisatrice', _status: 'published' },
  })
  const person = await payload.create({
    collection: 'people',
    locale: 'en',
    data: { ...minimal.people(refs), description: 'Director', _status: 'published' },
  })

  const after = await read()
  expect(gap(after, 'quotes', 'vi')?.count).toBe((gap(before, 'quotes', 'vi')?.count ?? 0) + 1)
  expect(gap(after, 'quotes', 'vi')?.first).toContainEqual({
    id: quote.id,
    title: expect.any(String),
    fields: ['text', 'speakerRole'],
  })
  // Complete in French: not listed there.
  expect(gap(after, 'quotes', 'fr')?.first.map((doc) => doc.id) ?? []).not.toContain(quote.id)
  // A person with no film credit and no guest appearance (an audience member) needs no bio: only the one-line description counts.
  expect(gap(after, 'people', 'en')?.first.map((doc) => doc.id) ?? []).not.toContain(person.id)
  expect(gap(after, 'people', 'fr')?.first).toContainEqual({
    id: person.id,
    title: person.name,
    fields: ['description'],
  })

  // Credited in a film, the same person's missing bio counts in every language, English included.
  await payload.create({
    collection: 'films',
    data: { ...minimal.films(refs), credits: [{ person: person.id, role: 'director' }], _status: 'published' },
  })
  const credited = await read()
  expect(gap(credited, 'people', 'en')?.first).toContainEqual({ id: person.id, title: person.name, fields: ['bio'] })
  expect(gap(credited, 'people', 'fr')?.first).toContainEqual({
    id: person.id,
    title: person.name,
    fields: ['description', 'bio'],
  })
})

test('what is on next and screenings without a ticket link', async () => {
  const { payload } = ctx
  const at = (start: string, extra: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'screenings',
      data: { ...minimal.screenings(refs), start, _status: 'published', ...extra },
    })
  const first = await at('2025-12-08T09:00:00.000Z')
  const withTicket = await at('2025-12-08T11:00:00.000Z', { ticketUrl: 'https://tickets.example/1' })
  const cancelled = await at('2025-12-08T13:00:00.000Z', { status: 'cancelled' })

  const data = await dashboardData(payload, { now: new Date('2025-12-08T08:00:00.000Z'), list: ALL })
  expect(data.next.slice(0, 3).map((screening) => screening.id)).toEqual([first.id, withTicket.id, cancelled.id])
  expect(
    (await dashboardData(payload, { now: new Date('2025-12-08T10:00:00.000Z'), list: 1 })).next.map(
      (screening) => screening.id,
    ),
  ).toEqual([withTicket.id])
  const noTickets = data.noTickets.map((screening) => screening.id)
  expect(noTickets).toContain(first.id)
  expect(noTickets).not.toContain(withTicket.id)
  expect(noTickets).not.toContain(cancelled.id)
})
