/** Single requests of the bench (not load): timed, with the body read to the end. */
import { setTimeout as sleep } from 'node:timers/promises'

import { tail, type Spawned } from './processes'

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

/** Polls `url` until it answers 200; the time it took. Fails early if the server exits. */
export async function waitFor200(url: string, server: Spawned, timeoutMs: number): Promise<number> {
  const started = performance.now()
  let exited: number | undefined
  void server.exited.then((code) => (exited = code))
  let last = 'no answer'
  while (performance.now() - started < timeoutMs) {
    if (exited !== undefined) throw new Error(`${server.name} exited with ${exited}; end of ${server.log}:\n${tail(server.log)}`)
    try {
      const { status } = await get(url)
      if (status === 200) return performance.now() - started
      last = `status ${status}`
    } catch (error) {
      last = error instanceof Error ? error.message : String(error)
    }
    await sleep(100)
  }
  throw new Error(`${url} not 200 after ${timeoutMs} ms (${last}); end of ${server.log}:\n${tail(server.log)}`)
}

export async function login(base: string, email: string, password: string): Promise<string> {
  const response = await send('POST', `${base}/api/users/login`, { email, password })
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${response.body.slice(0, 300)}`)
  return (JSON.parse(response.body) as { token: string }).token
}
