import crypto from 'node:crypto'

import { api, baseUrl, login } from './api'
import { loginStaff, type Staff } from './badInputCases'
import { fuzzRequests } from './fuzzCases'
import { closeConnections, send, type RawRequest, type RawResponse } from './rawHttp'

// A few thousand malformed requests against the production server: pages,
// Payload REST and GraphQL, and the partner feed. None may answer 5xx, leak a
// stack trace or a draft, or change any data.
const SEED = Number(process.env.FUZZ_SEED ?? 20251205)
const COUNT = Number(process.env.FUZZ_COUNT ?? 3000)
const CONCURRENCY = 4
const unique = crypto.randomBytes(6).toString('hex')
// The title is the secret; the slug is what requests ask for (an answer may echo what it was asked).
const MARKER = `Fuzz draft marker ${unique}`
const DRAFT_SLUG = `fuzz-draft-${unique}`
const COLLECTIONS = ['films', 'screenings', 'people', 'quotes', 'venues', 'editions', 'organisations', 'media', 'users']

// A V8 stack frame (`at fn (file.js:1:2)`) or a path inside the app's code.
const STACK_TRACE =
  /\bat (?:async )?[\w$.<>[\] ]*\(?(?:\/|file:|node:)[^\s)]*:\d+:\d+\)?|node_modules\/|\/work\/|webpack-internal:/

let token: string
let draftId: number
let staff: Staff

/** Every document's id and updatedAt, drafts included, as the admin sees them: any write changes it. */
async function checksum(): Promise<string> {
  const hash = crypto.createHash('sha256')
  for (const collection of COLLECTIONS) {
    const { status, body } = await api<{ docs: { id: number; updatedAt: string }[]; totalDocs: number }>(
      'GET',
      `/${collection}?limit=0&pagination=false&depth=0&draft=true&sort=id`,
      { token },
    )
    expect(status).toBe(200)
    hash.update(`${collection}:${body.totalDocs}:${body.docs.map((doc) => `${doc.id}@${doc.updatedAt}`).join(',')}\n`)
  }
  const site = await api<{ updatedAt?: string }>('GET', '/globals/site?depth=0', { token })
  hash.update(`site:${site.body.updatedAt ?? ''}`)
  return hash.digest('hex')
}

async function runAll(requests: RawRequest[]): Promise<{ request: RawRequest; response: RawResponse }[]> {
  const base = new URL(baseUrl())
  const results: { request: RawRequest; response: RawResponse }[] = []
  let next = 0
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next++]!
      results.push({ request, response: await send(base, request) })
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  return results
}

const describeRequest = ({ method, path, headers, body }: RawRequest) =>
  `${method} ${path.slice(0, 200)} ${JSON.stringify(headers).slice(0, 200)} ${String(body ?? '').slice(0, 120)}`

beforeAll(async () => {
  token = await login()
  staff = await loginStaff()
  // A draft that was never published: its marker must not appear in any answer.
  const { status, body } = await api<{ doc: { id: number } }>('POST', '/films?draft=true&locale=en', {
    token,
    body: { title: MARKER, originalTitle: MARKER, slug: DRAFT_SLUG, _status: 'draft' },
  })
  expect(status).toBe(201)
  draftId = body.doc.id
})

afterAll(async () => {
  closeConnections()
  if (draftId)
    await fetch(`${baseUrl()}/api/films/${draftId}`, { method: 'DELETE', headers: { authorization: `JWT ${token}` } })
})

test(`${COUNT} malformed requests (seed ${SEED}): no 5xx, no stack trace, no draft, no change`, async () => {
  const before = await checksum()
  const started = Date.now()
  const results = await runAll(fuzzRequests(SEED, COUNT, { draftSlug: DRAFT_SLUG, filmId: draftId, staff }))
  const seconds = (Date.now() - started) / 1000

  const histogram = new Map<string, number>()
  for (const { response } of results)
    histogram.set(String(response.status), (histogram.get(String(response.status)) ?? 0) + 1)
  console.log(
    `fuzz: ${results.length} requests in ${seconds.toFixed(1)} s, seed ${SEED}; status: ${[...histogram]
      .sort()
      .map(([status, n]) => `${status}×${n}`)
      .join(' ')}`,
  )

  const failures = (predicate: (response: RawResponse) => boolean) =>
    results
      .filter(({ response }) => predicate(response))
      .map(
        ({ request, response }) =>
          `${response.status} ← ${describeRequest(request)}\n    ${response.body.slice(0, 300)}`,
      )
  expect(failures((response) => typeof response.status === 'number' && response.status >= 500)).toEqual([])
  // Node refusing to send a request is fine; the server hanging or dropping one is not.
  expect(
    failures((response) => response.status === 'client-error' && /no answer|hang up|ECONNRESET/.test(response.body)),
  ).toEqual([])
  expect(failures((response) => STACK_TRACE.test(response.body))).toEqual([])
  expect(failures((response) => response.body.includes(MARKER))).toEqual([])
  expect(await checksum()).toBe(before)
  // A few thousand requests outlast the e2e default of two minutes on a busy machine.
}, 600_000)
