import http from 'node:http'

type Emit = http.Server['emit']
/** Sees a request before Next does; returns true when it has answered it. */
export type RequestInterceptor = (request: http.IncomingMessage, response: http.ServerResponse) => boolean

const interceptors = new Set<RequestInterceptor>()
let installed = false

/**
 * Runs `interceptor` on every request of every Node HTTP server in this
 * process, before Next sees it. No Next hook runs earlier than its own
 * request handling, so the server's `request` event is wrapped (once).
 */
export function interceptServerRequests(interceptor: RequestInterceptor): void {
  interceptors.add(interceptor)
  if (installed) return
  installed = true
  const emit: Emit = http.Server.prototype.emit
  function emitIntercepted(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    const [request, response] = args
    if (event === 'request' && request instanceof http.IncomingMessage && response instanceof http.ServerResponse) {
      for (const intercept of interceptors) if (intercept(request, response)) return true
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean
  }
  http.Server.prototype.emit = emitIntercepted as Emit
}
