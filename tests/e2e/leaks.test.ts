import type { Film, Person, Quote, Screening, Venue } from '@/payload-types'

import { api, baseUrl, findOne, login, patch } from './api'
import { DIRECTOR, FILM, pollUntil } from './site'

/**
 * What anonymous readers and partners get is computed from published
 * versions only, through every door of a production server: drafts holding a
 * marker never reach them; after an unpublish, the first request to each door
 * (at once, after 2 s, after a silence longer than the feed's max-age) no
 * longer shows the document; renaming a film or a venue renames every
 * screening row that shows it.
 */
const MARKER = 'ZZSECRET'
// Longer than the feed's Cache-Control max-age (30 s), so a previous-answer race would show.
const SILENCE_MS = Number(process.env.E2E_SILENCE_MS ?? 35_000)

type Reader = { name: string; headers: Record<string, string> }
let readers: Reader[]
let editor: string
let film: Film
let venue: Venue
let screening: Screening
let quote: Quote
let speaker: Person
const seeded = { venueName: '' }

const filmPage = `/en/films/${FILM.slug}`

/** Every door a reader has: pages, their RSC payloads, REST in each query form, GraphQL, search, sitemap, feed, calendar files. */
function doors(): { path: string; rsc?: boolean; graphql?: string }[] {
  // The search page repeats the query: it asks for the other words of the drafts, never for the marker itself.
  const searches = ['embargoed', 'original', 'speaker', 'red rain'].map(
    (words) => `/en/search?q=${encodeURIComponent(words)}`,
  )
  const pages = [
    '/en',
    '/en/programme',
    '/en/films',
    filmPage,
    `/en/venues/${venue.slug}`,
    `/en/people/${DIRECTOR.slug}`,
    '/en/quotes',
    '/fr/programme',
    ...searches,
  ]
  return [
    ...pages.map((path) => ({ path })),
    ...pages.map((path) => ({ path, rsc: true })),
    { path: '/sitemap.xml' },
    { path: '/api/v1/programme' },
    { path: '/api/v1/programme?locale=fr' },
    { path: '/api/v1/films' },
    { path: `/api/v1/films/${FILM.slug}` },
    { path: `/api/v1/people/${DIRECTOR.slug}` },
    { path: '/api/v1/quotes' },
    { path: '/api/v1/programme/calendar.ics' },
    { path: `/api/v1/films/${FILM.slug}/calendar.ics` },
    { path: '/en/programme/calendar.ics' },
    { path: `/en/films/${FILM.slug}/calendar.ics` },
    { path: `/en/screenings/${screening.id}/calendar.ics` },
    { path: '/api/films?depth=2&locale=all' },
    { path: `/api/films?where[slug][equals]=${FILM.slug}&draft=true` },
    { path: '/api/films?select[searchText]=true&select[title]=true' },
    { path: '/api/films?joins[screenings][limit]=5&joins[quotes][limit]=5&depth=2' },
    { path: `/api/films/${film.id}?depth=2&locale=all` },
    { path: '/api/screenings?depth=2&locale=all&populate[films][title]=true' },
    { path: '/api/quotes?depth=2&locale=all' },
    { path: '/api/people?joins[quotes][limit]=5&depth=1&locale=all' },
    { path: '/api/venues?joins[screenings][limit]=5&depth=2' },
    { path: '/api/editions?joins[films][limit]=5&joins[screenings][limit]=5&depth=2' },
    { path: '/api/films/versions' },
    { path: '/api/films?where[searchText][like]=zzsecret' },
    {
      path: '/api/graphql',
      graphql:
        '{ Films { docs { slug title originalTitle searchText } } Screenings { docs { title film { title } venue { name } } } Quotes { docs { label searchText speaker { name } film { slug } } } Venues { docs { name } } }',
    },
  ]
}

async function read(
  door: { path: string; rsc?: boolean; graphql?: string },
  reader: Reader,
): Promise<{ status: number; text: string; type: string }> {
  const headers: Record<string, string> = { ...reader.headers, ...(door.rsc ? { rsc: '1' } : {}) }
  const init: RequestInit = door.graphql
    ? {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ query: door.graphql }),
      }
    : // Next answers an RSC request without its `_rsc` query with a redirect to one: follow it, to read the payload itself.
      { headers, redirect: door.rsc ? 'follow' : 'manual' }
  const response = await fetch(`${baseUrl()}${door.path}`, init)
  return { status: response.status, text: await response.text(), type: response.headers.get('content-type') ?? '' }
}

const label = (door: { path: string; rsc?: boolean }, reader: Reader) =>
  `${reader.name} ${door.rsc ? 'RSC ' : ''}${door.path}`

/** The doors (for every reader) whose answer matches `shows`. */
async function showing(shows: (text: string, status: number, path: string) => boolean): Promise<string[]> {
  const found: string[] = []
  for (const reader of readers) {
    await Promise.all(
      doors().map(async (door) => {
        const { status, text } = await read(door, reader)
        if (shows(text, status, door.path)) found.push(label(door, reader))
      }),
    )
  }
  return found.sort()
}

const publish = (collection: string, id: number, data: Record<string, unknown>) =>
  patch(collection, id, { ...data, _status: 'published' }, editor)
const saveDraft = async (collection: string, id: number, data: Record<string, unknown>) => {
  const { status } = await api('PATCH', `/${collection}/${id}?draft=true&locale=en`, { token: editor, body: data })
  if (status !== 200) throw new Error(`draft save of ${collection}/${id}: ${status}`)
}

beforeAll(async () => {
  const admin = await login('admin')
  editor = await login('editor')
  const partnerKey = `leak-test-partner-${Date.now()}`
  const created = await api('POST', '/users', {
    token: admin,
    body: {
      email: `leaks-partner-${Date.now()}@filmweek.test`,
      password: `Partner-${Date.now()}-pw!`,
      role: 'partner',
      enableAPIKey: true,
      apiKey: partnerKey,
    },
  })
  if (created.status !== 201) throw new Error(`partner account: ${created.status} ${JSON.stringify(created.body)}`)
  readers = [
    { name: 'anonymous', headers: {} },
    { name: 'partner', headers: { authorization: `users API-Key ${partnerKey}` } },
  ]
  film = await findOne<Film>('films', `where[slug][equals]=${FILM.slug}`, editor)
  // The seeded closing night: the first of the film's screenings (other files may add theirs).
  screening = await findOne<Screening>('screenings', `where[film][equals]=${film.id}&sort=createdAt`, editor)
  venue = await findOne<Venue>(
    'venues',
    `where[id][equals]=${typeof screening.venue === 'number' ? screening.venue : screening.venue.id}`,
    editor,
  )
  speaker = await findOne<Person>('people', `where[slug][equals]=${DIRECTOR.slug}`, editor)
  quote = await findOne<Quote>('quotes', `where[speaker][equals]=${speaker.id}`, editor)
  seeded.venueName = venue.name
})

afterAll(async () => {
  if (!film) return
  // Leave the demo as seeded for the other files, whatever failed here.
  await publish('films', film.id, { title: FILM.title.en, originalTitle: film.originalTitle })
  await publish('venues', venue.id, { name: seeded.venueName })
  await publish('people', speaker.id, { name: speaker.name })
})

test('drafts holding a marker, then other fields published: no door shows the marker to a reader or a partner', async () => {
  // Drafts of the documents themselves and of those their copies name…
  await saveDraft('films', film.id, {
    title: `${MARKER} embargoed`,
    originalTitle: `${MARKER} original`,
    logline: `${MARKER} logline`,
  })
  await saveDraft('venues', venue.id, { name: `${MARKER} venue` })
  await saveDraft('people', speaker.id, { name: `${MARKER} speaker` })
  // …then what is public published again: the film's old title back, the screening and the quote re-saved.
  await publish('films', film.id, {
    title: FILM.title.en,
    originalTitle: film.originalTitle,
    logline: film.logline ?? null,
  })
  await publish('screenings', screening.id, { room: screening.room ?? null })
  await api('PATCH', `/quotes/${quote.id}?locale=en`, {
    token: editor,
    body: { featured: quote.featured ?? false, _status: 'published' },
  })
  // A second draft of the film stays pending: the published one must still be what readers get.
  await saveDraft('films', film.id, { title: `${MARKER} pending` })

  expect(await showing((text) => /zzsecret/i.test(text))).toEqual([])
  // The RSC doors were read as payloads, not as the redirect to one.
  const payloads = await Promise.all(
    doors()
      .filter((door) => door.rsc)
      .map(async (door) => ({ door: door.path, ...(await read(door, readers[0])) })),
  )
  expect(
    payloads
      .filter(({ status, type }) => status !== 200 || !type.startsWith('text/x-component'))
      .map(({ door, status, type }) => `${door}: ${status} ${type}`),
  ).toEqual([])
  // Internal fields are in no reader's answer either.
  expect(
    await showing(
      (text, _status, path) => path.startsWith('/api/') && !path.startsWith('/api/v1') && holdsInternalField(text),
    ),
  ).toEqual([])
})

const INTERNAL_FIELDS = ['searchText', 'previousSlugs', 'generateSlug', 'icsSequence']

/** Whether a JSON answer holds an internal field with a value anywhere: a quote's or screening's admin label counts, a price's label does not. */
function holdsInternalField(text: string): boolean {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return false
  }
  const visit = (value: unknown): boolean => {
    if (Array.isArray(value)) return value.some(visit)
    if (typeof value !== 'object' || value === null) return false
    const row = value as Record<string, unknown>
    const set = (key: string) => row[key] !== undefined && row[key] !== null
    if (INTERNAL_FIELDS.some(set)) return true
    if (set('label') && ('speaker' in row || 'venue' in row)) return true
    return Object.values(row).some(visit)
  }
  return visit(json)
}

test.each([
  ['at once', 0],
  ['after 2 s', 2_000],
  [`after ${SILENCE_MS / 1000} s of silence`, SILENCE_MS],
])('after an unpublish, the first request to each door %s no longer shows the film', async (_when, waitMs) => {
  const linksTheFilm = (text: string, status: number, path: string) =>
    // The film's own page and calendar answer 404; everywhere else, no link to it and no row of it.
    path.includes(`/films/${FILM.slug}`) && !path.includes('where')
      ? status !== 404
      : new RegExp(`films/${FILM.slug}\\b|"slug":"${FILM.slug}"`).test(text)
  // Every door answered with the film first, so a previous answer is there to be reused.
  await pollUntil(
    'the film shown again',
    async () => (await read({ path: '/api/v1/programme' }, readers[0])).text.includes(FILM.slug),
    30_000,
  )
  expect((await showing(linksTheFilm)).length).toBeGreaterThan(20)

  await patch('films', film.id, { _status: 'draft' }, editor)
  try {
    if (waitMs) await new Promise((resolve) => setTimeout(resolve, waitMs))
    expect(await showing(linksTheFilm)).toEqual([])
  } finally {
    await publish('films', film.id, { title: FILM.title.en, originalTitle: film.originalTitle })
  }
})

test('renaming a film or a venue renames every screening row that shows it, on every door', async () => {
  const [title, place] = ['Red Rain (restored)', 'Pathé Palace Opéra']
  await publish('films', film.id, { title })
  await publish('venues', venue.id, { name: place })
  const rows = [
    '/en/programme',
    filmPage,
    `/en/venues/${venue.slug}`,
    '/api/v1/programme',
    '/en/programme/calendar.ics',
    `/api/v1/films/${FILM.slug}/calendar.ics`,
    `/en/screenings/${screening.id}/calendar.ics`,
  ]
  for (const path of rows) {
    const { text } = await read({ path }, readers[0])
    expect({ path, title: text.includes(title), place: text.includes(place) }).toEqual({
      path,
      title: true,
      place: true,
    })
  }
  // The admin's own label follows too.
  expect((await api<Screening>('GET', `/screenings/${screening.id}`, { token: editor })).body.title).toContain(place)
})

test('a deleted film is gone from every door', async () => {
  const { body } = await api<{ doc: Film }>('POST', '/films', {
    token: editor,
    body: {
      originalTitle: 'Phim xoá',
      slug: 'phim-xoa',
      title: 'Deleted film',
      _status: 'published',
      programme: film.programme?.map(({ edition, section }) => ({ edition, section })),
    },
  })
  await pollUntil(
    'the new film listed',
    async () => (await read({ path: '/en/films' }, readers[0])).text.includes('/films/phim-xoa'),
    30_000,
  )
  expect((await api('DELETE', `/films/${body.doc.id}`, { token: editor })).status).toBe(200)
  const shown = await showing((text, status, path) =>
    path.includes('phim-xoa') ? status !== 404 : /phim-xoa/.test(text),
  )
  expect(shown).toEqual([])
  expect((await read({ path: '/en/films/phim-xoa' }, readers[0])).status).toBe(404)
})
