import type { AfterErrorHook } from 'payload'

// SQLSTATE class 22, "data exception": PostgreSQL refused a value the request
// carried (an id that is not an integer, a null byte, a number out of range,
// an impossible date), not a fault of the server.
const DATA_EXCEPTION = /^22[0-9A-Z]{3}$/

function dataException(error: unknown): (Error & { code: string }) | undefined {
  let current: unknown = error
  // Drizzle wraps the driver's error in `cause`.
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const { code } = current as Error & { code?: unknown }
    if (typeof code === 'string' && DATA_EXCEPTION.test(code)) return current as Error & { code: string }
    current = current.cause
  }
  return undefined
}

/**
 * A value in a REST request that PostgreSQL cannot take (`where[id][in]=1,x`,
 * `/api/films/..%2fusers`, `q=%00`) gets a 400 that names the problem, in
 * Payload's error shape, instead of a 500 "Something went wrong".
 */
export const answer400ForInvalidValues: AfterErrorHook = ({ error }) => {
  const refused = dataException(error)
  if (!refused) return
  return { status: 400, response: { errors: [{ message: `Invalid value in the request: ${refused.message}.` }] } }
}
