/**
 * Bad input over REST answers 400 with a message that names the field, and
 * nothing is written.
 */
import { createAccounts, createRefs, minimal, PASSWORD, type ContentSlug, type Refs } from '../helpers/fixtures'
import { PNG_1PX } from '../helpers/images'
import { createTestPayload, type TestPayload } from '../helpers/payload'
import { authHeaders, login, rest, send } from '../helpers/rest'

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
  [
    'a screening that ends before it starts',
    'screenings',
    (r) => ({ ...minimal.screenings(r), end: '2025-12-10T18:00:00.000Z' }),
    'end',
    /after the start/,
  ],
  [
    'a rescheduled screening without its previous time',
    'screenings',
    (r) => ({ ...minimal.screenings(r), status: 'rescheduled' }),
    'previousStart',
    /previous start/,
  ],
  [
    'a ticket link that is not a URL',
    'screenings',
    (r) => ({ ...minimal.screenings(r), ticketUrl: 'pathe palace box office' }),
    'ticketUrl',
    /not a valid web address/,
  ],
  [
    'an unknown screening status',
    'screenings',
    (r) => ({ ...minimal.screenings(r), status: 'postponed' }),
    'status',
    /invalid/i,
  ],
  [
    'a trailer link with a bad scheme',
    'films',
    (r) => ({ ...minimal.films(r), trailerUrl: 'javascript:alert(1)' }),
    'trailerUrl',
    /not a valid web address/,
  ],
  [
    'a country that is not an ISO code',
    'films',
    (r) => ({ ...minimal.films(r), countries: ['Vietnam'] }),
    'countries',
    /ISO 3166/,
  ],
  [
    'a box-office currency that is not ISO 4217',
    'films',
    (r) => ({ ...minimal.films(r), boxOffice: [{ amount: 1, currency: 'dong' }] }),
    'boxOffice.0.currency',
    /ISO 4217/,
  ],
  [
    'a box-office row without its currency',
    'films',
    (r) => ({ ...minimal.films(r), boxOffice: [{ amount: 1 }] }),
    'boxOffice.0.currency',
    /required/i,
  ],
  [
    'a film without its original title',
    'films',
    (r) => ({ ...minimal.films(r), originalTitle: '' }),
    'originalTitle',
    /required/i,
  ],
  [
    'a direct quote without a source',
    'quotes',
    (r) => ({ ...minimal.quotes(r), kind: 'direct' }),
    'source.publication',
    /needs its source/,
  ],
  [
    'an edition that ends before it starts',
    'editions',
    (r) => ({ ...minimal.editions(r), endDate: '2025-12-01T12:00:00.000Z' }),
    'endDate',
    /cannot come before/,
  ],
]

test.each(cases)('rejects %s', async (_, collection, data, field, message) => {
  const before = (await ctx.payload.count({ collection })).totalDocs
  const { status, body } = await rest('POST', `/${collection}`, {
    token,
    body: { ...data(refs), _status: 'published' },
  })
  expect(status).toBe(400)
  const errors = (body as { errors: { data?: { errors: FieldError[] } }[] }).errors[0].data?.errors ?? []
  const error = errors.find((candidate) => candidate.path === field)
  expect(error).toBeDefined()
  expect(error?.message).toMatch(message)
  expect((await ctx.payload.count({ collection })).totalDocs).toBe(before)
})

const fieldErrors = (body: unknown) =>
  (body as { errors: { data?: { errors: FieldError[] } }[] }).errors[0].data?.errors ?? []

const accepted: [string, ContentSlug, (refs: Refs) => Record<string, unknown>][] = [
  [
    'a direct quote with its publication',
    'quotes',
    (r) => ({ ...minimal.quotes(r), kind: 'direct', source: { publication: 'Tuổi Trẻ' } }),
  ],
  [
    'a direct quote with only a source URL',
    'quotes',
    (r) => ({ ...minimal.quotes(r), kind: 'direct', source: { url: 'https://tuoitre.vn/mua-do' } }),
  ],
  [
    'a trailer at a full https URL',
    'films',
    (r) => ({ ...minimal.films(r), trailerUrl: 'https://www.youtube.com/watch?v=abc123' }),
  ],
  [
    'a screening with an explicit end after its start',
    'screenings',
    (r) => ({ ...minimal.screenings(r), end: '2025-12-10T21:00:00.000Z' }),
  ],
]

test.each(accepted)('accepts %s', async (_, collection, data) => {
  const before = (await ctx.payload.count({ collection })).totalDocs
  const { status, body } = await rest('POST', `/${collection}`, {
    token,
    body: { ...data(refs), _status: 'published' },
  })
  expect([status, body]).toEqual([201, expect.anything()])
  expect((await ctx.payload.count({ collection })).totalDocs).toBe(before + 1)
})

test('an explicit end is kept, not replaced by one derived from the runtime', async () => {
  const { body } = await rest('POST', '/screenings', {
    token,
    body: { ...minimal.screenings(refs), end: '2025-12-10T20:10:00.000Z', _status: 'published' },
  })
  const doc = (body as { doc: { end: string; endIsEstimated: boolean } }).doc
  expect([doc.end, doc.endIsEstimated]).toEqual(['2025-12-10T20:10:00.000Z', false])
})

describe('images need alt text', () => {
  const upload = (fields: Record<string, unknown>) => {
    const form = new FormData()
    form.append('file', new Blob([PNG_1PX], { type: 'image/png' }), `pixel-${Date.now()}.png`)
    form.append('_payload', JSON.stringify(fields))
    return send(
      new Request('http://localhost:3000/api/media', { method: 'POST', headers: authHeaders({ token }), body: form }),
    )
  }

  test('an image without alt text is refused, naming the field, and nothing is stored', async () => {
    const before = (await ctx.payload.count({ collection: 'media' })).totalDocs
    for (const fields of [{}, { alt: '' }, { caption: 'Closing night' }]) {
      const response = await upload(fields)
      expect(response.status).toBe(400)
      expect(fieldErrors(await response.json()).map((error) => error.path)).toContain('alt')
    }
    expect((await ctx.payload.count({ collection: 'media' })).totalDocs).toBe(before)
  })

  test('an image with alt text is stored', async () => {
    const response = await upload({ alt: 'Audience at the Pathé Palace' })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { id: number; alt: string } }
    expect((await ctx.payload.findByID({ collection: 'media', id: doc.id })).alt).toBe('Audience at the Pathé Palace')
  })
})

test('a valid screening is accepted and its end is derived from the runtime', async () => {
  await ctx.payload.update({ collection: 'films', id: refs.film, data: { runtime: 124 } })
  const { status, body } = await rest('POST', '/screenings', {
    token,
    body: { ...minimal.screenings(refs), _status: 'published' },
  })
  expect(status).toBe(201)
  const doc = (body as { doc: { end: string; endIsEstimated: boolean } }).doc
  expect(doc.end).toBe('2025-12-10T21:04:00.000Z')
  expect(doc.endIsEstimated).toBe(true)
})

describe('screenings are placed in time and space', () => {
  const at = (start: string, extra: Record<string, unknown> = {}) => ({
    ...minimal.screenings(refs),
    room: 'Salle 1',
    start,
    _status: 'published' as const,
    ...extra,
  })
  let existingTitle = ''

  beforeAll(async () => {
    await ctx.payload.update({ collection: 'films', id: refs.film, data: { runtime: 124 } })
    const existing = await ctx.payload.create({ collection: 'screenings', data: at('2025-12-11T19:00:00.000Z') })
    existingTitle = existing.title ?? ''
  })

  test('a screening overlapping another in the same room is refused, naming the other', async () => {
    const { status, body } = await rest('POST', '/screenings', { token, body: at('2025-12-11T20:30:00.000Z') })
    expect(status).toBe(400)
    const errors = (body as { errors: { data?: { errors: FieldError[] } }[] }).errors[0].data?.errors ?? []
    expect(errors.find((error) => error.path === 'start')?.message).toContain(`Overlaps with “${existingTitle}”`)
  })

  test('a screening without a room takes the whole venue', async () => {
    const { status } = await rest('POST', '/screenings', { token, body: at('2025-12-11T19:30:00.000Z', { room: '' }) })
    expect(status).toBe(400)
  })

  test('back to back, another room, or a cancelled neighbour are fine', async () => {
    for (const body of [
      at('2025-12-11T21:04:00.000Z'),
      at('2025-12-11T19:00:00.000Z', { room: 'Salle 2' }),
      at('2025-12-11T17:00:00.000Z', { status: 'cancelled' }),
    ]) {
      const { status, body: answer } = await rest('POST', '/screenings', { token, body })
      expect([status, answer]).toEqual([201, expect.anything()])
    }
  })

  test('moving a screening onto an occupied slot is refused too', async () => {
    const free = await ctx.payload.create({ collection: 'screenings', data: at('2025-12-12T10:00:00.000Z') })
    const { status } = await rest('PATCH', `/screenings/${free.id}`, {
      token,
      body: { start: '2025-12-11T19:15:00.000Z' },
    })
    expect(status).toBe(400)
    const { status: own } = await rest('PATCH', `/screenings/${free.id}`, {
      token,
      body: { start: '2025-12-12T10:05:00.000Z' },
    })
    expect(own).toBe(200)
  })

  test('a screening outside its edition’s days is refused (Paris days)', async () => {
    // 23:30 UTC on 13 December is 00:30 on the 14th in Paris: the day after the edition.
    const { status, body } = await rest('POST', '/screenings', {
      token,
      body: at('2025-12-13T23:30:00.000Z', { room: 'Salle 9' }),
    })
    expect(status).toBe(400)
    const errors = (body as { errors: { data?: { errors: FieldError[] } }[] }).errors[0].data?.errors ?? []
    expect(errors.find((error) => error.path === 'start')?.message).toMatch(/2025-12-14 .*outside/)
  })
})

test('a new screening starts at calendar sequence 0; moving it raises the sequence', async () => {
  const created = await ctx.payload.create({
    collection: 'screenings',
    data: { ...minimal.screenings(refs), start: '2025-12-12T15:00:00.000Z', _status: 'published' },
  })
  expect(created.icsSequence).toBe(0)
  const moved = await ctx.payload.update({
    collection: 'screenings',
    id: created.id,
    data: { start: '2025-12-12T16:00:00.000Z' },
  })
  expect(moved.icsSequence).toBe(1)
  const renamed = await ctx.payload.update({
    collection: 'screenings',
    id: created.id,
    data: { ticketUrl: 'https://tickets.example/1' },
  })
  expect(renamed.icsSequence).toBe(1)
})

describe('a screening’s room is one of its venue’s rooms', () => {
  let venue = 0
  beforeAll(async () => {
    const created = await ctx.payload.create({
      collection: 'venues',
      data: { ...minimal.venues(refs), rooms: [{ name: 'Salle Lumière' }, { name: 'Salle 2' }], _status: 'published' },
    })
    venue = created.id
  })
  const at = (start: string, room: string) => ({
    ...minimal.screenings(refs),
    venue,
    room,
    start,
    _status: 'published' as const,
  })

  test('a room the venue does not list is refused, naming the field and the venue’s rooms', async () => {
    const before = (await ctx.payload.count({ collection: 'screenings' })).totalDocs
    const { status, body } = await rest('POST', '/screenings', {
      token,
      body: at('2025-12-09T10:00:00.000Z', 'Salle 3'),
    })
    expect(status).toBe(400)
    expect(fieldErrors(body).find((error) => error.path === 'room')?.message).toMatch(
      /^Room: .* has no room "Salle 3": its rooms are Salle Lumière, Salle 2\./,
    )
    expect((await ctx.payload.count({ collection: 'screenings' })).totalDocs).toBe(before)
  })

  test('a differently spelled room is stored as the venue spells it, and overlaps as the same room', async () => {
    // Decomposed "è" (NFD), other case, stray spaces: the same room for a person.
    const typed = '  salle LUMIE\u0300re '
    const { status, body } = await rest('POST', '/screenings', { token, body: at('2025-12-09T14:00:00.000Z', typed) })
    expect(status).toBe(201)
    const first = (body as { doc: { room: string; title: string } }).doc
    expect(first.room).toBe('Salle Lumière')

    const clash = await rest('POST', '/screenings', { token, body: at('2025-12-09T14:30:00.000Z', 'SALLE LUMIÈRE') })
    expect(clash.status).toBe(400)
    expect(fieldErrors(clash.body).find((error) => error.path === 'start')?.message).toContain(
      `Overlaps with “${first.title}”`,
    )

    const otherRoom = await rest('POST', '/screenings', { token, body: at('2025-12-09T14:30:00.000Z', 'salle 2') })
    expect(otherRoom.status).toBe(201)
  })
})

test('a screening’s day is its Paris calendar day, kept up to date, and the list filters on it', async () => {
  // 23:30 UTC on 12 December is 00:30 on the 13th in Paris.
  const late = await ctx.payload.create({
    collection: 'screenings',
    data: { ...minimal.screenings(refs), start: '2025-12-12T23:30:00.000Z', _status: 'published' },
  })
  expect(late.day).toBe('2025-12-13')
  const moved = await ctx.payload.update({
    collection: 'screenings',
    id: late.id,
    data: { start: '2025-12-11T08:00:00.000Z' },
  })
  expect(moved.day).toBe('2025-12-11')
  const { status, body } = await rest('GET', '/screenings?where[day][equals]=2025-12-11&depth=0&limit=100', { token })
  expect(status).toBe(200)
  const days = (body as { docs: { id: number; day: string }[] }).docs
  expect(days.map((doc) => doc.id)).toContain(late.id)
  expect(new Set(days.map((doc) => doc.day))).toEqual(new Set(['2025-12-11']))
})
