import crypto from 'node:crypto'
import fs from 'node:fs'

import type { Film } from '@/payload-types'

import { freePort } from '../../src/db/freePort'

import { deleteKeys, redisAnswers, startInstance, type Instance } from './instances'
import { baseUrl, env } from './api'
import { FILM, pollUntil } from './site'

// Two `next start` of one build behind a load balancer: a change published
// through one must show on the other. With Redis as the shared cache it does;
// without, the other keeps serving its own cached page (the control case).
const REDIS_URL = process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379'
const reachable = await redisAnswers(REDIS_URL)
if (!reachable && !process.env.CI)
  console.warn(`\n  Two-instance tests SKIPPED: no Redis at ${REDIS_URL} (set E2E_REDIS_URL, or start redis-server).\n`)
// Under CI they run and fail when Redis is missing (.ci/run starts one).
const describeWithRedis = reachable || process.env.CI ? describe : describe.skip

const filmPage = `/en/films/${FILM.slug}`
// Unique per run: keys of other runs (and of other deploys) are never read or deleted.
const keyPrefix = `filmweek-e2e-${crypto.randomBytes(6).toString('hex')}:`

type Page = { status: number; cache: string | null; text: string }

async function get(base: string, path: string): Promise<Page> {
  const response = await fetch(`${base}${path}`, { redirect: 'manual' })
  return { status: response.status, cache: response.headers.get('x-nextjs-cache'), text: await response.text() }
}

async function rest<T>(
  base: string,
  method: 'POST' | 'PATCH' | 'GET',
  path: string,
  body?: unknown,
  token?: string,
): Promise<T> {
  const headers = new Headers({ 'content-type': 'application/json' })
  if (token) headers.set('authorization', `JWT ${token}`)
  const response = await fetch(`${base}/api${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${method} ${base}/api${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

const login = async (base: string) =>
  (
    await rest<{ token: string }>(base, 'POST', '/users/login', {
      email: env('E2E_ADMIN_EMAIL'),
      password: env('E2E_ADMIN_PASSWORD'),
    })
  ).token

async function publishTitle(base: string, title: string): Promise<void> {
  const token = await login(base)
  const { docs } = await rest<{ docs: Film[] }>(
    base,
    'GET',
    `/films?where[slug][equals]=${FILM.slug}&depth=0&limit=1`,
    undefined,
    token,
  )
  await rest(base, 'PATCH', `/films/${docs[0].id}?locale=en`, { title, _status: 'published' }, token)
}

/** Requests the page until the instance answers from its cache, so a stale copy is there to be served. */
async function cached(instance: Pick<Instance, 'name' | 'base'>): Promise<Page> {
  let page: Page | undefined
  await pollUntil(`x-nextjs-cache: HIT for ${filmPage} on ${instance.name}`, async () => {
    page = await get(instance.base, filmPage)
    return page.status === 200 && page.cache === 'HIT'
  })
  return page as Page
}

describeWithRedis('several instances of one build', () => {
  let withRedis: Instance[] = []
  let withoutRedis: Instance | undefined

  beforeAll(async () => {
    if (!reachable)
      throw new Error(`Redis does not answer at ${REDIS_URL}: CI needs it (.ci/run starts redis-server when missing)`)
    const redisEnv = { REDIS_URL, REDIS_KEY_PREFIX: keyPrefix }
    // The global setup's site (no REDIS_URL) is the first instance without Redis.
    ;[withRedis[0], withRedis[1], withoutRedis] = await Promise.all([
      startInstance('redis-a', redisEnv),
      startInstance('redis-b', redisEnv),
      // Empty means unset (src/env.ts), whatever the developer's shell exports.
      startInstance('plain-b', { REDIS_URL: '' }),
    ])
  })

  afterAll(async () => {
    await Promise.all([...withRedis, withoutRedis].map((instance) => instance?.stop()))
    withRedis = []
    // Leave the demo as seeded for the other files, and Redis as found.
    await publishTitle(baseUrl(), FILM.title.en)
    if (reachable) console.log(`[e2e] deleted ${await deleteKeys(REDIS_URL, keyPrefix)} Redis keys under ${keyPrefix}`)
  })

  test('with Redis, a change published through A is served by B', async () => {
    const [a, b] = withRedis
    await Promise.all([cached(a), cached(b)])
    const title = `Red Rain (shared ${Date.now()})`

    await publishTitle(a.base, title)
    const ms = await pollUntil(`fresh on ${b.name}`, async () => (await get(b.base, filmPage)).text.includes(title))
    console.log(`publish on ${a.name} → fresh on ${b.name} after ${ms} ms`)
  })

  test('without Redis, B keeps serving its own stale copy (the control case)', async () => {
    const a = { name: 'e2e site', base: baseUrl() }
    const b = withoutRedis as Instance
    await Promise.all([cached(a), cached(b)])
    const title = `Red Rain (local ${Date.now()})`

    await publishTitle(a.base, title)
    await pollUntil(`fresh on ${a.name}`, async () => (await get(a.base, filmPage)).text.includes(title))
    const stale = await get(b.base, filmPage)
    expect(stale.cache).toBe('HIT')
    expect(stale.text).not.toContain(title)
  })

  test('with Redis unreachable, an instance still serves every page, and says so once', async () => {
    // Nothing listens there: the handler must answer misses, not hang or crash the server.
    const instance = await startInstance('redis-down', {
      REDIS_URL: `redis://127.0.0.1:${await freePort()}`,
      REDIS_KEY_PREFIX: keyPrefix,
    })
    try {
      for (const path of [filmPage, filmPage, '/en/programme']) {
        const started = Date.now()
        const page = await get(instance.base, path)
        expect(page.status).toBe(200)
        expect(Date.now() - started).toBeLessThan(10_000)
      }
    } finally {
      await instance.stop()
    }
    const log = fs.readFileSync(instance.log, 'utf8')
    expect(log.match(/\[cache\] Redis unavailable/g)).toHaveLength(1)
  })
})
