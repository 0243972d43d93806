import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'

import { SharedRedisCache } from '@/cache/redisCacheHandler'
import { freePort } from '@/db/freePort'

// The shared cache must never take the site down with Redis: misses at once,
// one log line per outage, and tag expiries replayed when Redis is back.
type SetArgs = Parameters<SharedRedisCache['set']>
type GetArgs = Parameters<SharedRedisCache['get']>

const entry: SetArgs[1] = {
  kind: 'FETCH',
  data: { headers: {}, body: 'cached body', status: 200, url: 'https://example.test/' },
  revalidate: 60,
}
const setContext: SetArgs[2] = { tags: ['film'], isRoutePPREnabled: false, isFallback: false, revalidate: 60 }
const getContext: GetArgs[1] = {
  kind: 'FETCH',
  revalidate: 60,
  fetchUrl: 'https://example.test/',
  fetchIdx: 0,
  tags: ['film'],
  softTags: [],
  isFallback: false,
}

const redisServer = '/usr/bin/redis-server'
const startRedis = (port: number) =>
  spawn(redisServer, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  })

async function timed<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now()
  const value = await work
  return { value, ms: Date.now() - started }
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`still not ${what} after ${timeoutMs} ms`)
    await sleep(100)
  }
}

// Jest's native ESM mode has no global `jest`.
const silence = (method: 'error' | 'warn') =>
  import.meta.jest.spyOn(console, method).mockImplementation(() => undefined)
type Spy = ReturnType<typeof silence>
let errors: Spy
let warnings: Spy
const logged = (spy: Spy, text: string) => spy.mock.calls.filter((call) => String(call[0]).includes(text)).length

beforeEach(() => {
  errors = silence('error')
  warnings = silence('warn')
})
afterEach(() => import.meta.jest.restoreAllMocks())

test('with Redis down at start, calls miss at once and the outage is logged once', async () => {
  const cache = new SharedRedisCache(`redis://127.0.0.1:${await freePort()}`, 'degrade-test:')
  try {
    await sleep(1_500) // several reconnect attempts
    const { value, ms } = await timed(cache.get('key', getContext))
    expect(value).toBeNull()
    expect(ms).toBeLessThan(100)
    await expect(cache.set('key', entry, setContext)).resolves.toBeUndefined()
    await expect(cache.revalidateTag('film')).resolves.toBeUndefined()
    expect(logged(errors, '[cache] Redis unavailable')).toBe(1)
  } finally {
    await cache.close()
  }
})

const withServer = fs.existsSync(redisServer) || process.env.CI ? test : test.skip

withServer(
  'when Redis goes away later, calls miss at once; when it is back, missed expiries are replayed',
  async () => {
    const port = await freePort()
    const url = `redis://127.0.0.1:${port}`
    let server: ChildProcess = startRedis(port)
    const cache = new SharedRedisCache(url, `degrade-test-${port}:`)
    try {
      await until('caching in Redis', async () => {
        await cache.set('key', entry, setContext)
        return (await cache.get('key', getContext)) !== null
      })

      // A refused first connection (server still starting) may have logged an outage already.
      const outagesBefore = logged(errors, '[cache] Redis unavailable')
      server.kill('SIGKILL')
      await until('noticed down', async () => logged(errors, '[cache] Redis unavailable') > outagesBefore)
      const { value, ms } = await timed(cache.get('key', getContext))
      expect(value).toBeNull()
      expect(ms).toBeLessThan(100)
      // Expired while Redis is away: must not survive the outage.
      await cache.revalidateTag('film')

      const backBefore = logged(warnings, 'is back')
      server = startRedis(port)
      await until('back', async () => logged(warnings, 'is back') > backBefore)
      await until(
        'the missed expiry replayed',
        async () => logged(warnings, 'changed while Redis was away') > 0,
        20_000,
      )
      expect(logged(errors, '[cache] Redis unavailable')).toBe(outagesBefore + 1)
    } finally {
      await cache.close()
      server.kill('SIGKILL')
    }
  },
  40_000,
)
