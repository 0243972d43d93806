import fs from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded'
import { freePort } from '../../src/db/freePort'
import { run } from '../support/processes'

import { startInstance, type Instance } from './instances'
import { FILM, pollUntil } from './site'

// PostgreSQL stops under a running production server and comes back: cached
// pages keep answering, everything that needs the database answers 503 with
// Retry-After (never a hang, never a stack trace), and the server recovers by
// itself. Its own database, so the other files' server never loses theirs.
const OUTAGE_MS = Number(process.env.E2E_OUTAGE_SECONDS ?? 60) * 1_000
const REQUEST_TIMEOUT_MS = 15_000

const rootDir = process.cwd()
const dataDir = path.join(rootDir, '.data/postgres-outage')
let port: number
let database: EmbeddedDatabase | undefined
let site: Instance | undefined

const startDatabase = () => startEmbeddedPostgres({ dataDir, port, database: 'filmweek_outage' })

beforeAll(async () => {
  fs.rmSync(dataDir, { recursive: true, force: true })
  port = await freePort()
  database = await startDatabase()
  const env = {
    ...process.env,
    NODE_OPTIONS: '',
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: process.env.E2E_PAYLOAD_SECRET,
  }
  await run('prepare', path.join(rootDir, 'node_modules/.bin/tsx'), ['src/scripts/prepare.ts', '--seed'], {
    cwd: rootDir,
    env,
    log: path.join(rootDir, '.data/e2e/outage-prepare.log'),
  })
  site = await startInstance('outage', { DATABASE_URL: database.url })
}, 180_000)

afterAll(async () => {
  await site?.stop()
  await database?.stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

type Answer = {
  status: number
  ms: number
  retryAfter: string | null
  type: string | null
  text: string
  cache: string | null
}

async function ask(path: string): Promise<Answer> {
  const started = Date.now()
  const response = await fetch(`${site?.base}${path}`, {
    redirect: 'manual',
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  })
  const text = await response.text()
  const header = (name: string) => response.headers.get(name)
  return {
    status: response.status,
    ms: Date.now() - started,
    retryAfter: header('retry-after'),
    type: header('content-type'),
    text,
    cache: header('x-nextjs-cache'),
  }
}

const CACHED = ['/en', `/en/films/${FILM.slug}`]
const filmsApi = '/api/films?limit=1'
// A query never asked before, so no cached answer can serve it (answers to repeated ones may).
const freshFeedQuery = () => `/api/v1/programme?modified_since=${new Date().toISOString()}`

function expectUnavailable(answer: Answer, what: string) {
  expect({ what, status: answer.status, retryAfter: answer.retryAfter }).toEqual({
    what,
    status: 503,
    retryAfter: expect.stringMatching(/^\d+$/),
  })
  expect(answer.type).toMatch(/application\/json/)
  expect(answer.text).not.toMatch(/\bat .+\.(js|ts):\d+/)
}

test(
  `PostgreSQL away for ${OUTAGE_MS / 1000} s: cached pages answer, the rest says 503 with Retry-After, and the server recovers alone`,
  async () => {
    for (const page of CACHED) await pollUntil(`${page} cached`, async () => (await ask(page)).cache === 'HIT', 30_000)
    expect((await ask(filmsApi)).status).toBe(200)

    await database?.stop()
    const stoppedAt = Date.now()
    let rounds = 0
    let slowest = 0
    while (Date.now() - stoppedAt < OUTAGE_MS) {
      const [home, film, rest, programme, ready, health, unknown] = await Promise.all([
        ...CACHED.map(ask),
        ask(filmsApi),
        ask(freshFeedQuery()),
        ask('/api/ready'),
        ask('/api/health'),
        // Never rendered, so it needs the database.
        ask(`/en/films/not-rendered-${rounds}`),
      ])
      for (const [page, answer] of [
        [CACHED[0], home],
        [CACHED[1], film],
      ] as const) {
        expect({ page, status: answer.status }).toEqual({ page, status: 200 })
      }
      expect(film.text).toContain(FILM.title.en)
      expectUnavailable(rest, filmsApi)
      expectUnavailable(programme, '/api/v1/programme')
      expectUnavailable(ready, '/api/ready')
      expect(health.status).toBe(200)
      expect(unknown.status).toBe(503)
      expect(unknown.retryAfter).toMatch(/^\d+$/)
      slowest = Math.max(slowest, home.ms, film.ms, rest.ms, programme.ms, ready.ms, health.ms, unknown.ms)
      rounds++
      await sleep(2_000)
    }

    database = await startDatabase()
    const recovered = await pollUntil(
      'the API answering again',
      async () => (await ask(filmsApi)).status === 200,
      60_000,
    )
    expect((await ask('/api/ready')).status).toBe(200)
    expect((await ask(freshFeedQuery())).status).toBe(200)
    expect((await ask('/en/films/never-published')).status).toBe(404)
    console.log(
      `outage of ${OUTAGE_MS / 1000} s: ${rounds} rounds of 7 requests, slowest answer ${slowest} ms; API back ${recovered} ms after PostgreSQL`,
    )
  },
  OUTAGE_MS + 180_000,
)
