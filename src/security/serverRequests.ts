import http from 'node:http'
import type net from 'node:net'

type Emit = http.Server['emit']
/** Sees a request before Next does; returns true when it has answered it. */
export type RequestInterceptor = (request: http.IncomingMessage, response: http.ServerResponse) => boolean
/** Sees each new connection before Node's HTTP parser is attached to it. */
export type ConnectionWatcher = (server: http.Server, socket: net.Socket) => void

const interceptors = new Set<RequestInterceptor>()
const watchers = new Set<ConnectionWatcher>()
let installed = false

function install(): void {
  if (installed) return
  installed = true
  const emit: Emit = http.Server.prototype.emit
  function emitIntercepted(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    const [request, response] = args
    if (event === 'request' && request instanceof http.IncomingMessage && response instanceof http.ServerResponse) {
      for (const intercept of interceptors) if (intercept(request, response)) return true
    }
    if (event === 'connection') for (const watch of watchers) watch(this, request as net.Socket)
    return Reflect.apply(emit, this, [event, ...args]) as boolean
  }
  http.Server.prototype.emit = emitIntercepted as Emit
}

/**
 * Runs `interceptor` on every request of every Node HTTP server in this
 * process, before Next sees it. No Next hook runs earlier than its own
 * request handling, so the server's `request` event is wrapped (once).
 */
export function interceptServerRequests(interceptor: RequestInterceptor): void {
  interceptors.add(interceptor)
  install()
}

/** Runs `watcher` on every new connection of every Node HTTP server in this process (the same wrapped emit). */
export function onServerConnection(watcher: ConnectionWatcher): void {
  watchers.add(watcher)
  install()
}
