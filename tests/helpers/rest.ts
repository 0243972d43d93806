import { handleEndpoints } from 'payload'

export type Credentials = { apiKey?: string; token?: string }

/** The config is read lazily: it must load after createTestPayload() has set DATABASE_URL. */
export async function send(request: Request): Promise<Response> {
  const { default: config } = await import('@payload-config')
  return handleEndpoints({ config, request })
}

export function authHeaders({ apiKey, token }: Credentials): Headers {
  const headers = new Headers()
  if (apiKey) headers.set('authorization', `users API-Key ${apiKey}`)
  if (token) headers.set('authorization', `JWT ${token}`)
  return headers
}

export type RestResponse = { status: number; body: unknown; headers: Headers }

/**
 * Calls Payload's REST API in process through the same handler the Next
 * route uses (`/api/[...slug]`), with real HTTP semantics: status codes,
 * headers, access control and validation.
 */
export async function rest(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  { apiKey, token, body }: Credentials & { body?: unknown } = {},
): Promise<RestResponse> {
  const headers = authHeaders({ apiKey, token })
  headers.set('content-type', 'application/json')
  const request = new Request(`http://localhost:3000/api${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const response = await send(request)
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers }
}

/** Logs a user in over REST and returns the JWT. */
export async function login(email: string, password: string): Promise<string> {
  const { status, body } = await rest('POST', '/users/login', { body: { email, password } })
  if (status !== 200) throw new Error(`login failed for ${email}: ${status} ${JSON.stringify(body)}`)
  return (body as { token: string }).token
}

/** Posts a GraphQL query through Payload's GraphQL route handler, as the Next route does. */
export async function graphql(
  query: string,
  credentials: Credentials = {},
): Promise<{
  status: number
  text: string
  body: { data?: Record<string, unknown> | null; errors?: { message: string }[] }
}> {
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const { default: config } = await import('@payload-config')
  const headers = authHeaders(credentials)
  headers.set('content-type', 'application/json')
  const response = await GRAPHQL_POST(config)(
    new Request('http://localhost:3000/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) }),
  )
  const text = await response.text()
  return {
    status: response.status,
    text,
    body: JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: { message: string }[] },
  }
}
