import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import zlib from 'node:zlib'

import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded'
import { freePort } from '../../src/db/freePort'
import { varnishPurger } from '../../src/edge/adapters/varnish'
import { findVarnishd, startVarnish, VARNISH_MISSING, type Edge } from '../../src/edge/varnishd'
import type { Film } from '../../src/payload-types'
import { run } from '../support/processes'

import { deleteKeys, redisAnswers, startInstance, type Instance } from './instances'
import { FILM, pollUntil } from './site'

// The production server behind a real varnishd with the project's VCL, as
// `npm run start:edge` and the compose profile run it: pages are answered
// from Varnish, a publish purges exactly what it touched through the edge,
// editors and previews pass, and pages keep answering while the app is down.
// Its own database and server, so the app can be stopped and content edited
// without touching the other files' site.
if (!findVarnishd() && !process.env.CI) console.warn(`\n  Edge tests SKIPPED: ${VARNISH_MISSING}\n`)
const describeWithVarnish = findVarnishd() || process.env.CI ? describe : describe.skip

const rootDir = process.cwd()
const dataDir = path.join(rootDir, '.data/postgres-edge')
const admin = { email: 'edge-admin@filmweek.test', password: crypto.randomBytes(18).toString('hex') }
const filmPage = `/en/films/${FILM.slug}`
const programme = '/en/programme'
// Reads the site settings, the current edition and its organisations: nothing a film publish touches.
const unrelated = '/en/about'
const REDIS_URL = process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379'
const cachePrefix = `filmweek-e2e-edge-${crypto.randomBytes(4).toString('hex')}:`

let database: EmbeddedDatabase | undefined
let site: Instance | undefined
let edge: Edge | undefined
let base: string
let token: string
let film: Film

type Answer = { status: number; cache: string | null; age: number; text: string; headers: Headers }

async function ask(url: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(url, { redirect: 'manual', ...init })
  return {
    status: response.status,
    cache: response.headers.get('x-cache'),
    age: Number(response.headers.get('age') ?? -1),
    text: await response.text(),
    headers: response.headers,
  }
}
const throughEdge = (page: string, init?: RequestInit) => ask(base + page, init)

async function rest<T>(method: string, apiPath: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`${base}/api${apiPath}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T }
}

async function patchFilm(data: Record<string, unknown>, query = ''): Promise<void> {
  const { status, body } = await rest('PATCH', `/films/${film.id}?locale=en${query}`, data)
  if (status !== 200) throw new Error(`PATCH film failed: ${status} ${JSON.stringify(body)}`)
}

/** GETs through the edge until Varnish answers from its cache. */
const cachedAtEdge = (page: string) =>
  pollUntil(`${page} a HIT at the edge`, async () => (await throughEdge(page)).cache === 'HIT', 30_000)

describeWithVarnish('through Varnish', () => {
  beforeAll(async () => {
    fs.rmSync(dataDir, { recursive: true, force: true })
    database = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'filmweek_edge' })
    const env = {
      ...process.env,
      NODE_OPTIONS: '',
      DATABASE_URL: database.url,
      PAYLOAD_SECRET: process.env.E2E_PAYLOAD_SECRET,
      SEED_ADMIN_EMAIL: admin.email,
      SEED_ADMIN_PASSWORD: admin.password,
    }
    await run('prepare', path.join(rootDir, 'node_modules/.bin/tsx'), ['src/scripts/prepare.ts', '--seed'], {
      cwd: rootDir,
      env,
      log: path.join(rootDir, '.data/e2e/edge-prepare.log'),
    })
    const edgePort = await freePort()
    base = `http://127.0.0.1:${edgePort}`
    // Its own page cache: in the build's file cache it would write this database's pages where the
    // global setup's site (another database) reads them. Redis is there on CI (.ci/run starts it).
    const cache: Record<string, string> = (await redisAnswers(REDIS_URL))
      ? { REDIS_URL, REDIS_KEY_PREFIX: cachePrefix }
      : {}
    if (!cache.REDIS_URL) console.warn(`[e2e] no Redis at ${REDIS_URL}: the edge site shares the build's page cache`)
    // Publishes purge the edge; the edge is one proxy hop.
    site = await startInstance('edge', {
      ...cache,
      DATABASE_URL: database.url,
      VARNISH_PURGE_URLS: base,
      TRUSTED_PROXY_HOPS: '1',
      SERVER_URL: base,
    })
    edge = await startVarnish({
      listen: { host: '127.0.0.1', port: edgePort },
      backend: { host: '127.0.0.1', port: Number(new URL(site.base).port) },
      log: path.join(rootDir, '.data/e2e/varnish.log'),
    })
    await pollUntil('the app healthy behind the edge', async () => (await throughEdge('/en')).status === 200, 30_000)
    const login = await rest<{ token?: string }>('POST', '/users/login', admin)
    if (!login.body.token) throw new Error(`login failed: ${login.status}`)
    token = login.body.token
    const found = await rest<{ docs: Film[] }>('GET', `/films?where[slug][equals]=${FILM.slug}&depth=0&limit=1`)
    film = found.body.docs[0]
  }, 900_000)

  afterAll(async () => {
    await edge?.stop()
    await site?.stop()
    await database?.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
    if (await redisAnswers(REDIS_URL)) await deleteKeys(REDIS_URL, cachePrefix)
  })

  test('pages carry their surrogate keys and the two audiences’ cache headers; the edge serves them as hits', async () => {
    const direct = await ask(`${site?.base}${filmPage}`)
    expect(direct.status).toBe(200)
    const keys = (direct.headers.get('xkey') ?? '').split(' ')
    expect(keys).toEqual(expect.arrayContaining([`films:slug:${FILM.slug}`, `screenings:film:${film.id}`, 'site']))
    expect(direct.headers.get('surrogate-key')).toBe(direct.headers.get('xkey'))
    expect(direct.headers.get('cache-tag')).toBe(keys.join(','))
    expect(direct.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    expect(direct.headers.get('surrogate-control')).toMatch(/^max-age=\d+/)
    expect(direct.headers.get('cdn-cache-control')).toMatch(/^max-age=\d+/)

    for (const page of [filmPage, programme, unrelated, '/api/v1/programme']) await cachedAtEdge(page)
    const hit = await throughEdge(filmPage)
    expect({ cache: hit.cache, status: hit.status }).toEqual({ cache: 'HIT', status: 200 })
    expect(hit.age).toBeGreaterThanOrEqual(0)
    // The keys are the edge's business.
    expect(hit.headers.get('xkey')).toBeNull()
  })

  test('each client gets the encoding it asked for, as stored: gzip to browsers, plain to the rest, both hits', async () => {
    // node:http, not fetch: fetch always asks for gzip and unzips what it gets.
    const raw = (acceptEncoding?: string) =>
      new Promise<{ encoding?: string; cache?: string; body: Buffer }>((resolve, reject) =>
        http
          .get(
            base + filmPage,
            { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} },
            (response) => {
              const chunks: Buffer[] = []
              response.on('data', (chunk: Buffer) => chunks.push(chunk))
              response.on('end', () =>
                resolve({
                  encoding: response.headers['content-encoding'],
                  cache: response.headers['x-cache'] as string | undefined,
                  body: Buffer.concat(chunks),
                }),
              )
            },
          )
          .on('error', reject),
      )
    for (const acceptEncoding of ['gzip, deflate, br', undefined]) await raw(acceptEncoding)
    const zipped = await raw('gzip, deflate, br')
    const plain = await raw()
    expect({ encoding: zipped.encoding, cache: zipped.cache }).toEqual({ encoding: 'gzip', cache: 'HIT' })
    expect({ encoding: plain.encoding, cache: plain.cache }).toEqual({ encoding: undefined, cache: 'HIT' })
    // Two renders of the same cached page: what matters is that each is what its header says.
    for (const html of [zlib.gunzipSync(zipped.body).toString(), plain.body.toString()])
      expect(html).toContain(`<h1>${FILM.title.en}</h1>`)
  })

  test('a publish refreshes the pages it touched through the edge, and leaves an unrelated page a hit', async () => {
    for (const page of [filmPage, programme, unrelated]) await cachedAtEdge(page)
    const unrelatedBefore = await throughEdge(unrelated)
    const title = 'Red Rain (at the edge)'
    const sent = Date.now()
    await patchFilm({ title, _status: 'published' })
    const ms = await Promise.all(
      [filmPage, programme, '/api/v1/programme'].map(async (page) => {
        await pollUntil(
          `${page} fresh through the edge`,
          async () => (await throughEdge(page)).text.includes(title),
          30_000,
        )
        return `${page} ${Date.now() - sent} ms`
      }),
    )
    console.log(`publish → fresh through the edge: ${ms.join(', ')} after sending the PATCH`)
    const after = await throughEdge(unrelated)
    expect({ cache: after.cache, text: after.text }).toEqual({ cache: 'HIT', text: unrelatedBefore.text })
    expect(after.age).toBeGreaterThanOrEqual(unrelatedBefore.age)
    // The new page is cached again, with its keys, so the next publish finds it.
    await cachedAtEdge(filmPage)
    await patchFilm({ title: FILM.title.en, _status: 'published' })
    await pollUntil(
      `${filmPage} back to its title through the edge`,
      async () => !(await throughEdge(filmPage)).text.includes(title),
      30_000,
    )
  })

  test('an unpublished film answers 404 through the edge, and is back when published again', async () => {
    await cachedAtEdge(filmPage)
    const sent = Date.now()
    await patchFilm({ _status: 'draft' })
    await pollUntil(
      `404 on ${filmPage} through the edge`,
      async () => (await throughEdge(filmPage)).status === 404,
      30_000,
    )
    console.log(`unpublish → 404 through the edge after ${Date.now() - sent} ms`)
    await patchFilm({ _status: 'published' })
    await pollUntil(
      `${filmPage} back through the edge`,
      async () => (await throughEdge(filmPage)).status === 200,
      30_000,
    )
  })

  test('the admin, logged-in editors and previews pass the edge; a draft never reaches visitors', async () => {
    expect((await throughEdge('/admin')).cache).toBe('PASS')
    const draftTitle = 'Red Rain (draft seen at the edge)'
    await patchFilm({ title: draftTitle }, '&draft=true')
    try {
      const session = `payload-token=${token}`
      // Payload takes a session cookie only with the browser's word that the request is not cross-site.
      const browser = { 'sec-fetch-site': 'same-origin' }
      const preview = await throughEdge(`/preview?path=${filmPage}`, { headers: { ...browser, cookie: session } })
      expect(preview.cache).toBe('PASS')
      const bypass = (
        preview.headers.getSetCookie().find((cookie) => cookie.startsWith('__prerender_bypass=')) ?? ''
      ).split(';')[0]
      expect(bypass).not.toBe('')
      const previewed = await throughEdge(filmPage, { headers: { ...browser, cookie: `${session}; ${bypass}` } })
      expect({ cache: previewed.cache, draft: previewed.text.includes(draftTitle) }).toEqual({
        cache: 'PASS',
        draft: true,
      })
      const loggedIn = await throughEdge(filmPage, { headers: { ...browser, cookie: session } })
      expect(loggedIn.cache).toBe('PASS')
      const visitor = await throughEdge(filmPage)
      expect({ cache: visitor.cache === 'PASS', draft: visitor.text.includes(draftTitle) }).toEqual({
        cache: false,
        draft: false,
      })
    } finally {
      await patchFilm({ title: FILM.title.en, _status: 'published' })
    }
  })

  test('with the app stopped, cached pages keep answering from the edge, purged ones from grace', async () => {
    await cachedAtEdge(filmPage)
    await cachedAtEdge(programme)
    const before = await throughEdge(filmPage)
    await site?.stop()
    site = undefined
    expect((await throughEdge(programme)).status).toBe(200)
    await varnishPurger(base, { soft: true }).purge([`films:slug:${FILM.slug}`])
    const stale = await throughEdge(filmPage)
    expect({ status: stale.status, cache: stale.cache, text: stale.text }).toEqual({
      status: 200,
      cache: 'STALE',
      text: before.text,
    })
    expect((await throughEdge('/en/films/never-rendered')).status).toBe(503)
  })
})
