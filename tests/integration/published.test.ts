/**
 * Public values come from published versions only: a marker saved in a draft
 * (of the document itself, or of a document it names) never reaches an
 * anonymous reader or a partner, through any REST query form, GraphQL or
 * site search; internal fields are staff-only; copies follow renames.
 */
import { createAccounts, createRefs, minimal, PASSWORD, type Accounts, type Refs } from '../helpers/fixtures'
import { createTestPayload, type TestPayload } from '../helpers/payload'
import { graphql, login, rest, type Credentials } from '../helpers/rest'

const MARKER = 'ZZSECRET'
const marker = /zzsecret/i

let ctx: TestPayload
let accounts: Accounts
let refs: Refs
let searchSite: typeof import('@/data/search').searchSite
const readers: Record<'anonymous' | 'partner', Credentials> = { anonymous: {}, partner: {} }
let editor: Credentials
const ids = { film: 0, person: 0, venue: 0, screening: 0, quote: 0 }

beforeAll(async () => {
  ctx = await createTestPayload()
  ;({ searchSite } = await import('@/data/search'))
  accounts = await createAccounts(ctx.payload)
  refs = await createRefs(ctx.payload)
  readers.partner = { apiKey: accounts.partnerKey }
  editor = { token: await login(accounts.editor.email, PASSWORD) }
  const { payload } = ctx
  const published = { _status: 'published' } as const
  ids.film = (
    await payload.create({
      collection: 'films',
      locale: 'en',
      data: {
        ...minimal.films(refs),
        originalTitle: 'Mưa Đỏ',
        slug: 'mua-do',
        title: 'Red Rain',
        runtime: 124,
        ...published,
      },
    })
  ).id
  ids.venue = (
    await payload.create({
      collection: 'venues',
      data: { ...minimal.venues(refs), name: 'Pathé Palace', ...published },
    })
  ).id
  ids.person = (
    await payload.create({
      collection: 'people',
      data: { ...minimal.people(refs), name: 'Đặng Thái Huyền', ...published },
    })
  ).id
  ids.screening = (
    await payload.create({
      collection: 'screenings',
      data: { ...minimal.screenings(refs), film: ids.film, venue: ids.venue, ...published },
    })
  ).id
  ids.quote = (
    await payload.create({
      collection: 'quotes',
      data: {
        ...minimal.quotes(refs),
        text: 'A film about the 81 days',
        speaker: ids.person,
        film: ids.film,
        ...published,
      },
    })
  ).id

  // Drafts holding the marker: the film's own title, the names its screening and the quote copy…
  await rest('PATCH', `/films/${ids.film}?draft=true&locale=en`, {
    ...editor,
    body: { title: `${MARKER} embargoed`, originalTitle: `${MARKER} original`, runtime: 999 },
  })
  await rest('PATCH', `/venues/${ids.venue}?draft=true`, { ...editor, body: { name: `${MARKER} venue` } })
  await rest('PATCH', `/people/${ids.person}?draft=true`, { ...editor, body: { name: `${MARKER} speaker` } })
  // …then other fields published: the film's old title back, the screening and the quote re-saved.
  expect(
    (
      await rest('PATCH', `/films/${ids.film}?locale=en`, {
        ...editor,
        body: { title: 'Red Rain', originalTitle: 'Mưa Đỏ', runtime: 124, _status: 'published' },
      })
    ).status,
  ).toBe(200)
  // A runtime change pending in a draft: the screening's estimated end must not follow it.
  await rest('PATCH', `/films/${ids.film}?draft=true&locale=en`, { ...editor, body: { runtime: 999 } })
  expect(
    (
      await rest('PATCH', `/screenings/${ids.screening}`, {
        ...editor,
        body: { room: 'Salle 1', end: null, _status: 'published' },
      })
    ).status,
  ).toBe(200)
  expect(
    (
      await rest('PATCH', `/quotes/${ids.quote}?locale=en`, {
        ...editor,
        body: { text: 'A film about the 81 days of Quảng Trị', _status: 'published' },
      })
    ).status,
  ).toBe(200)
})
afterAll(async () => ctx?.close())

const DOORS = [
  '/films?depth=2',
  '/films?where[slug][equals]=mua-do&locale=all',
  '/films?select[searchText]=true&select[title]=true',
  '/films?draft=true&locale=all',
  '/films?joins[screenings][limit]=5&joins[quotes][limit]=5&depth=2',
  '/screenings?depth=2&locale=all',
  '/screenings?select[title]=true&select[film]=true&populate[films][title]=true&depth=1',
  '/quotes?depth=2&locale=all',
  '/quotes?draft=true&select[label]=true&select[searchText]=true',
  '/people?joins[quotes][limit]=5&joins[guestAppearances][limit]=5&depth=1',
  '/venues?joins[screenings][limit]=5&depth=1',
  '/editions?joins[screenings][limit]=5&joins[films][limit]=5&depth=2',
]

describe.each(Object.keys(readers) as ('anonymous' | 'partner')[])('%s', (reader) => {
  test.each(DOORS)('GET %s holds no draft marker and no internal field', async (path) => {
    const { status, body } = await rest('GET', path, readers[reader])
    expect(status).toBe(200)
    const text = JSON.stringify(body)
    expect(text).not.toMatch(marker)
    for (const field of ['"searchText"', '"previousSlugs"', '"generateSlug"', '"icsSequence"', '"label"'])
      expect(text).not.toContain(field)
    // A screening's title is its admin label: staff-only.
    if (path.startsWith('/screenings')) expect(text).not.toMatch(/"title":"[^"]*·/)
  })

  test.each([
    'films?where[searchText][like]=zzsecret',
    'screenings?where[title][like]=zzsecret',
    'quotes?where[label][like]=zzsecret',
    'films?sort=searchText',
    'films?where[previousSlugs][exists]=true',
  ])('querying an internal field (%s) is refused', async (query) => {
    const { status } = await rest('GET', `/${query}`, readers[reader])
    expect(status).toBe(400)
  })

  test('versions are staff-only', async () => {
    for (const collection of ['films', 'screenings', 'quotes', 'people', 'venues'])
      expect((await rest('GET', `/${collection}/versions`, readers[reader])).status).toBe(403)
  })

  test('GraphQL gives no marker and no internal field', async () => {
    const { text } = await graphql(
      `
        {
          Films {
            docs {
              title
              originalTitle
              searchText
              previousSlugs
              generateSlug
            }
          }
          Screenings {
            docs {
              title
              icsSequence
              film {
                title
                searchText
              }
              venue {
                name
              }
            }
          }
          Quotes {
            docs {
              label
              searchText
              text
              speaker {
                name
              }
            }
          }
        }
      `,
      readers[reader],
    )
    expect(text).not.toMatch(marker)
    expect(text).not.toMatch(/"(searchText|previousSlugs|generateSlug|icsSequence|label)":"?[^n"]/)
  })
})

test('site search finds nothing by the marker, and the film and quote by their published words', async () => {
  for (const query of ['zzsecret', 'embargoed', 'zzsecret speaker'])
    expect(await searchSite({ locale: 'en' }, query)).toEqual({ films: [], people: [], quotes: [] })
  expect((await searchSite({ locale: 'en' }, 'red rain')).films.map((film) => film.id)).toEqual([ids.film])
  // A quote is found by its speaker's published name, and by its words.
  expect((await searchSite({ locale: 'en' }, 'dang thai huyen')).quotes.map(({ quote }) => quote.id)).toEqual([
    ids.quote,
  ])
  expect((await searchSite({ locale: 'en' }, 'quang tri')).quotes.map(({ quote }) => quote.id)).toEqual([ids.quote])
})

test('the published search text holds exactly the published titles, not every title ever typed', async () => {
  const { payload } = ctx
  await payload.update({
    collection: 'films',
    id: ids.film,
    locale: 'en',
    draft: true,
    data: { title: 'Live preview typing' },
  })
  await payload.update({
    collection: 'films',
    id: ids.film,
    locale: 'en',
    data: { title: 'Red Rain (restored)', _status: 'published' },
  })
  const film = await payload.findByID({ collection: 'films', id: ids.film })
  expect(film.searchText).toBe('mua do red rain (restored)')
  await payload.update({
    collection: 'films',
    id: ids.film,
    locale: 'en',
    data: { title: 'Red Rain', _status: 'published' },
  })
})

test("a screening's estimated end follows the published runtime, not a draft's", async () => {
  const screening = await ctx.payload.findByID({ collection: 'screenings', id: ids.screening })
  expect(Date.parse(screening.end ?? '') - Date.parse(screening.start)).toBe(124 * 60_000)
})

test('staff still read the internal fields, and the admin labels name the newest names', async () => {
  const { body } = await rest('GET', `/screenings/${ids.screening}?draft=true`, editor)
  expect(body).toMatchObject({ title: expect.stringContaining(`${MARKER} venue`), icsSequence: expect.any(Number) })
  const quote = await rest('GET', `/quotes/${ids.quote}`, editor)
  expect(quote.body).toMatchObject({
    label: expect.stringContaining(`${MARKER} speaker`),
    searchText: expect.any(String),
  })
})

test('renaming a film, a venue or a person renames the labels that copy the name', async () => {
  const { payload } = ctx
  await rest('PATCH', `/films/${ids.film}`, {
    ...editor,
    body: { originalTitle: 'Mưa Đỏ (restored)', _status: 'published' },
  })
  await rest('PATCH', `/venues/${ids.venue}`, { ...editor, body: { name: 'Le Grand Rex', _status: 'published' } })
  await rest('PATCH', `/people/${ids.person}`, {
    ...editor,
    body: { name: 'Đặng Thái Huyền (dir.)', _status: 'published' },
  })
  const screening = await payload.findByID({ collection: 'screenings', id: ids.screening })
  expect(screening.title).toMatch(/^Mưa Đỏ \(restored\) · .* · Le Grand Rex$/)
  const newest = await payload.findByID({ collection: 'screenings', id: ids.screening, draft: true })
  expect(newest.title).toBe(screening.title)
  expect((await payload.findByID({ collection: 'quotes', id: ids.quote })).label).toMatch(
    /^Đặng Thái Huyền \(dir\.\): /,
  )
})
