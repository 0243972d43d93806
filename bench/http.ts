/** Single requests of the bench (not load): timed, with the body read to the end. */

export type Fetched = { status: number; headers: Headers; body: string; ms: number }

export async function get(url: string, headers: Record<string, string> = {}): Promise<Fetched> {
  const started = performance.now()
  const response = await fetch(url, { headers, redirect: 'manual', signal: AbortSignal.timeout(60_000) })
  const body = await response.text()
  return { status: response.status, headers: response.headers, body, ms: performance.now() - started }
}

export async function send(method: 'POST' | 'PATCH', url: string, body: unknown, token?: string): Promise<Fetched> {
  const started = performance.now()
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  })
  const text = await response.text()
  return { status: response.status, headers: response.headers, body: text, ms: performance.now() - started }
}

export async function login(base: string, email: string, password: string): Promise<string> {
  const response = await send('POST', `${base}/api/users/login`, { email, password })
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${response.body.slice(0, 300)}`)
  return (JSON.parse(response.body) as { token: string }).token
}
