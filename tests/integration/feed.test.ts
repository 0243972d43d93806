/**
 * The partner feed (/api/v1): contract, hostile input, access, caching
 * headers, rate limits, the number of SQL queries, and the OpenAPI document.
 * Route handlers are called in process against a real database.
 */
import { execFileSync } from 'node:child_process'

import { validate } from '@readme/openapi-parser'
import ICAL from 'ical.js'
import type { OpenAPIV3_1 } from 'openapi-types'

import { createAccounts, createRefs, minimal, type Accounts } from '../helpers/fixtures'
import { call } from '../helpers/feed'
import { createTestPayload, type TestPayload } from '../helpers/payload'

let ctx: TestPayload
let accounts: Accounts
let routes: {
  programme: typeof import('@/app/api/v1/programme/route')
  programmeIcs: typeof import('@/app/api/v1/programme/calendar.ics/route')
  films: typeof import('@/app/api/v1/films/route')
  film: typeof import('@/app/api/v1/films/[slug]/route')
  filmIcs: typeof import('@/app/api/v1/films/[slug]/calendar.ics/route')
  person: typeof import('@/app/api/v1/people/[slug]/route')
  quotes: typeof import('@/app/api/v1/quotes/route')
  edition: typeof import('@/app/api/v1/editions/[slug]/route')
  posts: typeof import('@/app/api/v1/posts/route')
  post: typeof import('@/app/api/v1/posts/[slug]/route')
  openapi: typeof import('@/app/api/v1/openapi.json/route')
  unknown: typeof import('@/app/api/v1/[[...path]]/route')
}
let schemas: typeof import('@/api/v1/schemas/programme') &
  typeof import('@/api/v1/schemas/content') &
  typeof import('@/api/v1/schemas/common') &
  typeof import('@/api/v1/schemas/posts')

let ip = 0
/** A fresh client address per call site, so rate limits only bite where a test wants them to. */
const anon = () => ({ 'x-forwarded-for': `10.0.${Math.floor(++ip / 250)}.${ip % 250}` })

beforeAll(async () => {
  process.env.API_RATE_LIMIT_ANONYMOUS = '5'
  process.env.API_RATE_LIMIT_PARTNER = '50'
  ctx = await createTestPayload()
  accounts = await createAccounts(ctx.payload)
  const { seed } = await import('@/seed')
  await seed(ctx.payload, { log: () => {} })
  routes = {
    programme: await import('@/app/api/v1/programme/route'),
    programmeIcs: await import('@/app/api/v1/programme/calendar.ics/route'),
    films: await import('@/app/api/v1/films/route'),
    film: await import('@/app/api/v1/films/[slug]/route'),
    filmIcs: await import('@/app/api/v1/films/[slug]/calendar.ics/route'),
    person: await import('@/app/api/v1/people/[slug]/route'),
    quotes: await import('@/app/api/v1/quotes/route'),
    edition: await import('@/app/api/v1/editions/[slug]/route'),
    posts: await import('@/app/api/v1/posts/route'),
    post: await import('@/app/api/v1/posts/[slug]/route'),
    openapi: await import('@/app/api/v1/openapi.json/route'),
    unknown: await import('@/app/api/v1/[[...path]]/route'),
  }
  schemas = {
    ...(await import('@/api/v1/schemas/common')),
    ...(await import('@/api/v1/schemas/programme')),
    ...(await import('@/api/v1/schemas/content')),
    ...(await import('@/api/v1/schemas/posts')),
  }
})
afterAll(async () => ctx?.close())

describe('contract: real responses match the schemas', () => {
  test('posts: the seeded closing-night post, in the locale asked for; a draft is not there, by list or by slug', async () => {
    const list = await call(routes.posts.GET, '/api/v1/posts?locale=fr', { headers: anon() })
    expect(list.status).toBe(200)
    const body = schemas.PostsResponse.parse(list.json)
    expect(body.data.map((item) => item.title)).toEqual(['Pluie rouge clôt la Semaine du film vietnamien à Paris'])
    const slug = body.data[0]!.slug
    const one = await call(routes.post.GET, `/api/v1/posts/${slug}?locale=en`, { headers: anon(), params: { slug } })
    const post = schemas.PostResponse.parse(one.json).data
    expect(post).toMatchObject({
      author: 'Festival press office',
      source: { publication: 'The Europe Today', date: '2025-12-14' },
      related: { films: [{ slug: 'mua-do' }] },
    })
    expect(post.related.people.map((person) => person.name)).toEqual(['Đặng Thái Huyền', 'Chu Lai'])
    expect(post.body).toContain('as The Europe Today reported')

    const draft = await ctx.payload.create({
      collection: 'posts',
      draft: true,
      data: { ...minimal.posts({} as never), title: 'Draft post for partners', _status: 'draft' },
    })
    const again = schemas.PostsResponse.parse(
      (
        await call(routes.posts.GET, '/api/v1/posts', {
          headers: { Authorization: `users API-Key ${accounts.partnerKey}` },
        })
      ).json,
    )
    expect(again.data.map((item) => item.slug)).not.toContain(draft.slug)
    expect(
      (await call(routes.post.GET, `/api/v1/posts/${draft.slug}`, { headers: anon(), params: { slug: draft.slug } }))
        .status,
    ).toBe(404)
    await ctx.payload.update({ collection: 'posts', id: draft.id, data: { _status: 'published' } })
    expect(
      (await call(routes.post.GET, `/api/v1/posts/${draft.slug}`, { headers: anon(), params: { slug: draft.slug } }))
        .status,
    ).toBe(200)
    await ctx.payload.delete({ collection: 'posts', id: draft.id })
  })

  test('programme', async () => {
    const { status, json, headers } = await call(routes.programme.GET, '/api/v1/programme?locale=fr', {
      headers: anon(),
    })
    expect(status).toBe(200)
    const body = schemas.ProgrammeResponse.parse(json)
    expect(body.meta).toMatchObject({
      locale: 'fr',
      count: 1,
      total: 1,
      next_cursor: null,
      edition: { slug: 'vietnamese-film-week-2025' },
    })
    expect(body.data[0]).toMatchObject({
      start: '2025-12-13T20:00:00+01:00',
      status: 'scheduled',
      venue: {
        name: 'Pathé Palace',
        address: { city: 'Paris', country: 'FR' },
        coordinates: { latitude: 48.8706, longitude: 2.3317 },
      },
      film: {
        slug: 'mua-do',
        original_title: 'Mưa Đỏ',
        title: 'Pluie rouge',
        runtime_minutes: 124,
        directors: ['Đặng Thái Huyền'],
      },
      labels: ['international-premiere', 'closing-night'],
      guest_event: 'qa',
      guests: [{ slug: 'dang-thai-huyen', name: 'Đặng Thái Huyền' }],
      accessibility: { step_free: true, sdh: false, audio_description: false },
      page_url: 'http://localhost:3000/fr/films/mua-do',
    })
    expect(body.data[0].film.poster?.url).toMatch(/^http:\/\/localhost:3000\/api\/media\/file\//)
    expect(headers.get('access-control-allow-origin')).toBe('*')
  })

  test.each([
    ['films', '/api/v1/films', {}, 'FilmsResponse'],
    ['film', '/api/v1/films/mua-do?locale=vi', { slug: 'mua-do' }, 'FilmResponse'],
    ['person', '/api/v1/people/dang-thai-huyen', { slug: 'dang-thai-huyen' }, 'PersonResponse'],
    ['quotes', '/api/v1/quotes?featured=true', {}, 'QuotesResponse'],
    ['edition', '/api/v1/editions/vietnamese-film-week-2025', { slug: 'vietnamese-film-week-2025' }, 'EditionResponse'],
  ] as const)('%s', async (route, path, params, schema) => {
    const { status, json } = await call(routes[route].GET, path, { headers: anon(), params })
    expect(status).toBe(200)
    expect(() => schemas[schema].parse(json)).not.toThrow()
  })

  test('details carry what partners need', async () => {
    const film = schemas.FilmResponse.parse(
      (await call(routes.film.GET, '/api/v1/films/mua-do', { headers: anon(), params: { slug: 'mua-do' } })).json,
    ).data
    expect(film.box_office).toEqual(
      expect.arrayContaining([expect.objectContaining({ amount: 700_000_000_000, currency: 'VND' })]),
    )
    expect(film.awards[0]).toMatchObject({ event: '98th Academy Awards', result: 'national-submission' })
    expect(film.credits.map((credit) => credit.role)).toEqual(['director', 'screenwriter', 'source-author'])
    expect(film.source_work).toMatchObject({ kind: 'novel', author: { slug: 'chu-lai' } })
    const quotes = schemas.QuotesResponse.parse(
      (await call(routes.quotes.GET, '/api/v1/quotes', { headers: anon() })).json,
    )
    expect(new Set(quotes.data.map((quote) => quote.kind))).toEqual(new Set(['paraphrase']))
    expect(quotes.data[0].source.publication).toBe('The Europe Today')
    const edition = schemas.EditionResponse.parse(
      (
        await call(routes.edition.GET, '/api/v1/editions/vietnamese-film-week-2025', {
          headers: anon(),
          params: { slug: 'vietnamese-film-week-2025' },
        })
      ).json,
    ).data
    expect(edition).toMatchObject({
      start_date: '2025-12-08',
      end_date: '2025-12-13',
      figures: { attendees: 6000, attendees_precision: 'more-than' },
    })
    expect(edition.organisations.map((organisation) => organisation.role)).toEqual([
      'co-organiser',
      'co-organiser',
      'patron',
    ])
  })

  test('a film’s tagline, in the language asked for; a draft one is not there', async () => {
    const { payload } = ctx
    const film = await payload.create({
      collection: 'films',
      locale: 'en',
      data: { ...minimal.films({} as never), tagline: 'One family, two wars', _status: 'published' },
    })
    await payload.update({
      collection: 'films',
      id: film.id,
      locale: 'fr',
      data: { title: 'Un film', tagline: 'Une famille, deux guerres', _status: 'published' },
    })
    await payload.update({
      collection: 'films',
      id: film.id,
      locale: 'en',
      draft: true,
      data: { tagline: 'Not yet announced', _status: 'draft' },
    })
    const tagline = async (locale: string) =>
      schemas.FilmResponse.parse(
        (
          await call(routes.film.GET, `/api/v1/films/${film.slug}?locale=${locale}`, {
            headers: anon(),
            params: { slug: film.slug as string },
          })
        ).json,
      ).data.tagline
    expect(await tagline('en')).toBe('One family, two wars')
    expect(await tagline('fr')).toBe('Une famille, deux guerres')
  })

  test('calendar files parse with an independent iCalendar parser', async () => {
    for (const [handler, path, params] of [
      [routes.programmeIcs.GET, '/api/v1/programme/calendar.ics', {}],
      [routes.filmIcs.GET, '/api/v1/films/mua-do/calendar.ics', { slug: 'mua-do' }],
    ] as const) {
      const { status, text, headers } = await call(handler, path, { headers: anon(), params })
      expect(status).toBe(200)
      expect(headers.get('content-type')).toMatch(/^text\/calendar/)
      const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')
      expect(events).toHaveLength(1)
      expect(events[0].getFirstPropertyValue('summary')).toBe('Red Rain (Mưa Đỏ)')
    }
  })
})

describe('filters and pagination', () => {
  let refs: Awaited<ReturnType<typeof createRefs>>
  beforeAll(async () => {
    refs = await createRefs(ctx.payload)
    const { docs } = await ctx.payload.find({
      collection: 'editions',
      where: { slug: { equals: 'vietnamese-film-week-2025' } },
    })
    for (let day = 8; day <= 12; day += 1) {
      await ctx.payload.create({
        collection: 'screenings',
        data: {
          ...minimal.screenings(refs),
          edition: docs[0].id,
          start: `2025-12-${String(day).padStart(2, '0')}T17:00:00.000Z`,
          subtitles: day % 2 ? ['en'] : ['fr'],
          accessibility: { sdh: day === 10 },
          _status: 'published',
        },
      })
    }
    await ctx.payload.create({
      collection: 'screenings',
      draft: true,
      data: { ...minimal.screenings(refs), edition: docs[0].id, start: '2025-12-09T10:00:00.000Z', _status: 'draft' },
    })
  })

  const ids = async (query: string) =>
    schemas.ProgrammeResponse.parse(
      (await call(routes.programme.GET, `/api/v1/programme?${query}`, { headers: anon() })).json,
    )

  test('from/to are Europe/Paris days, inclusive', async () => {
    const body = await ids('from=2025-12-10&to=2025-12-12')
    expect(body.data.map((item) => item.start.slice(0, 10))).toEqual(['2025-12-10', '2025-12-11', '2025-12-12'])
  })

  test('a day runs from midnight to midnight in Paris, not in UTC (screenings read by a window around the days)', async () => {
    const refs = await createRefs(ctx.payload)
    const { docs } = await ctx.payload.find({
      collection: 'editions',
      where: { slug: { equals: 'vietnamese-film-week-2025' } },
    })
    // 00:30 on the 10th, 23:30 on the 12th and 00:30 on the 13th, Paris time (UTC+1 in December).
    const edges = ['2025-12-09T23:30:00.000Z', '2025-12-12T22:30:00.000Z', '2025-12-12T23:30:00.000Z']
    const created = await Promise.all(
      edges.map((start) =>
        ctx.payload.create({
          collection: 'screenings',
          data: { ...minimal.screenings(refs), edition: docs[0].id, start, _status: 'published' },
        }),
      ),
    )
    try {
      const body = await ids('from=2025-12-10&to=2025-12-12')
      expect(body.data.map((item) => item.start.slice(0, 16))).toEqual([
        '2025-12-10T00:30',
        '2025-12-10T18:00',
        '2025-12-11T18:00',
        '2025-12-12T18:00',
        '2025-12-12T23:30',
      ])
    } finally {
      await Promise.all(created.map((doc) => ctx.payload.delete({ collection: 'screenings', id: doc.id })))
    }
  })

  test('subtitles, accessibility, film and venue filters', async () => {
    expect((await ids('subtitles=en')).meta.total).toBe(2)
    expect((await ids('accessibility=sdh')).data.map((item) => item.start.slice(0, 10))).toEqual(['2025-12-10'])
    expect((await ids('film=mua-do')).data.map((item) => item.film.slug)).toEqual(['mua-do'])
    expect((await ids('venue=pathe-palace')).meta.total).toBe(1)
  })

  test('drafts never appear', async () => {
    expect((await ids('')).meta.total).toBe(6)
  })

  test('a cursor walks every item once, in start order', async () => {
    const seen: number[] = []
    let cursor = ''
    for (let pageIndex = 0; pageIndex < 10; pageIndex += 1) {
      const body = await ids(`limit=4${cursor ? `&cursor=${cursor}` : ''}`)
      seen.push(...body.data.map((item) => item.id))
      if (!body.meta.next_cursor) break
      cursor = body.meta.next_cursor
    }
    expect(seen).toHaveLength(6)
    expect(new Set(seen).size).toBe(6)
  })

  test('modified_since keeps recent changes only', async () => {
    expect((await ids('modified_since=2099-01-01T00:00:00%2B01:00')).meta.total).toBe(0)
    expect((await ids('modified_since=2000-01-01T00:00:00Z')).meta.total).toBe(6)
  })

  test('modified_since also catches a change to what an item shows of its film or venue', async () => {
    const now = async () => {
      await new Promise((resolve) => setTimeout(resolve, 5))
      return new Date().toISOString()
    }
    const changedSince = async (since: string) =>
      (await ids(`modified_since=${since}`)).data.map((item) => item.venue.slug)
    const beforeVenue = await now()
    expect(await changedSince(beforeVenue)).toEqual([])
    const venue = await ctx.payload.update({ collection: 'venues', id: refs.venue, data: { name: 'Renamed venue' } })
    // The five screenings at that venue, none of the seed's.
    expect(await changedSince(beforeVenue)).toEqual(Array(5).fill(venue.slug))
    const beforeFilm = await now()
    expect(await changedSince(beforeFilm)).toEqual([])
    await ctx.payload.update({ collection: 'films', id: refs.film, data: { title: 'Renamed film' } })
    expect((await ids(`modified_since=${beforeFilm}`)).data.map((item) => item.film.title)).toEqual(
      Array(5).fill('Renamed film'),
    )
  })
})

describe('hostile input answers 4xx with a clear JSON body', () => {
  test.each([
    ['/api/v1/programme?from=2025-13-45', 400, 'from'],
    ['/api/v1/programme?from=yesterday', 400, 'from'],
    ['/api/v1/programme?from=2025-12-13&to=2025-12-01', 400, 'to'],
    ['/api/v1/programme?limit=100000', 400, 'limit'],
    ['/api/v1/programme?limit=-1', 400, 'limit'],
    ['/api/v1/programme?limit=ten', 400, 'limit'],
    ['/api/v1/programme?locale=de', 400, 'locale'],
    ['/api/v1/programme?locale=all', 400, 'locale'],
    ['/api/v1/programme?venue=%27%20OR%201%3D1--', 400, 'venue'],
    ['/api/v1/programme?where[_status][equals]=draft', 400, 'where[_status][equals]'],
    ['/api/v1/programme?draft=true', 400, 'draft'],
    ['/api/v1/programme?accessibility=wheelchair', 400, 'accessibility'],
    ['/api/v1/programme?modified_since=last-week', 400, 'modified_since'],
    ['/api/v1/programme?cursor=%3Cscript%3E', 400, 'cursor'],
    ['/api/v1/programme?cursor=abc', 400, 'cursor'],
    ['/api/v1/films?cursor=abc', 400, 'cursor'],
    // Decodes, but to an object rather than a position.
    [`/api/v1/quotes?cursor=${Buffer.from('{"id":1}').toString('base64url')}`, 400, 'cursor'],
    ['/api/v1/programme?locale=en&locale=fr', 400, 'locale'],
    ['/api/v1/programme?edition=no-such-edition', 404, 'edition'],
    ['/api/v1/programme?venue=no-such-venue', 404, 'venue'],
    ['/api/v1/programme?film=no-such-film', 404, 'film'],
    ['/api/v1/quotes?featured=maybe', 400, 'featured'],
    ['/api/v1/quotes?film=unknown-film', 404, 'film'],
    ['/api/v1/quotes?edition=unknown-edition', 404, 'edition'],
    ['/api/v1/films?edition=unknown-edition', 404, 'edition'],
    ['/api/v1/films?limit=0', 400, 'limit'],
  ] as const)('%s → %i', async (path, expected, parameter) => {
    const route = path.startsWith('/api/v1/quotes')
      ? routes.quotes
      : path.startsWith('/api/v1/films')
        ? routes.films
        : routes.programme
    const { status, json } = await call(route.GET, path, { headers: anon() })
    expect(status).toBe(expected)
    const body = schemas.ErrorBody.parse(json)
    expect(body.error.message.length).toBeGreaterThan(10)
    if (parameter) expect(body.error.issues?.map((issue) => issue.parameter)).toContain(parameter)
  })

  test('a cursor works only on the endpoint and filters it came from; a hand-made one is refused', async () => {
    const get = async (route: { GET: Parameters<typeof call>[0] }, path: string) =>
      call(route.GET, path, { headers: anon() })
    const refused = async (route: { GET: Parameters<typeof call>[0] }, path: string) => {
      const { status, json } = await get(route, path)
      expect([path, status]).toEqual([path, 400])
      expect(schemas.ErrorBody.parse(json).error.issues?.map((issue) => issue.parameter)).toEqual(['cursor'])
    }
    const first = schemas.ProgrammeResponse.parse((await get(routes.programme, '/api/v1/programme?limit=2')).json)
    const cursor = first.meta.next_cursor
    expect(cursor).toEqual(expect.any(String))
    // Its own query takes it, with another limit too.
    expect((await get(routes.programme, `/api/v1/programme?limit=3&cursor=${cursor}`)).status).toBe(200)
    await refused(routes.quotes, `/api/v1/quotes?cursor=${cursor}`)
    await refused(routes.films, `/api/v1/films?cursor=${cursor}`)
    await refused(routes.programme, `/api/v1/programme?limit=2&venue=pathe-palace&cursor=${cursor}`)
    await refused(routes.programme, `/api/v1/programme?limit=2&locale=fr&cursor=${cursor}`)
    // A cursor written by hand, past every film, in the unsigned form: data [] with a total was the answer.
    await refused(
      routes.films,
      `/api/v1/films?cursor=${Buffer.from(JSON.stringify(['zzzz', 1e9])).toString('base64url')}`,
    )
    // The same position with a made-up signature.
    const [position] = cursor!.split('.')
    await refused(routes.programme, `/api/v1/programme?limit=2&cursor=${position}.${'A'.repeat(22)}`)
  })

  test('unknown slugs are 404 JSON', async () => {
    for (const [route, param] of [
      [routes.film, 'no-such-film'],
      [routes.person, 'no-such-person'],
      [routes.edition, 'no-such-edition'],
      [routes.film, '../../etc/passwd'],
    ] as const) {
      const { status, json } = await call(route.GET, `/api/v1/x/${param}`, { headers: anon(), params: { slug: param } })
      expect(status).toBe(404)
      expect(schemas.ErrorBody.parse(json).error.status).toBe(404)
    }
  })

  test('a venue that exists but has no screening there is an empty page, not a 404', async () => {
    const venue = await ctx.payload.create({
      collection: 'venues',
      data: { ...minimal.venues({} as Parameters<typeof minimal.venues>[0]), _status: 'published' },
    })
    const { status, json } = await call(routes.programme.GET, `/api/v1/programme?venue=${venue.slug}`, {
      headers: anon(),
    })
    expect(status).toBe(200)
    expect(schemas.ProgrammeResponse.parse(json).meta.total).toBe(0)
  })

  test.each(['GET', 'POST', 'OPTIONS'] as const)(
    "an unknown /api/v1 path (%s) is the feed's 404 JSON, with CORS",
    async (method) => {
      for (const path of ['/api/v1/screenings', '/api/v1/films/mua-do/credits', '/api/v1']) {
        const { status, json, headers } = await call(routes.unknown[method], path, { method, headers: anon() })
        expect({ path, status }).toEqual({ path, status: 404 })
        expect(schemas.ErrorBody.parse(json).error.message).toMatch(/openapi\.json/)
        expect(headers.get('access-control-allow-origin')).toBe('*')
      }
    },
  )

  test.each(['POST', 'PUT', 'PATCH', 'DELETE'] as const)('%s is refused: the feed is read-only', async (method) => {
    const { status, json, headers } = await call(routes.programme[method], '/api/v1/programme', {
      method,
      headers: { ...anon(), authorization: `users API-Key ${accounts.partnerKey}` },
    })
    expect(status).toBe(405)
    expect(headers.get('allow')).toBe('GET, HEAD, OPTIONS')
    expect(schemas.ErrorBody.parse(json).error.message).toMatch(/read-only/)
  })

  test.each(['users API-Key not-a-real-key', 'Bearer abc', 'users API-Key ', 'garbage'])(
    'a malformed or unknown key (%s) is 401, saying how to authenticate',
    async (authorization) => {
      const { status, json, headers } = await call(routes.programme.GET, '/api/v1/programme', {
        headers: { ...anon(), authorization },
      })
      expect(status).toBe(401)
      expect(headers.get('www-authenticate')).toBe('users API-Key')
      expect(schemas.ErrorBody.parse(json).error.message).toMatch(/API key/)
    },
  )
})

describe('access', () => {
  test('anonymous readers, partners and staff all read the same published programme', async () => {
    const { token } = await ctx.payload.login({
      collection: 'users',
      data: { email: accounts.editor.email, password: 'correct-horse-battery-staple' },
    })
    const bodies = await Promise.all(
      [anon(), { authorization: `users API-Key ${accounts.partnerKey}` }, { authorization: `JWT ${token}` }].map(
        async (headers) => (await call(routes.programme.GET, '/api/v1/programme', { headers })).json,
      ),
    )
    expect(bodies[1]).toEqual(bodies[0])
    expect(bodies[2]).toEqual(bodies[0])
  })
})

describe('caching headers', () => {
  test('films/{slug}: ETag and 304 too, and another film has another ETag', async () => {
    const get = (slug: string, extra: Record<string, string> = {}) =>
      call(routes.film.GET, `/api/v1/films/${slug}`, { headers: { ...anon(), ...extra }, params: { slug } })
    const first = await get('mua-do')
    expect(first.status).toBe(200)
    const etag = first.headers.get('etag') ?? ''
    expect(etag).toMatch(/^W\/"/)
    const again = await get('mua-do', { 'if-none-match': etag })
    expect(again.status).toBe(304)
    expect(again.text).toBe('')
    const [other] = (
      await ctx.payload.find({
        collection: 'films',
        where: { slug: { not_equals: 'mua-do' }, _status: { equals: 'published' } },
        limit: 1,
      })
    ).docs
    const different = await get(other!.slug, { 'if-none-match': etag })
    expect(different.status).toBe(200)
    expect(different.headers.get('etag')).not.toBe(etag)
  })

  test('ETag and 304 on If-None-Match', async () => {
    const first = await call(routes.programme.GET, '/api/v1/programme', { headers: anon() })
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^W\/"/)
    expect(first.headers.get('cache-control')).toMatch(/max-age=\d+/)
    const second = await call(routes.programme.GET, '/api/v1/programme', {
      headers: { ...anon(), 'if-none-match': etag ?? '' },
    })
    expect(second.status).toBe(304)
    expect(second.text).toBe('')
    const other = await call(routes.programme.GET, '/api/v1/programme?locale=vi', {
      headers: { ...anon(), 'if-none-match': etag ?? '' },
    })
    expect(other.status).toBe(200)
  })
})

describe('rate limits', () => {
  test('anonymous clients get 429 with Retry-After and RateLimit headers past their quota', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.9' }
    const answers = []
    for (let i = 0; i < 6; i += 1) answers.push(await call(routes.films.GET, '/api/v1/films', { headers }))
    expect(answers.slice(0, 5).map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200])
    expect(answers[4].headers.get('ratelimit-remaining')).toBe('0')
    const refused = answers[5]
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(refused.headers.get('ratelimit-limit')).toBe('5')
    expect(schemas.ErrorBody.parse(refused.json).error.message).toMatch(/Too many requests/)
  })

  test('a partner key has its own, higher quota, whatever address it comes from', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.9', authorization: `users API-Key ${accounts.partnerKey}` }
    const answer = await call(routes.films.GET, '/api/v1/films', { headers })
    expect(answer.status).toBe(200)
    expect(answer.headers.get('ratelimit-limit')).toBe('50')
  })

  test('a partner key past its own quota gets 429 too, naming the key', async () => {
    const key = 'busy-partner-key-0123456789abcdef'
    await ctx.payload.create({
      collection: 'users',
      data: {
        email: 'busy@filmweek.test',
        password: 'correct-horse-battery-staple',
        role: 'partner',
        enableAPIKey: true,
        apiKey: key,
      },
    })
    const statuses = []
    let last: Awaited<ReturnType<typeof call>> | undefined
    for (let i = 0; i < 51; i += 1) {
      last = await call(routes.films.GET, '/api/v1/films', {
        headers: { ...anon(), authorization: `users API-Key ${key}` },
      })
      statuses.push(last.status)
    }
    expect(statuses.filter((status) => status === 200)).toHaveLength(50)
    expect(last?.status).toBe(429)
    expect(last?.headers.get('ratelimit-limit')).toBe('50')
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(schemas.ErrorBody.parse(last?.json).error.message).toMatch(/for this API key/)
  })

  test("wrong keys spend the address's anonymous quota: guessing keys is limited like reading", async () => {
    const headers = { 'x-forwarded-for': '203.0.113.21', authorization: 'users API-Key guessed-0123456789' }
    const answers = []
    for (let i = 0; i < 6; i += 1) answers.push(await call(routes.films.GET, '/api/v1/films', { headers }))
    expect(answers.map((answer) => answer.status)).toEqual([401, 401, 401, 401, 401, 429])
    expect(answers[0].headers.get('ratelimit-remaining')).toBe('4')
    expect(schemas.ErrorBody.parse(answers[0].json).error.message).toMatch(/API key/)
    expect(Number(answers[5].headers.get('retry-after'))).toBeGreaterThan(0)
    // The same address reading without a key is refused too: it is one quota.
    expect(
      (await call(routes.films.GET, '/api/v1/films', { headers: { 'x-forwarded-for': '203.0.113.21' } })).status,
    ).toBe(429)
  })

  test('the client is the rightmost X-Forwarded-For entry: a made-up one on its left escapes nothing', async () => {
    const statuses = []
    for (let i = 0; i < 6; i += 1)
      statuses.push(
        (await call(routes.films.GET, '/api/v1/films', { headers: { 'x-forwarded-for': `10.9.9.${i}, 203.0.113.22` } }))
          .status,
      )
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429])
  })

  test("without PostgreSQL's counters, each process limits in memory", async () => {
    const { pool } = ctx.payload.db
    await pool.query('ALTER TABLE api_rate_limits RENAME TO api_rate_limits_away')
    try {
      const headers = { 'x-forwarded-for': '203.0.113.23' }
      const statuses = []
      for (let i = 0; i < 6; i += 1) statuses.push((await call(routes.films.GET, '/api/v1/films', { headers })).status)
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429])
    } finally {
      await pool.query('ALTER TABLE api_rate_limits_away RENAME TO api_rate_limits')
    }
    const { rows } = await pool.query(`SELECT key FROM api_rate_limits WHERE key = 'v1-ip:203.0.113.23'`)
    expect(rows).toEqual([])
  })

  test('the counters are shared through PostgreSQL (what several instances see)', async () => {
    const { rows } = await ctx.payload.db.pool.query(
      `SELECT key, points FROM api_rate_limits WHERE key LIKE 'v1-ip:203.0.113.9'`,
    )
    expect(rows[0]?.points).toBeGreaterThanOrEqual(6)
  })
})

describe('database work per request is bounded', () => {
  async function countQueries(run: () => Promise<unknown>): Promise<number> {
    const pool = ctx.payload.db.pool
    const original = pool.query.bind(pool)
    let count = 0
    pool.query = ((...args: Parameters<typeof original>) => {
      // The rate limiter's own bookkeeping (leased in batches, so at varying requests) is not the answer's work.
      const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string }).text
      if (!text?.includes('api_rate_limits')) count += 1
      return original(...args)
    }) as typeof pool.query
    try {
      await run()
    } finally {
      pool.query = original
    }
    return count
  }

  test('the programme takes the same number of SQL queries with 12 more screenings, films, venues, directors and guests', async () => {
    const request = () =>
      call(routes.programme.GET, '/api/v1/programme?limit=500', {
        headers: { authorization: `users API-Key ${accounts.partnerKey}` },
      })
    const before = await countQueries(request)
    const { total } = schemas.ProgrammeResponse.parse((await request()).json).meta
    const refs = await createRefs(ctx.payload)
    const { docs } = await ctx.payload.find({
      collection: 'editions',
      where: { slug: { equals: 'vietnamese-film-week-2025' } },
    })
    for (let i = 0; i < 12; i += 1) {
      const published = { _status: 'published' } as const
      const [director, guest, venue] = await Promise.all([
        ctx.payload.create({ collection: 'people', data: { ...minimal.people(refs), ...published } }),
        ctx.payload.create({ collection: 'people', data: { ...minimal.people(refs), ...published } }),
        ctx.payload.create({ collection: 'venues', data: { ...minimal.venues(refs), ...published } }),
      ])
      const film = await ctx.payload.create({
        collection: 'films',
        data: { ...minimal.films(refs), credits: [{ person: director.id, role: 'director' }], ...published },
      })
      await ctx.payload.create({
        collection: 'screenings',
        data: {
          ...minimal.screenings(refs),
          film: film.id,
          venue: venue.id,
          edition: docs[0].id,
          guests: [guest.id],
          ...published,
        },
      })
    }
    const after = await countQueries(request)
    const body = schemas.ProgrammeResponse.parse((await request()).json)
    expect(body.meta.total).toBe(total + 12)
    // Each new item shows its own venue, director and guest: they were read, in the same queries.
    expect(new Set(body.data.map((item) => item.venue.id)).size).toBeGreaterThanOrEqual(13)
    expect(
      body.data.filter((item) => item.guests.length === 1 && item.film.directors.length === 1).length,
    ).toBeGreaterThanOrEqual(12)
    expect(before).toBeGreaterThan(0)
    expect(after).toBe(before)
    expect(after).toBeLessThan(20)
  })
})

describe('OpenAPI', () => {
  test('the document is served like every answer: ETag and 304, rate limit, CORS, a JSON 405', async () => {
    const first = await call(routes.openapi.GET, '/api/v1/openapi.json', { headers: anon() })
    expect(first.status).toBe(200)
    expect(first.headers.get('access-control-allow-origin')).toBe('*')
    expect(first.headers.get('ratelimit-limit')).toBe('5')
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^W\/"/)
    expect(
      (await call(routes.openapi.GET, '/api/v1/openapi.json', { headers: { ...anon(), 'if-none-match': etag ?? '' } }))
        .status,
    ).toBe(304)
    const bad = await call(routes.openapi.GET, '/api/v1/openapi.json?format=yaml', { headers: anon() })
    expect(schemas.ErrorBody.parse(bad.json).error.issues?.map((issue) => issue.parameter)).toEqual(['format'])
    const post = await call(routes.openapi.POST, '/api/v1/openapi.json', { method: 'POST', headers: anon() })
    expect(post.status).toBe(405)
    expect(schemas.ErrorBody.parse(post.json).error.message).toMatch(/read-only/)
  })

  test('the document is valid OpenAPI 3.1 (independent validator) and lists every endpoint', async () => {
    const document = (await (
      await routes.openapi.GET(new Request('http://localhost:3000/api/v1/openapi.json'), {
        params: Promise.resolve({}),
      })
    ).json()) as OpenAPIV3_1.Document
    const result = await validate(structuredClone(document))
    expect(result.valid ? [] : result.errors).toEqual([])
    expect(document.openapi).toBe('3.1.0')
    expect(Object.keys(document.paths ?? {})).toEqual(
      expect.arrayContaining([
        '/programme',
        '/programme/calendar.ics',
        '/films',
        '/films/{slug}',
        '/films/{slug}/calendar.ics',
        '/people/{slug}',
        '/quotes',
        '/editions/{slug}',
        '/posts',
        '/posts/{slug}',
      ]),
    )
    const parameters = (document.paths?.['/programme']?.get?.parameters ?? []) as OpenAPIV3_1.ParameterObject[]
    expect(parameters.map((parameter) => parameter.name)).toEqual(
      expect.arrayContaining([
        'edition',
        'from',
        'to',
        'venue',
        'film',
        'accessibility',
        'subtitles',
        'modified_since',
        'locale',
        'limit',
        'cursor',
      ]),
    )
    // The partner webhooks' deliveries (src/webhooks), described as an OpenAPI 3.1 webhook.
    const delivery = (document.webhooks?.publication as OpenAPIV3_1.PathItemObject | undefined)?.post
    expect(delivery?.requestBody).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/WebhookPayload' } } },
    })
    expect(((delivery?.parameters ?? []) as OpenAPIV3_1.ParameterObject[]).map(({ name }) => name)).toEqual([
      'webhook-id',
      'webhook-timestamp',
      'webhook-signature',
    ])
  })
})

describe("the docs page's examples work as written", () => {
  type Route = keyof typeof routes
  const ROUTE_OF: Record<string, Route> = {
    '/programme': 'programme',
    '/programme/calendar.ics': 'programmeIcs',
    '/films': 'films',
    '/films/{slug}': 'film',
    '/films/{slug}/calendar.ics': 'filmIcs',
    '/people/{slug}': 'person',
    '/quotes': 'quotes',
    '/editions/{slug}': 'edition',
    '/posts': 'posts',
    '/posts/{slug}': 'post',
  }
  /** Sends a request for `url` (an example on the page) to the route Next would pick, as Next would. */
  function routed(path: string, url: string, init?: RequestInit): Promise<Response> {
    const pattern = new RegExp(`^/api/v1${path.replace('{slug}', '(?<slug>[^/]+)')}$`)
    const { pathname } = new URL(url)
    const params = pattern.exec(pathname)?.groups ?? {}
    return routes[ROUTE_OF[path]!].GET(new Request(url, init), { params: Promise.resolve({ ...params }) })
  }
  let examples: typeof import('@/api/v1/examples')
  let html: string
  let paths: string[]
  beforeAll(async () => {
    examples = await import('@/api/v1/examples')
    const { default: Page } = await import('@/app/(site)/[locale]/partners/api/page')
    const { createElement } = await import('react')
    const { renderToStaticMarkup } = await import('react-dom/server')
    const entities: Record<string, string> = { '&quot;': '"', '&#x27;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' }
    html = renderToStaticMarkup(
      createElement('div', null, await Page({ params: Promise.resolve({ locale: 'en' }) })),
    ).replace(/&(quot|#x27|lt|gt|amp);/g, (entity) => entities[entity]!)
    const document = (await (
      await routes.openapi.GET(new Request('http://localhost:3000/api/v1/openapi.json'), {
        params: Promise.resolve({}),
      })
    ).json()) as OpenAPIV3_1.Document
    paths = Object.keys(document.paths ?? {})
  })
  const base = 'http://localhost:3000/api/v1'

  test('every endpoint has a curl and a JavaScript example on the page', () => {
    expect(paths.length).toBeGreaterThanOrEqual(8)
    for (const path of paths) {
      const url = examples.exampleUrl(base, path)
      expect(html).toContain(examples.curlExample(url))
      expect(html).toContain(examples.fetchExample(url, path.endsWith('.ics')))
    }
  })

  test('curl: the shell expands $FILMWEEK_KEY, and the partner gets a 200', async () => {
    for (const path of paths) {
      const command = examples.curlExample(examples.exampleUrl(base, path))
      // A `curl` that prints the arguments the shell gives it, one per line.
      const printed = execFileSync('sh', ['-c', `curl() { printf '%s\\n' "$@"; }; ${command}`], {
        env: { ...process.env, FILMWEEK_KEY: accounts.partnerKey },
        encoding: 'utf8',
      })
      const [flag, header, url, ...rest] = printed.trimEnd().split('\n')
      expect({ flag, header, rest }).toEqual({
        flag: '-H',
        header: `Authorization: users API-Key ${accounts.partnerKey}`,
        rest: [],
      })
      const [name, value] = header!.split(': ')
      const response = await routed(path, url!, { headers: { [name!]: value! } })
      expect({ command, status: response.status, limit: response.headers.get('ratelimit-limit') }).toEqual({
        command,
        status: 200,
        limit: '50',
      })
    }
  })

  test('JavaScript: the snippet runs and gets data', async () => {
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
      ...args: string[]
    ) => (...values: unknown[]) => Promise<unknown>
    for (const path of paths) {
      const calendar = path.endsWith('.ics')
      const code = examples.fetchExample(examples.exampleUrl(base, path), calendar)
      const sent: string[] = []
      const fetch = (url: string, init: RequestInit) => {
        sent.push(new Headers(init.headers).get('authorization') ?? '')
        return routed(path, url, init)
      }
      const run = new AsyncFunction('fetch', 'process', `${code}\nreturn ${calendar ? 'calendar' : 'data'}`)
      const result = await run(fetch, { env: { FILMWEEK_KEY: accounts.partnerKey } })
      expect(sent).toEqual([`users API-Key ${accounts.partnerKey}`])
      if (calendar) expect(String(result)).toMatch(/^BEGIN:VCALENDAR/)
      else
        expect(result).toEqual(
          Array.isArray(result)
            ? expect.arrayContaining([expect.anything()])
            : expect.objectContaining({ slug: expect.any(String) }),
        )
    }
  })
})
