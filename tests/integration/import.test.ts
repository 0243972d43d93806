/**
 * Programme import and export over HTTP, against a real database: the dry
 * run, all-or-nothing writes, idempotence, the export → import round trip,
 * French Excel files, Paris time, and who may call them.
 */
import { createPayloadRequest, type PayloadHandler } from 'payload'

import { exportHandler, importHandler } from '@/collections/Screenings/endpoints'
import { importProgramme } from '@/import/apply'
import type { ImportReport } from '@/import/report'
import type { Screening } from '@/payload-types'

import { createAccounts, PASSWORD, type Accounts } from '../helpers/fixtures'
import { createTestPayload, type TestPayload } from '../helpers/payload'
import { authHeaders, login, send, type Credentials } from '../helpers/rest'

let ctx: TestPayload
let accounts: Accounts
let editor: Credentials
let admin: Credentials
const ids = { edition: 0, otherEdition: 0, dstEdition: 0, muaDo: 0, dao: 0, palace: 0, balzac: 0 }

beforeAll(async () => {
  ctx = await createTestPayload()
  const { payload } = ctx
  accounts = await createAccounts(payload)
  editor = { token: await login(accounts.editor.email, PASSWORD) }
  admin = { token: await login(accounts.admin.email, PASSWORD) }
  const published = { _status: 'published' } as const
  const edition = (slug: string, startDate = '2025-12-08T12:00:00.000Z', endDate = '2025-12-13T12:00:00.000Z') =>
    payload.create({
      collection: 'editions',
      data: { name: slug, slug, city: 'Paris', startDate, endDate, ...published },
    })
  ids.edition = (await edition('vfw-2025')).id
  ids.otherEdition = (await edition('vfw-2026')).id
  // Spans both 2025 clock changes.
  ids.dstEdition = (await edition('vfw-dst', '2025-03-01T12:00:00.000Z', '2025-11-01T12:00:00.000Z')).id
  ids.muaDo = (
    await payload.create({
      collection: 'films',
      data: { originalTitle: 'Mưa Đỏ', title: 'Red Rain', slug: 'mua-do', runtime: 124, ...published },
    })
  ).id
  ids.dao = (
    await payload.create({
      collection: 'films',
      data: {
        originalTitle: 'Đào, Phở và Piano',
        title: 'Peach Blossom, Pho and Piano',
        slug: 'dao-pho-va-piano',
        ...published,
      },
    })
  ).id
  const address = { street: '1 rue X', city: 'Paris', country: 'FR' }
  ids.palace = (
    await payload.create({
      collection: 'venues',
      data: {
        name: 'Pathé Palace',
        slug: 'pathe-palace',
        address,
        rooms: [{ name: 'Salle 1' }, { name: 'Salle 2' }],
        ...published,
      },
    })
  ).id
  ids.balzac = (
    await payload.create({
      collection: 'venues',
      data: { name: 'Le Balzac', slug: 'le-balzac', address, ...published },
    })
  ).id
  await payload.updateGlobal({ slug: 'site', data: { siteName: 'Film Week', currentEdition: ids.edition } })
})
afterAll(async () => ctx?.close())

/**
 * Calls an endpoint as the REST route does: through Payload's router once the
 * Screenings collection registers it, until then its handler on a request
 * authenticated the same way (JWT or API key).
 */
async function call(
  handler: PayloadHandler,
  method: 'GET' | 'POST',
  path: string,
  credentials: Credentials,
  body?: BodyInit,
  contentType = 'text/csv',
) {
  const headers = authHeaders(credentials)
  if (body !== undefined && !(body instanceof FormData)) headers.set('content-type', contentType)
  const request = new Request(`http://localhost:3000/api/screenings${path}`, { method, headers, body })
  const registered = (ctx.payload.collections.screenings.config.endpoints || []).some(
    (endpoint) => endpoint.handler === handler,
  )
  if (registered) return send(request)
  const { default: config } = await import('@payload-config')
  return handler(await createPayloadRequest({ config, request }))
}

async function importCsv(csv: BodyInit, { dryRun = false, credentials = editor } = {}) {
  const response = await call(importHandler, 'POST', `/import?dryRun=${dryRun}`, credentials, csv)
  return { status: response.status, report: (await response.json()) as ImportReport }
}

async function exportCsv(query = '', credentials = editor) {
  const response = await call(exportHandler, 'GET', `/export${query}`, credentials)
  const bytes = Buffer.from(await response.arrayBuffer())
  return { status: response.status, headers: response.headers, bytes, text: new TextDecoder().decode(bytes) }
}

const count = async () => (await ctx.payload.count({ collection: 'screenings' })).totalDocs
const lines = (...rows: string[]) => rows.join('\n')
const HEADER =
  'film,venue,room,date,time,end_time,version,audio_language,subtitles,sdh,audio_description,step_free,labels,ticket_url,status,edition'
// The export writes every column, the ticket sales ones included; files without them still import.
const EXPORT_HEADER =
  'film,venue,room,date,time,end_time,version,audio_language,subtitles,sdh,audio_description,step_free,labels,ticket_url,ticket_availability,tickets_on_sale,prices,status,edition'

async function screeningAt(start: string): Promise<Screening> {
  const { docs } = await ctx.payload.find({
    collection: 'screenings',
    draft: true,
    where: { start: { equals: start } },
    depth: 0,
  })
  expect(docs).toHaveLength(1)
  return docs[0]
}

describe('dry run', () => {
  let soldOutCandidate: Screening
  beforeAll(async () => {
    const base = { edition: ids.edition, start_tz: 'Europe/Paris', status: 'scheduled', _status: 'published' } as const
    soldOutCandidate = await ctx.payload.create({
      collection: 'screenings',
      data: { ...base, film: ids.muaDo, venue: ids.palace, room: 'Salle 1', start: '2025-12-08T19:00:00.000Z' },
    })
    await ctx.payload.create({
      collection: 'screenings',
      data: { ...base, film: ids.dao, venue: ids.balzac, start: '2025-12-08T17:00:00.000Z', subtitles: ['fr'] },
    })
  })

  test('reports create, update, unchanged and reject, with row numbers and reasons, and writes nothing', async () => {
    const before = await count()
    const { status, report } = await importCsv(
      lines(
        'film,venue,room,date,time,subtitles,status',
        'mua-do,pathe-palace,salle 1,2025-12-08,20:00,,sold-out', // update: the status (a room's case does not matter)
        '"Peach Blossom, Pho and Piano",Le Balzac,,2025-12-08,18:00,fr,', // unchanged: English title, venue name
        '', // skipped, but still line 4
        'Mưa Đỏ,Le Balzac,,2025-12-10,21:15,fr en,', // create
        'Mua Do,pathe-palace,Salle 1,2025-12-10,20:00,,', // unknown film
        'mua-do,pathe-palace,Salle 1,13/12/2025,20:00,,', // day/month/year
        'Mưa Đỏ,le-balzac,,2025-12-10,21:15,,', // the screening of line 5 again
        'mua-do,pathe-palace,Salle 9,2025-12-10,20:00,,', // no such room
        'mua-do,pathe-palace,Salle 1,2025-12-14,20:00,,', // after the edition
        'dao-pho-va-piano,le-balzac,,2025-12-10,22:00,,', // overlaps the screening of line 5
      ),
      { dryRun: true },
    )
    expect(status).toBe(200)
    expect(report.dryRun).toBe(true)
    expect(report.written).toBe(false)
    expect(report.summary).toEqual({ create: 1, update: 1, unchanged: 1, reject: 6 })
    expect(report.rows).toEqual([
      expect.objectContaining({
        row: 2,
        action: 'update',
        id: soldOutCandidate.id,
        room: 'Salle 1',
        changes: ['status'],
      }),
      expect.objectContaining({ row: 3, action: 'unchanged', film: 'dao-pho-va-piano', venue: 'le-balzac' }),
      expect.objectContaining({
        row: 5,
        action: 'create',
        film: 'mua-do',
        venue: 'le-balzac',
        start: '2025-12-10T20:15:00.000Z',
      }),
      {
        row: 6,
        action: 'reject',
        column: 'film',
        reason: 'No film with slug or title "Mua Do". Did you mean "mua-do"?',
      },
      { row: 7, action: 'reject', column: 'date', reason: expect.stringMatching(/day\/month\/year/) },
      { row: 8, action: 'reject', reason: expect.stringMatching(/Same screening as row 5/) },
      {
        row: 9,
        action: 'reject',
        column: 'room',
        reason: 'Pathé Palace has no room "Salle 9": its rooms are Salle 1, Salle 2.',
      },
      {
        row: 10,
        action: 'reject',
        column: 'date',
        reason: '2025-12-14 is outside vfw-2025 (2025-12-08 to 2025-12-13).',
      },
      // Only the collection's own validation knows this one: the dry run tried the writes.
      {
        row: 11,
        action: 'reject',
        column: 'time',
        reason: expect.stringMatching(/^Overlaps with “Mưa Đỏ · .*” in the same room, until/),
      },
    ])
    expect(report.rows.find((row) => row.row === 5)).not.toHaveProperty('id')
    expect(await count()).toBe(before)
    expect((await ctx.payload.findByID({ collection: 'screenings', id: soldOutCandidate.id })).status).toBe('scheduled')
  })

  test('a screening whose latest version is a draft is an update that publishes it', async () => {
    const draft = await ctx.payload.create({
      collection: 'screenings',
      draft: true,
      data: {
        film: ids.dao,
        venue: ids.balzac,
        edition: ids.edition,
        start: '2025-12-11T17:00:00.000Z',
        start_tz: 'Europe/Paris',
        status: 'scheduled',
        _status: 'draft',
      },
    })
    const { report } = await importCsv(lines('film,venue,date,time', 'dao-pho-va-piano,le-balzac,2025-12-11,18:00'), {
      dryRun: true,
    })
    expect(report.rows).toEqual([
      expect.objectContaining({ row: 2, action: 'update', id: draft.id, changes: ['_status'] }),
    ])
  })
})

describe('real import', () => {
  const good = lines(
    HEADER,
    'mua-do,pathe-palace,Salle 2,2025-12-09,20:00,,original,vi,fr en,yes,no,yes,international-premiere,https://tickets.example/1,scheduled,vfw-2025',
    '"Đào, Phở và Piano",Le Balzac,,2025-12-09,18:30,20:10,dubbed,fr,,,,,,,sold-out,',
  )

  test('a file with one bad row writes nothing and answers 400 with the reason', async () => {
    const before = await count()
    const { status, report } = await importCsv(`${good}\nmua-do,pathe-palace,Salle 1,2025-12-09,25:00,,,,,,,,,,,\n`)
    expect(status).toBe(400)
    expect(report.written).toBe(false)
    expect(report.rows.filter((row) => row.action === 'reject')).toEqual([
      { row: 4, action: 'reject', column: 'time', reason: expect.stringMatching(/not a time/) },
    ])
    expect(await count()).toBe(before)
  })

  test('a row Payload refuses while writing rolls back the rows already written', async () => {
    const before = await count()
    const original = ctx.payload.create
    let calls = 0
    // The second write reaches Payload with an invalid link: its own validation throws inside the transaction.
    const failSecond = (args: { data: Record<string, unknown> }) =>
      original.call(
        ctx.payload,
        (++calls === 2 ? { ...args, data: { ...args.data, ticketUrl: 'not a link' } } : args) as never,
      )
    ctx.payload.create = failSecond as unknown as typeof original
    try {
      const { status, report } = await importCsv(good)
      // Refused on the 2nd write; the run restarts without that row to check the others (3rd), then rolls back.
      expect(calls).toBe(3)
      expect(status).toBe(400)
      expect(report.rows).toContainEqual({
        row: 3,
        action: 'reject',
        column: 'ticket_url',
        reason: expect.stringMatching(/not a valid web address/),
      })
      expect(report.rows.filter((row) => row.action === 'create')).toEqual([
        expect.not.objectContaining({ id: expect.anything() }),
      ])
    } finally {
      ctx.payload.create = original
    }
    expect(await count()).toBe(before)
  })

  test('a good file is written, published, with Paris times; a second run changes nothing', async () => {
    const before = await count()
    const first = await importCsv(good)
    expect(first.status).toBe(200)
    expect(first.report.written).toBe(true)
    expect(first.report.summary).toEqual({ create: 2, update: 0, unchanged: 0, reject: 0 })
    expect(await count()).toBe(before + 2)

    const premiere = await screeningAt('2025-12-09T19:00:00.000Z')
    expect(premiere).toMatchObject({
      _status: 'published',
      film: ids.muaDo,
      venue: ids.palace,
      edition: ids.edition,
      room: 'Salle 2',
      // No end in the file: the runtime (124 min) gives it.
      end: '2025-12-09T21:04:00.000Z',
      endIsEstimated: true,
      audioLanguage: 'vi',
      subtitles: ['fr', 'en'],
      accessibility: { sdh: true, audioDescription: false, stepFree: true },
      labels: ['international-premiere'],
      ticketUrl: 'https://tickets.example/1',
    })
    expect(first.report.rows[0]).toMatchObject({ row: 2, action: 'create', id: premiere.id })
    const dubbed = await screeningAt('2025-12-09T17:30:00.000Z')
    expect(dubbed).toMatchObject({
      end: '2025-12-09T19:10:00.000Z',
      endIsEstimated: false,
      version: 'dubbed',
      status: 'sold-out',
      edition: ids.edition,
    })

    const second = await importCsv(good)
    expect(second.status).toBe(200)
    expect(second.report.summary).toEqual({ create: 0, update: 0, unchanged: 2, reject: 0 })
    expect(await count()).toBe(before + 2)
  })

  test('a changed row updates its screening in place, and only after the commit are pages expired', async () => {
    const before = await screeningAt('2025-12-09T19:00:00.000Z')
    const input = lines('film,venue,room,date,time,status', 'mua-do,pathe-palace,Salle 2,2025-12-09,20:00,cancelled')
    // A dry run tries the same write, and expires nothing.
    const dryTags: string[] = []
    const dry = await importProgramme({
      payload: ctx.payload,
      user: accounts.editor.user,
      input,
      dryRun: true,
      context: { expiredTags: dryTags },
    })
    expect(dry.plan.rows).toEqual([expect.objectContaining({ action: 'update', changes: ['status'] })])
    expect(dryTags).toEqual([])
    expect((await screeningAt('2025-12-09T19:00:00.000Z')).status).toBe('scheduled')

    const expiredTags: string[] = []
    const result = await importProgramme({
      payload: ctx.payload,
      user: accounts.editor.user,
      input,
      dryRun: false,
      context: { expiredTags },
    })
    expect(result.written).toBe(true)
    expect(result.plan.rows).toEqual([expect.objectContaining({ action: 'update', changes: ['status'] })])
    const doc = await screeningAt('2025-12-09T19:00:00.000Z')
    expect(doc.status).toBe('cancelled')
    // Columns absent from the file were left alone.
    expect(doc.ticketUrl).toBe('https://tickets.example/1')
    // The status changed: calendars must take the new version.
    expect(doc.icsSequence).toBe((before.icsSequence ?? 0) + 1)
    expect(expiredTags).toEqual(
      expect.arrayContaining(['screenings', `screenings:${doc.id}`, `screenings:film:${ids.muaDo}`]),
    )
  })
})

describe('export', () => {
  test('gives the import format back, and importing it changes nothing', async () => {
    const { status, headers, text, bytes } = await exportCsv()
    expect(status).toBe(200)
    // A byte-order mark, so Excel reads the file as UTF-8 (Response.text() drops it).
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(headers.get('content-disposition')).toBe('attachment; filename="programme-vfw-2025.csv"')
    const [header, ...rows] = text.trimEnd().split('\r\n')
    expect(header).toBe(EXPORT_HEADER)
    expect(rows).toContain(
      'dao-pho-va-piano,le-balzac,,2025-12-09,18:30,20:10,dubbed,fr,,no,no,no,,,,,,sold-out,vfw-2025',
    )
    expect(rows).toContain(
      'mua-do,pathe-palace,Salle 2,2025-12-09,20:00,,original,vi,fr en,yes,no,yes,international-premiere,https://tickets.example/1,,,,cancelled,vfw-2025',
    )
    // The draft-only screening is not the programme yet.
    expect(rows.some((row) => row.includes('2025-12-11'))).toBe(false)

    const before = await count()
    const { status: importStatus, report } = await importCsv(text)
    expect(importStatus).toBe(200)
    expect(report.summary).toEqual({ create: 0, update: 0, unchanged: rows.length, reject: 0 })
    expect(await count()).toBe(before)
  })

  test('semicolons on request; another edition by slug; an unknown one is 404', async () => {
    const semicolon = await exportCsv('?delimiter=semicolon')
    expect(semicolon.text.split('\r\n')[0]).toBe(EXPORT_HEADER.replaceAll(',', ';'))
    const other = await exportCsv('?edition=vfw-2026')
    expect(other.text).toBe(`${EXPORT_HEADER}\r\n`)
    expect((await exportCsv('?edition=nope')).status).toBe(404)
  })
})

test('a French Excel file (semicolons, byte-order mark, CRLF) uploaded as a multipart file', async () => {
  const excel = [
    '\uFEFFFilm;Venue;Room;Date;Time;Subtitles;SDH;Labels;Status',
    'Mưa Đỏ;Pathé Palace;Salle 1;2025-12-12;19:45;fr|en;oui;french-premiere;',
    'Red Rain;Pathé Palace;Salle 1;2025-12-12;22:30;fr;non;;',
  ].join('\r\n')
  const form = new FormData()
  form.append('file', new Blob([Buffer.from(excel, 'utf8')], { type: 'application/vnd.ms-excel' }), 'programme.csv')
  const dry = await importCsv(form, { dryRun: true })
  // French yes/no is not in the format: refused with the row and the column, never guessed.
  expect(dry.report.rows).toContainEqual({
    row: 2,
    action: 'reject',
    column: 'sdh',
    reason: '"oui" is not yes or no (also accepted: true/false, 1/0, empty for no).',
  })

  const fixed = new FormData()
  fixed.append(
    'file',
    new Blob([Buffer.from(excel.replace(';oui;', ';1;').replace(';non;', ';0;'), 'utf8')]),
    'programme.csv',
  )
  const { status, report } = await importCsv(fixed)
  expect(status).toBe(200)
  expect(report.summary).toEqual({ create: 2, update: 0, unchanged: 0, reject: 0 })
  expect(await screeningAt('2025-12-12T18:45:00.000Z')).toMatchObject({
    film: ids.muaDo,
    subtitles: ['fr', 'en'],
    labels: ['french-premiere'],
    accessibility: { sdh: true },
  })
})

test('a browser’s multipart upload is read: its boundary is mixed case', async () => {
  const boundary = '----WebKitFormBoundaryQx7ZrT2bLm9AvWd'
  const body = [
    `--${boundary}`,
    'Content-Disposition: form-data; name="file"; filename="programme.csv"',
    'Content-Type: text/csv',
    '',
    'film,venue,date,time',
    'mua-do,pathe-palace,2025-12-12,10:00',
    `--${boundary}--`,
    '',
  ].join('\r\n')
  const response = await call(
    importHandler,
    'POST',
    '/import?dryRun=true',
    editor,
    body,
    `multipart/form-data; boundary=${boundary}`,
  )
  expect(response.status).toBe(200)
  expect(((await response.json()) as ImportReport).rows).toEqual([
    expect.objectContaining({ row: 2, action: 'create', film: 'mua-do' }),
  ])
})

test('Paris times across the 2025 clock changes are stored as the right instants', async () => {
  const { report } = await importCsv(
    lines(
      'film,venue,date,time,edition',
      'mua-do,le-balzac,2025-03-30,01:30,vfw-dst', // winter time, UTC+1
      'mua-do,pathe-palace,2025-03-30,03:30,vfw-dst', // summer time, UTC+2 (one real hour later: another venue)
      'mua-do,le-balzac,2025-10-26,01:30,vfw-dst', // still summer time
      'mua-do,le-balzac,2025-10-26,20:00,vfw-dst', // winter time again
    ),
  )
  expect(report.rows.map((row) => ('start' in row ? row.start : row.reason))).toEqual([
    '2025-03-30T00:30:00.000Z',
    '2025-03-30T01:30:00.000Z',
    '2025-10-25T23:30:00.000Z',
    '2025-10-26T19:00:00.000Z',
  ])
  await screeningAt('2025-10-26T19:00:00.000Z')

  const gap = await importCsv(lines('film,venue,date,time,edition', 'mua-do,le-balzac,2025-03-30,02:30,vfw-dst'), {
    dryRun: true,
  })
  expect(gap.report.rows).toEqual([
    { row: 2, action: 'reject', column: 'time', reason: expect.stringMatching(/does not exist in Paris/) },
  ])
})

describe('who may import and export', () => {
  const csv = lines('film,venue,date,time', 'mua-do,le-balzac,2025-12-13,11:00')

  test.each([
    ['anonymous', () => ({}), 401],
    ['a partner (API key)', () => ({ apiKey: accounts.partnerKey }), 403],
  ])('%s is refused, and nothing is written', async (_, credentials, status) => {
    const before = await count()
    const imported = await call(importHandler, 'POST', '/import?dryRun=false', credentials(), csv)
    expect(imported.status).toBe(status)
    expect(((await imported.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/import or export/)
    expect((await exportCsv('', credentials())).status).toBe(status)
    expect(await count()).toBe(before)
  })

  test('admins and editors may', async () => {
    const { status, report } = await importCsv(csv, { dryRun: true, credentials: admin })
    expect(status).toBe(200)
    expect(report.summary).toEqual({ create: 1, update: 0, unchanged: 0, reject: 0 })
    expect((await exportCsv('', admin)).status).toBe(200)
  })

  test('a file over 2 MB is refused with 413, a JSON body with 415, a bad dryRun with 400', async () => {
    const big = `${csv}\n${'mua-do,le-balzac,2025-12-13,11:00\n'.repeat(70_000)}`
    expect((await call(importHandler, 'POST', '/import', editor, big)).status).toBe(413)
    expect(
      (await call(importHandler, 'POST', '/import', editor, JSON.stringify({ csv }), 'application/json')).status,
    ).toBe(415)
    expect((await call(importHandler, 'POST', '/import?dryRun=yes', editor, csv)).status).toBe(400)
  })
})
