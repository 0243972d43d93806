/**
 * Limits on what a client may send, applied at the HTTP server before Next
 * or Payload read a byte of the body:
 * - a body larger than its route's limit is refused with 413 (otherwise a
 *   login form parses any JSON body, however large, before refusing it);
 * - a body that stops arriving, or takes too long, ends the connection with
 *   408: otherwise a request announcing a body and never sending it holds
 *   a connection until Node's own, much longer requestTimeout;
 * - a new connection that sends no complete request head in time is closed.
 * A reverse proxy in front should keep its own limits too (README).
 */
import type http from 'node:http'
import type net from 'node:net'

import { MAX_BODY_BYTES as GRAPHQL_BODY_BYTES } from '@/api/graphql/requestGuard'
import { MAX_FILE_BYTES as IMPORT_FILE_BYTES } from '@/import/format'

import { interceptServerRequests, onServerConnection } from './serverRequests'

const KB = 1024
const MB = 1024 * KB

/** Uploads (media files): the largest poster or still a festival sends, with room for the multipart envelope. */
export const UPLOAD_BYTES = 40 * MB

export const TIMEOUTS = {
  /** A new connection must send a whole request head within this. */
  headersMs: 10_000,
  /** A body that sends nothing for this long is given up. */
  bodyIdleMs: 10_000,
  /** The whole of a body; uploads get `uploadBodyMs`. */
  bodyMs: 20_000,
  uploadBodyMs: 300_000,
}

type Limit = { bytes: number; what: string; upload?: boolean }

/** The largest body each route takes. */
export function bodyLimit(method: string, pathname: string): Limit {
  if (
    /^\/api\/users\/(login|logout|forgot-password|reset-password|refresh-token|unlock|verify\/[^/]+)\/?$/.test(pathname)
  )
    return { bytes: 16 * KB, what: 'an authentication form' }
  if (pathname === '/api/graphql') return { bytes: GRAPHQL_BODY_BYTES, what: 'a GraphQL request' }
  if (/^\/api\/screenings\/import\/?$/.test(pathname))
    return { bytes: IMPORT_FILE_BYTES + 64 * KB, what: 'a programme file', upload: true }
  if (/^\/api\/media(\/|$)/.test(pathname) && (method === 'POST' || method === 'PATCH' || method === 'PUT'))
    return { bytes: UPLOAD_BYTES, what: 'an upload', upload: true }
  // Documents with rich text in three languages, and the admin's form state, stay far below.
  if (pathname.startsWith('/api/') || pathname.startsWith('/admin'))
    return { bytes: 4 * MB, what: 'a request to the API or the admin' }
  // Pages take forms (Server Actions): Next's own default limit.
  return { bytes: 1 * MB, what: 'a request to a page' }
}

const json = (response: http.ServerResponse, status: number, message: string, extra: Record<string, string> = {}) => {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...extra })
  response.end(JSON.stringify({ errors: [{ message }] }))
}

/**
 * A refused body up to this size is read and thrown away (never parsed), so
 * the client, still sending it, gets the 413 rather than a reset connection;
 * past it, the connection is closed after the answer.
 */
const DRAIN_BYTES = 8 * MB

/** Ends a request whose body breaks a limit after Next has it: an answer if none was begun, then the connection. */
function abandon(request: http.IncomingMessage, response: http.ServerResponse, status: number, message: string): void {
  if (!response.headersSent) {
    try {
      json(response, status, message, { connection: 'close' })
    } catch {
      // Next may be writing too; the connection goes anyway.
    }
  }
  request.socket.destroy()
}

const hasBody = (request: http.IncomingMessage) =>
  Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined

function limitBody(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  if (!hasBody(request)) return false
  const pathname = (request.url ?? '/').split('?', 1)[0]!
  const limit = bodyLimit(request.method ?? 'GET', pathname)
  const tooLarge = `The request body is larger than ${limit.bytes.toLocaleString('en')} bytes, the limit for ${limit.what}.`
  const refused = Number(request.headers['content-length']) > limit.bytes
  // A chunked body, and the pace of every body (a refused one while it is thrown away), are watched as they arrive.
  watchBody(
    request,
    response,
    refused ? DRAIN_BYTES : limit.bytes,
    limit.upload ? TIMEOUTS.uploadBodyMs : TIMEOUTS.bodyMs,
    tooLarge,
  )
  if (!refused) return false
  json(response, 413, tooLarge, Number(request.headers['content-length']) > DRAIN_BYTES ? { connection: 'close' } : {})
  return true
}

function watchBody(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  maxBytes: number,
  totalMs: number,
  tooLarge: string,
): void {
  const { socket } = request
  const startBytes = socket.bytesRead
  const started = Date.now()
  let lastBytes = startBytes
  let lastProgress = started
  const watch = setInterval(() => {
    if (request.complete || socket.destroyed) return clearInterval(watch)
    const now = Date.now()
    if (socket.bytesRead !== lastBytes) {
      lastBytes = socket.bytesRead
      lastProgress = now
    }
    if (lastBytes - startBytes > maxBytes + 64 * KB) abandon(request, response, 413, tooLarge)
    else if (now - lastProgress > TIMEOUTS.bodyIdleMs)
      abandon(request, response, 408, `The request body stopped arriving for ${TIMEOUTS.bodyIdleMs / 1000} s.`)
    else if (now - started > totalMs)
      abandon(request, response, 408, `The request body took longer than ${totalMs / 1000} s to arrive.`)
    else return
    clearInterval(watch)
  }, 1_000)
  watch.unref()
  request.once('close', () => clearInterval(watch))
}

/** Connections that have sent a request head; the others are closed after TIMEOUTS.headersMs. */
const served = new WeakSet<net.Socket>()

function markServed(request: http.IncomingMessage): boolean {
  served.add(request.socket)
  return false
}

function closeIfSilent(socket: net.Socket): void {
  const timer = setTimeout(() => {
    if (!served.has(socket) && !socket.destroyed)
      socket.end('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n', () =>
        socket.destroy(),
      )
  }, TIMEOUTS.headersMs)
  timer.unref()
  socket.once('close', () => clearTimeout(timer))
}

/** Node's own head timeout, for the requests after the first on a kept-alive connection (checked every 30 s). */
function nodeTimeouts(server: http.Server): void {
  server.headersTimeout = TIMEOUTS.headersMs
}

export function limitRequests(): void {
  interceptServerRequests(markServed)
  interceptServerRequests(limitBody)
  onServerConnection((server, socket) => {
    nodeTimeouts(server)
    closeIfSilent(socket)
  })
}
