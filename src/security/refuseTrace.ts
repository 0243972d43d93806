import http from 'node:http'

type Emit = http.Server['emit']
let installed = false

/**
 * Answers TRACE with a 405 at the HTTP server, before Next sees it: Next
 * builds a web Request for every route handler and for the proxy, and undici
 * refuses to build one for TRACE (a 500 on every API route). No Next hook
 * runs earlier, so the server's `request` event is intercepted. (Node's
 * parser itself answers TRACK with a 400.)
 */
export function refuseTraceRequests(): void {
  if (installed) return
  installed = true
  const emit: Emit = http.Server.prototype.emit
  function emitRefusingTrace(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    const [request, response] = args
    if (event === 'request' && request instanceof http.IncomingMessage && response instanceof http.ServerResponse && request.method === 'TRACE') {
      response.writeHead(405, { allow: 'GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE', 'content-type': 'application/json', 'cache-control': 'no-store' })
      response.end(JSON.stringify({ errors: [{ message: 'TRACE is not allowed.' }] }))
      return true
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean
  }
  http.Server.prototype.emit = emitRefusingTrace as Emit
}
