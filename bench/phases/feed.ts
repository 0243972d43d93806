/**
 * (d) The partner feed and Payload REST under load, with and without
 * If-None-Match (the ETag of a first response), and (e) their statements per
 * request: uncached (every tag expired first, a query never asked before,
 * one request at a time) and cached. Growth: the programme of the small edition against the large one.
 */
import { load, type Load } from '../cannon'
import type { Bench } from '../context'
import { get } from '../http'
import { summary, type Summary } from '../stats'

export type FeedEndpoint = {
  path: string
  items: number | null
  bytes: number
  etag: string | null
  load: Load
  /** Conditional requests with the first response's ETag; null when the endpoint sends none. */
  loadIfNoneMatch: Load | null
  uncached: Summary
  statements: { uncached: number[]; cached: number }
}

export type FeedResult = {
  endpoints: Record<string, FeedEndpoint>
  growth: { large: number; small: number; largeItems: number | null; smallItems: number | null }
}

/** Items in a feed or Payload REST answer, for the record. */
function itemsOf(body: string): number | null {
  try {
    const parsed = JSON.parse(body) as { data?: unknown[]; docs?: unknown[] }
    return (parsed.data ?? parsed.docs ?? null)?.length ?? null
  } catch {
    return null
  }
}

let uncachedQueries = 0

/**
 * The feed answers a poll with its previous answer while a rebuild runs
 * (src/api/v1/http.ts): an uncached sample asks a query never asked before
 * (a `modified_since` in 1970, which every item passes), so it waits for the
 * build it measures.
 */
const neverAsked = (path: string) =>
  path.startsWith('/api/v1/') ? `${path}&modified_since=${new Date(++uncachedQueries).toISOString()}` : path

async function uncachedStatements(bench: Bench, path: string) {
  await bench.expireAll()
  const { result, statements } = await bench.queries.during(() => get(bench.base + neverAsked(path)))
  if (result.status !== 200) throw new Error(`${path}: ${result.status} ${result.body.slice(0, 200)}`)
  return { ms: result.ms, statements, body: result.body }
}

/** Single requests, one at a time: uncached samples (every tag expired first), then a cached one. */
async function measureRequests(bench: Bench, path: string) {
  const uncached: { ms: number; statements: number }[] = []
  for (let index = 0; index < bench.settings.uncachedSamples; index++)
    uncached.push(await uncachedStatements(bench, path))
  await get(bench.base + path)
  const { result: first, statements: cached } = await bench.queries.during(() => get(bench.base + path))
  return { uncached, cached, first }
}

/** Under load, plain and conditional; the server finishes what each run left in flight before the next. */
async function measureLoad(bench: Bench, path: string, etag: string | null) {
  const { base, settings, log } = bench
  const options = { connections: settings.feedConnections, seconds: settings.seconds }
  // The counted requests expired every tag since this endpoint's last answer: answer once, so the load meets a warm cache.
  await get(base + path)
  await bench.drain()
  const plain = await load(base + path, options)
  await bench.drain()
  const conditional = etag ? await load(base + path, { ...options, headers: { 'if-none-match': etag } }) : null
  await bench.drain()
  const describe = (result: Load) =>
    `${result.rps.toFixed(1)} req/s, p99 ${result.p99 ?? `none within ${settings.seconds} s`} ms`
  log(`${path}: ${describe(plain)}; ${conditional ? `If-None-Match ${describe(conditional)}` : 'no ETag'}`)
  return { plain, conditional }
}

export async function partnerFeed(bench: Bench): Promise<FeedResult> {
  const { fixtures } = bench
  const day = fixtures.edition.firstDay
  const paths = {
    // The largest page a partner can ask for (limit ≤ 500).
    'programme (edition)': '/api/v1/programme?limit=500',
    'programme (one day)': `/api/v1/programme?from=${day}&to=${day}&limit=500`,
    'REST films': '/api/films?limit=10&depth=1',
  }
  // The rate limiter writes once per lease of quota (src/api/v1/leasedQuota.ts), not per request: two
  // requests take a full lease, so the counted ones show the endpoint's own statements.
  for (let warm = 0; warm < 2; warm++)
    await get(`${bench.base}/api/v1/programme?edition=${fixtures.smallEdition.slug}&limit=1`)
  // Counted requests first, all of them: a load run leaves work behind that would blur the counts.
  const requests = Object.fromEntries(
    await sequence(Object.entries(paths), async ([name, path]) => [name, await measureRequests(bench, path)] as const),
  )
  const small = await uncachedStatements(bench, `/api/v1/programme?edition=${fixtures.smallEdition.slug}&limit=500`)
  const endpoints: Record<string, FeedEndpoint> = {}
  for (const [name, path] of Object.entries(paths)) {
    const { uncached, cached, first } = requests[name]
    const etag = first.headers.get('etag')
    const { plain, conditional } = await measureLoad(bench, path, etag)
    endpoints[name] = {
      path,
      items: itemsOf(first.body),
      bytes: Buffer.byteLength(first.body),
      etag,
      load: plain,
      loadIfNoneMatch: conditional,
      uncached: summary(uncached.map((sample) => sample.ms)),
      statements: { uncached: uncached.map((sample) => sample.statements), cached },
    }
  }
  const large = endpoints['programme (edition)']
  return {
    endpoints,
    growth: {
      large: large.statements.uncached[0] ?? 0,
      small: small.statements,
      largeItems: large.items,
      smallItems: itemsOf(small.body),
    },
  }
}

/** Runs `work` on each item in turn (counted requests must never overlap). */
async function sequence<T, R>(items: T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = []
  for (const item of items) results.push(await work(item))
  return results
}
