/**
 * Request ids for our own route handlers (/api/v1, /api/internal). Next has
 * no access-log hook and the proxy runs on `/` only (static pages stay
 * fast), so each handler is wrapped instead: it honours a caller's or load
 * balancer's `x-request-id` when it is a short token, makes one otherwise,
 * returns it, and logs the request and any error with it.
 */
import crypto from 'node:crypto'

import type { Logger } from 'pino'

import { log } from './log'

export const REQUEST_ID_HEADER = 'x-request-id'

/** Short and plain: a header value that could carry log injection or a payload is replaced. */
const VALID_ID = /^[A-Za-z0-9._:-]{8,64}$/

export function requestIdOf(request: Request): string {
  const given = request.headers.get(REQUEST_ID_HEADER)
  return given && VALID_ID.test(given) ? given : crypto.randomUUID()
}

export type RequestContext = { requestId: string; log: Logger }

type Handler<Context> = (request: Request, context: Context, scope: RequestContext) => Promise<Response> | Response

/** The handler with a request id in its logs and response, one log line per request, and a 500 naming the id for an uncaught error. */
export function withRequestLog<Context>(
  handler: Handler<Context>,
): (request: Request, context: Context) => Promise<Response> {
  return async (request, context) => {
    const started = performance.now()
    const requestId = requestIdOf(request)
    // The path only: query strings can hold search terms, and headers credentials.
    const child = log.child({ requestId, method: request.method, path: new URL(request.url).pathname })
    let response: Response
    try {
      response = await handler(request, context, { requestId, log: child })
    } catch (error) {
      child.error({ err: error }, 'request failed')
      response = Response.json(
        { error: { status: 500, message: `Internal error. Quote request id ${requestId} when reporting it.` } },
        { status: 500, headers: { 'cache-control': 'no-store' } },
      )
    }
    child.info({ status: response.status, ms: Math.round(performance.now() - started) }, 'request')
    return withHeader(response, requestId)
  }
}

function withHeader(response: Response, requestId: string): Response {
  try {
    response.headers.set(REQUEST_ID_HEADER, requestId)
    return response
  } catch {
    // Some responses (redirects, fetched ones) have immutable headers: copy them.
    const copy = new Response(response.body, response)
    copy.headers.set(REQUEST_ID_HEADER, requestId)
    return copy
  }
}
