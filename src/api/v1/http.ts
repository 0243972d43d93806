/**
 * How every /api/v1 endpoint answers: CORS for GET, read-only methods, the
 * caller's identity and rate limit, query validation (400 naming each bad
 * parameter), ETag/304, cache headers, and JSON errors, never a stack trace.
 */
import crypto from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'

import { LRUCache } from 'lru-cache'
import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'
import type { z } from 'zod'

import { isAdmin, isStaff } from '@/access/roles'
import { payloadClient } from '@/data/client'
import { env } from '@/env'
import { tag } from '@/data/tags'
import { sharedCacheHeaders } from '@/edge/headers'
import { failedForLackOfDatabase, retryAfterHeader, UNAVAILABLE_MESSAGE } from '@/db/outage'
import { REQUEST_ID_HEADER, withRequestLog } from '@/lib/requestLog'
import { singleFlight } from '@/lib/singleFlight'
import { lastSeq, touchedSince } from '@/publication/log'

import { clientAddress } from './clientAddress'
import { cursorScope, openCursor, type Cursor } from './paging'
import type { ErrorBody } from './schemas/common'
import { spend, type Quota } from './rateLimit'

export type Endpoint<Query extends z.ZodType, Body extends z.ZodType, Params> = {
  /** OpenAPI path, e.g. /films/{slug} */
  path: string
  summary: string
  description: string
  query: Query
  response: Body
  /** Path parameters, validated like the query. */
  params?: z.ZodType<Params, Record<string, unknown>>
  /** Build the body (or `null`: 404 with `notFound`; or Missing: 404 naming the query parameter). Lists page with `cursor`. */
  handle: (query: z.output<Query>, params: Params, cursor: Cursor) => Promise<z.input<Body> | Missing | null>
  notFound?: string
  /** Calendar endpoints answer text/calendar instead of JSON. */
  contentType?: 'application/json' | 'text/calendar'
  serialize?: (body: z.input<Body>) => string
}

/** A query parameter (`venue`, `film`, `edition`) naming nothing published: a 404 that says which. */
export class Missing {
  constructor(readonly parameter: 'edition' | 'film' | 'venue') {}
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  'access-control-allow-headers': `Authorization, If-None-Match, ${REQUEST_ID_HEADER}`,
  'access-control-expose-headers': `ETag, ${REQUEST_ID_HEADER}, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After`,
  'access-control-max-age': '86400',
}

// Short freshness, then revalidation by ETag: content changes when editors publish.
const FRESHNESS = 'max-age=30, stale-while-revalidate=60'
const CACHE_CONTROL = `public, ${FRESHNESS}`
/** A shared cache keeps a previous answer (given while a publish's rebuild runs) only this long. */
const PREVIOUS_ANSWER_SHARED_TTL_SECONDS = 2

export function errorResponse(
  status: number,
  message: string,
  issues?: { parameter: string; message: string }[],
  headers: HeadersInit = {},
): Response {
  const body: ErrorBody = { error: { status, message, ...(issues ? { issues } : {}) } }
  return Response.json(body, { status, headers: { ...CORS, 'cache-control': 'no-store', ...headers } })
}

function quotaHeaders(quota: Quota): Record<string, string> {
  return {
    'ratelimit-limit': String(quota.limit),
    'ratelimit-remaining': String(quota.remaining),
    'ratelimit-reset': String(quota.resetSeconds),
  }
}

/** A query string as an object; a parameter given twice is refused rather than silently picked. */
function searchObject(url: URL): { values: Record<string, string>; repeated: string[] } {
  const values: Record<string, string> = {}
  const repeated = new Set<string>()
  for (const [key, value] of url.searchParams) {
    if (key in values) repeated.add(key)
    values[key] = value
  }
  return { values, repeated: [...repeated] }
}

const issuesOf = (error: z.ZodError) =>
  error.issues.map((issue) => {
    const parameter = issue.path.length
      ? issue.path.join('.')
      : issue.code === 'unrecognized_keys'
        ? issue.keys.join(', ')
        : '(query)'
    return {
      parameter,
      message: issue.code === 'unrecognized_keys' ? 'unknown parameter: see /api/v1/openapi.json' : issue.message,
    }
  })

type Caller = { kind: 'anonymous' | 'partner'; key: string }

/**
 * Who is calling: a partner (or staff) by API key or session, or an anonymous
 * address. A key that does not work is `refused`, and the attempt is charged
 * to its address's anonymous quota, so guessing keys is as limited as reading.
 */
async function identify(payload: Payload, request: Request): Promise<Caller & { refused: boolean }> {
  const anonymous = { kind: 'anonymous' as const, key: clientAddress(request.headers, env().TRUSTED_PROXY_HOPS) }
  if (!request.headers.get('authorization')) return { ...anonymous, refused: false }
  const { user } = await payload.auth({ headers: request.headers })
  if (!user || !(user.role === 'partner' || isStaff(user) || isAdmin(user))) return { ...anonymous, refused: true }
  return { kind: 'partner', key: `user-${user.id}`, refused: false }
}

function weakEtag(body: string): string {
  return `W/"${crypto.createHash('sha1').update(body).digest('base64url')}"`
}

function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false
  return header.split(',').some((candidate) => {
    const value = candidate.trim()
    return value === '*' || value === etag || value.replace(/^W\//, '') === etag.replace(/^W\//, '')
  })
}

/** An answer: its text, or a 404 (naming the query parameter that names nothing, when one does). Plain data: it is cached. */
type Rendered = { text: string; etag: string; previous?: true } | { missing: string | null }

/** The request's cursor, bound to the endpoint and its filters; null when it gave one made for something else. */
const cursorOf = (endpoint: AnyEndpoint, query: unknown, params: unknown) =>
  openCursor(
    (query as { cursor?: string }).cursor,
    cursorScope(endpoint.path, query as Record<string, unknown>, params),
  )

async function render(endpoint: AnyEndpoint, query: unknown, params: unknown): Promise<Rendered> {
  const cursor = cursorOf(endpoint, query, params)
  // Checked before any rendering (answer()); a cursor that fails here is a bug, not a client's mistake.
  if (!cursor) throw new Error('render() called with a cursor of another scope')
  const body = await endpoint.handle(query, params, cursor)
  if (body === null) return { missing: null }
  if (body instanceof Missing) return { missing: body.parameter }
  const text = endpoint.serialize ? endpoint.serialize(body) : JSON.stringify(body)
  return { text, etag: weakEtag(text) }
}

/** Any published change in these collections can alter an answer: they expire the answer cache. */
const ANSWER_TAGS = (
  ['editions', 'films', 'screenings', 'people', 'quotes', 'venues', 'organisations', 'media', 'site'] as const
).map(tag.collection)

/**
 * Answer texts by ETag, in this process. An ETag is a hash of its text, so a
 * text found under it is that answer; one not found here (evicted, or built
 * by another instance) is built again.
 */
const answerTexts = new LRUCache<string, string>({
  maxSize: 64 * 1024 * 1024,
  sizeCalculation: (text) => Math.max(text.length, 1),
})

// After a publish expires the answers, every partner polling at that moment
// misses at once; each building the same answer would exhaust the database
// pool under load. One build per answer and
// process, never one begun before the last publication event.
const renderOnce = singleFlight<Rendered>()

/** An answer, and the publication log's sequence when its build began (src/publication/log.ts). */
type Built = { rendered: Rendered; seq: number }
const MAX_BUILDS = 3

/**
 * The finished answer, cached per endpoint and validated query until a
 * publish expires it: partners poll, and serializing a whole programme on
 * every request is most of a request's cost. The shared cache holds only the
 * ETag: reading a whole answer back from it would mean parsing a full
 * edition on every request, 304s included. Outside a Next server
 * (tests, scripts) there is no cache.
 */
async function cachedRender(endpoint: AnyEndpoint, key: string[], query: unknown, params: unknown): Promise<Built> {
  // A build that overlapped a publication may hold rows from before it: built again, a few times at most.
  const build = async (): Promise<Built> => {
    let built: Built
    let builds = 0
    do {
      const seq = lastSeq()
      built = { rendered: await renderOnce(`${seq}\n${key.join('\n')}`, () => render(endpoint, query, params)), seq }
    } while (touchedSince(built.seq, ANSWER_TAGS) && ++builds < MAX_BUILDS)
    if ('text' in built.rendered) answerTexts.set(built.rendered.etag, built.rendered.text)
    return built
  }
  const seq = lastSeq()
  const cached = await unstable_cache(
    async () => {
      const { rendered } = await build()
      return 'etag' in rendered ? rendered.etag : rendered
    },
    key,
    { tags: ANSWER_TAGS },
  )()
  // An entry read from the cache is as recent as the last event this process heard before the read.
  if (typeof cached !== 'string') return { rendered: cached, seq }
  const text = answerTexts.get(cached)
  return text === undefined ? build() : { rendered: { text, etag: cached }, seq }
}

/** The ETag of the last answer to each query, in this process (its text is in answerTexts), and the sequence it was current at. */
const lastEtags = new LRUCache<string, { etag: string; seq: number }>({ max: 20_000 })

/** How long a request waits for a rebuild before it is given the previous answer. */
const REBUILD_WAIT_MS = 50
const STILL_BUILDING: unique symbol = Symbol('still building')

/**
 * The current answer, or while a rebuild is running, the previous one, but
 * only when no publication event since it was current touched it: after an
 * unpublish, the previous answer still lists the document, and it went out as
 * the first answer after the event however late that came, with
 * `max-age=30` for shared caches to keep. A query nobody asked before, or
 * whose last answer was a 404, waits for its build too.
 */
async function currentOrPrevious(endpoint: AnyEndpoint, query: unknown, params: unknown): Promise<Rendered> {
  if (!process.env.NEXT_RUNTIME) return render(endpoint, query, params)
  const key = ['api-v1', endpoint.path, JSON.stringify(query), JSON.stringify(params ?? null)]
  const id = key.join('\n')
  const current = cachedRender(endpoint, key, query, params).then(({ rendered, seq }) => {
    if ('etag' in rendered) lastEtags.set(id, { etag: rendered.etag, seq })
    else lastEtags.delete(id)
    return rendered
  })
  const last = lastEtags.get(id)
  const etag = last && !touchedSince(last.seq, ANSWER_TAGS) ? last.etag : undefined
  const text = etag === undefined ? undefined : answerTexts.get(etag)
  if (etag === undefined || text === undefined) return current
  const waited = await Promise.race([current, sleep(REBUILD_WAIT_MS, STILL_BUILDING)])
  if (waited !== STILL_BUILDING) return waited
  // The rebuild goes on for the next requests; its failure is theirs to report.
  current.catch(() => undefined)
  return { text, etag, previous: true }
}

export function defineEndpoint<Query extends z.ZodType, Body extends z.ZodType, Params = Record<string, never>>(
  endpoint: Endpoint<Query, Body, Params>,
) {
  return endpoint
}

type AnyEndpoint = Endpoint<z.ZodType, z.ZodType, unknown>

/** The Next route handlers for an endpoint: GET/HEAD/OPTIONS, and a JSON 405 for every other method. */
export function routeHandlers<Query extends z.ZodType, Body extends z.ZodType, Params>(
  endpoint: Endpoint<Query, Body, Params>,
) {
  const GET = withRequestLog<{ params: Promise<unknown> }>(async (request, context, { requestId, log }) => {
    try {
      return await answer(endpoint as unknown as AnyEndpoint, request, await context.params)
    } catch (error) {
      if (await failedForLackOfDatabase(error))
        return errorResponse(503, UNAVAILABLE_MESSAGE, undefined, retryAfterHeader)
      log.error({ err: error }, 'api/v1 answer failed')
      return errorResponse(
        500,
        `Internal error: the request was valid but could not be answered. Try again shortly, or quote request id ${requestId}.`,
      )
    }
  })
  const methodNotAllowed = withRequestLog(() =>
    errorResponse(405, 'Method not allowed: the partner API is read-only (GET).', undefined, {
      allow: 'GET, HEAD, OPTIONS',
    }),
  )
  return {
    GET,
    HEAD: GET,
    OPTIONS: withRequestLog(() => new Response(null, { status: 204, headers: CORS })),
    POST: methodNotAllowed,
    PUT: methodNotAllowed,
    PATCH: methodNotAllowed,
    DELETE: methodNotAllowed,
  }
}

/** Handlers for a path that is no endpoint: a JSON 404 with CORS, whatever the method. */
export function unknownPathHandlers() {
  const notFound = withRequestLog(() =>
    errorResponse(404, 'Not found: no such endpoint. Every endpoint is listed in /api/v1/openapi.json.'),
  )
  return {
    GET: notFound,
    HEAD: notFound,
    OPTIONS: notFound,
    POST: notFound,
    PUT: notFound,
    PATCH: notFound,
    DELETE: notFound,
  }
}

async function answer(endpoint: AnyEndpoint, request: Request, rawParams: unknown): Promise<Response> {
  const payload = await payloadClient()
  const who = await identify(payload, request)
  const quota = await spend(payload, who)
  const limits = quotaHeaders(quota)
  if (!quota.allowed) {
    return errorResponse(
      429,
      `Too many requests: ${quota.limit} per minute ${who.kind === 'partner' ? 'for this API key' : 'without a working API key (ask for a partner key for more)'}. Retry after ${quota.resetSeconds} s.`,
      undefined,
      { ...limits, 'retry-after': String(quota.resetSeconds) },
    )
  }
  if (who.refused) {
    return errorResponse(
      401,
      'Authorization: the API key is unknown, revoked or malformed. Send `Authorization: users API-Key <your key>`, or no Authorization header to read anonymously.',
      undefined,
      { ...limits, 'www-authenticate': 'users API-Key' },
    )
  }

  const url = new URL(request.url)
  const { values, repeated } = searchObject(url)
  if (repeated.length)
    return errorResponse(
      400,
      'Bad request: a parameter was given more than once.',
      repeated.map((parameter) => ({ parameter, message: 'given more than once' })),
      limits,
    )
  const query = endpoint.query.safeParse(values)
  if (!query.success)
    return errorResponse(400, 'Bad request: see `issues` for each parameter.', issuesOf(query.error), limits)
  const params = endpoint.params ? endpoint.params.safeParse(rawParams) : { success: true as const, data: rawParams }
  if (!params.success) return errorResponse(404, endpoint.notFound ?? 'Not found.', undefined, limits)
  if (!cursorOf(endpoint, query.data, params.data)) {
    const message =
      'not a next_cursor of this endpoint with these filters: pass the one from the previous page of the same query (only `limit` may change), or none for the first page'
    return errorResponse(
      400,
      'Bad request: see `issues` for each parameter.',
      [{ parameter: 'cursor', message }],
      limits,
    )
  }

  const rendered = await currentOrPrevious(endpoint, query.data, params.data)
  if ('missing' in rendered) {
    const { missing } = rendered
    if (!missing) return errorResponse(404, endpoint.notFound ?? 'Not found.', undefined, limits)
    const message = `no published ${missing} with this slug`
    return errorResponse(404, `Not found: ${message} (\`${missing}\`).`, [{ parameter: missing, message }], limits)
  }

  const { text, etag, previous } = rendered
  // Anonymous answers are the same for everyone: shared caches keep them until
  // a publish purges them, except a previous answer given while the new one
  // is built. A partner's keyed answer is theirs (and the edge passes it).
  const caching =
    who.kind === 'anonymous'
      ? sharedCacheHeaders(ANSWER_TAGS, CACHE_CONTROL, previous ? PREVIOUS_ANSWER_SHARED_TTL_SECONDS : undefined)
      : { 'cache-control': `private, ${FRESHNESS}` }
  const headers = { ...CORS, ...limits, etag, ...caching, vary: 'Authorization, Accept-Encoding' }
  if (matchesEtag(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers })
  const contentType =
    endpoint.contentType === 'text/calendar' ? 'text/calendar; charset=utf-8' : 'application/json; charset=utf-8'
  return new Response(request.method === 'HEAD' ? null : text, {
    status: 200,
    headers: { ...headers, 'content-type': contentType },
  })
}
