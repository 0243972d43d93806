/**
 * How loud a logged error is, from what it says about itself (its HTTP status,
 * its SQLSTATE) rather than its class name: production builds minify class
 * names, so Payload's `loggingLevels` (keyed by name) let every 403, 404 and
 * failed login through at error level with a stack.
 */
type Level = 'info' | 'warn' | 'error'

// SQLSTATE class 22, "data exception": a value the request carried, not a fault of the server.
const DATA_EXCEPTION = /^22[0-9A-Z]{3}$/

type Described = { level: Level; entry: Record<string, unknown> }

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

/** The error and what it wraps: `cause`, or GraphQL's `originalError` (the resolver's own error, which holds the status). */
function causes(error: unknown): Record<string, unknown>[] {
  const chain: Record<string, unknown>[] = []
  for (let current = error; isObject(current) && chain.length < 5; current = current.originalError ?? current.cause)
    chain.push(current)
  return chain
}

/** Drizzle puts the statement and its parameters in the message: "Failed query: select … params: …". */
const carriesSql = (error: Record<string, unknown>) =>
  typeof error.query === 'string' || (typeof error.message === 'string' && error.message.startsWith('Failed query:'))

/**
 * The level and the fields to log for an error, or nothing when it is logged
 * as it is. A client's mistake (4xx, a value PostgreSQL refused) is info
 * without a stack (a lockout or a rate limit a warning); SQL text and its
 * parameter values never go above debug.
 */
export function describeError(error: unknown): (Described & { sql?: string }) | undefined {
  if (!isObject(error)) return undefined
  const chain = causes(error)
  const status = chain.map((link) => link.status).find((value): value is number => typeof value === 'number')
  const sql = chain.find(carriesSql)
  const database = chain.find(
    (link) => typeof link.code === 'string' && /^[0-9A-Z]{5}$/.test(link.code) && !carriesSql(link),
  )
  const sqlText = sql ? String(sql.query ?? sql.message) : undefined
  const message = (database ?? error).message

  if (status !== undefined && status >= 400 && status < 500) {
    return {
      level: status === 423 || status === 429 ? 'warn' : 'info',
      entry: { msg: String(error.message), status },
      sql: sqlText,
    }
  }
  if (database && typeof database.code === 'string' && DATA_EXCEPTION.test(database.code)) {
    return {
      level: 'info',
      entry: { msg: `Invalid value refused by the database: ${String(message)}`, status: 400, code: database.code },
      sql: sqlText,
    }
  }
  if (sqlText !== undefined) {
    // A real failure keeps its stack, but that of the database's error, not the statement. Without
    // the database's error only the stack's frames are kept: its first line is the statement.
    const stack = database ? database.stack : String(error.stack ?? '').replace(/^[\s\S]*?(?=\n\s+at )/, '')
    return {
      level: 'error',
      entry: { msg: `Database query failed${database ? `: ${String(message)}` : ''}`, code: database?.code, stack },
      sql: sqlText,
    }
  }
  return undefined
}
