import type http from 'node:http'

import { interceptServerRequests } from './serverRequests'

/**
 * Answers TRACE with a 405 at the HTTP server, before Next sees it: Next
 * builds a web Request for every route handler and for the proxy, and undici
 * refuses to build one for TRACE (a 500 on every API route). (Node's parser
 * itself answers TRACK with a 400.)
 */
function refuseTrace(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  if (request.method !== 'TRACE') return false
  response.writeHead(405, {
    allow: 'GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE',
    'content-type': 'application/json',
    'cache-control': 'no-store',
  })
  response.end(JSON.stringify({ errors: [{ message: 'TRACE is not allowed.' }] }))
  return true
}

export const refuseTraceRequests = (): void => interceptServerRequests(refuseTrace)
