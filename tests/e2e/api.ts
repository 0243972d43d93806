import type { BrowserContext, Page } from 'playwright-core'

/** Payload's REST API over real HTTP, against the server the global setup started. */
export function env(
  name: 'E2E_BASE_URL' | 'E2E_ADMIN_EMAIL' | 'E2E_ADMIN_PASSWORD' | 'E2E_EDITOR_EMAIL' | 'E2E_EDITOR_PASSWORD',
): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is unset: run the e2e project through jest (its globalSetup starts the server)`)
  return value
}

export const baseUrl = () => env('E2E_BASE_URL')

export type ApiResponse<T> = { status: number; body: T }
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export async function api<T>(
  method: Method,
  path: string,
  { token, body }: { token?: string; body?: unknown } = {},
): Promise<ApiResponse<T>> {
  const headers = new Headers({ 'content-type': 'application/json' })
  if (token) headers.set('authorization', `JWT ${token}`)
  const response = await fetch(`${baseUrl()}/api${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T }
}

/** The accounts the global setup made: the seeded admin, and an editor (who publishes, as the festival's staff do). */
export type Account = 'admin' | 'editor'

const credentialsOf = (account: Account) =>
  account === 'admin'
    ? { email: env('E2E_ADMIN_EMAIL'), password: env('E2E_ADMIN_PASSWORD') }
    : { email: env('E2E_EDITOR_EMAIL'), password: env('E2E_EDITOR_PASSWORD') }

/** Logs `account` in; returns the JWT. */
export async function login(account: Account = 'admin'): Promise<string> {
  const credentials = credentialsOf(account)
  const { status, body } = await api<{ token?: string }>('POST', '/users/login', { body: credentials })
  if (status !== 200 || !body.token)
    throw new Error(`login as ${credentials.email} failed: ${status} ${JSON.stringify(body)}`)
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
export async function patch<T>(
  collection: string,
  id: number | string,
  data: Record<string, unknown>,
  token: string,
  locale = 'en',
): Promise<T> {
  const { status, body } = await api<{ doc?: T }>('PATCH', `/${collection}/${id}?locale=${locale}`, {
    token,
    body: data,
  })
  if (status !== 200 || !body.doc)
    throw new Error(`PATCH ${collection}/${id} failed: ${status} ${JSON.stringify(body)}`)
  return body.doc
}

/**
 * Logs `account` in inside a browser context, as the admin's login form does:
 * Payload answers with its session cookie, which the context keeps.
 */
export async function loginInBrowser(context: BrowserContext, account: Account): Promise<void> {
  const response = await context.request.post('/api/users/login', { data: credentialsOf(account) })
  if (!response.ok())
    throw new Error(`browser login as ${account} failed: ${response.status()} ${await response.text()}`)
}

/**
 * Logs the page's user out from inside the page, as the admin's logout does:
 * Payload takes the session cookie only with the browser's Origin (CSRF), and
 * clears it; anything else the browser holds stays.
 */
export async function logoutInBrowser(page: Page): Promise<void> {
  const status = await page.evaluate(
    async () => (await fetch('/api/users/logout', { method: 'POST', credentials: 'same-origin' })).status,
  )
  if (status !== 200) throw new Error(`browser logout failed: ${status}`)
}
