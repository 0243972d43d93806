import pg from 'pg'

import { env } from '@/env'

/** How long clients are asked to wait before retrying while the database is away. */
export const RETRY_AFTER_SECONDS = 30

const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
])
const SOCKET_MESSAGE = new RegExp(`\\b(${[...SOCKET_CODES].join('|')})\\b`)
// PostgreSQL's connection-class SQLSTATEs (08xxx) and 57P0x: shut down, or starting up.
const isPostgresConnectionCode = (code: string) => code.startsWith('08') || ['57P01', '57P02', '57P03'].includes(code)
const CONNECTION_MESSAGES =
  /connection terminated|timeout exceeded when trying to connect|cannot begin transaction|cannot connect to postgres|database system is (starting up|shutting down)/i

function someCause(error: unknown, test: (error: Error & { code?: unknown }) => boolean): boolean {
  let current: unknown = error
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if (test(current)) return true
    current = current.cause
  }
  return false
}

/** Whether `error` (or one of its causes) is a failure to reach another server over the network. */
export function isConnectionFailure(error: unknown): boolean {
  // Some clients (the AWS SDK) wrap the socket error and keep only its text.
  return someCause(
    error,
    ({ code, message }) => (typeof code === 'string' && SOCKET_CODES.has(code)) || SOCKET_MESSAGE.test(message),
  )
}

/** Whether `error` (or one of its causes) says the database cannot be reached, as opposed to a bad query. */
export function isDatabaseUnreachable(error: unknown): boolean {
  return (
    isConnectionFailure(error) ||
    someCause(
      error,
      ({ code, message }) =>
        (typeof code === 'string' && isPostgresConnectionCode(code)) || CONNECTION_MESSAGES.test(message),
    )
  )
}

// Shared through globalThis: Next loads route, page and instrumentation code as separate module instances.
const FAILED_AT = Symbol.for('filmweek.databaseFailedAt')
const state = globalThis as { [FAILED_AT]?: number }

/** Remembers that a read just failed for lack of a database (see src/ops/pageOutage.ts). */
export function noteDatabaseFailure(): void {
  state[FAILED_AT] = Date.now()
}

/** Whether a read found the database unreachable at or after `since` (a request's start), and no probe has reached it since. */
export function databaseFailedSince(since: number): boolean {
  const at = state[FAILED_AT]
  return at !== undefined && at >= since
}

const PROBE_TIMEOUT_MS = 2_000
// During an outage every failing request would probe: one probe a second answers them all.
const PROBE_REUSE_MS = 1_000
let lastProbe: { at: number; result: Promise<boolean> } | undefined

/** `SELECT 1` on a connection of its own (the pool may be full of dead ones), within two seconds. */
export function databaseReachable(): Promise<boolean> {
  if (lastProbe && Date.now() - lastProbe.at < PROBE_REUSE_MS) return lastProbe.result
  const result = (async () => {
    const client = new pg.Client({
      connectionString: env().DATABASE_URL,
      connectionTimeoutMillis: PROBE_TIMEOUT_MS,
      query_timeout: PROBE_TIMEOUT_MS,
    })
    client.on('error', () => {})
    try {
      await client.connect()
      await client.query('SELECT 1')
      delete state[FAILED_AT]
      return true
    } catch {
      noteDatabaseFailure()
      return false
    } finally {
      void client.end().catch(() => {})
    }
  })()
  lastProbe = { at: Date.now(), result }
  return result
}

/** A failure caused by the database being away (told by the error, or by a probe when the error does not say). */
export async function failedForLackOfDatabase(error?: unknown): Promise<boolean> {
  if (!isDatabaseUnreachable(error)) return !(await databaseReachable())
  noteDatabaseFailure()
  return true
}

export const UNAVAILABLE_MESSAGE =
  'Service unavailable: the festival database cannot be reached right now. Retry shortly.'
export const retryAfterHeader = { 'retry-after': String(RETRY_AFTER_SECONDS) }

/** What Payload's API clients get while the database is away: its usual error shape, never a stack trace, and when to come back. */
export function databaseUnavailable(): Response {
  return Response.json(
    { errors: [{ message: UNAVAILABLE_MESSAGE }] },
    { status: 503, headers: { ...retryAfterHeader, 'cache-control': 'no-store' } },
  )
}

type Handler<Context> = (request: Request, context: Context) => Promise<Response>

/**
 * Wraps Payload's route handlers: a 5xx (or a throw) while the database is
 * away becomes a 503 with Retry-After, so load balancers and partners know
 * to come back rather than report a bug.
 */
export function answering503WhenDatabaseIsDown<Context>(handler: Handler<Context>): Handler<Context> {
  return async (request, context) => {
    let response: Response
    try {
      response = await handler(request, context)
    } catch (error) {
      if (await failedForLackOfDatabase(error)) return databaseUnavailable()
      throw error
    }
    if (response.status >= 500 && !(await databaseReachable())) return databaseUnavailable()
    return response
  }
}
