import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { varnishPurger } from '@/edge/adapters/varnish'
import { sharedCacheHeaders } from '@/edge/headers'
import { findVarnishd, startVarnish, VARNISH_MISSING, type Edge } from '@/edge/varnishd'
import { freePort } from '@/db/freePort'

// The Varnish adapter and deploy/varnish/default.vcl against a real varnishd
// (Debian: varnish + varnish-modules), in front of a small app that answers
// with the headers the real one sends (src/edge/headers.ts) and counts renders.
const available = Boolean(findVarnishd())
if (!available && !process.env.CI) console.warn(`\n  Varnish tests SKIPPED: ${VARNISH_MISSING}\n`)
const describeWithVarnish = available || process.env.CI ? describe : describe.skip

type Seen = { url: string; cookie?: string }

describeWithVarnish('Varnish with the project VCL', () => {
  const renders = new Map<string, number>()
  const seen: Seen[] = []
  let app: http.Server
  let edge: Edge
  let base: string
  let appUp = true

  const tagsOf: Record<string, string[]> = {
    '/en/films/mua-do': ['films:slug:mua-do', 'screenings:film:1', 'site'],
    '/en/people/someone': ['people:slug:someone', 'films:person:2', 'site'],
    '/api/v1/programme': ['films', 'screenings'],
  }

  beforeAll(async () => {
    app = http.createServer((request, response) => {
      const url = request.url ?? '/'
      if (url === '/api/health') return void response.writeHead(appUp ? 200 : 503).end('ok')
      seen.push({ url, cookie: request.headers.cookie })
      const count = (renders.get(url) ?? 0) + 1
      renders.set(url, count)
      const tags = tagsOf[url.split('?')[0]]
      const headers = tags
        ? sharedCacheHeaders(tags)
        : { 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' }
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers })
      response.end(`${url} render ${count}`)
    })
    await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve))
    const listen = { host: '127.0.0.1', port: await freePort() }
    edge = await startVarnish({ listen, backend: { host: '127.0.0.1', port: (app.address() as AddressInfo).port } })
    base = `http://${listen.host}:${listen.port}`
  }, 60_000)

  afterAll(async () => {
    await edge?.stop()
    await new Promise((resolve) => app?.close(resolve))
  })

  const get = async (path: string, headers: Record<string, string> = {}, method = 'GET') => {
    const response = await fetch(base + path, { method, headers })
    return {
      status: response.status,
      cache: response.headers.get('x-cache'),
      age: response.headers.get('age'),
      xkey: response.headers.get('xkey'),
      text: await response.text(),
    }
  }
  const soft = () => varnishPurger(base, { soft: true })
  const hard = () => varnishPurger(base, { soft: false })
  const until = async (check: () => Promise<boolean>, ms = 5_000) => {
    const deadline = Date.now() + ms
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('condition not met in time')
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }

  test('a page is fetched once, then served from the cache with its age, its keys kept to the cache', async () => {
    const first = await get('/en/films/mua-do')
    const second = await get('/en/films/mua-do')
    expect([first.cache, second.cache]).toEqual(['MISS', 'HIT'])
    expect(second.text).toBe(first.text)
    expect(Number(second.age)).toBeGreaterThanOrEqual(0)
    expect(second.xkey).toBeNull()
  })

  test('a soft purge by key refreshes that page, and only that page', async () => {
    await get('/en/people/someone')
    const before = await get('/en/films/mua-do')
    await soft().purge(['screenings:film:1'])
    // The stale copy may answer while the new one is fetched; then the new one.
    await until(async () => (await get('/en/films/mua-do')).text !== before.text)
    expect((await get('/en/films/mua-do')).cache).toBe('HIT')
    expect((await get('/en/people/someone')).cache).toBe('HIT')
  })

  test('a hard purge removes the page', async () => {
    await get('/en/people/someone')
    await hard().purge(['people:slug:someone'])
    expect((await get('/en/people/someone')).cache).toBe('MISS')
  })

  test('purging is refused to a request that came through a proxy', async () => {
    const response = await fetch(`${base}/`, {
      method: 'PURGE',
      headers: { 'xkey-softpurge': 'site', 'x-forwarded-for': '203.0.113.9' },
    })
    expect(response.status).toBe(403)
    expect((await get('/en/people/someone')).cache).toBe('HIT')
  })

  test('editors, previews, the admin, keyed calls and writes pass; visitors’ cookies are dropped', async () => {
    const passes = [
      await get('/en/films/mua-do', { cookie: 'payload-token=abc' }),
      await get('/en/films/mua-do', { cookie: 'theme=dark; __prerender_bypass=1' }),
      await get('/admin/collections/films'),
      await get('/preview?path=/en'),
      await get('/api/v1/programme', { authorization: 'users API-Key k' }),
      await get('/api/films?limit=1'),
      await get('/en/films/mua-do', {}, 'POST'),
    ]
    expect(passes.map((answer) => answer.cache)).toEqual(Array(passes.length).fill('PASS'))
    seen.length = 0
    await get('/en/quotes?x=1', { cookie: 'theme=dark' })
    expect(seen).toEqual([{ url: '/en/quotes?x=1', cookie: undefined }])
    // Anonymous feed answers are shared like pages.
    await get('/api/v1/programme')
    expect((await get('/api/v1/programme')).cache).toBe('HIT')
  })

  test('with the app down, purged pages keep answering from grace', async () => {
    const cached = await get('/en/films/mua-do')
    appUp = false
    await new Promise<void>((resolve) => app.close(() => resolve()))
    app.closeAllConnections()
    await soft().purge(['site'])
    const answer = await get('/en/films/mua-do')
    expect({ status: answer.status, cache: answer.cache, text: answer.text }).toEqual({
      status: 200,
      cache: 'STALE',
      text: cached.text,
    })
    const never = await get('/en/never-cached')
    expect(never.status).toBe(503)
  })
})
