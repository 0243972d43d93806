import http from 'node:http'

type Emit = http.Server['emit']
let installed = false

/**
 * Appends the socket's address to every request's X-Forwarded-For at the
 * HTTP server, before Next sees it. Route handlers get no socket (Next 15
 * dropped `request.ip`), and Next records the address itself only when the
 * client sent no X-Forwarded-For, so a client could otherwise choose its
 * own. With the socket last, src/api/v1/clientAddress.ts can count hops from
 * the right (TRUSTED_PROXY_HOPS).
 */
export function recordPeerAddress(): void {
  if (installed) return
  installed = true
  const emit: Emit = http.Server.prototype.emit
  function emitWithPeer(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    const [request] = args
    if (event === 'request' && request instanceof http.IncomingMessage && request.socket.remoteAddress) {
      const forwarded = request.headers['x-forwarded-for']
      request.headers['x-forwarded-for'] = forwarded ? `${String(forwarded)}, ${request.socket.remoteAddress}` : request.socket.remoteAddress
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean
  }
  http.Server.prototype.emit = emitWithPeer as Emit
}
