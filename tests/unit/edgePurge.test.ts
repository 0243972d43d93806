import { cloudflarePurger } from '@/edge/adapters/cloudflare'
import { fastlyPurger } from '@/edge/adapters/fastly'
import { configuredPurgers } from '@/edge/purge'
import { purgeQueue } from '@/edge/purgeQueue'
import { parseEnv } from '@/env'

import { recordingServer, type Recorded, type Reply } from '../helpers/recordingServer'

// The vendor adapters against loopback servers that hold each API's request
// contract (method, path, headers, body) and answer as the API would.
const ZONE = '023e105f4ecef8ad9ca31a8372d0c353'
const CF_TOKEN = 'cf-token-for-tests'
const SERVICE = 'SU1Z0isxPaozGVKXdv0eY'
const FASTLY_TOKEN = 'fastly-token-for-tests'

const json = (request: Recorded): unknown => {
  try {
    return JSON.parse(request.body)
  } catch {
    return undefined
  }
}
const stringList = (value: unknown, max: number) =>
  Array.isArray(value) &&
  value.length >= 1 &&
  value.length <= max &&
  value.every((item) => typeof item === 'string' && item.length > 0 && item.length <= 1024)

/** developers.cloudflare.com/api/resources/cache/methods/purge/ — purge by tags. */
function cloudflare(request: Recorded): Reply {
  const fail = (status: number, code: number, message: string): Reply => ({
    status,
    body: { success: false, errors: [{ code, message }], messages: [], result: null },
  })
  if (request.method !== 'POST' || request.path !== `/client/v4/zones/${ZONE}/purge_cache`)
    return fail(404, 7003, `no route for ${request.method} ${request.path}`)
  if (request.headers.authorization !== `Bearer ${CF_TOKEN}`) return fail(403, 10000, 'Authentication error')
  if (!String(request.headers['content-type']).startsWith('application/json'))
    return fail(400, 6003, 'Invalid request headers')
  const body = json(request) as { tags?: unknown } | undefined
  if (!body || Object.keys(body).join() !== 'tags' || !stringList(body.tags, 100))
    return fail(400, 1012, 'Request must contain one of "purge_everything", "files", "tags", "hosts" or "prefixes"')
  return { status: 200, body: { success: true, errors: [], messages: [], result: { id: ZONE } } }
}

/** www.fastly.com/documentation/reference/api/purging/ — bulk purge by surrogate keys. */
function fastly(request: Recorded): Reply {
  if (request.method !== 'POST' || request.path !== `/service/${SERVICE}/purge`)
    return { status: 404, body: { msg: 'Record not found' } }
  if (request.headers['fastly-key'] !== FASTLY_TOKEN)
    return { status: 401, body: { msg: 'Provided credentials are missing or invalid' } }
  if (!String(request.headers['content-type']).startsWith('application/json'))
    return { status: 400, body: { msg: 'Bad request' } }
  const soft = request.headers['fastly-soft-purge']
  if (soft !== undefined && soft !== '1') return { status: 400, body: { msg: 'Fastly-Soft-Purge must be 1' } }
  const body = json(request) as { surrogate_keys?: unknown } | undefined
  if (!body || !stringList(body.surrogate_keys, 256))
    return { status: 400, body: { msg: 'surrogate_keys must list 1 to 256 keys' } }
  return {
    status: 200,
    body: Object.fromEntries((body.surrogate_keys as string[]).map((key, index) => [key, `purge-${index}`])),
  }
}

const keys = (count: number) => Array.from({ length: count }, (_, index) => `films:${index + 1}`)
type Line = [fields: Record<string, unknown>, message: string]
/** A logger that keeps what it was told, by level. */
function recordingLogger() {
  const lines = { info: [] as Line[], warn: [] as Line[], error: [] as Line[] }
  const at = (level: keyof typeof lines) => (fields: Record<string, unknown>, message: string) =>
    void lines[level].push([fields, message])
  return { lines, logger: { info: at('info'), warn: at('warn'), error: at('error') } as never }
}

describe('Cloudflare adapter', () => {
  test('purges by Cache-Tag with the bearer token, at most 100 tags a call', async () => {
    const server = await recordingServer(cloudflare)
    try {
      await cloudflarePurger({ apiUrl: `${server.url}/client/v4`, zoneId: ZONE, token: CF_TOKEN }).purge(keys(150))
      expect(server.requests.map((request) => (json(request) as { tags: string[] }).tags)).toEqual([
        keys(150).slice(0, 100),
        keys(150).slice(100),
      ])
    } finally {
      await server.close()
    }
  })

  test('a refused call is an error naming the API’s answer, even an HTTP 200 without success', async () => {
    const server = await recordingServer(cloudflare)
    try {
      await expect(
        cloudflarePurger({ apiUrl: `${server.url}/client/v4`, zoneId: ZONE, token: 'wrong' }).purge(['films']),
      ).rejects.toThrow(/403.*Authentication error/)
    } finally {
      await server.close()
    }
    const lying = await recordingServer(() => ({
      status: 200,
      body: { success: false, errors: [{ code: 1134, message: 'zone is not active' }] },
    }))
    try {
      await expect(
        cloudflarePurger({ apiUrl: `${lying.url}/client/v4`, zoneId: ZONE, token: CF_TOKEN }).purge(['films']),
      ).rejects.toThrow(/zone is not active/)
    } finally {
      await lying.close()
    }
  })
})

describe('Fastly adapter', () => {
  test.each([true, false])(
    'purges by surrogate key with Fastly-Key (soft: %s), at most 256 keys a call',
    async (soft) => {
      const server = await recordingServer(fastly)
      try {
        await fastlyPurger({ apiUrl: server.url, serviceId: SERVICE, token: FASTLY_TOKEN, soft }).purge(keys(300))
        expect(
          server.requests.map((request) => (json(request) as { surrogate_keys: string[] }).surrogate_keys),
        ).toEqual([keys(300).slice(0, 256), keys(300).slice(256)])
        expect(server.requests.map((request) => request.headers['fastly-soft-purge'])).toEqual(
          soft ? ['1', '1'] : [undefined, undefined],
        )
      } finally {
        await server.close()
      }
    },
  )

  test('a wrong token is an error', async () => {
    const server = await recordingServer(fastly)
    try {
      await expect(
        fastlyPurger({ apiUrl: server.url, serviceId: SERVICE, token: 'nope', soft: true }).purge(['films']),
      ).rejects.toThrow(/401.*credentials/)
    } finally {
      await server.close()
    }
  })
})

describe('the environment chooses the caches', () => {
  test('each vendor whose variables are set, and none by default', async () => {
    const base = { DATABASE_URL: 'postgres://localhost/x', PAYLOAD_SECRET: 'x'.repeat(32) }
    expect(configuredPurgers(parseEnv(base))).toEqual([])
    const all = parseEnv({
      ...base,
      VARNISH_PURGE_URLS: 'http://127.0.0.1:8080, http://10.0.0.2:6081',
      CLOUDFLARE_ZONE_ID: ZONE,
      CLOUDFLARE_API_TOKEN: CF_TOKEN,
      FASTLY_SERVICE_ID: SERVICE,
      FASTLY_API_TOKEN: FASTLY_TOKEN,
    })
    expect(configuredPurgers(all).map((purger) => purger.name)).toEqual([
      'varnish http://127.0.0.1:8080',
      'varnish http://10.0.0.2:6081',
      `cloudflare zone ${ZONE}`,
      `fastly service ${SERVICE}`,
    ])
    expect(() => parseEnv({ ...base, CLOUDFLARE_ZONE_ID: ZONE })).toThrow(
      /CLOUDFLARE_API_TOKEN: CLOUDFLARE_ZONE_ID and CLOUDFLARE_API_TOKEN must be set together/,
    )
    expect(() => parseEnv({ ...base, VARNISH_PURGE_URLS: 'varnish:80' })).toThrow(
      /VARNISH_PURGE_URLS: must be http\(s\) URLs/,
    )
  })
})

describe('purge queue', () => {
  test('a failed purge is logged and retried with backoff until the cache confirms it', async () => {
    let failuresLeft = 2
    const server = await recordingServer((request) =>
      failuresLeft-- > 0 ? { status: 503, body: { msg: 'try later' } } : fastly(request),
    )
    const { lines, logger } = recordingLogger()
    try {
      const queue = purgeQueue(
        fastlyPurger({ apiUrl: server.url, serviceId: SERVICE, token: FASTLY_TOKEN, soft: true }),
        { logger, baseDelayMs: 20, giveUpAfterMs: 60_000 },
      )
      const started = Date.now()
      queue.request(['films:1', 'people:2'])
      await queue.idle()
      expect(server.requests).toHaveLength(3)
      // 20 ms, then 40 ms.
      expect(Date.now() - started).toBeGreaterThanOrEqual(60)
      expect(lines.warn.map(([fields]) => [fields.attempt, fields.retryInMs])).toEqual([
        [1, 20],
        [2, 40],
      ])
      expect(lines.info).toEqual([
        [expect.objectContaining({ attempts: 3 }), expect.stringMatching(/succeeded after retrying/)],
      ])
      expect((json(server.requests[2]) as { surrogate_keys: string[] }).surrogate_keys).toEqual(['films:1', 'people:2'])
    } finally {
      await server.close()
    }
  })

  test('keys asked for while a purge is in flight go in the next call, merged', async () => {
    const server = await recordingServer(fastly)
    try {
      const queue = purgeQueue(
        fastlyPurger({ apiUrl: server.url, serviceId: SERVICE, token: FASTLY_TOKEN, soft: true }),
        { logger: recordingLogger().logger, giveUpAfterMs: 60_000 },
      )
      queue.request(['films:1'])
      queue.request(['films:2'])
      queue.request(['films:3', 'films:2'])
      await queue.idle()
      expect(server.requests.map((request) => (json(request) as { surrogate_keys: string[] }).surrogate_keys)).toEqual([
        ['films:1'],
        ['films:2', 'films:3'],
      ])
    } finally {
      await server.close()
    }
  })

  test('keys still failing after the shared TTL are given up with an error, never silently', async () => {
    const server = await recordingServer(() => ({ status: 500, body: { msg: 'down' } }))
    const { lines, logger } = recordingLogger()
    try {
      const queue = purgeQueue(
        fastlyPurger({ apiUrl: server.url, serviceId: SERVICE, token: FASTLY_TOKEN, soft: true }),
        { logger, baseDelayMs: 10, giveUpAfterMs: 300 },
      )
      queue.request(['films:1'])
      await queue.idle()
      expect(lines.error).toEqual([[expect.objectContaining({ keys: ['films:1'] }), expect.stringMatching(/gave up/)]])
      // Every failure before the last was a warning with a retry.
      expect(lines.warn).toHaveLength(server.requests.length - 1)
    } finally {
      await server.close()
    }
  })
})
