import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { refuseTraceRequests } from '@/security/refuseTrace'

const request = (port: number, method: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const outgoing = http.request({ host: '127.0.0.1', port, method, path: '/api/films' }, (response) => {
      let body = ''
      response.on('data', (chunk: Buffer) => (body += chunk.toString()))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
    })
    outgoing.on('error', reject)
    outgoing.end()
  })

test('TRACE gets a 405 from the server itself; other methods reach the handler', async () => {
  refuseTraceRequests()
  const server = http.createServer((_request, response) => response.end('handled'))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  try {
    expect(await request(port, 'TRACE')).toEqual({
      status: 405,
      body: JSON.stringify({ errors: [{ message: 'TRACE is not allowed.' }] }),
    })
    expect(await request(port, 'GET')).toEqual({ status: 200, body: 'handled' })
    expect(await request(port, 'DELETE')).toEqual({ status: 200, body: 'handled' })
  } finally {
    server.close()
  }
})
