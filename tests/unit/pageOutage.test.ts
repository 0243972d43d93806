import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'

import { noteDatabaseFailure } from '@/db/outage'
import { answer503IfRenderLackedDatabase } from '@/ops/pageOutage'

// A stand-in for Next: every request fails with 500; `?db=down` notes a
// database failure during the render, as src/data/query.ts does.
const server = http.createServer((request, response) => {
  answer503IfRenderLackedDatabase(request, response)
  if (request.url?.includes('db=down')) noteDatabaseFailure()
  response.statusCode = 500
  response.end('failed')
})
let port: number

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

async function ask(method: string, path: string): Promise<{ status: number; retryAfter: string | null }> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, { method })
  await response.arrayBuffer()
  return { status: response.status, retryAfter: response.headers.get('retry-after') }
}

test('a page render that failed for lack of a database answers 503 with Retry-After', async () => {
  expect(await ask('GET', '/en/films/x?db=down')).toEqual({ status: 503, retryAfter: expect.stringMatching(/^\d+$/) })
  expect((await ask('HEAD', '/en?db=down')).status).toBe(503)
})

test('other failures keep their 500: API routes, writes, and renders that failed for another reason', async () => {
  expect((await ask('GET', '/api/films?db=down')).status).toBe(500)
  expect((await ask('GET', '/api/v1/programme?db=down')).status).toBe(500)
  expect((await ask('POST', '/en/films/x?db=down')).status).toBe(500)
  noteDatabaseFailure()
  await sleep(5)
  // A database failure noted before this request began says nothing about its 500.
  expect(await ask('GET', '/en/films/x')).toEqual({ status: 500, retryAfter: null })
})
