import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { clientAddress } from '@/api/v1/clientAddress'
import { recordPeerAddress } from '@/security/peerAddress'

const headers = (forwardedFor?: string) =>
  new Headers(forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor })

test.each([
  // [X-Forwarded-For as the app sees it (socket address last), trusted proxies, client]
  ['198.51.100.7', 0, '198.51.100.7'],
  ['1.2.3.4, 198.51.100.7', 0, '198.51.100.7'],
  ['203.0.113.5, 10.0.0.2', 1, '203.0.113.5'],
  ['made-up, 203.0.113.5, 10.0.0.2', 1, '203.0.113.5'],
  ['made-up, 203.0.113.5, 10.0.0.3, 10.0.0.2', 2, '203.0.113.5'],
  [' 203.0.113.5 ,10.0.0.2 ', 1, '203.0.113.5'],
  // Fewer entries than proxies: the request came round them; the furthest hop known.
  ['10.0.0.2', 1, '10.0.0.2'],
] as const)('%s with %i trusted hops is %s', (forwardedFor, hops, expected) => {
  expect(clientAddress(headers(forwardedFor), hops)).toBe(expected)
})

test('no address at all is one shared "unknown" caller', () => {
  expect(clientAddress(headers(), 0)).toBe('unknown')
  expect(clientAddress(headers(''), 1)).toBe('unknown')
})

test('the server appends the socket address, after whatever the client sent', async () => {
  recordPeerAddress()
  const server = http.createServer((request, response) => response.end(String(request.headers['x-forwarded-for'])))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const get = (extra: Record<string, string>) =>
    new Promise<string>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path: '/', headers: extra }, (response) => {
          let body = ''
          response.on('data', (chunk: Buffer) => (body += chunk.toString()))
          response.on('end', () => resolve(body))
        })
        .on('error', reject)
    })
  try {
    expect(await get({})).toBe('127.0.0.1')
    const spoofed = await get({ 'x-forwarded-for': '6.6.6.6' })
    expect(spoofed).toBe('6.6.6.6, 127.0.0.1')
    expect(clientAddress(headers(spoofed), 0)).toBe('127.0.0.1')
  } finally {
    server.close()
  }
})
