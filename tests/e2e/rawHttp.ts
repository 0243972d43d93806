import http from 'node:http'

export type RawRequest = { method: string; path: string; headers?: Record<string, string>; body?: string | Buffer }
export type RawResponse = { status: number; body: string } | { status: 'client-error'; body: string }

const agent = new http.Agent({ keepAlive: true, maxSockets: 8 })

/**
 * One request exactly as written: node:http sends the path untouched
 * (`/../`, `%2e%2e`, `//`) and any method, where fetch would normalize the
 * URL or refuse TRACE. Node refusing to send something (an illegal header
 * character) is a `client-error`, not a server answer.
 */
export function send(
  base: URL,
  { method, path, headers = {}, body }: RawRequest,
  timeoutMs = 20_000,
): Promise<RawResponse> {
  return new Promise((resolve) => {
    try {
      // Node frames a DELETE (or OPTIONS, TRACE) body with neither Content-Length nor chunked encoding: the
      // server would read it as a garbled next request on the connection, not as this request's body.
      const framed =
        body !== undefined && !Object.keys(headers).some((name) => /^(content-length|transfer-encoding)$/i.test(name))
      const allHeaders = framed ? { 'content-length': String(Buffer.byteLength(body)), ...headers } : headers
      const request = http.request(
        { agent, host: base.hostname, port: base.port, method, path, headers: allHeaders, timeout: timeoutMs },
        (response) => {
          const chunks: Buffer[] = []
          response.on('data', (chunk: Buffer) => chunks.push(chunk))
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
          )
          response.on('error', (error) =>
            resolve({ status: response.statusCode ?? 0, body: `(response aborted: ${error.message})` }),
          )
        },
      )
      request.on('timeout', () => request.destroy(new Error(`no answer in ${timeoutMs} ms`)))
      request.on('error', (error) => resolve({ status: 'client-error', body: error.message }))
      request.end(body)
    } catch (error) {
      resolve({ status: 'client-error', body: error instanceof Error ? error.message : String(error) })
    }
  })
}

export const closeConnections = () => agent.destroy()
