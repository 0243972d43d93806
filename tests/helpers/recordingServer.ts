import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type Recorded = { method: string; path: string; headers: http.IncomingHttpHeaders; body: string }
export type Reply = { status: number; body?: unknown; headers?: Record<string, string> }
/** Answers a request as the vendor's API would: a reply for a well-formed one, an error naming what is wrong otherwise. */
export type Vendor = (request: Recorded) => Reply

/** An HTTP server on loopback that records every request and answers through `vendor`. */
export async function recordingServer(
  vendor: Vendor,
): Promise<{ url: string; requests: Recorded[]; close: () => Promise<void> }> {
  const requests: Recorded[] = []
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const recorded = {
        method: request.method ?? '',
        path: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      }
      requests.push(recorded)
      const reply = vendor(recorded)
      response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers })
      response.end(reply.body === undefined ? '' : JSON.stringify(reply.body))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
