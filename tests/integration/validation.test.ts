/**
 * Bad input over REST answers 400 with a message that names the field, and
 * nothing is written.
 */
import { createAccounts, createRefs, minimal, PASSWORD, type ContentSlug, type Refs } from '../helpers/fixtures'
import { createTestPayload, type TestPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'

let ctx: TestPayload
let refs: Refs
let token: string
beforeAll(async () => {
  ctx = await createTestPayload()
  refs = await createRefs(ctx.payload)
  const accounts = await createAccounts(ctx.payload)
  token = await login(accounts.editor.email, PASSWORD)
})
afterAll(async () => ctx?.close())

type FieldError = { path: string; message: string }

const cases: [string, ContentSlug, (refs: Refs) => Record<string, unknown>, string, RegExp][] = [
  ['a screening that ends before it starts', 'screenings', (r) => ({ ...minimal.screenings(r), end: '2025-12-10T18:00:00.000Z' }), 'end', /after the start/],
  ['a rescheduled screening without its previous time', 'screenings', (r) => ({ ...minimal.screenings(r), status: 'rescheduled' }), 'previousStart', /previous start/],
  ['a ticket link that is not a URL', 'screenings', (r) => ({ ...minimal.screenings(r), ticketUrl: 'pathe palace box office' }), 'ticketUrl', /not a valid web address/],
  ['an unknown screening status', 'screenings', (r) => ({ ...minimal.screenings(r), status: 'postponed' }), 'status', /invalid/i],
  ['a trailer link with a bad scheme', 'films', (r) => ({ ...minimal.films(r), trailerUrl: 'javascript:alert(1)' }), 'trailerUrl', /not a valid web address/],
  ['a country that is not an ISO code', 'films', (r) => ({ ...minimal.films(r), countries: ['Vietnam'] }), 'countries', /ISO 3166/],
  ['a box-office currency that is not ISO 4217', 'films', (r) => ({ ...minimal.films(r), boxOffice: [{ amount: 1, currency: 'dong' }] }), 'boxOffice.0.currency', /ISO 4217/],
  ['a film without its original title', 'films', (r) => ({ ...minimal.films(r), originalTitle: '' }), 'originalTitle', /required/i],
  ['a direct quote without a source', 'quotes', (r) => ({ ...minimal.quotes(r), kind: 'direct' }), 'source.publication', /needs its source/],
  ['an edition that ends before it starts', 'editions', (r) => ({ ...minimal.editions(r), endDate: '2025-12-01T12:00:00.000Z' }), 'endDate', /cannot come before/],
]

test.each(cases)('rejects %s', async (_, collection, data, field, message) => {
  const before = (await ctx.payload.count({ collection })).totalDocs
  const { status, body } = await rest('POST', `/${collection}`, { token, body: { ...data(refs), _status: 'published' } })
  expect(status).toBe(400)
  const errors = (body as { errors: { data?: { errors: FieldError[] } }[] }).errors[0].data?.errors ?? []
  const error = errors.find((candidate) => candidate.path === field)
  expect(error).toBeDefined()
  expect(error?.message).toMatch(message)
  expect((await ctx.payload.count({ collection })).totalDocs).toBe(before)
})

test('a valid screening is accepted and its end is derived from the runtime', async () => {
  await ctx.payload.update({ collection: 'films', id: refs.film, data: { runtime: 124 } })
  const { status, body } = await rest('POST', '/screenings', { token, body: { ...minimal.screenings(refs), _status: 'published' } })
  expect(status).toBe(201)
  const doc = (body as { doc: { end: string; endIsEstimated: boolean } }).doc
  expect(doc.end).toBe('2025-12-10T21:04:00.000Z')
  expect(doc.endIsEstimated).toBe(true)
})
