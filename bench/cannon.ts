/** autocannon, bounded in time and in requests, on loopback only. */
import autocannon from 'autocannon'

export type Load = {
  rps: number
  /** Latency of the responses that completed within the run; null when none did. */
  p50: number | null
  p99: number | null
  requests: number
  /** Responses by class: a cached page should be all 2xx, a conditional request all 3xx (304). */
  statuses: { '2xx': number; '3xx': number; '4xx': number; '5xx': number }
  errors: number
  timeouts: number
  bytesPerResponse: number
}

export type LoadOptions = {
  connections: number
  seconds: number
  headers?: Record<string, string>
  /** A mix: each connection requests these paths of `url`'s origin in turn, instead of `url` itself. */
  paths?: string[]
}

/** At most this many requests per run, whatever the duration. */
const MAX_REQUESTS = 500_000

export async function load(url: string, { connections, seconds, headers = {}, paths }: LoadOptions): Promise<Load> {
  const { hostname } = new URL(url)
  if (hostname !== '127.0.0.1' && hostname !== 'localhost') throw new Error(`load only on loopback, not ${hostname}`)
  const sequence = paths?.map((path) => ({ path }))
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    maxOverallRequests: MAX_REQUESTS,
    timeout: 10,
    headers,
    ...(sequence ? { requests: sequence } : {}),
  })
  const requests = result.requests.total
  return {
    rps: requests / Math.max(result.duration, 0.001),
    p50: requests ? result.latency.p50 : null,
    p99: requests ? result.latency.p99 : null,
    requests,
    statuses: { '2xx': result['2xx'], '3xx': result['3xx'], '4xx': result['4xx'], '5xx': result['5xx'] },
    errors: result.errors,
    timeouts: result.timeouts,
    bytesPerResponse: requests ? Math.round(result.throughput.total / requests) : 0,
  }
}
