/**
 * The 404 interceptor swaps Next's empty error shell for the locale's whole
 * 404 document, with a Content-Length that fits, and leaves every other
 * answer as it was written, callbacks included.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { fillEmptyShells } from '@/ops/notFoundShells'

const SHELL = '<!DOCTYPE html><html id="__next_error__"><head></head><body><div hidden=""></div></body></html>'
const called: string[] = []
let server: http.Server
let base: string

beforeAll(async () => {
  const fill = fillEmptyShells(async (locale) => `Film Week (${locale})`)
  server = http.createServer((request, response) => {
    fill(request, response)
    if (request.url === '/en/ok') {
      response.write('a', () => called.push('write'))
      response.end('b', () => called.push('end'))
      return
    }
    // As Next sends a page's notFound(): status and length first, then the body.
    response.statusCode = 404
    response.setHeader('content-type', 'text/html; charset=utf-8')
    response.setHeader('content-length', Buffer.byteLength(SHELL))
    response.end(SHELL)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise((resolve) => server.close(resolve)))

test("a page's empty 404 shell becomes the locale's 404 document, its length fitting", async () => {
  const response = await fetch(`${base}/fr/no-such-page`, { headers: { 'accept-encoding': 'gzip' } })
  const text = await response.text()
  expect(response.status).toBe(404)
  expect(text).toContain('<html lang="fr">')
  expect(text).toContain('Film Week (fr)')
  expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(text))
})

test('an RSC request and a path outside the site keep the answer as written', async () => {
  for (const [path, headers] of [
    ['/fr/no-such-page', { rsc: '1' }],
    ['/api/nothing', {}],
  ] as const) {
    const response = await fetch(`${base}${path}`, { headers })
    expect({ path, status: response.status, text: await response.text() }).toEqual({ path, status: 404, text: SHELL })
  }
})

test('other answers pass through with their callbacks', async () => {
  // A page path, so the interceptor watches it; it never becomes a 404.
  const response = await fetch(`${base}/en/ok`)
  expect(await response.text()).toBe('ab')
  expect(called.sort()).toEqual(['end', 'write'])
})
