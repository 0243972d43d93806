/** Payload's REST API over real HTTP, against the server the global setup started. */
export function env(name: 'E2E_BASE_URL' | 'E2E_ADMIN_EMAIL' | 'E2E_ADMIN_PASSWORD'): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is unset: run the e2e project through jest (its globalSetup starts the server)`)
  return value
}

export const baseUrl = () => env('E2E_BASE_URL')

export type ApiResponse<T> = { status: number; body: T }
type Method = 'GET' | 'POST' | 'PATCH'

export async function api<T>(method: Method, path: string, { token, body }: { token?: string; body?: unknown } = {}): Promise<ApiResponse<T>> {
  const headers = new Headers({ 'content-type': 'application/json' })
  if (token) headers.set('authorization', `JWT ${token}`)
  const response = await fetch(`${baseUrl()}/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const text = await response.text()
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T }
}

/** Logs the seeded admin in; returns the JWT. */
export async function login(): Promise<string> {
  const credentials = { email: env('E2E_ADMIN_EMAIL'), password: env('E2E_ADMIN_PASSWORD') }
  const { status, body } = await api<{ token?: string }>('POST', '/users/login', { body: credentials })
  if (status !== 200 || !body.token) throw new Error(`login as ${credentials.email} failed: ${status} ${JSON.stringify(body)}`)
  return body.token
}

/** The first document matching a query string such as `where[slug][equals]=mua-do`. */
export async function findOne<T>(collection: string, query: string, token?: string): Promise<T> {
  const { status, body } = await api<{ docs?: T[] }>('GET', `/${collection}?${query}&depth=0&limit=1`, { token })
  const doc = body.docs?.[0]
  if (status !== 200 || !doc) throw new Error(`no ${collection} matches ${query}: ${status} ${JSON.stringify(body)}`)
  return doc
}

/** PATCHes one document as `token`'s user (English fields unless `locale`); throws unless accepted. */
export async function patch<T>(collection: string, id: number | string, data: Record<string, unknown>, token: string, locale = 'en'): Promise<T> {
  const { status, body } = await api<{ doc?: T }>('PATCH', `/${collection}/${id}?locale=${locale}`, { token, body: data })
  if (status !== 200 || !body.doc) throw new Error(`PATCH ${collection}/${id} failed: ${status} ${JSON.stringify(body)}`)
  return body.doc
}
