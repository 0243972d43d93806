/**
 * The HTTP server's limits (src/security/requestLimits.ts) on a real Node
 * server with the same request hooks `next start` gets, and raw sockets as
 * slow or greedy clients.
 */
import http from 'node:http'
import net from 'node:net'
import type { AddressInfo } from 'node:net'

import { limitRequests, TIMEOUTS } from '@/security/requestLimits'

let server: http.Server
let port: number
const seen: string[] = []

beforeAll(async () => {
  limitRequests()
  server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      seen.push(`${request.url} ${Buffer.concat(chunks).length}`)
      response.end('ok')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

/** Writes `head` (and `body`) on a new connection; resolves with what came back and when the server closed it. */
function raw(head: string, body = ''): Promise<{ text: string; closedAfterMs: number }> {
  return new Promise((resolve) => {
    const started = Date.now()
    const socket = net.connect(port, '127.0.0.1', () => socket.write(head + body))
    let text = ''
    socket.on('data', (chunk) => (text += chunk.toString('latin1')))
    socket.on('error', () => undefined)
    socket.on('close', () => resolve({ text, closedAfterMs: Date.now() - started }))
  })
}

test('a login announcing 30 MB is refused with 413 before any of it is read', async () => {
  const { text, closedAfterMs } = await raw(
    'POST /api/users/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 31457280\r\n\r\n',
    '{"email":"',
  )
  expect(text).toMatch(/^HTTP\/1\.1 413/)
  expect(text).toMatch(
    /"message":"The request body is larger than 16,384 bytes, the limit for an authentication form\."/,
  )
  expect(closedAfterMs).toBeLessThan(5_000)
  expect(seen.filter((line) => line.startsWith('/api/users/login'))).toEqual([])
})

test('a 2 MB body to the login is refused with 413, thrown away unread, and the connection stays usable', async () => {
  const body = JSON.stringify({ email: 'x'.repeat(2 * 1024 * 1024) })
  const next = 'GET /en HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'
  const { text } = await raw(
    `POST /api/users/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
    body + next,
  )
  expect(text).toMatch(/^HTTP\/1\.1 413[\s\S]*HTTP\/1\.1 200[\s\S]*ok$/)
  expect(seen.filter((line) => line.startsWith('/api/users/login'))).toEqual([])
})

test('a chunked body past its limit is cut off', async () => {
  const chunk = 'x'.repeat(64 * 1024)
  const chunks = Array.from({ length: 4 }, () => `${chunk.length.toString(16)}\r\n${chunk}\r\n`).join('')
  const { text } = await raw(
    'POST /api/users/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n',
    chunks,
  )
  expect(text).toMatch(/^HTTP\/1\.1 413/)
})

test('a body announced and never sent ends the connection well within 25 s', async () => {
  const { text, closedAfterMs } = await raw(
    'POST /api/films HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n',
    '{"title":',
  )
  expect(text).toMatch(/^HTTP\/1\.1 408/)
  expect(closedAfterMs).toBeGreaterThanOrEqual(TIMEOUTS.bodyIdleMs - 1_000)
  expect(closedAfterMs).toBeLessThan(25_000)
}, 40_000)

test('a request head that never ends is closed well within 25 s', async () => {
  const { closedAfterMs } = await raw('GET /en HTTP/1.1\r\nHost: x\r\nX-Slow: ')
  expect(closedAfterMs).toBeGreaterThanOrEqual(TIMEOUTS.headersMs - 1_000)
  expect(closedAfterMs).toBeLessThan(25_000)
}, 40_000)

test('ordinary requests pass untouched', async () => {
  const body = JSON.stringify({ email: 'someone@filmweek.test', password: 'x'.repeat(100) })
  const { text } = await raw(
    `POST /api/users/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`,
    body,
  )
  expect(text).toMatch(/^HTTP\/1\.1 200[\s\S]*ok$/)
  expect(seen).toContain(`/api/users/login ${body.length}`)
})
